/*
 * screens/person_form: adding or editing a household member from a
 * field-spec table. The date of birth takes DD-MM-YYYY, DDMMYYYY or an
 * age ("35 th", "8 bl"), which gives an estimated date, shown as such.
 * Saving goes through the checks of ILP.md §1 in order, each of which
 * may stop and ask: a NIK whose date or sex disagrees (confirm), a NIK
 * already used by an active person (offer to open that person), a likely
 * duplicate in the posyandu (warn, show the candidate, confirm). A save
 * refused because someone else saved first offers to reload.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/nik.h"
#include "core/validate.h"
#include "store/db.h"
#include "store/household.h"
#include "store/person.h"
#include "ui/app.h"
#include "ui/dialog.h"
#include "ui/draw.h"
#include "ui/regtext.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

/* Field checks have no context: the form sets today when it opens. */
static struct date pf_today;

static int
pf_check_name(const char *text, char **cause)
{
	char *out = NULL;
	int rc = validate_name(text, &out, cause);

	free(out);
	return rc;
}

static int
pf_check_dob(const char *text, char **cause)
{
	struct date d;
	int est;

	return validate_dob(text, pf_today, &d, &est, cause);
}

static int
pf_check_nik(const char *text, char **cause)
{
	struct nik_info n;

	return nik_parse(text, &n, cause);
}

static int
pf_check_jkn(const char *text, char **cause)
{
	char *t = xstrdup(text);
	int ok;

	str_trim(t);
	ok = strlen(t) == 13 && strspn(t, "0123456789") == 13;
	free(t);
	if (!ok)
		*cause = xstrdup(tr(MSG_REG_JKN));
	return ok ? 0 : -1;
}

static int
pf_check_phone(const char *text, char **cause)
{
	char *out = NULL;
	int rc = validate_phone(text, &out, cause);

	free(out);
	return rc;
}

enum { PF_NAME, PF_SEX, PF_DOB, PF_RELATION, PF_NIK, PF_JKN, PF_PHONE, PF_N };

static const struct field_spec pf_fields[PF_N] = {
	{"name", MSG_UI_PF_NAME, FIELD_TEXT, 100, 40, 1, NULL, pf_check_name,
	 MSG_UI_PF_NAME_HELP},
	{"sex", MSG_UI_PF_SEX, FIELD_CHOICE, 0, 20, 1, regtext_sex_choices,
	 NULL, MSG_UI_PF_SEX_HELP},
	{"dob", MSG_UI_PF_DOB, FIELD_TEXT, 20, 14, 1, NULL, pf_check_dob,
	 MSG_UI_PF_DOB_HELP},
	{"relation", MSG_UI_PF_RELATION, FIELD_CHOICE, 0, 20, 1,
	 regtext_relation_choices, NULL, MSG_UI_PF_RELATION_HELP},
	{"nik", MSG_UI_PF_NIK, FIELD_TEXT, 20, 18, 0, NULL, pf_check_nik,
	 MSG_UI_PF_NIK_HELP},
	{"jkn", MSG_UI_PF_JKN, FIELD_TEXT, 16, 15, 0, NULL, pf_check_jkn,
	 MSG_UI_PF_JKN_HELP},
	{"phone", MSG_UI_PF_PHONE, FIELD_TEXT, 20, 18, 0, NULL, pf_check_phone,
	 MSG_UI_PF_PHONE_HELP},
};

struct pf {
	struct form form;
	struct person_form_arg *arg;
	struct person p;    /* as read (editing) */
	char *posyandu_id;  /* the household's, for duplicates */
	char *dob_text;     /* the date of birth as first shown */
	int nik_ok, dup_ok; /* confirmed during this save */
	/* A new member: one key for every attempt to save them. */
	char save_key[STORE_SAVE_KEY_LEN];
};

static void
pf_fill(struct pf *f)
{
	char dob[DATE_ISO_LEN];

	form_set(&f->form, PF_NAME, f->p.name);
	form_set(&f->form, PF_SEX, f->p.sex == 'P' ? "P" : "L");
	free(f->dob_text);
	f->dob_text = xstrdup(date_format_ui(f->p.dob, dob));
	form_set(&f->form, PF_DOB, f->dob_text);
	form_set(&f->form, PF_RELATION, f->p.relation);
	form_set(&f->form, PF_NIK, f->p.nik != NULL ? f->p.nik : "");
	form_set(&f->form, PF_JKN, f->p.jkn_no != NULL ? f->p.jkn_no : "");
	form_set(&f->form, PF_PHONE, f->p.phone != NULL ? f->p.phone : "");
	f->form.dirty = 0;
}

static int
pf_read(struct pf *f, struct app *app)
{
	char *cause = NULL;
	int rc;

	person_free(&f->p);
	rc = store_person_get(app_store(app), f->arg->person_id, &f->p, &cause);
	if (rc <= 0)
		app_status_take(app, APP_MSG_ERROR,
				rc < 0 ? cause
				       : xstrdup(tr(MSG_REG_NOT_FOUND)));
	return rc > 0 ? 0 : -1;
}

static void
pf_enter(struct screen *s, struct app *app, void *arg)
{
	struct pf *f = xcalloc(1, sizeof *f);
	struct household h;
	char *cause = NULL;

	pf_today = app_today(app);
	f->arg = arg;
	if (f->arg->person_id == NULL)
		store_new_save_key(f->save_key);
	form_init(&f->form, pf_fields, PF_N);
	s->state = f;
	if (store_household_get(app_store(app), f->arg->household_id, &h, NULL,
				NULL, &cause) > 0)
		f->posyandu_id = xstrdup(h.posyandu_id);
	free(cause);
	household_free(&h);
	if (f->arg->person_id != NULL) {
		if (pf_read(f, app) == 0)
			pf_fill(f);
	} else if (f->arg->relation != NULL) {
		form_set(&f->form, PF_RELATION, f->arg->relation);
	}
}

static void
pf_leave(struct screen *s, struct app *app)
{
	struct pf *f = s->state;

	(void)app;
	form_done(&f->form);
	person_free(&f->p);
	free(f->posyandu_id);
	free(f->dob_text);
	free(f->arg->household_id);
	free(f->arg->person_id);
	free(f->arg);
	free(f);
}

static void
pf_draw(struct screen *s, struct app *app)
{
	struct pf *f = s->state;
	int y = app_body_top(app) + 1;

	draw_text(y, 2, COLS - 4,
		  tr(f->arg->person_id != NULL ? MSG_UI_PF_EDIT_TITLE
					       : MSG_UI_PF_ADD_TITLE),
		  app_attr(app, APP_ATTR_HEADING), 0);
	form_draw(app, &f->form, y + 2, 2, COLS - 4, y + 3 + PF_N);
	if (f->arg->person_id != NULL && f->p.dob_estimated &&
	    str_eq(form_get(&f->form, PF_DOB), f->dob_text)) {
		char *line = trf(MSG_UI_PF_ESTIMATED_NOTE, f->dob_text);

		draw_text(y + 6 + PF_N, 2, COLS - 4, line,
			  app_attr(app, APP_ATTR_DIM), 0);
		free(line);
	}
}

static void
pf_cursor(struct screen *s, struct app *app, int *y, int *x)
{
	struct pf *f = s->state;

	(void)app;
	form_cursor(&f->form, y, x);
}

static int
pf_dirty(struct screen *s)
{
	struct pf *f = s->state;

	return f->form.dirty;
}

/* The member as typed (strings borrowed from the form). 0 or -1. */
static int
pf_collect(struct pf *f, struct app *app, struct person *p)
{
	char *cause = NULL;

	memset(p, 0, sizeof *p);
	p->id = f->arg->person_id;
	p->household_id = f->arg->household_id;
	p->version = f->p.version;
	str_copy(p->save_key, f->save_key, sizeof p->save_key);
	p->name = (char *)form_get(&f->form, PF_NAME);
	p->sex = form_get(&f->form, PF_SEX)[0];
	p->relation = (char *)form_get(&f->form, PF_RELATION);
	p->nik = (char *)form_get(&f->form, PF_NIK);
	p->jkn_no = (char *)form_get(&f->form, PF_JKN);
	p->phone = (char *)form_get(&f->form, PF_PHONE);
	/* An unchanged date keeps whether it was estimated. */
	if (f->dob_text != NULL &&
	    str_eq(form_get(&f->form, PF_DOB), f->dob_text)) {
		p->dob = f->p.dob;
		p->dob_estimated = f->p.dob_estimated;
		return 0;
	}
	if (validate_dob(form_get(&f->form, PF_DOB), app_today(app), &p->dob,
			 &p->dob_estimated, &cause) < 0) {
		form_fail(&f->form, app, PF_DOB, cause);
		return -1;
	}
	return 0;
}

static void pf_continue(struct pf *f, struct app *app);

static void
pf_confirm_nik(struct app *app, void *ctx)
{
	struct pf *f = ctx;

	f->nik_ok = 1;
	pf_continue(f, app);
}

static void
pf_confirm_dup(struct app *app, void *ctx)
{
	struct pf *f = ctx;

	f->dup_ok = 1;
	pf_continue(f, app);
}

static void
pf_not_saved(struct app *app, void *ctx)
{
	(void)ctx;
	app_statusf(app, APP_MSG_ERROR, MSG_UI_PF_NOT_SAVED);
}

/* The household of the person holding the NIK, to open instead. */
static char *pf_open_household;

static void
pf_open_other(struct app *app, void *ctx)
{
	(void)ctx;
	app_pop(app); /* the form: what was typed goes */
	app_push(app, &screen_household_view, pf_open_household);
	pf_open_household = NULL;
}

static void
pf_keep_form(struct app *app, void *ctx)
{
	(void)ctx;
	free(pf_open_household);
	pf_open_household = NULL;
	app_statusf(app, APP_MSG_ERROR, MSG_UI_PF_NOT_SAVED);
}

/* NIK checks. Returns 1 when a question was asked (wait for it). */
static int
pf_ask_nik(struct pf *f, struct app *app, const struct person *p)
{
	struct nik_info ni;
	struct person_ref ref;
	char *warn = NULL, *cause = NULL, *q, day[DATE_ISO_LEN];
	int rc;

	if (validate_is_blank(p->nik) || nik_parse(p->nik, &ni, NULL) < 0)
		return 0;
	if (!f->nik_ok &&
	    nik_check_person(&ni, p->sex, p->dob, p->dob_estimated, &warn)) {
		q = trf(MSG_UI_PF_NIK_MISMATCH, warn);
		f->form.focus = PF_NIK;
		dialog_confirm(app, q, pf_confirm_nik, pf_not_saved, f);
		free(q);
		free(warn);
		return 1;
	}
	rc = store_person_find_nik(app_store(app), ni.digits, p->id, &ref,
				   &cause);
	if (rc < 0) {
		form_fail(&f->form, app, PF_NIK, cause);
		return 1;
	}
	if (rc == 0)
		return 0;
	f->form.focus = PF_NIK;
	f->form.bad[PF_NIK] = 1;
	if (!ref.visible) {
		app_statusf(app, APP_MSG_ERROR, MSG_UI_PF_NIK_USED_HIDDEN,
			    ni.digits, ref.name, ref.posyandu_name);
	} else {
		q = trf(MSG_UI_PF_NIK_USED, ni.digits, ref.name,
			date_format_ui(ref.dob, day), ref.address);
		free(pf_open_household);
		pf_open_household = xstrdup(ref.household_id);
		dialog_confirm(app, q, pf_open_other, pf_keep_form, NULL);
		free(q);
	}
	person_ref_free(&ref);
	return 1;
}

/* The duplicate guard for a new member. 1 when it asked. */
static int
pf_ask_duplicate(struct pf *f, struct app *app, const struct person *p)
{
	struct person_ref *d = NULL;
	size_t n = 0;
	char *cause = NULL, *q, day[DATE_ISO_LEN], *name = NULL;
	int asked = 0;

	if (f->dup_ok || f->posyandu_id == NULL ||
	    validate_name(p->name, &name, NULL) < 0)
		return 0;
	if (store_person_duplicates(app_store(app), name, p->dob,
				    f->posyandu_id, p->id, &d, &n,
				    &cause) < 0) {
		app_status_take(app, APP_MSG_ERROR, cause);
		asked = 1;
	} else if (n > 0) {
		q = trf(MSG_UI_PF_DUPLICATE, d[0].name,
			date_format_ui(d[0].dob, day), d[0].address,
			d[0].head_name[0] != '\0' ? d[0].head_name : "-");
		dialog_confirm(app, q, pf_confirm_dup, pf_not_saved, f);
		free(q);
		asked = 1;
	}
	person_refs_free(d, n);
	free(name);
	return asked;
}

static void
pf_reload(struct app *app, void *ctx)
{
	struct pf *f = ctx;

	if (pf_read(f, app) == 0) {
		pf_fill(f);
		app_statusf(app, APP_MSG_INFO, MSG_UI_PF_RELOADED);
	}
}

/* Which field a refusal from the store is about. */
static int
pf_field_of(const char *cause)
{
	if (strstr(cause, "NIK") != NULL)
		return PF_NIK;
	if (strstr(cause, "JKN") != NULL)
		return PF_JKN;
	if (strstr(cause, "kepala") != NULL || strstr(cause, "head") != NULL)
		return PF_RELATION;
	return PF_NAME;
}

static void
pf_store(struct pf *f, struct app *app, const struct person *p)
{
	char *cause = NULL, *q;
	int rc;

	rc = p->id == NULL ? store_person_add(app_store(app), p, app_today(app),
					      NULL, &cause)
			   : store_person_update(app_store(app), p,
						 app_today(app), &cause);
	if (rc == STORE_STALE) {
		q = trf(MSG_UI_PF_STALE_ASK, cause);
		app_status_take(app, APP_MSG_ERROR, cause);
		dialog_confirm(app, q, pf_reload, NULL, f);
		free(q);
		return;
	}
	if (rc < 0) {
		form_fail(&f->form, app, pf_field_of(cause), cause);
		return;
	}
	app_statusf(app, APP_MSG_OK, MSG_UI_PF_SAVED, p->name);
	f->form.dirty = 0;
	app_pop(app);
}

/* One save, from the checks not yet confirmed to the store. */
static void
pf_continue(struct pf *f, struct app *app)
{
	struct person p;

	if (form_validate(&f->form, app) < 0 || pf_collect(f, app, &p) < 0)
		return;
	if (pf_ask_nik(f, app, &p))
		return;
	if (p.id == NULL && pf_ask_duplicate(f, app, &p))
		return;
	pf_store(f, app, &p);
}

static enum screen_result
pf_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct pf *f = s->state;

	switch (form_key(&f->form, app, k)) {
	case FORM_KEY_SUBMIT:
		f->nik_ok = f->dup_ok = 0;
		pf_continue(f, app);
		return SCREEN_HANDLED;
	case FORM_KEY_USED:
		return SCREEN_HANDLED;
	default:
		if (!k->fn && k->ch == 27) {
			dialog_leave_form(app, f->form.dirty);
			return SCREEN_HANDLED;
		}
		return SCREEN_IGNORED;
	}
}

static const char *
pf_title(struct screen *s)
{
	struct pf *f = s->state;

	return tr(f->arg->person_id != NULL ? MSG_UI_PF_EDIT_TITLE
					    : MSG_UI_PF_ADD_TITLE);
}

static const struct keyhint pf_keys[] = {
	{"F2/^S", MSG_UI_KEY_SAVE},
	{"Tab", MSG_UI_KEY_NEXT_FIELD},
	{"Esc", MSG_UI_KEY_CANCEL},
	{NULL, 0},
};

const struct screen_ops screen_person_form = {
	.name = "person-form",
	.enter = pf_enter,
	.leave = pf_leave,
	.draw = pf_draw,
	.key = pf_key,
	.dirty = pf_dirty,
	.cursor = pf_cursor,
	.title = MSG_UI_PF_ADD_TITLE,
	.title_fn = pf_title,
	.help = MSG_UI_PF_HELP,
	.keys = pf_keys,
};
