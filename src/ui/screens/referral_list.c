/*
 * screens/referral_list: "Rujukan", the referrals the user may see --
 * open ones by default, every one with a -- oldest first, each with its
 * status, how many days it has been open and whether it is past its
 * follow-up date (a kader's task, core/referral). Enter opens one to see
 * its history and record an outcome.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/referral.h"
#include "store/db.h"
#include "store/referral.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

#define RL_DETAIL_ROWS 4

struct rl {
	struct referral *rows;
	size_t n;
	struct list list;
	int all; /* closed ones too */
};

static void
rl_load(struct rl *r, struct app *app)
{
	struct referral_filter f = {!r->all, NULL, NULL};
	char *cause = NULL;
	int sel = r->list.sel;

	referral_list_free(r->rows, r->n);
	r->rows = NULL;
	r->n = 0;
	if (store_referral_list(app_store(app), &f, &r->rows, &r->n, &cause) <
	    0)
		app_status_take(app, APP_MSG_ERROR, cause);
	list_set_count(&r->list, (int)r->n);
	if (sel >= 0 && sel < (int)r->n)
		r->list.sel = sel;
}

static void
rl_enter(struct screen *s, struct app *app, void *arg)
{
	struct rl *r = xcalloc(1, sizeof *r);

	(void)arg;
	list_init(&r->list, 0);
	s->state = r;
	rl_load(r, app);
}

static void
rl_leave(struct screen *s, struct app *app)
{
	struct rl *r = s->state;

	(void)app;
	referral_list_free(r->rows, r->n);
	free(r);
}

static void
rl_resume(struct screen *s, struct app *app)
{
	rl_load(s->state, app);
}

/* "12 hari" open, or "selesai"; "lewat 5 hari" when overdue. */
char *
referral_age_text(const struct referral *r, struct date today)
{
	long open = date_diff_days(r->referred_on, today);

	if (!referral_is_open(r->status))
		return xstrdup(referral_status_name(r->status));
	if (referral_is_overdue(r->status, r->followup_on, today))
		return trf(MSG_UI_RL_OVERDUE, open,
			   date_diff_days(r->followup_on, today));
	return trf(MSG_UI_RL_OPEN_DAYS, open);
}

static void
rl_row(struct app *app, void *ctx, int row, int y, int x, int w, int selected)
{
	struct rl *r = ctx;
	const struct referral *f = &r->rows[row];
	int attr = selected ? app_attr(app, APP_ATTR_SELECTED) : (int)A_NORMAL;
	char *age = referral_age_text(f, app_today(app));

	if (!selected &&
	    referral_is_overdue(f->status, f->followup_on, app_today(app)))
		attr = app_attr(app, APP_ATTR_ERROR);
	draw_text(y, x, 18, f->person_name, attr, 0);
	draw_text(y, x + 19, 14, referral_status_name(f->status), attr, 0);
	draw_text(y, x + 34, 20, age, attr, 0);
	draw_text(y, x + 55, w - 55, f->reason, attr, 0);
	free(age);
}

static void
rl_draw_detail(const struct referral *f, struct app *app, int y, int h)
{
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN], *line;
	int used;

	line = trf(MSG_UI_RL_DETAIL, f->address,
		   referral_dest_name(f->destination),
		   date_format_ui(f->referred_on, a),
		   date_format_ui(f->followup_on, b));
	used = draw_wrapped(y, 2, COLS - 4, 0, h, line, A_NORMAL);
	free(line);
	draw_wrapped(y + used, 2, COLS - 4, 0, h - used, f->reason,
		     app_attr(app, APP_ATTR_DIM));
}

static void
rl_draw(struct screen *s, struct app *app)
{
	struct rl *r = s->state;
	int y = app_body_top(app), h = app_body_height(app), rows;
	char *line;

	line = trf(r->all ? MSG_UI_RL_HEADING_ALL : MSG_UI_RL_HEADING, r->n);
	draw_text(y, 1, COLS - 2, line, A_BOLD, 0);
	free(line);
	draw_text(y + 1, 1, COLS - 2, tr(MSG_UI_RL_HEAD),
		  app_attr(app, APP_ATTR_HEADING), 0);
	rows = h - 3 - RL_DETAIL_ROWS;
	if (r->n == 0)
		draw_text(y + 2, 1, COLS - 2, tr(MSG_UI_RL_NONE),
			  app_attr(app, APP_ATTR_DIM), 0);
	list_draw(app, &r->list, y + 2, 1, rows, COLS - 2, rl_row, r);
	if (r->list.sel >= 0 && (size_t)r->list.sel < r->n) {
		draw_hline(app, y + 2 + rows, 1, COLS - 2);
		rl_draw_detail(&r->rows[r->list.sel], app, y + 3 + rows,
			       RL_DETAIL_ROWS - 1);
	}
}

static enum screen_result
rl_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct rl *r = s->state;

	if (list_key(&r->list, k))
		return SCREEN_HANDLED;
	if (k->fn && k->code == KEY_ENTER) {
		if (r->list.sel >= 0 && (size_t)r->list.sel < r->n)
			app_push(app, &screen_referral_view,
				 xstrdup(r->rows[r->list.sel].id));
		return SCREEN_HANDLED;
	}
	if (!k->fn && k->ch == 'a') {
		r->all = !r->all;
		list_init(&r->list, 0);
		rl_load(r, app);
		return SCREEN_HANDLED;
	}
	if (!k->fn && k->ch == 'q') {
		app_pop(app);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

static const struct keyhint rl_keys[] = {
	{"Enter", MSG_UI_KEY_OPEN},
	{"a", MSG_UI_KEY_RL_ALL},
	{"Esc", MSG_UI_KEY_BACK},
	{NULL, 0},
};

const struct screen_ops screen_referral_list = {
	.name = "referral-list",
	.enter = rl_enter,
	.leave = rl_leave,
	.draw = rl_draw,
	.key = rl_key,
	.resume = rl_resume,
	.title = MSG_UI_RL_TITLE,
	.help = MSG_UI_RL_HELP,
	.keys = rl_keys,
};
