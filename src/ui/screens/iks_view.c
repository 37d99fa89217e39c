/*
 * screens/iks_view: a household's family health index (ILP.md §5): the
 * twelve indicators, each 1, 0 or N with the reason in words
 * (iks_explain: who made it 0, what is not known yet), the index and its
 * category, from store_iks_household(). Also the one-line summary the
 * household view shows (visit_household_line).
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "core/i18n.h"
#include "core/iks.h"
#include "store/db.h"
#include "store/iks.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

#define IV_DETAIL_ROWS 3

struct iv {
	char *id;
	struct iks_view v;
	int found;
	struct list list;
	char *why[IKS_COUNT];
};

static const char *
iv_value(enum iks_value v)
{
	switch (v) {
	case IKS_VALUE_1:
		return "1";
	case IKS_VALUE_0:
		return "0";
	case IKS_VALUE_N:
		return "N";
	case IKS_VALUE_UNKNOWN:
		break;
	}
	return "?";
}

/* "0.571 (4/7)" or "-" when every indicator is N. */
static char *
iv_index_text(const struct iks_result *r)
{
	if (r->denominator <= 0)
		return xstrdup("-");
	return xasprintf("%.3f (%d/%d)", r->index, r->ones, r->denominator);
}

char *
visit_household_line(struct app *app, const char *household_id)
{
	struct iks_view v;
	char *cause = NULL, *index, *line, day[DATE_ISO_LEN];
	int rc;

	rc = store_iks_household(app_store(app), app_settings(app)->checklists,
				 app_settings(app)->schedule, household_id,
				 app_today(app), &v, &cause);
	if (rc <= 0) {
		free(cause);
		return NULL;
	}
	index = iv_index_text(&v.r);
	if (v.visited)
		line = trf(MSG_UI_IV_LINE, index,
			   iks_category_name(v.r.category),
			   date_format_ui(v.last_visit, day));
	else
		line = trf(MSG_UI_IV_LINE_NEVER, index,
			   iks_category_name(v.r.category));
	free(index);
	iks_view_free(&v);
	return line;
}

static void
iv_load(struct iv *s, struct app *app)
{
	char *cause = NULL;
	int i, rc;

	iks_view_free(&s->v);
	for (i = 0; i < IKS_COUNT; i++) {
		free(s->why[i]);
		s->why[i] = NULL;
	}
	rc = store_iks_household(app_store(app), app_settings(app)->checklists,
				 app_settings(app)->schedule, s->id,
				 app_today(app), &s->v, &cause);
	if (rc < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	s->found = rc > 0;
	if (!s->found)
		return;
	for (i = 0; i < IKS_COUNT; i++)
		s->why[i] = iks_explain(&s->v.r, (enum iks_indicator)i, s->v.m,
					s->v.n);
}

static void
iv_enter(struct screen *sc, struct app *app, void *arg)
{
	struct iv *s = xcalloc(1, sizeof *s);

	s->id = arg;
	list_init(&s->list, IKS_COUNT);
	sc->state = s;
	iv_load(s, app);
}

static void
iv_leave(struct screen *sc, struct app *app)
{
	struct iv *s = sc->state;
	int i;

	(void)app;
	iks_view_free(&s->v);
	for (i = 0; i < IKS_COUNT; i++)
		free(s->why[i]);
	free(s->id);
	free(s);
}

static void
iv_resume(struct screen *sc, struct app *app)
{
	iv_load(sc->state, app);
}

static void
iv_row(struct app *app, void *ctx, int row, int y, int x, int w, int selected)
{
	struct iv *s = ctx;
	const struct iks_state *st = &s->v.r.ind[row];
	int attr = selected ? app_attr(app, APP_ATTR_SELECTED) : (int)A_NORMAL;
	char num[16];

	snprintf(num, sizeof num, "%2d", row + 1);
	if (!selected && st->value == IKS_VALUE_0)
		attr |= st->unknown ? app_attr(app, APP_ATTR_DIM)
				    : app_attr(app, APP_ATTR_ERROR);
	draw_text(y, x, 3, num, attr, 0);
	draw_text(y, x + 4, 40, iks_indicator_name((enum iks_indicator)row),
		  attr, 0);
	draw_text(y, x + 47, 2, iv_value(st->value), attr | A_BOLD, 0);
	draw_text(y, x + 51, w - 51, s->why[row] != NULL ? s->why[row] : "",
		  attr, 0);
}

static void
iv_draw(struct screen *sc, struct app *app)
{
	struct iv *s = sc->state;
	int y = app_body_top(app), h = app_body_height(app), rows;
	char *index, *line, day[DATE_ISO_LEN];

	if (!s->found) {
		draw_text(y + 1, 2, COLS - 4, tr(MSG_UI_HV_GONE), A_BOLD, 0);
		return;
	}
	index = iv_index_text(&s->v.r);
	line = trf(MSG_UI_IV_HEADING, index,
		   iks_category_name(s->v.r.category));
	draw_text(y, 1, COLS - 2, line, A_BOLD, 0);
	free(line);
	free(index);
	line = s->v.visited ? trf(MSG_UI_IV_VISITED,
				  date_format_ui(s->v.last_visit, day),
				  s->v.r.unknowns)
			    : trf(MSG_UI_IV_NEVER, s->v.r.unknowns);
	draw_text(y + 1, 1, COLS - 2, line, app_attr(app, APP_ATTR_DIM), 0);
	free(line);
	draw_text(y + 2, 1, COLS - 2, tr(MSG_UI_IV_HEAD),
		  app_attr(app, APP_ATTR_HEADING), 0);
	rows = h - 3 - IV_DETAIL_ROWS;
	if (rows > IKS_COUNT)
		rows = IKS_COUNT;
	list_draw(app, &s->list, y + 3, 1, rows, COLS - 2, iv_row, s);
	if (s->list.sel >= 0 && s->why[s->list.sel] != NULL) {
		draw_hline(app, y + 3 + rows, 1, COLS - 2);
		draw_wrapped(y + 4 + rows, 2, COLS - 4, 0, IV_DETAIL_ROWS - 1,
			     s->why[s->list.sel], A_NORMAL);
	}
}

static enum screen_result
iv_key(struct screen *sc, struct app *app, const struct ui_key *k)
{
	struct iv *s = sc->state;

	if (list_key(&s->list, k))
		return SCREEN_HANDLED;
	if (!k->fn && k->ch == 'q') {
		app_pop(app);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

static const struct keyhint iv_keys[] = {
	{"Up/Down", MSG_UI_KEY_SCROLL},
	{"Esc", MSG_UI_KEY_BACK},
	{NULL, 0},
};

const struct screen_ops screen_iks_view = {
	.name = "iks-view",
	.enter = iv_enter,
	.leave = iv_leave,
	.draw = iv_draw,
	.key = iv_key,
	.resume = iv_resume,
	.title = MSG_UI_IV_TITLE,
	.help = MSG_UI_IV_HELP,
	.keys = iv_keys,
};
