/*
 * screens/ptm: the PTM measurements of ILP.md §6.3 for anyone 15 or
 * older -- blood pressure, glucose (random or fasting), weight and
 * height (BMI) and waist. Each category shows as soon as the numbers are
 * typed; implausible values are refused with their range when the field
 * is left and again on save. What was measured is saved as one event per
 * kind, with one referral when any result calls for it.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "store/screening.h"
#include "ui/app.h"
#include "ui/dialog.h"
#include "ui/draw.h"
#include "ui/qform.h"
#include "ui/screens.h"
#include "ui/scrui.h"
#include "util.h"

enum {
	PTM_ON,
	PTM_SYS,
	PTM_DIA,
	PTM_GLU_KIND,
	PTM_GLU,
	PTM_WEIGHT,
	PTM_HEIGHT,
	PTM_WAIST,
	PTM_DEST,
	PTM_FIELDS
};

/* Rows of the form: the two choices list their options below them. */
#define PTM_ROWS (PTM_FIELDS + 2)

/* The number fields and what they hold. */
static const struct {
	int field;
	enum msg_id question;
	enum screening_input in;
} ptm_numbers[] = {
	{PTM_SYS, MSG_SCRU_PTM_SYS, SCREENING_IN_SYSTOLIC},
	{PTM_DIA, MSG_SCRU_PTM_DIA, SCREENING_IN_DIASTOLIC},
	{PTM_GLU, MSG_SCRU_PTM_GLU, SCREENING_IN_GLUCOSE},
	{PTM_WEIGHT, MSG_SCRU_PTM_WEIGHT, SCREENING_IN_WEIGHT},
	{PTM_HEIGHT, MSG_SCRU_PTM_HEIGHT, SCREENING_IN_HEIGHT},
	{PTM_WAIST, MSG_SCRU_PTM_WAIST, SCREENING_IN_WAIST},
};

struct ptm {
	struct scrui_form h;
	struct qfield f[PTM_FIELDS];
	struct qform q;
	const char *glu_kinds[3];
};

static enum screening_input
ptm_input(int field)
{
	size_t i;

	for (i = 0; i < ILP_ARRAY_LEN(ptm_numbers); i++)
		if (ptm_numbers[i].field == field)
			return ptm_numbers[i].in;
	return SCREENING_INPUT_COUNT;
}

static int
ptm_blank(struct ptm *s, int field)
{
	const char *t = qform_text(&s->q, field);

	while (*t == ' ')
		t++;
	return *t == '\0';
}

/* Parses a field: 1 with *v, 0 when blank, -1 with *err. */
static int
ptm_value(struct ptm *s, int field, long *v, char **err)
{
	if (ptm_blank(s, field))
		return 0;
	if (screening_input_parse(s->h.cfg, ptm_input(field),
				  qform_text(&s->q, field), v, err) < 0)
		return -1;
	return 1;
}

static int
ptm_check(void *ctx, int field, const char *text, char **cause)
{
	struct ptm *s = ctx;
	long v, sys;
	char *err = NULL;

	if (field == PTM_ON)
		return scrui_form_check_date(&s->h, text, cause);
	if (screening_input_parse(s->h.cfg, ptm_input(field), text, &v, cause) <
	    0)
		return -1;
	if (field == PTM_DIA && ptm_value(s, PTM_SYS, &sys, &err) > 0 &&
	    sys <= v) {
		*cause = trf(MSG_SCR_ERR_BP_ORDER, sys, v);
		return -1;
	}
	free(err);
	return 0;
}

static void
ptm_enter(struct screen *scr, struct app *app, void *arg)
{
	struct ptm *s = xcalloc(1, sizeof *s);
	size_t i;

	scrui_form_open(&s->h, app, arg, SCREENING_BP);
	scr->state = s;
	scrui_date_field(&s->f[PTM_ON]);
	for (i = 0; i < ILP_ARRAY_LEN(ptm_numbers); i++) {
		struct qfield *f = &s->f[ptm_numbers[i].field];

		f->kind = QFIELD_NUMBER;
		f->question = tr(ptm_numbers[i].question);
		f->maxlen = 7;
	}
	s->glu_kinds[0] = tr(MSG_SCRA_RANDOM);
	s->glu_kinds[1] = tr(MSG_SCRA_FASTING);
	s->glu_kinds[2] = NULL;
	s->f[PTM_GLU_KIND].kind = QFIELD_CHOICE;
	s->f[PTM_GLU_KIND].question = tr(MSG_SCRU_PTM_GLU_KIND);
	s->f[PTM_GLU_KIND].choices = s->glu_kinds;
	s->f[PTM_DEST].kind = QFIELD_CHOICE;
	s->f[PTM_DEST].question = tr(MSG_SCRU_DEST);
	s->f[PTM_DEST].choices = scrui_dest_choices();
	qform_init(&s->q, s->f, PTM_FIELDS, 16);
	s->q.check = ptm_check;
	s->q.ctx = s;
	scrui_date_today(app, &s->q, PTM_ON);
	s->f[PTM_GLU_KIND].value = 0;
	s->f[PTM_DEST].value = 0;
	scrui_form_load(&s->h, app);
}

static void
ptm_leave(struct screen *scr, struct app *app)
{
	struct ptm *s = scr->state;

	(void)app;
	qform_done(&s->q);
	scrui_form_done(&s->h);
	free(s);
}

static int
ptm_dirty(struct screen *scr)
{
	return ((struct ptm *)scr->state)->q.dirty;
}

/*
 * Builds the answers of one kind from the fields. Returns 1 with *a, 0
 * when nothing of that kind was typed, -1 with *err (and *field, the
 * field to fix) when it is incomplete or implausible.
 */
static int
ptm_kind(struct ptm *s, enum screening_kind kind, struct screening_answers *a,
	 int *field, char **err)
{
	static const struct {
		enum screening_kind kind;
		int f1, f2;
	} groups[] = {
		{SCREENING_BP, PTM_SYS, PTM_DIA},
		{SCREENING_GLUCOSE, PTM_GLU, -1},
		{SCREENING_BMI, PTM_WEIGHT, PTM_HEIGHT},
		{SCREENING_WAIST, PTM_WAIST, -1},
	};
	long v[2] = {0, 0};
	int got[2] = {0, 0}, i, j, f;

	for (i = 0; i < (int)ILP_ARRAY_LEN(groups) && groups[i].kind != kind;
	     i++)
		;
	for (j = 0; j < 2; j++) {
		f = j == 0 ? groups[i].f1 : groups[i].f2;
		if (f < 0)
			continue;
		*field = f;
		got[j] = ptm_value(s, f, &v[j], err);
		if (got[j] < 0)
			return -1;
	}
	if (!got[0] && !got[1])
		return 0;
	if (groups[i].f2 >= 0 && got[0] != got[1]) {
		*field = got[0] ? groups[i].f2 : groups[i].f1;
		*err = trf(MSG_SCRU_PTM_NEED, s->f[*field].question);
		return -1;
	}
	*field = groups[i].f2 >= 0 ? groups[i].f2 : groups[i].f1;
	screening_answers_init(a, kind);
	switch (kind) {
	case SCREENING_BP:
		a->u.bp.systolic = v[0];
		a->u.bp.diastolic = v[1];
		break;
	case SCREENING_GLUCOSE:
		a->u.glucose.kind = s->f[PTM_GLU_KIND].value == 1
					    ? SCREENING_GLUCOSE_FASTING
					    : SCREENING_GLUCOSE_RANDOM;
		a->u.glucose.mg_dl = v[0];
		break;
	case SCREENING_BMI:
		a->u.bmi.weight10 = v[0];
		a->u.bmi.height10 = v[1];
		break;
	default:
		a->u.waist.sex = s->h.p.sex;
		a->u.waist.waist10 = v[0];
		break;
	}
	return 1;
}

static const enum screening_kind ptm_kinds[] = {SCREENING_BP, SCREENING_GLUCOSE,
						SCREENING_BMI, SCREENING_WAIST};

/* One live line: the category as soon as it can be known. */
static char *
ptm_live(struct ptm *s, enum screening_kind kind, int *attr, struct app *app)
{
	struct screening_answers a;
	struct screening_eval e;
	char value[128], *err = NULL, *line;
	int field, rc = ptm_kind(s, kind, &a, &field, &err);

	*attr = A_NORMAL;
	if (rc == 0)
		return xstrdup("-");
	if (rc > 0 && screening_answers_eval(s->h.cfg, &a, &e, &err) == 0) {
		screening_answers_value(&a, &e, value, sizeof value);
		if (e.result.outcome == SCREENING_REFER)
			*attr = app_attr(app, APP_ATTR_ERROR);
		else if (e.result.outcome == SCREENING_FOLLOW_UP)
			*attr = A_BOLD;
		return trf(MSG_SCRU_PTM_LIVE, value, e.result.text,
			   screening_outcome_name(e.result.outcome));
	}
	*attr = app_attr(app, APP_ATTR_DIM);
	line = err;
	return line != NULL ? line : xstrdup("?");
}

static void
ptm_draw(struct screen *scr, struct app *app)
{
	struct ptm *s = scr->state;
	int y = app_body_top(app) + 1, i, attr;

	if (!s->h.loaded)
		return;
	scrui_person_line(app, &s->h.p, y);
	draw_wrapped(y + 1, 2, COLS - 4, 0, 2, tr(MSG_SCRU_PTM_INTRO),
		     app_attr(app, APP_ATTR_DIM));
	qform_draw(app, &s->q, y + 4, 2, PTM_ROWS, 60);
	for (i = 0; i < (int)ILP_ARRAY_LEN(ptm_kinds); i++) {
		char *line = ptm_live(s, ptm_kinds[i], &attr, app);

		draw_text(y + 4 + PTM_ROWS + i, 2, 16,
			  scrui_kind_short(ptm_kinds[i]), A_BOLD, 0);
		draw_text(y + 4 + PTM_ROWS + i, 18, COLS - 20, line, attr, 0);
		free(line);
	}
}

static void
ptm_cursor(struct screen *scr, struct app *app, int *y, int *x)
{
	(void)app;
	qform_cursor(&((struct ptm *)scr->state)->q, y, x);
}

static void
ptm_save(struct ptm *s, struct app *app)
{
	struct screening_answers a[ILP_ARRAY_LEN(ptm_kinds)];
	size_t n = 0, i;
	char *err = NULL;
	int field, rc;
	struct date on;

	/* the date first: it is the first field and decides the ages */
	if (scrui_date_get(app, &s->q, PTM_ON, &s->h.p, SCREENING_BP, &on) < 0)
		return;

	for (i = 0; i < ILP_ARRAY_LEN(ptm_kinds); i++) {
		rc = ptm_kind(s, ptm_kinds[i], &a[n], &field, &err);
		if (rc == 0)
			continue;
		if (rc > 0) {
			struct screening_eval e;

			if (screening_answers_eval(s->h.cfg, &a[n], &e, &err) ==
			    0) {
				n++;
				continue;
			}
		}
		s->q.focus = field;
		s->f[field].bad = 1;
		app_status_take(app, APP_MSG_ERROR, err);
		return;
	}
	if (n == 0) {
		s->q.focus = PTM_SYS;
		app_status(app, APP_MSG_ERROR, tr(MSG_SCRS_NONE));
		return;
	}
	if (scrui_save(app, &s->h.p, on, s->h.save_key, a, n,
		       scrui_dest(s->f[PTM_DEST].value)) == 0)
		app_pop(app);
}

static enum screen_result
ptm_key(struct screen *scr, struct app *app, const struct ui_key *k)
{
	struct ptm *s = scr->state;

	switch (qform_key(&s->q, app, k)) {
	case QFORM_SUBMIT:
		ptm_save(s, app);
		return SCREEN_HANDLED;
	case QFORM_USED:
		return SCREEN_HANDLED;
	default:
		break;
	}
	if (!k->fn && k->ch == 27) {
		dialog_leave_form(app, s->q.dirty);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

static const struct keyhint ptm_keys[] = {
	{"Tab", MSG_UI_KEY_NEXT_FIELD},
	{"F2/^S", MSG_UI_KEY_SAVE},
	{"Esc", MSG_UI_KEY_CANCEL},
	{NULL, 0},
};

const struct screen_ops screen_ptm = {
	.name = "ptm",
	.enter = ptm_enter,
	.leave = ptm_leave,
	.draw = ptm_draw,
	.key = ptm_key,
	.dirty = ptm_dirty,
	.cursor = ptm_cursor,
	.title = MSG_SCRU_PTM_TITLE,
	.help = MSG_SCRU_PTM_HELP,
	.keys = ptm_keys,
};
