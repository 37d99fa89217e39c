/*
 * screens/imm_card: the immunisation card of one person, like the Buku
 * KIA page. For a child: every target dose of the schedule with its
 * state, the date given, the earliest and the recommended date; then the
 * doses that satisfied nothing (invalid, extra), the voided doses, IDL
 * and IBL. For a woman of 15-49 or a pregnant woman: the Td status and
 * her Td doses. The rule behind the selected line is always shown under
 * the list (core/schedule explains it); Enter adds the dose's details.
 * 't' records a dose, 'b' voids one (nakes), both through the store.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/schedule.h"
#include "store/immunisation.h"
#include "ui/app.h"
#include "ui/dialog.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

#include "imm_card.h"

static const struct schedule *
card_schedule(struct app *app)
{
	return app_settings(app)->schedule;
}

static void
card_add(struct card *c, enum card_line_kind kind, size_t i)
{
	if (c->nlines == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 32;
		c->lines = xreallocarray(c->lines, c->cap, sizeof *c->lines);
	}
	c->lines[c->nlines].kind = kind;
	c->lines[c->nlines].i = i;
	c->nlines++;
}

/* Evaluates the card and lays out its lines. */
static void
card_build(struct card *c, struct app *app)
{
	const struct schedule *s = card_schedule(app);
	struct date today = app_today(app);
	int td = schedule_antigen_of_kind(s, SCHEDULE_FOR_WUS);
	size_t i;

	c->nlines = 0;
	imm_card_given(s, &c->card, c->given, c->map, SCHEDULE_MAX_GIVEN,
		       &c->ngiven);
	c->child = imm_card_is_child(s, &c->card, today);
	c->wus = td >= 0 && imm_card_is_wus(s, &c->card, today);
	if (c->child) {
		(void)schedule_evaluate(s, c->card.person.dob, today, c->given,
					c->ngiven, c->r);
		for (i = 0; i < c->r->n_targets; i++)
			card_add(c, LINE_TARGET, i);
		for (i = 0; i < c->r->n_doses; i++)
			card_add(c, LINE_DOSE, i);
	}
	if (c->wus) {
		(void)schedule_td_evaluate(s, td, today, c->given, c->ngiven,
					   c->td);
		card_add(c, LINE_TD_STATUS, 0);
		for (i = 0; i < c->td->n_doses; i++)
			card_add(c, LINE_TD_DOSE, i);
	}
	if (!c->child && !c->wus)
		card_add(c, LINE_NOTE, 0);
	for (i = 0; i < c->card.n; i++)
		if (c->card.doses[i].voided)
			card_add(c, LINE_VOIDED, i);
	if (c->child) {
		card_add(c, LINE_IDL, 0);
		card_add(c, LINE_IBL, 0);
	}
	list_set_count(&c->list, (int)c->nlines);
}

static void
card_load(struct card *c, struct app *app)
{
	char *cause = NULL;
	int rc;

	imm_card_free(&c->card);
	rc = store_imm_card(app_store(app), c->person_id, &c->card, &cause);
	c->found = rc > 0;
	if (rc < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	else if (rc == 0)
		app_status(app, APP_MSG_ERROR, tr(MSG_IMM_NO_PERSON));
	if (c->found)
		card_build(c, app);
	else
		list_set_count(&c->list, 0);
}

static void
card_enter(struct screen *s, struct app *app, void *arg)
{
	struct card *c = xcalloc(1, sizeof *c);

	c->person_id = arg;
	c->r = xcalloc(1, sizeof *c->r);
	c->td = xcalloc(1, sizeof *c->td);
	list_init(&c->list, 0);
	card_load(c, app);
	s->state = c;
}

static void
card_leave(struct screen *s, struct app *app)
{
	struct card *c = s->state;

	(void)app;
	imm_card_free(&c->card);
	free(c->person_id);
	free(c->r);
	free(c->td);
	free(c->lines);
	free(c);
}

static void
card_resume(struct screen *s, struct app *app)
{
	struct card *c = s->state;
	int sel = c->list.sel;

	card_load(c, app);
	if (sel >= 0 && sel < (int)c->nlines)
		c->list.sel = sel;
}

const struct imm_dose *
imm_card_screen_dose(const struct card *c, const struct card_line *l)
{
	size_t k;

	switch (l->kind) {
	case LINE_TARGET:
		if (!c->r->targets[l->i].has_given)
			return NULL;
		k = c->r->targets[l->i].given_index;
		break;
	case LINE_DOSE:
		k = c->r->doses[l->i].given_index;
		break;
	case LINE_TD_DOSE:
		k = c->td->doses[l->i].given_index;
		break;
	case LINE_VOIDED:
		return &c->card.doses[l->i];
	default:
		return NULL;
	}
	return &c->card.doses[c->map[k]];
}

/* ---- drawing --------------------------------------------------------- */

static int
card_status_attr(struct app *app, enum schedule_status st)
{
	switch (st) {
	case SCHEDULE_DUE:
		return app_attr(app, APP_ATTR_OK);
	case SCHEDULE_LATE:
	case SCHEDULE_CATCHUP:
	case SCHEDULE_INVALID:
		return app_attr(app, APP_ATTR_ERROR);
	case SCHEDULE_EXPIRED:
	case SCHEDULE_UPCOMING:
		return app_attr(app, APP_ATTR_DIM);
	default:
		return A_NORMAL;
	}
}

/* The columns of a dose line; NULL or missing dates stay empty. */
static void
card_columns(int y, int x, int w, int attr, const char *name,
	     const char *status, int status_attr, const struct date *given,
	     const struct date *earliest, const struct date *rec,
	     const char *note)
{
	char d[DATE_ISO_LEN];

	draw_text(y, x, 6, name, attr, 0);
	draw_text(y, x + 7, 20, status, attr | status_attr, 0);
	if (given != NULL)
		draw_text(y, x + 28, 10, date_format_ui(*given, d), attr, 0);
	if (earliest != NULL)
		draw_text(y, x + 39, 10, date_format_ui(*earliest, d), attr, 0);
	if (rec != NULL)
		draw_text(y, x + 50, 10, date_format_ui(*rec, d), attr, 0);
	if (note != NULL && w > 61)
		draw_text(y, x + 61, w - 61, note, attr, 0);
}

/* "Posyandu, kartu": where a dose was given and whether it was copied. */
static char *
card_note(const struct imm_dose *d)
{
	if (d == NULL)
		return xstrdup("");
	return xasprintf("%s%s%s", imm_place_name(d->place),
			 d->history ? "/" : "",
			 d->history ? tr(MSG_UI_IMM_HISTORY) : "");
}

static void
card_draw_target(struct card *c, struct app *app, const struct card_line *l,
		 int y, int x, int w, int attr)
{
	const struct schedule *s = card_schedule(app);
	const struct schedule_target_result *t = &c->r->targets[l->i];
	char status[64], *note = card_note(imm_card_screen_dose(c, l));

	if (t->status == SCHEDULE_VALID)
		snprintf(status, sizeof status, "%s (%s)",
			 schedule_status_name(t->status),
			 schedule_timing_code(t->timing));
	else
		str_copy(status, schedule_status_name(t->status),
			 sizeof status);
	card_columns(y, x, w, attr, s->targets[t->target].name, status,
		     card_status_attr(app, t->status),
		     t->has_given ? &t->given : NULL, &t->earliest,
		     &t->recommended, note);
	free(note);
}

static void
card_draw_dose(struct card *c, struct app *app, const struct card_line *l,
	       int y, int x, int w, int attr)
{
	const struct schedule *s = card_schedule(app);
	const struct schedule_dose_result *d =
		l->kind == LINE_DOSE ? &c->r->doses[l->i] : &c->td->doses[l->i];
	const char *name = s->antigens[d->antigen].code;
	char *note = card_note(imm_card_screen_dose(c, l));

	if (l->kind == LINE_TD_DOSE && d->status == SCHEDULE_VALID)
		name = s->targets[d->target].name;
	card_columns(y, x, w, attr, name, schedule_status_name(d->status),
		     card_status_attr(app, d->status), &d->date, NULL, NULL,
		     note);
	free(note);
}

/* IDL or IBL: complete (and when), or not yet. */
static void
card_draw_group(const struct card *c, const struct card_line *l, int y, int x,
		int w, int attr)
{
	int idl = l->kind == LINE_IDL;
	char day[DATE_ISO_LEN];
	char *text;

	if (!(idl ? c->r->idl_complete : c->r->ibl_complete))
		text = xstrdup(tr(MSG_UI_IMM_IDL_NOT));
	else if (idl)
		text = trf(c->r->idl_before_12m ? MSG_UI_IMM_IDL_DONE_12
						: MSG_UI_IMM_IDL_DONE,
			   date_format_ui(c->r->idl_date, day));
	else
		text = xstrdup(tr(MSG_UI_IMM_IBL_DONE));
	draw_text(y, x, 6, idl ? "IDL" : "IBL", attr | A_BOLD, 0);
	draw_text(y, x + 7, w - 7, text, attr, 0);
	free(text);
}

static void
card_row(struct app *app, void *ctx, int row, int y, int x, int w, int selected)
{
	struct card *c = ctx;
	const struct card_line *l = &c->lines[row];
	int attr = selected ? app_attr(app, APP_ATTR_SELECTED) : (int)A_NORMAL;
	const struct imm_dose *d;
	char *text;

	switch (l->kind) {
	case LINE_TARGET:
		card_draw_target(c, app, l, y, x, w, attr);
		break;
	case LINE_DOSE:
	case LINE_TD_DOSE:
		card_draw_dose(c, app, l, y, x, w, attr);
		break;
	case LINE_VOIDED:
		d = &c->card.doses[l->i];
		card_columns(y, x, w, attr, d->antigen, tr(MSG_UI_IMM_VOIDED),
			     app_attr(app, APP_ATTR_DIM), &d->date, NULL, NULL,
			     d->void_reason);
		break;
	case LINE_IDL:
	case LINE_IBL:
		card_draw_group(c, l, y, x, w, attr);
		break;
	case LINE_TD_STATUS:
		text = imm_card_rule_text(c, app, l);
		draw_textf(y, x, w, attr | A_BOLD, MSG_UI_IMM_TD_HEADING, text);
		free(text);
		break;
	case LINE_NOTE:
		draw_text(y, x, w, tr(MSG_UI_IMM_NO_SCHEDULE), attr, 0);
		break;
	}
}

static void
card_draw_header(struct card *c, struct app *app, int y)
{
	const struct imm_person *p = &c->card.person;
	char dob[DATE_ISO_LEN], age[32];
	char *line;

	imm_age_words(p->dob, app_today(app), age, sizeof age);
	draw_textf(y, 1, COLS - 2, app_attr(app, APP_ATTR_HEADING),
		   MSG_UI_IMM_CARD_PERSON, p->name, p->sex == 'P' ? "P" : "L",
		   date_format_ui(p->dob, dob),
		   p->dob_estimated ? tr(MSG_UI_IMM_CARD_ESTIMATED) : "", age);
	/* the mother matters on a child's card */
	line = c->child && p->mother_name[0] != '\0'
		       ? trf(MSG_UI_IMM_CARD_MOTHER, p->mother_name)
		       : xstrdup("");
	{
		char *where = trf(MSG_UI_IMM_CARD_WHERE, p->address,
				  p->posyandu_name);
		char *all = xasprintf("%s%s%s%s%s", line, line[0] ? "; " : "",
				      where, p->active ? "" : "; ",
				      p->active ? ""
						: tr(MSG_UI_IMM_CARD_INACTIVE));

		draw_text(y + 1, 1, COLS - 2, all,
			  p->active ? (int)A_NORMAL
				    : app_attr(app, APP_ATTR_ERROR),
			  0);
		free(all);
		free(where);
	}
	free(line);
}

static void
card_draw(struct screen *s, struct app *app)
{
	struct card *c = s->state;
	int y = app_body_top(app) + 1, h = app_body_height(app) - 7;
	char *rule;

	if (!c->found) {
		draw_text(y, 2, COLS - 4, tr(MSG_IMM_NO_PERSON),
			  app_attr(app, APP_ATTR_ERROR), 0);
		return;
	}
	card_draw_header(c, app, y);
	draw_text(y + 2, 1, COLS - 2, tr(MSG_UI_IMM_CARD_HEAD),
		  app_attr(app, APP_ATTR_HEADING), 0);
	list_draw(app, &c->list, y + 3, 1, h, COLS - 2, card_row, c);
	draw_hline(app, y + 3 + h, 1, COLS - 2);
	if (c->list.sel >= 0) {
		rule = imm_card_rule_text(c, app, &c->lines[c->list.sel]);
		draw_wrapped(y + 4 + h, 1, COLS - 2, 0, 2, rule, A_NORMAL);
		free(rule);
	}
}

/* ---- keys ------------------------------------------------------------ */

/* The antigen of a line, to offer first when recording. */
static const char *
card_line_antigen(const struct card *c, struct app *app,
		  const struct card_line *l)
{
	const struct schedule *s = card_schedule(app);

	switch (l->kind) {
	case LINE_TARGET:
		return s->antigens[s->targets[c->r->targets[l->i].target]
					   .antigen]
			.code;
	case LINE_DOSE:
		return s->antigens[c->r->doses[l->i].antigen].code;
	case LINE_TD_STATUS:
	case LINE_TD_DOSE:
		return s->antigens[c->td->antigen].code;
	default:
		return NULL;
	}
}

static void
card_record(struct card *c, struct app *app)
{
	struct store *st = app_store(app);
	const struct store_actor *a = store_actor(st);
	struct imm_form_arg *arg;
	const char *ag = NULL;

	if (!store_can(st, PERM_RECORD_DOSE) ||
	    (a->role == ROLE_KADER && !app_settings(app)->kader_may_record)) {
		app_status(app, APP_MSG_ERROR, tr(MSG_IMM_KADER_MAY_NOT));
		return;
	}
	if (c->list.sel >= 0)
		ag = card_line_antigen(c, app, &c->lines[c->list.sel]);
	arg = xcalloc(1, sizeof *arg);
	arg->person_id = xstrdup(c->person_id);
	arg->antigen = ag != NULL ? xstrdup(ag) : NULL;
	app_push(app, &screen_imm_record, arg);
}

static void
card_void(struct card *c, struct app *app)
{
	const struct imm_dose *d;
	struct imm_form_arg *arg;
	char day[DATE_ISO_LEN];

	if (!store_can(app_store(app), PERM_VOID_RECORD)) {
		app_statusf(app, APP_MSG_ERROR, MSG_DB_DENIED,
			    role_code(store_actor(app_store(app))->role));
		return;
	}
	d = c->list.sel >= 0 ? imm_card_screen_dose(c, &c->lines[c->list.sel])
			     : NULL;
	if (d == NULL) {
		app_status(app, APP_MSG_ERROR, tr(MSG_UI_IMM_NOT_A_DOSE));
		return;
	}
	if (d->voided) {
		app_status(app, APP_MSG_ERROR, tr(MSG_UI_IMM_ALREADY_VOIDED));
		return;
	}
	arg = xcalloc(1, sizeof *arg);
	arg->person_id = xstrdup(c->person_id);
	arg->dose_id = xstrdup(d->id);
	arg->version = d->version;
	arg->summary =
		trf(MSG_UI_IMM_DOSE_SUMMARY, d->antigen,
		    date_format_ui(d->date, day), imm_place_name(d->place));
	app_push(app, &screen_imm_void, arg);
}

static enum screen_result
card_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct card *c = s->state;

	if (list_key(&c->list, k))
		return SCREEN_HANDLED;
	if (k->fn && k->code == KEY_ENTER) {
		if (c->found && c->list.sel >= 0)
			imm_card_rule_details(c, app, &c->lines[c->list.sel]);
		return SCREEN_HANDLED;
	}
	if (k->fn || !c->found)
		return SCREEN_IGNORED;
	switch (k->ch) {
	case 't':
		card_record(c, app);
		return SCREEN_HANDLED;
	case 'b':
		card_void(c, app);
		return SCREEN_HANDLED;
	case 'r':
		card_resume(s, app);
		return SCREEN_HANDLED;
	case 'q':
		app_pop(app);
		return SCREEN_HANDLED;
	default:
		return SCREEN_IGNORED;
	}
}

static const struct keyhint card_keys[] = {
	{"Enter", MSG_UI_KEY_RULE}, {"t", MSG_UI_KEY_RECORD},
	{"b", MSG_UI_KEY_VOID},     {"r", MSG_UI_KEY_RELOAD},
	{"Esc", MSG_UI_KEY_BACK},   {NULL, 0},
};

const struct screen_ops screen_imm_card = {
	.name = "imm-card",
	.enter = card_enter,
	.leave = card_leave,
	.draw = card_draw,
	.key = card_key,
	.resume = card_resume,
	.title = MSG_UI_IMM_CARD_TITLE,
	.help = MSG_UI_IMM_CARD_HELP,
	.keys = card_keys,
};
