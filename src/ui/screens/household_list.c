/*
 * screens/household_list: "Keluarga", the households of the user's
 * posyandu (nakes and admin: every posyandu, with a filter), filtered as
 * the user types over names, NIK, No. KK and address. Each key runs one
 * store_household_search(); through the index only the rows on screen
 * are read in full (store_household_fill), so a keystroke stays a few
 * milliseconds on a kabupaten's database. The same screen chooses a
 * household for another screen (screen_household_pick).
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/lineedit.h"
#include "store/db.h"
#include "store/household.h"
#include "store/posyandu.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/regtext.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

#define HL_SEARCH_MAX 80

struct hl {
	struct lineedit search;
	struct household_row *rows;
	size_t n;
	int more;
	struct list list;
	struct posyandu *posyandu; /* nakes/admin: the filter's choices */
	size_t nposyandu;
	int filter; /* -1: every posyandu, else an index into posyandu */
	struct household_pick *pick; /* NULL: browsing */
	char *except;                /* pick: a household not offered */
	int cursor_x;
};

/* Rows of the list at the current terminal size. */
static int
hl_list_height(struct app *app)
{
	int h = app_body_height(app) - 4;

	return h > 1 ? h : 1;
}

static void
hl_fill_visible(struct hl *h, struct app *app)
{
	char *cause = NULL;

	if (h->n == 0)
		return;
	if (store_household_fill(
		    app_store(app), h->rows, h->n, (size_t)h->list.top,
		    (size_t)h->list.height + 1, app_today(app), &cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
}

static void
hl_drop_except(struct hl *h)
{
	size_t i;

	if (h->except == NULL)
		return;
	for (i = 0; i < h->n; i++) {
		if (str_eq(h->rows[i].id, h->except)) {
			free(h->rows[i].id);
			free(h->rows[i].head_name);
			free(h->rows[i].no_kk);
			free(h->rows[i].address);
			free(h->rows[i].rt);
			free(h->rows[i].rw);
			free(h->rows[i].dusun);
			free(h->rows[i].posyandu_code);
			memmove(&h->rows[i], &h->rows[i + 1],
				(h->n - i - 1) * sizeof h->rows[0]);
			h->n--;
			return;
		}
	}
}

static void
hl_load(struct hl *h, struct app *app)
{
	struct household_query q;
	char *cause = NULL;

	household_rows_free(h->rows, h->n);
	h->rows = NULL;
	h->n = 0;
	memset(&q, 0, sizeof q);
	q.text = lineedit_text(&h->search);
	q.at = app_today(app);
	q.posyandu_id = h->filter >= 0 ? h->posyandu[h->filter].id : NULL;
	q.preload = hl_list_height(app) + 1;
	if (store_household_search(app_store(app), &q, &h->rows, &h->n,
				   &h->more, &cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	hl_drop_except(h);
	list_init(&h->list, (int)h->n);
	h->list.height = hl_list_height(app);
	hl_fill_visible(h, app);
}

static void
hl_enter(struct screen *s, struct app *app, void *arg)
{
	struct hl *h = xcalloc(1, sizeof *h);
	char *cause = NULL;

	lineedit_init(&h->search, HL_SEARCH_MAX);
	list_init(&h->list, 0);
	h->filter = -1;
	h->pick = arg;
	if (h->pick != NULL && h->pick->except_id != NULL)
		h->except = xstrdup(h->pick->except_id);
	if (store_can(app_store(app), PERM_ALL_POSYANDU) &&
	    store_posyandu_list(app_store(app), &h->posyandu, &h->nposyandu,
				&cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	s->state = h;
	hl_load(h, app);
}

static void
hl_leave(struct screen *s, struct app *app)
{
	struct hl *h = s->state;

	(void)app;
	lineedit_done(&h->search);
	household_rows_free(h->rows, h->n);
	posyandu_list_free(h->posyandu, h->nposyandu);
	free(h->pick);
	free(h->except);
	free(h);
}

static void
hl_resume(struct screen *s, struct app *app)
{
	struct hl *h = s->state;
	int sel = h->list.sel, top = h->list.top;

	hl_load(h, app);
	if (sel >= 0 && sel < (int)h->n) {
		h->list.sel = sel;
		h->list.top = top <= sel ? top : sel;
		hl_fill_visible(h, app);
	}
}

static void
hl_row(struct app *app, void *ctx, int row, int y, int x, int w, int selected)
{
	struct hl *h = ctx;
	const struct household_row *r = &h->rows[row];
	int attr = selected ? app_attr(app, APP_ATTR_SELECTED) : (int)A_NORMAL;
	char rtrw[16], count[8], badges[64];

	if (!r->loaded) {
		draw_text(y, x, w, "...", attr | app_attr(app, APP_ATTR_DIM),
			  0);
		return;
	}
	snprintf(rtrw, sizeof rtrw, "%s/%s", r->rt, r->rw);
	snprintf(count, sizeof count, "%3d", r->members);
	draw_text(y, x, 20,
		  r->head_name[0] != '\0' ? r->head_name
					  : tr(MSG_UI_HH_NO_HEAD),
		  attr, 0);
	draw_text(y, x + 21, 20, r->address, attr, 0);
	draw_text(y, x + 42, 7, rtrw, attr, 0);
	draw_text(y, x + 50, 3, count, attr, 0);
	draw_text(y, x + 54, w - 54,
		  regtext_badges(r->badges, badges, sizeof badges), attr, 0);
}

static void
hl_draw(struct screen *s, struct app *app)
{
	struct hl *h = s->state;
	int y = app_body_top(app), lw, col, width = COLS - 2 - 8;
	const char *text;
	char *line;

	lw = draw_text(y, 1, 8, tr(MSG_UI_HH_SEARCH), A_BOLD, 0) + 2;
	width = COLS - 2 - lw - 2;
	col = lineedit_view(&h->search, width);
	text = lineedit_text(&h->search);
	mvaddch(y, lw, '[');
	mvaddch(y, lw + 1 + width, ']');
	if (text[0] == '\0')
		draw_text(y, lw + 1, width, tr(MSG_UI_HH_SEARCH_HINT),
			  app_attr(app, APP_ATTR_DIM), 1);
	else
		draw_text(y, lw + 1, width, text, app_attr(app, APP_ATTR_FIELD),
			  1);
	h->cursor_x = lw + 1 + col;
	line = h->filter >= 0
		       ? trf(MSG_UI_HH_FILTER, h->posyandu[h->filter].name)
	       : h->nposyandu > 0
		       ? trf(MSG_UI_HH_FILTER, tr(MSG_UI_HH_FILTER_ALL))
		       : xstrdup("");
	draw_text(y + 1, 1, 40, line, A_NORMAL, 0);
	free(line);
	line = h->n == 0 ? xstrdup(tr(MSG_UI_HH_NONE))
	       : h->more ? trf(MSG_UI_HH_MORE, h->n)
			 : trf(MSG_UI_HH_COUNT, h->n);
	draw_text(y + 1, 42, COLS - 43, line, app_attr(app, APP_ATTR_DIM), 0);
	free(line);
	draw_text(y + 2, 1, COLS - 2, tr(MSG_UI_HH_HEAD),
		  app_attr(app, APP_ATTR_HEADING), 0);
	list_draw(app, &h->list, y + 3, 1, hl_list_height(app), COLS - 2,
		  hl_row, h);
}

static void
hl_cursor(struct screen *s, struct app *app, int *y, int *x)
{
	struct hl *h = s->state;

	*y = app_body_top(app);
	*x = h->cursor_x;
}

/* Enter: open the household, or hand it to the screen that asked. */
static void
hl_choose(struct hl *h, struct app *app)
{
	const struct household_row *r;

	if (h->list.sel < 0 || (size_t)h->list.sel >= h->n)
		return;
	r = &h->rows[h->list.sel];
	if (h->pick == NULL) {
		app_push(app, &screen_household_view, xstrdup(r->id));
		return;
	}
	app_pop(app);
	h->pick->done(app, r->id, h->pick->ctx);
}

static enum screen_result
hl_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct hl *h = s->state;

	if (list_key(&h->list, k)) {
		hl_fill_visible(h, app);
		return SCREEN_HANDLED;
	}
	if (k->fn && k->code == KEY_ENTER) {
		hl_choose(h, app);
		return SCREEN_HANDLED;
	}
	if (h->pick == NULL && ((k->fn && k->code == KEY_F(4)) ||
				(!k->fn && k->ch == UI_CTRL('n')))) {
		app_push(app, &screen_household_form, NULL);
		return SCREEN_HANDLED;
	}
	if ((k->fn && k->code == KEY_F(5)) ||
	    (!k->fn && k->ch == UI_CTRL('f'))) {
		if (h->nposyandu == 0) {
			app_statusf(app, APP_MSG_INFO, MSG_UI_FILTER_OWN);
			return SCREEN_HANDLED;
		}
		h->filter =
			h->filter + 1 < (int)h->nposyandu ? h->filter + 1 : -1;
		hl_load(h, app);
		return SCREEN_HANDLED;
	}
	if (!k->fn && k->ch == 27) {
		app_pop(app);
		if (h->pick != NULL && h->pick->cancel != NULL)
			h->pick->cancel(app, h->pick->ctx);
		return SCREEN_HANDLED;
	}
	if (ui_search_key(&h->search, k) == 2) {
		hl_load(h, app);
		return SCREEN_HANDLED;
	}
	return k->fn || k->ch < 0x20 || k->ch == '?' ? SCREEN_IGNORED
						     : SCREEN_HANDLED;
}

static const char *
hl_title(struct screen *s)
{
	struct hl *h = s->state;

	if (h->pick == NULL)
		return tr(MSG_UI_HH_TITLE);
	return tr(h->pick->title != 0 ? h->pick->title : MSG_UI_HH_PICK_TITLE);
}

/* F5 changes the posyandu only for those who see several. */
static int
hl_key_shown(struct screen *s, const struct keyhint *k)
{
	const struct hl *t = s->state;

	return k->label != MSG_UI_KEY_FILTER || t->nposyandu > 0;
}

static const struct keyhint hl_keys[] = {
	{"Enter", MSG_UI_KEY_OPEN},   {"F4/^N", MSG_UI_KEY_NEW_HOUSEHOLD},
	{"F5/^F", MSG_UI_KEY_FILTER}, {"^U", MSG_UI_KEY_CLEAR},
	{"Esc", MSG_UI_KEY_BACK},     {NULL, 0},
};

static const struct keyhint hl_pick_keys[] = {
	{"Enter", MSG_UI_KEY_CHOOSE},
	{"F5/^F", MSG_UI_KEY_FILTER},
	{"Esc", MSG_UI_KEY_CANCEL},
	{NULL, 0},
};

const struct screen_ops screen_household_list = {
	.name = "household-list",
	.enter = hl_enter,
	.leave = hl_leave,
	.draw = hl_draw,
	.key = hl_key,
	.resume = hl_resume,
	.cursor = hl_cursor,
	.title = MSG_UI_HH_TITLE,
	.title_fn = hl_title,
	.help = MSG_UI_HH_HELP,
	.keys = hl_keys,
	.key_shown = hl_key_shown,
};

const struct screen_ops screen_household_pick = {
	.name = "household-pick",
	.enter = hl_enter,
	.leave = hl_leave,
	.draw = hl_draw,
	.key = hl_key,
	.resume = hl_resume,
	.cursor = hl_cursor,
	.title = MSG_UI_HH_PICK_TITLE,
	.title_fn = hl_title,
	.help = MSG_UI_HH_HELP,
	.keys = hl_pick_keys,
	.key_shown = hl_key_shown,
};
