/*
 * screens/tb: the TB symptom checklist (ILP.md §6.3): how long the
 * cough has lasted and three yes/no symptoms; terduga TBC (cough of two
 * weeks or more, or two symptoms) is referred for a sputum test.
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

enum { TB_ON, TB_COUGH, TB_WEIGHT, TB_FEVER, TB_SWEATS, TB_DEST, TB_FIELDS };

struct tb {
	struct scrui_form h;
	struct qfield f[TB_FIELDS];
	struct qform q;
};

static int
tb_check(void *ctx, int field, const char *text, char **cause)
{
	struct tb *s = ctx;
	long v;

	if (field == TB_ON)
		return scrui_form_check_date(&s->h, text, cause);
	return screening_input_parse(s->h.cfg, SCREENING_IN_COUGH_DAYS, text,
				     &v, cause);
}

static void
tb_enter(struct screen *scr, struct app *app, void *arg)
{
	struct tb *s = xcalloc(1, sizeof *s);
	static const enum msg_id yesno[] = {
		MSG_SCR_TB_Q_WEIGHT, MSG_SCR_TB_Q_FEVER, MSG_SCR_TB_Q_SWEATS};
	int i;

	scrui_form_open(&s->h, app, arg, SCREENING_TB);
	scr->state = s;
	scrui_date_field(&s->f[TB_ON]);
	s->f[TB_COUGH].kind = QFIELD_NUMBER;
	s->f[TB_COUGH].question = tr(MSG_SCR_TB_Q_COUGH);
	s->f[TB_COUGH].maxlen = 5;
	for (i = 0; i < 3; i++) {
		s->f[TB_WEIGHT + i].kind = QFIELD_YESNO;
		s->f[TB_WEIGHT + i].question = tr(yesno[i]);
	}
	s->f[TB_DEST].kind = QFIELD_CHOICE;
	s->f[TB_DEST].question = tr(MSG_SCRU_DEST);
	s->f[TB_DEST].choices = scrui_dest_choices();
	qform_init(&s->q, s->f, TB_FIELDS, 16);
	s->q.check = tb_check;
	s->q.ctx = s;
	scrui_date_today(app, &s->q, TB_ON);
	s->f[TB_DEST].value = 0;
	scrui_form_load(&s->h, app);
}

static void
tb_leave(struct screen *scr, struct app *app)
{
	struct tb *s = scr->state;

	(void)app;
	qform_done(&s->q);
	scrui_form_done(&s->h);
	free(s);
}

static int
tb_dirty(struct screen *scr)
{
	return ((struct tb *)scr->state)->q.dirty;
}

/* 0 with *a when every answer is there and valid, else -1. */
static int
tb_collect(struct tb *s, struct screening_answers *a)
{
	long days;
	char *err = NULL;

	screening_answers_init(a, SCREENING_TB);
	if (screening_input_parse(s->h.cfg, SCREENING_IN_COUGH_DAYS,
				  qform_text(&s->q, TB_COUGH), &days,
				  &err) < 0) {
		free(err);
		return -1;
	}
	a->u.tb.cough_days = (int)days;
	a->u.tb.weight_loss = s->f[TB_WEIGHT].value;
	a->u.tb.fever = s->f[TB_FEVER].value;
	a->u.tb.night_sweats = s->f[TB_SWEATS].value;
	return a->u.tb.weight_loss < 0 || a->u.tb.fever < 0 ||
			       a->u.tb.night_sweats < 0
		       ? -1
		       : 0;
}

static void
tb_draw(struct screen *scr, struct app *app)
{
	struct tb *s = scr->state;
	struct screening_answers a;
	struct screening_eval e;
	int y = app_body_top(app) + 1;
	char *err = NULL, *line;

	if (!s->h.loaded)
		return;
	scrui_person_line(app, &s->h.p, y);
	draw_wrapped(y + 1, 2, COLS - 4, 0, 3, tr(MSG_SCRU_TB_INTRO),
		     app_attr(app, APP_ATTR_DIM));
	qform_draw(app, &s->q, y + 4, 2, 9, COLS - 4);
	if (tb_collect(s, &a) == 0 &&
	    screening_answers_eval(s->h.cfg, &a, &e, &err) == 0) {
		line = scrui_result_line(&e);
		draw_wrapped(y + 14, 2, COLS - 4, 0, 3, line,
			     e.result.outcome == SCREENING_REFER
				     ? app_attr(app, APP_ATTR_ERROR)
				     : (int)A_BOLD);
		free(line);
	}
	free(err);
}

static void
tb_cursor(struct screen *scr, struct app *app, int *y, int *x)
{
	(void)app;
	qform_cursor(&((struct tb *)scr->state)->q, y, x);
}

static enum screen_result
tb_key(struct screen *scr, struct app *app, const struct ui_key *k)
{
	struct tb *s = scr->state;
	struct screening_answers a;
	struct date on;

	switch (qform_key(&s->q, app, k)) {
	case QFORM_SUBMIT:
		if (qform_check(&s->q, app) < 0 ||
		    scrui_date_get(app, &s->q, TB_ON, &s->h.p, SCREENING_TB,
				   &on) < 0 ||
		    tb_collect(s, &a) < 0)
			return SCREEN_HANDLED;
		if (scrui_save(app, &s->h.p, on, s->h.save_key, &a, 1,
			       scrui_dest(s->f[TB_DEST].value)) == 0)
			app_pop(app);
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

static const struct keyhint tb_keys[] = {
	{"y/t", MSG_UI_KEY_CHOOSE},
	{"F2/^S", MSG_UI_KEY_SAVE},
	{"Esc", MSG_UI_KEY_CANCEL},
	{NULL, 0},
};

const struct screen_ops screen_tb = {
	.name = "tb",
	.enter = tb_enter,
	.leave = tb_leave,
	.draw = tb_draw,
	.key = tb_key,
	.dirty = tb_dirty,
	.cursor = tb_cursor,
	.title = MSG_SCRU_TB_TITLE,
	.help = MSG_SCRU_TB_HELP,
	.keys = tb_keys,
};
