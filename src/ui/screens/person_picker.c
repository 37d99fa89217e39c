/*
 * screens/person_picker: choosing a person by typing (names, NIK, No. KK,
 * address), for the screens of other issues (immunisation, screening,
 * visits) through struct person_pick (include/ui/screens.h). Each key
 * runs store_person_search() in the actor's scope.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/lineedit.h"
#include "store/db.h"
#include "store/person.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/regtext.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

struct pk {
	struct lineedit search;
	struct person_ref *v;
	size_t n;
	int more;
	struct list list;
	struct person_pick *pick;
	int cursor_x;
};

static void
pk_load(struct pk *k, struct app *app)
{
	struct person_query q;
	char *cause = NULL;

	person_refs_free(k->v, k->n);
	k->v = NULL;
	k->n = 0;
	memset(&q, 0, sizeof q);
	q.text = lineedit_text(&k->search);
	q.include_inactive = k->pick->include_inactive;
	if (store_person_search(app_store(app), &q, &k->v, &k->n, &k->more,
				&cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	list_init(&k->list, (int)k->n);
}

static void
pk_enter(struct screen *s, struct app *app, void *arg)
{
	struct pk *k = xcalloc(1, sizeof *k);

	k->pick = arg;
	lineedit_init(&k->search, 80);
	s->state = k;
	pk_load(k, app);
}

static void
pk_leave(struct screen *s, struct app *app)
{
	struct pk *k = s->state;

	(void)app;
	lineedit_done(&k->search);
	person_refs_free(k->v, k->n);
	free(k->pick);
	free(k);
}

static void
pk_row(struct app *app, void *ctx, int row, int y, int x, int w, int selected)
{
	struct pk *k = ctx;
	const struct person_ref *r = &k->v[row];
	int attr = selected ? app_attr(app, APP_ATTR_SELECTED) : (int)A_NORMAL;
	char sex[2] = {r->sex, '\0'}, dob[24];

	if (r->status != PERSON_AKTIF)
		attr |= app_attr(app, APP_ATTR_DIM);
	draw_text(y, x, 23, r->name, attr, 0);
	draw_text(y, x + 24, 3, sex, attr, 0);
	draw_text(y, x + 28, 11,
		  regtext_dob(r->dob, r->dob_estimated, dob, sizeof dob), attr,
		  0);
	draw_text(y, x + 40, 16, r->nik, attr, 0);
	draw_text(y, x + 57, w - 57, r->address, attr, 0);
}

static void
pk_draw(struct screen *s, struct app *app)
{
	struct pk *k = s->state;
	int y = app_body_top(app), lw, width, col;
	const char *text = lineedit_text(&k->search);
	char *line;

	lw = draw_text(y, 1, 8, tr(MSG_UI_HH_SEARCH), A_BOLD, 0) + 2;
	width = COLS - 2 - lw - 2;
	col = lineedit_view(&k->search, width);
	mvaddch(y, lw, '[');
	mvaddch(y, lw + 1 + width, ']');
	if (text[0] == '\0')
		draw_text(y, lw + 1, width, tr(MSG_UI_HH_SEARCH_HINT),
			  app_attr(app, APP_ATTR_DIM), 1);
	else
		draw_text(y, lw + 1, width, text, app_attr(app, APP_ATTR_FIELD),
			  1);
	k->cursor_x = lw + 1 + col;
	line = k->n == 0 ? xstrdup(tr(MSG_UI_PK_NONE))
	       : k->more ? trf(MSG_UI_HH_MORE, k->n)
			 : trf(MSG_UI_PK_COUNT, k->n);
	draw_text(y + 1, 1, COLS - 2, line, app_attr(app, APP_ATTR_DIM), 0);
	free(line);
	draw_text(y + 2, 1, COLS - 2, tr(MSG_UI_PK_HEAD),
		  app_attr(app, APP_ATTR_HEADING), 0);
	list_draw(app, &k->list, y + 3, 1, app_body_height(app) - 4, COLS - 2,
		  pk_row, k);
}

static void
pk_cursor(struct screen *s, struct app *app, int *y, int *x)
{
	struct pk *k = s->state;

	*y = app_body_top(app);
	*x = k->cursor_x;
}

static enum screen_result
pk_key(struct screen *s, struct app *app, const struct ui_key *key)
{
	struct pk *k = s->state;

	if (list_key(&k->list, key))
		return SCREEN_HANDLED;
	if (key->fn && key->code == KEY_ENTER) {
		if (k->list.sel >= 0 && (size_t)k->list.sel < k->n) {
			app_pop(app);
			k->pick->done(app, k->v[k->list.sel].id, k->pick->ctx);
		}
		return SCREEN_HANDLED;
	}
	if (!key->fn && key->ch == 27) {
		app_pop(app);
		if (k->pick->cancel != NULL)
			k->pick->cancel(app, k->pick->ctx);
		return SCREEN_HANDLED;
	}
	if (ui_search_key(&k->search, key) == 2) {
		pk_load(k, app);
		return SCREEN_HANDLED;
	}
	return key->fn || key->ch < 0x20 || key->ch == '?' ? SCREEN_IGNORED
							   : SCREEN_HANDLED;
}

static const char *
pk_title(struct screen *s)
{
	struct pk *k = s->state;

	return tr(k->pick->title != 0 ? k->pick->title : MSG_UI_PK_TITLE);
}

static const struct keyhint pk_keys[] = {
	{"Enter", MSG_UI_KEY_CHOOSE},
	{"^U", MSG_UI_KEY_CLEAR},
	{"Esc", MSG_UI_KEY_CANCEL},
	{NULL, 0},
};

const struct screen_ops screen_person_picker = {
	.name = "person-picker",
	.enter = pk_enter,
	.leave = pk_leave,
	.draw = pk_draw,
	.key = pk_key,
	.cursor = pk_cursor,
	.title = MSG_UI_PK_TITLE,
	.title_fn = pk_title,
	.help = MSG_UI_PK_HELP,
	.keys = pk_keys,
};
