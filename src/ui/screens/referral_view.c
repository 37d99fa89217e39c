/*
 * screens/referral_view: one referral -- who, why, where to, since when,
 * its follow-up date -- its history (every outcome with date, user and
 * note) and, while it is open, a form to record the next outcome:
 * datang/ditangani, tidak datang or selesai, with a date (today unless
 * changed) and a note. The store checks the move and the date again and
 * refuses a referral someone else changed meanwhile (who and when); the
 * form keeps what was typed, so F2 applies it to the fresh row.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/referral.h"
#include "core/validate.h"
#include "store/db.h"
#include "store/referral.h"
#include "ui/app.h"
#include "ui/dialog.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

#define RV_HISTORY_ROWS 5

static int
rv_check_date(const char *text, char **cause)
{
	struct date d, min = {1900, 1, 1}, max = {2199, 12, 31};

	return validate_date_range(text, min, max, &d, cause);
}

static int
rv_check_note(const char *text, char **cause)
{
	char *out = NULL;
	int rc = validate_text(text, REFERRAL_NOTE_MAX, 0, &out, cause);

	free(out);
	return rc;
}

static const struct field_choice rv_outcomes[] = {
	{"datang", MSG_REF_DATANG, NULL},
	{"tidak_datang", MSG_REF_TIDAK_DATANG, NULL},
	{"selesai", MSG_REF_SELESAI, NULL},
	{NULL, 0, NULL},
};

static const struct field_spec rv_fields[] = {
	{"status", MSG_UI_RV_OUTCOME, FIELD_CHOICE, 0, 24, 1, rv_outcomes, NULL,
	 MSG_UI_RV_OUTCOME_HELP},
	{"date", MSG_UI_RV_DATE, FIELD_TEXT, 12, 12, 1, NULL, rv_check_date,
	 MSG_UI_RV_DATE_HELP},
	{"note", MSG_UI_RV_NOTE, FIELD_TEXT, REFERRAL_NOTE_MAX, 40, 0, NULL,
	 rv_check_note, MSG_UI_RV_NOTE_HELP},
};

struct rv {
	char *id;
	struct referral r;
	struct referral_event *ev;
	size_t nev;
	int found;
	struct form form;
};

static void
rv_load(struct rv *v, struct app *app)
{
	char *cause = NULL;
	int rc;

	referral_free(&v->r);
	referral_events_free(v->ev, v->nev);
	v->ev = NULL;
	v->nev = 0;
	rc = store_referral_get(app_store(app), v->id, &v->r, &v->ev, &v->nev,
				&cause);
	if (rc < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	v->found = rc > 0;
}

static void
rv_enter(struct screen *s, struct app *app, void *arg)
{
	struct rv *v = xcalloc(1, sizeof *v);
	char day[DATE_ISO_LEN];

	v->id = arg;
	s->state = v;
	form_init(&v->form, rv_fields, 3);
	form_set(&v->form, 1, date_format_ui(app_today(app), day));
	rv_load(v, app);
	/* the usual next step: dirujuk -> datang, datang -> selesai */
	if (v->found && v->r.status == REFERRAL_DATANG)
		form_set(&v->form, 0, "selesai");
}

static void
rv_leave(struct screen *s, struct app *app)
{
	struct rv *v = s->state;

	(void)app;
	form_done(&v->form);
	referral_free(&v->r);
	referral_events_free(v->ev, v->nev);
	free(v->id);
	free(v);
}

static int
rv_draw_head(struct rv *v, struct app *app, int y)
{
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN], *line, *age;
	int row = y;

	age = referral_age_text(&v->r, app_today(app));
	line = trf(MSG_UI_RV_WHO, v->r.person_name, v->r.address,
		   referral_status_name(v->r.status), age);
	row += draw_wrapped(row, 2, COLS - 4, 0, 2, line, A_BOLD);
	free(line);
	free(age);
	line = trf(MSG_UI_RV_WHERE, referral_dest_name(v->r.destination),
		   referral_source_name(v->r.source),
		   date_format_ui(v->r.referred_on, a),
		   date_format_ui(v->r.followup_on, b));
	draw_text(row++, 2, COLS - 4, line, A_NORMAL, 0);
	free(line);
	line = trf(MSG_UI_RV_REASON, v->r.reason);
	row += draw_wrapped(row, 2, COLS - 4, 0, 3, line, A_NORMAL);
	free(line);
	return row - y;
}

static int
rv_draw_history(struct rv *v, struct app *app, int y)
{
	size_t i,
		first = v->nev > RV_HISTORY_ROWS ? v->nev - RV_HISTORY_ROWS : 0;
	char day[DATE_ISO_LEN], *line;
	int row = y;

	draw_text(row++, 2, COLS - 4, tr(MSG_UI_RV_HISTORY),
		  app_attr(app, APP_ATTR_HEADING), 0);
	for (i = first; i < v->nev; i++) {
		const struct referral_event *e = &v->ev[i];

		line = trf(MSG_UI_RV_EVENT, date_format_ui(e->on_date, day),
			   referral_status_name(e->status), e->created_by,
			   e->note);
		draw_text(row++, 4, COLS - 6, line, A_NORMAL, 0);
		free(line);
	}
	return row - y;
}

static void
rv_draw(struct screen *s, struct app *app)
{
	struct rv *v = s->state;
	int y = app_body_top(app), row;

	if (!v->found) {
		draw_text(y + 1, 2, COLS - 4, tr(MSG_REF_UNKNOWN), A_BOLD, 0);
		return;
	}
	row = y + rv_draw_head(v, app, y);
	row += 1 + rv_draw_history(v, app, row + 1);
	if (!referral_is_open(v->r.status)) {
		draw_text(row + 1, 2, COLS - 4, tr(MSG_UI_RV_CLOSED),
			  app_attr(app, APP_ATTR_DIM), 0);
		return;
	}
	draw_text(row + 1, 2, COLS - 4, tr(MSG_UI_RV_RECORD),
		  app_attr(app, APP_ATTR_HEADING), 0);
	form_draw(app, &v->form, row + 2, 2, COLS - 4, row + 3 + v->form.n);
}

static void
rv_cursor(struct screen *s, struct app *app, int *y, int *x)
{
	struct rv *v = s->state;

	(void)app;
	if (!v->found || !referral_is_open(v->r.status)) {
		*y = *x = -1;
		return;
	}
	form_cursor(&v->form, y, x);
}

static int
rv_dirty(struct screen *s)
{
	struct rv *v = s->state;

	return v->found && referral_is_open(v->r.status) && v->form.dirty;
}

static enum referral_status
rv_chosen(struct rv *v)
{
	enum referral_status to = REFERRAL_DATANG;

	(void)referral_status_parse(form_get(&v->form, 0), &to);
	return to;
}

static void
rv_save(struct rv *v, struct app *app)
{
	enum referral_status to = rv_chosen(v);
	struct date on;
	char *cause = NULL;
	int field;

	if (form_validate(&v->form, app) < 0)
		return;
	(void)date_parse_ui(form_get(&v->form, 1), &on);
	/* which field a refusal is about */
	field = !referral_can_move(v->r.status, to) ? 0 : 1;
	if (store_referral_outcome(app_store(app), v->r.id, v->r.version, to,
				   on, app_today(app), form_get(&v->form, 2),
				   &cause) < 0) {
		/* a newer row: show it; the form keeps what was typed */
		rv_load(v, app);
		form_fail(&v->form, app, field, cause);
		return;
	}
	app_statusf(app, APP_MSG_OK, MSG_UI_RV_SAVED, v->r.person_name,
		    referral_status_name(to));
	v->form.dirty = 0;
	app_pop(app);
}

static enum screen_result
rv_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct rv *v = s->state;

	if (!k->fn && k->ch == 27) {
		dialog_leave_form(app, rv_dirty(s));
		return SCREEN_HANDLED;
	}
	if (!v->found || !referral_is_open(v->r.status))
		return SCREEN_IGNORED;
	switch (form_key(&v->form, app, k)) {
	case FORM_KEY_SUBMIT:
		rv_save(v, app);
		return SCREEN_HANDLED;
	case FORM_KEY_USED:
		return SCREEN_HANDLED;
	default:
		return SCREEN_IGNORED;
	}
}

static const struct keyhint rv_keys[] = {
	{"F2/^S", MSG_UI_KEY_SAVE},
	{"Tab", MSG_UI_KEY_NEXT_FIELD},
	{"Esc", MSG_UI_KEY_BACK},
	{NULL, 0},
};

const struct screen_ops screen_referral_view = {
	.name = "referral-view",
	.enter = rv_enter,
	.leave = rv_leave,
	.draw = rv_draw,
	.key = rv_key,
	.dirty = rv_dirty,
	.cursor = rv_cursor,
	.title = MSG_UI_RV_TITLE,
	.help = MSG_UI_RV_HELP,
	.keys = rv_keys,
};
