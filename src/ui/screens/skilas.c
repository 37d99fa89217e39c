/*
 * screens/skilas: SKILAS (ILP.md §6.1) as the kader does it: six pages,
 * one per domain, each with the instructions for that test (the three
 * words, the chair test, the finger count, the whisper test) above its
 * questions; then a result page naming the positive domains. Saving a
 * positive result creates the referral in the same transaction.
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
	SK_COGNITIVE,
	SK_MOBILITY,
	SK_NUTRITION,
	SK_VISION,
	SK_HEARING,
	SK_DEPRESSION,
	SK_RESULT,
	SK_PAGES
};

#define SK_FIELDS 4

/*
 * Fields of each page, by position. The screening date heads the first
 * page, as it heads the paper form the kader copies from.
 */
enum { SK_ON, SK_DATE, SK_PLACE, SK_WORDS };
enum { SK_ABLE, SK_SECONDS };
enum { SK_WEIGHT, SK_APPETITE, SK_LILA };
enum { SK_EYE, SK_FINGER };
enum { SK_DEST = 0 };

struct sk {
	struct scrui_form h;
	int page;
	struct qfield f[SK_PAGES][SK_FIELDS];
	struct qform q[SK_PAGES];
	const char *whisper[4];
	/* the result, once every domain page is complete */
	int have_result;
	struct screening_skilas_result result;
	struct screening_answers answers;
};

static const enum msg_id sk_intro[SK_PAGES] = {
	[SK_COGNITIVE] = MSG_SCR_SKILAS_HELP_WORDS,
	[SK_MOBILITY] = MSG_SCR_SKILAS_HELP_CHAIR,
	[SK_NUTRITION] = MSG_SCRU_SK_NUT_INTRO,
	[SK_VISION] = MSG_SCR_SKILAS_HELP_FINGER,
	[SK_HEARING] = MSG_SCR_SKILAS_HELP_WHISPER,
	[SK_DEPRESSION] = MSG_SCR_SKILAS_Q_DEPRESSION,
};

static void
sk_yesno(struct qfield *f, enum msg_id question)
{
	f->kind = QFIELD_YESNO;
	f->question = tr(question);
}

static void
sk_number(struct qfield *f, enum msg_id question)
{
	f->kind = QFIELD_NUMBER;
	f->question = tr(question);
	f->maxlen = 6;
}

static int
sk_check(void *ctx, int field, const char *text, char **cause)
{
	struct sk *s = ctx;
	long v;

	if (s->page == SK_COGNITIVE && field == SK_ON)
		return scrui_form_check_date(&s->h, text, cause);
	return screening_input_parse(s->h.cfg,
				     s->page == SK_MOBILITY ? SCREENING_IN_CHAIR
							    : SCREENING_IN_LILA,
				     text, &v, cause);
}

/* Questions that depend on an earlier answer. */
static void
sk_update_hidden(struct sk *s)
{
	s->f[SK_MOBILITY][SK_SECONDS].hidden =
		s->f[SK_MOBILITY][SK_ABLE].value != 1;
	s->f[SK_VISION][SK_FINGER].hidden = s->f[SK_VISION][SK_EYE].value == 1;
}

static void
sk_changed(void *ctx)
{
	sk_update_hidden(ctx);
}

static void
sk_build(struct sk *s, struct app *app)
{
	struct qfield *f;
	int n[SK_PAGES] = {4, 2, 3, 2, 1, 2, 1}, i;

	f = s->f[SK_COGNITIVE];
	scrui_date_field(&f[SK_ON]);
	sk_yesno(&f[SK_DATE], MSG_SCR_SKILAS_Q_DATE);
	sk_yesno(&f[SK_PLACE], MSG_SCR_SKILAS_Q_PLACE);
	for (i = SK_DATE; i <= SK_PLACE; i++) {
		f[i].yes = tr(MSG_SCRU_RIGHT);
		f[i].no = tr(MSG_SCRU_WRONG);
	}
	f[SK_WORDS].kind = QFIELD_SCORE;
	f[SK_WORDS].question = tr(MSG_SCR_SKILAS_Q_RECALL);
	f[SK_WORDS].max = 3;
	f = s->f[SK_MOBILITY];
	sk_yesno(&f[SK_ABLE], MSG_SCRU_SK_CHAIR_ABLE);
	sk_number(&f[SK_SECONDS], MSG_SCR_SKILAS_Q_CHAIR);
	f = s->f[SK_NUTRITION];
	sk_yesno(&f[SK_WEIGHT], MSG_SCR_SKILAS_Q_WEIGHT);
	sk_yesno(&f[SK_APPETITE], MSG_SCR_SKILAS_Q_APPETITE);
	sk_number(&f[SK_LILA], MSG_SCR_SKILAS_Q_LILA);
	f = s->f[SK_VISION];
	sk_yesno(&f[SK_EYE], MSG_SCR_SKILAS_Q_EYE);
	sk_yesno(&f[SK_FINGER], MSG_SCR_SKILAS_Q_FINGER);
	s->whisper[0] = tr(MSG_SCR_WHISPER_HEARD);
	s->whisper[1] = tr(MSG_SCR_WHISPER_NOT_HEARD);
	s->whisper[2] = tr(MSG_SCR_WHISPER_IMPOSSIBLE);
	s->whisper[3] = NULL;
	f = s->f[SK_HEARING];
	f[0].kind = QFIELD_CHOICE;
	f[0].question = tr(MSG_SCR_SKILAS_Q_WHISPER);
	f[0].choices = s->whisper;
	f = s->f[SK_DEPRESSION];
	sk_yesno(&f[0], MSG_SCR_SKILAS_Q_SAD);
	sk_yesno(&f[1], MSG_SCR_SKILAS_Q_INTEREST);
	f = s->f[SK_RESULT];
	f[SK_DEST].kind = QFIELD_CHOICE;
	f[SK_DEST].question = tr(MSG_SCRU_DEST);
	f[SK_DEST].choices = scrui_dest_choices();
	for (i = 0; i < SK_PAGES; i++) {
		qform_init(&s->q[i], s->f[i], n[i], i == SK_HEARING ? 30 : 16);
		s->q[i].check = sk_check;
		s->q[i].changed = sk_changed;
		s->q[i].ctx = s;
	}
	s->f[SK_RESULT][SK_DEST].value = 0;
	scrui_date_today(app, &s->q[SK_COGNITIVE], SK_ON);
}

static double
sk_tenths(struct sk *s, int page, int field, enum screening_input in)
{
	long v;
	char *err = NULL;

	if (screening_input_parse(s->h.cfg, in, qform_text(&s->q[page], field),
				  &v, &err) < 0) {
		free(err);
		return SCREENING_UNSET;
	}
	return (double)v / 10.0;
}

static void
sk_collect(struct sk *s, struct screening_answers *a)
{
	struct screening_skilas *k = &a->u.skilas;
	struct qfield(*f)[SK_FIELDS] = s->f;

	screening_answers_init(a, SCREENING_SKILAS);
	k->date_ok = f[SK_COGNITIVE][SK_DATE].value;
	k->place_ok = f[SK_COGNITIVE][SK_PLACE].value;
	k->words_recalled = f[SK_COGNITIVE][SK_WORDS].value;
	if (f[SK_MOBILITY][SK_ABLE].value >= 0)
		k->chair_unable = !f[SK_MOBILITY][SK_ABLE].value;
	if (k->chair_unable == 0)
		k->chair_seconds = sk_tenths(s, SK_MOBILITY, SK_SECONDS,
					     SCREENING_IN_CHAIR);
	k->weight_loss = f[SK_NUTRITION][SK_WEIGHT].value;
	k->appetite_loss = f[SK_NUTRITION][SK_APPETITE].value;
	k->lila_cm = sk_tenths(s, SK_NUTRITION, SK_LILA, SCREENING_IN_LILA);
	k->eye_problem = f[SK_VISION][SK_EYE].value;
	if (k->eye_problem == 0)
		k->finger_count_ok = f[SK_VISION][SK_FINGER].value;
	k->whisper = (enum screening_whisper)f[SK_HEARING][0].value;
	k->sad = f[SK_DEPRESSION][0].value;
	k->little_interest = f[SK_DEPRESSION][1].value;
}

static void
sk_enter(struct screen *scr, struct app *app, void *arg)
{
	struct sk *s = xcalloc(1, sizeof *s);

	scrui_form_open(&s->h, app, arg, SCREENING_SKILAS);
	scr->state = s;
	s->h.loaded = scrui_person_load(app, s->h.id, &s->h.p) == 0;
	sk_build(s, app);
	sk_update_hidden(s);
	if (!s->h.loaded)
		app_pop(app);
}

static void
sk_leave(struct screen *scr, struct app *app)
{
	struct sk *s = scr->state;
	int i;

	(void)app;
	for (i = 0; i < SK_PAGES; i++)
		qform_done(&s->q[i]);
	scrui_form_done(&s->h);
	free(s);
}

static int
sk_dirty(struct screen *scr)
{
	struct sk *s = scr->state;
	int i;

	for (i = 0; i < SK_RESULT; i++)
		if (s->q[i].dirty)
			return 1;
	return 0;
}

/* ---- drawing --------------------------------------------------------------
 */

static void
sk_draw_result(struct sk *s, struct app *app, int y)
{
	int d, h = app_body_height(app);
	char *line;

	for (d = 0; d < SCREENING_SKILAS_DOMAINS; d++) {
		int pos = (s->result.positive & 1u << d) != 0;

		draw_text(y, 2, 16,
			  screening_skilas_domain_name(
				  (enum screening_skilas_domain)d),
			  A_BOLD, 0);
		draw_text(y, 19, 9,
			  tr(pos ? MSG_SCRU_SK_POSITIVE : MSG_SCRU_SK_NEGATIVE),
			  pos ? app_attr(app, APP_ATTR_ERROR) : (int)A_NORMAL,
			  0);
		draw_text(y, 29, COLS - 31, s->result.domain_reason[d],
			  A_NORMAL, 0);
		y++;
	}
	line = trf(MSG_SCRU_SK_OVERALL, s->result.result.text,
		   screening_outcome_name(s->result.result.outcome));
	draw_text(y + 1, 2, COLS - 4, line,
		  s->result.positive_count > 0 ? app_attr(app, APP_ATTR_ERROR)
					       : app_attr(app, APP_ATTR_OK),
		  0);
	free(line);
	s->f[SK_RESULT][SK_DEST].hidden = s->result.positive_count == 0;
	if (s->result.positive_count > 0)
		qform_draw(app, &s->q[SK_RESULT], y + 3, 2, 2, 60);
	draw_wrapped(y + 6, 2, COLS - 4, 0, h - (y + 6),
		     tr(s->result.positive_count > 0 ? MSG_SCRU_SK_SAVE_REFER
						     : MSG_SCRU_SK_SAVE),
		     app_attr(app, APP_ATTR_DIM));
}

static void
sk_draw(struct screen *scr, struct app *app)
{
	struct sk *s = scr->state;
	int y = app_body_top(app) + 1, h = app_body_height(app), rows;
	char *head;

	if (!s->h.loaded)
		return;
	scrui_person_line(app, &s->h.p, y);
	if (s->page == SK_RESULT) {
		draw_text(y + 1, 2, COLS - 4, tr(MSG_SCRU_SK_RESULT), A_BOLD,
			  0);
		sk_draw_result(s, app, y + 3);
		return;
	}
	head = trf(MSG_SCRU_SK_PAGE, s->page + 1, SK_RESULT,
		   screening_skilas_domain_name(
			   (enum screening_skilas_domain)s->page));
	draw_text(y + 1, 2, COLS - 4, head, A_BOLD, 0);
	free(head);
	rows = draw_wrapped(y + 3, 2, COLS - 4, 0, 5, tr(sk_intro[s->page]),
			    app_attr(app, APP_ATTR_DIM));
	if (rows > 5)
		rows = 5;
	qform_draw(app, &s->q[s->page], y + 4 + rows, 2, h - rows - 5,
		   COLS - 4);
}

static void
sk_cursor(struct screen *scr, struct app *app, int *y, int *x)
{
	struct sk *s = scr->state;

	(void)app;
	qform_cursor(&s->q[s->page], y, x);
}

/* ---- keys ---------------------------------------------------------------- */

static void
sk_next(struct sk *s, struct app *app)
{
	char *err = NULL;

	if (qform_check(&s->q[s->page], app) < 0)
		return;
	if (s->page + 1 < SK_RESULT) {
		s->page++;
		qform_first(&s->q[s->page]);
		return;
	}
	sk_collect(s, &s->answers);
	if (screening_skilas(s->h.cfg, &s->answers.u.skilas, &s->result, &err) <
	    0) {
		app_status_take(app, APP_MSG_ERROR, err);
		return;
	}
	s->have_result = 1;
	s->page = SK_RESULT;
}

static void
sk_save(struct sk *s, struct app *app)
{
	enum referral_dest dest = scrui_dest(s->f[SK_RESULT][SK_DEST].value);
	struct date on;

	if (scrui_date_get(app, &s->q[SK_COGNITIVE], SK_ON, &s->h.p,
			   SCREENING_SKILAS, &on) < 0) {
		s->page = SK_COGNITIVE;
		return;
	}
	if (scrui_save(app, &s->h.p, on, s->h.save_key, &s->answers, 1, dest) ==
	    0)
		app_pop(app);
}

static enum screen_result
sk_key(struct screen *scr, struct app *app, const struct ui_key *k)
{
	struct sk *s = scr->state;
	enum qform_key_result r;

	if (k->fn && k->code == KEY_PPAGE) {
		if (s->page > 0)
			s->page--;
		return SCREEN_HANDLED;
	}
	if (s->page == SK_RESULT) {
		if ((k->fn && k->code == KEY_F(2)) ||
		    (!k->fn && k->ch == UI_CTRL('s')) ||
		    (k->fn && k->code == KEY_ENTER)) {
			sk_save(s, app);
			return SCREEN_HANDLED;
		}
		if (s->result.positive_count > 0 &&
		    qform_key(&s->q[SK_RESULT], app, k) == QFORM_USED)
			return SCREEN_HANDLED;
	} else {
		if (k->fn && k->code == KEY_NPAGE) {
			sk_next(s, app);
			return SCREEN_HANDLED;
		}
		r = qform_key(&s->q[s->page], app, k);
		sk_update_hidden(s);
		if (r == QFORM_SUBMIT) {
			sk_next(s, app);
			return SCREEN_HANDLED;
		}
		if (r == QFORM_USED)
			return SCREEN_HANDLED;
	}
	if (!k->fn && k->ch == 27) {
		dialog_leave_form(app, sk_dirty(scr));
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

static const struct keyhint sk_keys[] = {
	{"y/t", MSG_UI_KEY_CHOOSE},  {"PgDn", MSG_SCRU_KEY_NEXT},
	{"PgUp", MSG_SCRU_KEY_PREV}, {"F2/^S", MSG_UI_KEY_SAVE},
	{"Esc", MSG_UI_KEY_CANCEL},  {NULL, 0},
};

const struct screen_ops screen_skilas = {
	.name = "skilas",
	.enter = sk_enter,
	.leave = sk_leave,
	.draw = sk_draw,
	.key = sk_key,
	.dirty = sk_dirty,
	.cursor = sk_cursor,
	.title = MSG_SCRU_SK_TITLE,
	.help = MSG_SCRU_SK_HELP,
	.keys = sk_keys,
};
