/*
 * screens/visit_history: a household's home visits, newest first, with
 * who saved each, who was present and its findings; voided visits stay
 * in the list, marked. Enter opens one; n starts a new visit.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "store/db.h"
#include "store/visit.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

struct vh {
	char *household_id;
	struct visit_row *rows;
	size_t n;
	struct list list;
};

static void
vh_load(struct vh *h, struct app *app)
{
	char *cause = NULL;
	int sel = h->list.sel;

	visit_rows_free(h->rows, h->n);
	h->rows = NULL;
	h->n = 0;
	if (store_visit_history(app_store(app), h->household_id, &h->rows,
				&h->n, &cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	list_set_count(&h->list, (int)h->n);
	if (sel >= 0 && sel < (int)h->n)
		h->list.sel = sel;
}

static void
vh_enter(struct screen *s, struct app *app, void *arg)
{
	struct vh *h = xcalloc(1, sizeof *h);

	h->household_id = arg;
	list_init(&h->list, 0);
	s->state = h;
	vh_load(h, app);
}

static void
vh_leave(struct screen *s, struct app *app)
{
	struct vh *h = s->state;

	(void)app;
	visit_rows_free(h->rows, h->n);
	free(h->household_id);
	free(h);
}

static void
vh_resume(struct screen *s, struct app *app)
{
	vh_load(s->state, app);
}

static void
vh_row(struct app *app, void *ctx, int row, int y, int x, int w, int selected)
{
	struct vh *h = ctx;
	const struct visit_row *r = &h->rows[row];
	int attr = selected ? app_attr(app, APP_ATTR_SELECTED) : (int)A_NORMAL;
	char day[DATE_ISO_LEN], *found;

	if (r->voided)
		attr |= app_attr(app, APP_ATTR_DIM);
	draw_text(y, x, 10, date_format_ui(r->on, day), attr, 0);
	draw_text(y, x + 11, 10, r->created_by, attr, 0);
	found = r->voided ? xstrdup(tr(MSG_UI_VH_VOID))
			  : trf(MSG_UI_VH_FOUND, r->refer, r->followup);
	draw_text(y, x + 22, 18, found, attr, 0);
	free(found);
	draw_text(y, x + 41, w - 41, r->present, attr, 0);
}

static void
vh_draw(struct screen *s, struct app *app)
{
	struct vh *h = s->state;
	int y = app_body_top(app), hh = app_body_height(app);
	char *line;

	line = trf(MSG_UI_VH_HEADING, h->n);
	draw_text(y, 1, COLS - 2, line, A_BOLD, 0);
	free(line);
	draw_text(y + 1, 1, COLS - 2, tr(MSG_UI_VH_HEAD),
		  app_attr(app, APP_ATTR_HEADING), 0);
	if (h->n == 0)
		draw_text(y + 2, 1, COLS - 2, tr(MSG_UI_VH_NONE),
			  app_attr(app, APP_ATTR_DIM), 0);
	list_draw(app, &h->list, y + 2, 1, hh - 3, COLS - 2, vh_row, h);
}

static enum screen_result
vh_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct vh *h = s->state;

	if (list_key(&h->list, k))
		return SCREEN_HANDLED;
	if (k->fn && k->code == KEY_ENTER) {
		if (h->list.sel >= 0 && (size_t)h->list.sel < h->n)
			app_push(app, &screen_visit_view,
				 xstrdup(h->rows[h->list.sel].id));
		return SCREEN_HANDLED;
	}
	if (!k->fn && k->ch == 'n') {
		struct visit_start *a = xcalloc(1, sizeof *a);

		a->household_id = xstrdup(h->household_id);
		app_push(app, &screen_visit, a);
		return SCREEN_HANDLED;
	}
	if (!k->fn && k->ch == 'q') {
		app_pop(app);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

static const struct keyhint vh_keys[] = {
	{"Enter", MSG_UI_KEY_OPEN},
	{"n", MSG_UI_KEY_VISIT},
	{"Esc", MSG_UI_KEY_BACK},
	{NULL, 0},
};

const struct screen_ops screen_visit_history = {
	.name = "visit-history",
	.enter = vh_enter,
	.leave = vh_leave,
	.draw = vh_draw,
	.key = vh_key,
	.resume = vh_resume,
	.title = MSG_UI_VH_TITLE,
	.help = MSG_UI_VH_HELP,
	.keys = vh_keys,
};
