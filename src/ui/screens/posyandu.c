/*
 * screens/posyandu: the posyandu the user may see, with their desa and
 * counts; an admin adds one with 't'.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "store/db.h"
#include "store/posyandu.h"
#include "ui/app.h"
#include "ui/dialog.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

struct posyandu_list {
	struct posyandu *v;
	size_t n;
	struct list list;
};

static void
posyandu_list_load(struct posyandu_list *pl, struct app *app)
{
	char *cause = NULL;

	posyandu_list_free(pl->v, pl->n);
	pl->v = NULL;
	pl->n = 0;
	if (store_posyandu_list(app_store(app), &pl->v, &pl->n, &cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	list_set_count(&pl->list, (int)pl->n);
}

static void
posyandu_list_enter(struct screen *s, struct app *app, void *arg)
{
	struct posyandu_list *pl = xcalloc(1, sizeof *pl);

	(void)arg;
	list_init(&pl->list, 0);
	posyandu_list_load(pl, app);
	s->state = pl;
}

static void
posyandu_list_leave(struct screen *s, struct app *app)
{
	struct posyandu_list *pl = s->state;

	(void)app;
	posyandu_list_free(pl->v, pl->n);
	free(pl);
}

static void
posyandu_list_resume(struct screen *s, struct app *app)
{
	posyandu_list_load(s->state, app);
}

static void
posyandu_row(struct app *app, void *ctx, int row, int y, int x, int w,
	     int selected)
{
	struct posyandu_list *pl = ctx;
	const struct posyandu *p = &pl->v[row];
	int attr = selected ? app_attr(app, APP_ATTR_SELECTED) : (int)A_NORMAL;
	char counts[40];

	snprintf(counts, sizeof counts, "%6ld %6ld", p->households, p->persons);
	draw_text(y, x, 10, p->code, attr, 0);
	draw_text(y, x + 11, 24, p->name, attr, 0);
	draw_text(y, x + 36, 16, p->desa_name, attr, 0);
	draw_text(y, x + 53, 12, p->dusun, attr, 0);
	draw_text(y, x + w - 14, 14, counts, attr, 0);
}

static void
posyandu_list_draw(struct screen *s, struct app *app)
{
	struct posyandu_list *pl = s->state;
	int y = app_body_top(app) + 1;

	draw_text(y, 2, COLS - 4, tr(MSG_UI_POSYANDU_HEAD),
		  app_attr(app, APP_ATTR_HEADING), 0);
	list_draw(app, &pl->list, y + 1, 2, app_body_height(app) - 2, COLS - 4,
		  posyandu_row, pl);
}

static enum screen_result
posyandu_list_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct posyandu_list *pl = s->state;

	if (list_key(&pl->list, k))
		return SCREEN_HANDLED;
	if (!k->fn && k->ch == 't') {
		if (!store_can(app_store(app), PERM_MANAGE_USERS))
			app_statusf(
				app, APP_MSG_ERROR, MSG_DB_DENIED,
				role_code(store_actor(app_store(app))->role));
		else
			app_push(app, &screen_posyandu_add, NULL);
		return SCREEN_HANDLED;
	}
	if (!k->fn && k->ch == 'q') {
		app_pop(app);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

static const struct keyhint posyandu_list_keys[] = {
	{"t", MSG_UI_KEY_ADD},
	{"Esc", MSG_UI_KEY_BACK},
	{NULL, 0},
};

const struct screen_ops screen_posyandu_list = {
	.name = "posyandu-list",
	.enter = posyandu_list_enter,
	.leave = posyandu_list_leave,
	.draw = posyandu_list_draw,
	.key = posyandu_list_key,
	.resume = posyandu_list_resume,
	.title = MSG_UI_POSYANDU_TITLE,
	.help = MSG_UI_POSYANDU_HELP,
	.keys = posyandu_list_keys,
};

/* ---- adding a posyandu -------------------------------------------------- */

enum { PA_CODE, PA_NAME, PA_DESA, PA_DUSUN, PA_N };

static const struct field_spec posyandu_add_fields[PA_N] = {
	{"code", MSG_UI_POS_CODE, FIELD_TEXT, 32, 16, 1, NULL, NULL,
	 MSG_UI_POS_CODE_HELP},
	{"name", MSG_UI_POS_NAME, FIELD_TEXT, 100, 40, 1, NULL, NULL,
	 MSG_UI_POS_NAME_HELP},
	{"desa", MSG_UI_POS_DESA, FIELD_TEXT, 100, 40, 1, NULL, NULL,
	 MSG_UI_POS_DESA_HELP},
	{"dusun", MSG_UI_POS_DUSUN, FIELD_TEXT, 100, 40, 0, NULL, NULL,
	 MSG_UI_POS_DUSUN_HELP},
};

static void
posyandu_add_enter(struct screen *s, struct app *app, void *arg)
{
	struct form *f = xcalloc(1, sizeof *f);

	(void)app;
	(void)arg;
	form_init(f, posyandu_add_fields, PA_N);
	s->state = f;
}

static void
posyandu_add_leave(struct screen *s, struct app *app)
{
	(void)app;
	form_done(s->state);
	free(s->state);
}

static void
posyandu_add_draw(struct screen *s, struct app *app)
{
	int y = app_body_top(app) + 1;

	draw_text(y, 4, COLS - 8, tr(MSG_UI_POS_ADD_HEADING),
		  app_attr(app, APP_ATTR_HEADING), 0);
	form_draw(app, s->state, y + 2, 4, COLS - 8, y + 2 + PA_N + 1);
}

static void
posyandu_add_cursor(struct screen *s, struct app *app, int *y, int *x)
{
	(void)app;
	form_cursor(s->state, y, x);
}

static int
posyandu_add_dirty(struct screen *s)
{
	return ((struct form *)s->state)->dirty;
}

static void
posyandu_add_submit(struct form *f, struct app *app)
{
	char *cause = NULL, *code;
	int rc;

	if (form_validate(f, app) < 0)
		return;
	code = xstrdup(form_get(f, PA_CODE));
	str_trim(code);
	rc = store_posyandu_add(app_store(app), code, form_get(f, PA_NAME),
				form_get(f, PA_DESA), form_get(f, PA_DUSUN),
				&cause);
	if (rc < 0) {
		form_fail(f, app,
			  strstr(cause, code) != NULL ? PA_CODE : PA_NAME,
			  cause);
	} else {
		app_statusf(app, APP_MSG_OK, MSG_CLI_POSYANDU_ADDED, code,
			    form_get(f, PA_NAME));
		app_pop(app);
	}
	free(code);
}

static enum screen_result
posyandu_add_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct form *f = s->state;

	switch (form_key(f, app, k)) {
	case FORM_KEY_SUBMIT:
		posyandu_add_submit(f, app);
		return SCREEN_HANDLED;
	case FORM_KEY_USED:
		return SCREEN_HANDLED;
	default:
		break;
	}
	if (!k->fn && k->ch == 27) {
		dialog_leave_form(app, f->dirty);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

static const struct keyhint posyandu_add_keys[] = {
	{"F2/^S", MSG_UI_KEY_SAVE},
	{"Tab", MSG_UI_KEY_NEXT_FIELD},
	{"Esc", MSG_UI_KEY_CANCEL},
	{NULL, 0},
};

const struct screen_ops screen_posyandu_add = {
	.name = "posyandu-add",
	.enter = posyandu_add_enter,
	.leave = posyandu_add_leave,
	.draw = posyandu_add_draw,
	.key = posyandu_add_key,
	.dirty = posyandu_add_dirty,
	.cursor = posyandu_add_cursor,
	.title = MSG_UI_POS_ADD_TITLE,
	.help = MSG_UI_POS_ADD_HELP,
	.keys = posyandu_add_keys,
};
