/*
 * screens/account_form: adding an account (admin) and setting a
 * password (one's own, or anyone's for an admin). Both are forms over
 * field-spec tables; a refused save keeps every field as typed.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/account.h"
#include "core/i18n.h"
#include "core/validate.h"
#include "store/account.h"
#include "store/db.h"
#include "store/posyandu.h"
#include "ui/app.h"
#include "ui/dialog.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

static int
account_form_check_username(const char *text, char **cause)
{
	return account_check_username(text, cause);
}

/* The store's rule for a full name, checked as the field is left. */
static int
account_form_check_full_name(const char *text, char **cause)
{
	char *out = NULL;
	int rc = validate_text(text, 100, 0, &out, cause);

	free(out);
	return rc;
}

static enum screen_result
account_form_escape(struct form *f, struct app *app, const struct ui_key *k)
{
	if (!k->fn && (k->ch == 27)) {
		dialog_leave_form(app, f->dirty);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

/* ---- adding an account -------------------------------------------------- */

static const struct field_choice account_roles[] = {
	{"kader", MSG_ROLE_KADER, NULL},
	{"nakes", MSG_ROLE_NAKES, NULL},
	{"admin", MSG_ROLE_ADMIN, NULL},
	{NULL, 0, NULL},
};

enum { ADD_USER, ADD_NAME, ADD_ROLE, ADD_POSYANDU, ADD_PW, ADD_PW2, ADD_N };

static const struct field_spec account_add_fields[ADD_N] = {
	{"username", MSG_UI_ACC_USERNAME, FIELD_TEXT, ACCOUNT_USERNAME_MAX, 24,
	 1, NULL, account_form_check_username, MSG_UI_ACC_USERNAME_HELP},
	{"full_name", MSG_UI_ACC_FULL_NAME, FIELD_TEXT, 100, 40, 0, NULL,
	 account_form_check_full_name, MSG_UI_ACC_FULL_NAME_HELP},
	{"role", MSG_UI_ACC_ROLE, FIELD_CHOICE, 0, 30, 1, account_roles, NULL,
	 MSG_UI_ACC_ROLE_HELP},
	{"posyandu", MSG_UI_ACC_POSYANDU, FIELD_CHOICE, 0, 40, 0, NULL, NULL,
	 MSG_UI_ACC_POSYANDU_HELP},
	{"password", MSG_UI_ACC_PASSWORD, FIELD_SECRET, ACCOUNT_PASSWORD_MAX,
	 24, 1, NULL, NULL, MSG_UI_ACC_PASSWORD_HELP},
	{"password2", MSG_UI_ACC_PASSWORD2, FIELD_SECRET, ACCOUNT_PASSWORD_MAX,
	 24, 1, NULL, NULL, MSG_UI_ACC_PASSWORD2_HELP},
};

struct account_add {
	struct form form;
	struct field_spec spec[ADD_N];
	struct field_choice *places; /* "-" then every posyandu */
	struct posyandu *posyandu;
	size_t nposyandu;
};

static void
account_add_enter(struct screen *s, struct app *app, void *arg)
{
	struct account_add *a = xcalloc(1, sizeof *a);
	char *cause = NULL;
	size_t i;

	(void)arg;
	if (store_posyandu_list(app_store(app), &a->posyandu, &a->nposyandu,
				&cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	a->places = xcalloc(a->nposyandu + 2, sizeof *a->places);
	a->places[0].code = "";
	a->places[0].label = MSG_UI_ACC_NO_POSYANDU;
	for (i = 0; i < a->nposyandu; i++) {
		a->places[i + 1].code = a->posyandu[i].code;
		a->places[i + 1].text = a->posyandu[i].name;
	}
	memcpy(a->spec, account_add_fields, sizeof a->spec);
	a->spec[ADD_POSYANDU].choices = a->places;
	form_init(&a->form, a->spec, ADD_N);
	if (a->nposyandu > 0)
		a->form.choice[ADD_POSYANDU] = 1;
	s->state = a;
}

static void
account_add_leave(struct screen *s, struct app *app)
{
	struct account_add *a = s->state;

	(void)app;
	form_done(&a->form);
	free(a->places);
	posyandu_list_free(a->posyandu, a->nposyandu);
	free(a);
}

static void
account_add_draw(struct screen *s, struct app *app)
{
	struct account_add *a = s->state;
	int y = app_body_top(app) + 1;

	draw_text(y, 4, COLS - 8, tr(MSG_UI_ACC_ADD_HEADING),
		  app_attr(app, APP_ATTR_HEADING), 0);
	form_draw(app, &a->form, y + 2, 4, COLS - 8, y + 2 + ADD_N + 1);
}

static void
account_form_cursor(struct screen *s, struct app *app, int *y, int *x)
{
	/* Both form screens keep their form first in their state. */
	struct form *f = s->state;

	(void)app;
	form_cursor(f, y, x);
}

static int
account_form_dirty(struct screen *s)
{
	struct form *f = s->state;

	return f->dirty;
}

static void
account_add_submit(struct account_add *a, struct app *app)
{
	struct account_policy pol;
	enum role role;
	char *cause = NULL, *user, *pw;
	const char *pos;
	int rc;

	if (form_validate(&a->form, app) < 0)
		return;
	if (strcmp(form_get(&a->form, ADD_PW), form_get(&a->form, ADD_PW2)) !=
	    0) {
		form_fail(&a->form, app, ADD_PW2,
			  xstrdup(tr(MSG_PASSWORD_MISMATCH)));
		return;
	}
	if (role_parse(form_get(&a->form, ADD_ROLE), &role) < 0)
		role = ROLE_KADER;
	pos = form_get(&a->form, ADD_POSYANDU);
	if (role == ROLE_KADER && pos[0] == '\0') {
		form_fail(&a->form, app, ADD_POSYANDU,
			  xstrdup(tr(MSG_ACCOUNT_KADER_POSYANDU)));
		return;
	}
	app_policy(app, &pol);
	user = xstrdup(form_get(&a->form, ADD_USER));
	str_trim(user);
	pw = xstrdup(form_get(&a->form, ADD_PW));
	rc = store_account_add(app_store(app), user,
			       form_get(&a->form, ADD_NAME), role,
			       pos[0] != '\0' ? pos : NULL, pw, &pol, &cause);
	str_wipe_free(pw);
	if (rc < 0) {
		/* the store's rules: name taken, password too short... */
		form_fail(&a->form, app,
			  strstr(cause, user) != NULL ? ADD_USER : ADD_PW,
			  cause);
	} else {
		app_statusf(app, APP_MSG_OK, MSG_CLI_USER_ADDED, user,
			    role_code(role));
		app_pop(app);
	}
	free(user);
}

static enum screen_result
account_add_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct account_add *a = s->state;

	switch (form_key(&a->form, app, k)) {
	case FORM_KEY_SUBMIT:
		account_add_submit(a, app);
		return SCREEN_HANDLED;
	case FORM_KEY_USED:
		return SCREEN_HANDLED;
	default:
		return account_form_escape(&a->form, app, k);
	}
}

static const struct keyhint account_form_keys[] = {
	{"F2/^S", MSG_UI_KEY_SAVE},
	{"Tab", MSG_UI_KEY_NEXT_FIELD},
	{"Esc", MSG_UI_KEY_CANCEL},
	{NULL, 0},
};

const struct screen_ops screen_account_add = {
	.name = "account-add",
	.enter = account_add_enter,
	.leave = account_add_leave,
	.draw = account_add_draw,
	.key = account_add_key,
	.dirty = account_form_dirty,
	.cursor = account_form_cursor,
	.title = MSG_UI_ACC_ADD_TITLE,
	.help = MSG_UI_ACC_ADD_HELP,
	.keys = account_form_keys,
};

/* ---- setting a password ----------------------------------------------- */

enum { PW_OLD, PW_NEW, PW_NEW2, PW_N };

static const struct field_spec password_fields[PW_N] = {
	{"old", MSG_UI_PW_OLD, FIELD_SECRET, ACCOUNT_PASSWORD_MAX, 24, 1, NULL,
	 NULL, MSG_UI_PW_OLD_HELP},
	{"new", MSG_UI_ACC_PASSWORD, FIELD_SECRET, ACCOUNT_PASSWORD_MAX, 24, 1,
	 NULL, NULL, MSG_UI_ACC_PASSWORD_HELP},
	{"new2", MSG_UI_ACC_PASSWORD2, FIELD_SECRET, ACCOUNT_PASSWORD_MAX, 24,
	 1, NULL, NULL, MSG_UI_ACC_PASSWORD2_HELP},
};

struct password {
	struct form form;
	char *username;
	int ask_old; /* changing one's own password without admin rights */
};

static void
password_enter(struct screen *s, struct app *app, void *arg)
{
	struct password *p = xcalloc(1, sizeof *p);
	const struct store_actor *a = store_actor(app_store(app));

	p->username = arg != NULL ? arg : xstrdup(a->username);
	p->ask_old = str_eq(p->username, a->username) &&
		     !store_can(app_store(app), PERM_MANAGE_USERS);
	if (p->ask_old)
		form_init(&p->form, password_fields, PW_N);
	else
		form_init(&p->form, password_fields + 1, PW_N - 1);
	s->state = p;
}

static void
password_leave(struct screen *s, struct app *app)
{
	struct password *p = s->state;

	(void)app;
	form_done(&p->form);
	free(p->username);
	free(p);
}

static void
password_draw(struct screen *s, struct app *app)
{
	struct password *p = s->state;
	int y = app_body_top(app) + 1;

	draw_textf(y, 4, COLS - 8, app_attr(app, APP_ATTR_HEADING),
		   MSG_UI_PW_HEADING, p->username);
	form_draw(app, &p->form, y + 2, 4, COLS - 8, y + 2 + p->form.n + 1);
}

static void
password_submit(struct password *p, struct app *app)
{
	struct account_policy pol;
	int i_new = p->ask_old ? PW_NEW : PW_NEW - 1;
	char *cause = NULL;
	int rc;

	if (form_validate(&p->form, app) < 0)
		return;
	if (strcmp(form_get(&p->form, i_new), form_get(&p->form, i_new + 1)) !=
	    0) {
		form_fail(&p->form, app, i_new + 1,
			  xstrdup(tr(MSG_PASSWORD_MISMATCH)));
		return;
	}
	app_policy(app, &pol);
	{
		char *old =
			p->ask_old ? xstrdup(form_get(&p->form, PW_OLD)) : NULL;
		char *pw = xstrdup(form_get(&p->form, i_new));

		rc = store_account_set_password(app_store(app), p->username,
						old, pw, &pol, &cause);
		str_wipe_free(old);
		str_wipe_free(pw);
	}
	if (rc < 0) {
		form_fail(
			&p->form, app,
			p->ask_old && strstr(cause, tr(MSG_PASSWORD_OLD_WRONG))
				? PW_OLD
				: i_new,
			cause);
		return;
	}
	app_statusf(app, APP_MSG_OK, MSG_CLI_USER_PASSWD_DONE, p->username);
	app_pop(app);
}

static enum screen_result
password_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct password *p = s->state;

	switch (form_key(&p->form, app, k)) {
	case FORM_KEY_SUBMIT:
		password_submit(p, app);
		return SCREEN_HANDLED;
	case FORM_KEY_USED:
		return SCREEN_HANDLED;
	default:
		return account_form_escape(&p->form, app, k);
	}
}

const struct screen_ops screen_password = {
	.name = "password",
	.enter = password_enter,
	.leave = password_leave,
	.draw = password_draw,
	.key = password_key,
	.dirty = account_form_dirty,
	.cursor = account_form_cursor,
	.title = MSG_UI_PW_TITLE,
	.help = MSG_UI_PW_HELP,
	.keys = account_form_keys,
};
