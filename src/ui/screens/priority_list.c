/*
 * screens/priority_list: "Kunjungan prioritas", the households to visit
 * next (store_priority_list: ILP.md §4's rules in core/priority's order),
 * each with its most urgent reason on the line and every reason of the
 * selected household below the list. Enter opens the household, v starts
 * the visit. Nakes and admin see every posyandu, or one with F5.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "core/i18n.h"
#include "store/db.h"
#include "store/posyandu.h"
#include "store/priority.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

#define PL_DETAIL_ROWS 4

struct pl {
	struct priority_row *rows;
	size_t n;
	struct list list;
	struct posyandu *posyandu; /* nakes/admin: the filter's choices */
	size_t nposyandu;
	int filter; /* -1: every posyandu */
};

static void
pl_load(struct pl *p, struct app *app)
{
	char *cause = NULL;
	int sel = p->list.sel;

	priority_rows_free(p->rows, p->n);
	p->rows = NULL;
	p->n = 0;
	if (store_priority_list(app_store(app), app_settings(app)->schedule,
				p->filter >= 0 ? p->posyandu[p->filter].id
					       : NULL,
				app_today(app), &p->rows, &p->n, &cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	list_set_count(&p->list, (int)p->n);
	if (sel >= 0 && sel < (int)p->n)
		p->list.sel = sel;
}

static void
pl_enter(struct screen *s, struct app *app, void *arg)
{
	struct pl *p = xcalloc(1, sizeof *p);
	char *cause = NULL;

	(void)arg;
	p->filter = -1;
	list_init(&p->list, 0);
	if (store_can(app_store(app), PERM_ALL_POSYANDU) &&
	    store_posyandu_list(app_store(app), &p->posyandu, &p->nposyandu,
				&cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	s->state = p;
	pl_load(p, app);
}

static void
pl_leave(struct screen *s, struct app *app)
{
	struct pl *p = s->state;

	(void)app;
	priority_rows_free(p->rows, p->n);
	posyandu_list_free(p->posyandu, p->nposyandu);
	free(p);
}

static void
pl_resume(struct screen *s, struct app *app)
{
	pl_load(s->state, app);
}

static void
pl_row(struct app *app, void *ctx, int row, int y, int x, int w, int selected)
{
	struct pl *p = ctx;
	const struct priority_row *r = &p->rows[row];
	int attr = selected ? app_attr(app, APP_ATTR_SELECTED) : (int)A_NORMAL;
	char *reason;

	draw_text(y, x, 20,
		  r->head_name[0] != '\0' ? r->head_name
					  : tr(MSG_UI_HH_NO_HEAD),
		  attr, 0);
	draw_text(y, x + 21, 22, r->address, attr, 0);
	reason =
		r->reasons.n > 1
			? trf(MSG_UI_PL_MORE, r->reasons.v[0], r->reasons.n - 1)
			: xstrdup(r->reasons.n > 0 ? r->reasons.v[0] : "");
	draw_text(y, x + 44, w - 44, reason, attr, 0);
	free(reason);
}

static void
pl_draw(struct screen *s, struct app *app)
{
	struct pl *p = s->state;
	int y = app_body_top(app), h = app_body_height(app), rows, i, row;
	char day[DATE_ISO_LEN], *line;

	line = trf(MSG_UI_PL_HEADING, date_format_ui(app_today(app), day),
		   p->n);
	draw_text(y, 1, COLS - 2, line, A_BOLD, 0);
	free(line);
	if (p->nposyandu > 0) {
		line = trf(MSG_UI_HH_FILTER,
			   p->filter >= 0 ? p->posyandu[p->filter].name
					  : tr(MSG_UI_HH_FILTER_ALL));
		draw_text(y + 1, 1, COLS - 2, line, A_NORMAL, 0);
		free(line);
	}
	draw_text(y + 2, 1, COLS - 2, tr(MSG_UI_PL_HEAD),
		  app_attr(app, APP_ATTR_HEADING), 0);
	rows = h - 4 - PL_DETAIL_ROWS;
	if (p->n == 0)
		draw_text(y + 3, 1, COLS - 2, tr(MSG_UI_PL_NONE),
			  app_attr(app, APP_ATTR_DIM), 0);
	list_draw(app, &p->list, y + 3, 1, rows, COLS - 2, pl_row, p);
	if (p->list.sel < 0 || (size_t)p->list.sel >= p->n)
		return;
	row = y + 3 + rows;
	draw_hline(app, row++, 1, COLS - 2);
	for (i = 0; i < (int)p->rows[p->list.sel].reasons.n && row < y + h;
	     i++) {
		line = xasprintf("- %s", p->rows[p->list.sel].reasons.v[i]);
		row += draw_wrapped(row, 2, COLS - 4, 0, y + h - row, line,
				    A_NORMAL);
		free(line);
	}
}

static void
pl_visit(struct pl *p, struct app *app)
{
	struct visit_start *a;

	if (p->list.sel < 0 || (size_t)p->list.sel >= p->n)
		return;
	a = xcalloc(1, sizeof *a);
	a->household_id = xstrdup(p->rows[p->list.sel].household_id);
	app_push(app, &screen_visit, a);
}

static enum screen_result
pl_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct pl *p = s->state;

	if (list_key(&p->list, k))
		return SCREEN_HANDLED;
	if (k->fn && k->code == KEY_ENTER) {
		if (p->list.sel >= 0 && (size_t)p->list.sel < p->n)
			app_push(app, &screen_household_view,
				 xstrdup(p->rows[p->list.sel].household_id));
		return SCREEN_HANDLED;
	}
	if (!k->fn && k->ch == 'v') {
		pl_visit(p, app);
		return SCREEN_HANDLED;
	}
	if ((k->fn && k->code == KEY_F(5)) ||
	    (!k->fn && k->ch == UI_CTRL('f'))) {
		if (p->nposyandu == 0) {
			app_statusf(app, APP_MSG_INFO, MSG_UI_FILTER_OWN);
			return SCREEN_HANDLED;
		}
		p->filter =
			p->filter + 1 < (int)p->nposyandu ? p->filter + 1 : -1;
		list_init(&p->list, 0);
		pl_load(p, app);
		return SCREEN_HANDLED;
	}
	if (!k->fn && k->ch == 'q') {
		app_pop(app);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

/* F5 changes the posyandu only for those who see several. */
static int
pl_key_shown(struct screen *s, const struct keyhint *k)
{
	const struct pl *t = s->state;

	return k->label != MSG_UI_KEY_FILTER || t->nposyandu > 0;
}

static const struct keyhint pl_keys[] = {
	{"Enter", MSG_UI_KEY_OPEN},
	{"v", MSG_UI_KEY_VISIT},
	{"F5/^F", MSG_UI_KEY_FILTER},
	{"Esc", MSG_UI_KEY_BACK},
	{NULL, 0},
};

const struct screen_ops screen_priority_list = {
	.name = "priority-list",
	.enter = pl_enter,
	.leave = pl_leave,
	.draw = pl_draw,
	.key = pl_key,
	.resume = pl_resume,
	.title = MSG_UI_PL_TITLE,
	.help = MSG_UI_PL_HELP,
	.keys = pl_keys,
	.key_shown = pl_key_shown,
};
