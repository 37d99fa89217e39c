/*
 * screens/person_status: marking a member pindah (moved out) or
 * meninggal (died) with a date, or aktif again. Nothing is deleted: the
 * store keeps the row and its history in the audit log.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/validate.h"
#include "store/db.h"
#include "store/person.h"
#include "ui/app.h"
#include "ui/dialog.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

static struct date ps_today;

static int
ps_check_date(const char *text, char **cause)
{
	struct date d;

	return validate_date(text, ps_today, &d, cause);
}

static const struct field_choice ps_statuses[] = {
	{"pindah", MSG_UI_ST_PINDAH, NULL},
	{"meninggal", MSG_UI_ST_MENINGGAL, NULL},
	{"aktif", MSG_UI_ST_AKTIF, NULL},
	{NULL, 0, NULL},
};

enum { PS_STATUS, PS_DATE, PS_N };

static const struct field_spec ps_fields[PS_N] = {
	{"status", MSG_UI_ST_STATUS, FIELD_CHOICE, 0, 20, 1, ps_statuses, NULL,
	 MSG_UI_ST_STATUS_HELP},
	{"date", MSG_UI_ST_DATE, FIELD_TEXT, 12, 12, 0, NULL, ps_check_date,
	 MSG_UI_ST_DATE_HELP},
};

struct ps {
	struct form form;
	char *id;
	struct person p;
	int found;
};

static void
ps_enter(struct screen *s, struct app *app, void *arg)
{
	struct ps *f = xcalloc(1, sizeof *f);
	char *cause = NULL, day[DATE_ISO_LEN];
	int rc;

	ps_today = app_today(app);
	f->id = arg;
	form_init(&f->form, ps_fields, PS_N);
	rc = store_person_get(app_store(app), f->id, &f->p, &cause);
	if (rc < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	f->found = rc > 0;
	if (f->found && f->p.status != PERSON_AKTIF) {
		form_set(&f->form, PS_STATUS, person_status_code(f->p.status));
		form_set(&f->form, PS_DATE,
			 date_format_ui(f->p.status_date, day));
	}
	s->state = f;
}

static void
ps_leave(struct screen *s, struct app *app)
{
	struct ps *f = s->state;

	(void)app;
	form_done(&f->form);
	person_free(&f->p);
	free(f->id);
	free(f);
}

static void
ps_draw(struct screen *s, struct app *app)
{
	struct ps *f = s->state;
	int y = app_body_top(app) + 1;

	if (!f->found)
		return;
	draw_textf(y, 2, COLS - 4, app_attr(app, APP_ATTR_HEADING),
		   MSG_UI_ST_HEADING, f->p.name);
	form_draw(app, &f->form, y + 2, 2, COLS - 4, y + 3 + PS_N);
}

static void
ps_cursor(struct screen *s, struct app *app, int *y, int *x)
{
	struct ps *f = s->state;

	(void)app;
	form_cursor(&f->form, y, x);
}

static int
ps_dirty(struct screen *s)
{
	struct ps *f = s->state;

	return f->form.dirty;
}

static void
ps_save(struct ps *f, struct app *app)
{
	const char *code = form_get(&f->form, PS_STATUS);
	enum person_status st = str_eq(code, "pindah")      ? PERSON_PINDAH
				: str_eq(code, "meninggal") ? PERSON_MENINGGAL
							    : PERSON_AKTIF;
	struct date d = {0, 0, 0};
	char *cause = NULL;
	int rc;

	if (form_validate(&f->form, app) < 0)
		return;
	if (st != PERSON_AKTIF) {
		if (validate_is_blank(form_get(&f->form, PS_DATE))) {
			form_fail(&f->form, app, PS_DATE,
				  xasprintf("%s: %s", tr(MSG_UI_ST_DATE),
					    tr(MSG_REQUIRED)));
			return;
		}
		if (validate_date(form_get(&f->form, PS_DATE), app_today(app),
				  &d, &cause) < 0) {
			form_fail(&f->form, app, PS_DATE, cause);
			return;
		}
	}
	rc = store_person_set_status(app_store(app), f->id, f->p.version, st, d,
				     app_today(app), &cause);
	if (rc < 0) {
		form_fail(&f->form, app, PS_DATE, cause);
		return;
	}
	app_statusf(app, APP_MSG_OK, MSG_UI_ST_SAVED, f->p.name,
		    tr(ps_statuses[f->form.choice[PS_STATUS]].label));
	f->form.dirty = 0;
	app_pop(app);
}

static enum screen_result
ps_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct ps *f = s->state;

	if (!f->found) {
		if (!k->fn && k->ch == 27) {
			app_pop(app);
			return SCREEN_HANDLED;
		}
		return SCREEN_IGNORED;
	}
	switch (form_key(&f->form, app, k)) {
	case FORM_KEY_SUBMIT:
		ps_save(f, app);
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

static const struct keyhint ps_keys[] = {
	{"F2/^S", MSG_UI_KEY_SAVE},
	{"Tab", MSG_UI_KEY_NEXT_FIELD},
	{"Esc", MSG_UI_KEY_CANCEL},
	{NULL, 0},
};

const struct screen_ops screen_person_status = {
	.name = "person-status",
	.enter = ps_enter,
	.leave = ps_leave,
	.draw = ps_draw,
	.key = ps_key,
	.dirty = ps_dirty,
	.cursor = ps_cursor,
	.title = MSG_UI_ST_TITLE,
	.help = MSG_UI_ST_HELP,
	.keys = ps_keys,
};
