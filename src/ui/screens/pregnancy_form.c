/*
 * screens/pregnancy_form: recording a pregnancy (from HPHT or HPL; the
 * other date and the gestational age are shown after saving) or, when
 * one is open, closing it with its end date, outcome and birth place.
 * The store checks the mother's age (10-55 at HPHT) and the dates again.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/pregnancy.h"
#include "core/validate.h"
#include "store/db.h"
#include "store/person.h"
#include "store/pregnancy.h"
#include "ui/app.h"
#include "ui/dialog.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

/* Any real date; the range depends on HPHT or HPL and is the store's. */
static int
pg_check_date(const char *text, char **cause)
{
	struct date d, min = {1900, 1, 1}, max = {2199, 12, 31};

	return validate_date_range(text, min, max, &d, cause);
}

static const struct field_choice pg_basis[] = {
	{"hpht", MSG_UI_PG_BASIS_HPHT, NULL},
	{"hpl", MSG_UI_PG_BASIS_HPL, NULL},
	{NULL, 0, NULL},
};

static const struct field_choice pg_outcomes[] = {
	{"lahir_hidup", MSG_UI_PG_OUT_LAHIR_HIDUP, NULL},
	{"lahir_mati", MSG_UI_PG_OUT_LAHIR_MATI, NULL},
	{"keguguran", MSG_UI_PG_OUT_KEGUGURAN, NULL},
	{"lainnya", MSG_UI_PG_OUT_LAINNYA, NULL},
	{NULL, 0, NULL},
};

static const struct field_choice pg_places[] = {
	{"faskes", MSG_UI_PG_PLACE_FASKES, NULL},
	{"rumah", MSG_UI_PG_PLACE_RUMAH, NULL},
	{"lainnya", MSG_UI_PG_PLACE_LAINNYA, NULL},
	{"", MSG_UI_PG_PLACE_UNKNOWN, NULL},
	{NULL, 0, NULL},
};

static const struct field_spec pg_open_fields[] = {
	{"basis", MSG_UI_PG_BASIS, FIELD_CHOICE, 0, 36, 1, pg_basis, NULL,
	 MSG_UI_PG_BASIS_HELP},
	{"date", MSG_UI_PG_DATE, FIELD_TEXT, 12, 12, 1, NULL, pg_check_date,
	 MSG_UI_PG_DATE_HELP},
};

static const struct field_spec pg_close_fields[] = {
	{"end", MSG_UI_PG_END, FIELD_TEXT, 12, 12, 1, NULL, pg_check_date,
	 MSG_UI_PG_END_HELP},
	{"outcome", MSG_UI_PG_OUTCOME, FIELD_CHOICE, 0, 24, 1, pg_outcomes,
	 NULL, MSG_UI_PG_BASIS_HELP},
	{"place", MSG_UI_PG_PLACE, FIELD_CHOICE, 0, 24, 0, pg_places, NULL,
	 MSG_UI_PG_BASIS_HELP},
};

struct pg {
	struct form form;
	char *id;
	struct person p;
	int found;
	/* Opening: one key for every attempt to save the pregnancy. */
	char save_key[STORE_SAVE_KEY_LEN];
};

static void
pg_enter(struct screen *s, struct app *app, void *arg)
{
	struct pg *f = xcalloc(1, sizeof *f);
	char *cause = NULL;
	int rc;

	f->id = arg;
	store_new_save_key(f->save_key);
	rc = store_person_get(app_store(app), f->id, &f->p, &cause);
	if (rc < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	f->found = rc > 0;
	if (f->found && f->p.pregnant)
		form_init(&f->form, pg_close_fields, 3);
	else
		form_init(&f->form, pg_open_fields, 2);
	s->state = f;
}

static void
pg_leave(struct screen *s, struct app *app)
{
	struct pg *f = s->state;

	(void)app;
	form_done(&f->form);
	person_free(&f->p);
	free(f->id);
	free(f);
}

static void
pg_draw(struct screen *s, struct app *app)
{
	struct pg *f = s->state;
	int y = app_body_top(app) + 1;

	if (!f->found)
		return;
	draw_textf(y, 2, COLS - 4, app_attr(app, APP_ATTR_HEADING),
		   MSG_UI_PG_HEADING, f->p.name);
	if (f->p.pregnant) {
		struct pregnancy_ga ga = {0, 0};
		char a[DATE_ISO_LEN], b[DATE_ISO_LEN];

		(void)pregnancy_ga(f->p.hpht, app_today(app), &ga);
		draw_textf(y + 1, 2, COLS - 4, A_NORMAL, MSG_UI_PG_OPEN_INFO,
			   date_format_ui(f->p.hpht, a),
			   date_format_ui(f->p.hpl, b), ga.weeks, ga.days);
	}
	form_draw(app, &f->form, y + 3, 2, COLS - 4, y + 4 + f->form.n);
}

static void
pg_cursor(struct screen *s, struct app *app, int *y, int *x)
{
	struct pg *f = s->state;

	(void)app;
	form_cursor(&f->form, y, x);
}

static int
pg_dirty(struct screen *s)
{
	struct pg *f = s->state;

	return f->form.dirty;
}

static void
pg_save_open(struct pg *f, struct app *app)
{
	struct date d, hpl;
	struct pregnancy_ga ga = {0, 0};
	int hpht = str_eq(form_get(&f->form, 0), "hpht");
	char *cause = NULL, day[DATE_ISO_LEN];

	(void)date_parse_ui(form_get(&f->form, 1), &d);
	if (store_pregnancy_open(app_store(app), f->p.id, hpht, d,
				 app_today(app), f->save_key, NULL,
				 &cause) < 0) {
		form_fail(&f->form, app, 1, cause);
		return;
	}
	hpl = hpht ? pregnancy_hpl(d) : d;
	(void)pregnancy_ga(pregnancy_hpht(hpl), app_today(app), &ga);
	app_statusf(app, APP_MSG_OK, MSG_UI_PG_SAVED, f->p.name,
		    date_format_ui(hpl, day), ga.weeks);
	f->form.dirty = 0;
	app_pop(app);
}

static void
pg_save_close(struct pg *f, struct app *app)
{
	struct date d;
	const char *place = form_get(&f->form, 2);
	char *cause = NULL;
	int rc;

	(void)date_parse_ui(form_get(&f->form, 0), &d);
	rc = store_pregnancy_close(
		app_store(app), f->p.pregnancy_id, f->p.pregnancy_version, d,
		form_get(&f->form, 1), place[0] != '\0' ? place : NULL,
		app_today(app), &cause);
	if (rc < 0) {
		form_fail(&f->form, app, 0, cause);
		return;
	}
	app_statusf(app, APP_MSG_OK, MSG_UI_PG_CLOSED, f->p.name);
	f->form.dirty = 0;
	app_pop(app);
}

static enum screen_result
pg_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct pg *f = s->state;

	if (!k->fn && k->ch == 27) {
		dialog_leave_form(app, f->found && f->form.dirty);
		return SCREEN_HANDLED;
	}
	if (!f->found)
		return SCREEN_IGNORED;
	switch (form_key(&f->form, app, k)) {
	case FORM_KEY_SUBMIT:
		if (form_validate(&f->form, app) < 0)
			return SCREEN_HANDLED;
		if (f->p.pregnant)
			pg_save_close(f, app);
		else
			pg_save_open(f, app);
		return SCREEN_HANDLED;
	case FORM_KEY_USED:
		return SCREEN_HANDLED;
	default:
		return SCREEN_IGNORED;
	}
}

static const char *
pg_title(struct screen *s)
{
	struct pg *f = s->state;

	return tr(f->found && f->p.pregnant ? MSG_UI_PG_CLOSE_TITLE
					    : MSG_UI_PG_OPEN_TITLE);
}

static const struct keyhint pg_keys[] = {
	{"F2/^S", MSG_UI_KEY_SAVE},
	{"Tab", MSG_UI_KEY_NEXT_FIELD},
	{"Esc", MSG_UI_KEY_CANCEL},
	{NULL, 0},
};

const struct screen_ops screen_pregnancy_form = {
	.name = "pregnancy-form",
	.enter = pg_enter,
	.leave = pg_leave,
	.draw = pg_draw,
	.key = pg_key,
	.dirty = pg_dirty,
	.cursor = pg_cursor,
	.title = MSG_UI_PG_OPEN_TITLE,
	.title_fn = pg_title,
	.help = MSG_UI_PG_HELP,
	.keys = pg_keys,
};
