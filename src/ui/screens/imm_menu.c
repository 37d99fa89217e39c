/*
 * screens/imm_menu: "Imunisasi" in the main menu: the immunisation cards
 * of the under-fives, the Td status of women, and the due list of a
 * posyandu day. Digits pick directly.
 */
#include <curses.h>
#include <stdlib.h>

#include "core/i18n.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

enum { IMM_MENU_CHILDREN, IMM_MENU_WUS, IMM_MENU_DUE, IMM_MENU_COUNT };

static const struct menu_item imm_menu_items[IMM_MENU_COUNT] = {
	{MSG_UI_IMM_MENU_CHILDREN, MSG_UI_IMM_MENU_CHILDREN_HINT},
	{MSG_UI_IMM_MENU_WUS, MSG_UI_IMM_MENU_WUS_HINT},
	{MSG_UI_IMM_MENU_DUE, MSG_UI_IMM_MENU_DUE_HINT},
};

static void
imm_menu_enter(struct screen *s, struct app *app, void *arg)
{
	struct menu *m = xcalloc(1, sizeof *m);

	(void)app;
	(void)arg;
	m->items = imm_menu_items;
	m->n = IMM_MENU_COUNT;
	s->state = m;
}

static void
imm_menu_leave(struct screen *s, struct app *app)
{
	(void)app;
	free(s->state);
}

static void
imm_menu_draw(struct screen *s, struct app *app)
{
	int y = app_body_top(app) + 1;

	draw_text(y, 4, COLS - 8, tr(MSG_UI_IMM_TITLE),
		  app_attr(app, APP_ATTR_HEADING), 0);
	menu_draw(app, s->state, y + 2, 4, 50);
}

static enum screen_result
imm_menu_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	static const struct screen_ops *const next[IMM_MENU_COUNT] = {
		&screen_imm_children, &screen_imm_wus, &screen_imm_due};
	int r = menu_key(s->state, k);

	if (r >= 0) {
		app_push(app, next[r], NULL);
		return SCREEN_HANDLED;
	}
	if (r == MENU_NONE)
		return SCREEN_HANDLED;
	if (!k->fn && k->ch == 'q') {
		app_pop(app);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

static const struct keyhint imm_menu_keys[] = {
	{"1-3", MSG_UI_KEY_CHOOSE},
	{"Enter", MSG_UI_KEY_OPEN},
	{"Esc", MSG_UI_KEY_BACK},
	{NULL, 0},
};

const struct screen_ops screen_imm_menu = {
	.name = "imm-menu",
	.enter = imm_menu_enter,
	.leave = imm_menu_leave,
	.draw = imm_menu_draw,
	.key = imm_menu_key,
	.title = MSG_UI_IMM_TITLE,
	.help = MSG_UI_IMM_MENU_HELP,
	.keys = imm_menu_keys,
};
