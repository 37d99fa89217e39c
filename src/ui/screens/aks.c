/*
 * screens/aks: AKS, the modified Barthel index (ILP.md §6.2). Ten
 * activities scored by typing a digit; what each score means is shown
 * for the selected activity, and the running score and category while
 * the form is filled. Saving a dependency creates the referral.
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

/* The date first, as on the paper form; then the ten activities. */
#define AKS_ON 0
#define AKS_ITEM0 1
#define AKS_DEST (AKS_ITEM0 + SCREENING_AKS_ITEMS)
#define AKS_FIELDS (AKS_DEST + 1)

struct aks {
	struct scrui_form h;
	struct qfield f[AKS_FIELDS];
	struct qform q;
};

static int
aks_check(void *ctx, int field, const char *text, char **cause)
{
	struct aks *s = ctx;

	if (field != AKS_ON)
		return 0;
	return scrui_form_check_date(&s->h, text, cause);
}

static void
aks_enter(struct screen *scr, struct app *app, void *arg)
{
	struct aks *s = xcalloc(1, sizeof *s);
	int i;

	scrui_form_open(&s->h, app, arg, SCREENING_AKS);
	scr->state = s;
	scrui_date_field(&s->f[AKS_ON]);
	for (i = 0; i < SCREENING_AKS_ITEMS; i++) {
		struct qfield *f = &s->f[AKS_ITEM0 + i];

		f->kind = QFIELD_SCORE;
		f->question = screening_aks_item_label(i);
		f->max = screening_aks_item_max(i);
		f->item = i;
		f->meaning = screening_aks_level_text;
	}
	s->f[AKS_DEST].kind = QFIELD_CHOICE;
	s->f[AKS_DEST].question = tr(MSG_SCRU_DEST);
	s->f[AKS_DEST].choices = scrui_dest_choices();
	qform_init(&s->q, s->f, AKS_FIELDS, 28);
	s->q.check = aks_check;
	s->q.ctx = s;
	scrui_date_today(app, &s->q, AKS_ON);
	s->f[AKS_DEST].value = 0;
	scrui_form_load(&s->h, app);
}

static void
aks_leave(struct screen *scr, struct app *app)
{
	struct aks *s = scr->state;

	(void)app;
	qform_done(&s->q);
	scrui_form_done(&s->h);
	free(s);
}

static int
aks_dirty(struct screen *scr)
{
	return ((struct aks *)scr->state)->q.dirty;
}

static void
aks_collect(const struct aks *s, struct screening_answers *a)
{
	int i;

	screening_answers_init(a, SCREENING_AKS);
	for (i = 0; i < SCREENING_AKS_ITEMS; i++)
		a->u.aks[i] = s->f[AKS_ITEM0 + i].value;
}

/* The running score, or the result once every item is answered. */
static char *
aks_live(const struct aks *s, int *refer)
{
	struct screening_answers a;
	struct screening_aks_progress pr;
	struct screening_aks_result r;
	char *err = NULL, *line;

	aks_collect(s, &a);
	screening_aks_progress(a.u.aks, &pr);
	*refer = 0;
	if (pr.answered < SCREENING_AKS_ITEMS ||
	    screening_aks(s->h.cfg, a.u.aks, &r, &err) < 0) {
		free(err);
		return trf(MSG_SCRU_AKS_PARTIAL, pr.total, pr.answered,
			   pr.max_possible);
	}
	*refer = r.result.outcome == SCREENING_REFER;
	line = trf(MSG_SCRU_AKS_TOTAL, r.total, r.result.text, r.group,
		   screening_outcome_name(r.result.outcome));
	if (r.home_care) {
		char *m = xasprintf("%s; %s", line, tr(MSG_SCRU_AKS_HOME_CARE));

		free(line);
		line = m;
	}
	return line;
}

static void
aks_draw(struct screen *scr, struct app *app)
{
	struct aks *s = scr->state;
	int y = app_body_top(app) + 1, bottom = LINES - 3, item, sc, refer;
	struct strbuf sb;
	char *line;

	if (!s->h.loaded)
		return;
	scrui_person_line(app, &s->h.p, y);
	draw_wrapped(y + 1, 2, COLS - 4, 0, 2, tr(MSG_SCRU_AKS_INTRO),
		     app_attr(app, APP_ATTR_DIM));
	qform_draw(app, &s->q, y + 3, 2, bottom - 5 - (y + 3), COLS - 4);
	line = aks_live(s, &refer);
	draw_wrapped(bottom - 4, 2, COLS - 4, 0, 2, line,
		     refer ? app_attr(app, APP_ATTR_ERROR) : (int)A_BOLD);
	free(line);
	item = s->q.focus - AKS_ITEM0;
	if (item >= 0 && item < SCREENING_AKS_ITEMS) {
		strbuf_init(&sb);
		for (sc = 0; sc <= screening_aks_item_max(item); sc++) {
			char *lv = trf(MSG_SCRU_AKS_LEVEL, sc,
				       screening_aks_level_text(item, sc));

			strbuf_addf(&sb, "%s%s", sc > 0 ? "; " : "", lv);
			free(lv);
		}
		draw_wrapped(bottom - 2, 2, COLS - 4, 0, 2, sb.buf,
			     app_attr(app, APP_ATTR_DIM));
		strbuf_done(&sb);
	}
}

static void
aks_cursor(struct screen *scr, struct app *app, int *y, int *x)
{
	(void)app;
	qform_cursor(&((struct aks *)scr->state)->q, y, x);
}

static void
aks_save(struct aks *s, struct app *app)
{
	struct screening_answers a;
	struct date on;

	if (qform_check(&s->q, app) < 0 ||
	    scrui_date_get(app, &s->q, AKS_ON, &s->h.p, SCREENING_AKS, &on) < 0)
		return;
	aks_collect(s, &a);
	if (scrui_save(app, &s->h.p, on, s->h.save_key, &a, 1,
		       scrui_dest(s->f[AKS_DEST].value)) == 0)
		app_pop(app);
}

static enum screen_result
aks_key(struct screen *scr, struct app *app, const struct ui_key *k)
{
	struct aks *s = scr->state;

	switch (qform_key(&s->q, app, k)) {
	case QFORM_SUBMIT:
		aks_save(s, app);
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

static const struct keyhint aks_keys[] = {
	{"0-3", MSG_UI_KEY_CHOOSE},
	{"F2/^S", MSG_UI_KEY_SAVE},
	{"Esc", MSG_UI_KEY_CANCEL},
	{NULL, 0},
};

const struct screen_ops screen_aks = {
	.name = "aks",
	.enter = aks_enter,
	.leave = aks_leave,
	.draw = aks_draw,
	.key = aks_key,
	.dirty = aks_dirty,
	.cursor = aks_cursor,
	.title = MSG_SCRU_AKS_TITLE,
	.help = MSG_SCRU_AKS_HELP,
	.keys = aks_keys,
};
