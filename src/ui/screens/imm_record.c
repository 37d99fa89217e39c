/*
 * screens/imm_record: the form that records a dose: antigen, date (today
 * by default), place, batch number, who gave it, and whether it is copied
 * from the child's card (history). The store decides: a dose the
 * schedule would not count is refused with the rule in plain words and
 * the form keeps everything typed; a history dose is stored and the
 * status line says when it is invalid.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/schedule.h"
#include "core/validate.h"
#include "store/immunisation.h"
#include "ui/app.h"
#include "ui/dialog.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

enum {
	REC_ANTIGEN,
	REC_DATE,
	REC_PLACE,
	REC_BATCH,
	REC_BY,
	REC_HISTORY,
	REC_N
};

/*
 * The form of the date, with the same words as every date field ("there
 * is no day 31 in 02-2025"); the store then refuses a date before birth
 * or after today, naming the field.
 */
static int
imm_record_check_date(const char *text, char **cause)
{
	static const struct date first = {1900, 1, 1}, last = {9999, 12, 31};
	struct date d;

	return validate_date_range(text, first, last, &d, cause);
}

static int
imm_record_check_by(const char *text, char **cause)
{
	char *clean = NULL;
	int rc = validate_name(text, &clean, cause);

	free(clean);
	return rc;
}

static const struct field_choice imm_record_places[] = {
	{"posyandu", MSG_IMM_PLACE_POSYANDU, NULL},
	{"pustu", MSG_IMM_PLACE_PUSTU, NULL},
	{"puskesmas", MSG_IMM_PLACE_PUSKESMAS, NULL},
	{"faskes_lain", MSG_IMM_PLACE_OTHER, NULL},
	{NULL, 0, NULL},
};

static const struct field_choice imm_record_yes_no[] = {
	{"0", MSG_NO, NULL},
	{"1", MSG_YES, NULL},
	{NULL, 0, NULL},
};

static const struct field_spec imm_record_fields[REC_N] = {
	{"antigen", MSG_UI_IMM_F_ANTIGEN, FIELD_CHOICE, 0, 40, 1, NULL, NULL,
	 MSG_UI_IMM_F_ANTIGEN_HELP},
	{"date", MSG_UI_IMM_F_DATE, FIELD_TEXT, 10, 12, 1, NULL,
	 imm_record_check_date, MSG_UI_IMM_F_DATE_HELP},
	{"place", MSG_UI_IMM_F_PLACE, FIELD_CHOICE, 0, 20, 1, imm_record_places,
	 NULL, MSG_UI_IMM_F_PLACE_HELP},
	{"batch", MSG_UI_IMM_F_BATCH, FIELD_TEXT, IMM_BATCH_MAX, 20, 0, NULL,
	 imm_batch_check, MSG_UI_IMM_F_BATCH_HELP},
	{"given_by", MSG_UI_IMM_F_GIVEN_BY, FIELD_TEXT, IMM_GIVEN_BY_MAX, 30, 0,
	 NULL, imm_record_check_by, MSG_UI_IMM_F_GIVEN_BY_HELP},
	{"history", MSG_UI_IMM_F_HISTORY, FIELD_CHOICE, 0, 10, 1,
	 imm_record_yes_no, NULL, MSG_UI_IMM_F_HISTORY_HELP},
};

struct imm_record {
	struct form form; /* first: the shared cursor and dirty callbacks */
	struct field_spec spec[REC_N];
	struct field_choice *antigens;
	char **labels; /* the antigens' texts */
	size_t nantigens;
	struct imm_form_arg *arg;
	struct imm_card card;
	int found;
	char *refusal; /* the store's last refusal, shown whole */
	/* One key for every attempt to save this dose. */
	char save_key[STORE_SAVE_KEY_LEN];
};

/* The antigens that fit the person: the child's, Td, or all. */
static int
imm_record_offers(const struct schedule *s, const struct imm_card *c,
		  struct date today, size_t a)
{
	int child = imm_card_is_child(s, c, today);
	int wus = imm_card_is_wus(s, c, today);

	if (s->antigens[a].kind == SCHEDULE_FOR_WUS)
		return wus || !child;
	return s->antigens[a].enabled && (child || !wus);
}

static void
imm_record_choices(struct imm_record *r, struct app *app)
{
	const struct schedule *s = app_settings(app)->schedule;
	size_t i, n = 0;

	r->antigens = xcalloc(s->n_antigens + 1, sizeof *r->antigens);
	r->labels = xcalloc(s->n_antigens + 1, sizeof *r->labels);
	for (i = 0; i < s->n_antigens; i++) {
		if (r->found &&
		    !imm_record_offers(s, &r->card, app_today(app), i))
			continue;
		r->labels[n] = xasprintf("%s - %s", s->antigens[i].code,
					 s->antigens[i].name);
		r->antigens[n].code = s->antigens[i].code;
		r->antigens[n].text = r->labels[n];
		n++;
	}
	r->nantigens = n;
}

static void
imm_record_enter(struct screen *s, struct app *app, void *arg)
{
	struct imm_record *r = xcalloc(1, sizeof *r);
	const struct store_actor *a = store_actor(app_store(app));
	char *cause = NULL, today[DATE_ISO_LEN];
	int rc;

	r->arg = arg;
	store_new_save_key(r->save_key);
	rc = store_imm_card(app_store(app), r->arg->person_id, &r->card,
			    &cause);
	r->found = rc > 0;
	if (rc <= 0)
		app_status_take(app, APP_MSG_ERROR,
				rc < 0 ? cause
				       : xstrdup(tr(MSG_IMM_NO_PERSON)));
	imm_record_choices(r, app);
	memcpy(r->spec, imm_record_fields, sizeof r->spec);
	r->spec[REC_ANTIGEN].choices = r->antigens;
	form_init(&r->form, r->spec, REC_N);
	if (r->arg->antigen != NULL)
		form_set(&r->form, REC_ANTIGEN, r->arg->antigen);
	form_set(&r->form, REC_DATE, date_format_ui(app_today(app), today));
	if (a != NULL && a->role != ROLE_KADER)
		form_set(&r->form, REC_BY, a->full_name);
	/* the antigen is chosen; the date is what is usually typed */
	r->form.focus = r->nantigens > 0 ? REC_ANTIGEN : REC_DATE;
	s->state = r;
}

void
imm_form_arg_free(struct imm_form_arg *a)
{
	if (a == NULL)
		return;
	free(a->person_id);
	free(a->antigen);
	free(a->dose_id);
	free(a->summary);
	free(a);
}

static void
imm_record_leave(struct screen *s, struct app *app)
{
	struct imm_record *r = s->state;
	size_t i;

	(void)app;
	form_done(&r->form);
	for (i = 0; i < r->nantigens; i++)
		free(r->labels[i]);
	free(r->labels);
	free(r->antigens);
	imm_card_free(&r->card);
	imm_form_arg_free(r->arg);
	free(r->refusal);
	free(r);
}

static void
imm_record_draw(struct screen *s, struct app *app)
{
	struct imm_record *r = s->state;
	int y = app_body_top(app) + 1;
	char dob[DATE_ISO_LEN];

	if (!r->found) {
		draw_text(y, 4, COLS - 8, tr(MSG_IMM_NO_PERSON),
			  app_attr(app, APP_ATTR_ERROR), 0);
		return;
	}
	draw_textf(y, 4, COLS - 8, app_attr(app, APP_ATTR_HEADING),
		   MSG_UI_IMM_REC_HEADING, r->card.person.name,
		   date_format_ui(r->card.person.dob, dob));
	form_draw(app, &r->form, y + 2, 4, COLS - 8, y + 2 + REC_N + 1);
	/* the status line holds one line; a rule can need more */
	if (r->refusal != NULL)
		draw_wrapped(y + 2 + REC_N + 4, 4, COLS - 8, 0, 4, r->refusal,
			     app_attr(app, APP_ATTR_ERROR));
}

/* After saving: how the schedule counts the new dose, in words. */
static char *
imm_record_verdict(struct app *app, const char *person_id, const char *id)
{
	const struct schedule *s = app_settings(app)->schedule;
	struct dose_given g[SCHEDULE_MAX_GIVEN];
	size_t map[SCHEDULE_MAX_GIVEN], n, i;
	struct schedule_result *r = xmalloc(sizeof *r);
	struct schedule_td_result *td = xmalloc(sizeof *td);
	char why[SCHEDULE_TEXT_MAX] = "", *cause = NULL;
	struct imm_card c;
	int k = schedule_antigen_of_kind(s, SCHEDULE_FOR_WUS);

	if (store_imm_card(app_store(app), person_id, &c, &cause) > 0) {
		imm_card_given(s, &c, g, map, SCHEDULE_MAX_GIVEN, &n);
		(void)schedule_evaluate(s, c.person.dob, app_today(app), g, n,
					r);
		for (i = 0; i < r->n_targets; i++)
			if (r->targets[i].has_given &&
			    str_eq(c.doses[map[r->targets[i].given_index]].id,
				   id))
				schedule_explain_target(s, r, i, why,
							sizeof why);
		for (i = 0; i < r->n_doses; i++)
			if (str_eq(c.doses[map[r->doses[i].given_index]].id,
				   id))
				schedule_explain_dose(s, r, i, why, sizeof why);
		if (k >= 0 &&
		    schedule_td_evaluate(s, k, app_today(app), g, n, td) == 0)
			for (i = 0; i < td->n_doses; i++)
				if (str_eq(c.doses[map[td->doses[i]
							       .given_index]]
						   .id,
					   id))
					schedule_td_explain_dose(s, td, i, why,
								 sizeof why);
		imm_card_free(&c);
	}
	free(cause);
	free(r);
	free(td);
	return xstrdup(why);
}

static int
imm_record_field(enum imm_field f)
{
	switch (f) {
	case IMM_FIELD_ANTIGEN:
		return REC_ANTIGEN;
	case IMM_FIELD_PLACE:
		return REC_PLACE;
	case IMM_FIELD_BATCH:
		return REC_BATCH;
	case IMM_FIELD_GIVEN_BY:
		return REC_BY;
	default:
		return REC_DATE;
	}
}

static void
imm_record_submit(struct imm_record *r, struct app *app)
{
	struct imm_policy pol;
	struct imm_new in;
	enum imm_field field = IMM_FIELD_NONE;
	char *cause = NULL, id[37], day[DATE_ISO_LEN], *verdict;

	if (!r->found || form_validate(&r->form, app) < 0)
		return;
	memset(&in, 0, sizeof in);
	if (validate_date(form_get(&r->form, REC_DATE), app_today(app),
			  &in.date, &cause) < 0) {
		form_fail(&r->form, app, REC_DATE, cause);
		return;
	}
	pol.schedule = app_settings(app)->schedule;
	pol.today = app_today(app);
	pol.kader_may_record = app_settings(app)->kader_may_record;
	in.person_id = r->arg->person_id;
	in.antigen = r->nantigens > 0 ? form_get(&r->form, REC_ANTIGEN) : "";
	(void)imm_place_parse(form_get(&r->form, REC_PLACE), &in.place);
	in.batch = form_get(&r->form, REC_BATCH);
	in.given_by = form_get(&r->form, REC_BY);
	in.history = str_eq(form_get(&r->form, REC_HISTORY), "1");
	in.save_key = r->save_key;
	free(r->refusal);
	r->refusal = NULL;
	if (store_imm_record(app_store(app), &pol, &in, id, &field, &cause) <
	    0) {
		r->refusal = xstrdup(cause);
		form_fail(&r->form, app, imm_record_field(field), cause);
		return;
	}
	verdict = imm_record_verdict(app, in.person_id, id);
	app_statusf(app, APP_MSG_OK, MSG_UI_IMM_REC_DONE, in.antigen,
		    date_format_ui(in.date, day), verdict);
	free(verdict);
	app_pop(app);
}

static enum screen_result
imm_record_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct imm_record *r = s->state;

	switch (form_key(&r->form, app, k)) {
	case FORM_KEY_SUBMIT:
		imm_record_submit(r, app);
		return SCREEN_HANDLED;
	case FORM_KEY_USED:
		return SCREEN_HANDLED;
	default:
		if (!k->fn && k->ch == 27) {
			dialog_leave_form(app, r->form.dirty);
			return SCREEN_HANDLED;
		}
		return SCREEN_IGNORED;
	}
}

static void
imm_record_cursor(struct screen *s, struct app *app, int *y, int *x)
{
	struct imm_record *r = s->state;

	(void)app;
	form_cursor(&r->form, y, x);
}

static int
imm_record_dirty(struct screen *s)
{
	struct imm_record *r = s->state;

	return r->form.dirty;
}

static const struct keyhint imm_record_keys[] = {
	{"F2/^S", MSG_UI_KEY_SAVE},
	{"Tab", MSG_UI_KEY_NEXT_FIELD},
	{"Esc", MSG_UI_KEY_CANCEL},
	{NULL, 0},
};

const struct screen_ops screen_imm_record = {
	.name = "imm-record",
	.enter = imm_record_enter,
	.leave = imm_record_leave,
	.draw = imm_record_draw,
	.key = imm_record_key,
	.dirty = imm_record_dirty,
	.cursor = imm_record_cursor,
	.title = MSG_UI_IMM_REC_TITLE,
	.help = MSG_UI_IMM_REC_HELP,
	.keys = imm_record_keys,
};
