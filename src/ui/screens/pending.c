/*
 * screens/pending: a main-menu workflow whose screens a later part of
 * the program builds. It says plainly which data the workflow will hold,
 * so a kader is never left guessing at an empty screen.
 */
#include <curses.h>
#include <stdlib.h>

#include "core/i18n.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screens.h"

static void
pending_enter(struct screen *s, struct app *app, void *arg)
{
	(void)app;
	s->state = arg;
}

static void
pending_draw(struct screen *s, struct app *app)
{
	const struct pending_info *p = s->state;
	int y = app_body_top(app) + 1;

	draw_text(y, 4, COLS - 8, tr(p->title),
		  app_attr(app, APP_ATTR_HEADING), 0);
	draw_wrapped(y + 2, 4, COLS - 8, 0, app_body_height(app) - 4,
		     tr(p->text), A_NORMAL);
}

static const char *
pending_title(struct screen *s)
{
	const struct pending_info *p = s->state;

	return tr(p->title);
}

static enum screen_result
pending_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	(void)s;
	if ((k->fn && k->code == KEY_ENTER) || (!k->fn && k->ch == 'q')) {
		app_pop(app);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

static const struct keyhint pending_keys[] = {
	{"Esc", MSG_UI_KEY_BACK},
	{NULL, 0},
};

const struct screen_ops screen_pending = {
	.name = "pending",
	.enter = pending_enter,
	.draw = pending_draw,
	.key = pending_key,
	.title = MSG_UI_PENDING_TITLE,
	.title_fn = pending_title,
	.help = MSG_UI_PENDING_HELP,
	.keys = pending_keys,
};
