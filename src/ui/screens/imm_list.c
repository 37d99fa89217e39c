/*
 * screens/imm_list: the people the immunisation part starts from: the
 * children under five (their cards) and the women of 15-49 and pregnant
 * women (their Td status), of the actor's posyandu; nakes and admin
 * choose a posyandu with Tab. Typing filters by name as you type; the
 * store answers at most IMM_LIST_LIMIT rows, so the whole kabupaten
 * never sits in memory.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/lineedit.h"
#include "store/immunisation.h"
#include "store/posyandu.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

#define IMM_LIST_LIMIT 500
#define IMM_FILTER_MAX 40

struct imm_list {
	enum imm_list_kind kind;
	struct lineedit filter;
	struct posyandu *pos; /* what the actor may choose from */
	size_t npos;
	int pos_sel;      /* index into pos; -1 = every posyandu */
	int can_choose;   /* nakes and admin */
	char *place_name; /* the posyandu shown */
	struct imm_list_row *v;
	size_t n;
	struct list list;
	int cursor_x, cursor_y;
};

static void
imm_list_load(struct imm_list *l, struct app *app)
{
	const char *pid = NULL;
	char *cause = NULL;

	imm_list_free(l->v, l->n);
	l->v = NULL;
	l->n = 0;
	if (l->can_choose && l->pos_sel >= 0)
		pid = l->pos[l->pos_sel].id;
	if (store_imm_list(app_store(app), l->kind, pid, app_today(app),
			   lineedit_text(&l->filter), IMM_LIST_LIMIT, &l->v,
			   &l->n, &cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	list_set_count(&l->list, (int)l->n);
	free(l->place_name);
	l->place_name = xstrdup(
		l->can_choose && l->pos_sel < 0 ? tr(MSG_UI_IMM_ALL_POSYANDU)
		: l->npos > 0 ? l->pos[l->pos_sel >= 0 ? l->pos_sel : 0].name
			      : "-");
}

/* The posyandu shown first: this laptop's ([app] posyandu), the
 * actor's own, else the first one. */
static int
imm_list_default(const struct imm_list *l, struct app *app)
{
	const struct store_actor *a = store_actor(app_store(app));
	const char *mine = app_settings(app)->posyandu;
	size_t i;

	for (i = 0; i < l->npos; i++)
		if (!str_empty(mine) && str_eq(l->pos[i].code, mine))
			return (int)i;
	for (i = 0; a != NULL && i < l->npos; i++)
		if (a->posyandu_id != NULL &&
		    str_eq(l->pos[i].id, a->posyandu_id))
			return (int)i;
	return l->npos > 0 ? 0 : -1;
}

static void
imm_list_start(struct screen *s, struct app *app, enum imm_list_kind kind)
{
	struct imm_list *l = xcalloc(1, sizeof *l);
	char *cause = NULL;

	l->kind = kind;
	lineedit_init(&l->filter, IMM_FILTER_MAX);
	list_init(&l->list, 0);
	/* a kader's list holds only their own posyandu, whatever it asks */
	l->can_choose = store_can(app_store(app), PERM_ALL_POSYANDU);
	if (store_posyandu_list(app_store(app), &l->pos, &l->npos, &cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	l->pos_sel = imm_list_default(l, app);
	imm_list_load(l, app);
	s->state = l;
}

static void
imm_children_enter(struct screen *s, struct app *app, void *arg)
{
	(void)arg;
	imm_list_start(s, app, IMM_LIST_CHILDREN);
}

static void
imm_wus_enter(struct screen *s, struct app *app, void *arg)
{
	(void)arg;
	imm_list_start(s, app, IMM_LIST_WUS);
}

static void
imm_list_leave(struct screen *s, struct app *app)
{
	struct imm_list *l = s->state;

	(void)app;
	lineedit_done(&l->filter);
	posyandu_list_free(l->pos, l->npos);
	imm_list_free(l->v, l->n);
	free(l->place_name);
	free(l);
}

static void
imm_list_resume(struct screen *s, struct app *app)
{
	imm_list_load(s->state, app);
}

static void
imm_list_row(struct app *app, void *ctx, int row, int y, int x, int w,
	     int selected)
{
	struct imm_list *l = ctx;
	const struct imm_list_row *r = &l->v[row];
	int attr = selected ? app_attr(app, APP_ATTR_SELECTED) : (int)A_NORMAL;
	char age[32];

	draw_text(y, x, 25, r->name, attr, 0);
	if (l->kind == IMM_LIST_CHILDREN) {
		draw_text(y, x + 26, 3, r->sex == 'P' ? "P" : "L", attr, 0);
		imm_age_words(r->dob, app_today(app), age, sizeof age);
		draw_text(y, x + 30, 12, age, attr, 0);
		draw_text(y, x + 43, 19, r->mother_name, attr, 0);
		draw_text(y, x + 63, w - 63, r->address, attr, 0);
		return;
	}
	trn(age, sizeof age, MSG_UI_IMM_AGE_YEARS,
	    date_age_years(r->dob, app_today(app)));
	draw_text(y, x + 26, 6, age, attr, 0);
	draw_text(y, x + 33, 6, r->pregnant ? tr(MSG_UI_IMM_PREGNANT) : "",
		  attr, 0);
	draw_text(y, x + 40, w - 40, r->address, attr, 0);
}

static void
imm_list_draw(struct screen *s, struct app *app)
{
	struct imm_list *l = s->state;
	int y = app_body_top(app) + 1, h = app_body_height(app) - 4;
	int fx = COLS - 2 - IMM_FILTER_MAX / 2 - 2, col;
	const char *flabel = tr(MSG_UI_IMM_FILTER);

	draw_textf(y, 2, fx - 4 - (int)strlen(flabel),
		   app_attr(app, APP_ATTR_HEADING), MSG_UI_IMM_POSYANDU,
		   l->place_name);
	draw_text(y, fx - 1 - (int)strlen(flabel), (int)strlen(flabel), flabel,
		  A_NORMAL, 0);
	mvaddch(y, fx, '[');
	col = lineedit_view(&l->filter, IMM_FILTER_MAX / 2);
	draw_text(y, fx + 1, IMM_FILTER_MAX / 2, lineedit_text(&l->filter),
		  app_attr(app, APP_ATTR_FIELD_FOCUS), 1);
	mvaddch(y, fx + 1 + IMM_FILTER_MAX / 2, ']');
	l->cursor_y = y;
	l->cursor_x = fx + 1 + col;
	draw_text(y + 1, 2, COLS - 4,
		  tr(l->kind == IMM_LIST_CHILDREN ? MSG_UI_IMM_CHILDREN_HEAD
						  : MSG_UI_IMM_WUS_HEAD),
		  app_attr(app, APP_ATTR_HEADING), 0);
	list_draw(app, &l->list, y + 2, 2, h, COLS - 4, imm_list_row, l);
	if (l->n == 0)
		draw_text(y + 2, 2, COLS - 4, tr(MSG_UI_IMM_NONE),
			  app_attr(app, APP_ATTR_DIM), 0);
	else
		draw_textf(y + 2 + h, 2, COLS - 4, app_attr(app, APP_ATTR_DIM),
			   l->n >= IMM_LIST_LIMIT ? MSG_UI_IMM_MORE
						  : MSG_UI_IMM_COUNT,
			   l->n);
}

static void
imm_list_cursor(struct screen *s, struct app *app, int *y, int *x)
{
	struct imm_list *l = s->state;

	(void)app;
	*y = l->cursor_y;
	*x = l->cursor_x;
}

/* Typing into the filter; 1 when the key was the filter's. */
static int
imm_list_filter_key(struct imm_list *l, const struct ui_key *k)
{
	return ui_search_key(&l->filter, k) != 0;
}

/* Tab / Shift-Tab: the next or previous posyandu, then every one. */
static int
imm_list_cycle(struct imm_list *l, const struct ui_key *k)
{
	int n = (int)l->npos + 1, i;

	if (!l->can_choose || l->npos == 0)
		return 0;
	i = l->pos_sel < 0 ? (int)l->npos : l->pos_sel;
	if (!k->fn && k->ch == '\t')
		i = (i + 1) % n;
	else if (k->fn && k->code == KEY_BTAB)
		i = (i + n - 1) % n;
	else
		return 0;
	l->pos_sel = i == (int)l->npos ? -1 : i;
	return 1;
}

static enum screen_result
imm_list_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct imm_list *l = s->state;

	if (list_key(&l->list, k))
		return SCREEN_HANDLED;
	if (k->fn && k->code == KEY_ENTER) {
		if (l->list.sel >= 0)
			app_push(app, &screen_imm_card,
				 xstrdup(l->v[l->list.sel].id));
		return SCREEN_HANDLED;
	}
	if (imm_list_cycle(l, k) || imm_list_filter_key(l, k)) {
		l->list.sel = 0;
		l->list.top = 0;
		imm_list_load(l, app);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

static const struct keyhint imm_list_keys[] = {
	{"a-z", MSG_UI_KEY_FIND},
	{"Enter", MSG_UI_KEY_CARD},
	{"Tab", MSG_UI_KEY_POSYANDU},
	{"Esc", MSG_UI_KEY_BACK},
	{NULL, 0},
};

const struct screen_ops screen_imm_children = {
	.name = "imm-children",
	.enter = imm_children_enter,
	.leave = imm_list_leave,
	.draw = imm_list_draw,
	.key = imm_list_key,
	.resume = imm_list_resume,
	.cursor = imm_list_cursor,
	.title = MSG_UI_IMM_CHILDREN_TITLE,
	.help = MSG_UI_IMM_LIST_HELP,
	.keys = imm_list_keys,
};

const struct screen_ops screen_imm_wus = {
	.name = "imm-wus",
	.enter = imm_wus_enter,
	.leave = imm_list_leave,
	.draw = imm_list_draw,
	.key = imm_list_key,
	.resume = imm_list_resume,
	.cursor = imm_list_cursor,
	.title = MSG_UI_IMM_WUS_TITLE,
	.help = MSG_UI_IMM_LIST_HELP,
	.keys = imm_list_keys,
};
