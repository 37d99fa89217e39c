/*
 * screens/srq20: SRQ-20 (ILP.md §6.3), twenty yes/no questions read to
 * the person, with the count of yes answers while filling and the
 * result once all are answered; 6 or more, or item 17 alone, refers.
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

/* The date first, as on the paper form; then the twenty questions. */
#define SRQ_ON 0
#define SRQ_ITEM0 1
#define SRQ_DEST (SRQ_ITEM0 + SCREENING_SRQ20_ITEMS)
#define SRQ_FIELDS (SRQ_DEST + 1)

struct srq {
	struct scrui_form h;
	char *questions[SCREENING_SRQ20_ITEMS];
	struct qfield f[SRQ_FIELDS];
	struct qform q;
};

static int
srq_check(void *ctx, int field, const char *text, char **cause)
{
	struct srq *s = ctx;

	if (field != SRQ_ON)
		return 0;
	return scrui_form_check_date(&s->h, text, cause);
}

static void
srq_enter(struct screen *scr, struct app *app, void *arg)
{
	struct srq *s = xcalloc(1, sizeof *s);
	int i;

	scrui_form_open(&s->h, app, arg, SCREENING_SRQ20);
	scr->state = s;
	scrui_date_field(&s->f[SRQ_ON]);
	for (i = 0; i < SCREENING_SRQ20_ITEMS; i++) {
		s->questions[i] = xasprintf("%2d. %s", i + 1,
					    screening_srq20_question(i + 1));
		s->f[SRQ_ITEM0 + i].kind = QFIELD_YESNO;
		s->f[SRQ_ITEM0 + i].question = s->questions[i];
	}
	s->f[SRQ_DEST].kind = QFIELD_CHOICE;
	s->f[SRQ_DEST].question = tr(MSG_SCRU_DEST);
	s->f[SRQ_DEST].choices = scrui_dest_choices();
	qform_init(&s->q, s->f, SRQ_FIELDS, 16);
	s->q.check = srq_check;
	s->q.ctx = s;
	scrui_date_today(app, &s->q, SRQ_ON);
	s->f[SRQ_DEST].value = 0;
	scrui_form_load(&s->h, app);
}

static void
srq_leave(struct screen *scr, struct app *app)
{
	struct srq *s = scr->state;
	int i;

	(void)app;
	qform_done(&s->q);
	for (i = 0; i < SCREENING_SRQ20_ITEMS; i++)
		free(s->questions[i]);
	scrui_form_done(&s->h);
	free(s);
}

static int
srq_dirty(struct screen *scr)
{
	return ((struct srq *)scr->state)->q.dirty;
}

static void
srq_collect(const struct srq *s, struct screening_answers *a)
{
	int i;

	screening_answers_init(a, SCREENING_SRQ20);
	for (i = 0; i < SCREENING_SRQ20_ITEMS; i++)
		a->u.srq20[i] = s->f[SRQ_ITEM0 + i].value;
}

static void
srq_draw(struct screen *scr, struct app *app)
{
	struct srq *s = scr->state;
	struct screening_answers a;
	struct screening_eval e;
	int y = app_body_top(app) + 1, bottom = LINES - 3, i, yes = 0,
	    answered = 0, crit = (int)s->h.cfg->srq20_critical_item - 1;
	char *line, *err = NULL;

	if (!s->h.loaded)
		return;
	scrui_person_line(app, &s->h.p, y);
	draw_wrapped(y + 1, 2, COLS - 4, 0, 2, tr(MSG_SCR_SRQ_INTRO),
		     app_attr(app, APP_ATTR_DIM));
	qform_draw(app, &s->q, y + 4, 2, bottom - 3 - (y + 4), COLS - 4);
	srq_collect(s, &a);
	for (i = 0; i < SCREENING_SRQ20_ITEMS; i++) {
		answered += a.u.srq20[i] >= 0;
		yes += a.u.srq20[i] == 1;
	}
	if (answered == SCREENING_SRQ20_ITEMS &&
	    screening_answers_eval(s->h.cfg, &a, &e, &err) == 0) {
		line = scrui_result_line(&e);
		draw_wrapped(bottom - 2, 2, COLS - 4, 0, 2, line,
			     e.result.outcome == SCREENING_REFER
				     ? app_attr(app, APP_ATTR_ERROR)
				     : (int)A_BOLD);
	} else {
		free(err);
		line = trf(MSG_SCRU_SRQ_PARTIAL, yes, answered);
		draw_text(bottom - 2, 2, COLS - 4, line, A_BOLD, 0);
		if (crit >= 0 && crit < SCREENING_SRQ20_ITEMS &&
		    a.u.srq20[crit] == 1) {
			char *c = trf(MSG_SCRU_SRQ_CRITICAL, crit + 1);

			draw_text(bottom - 1, 2, COLS - 4, c,
				  app_attr(app, APP_ATTR_ERROR), 0);
			free(c);
		}
	}
	free(line);
}

static void
srq_cursor(struct screen *scr, struct app *app, int *y, int *x)
{
	(void)app;
	qform_cursor(&((struct srq *)scr->state)->q, y, x);
}

static enum screen_result
srq_key(struct screen *scr, struct app *app, const struct ui_key *k)
{
	struct srq *s = scr->state;
	struct screening_answers a;
	struct date on;

	switch (qform_key(&s->q, app, k)) {
	case QFORM_SUBMIT:
		if (qform_check(&s->q, app) < 0 ||
		    scrui_date_get(app, &s->q, SRQ_ON, &s->h.p, SCREENING_SRQ20,
				   &on) < 0)
			return SCREEN_HANDLED;
		srq_collect(s, &a);
		if (scrui_save(app, &s->h.p, on, s->h.save_key, &a, 1,
			       scrui_dest(s->f[SRQ_DEST].value)) == 0)
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

static const struct keyhint srq_keys[] = {
	{"y/t", MSG_UI_KEY_CHOOSE},
	{"F2/^S", MSG_UI_KEY_SAVE},
	{"Esc", MSG_UI_KEY_CANCEL},
	{NULL, 0},
};

const struct screen_ops screen_srq20 = {
	.name = "srq20",
	.enter = srq_enter,
	.leave = srq_leave,
	.draw = srq_draw,
	.key = srq_key,
	.dirty = srq_dirty,
	.cursor = srq_cursor,
	.title = MSG_SCRU_SRQ_TITLE,
	.help = MSG_SCRU_SRQ_HELP,
	.keys = srq_keys,
};
