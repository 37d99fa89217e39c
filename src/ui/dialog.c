/*
 * ui/dialog: a yes/no question and a scrollable text, both modal
 * screens drawn over their parent.
 */
#include "ui/dialog.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/utf8.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screen.h"
#include "util.h"

/* ---- confirm ---------------------------------------------------------- */

struct confirm {
	char *question;
	dialog_fn yes;
	dialog_fn no;
	void *ctx;
	int choice; /* 0 = Ya, 1 = Tidak */
};

static void
confirm_enter(struct screen *s, struct app *app, void *arg)
{
	(void)app;
	s->state = arg;
}

static void
confirm_leave(struct screen *s, struct app *app)
{
	struct confirm *c = s->state;

	(void)app;
	free(c->question);
	free(c);
}

static void
confirm_draw(struct screen *s, struct app *app)
{
	struct confirm *c = s->state;
	int w = COLS - 20 < 60 ? COLS - 20 : 60;
	int rows = draw_wrapped_rows(w - 4, c->question);
	int h = rows + 4, y = (LINES - h) / 2, x = (COLS - w) / 2;
	char yes[32], no[32];

	draw_box(app, y, x, h, w, tr(MSG_UI_CONFIRM_TITLE));
	draw_wrapped(y + 1, x + 2, w - 4, 0, rows, c->question, A_NORMAL);
	snprintf(yes, sizeof yes, "[ %s ]", tr(MSG_UI_YES_KEY));
	snprintf(no, sizeof no, "[ %s ]", tr(MSG_UI_NO_KEY));
	draw_text(y + h - 2, x + w / 2 - utf8_width(yes) - 2, 20, yes,
		  c->choice == 0 ? app_attr(app, APP_ATTR_SELECTED)
				 : (int)A_NORMAL,
		  0);
	draw_text(y + h - 2, x + w / 2 + 2, 20, no,
		  c->choice == 1 ? app_attr(app, APP_ATTR_SELECTED)
				 : (int)A_NORMAL,
		  0);
}

static void
confirm_answer(struct app *app, struct confirm *c, int yes)
{
	dialog_fn fn = yes ? c->yes : c->no;
	void *ctx = c->ctx;

	app_pop(app);
	if (fn != NULL)
		fn(app, ctx);
}

static enum screen_result
confirm_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct confirm *c = s->state;

	if (k->fn) {
		switch (k->code) {
		case KEY_LEFT:
		case KEY_RIGHT:
		case KEY_BTAB:
			c->choice = !c->choice;
			return SCREEN_HANDLED;
		case KEY_ENTER:
			confirm_answer(app, c, c->choice == 0);
			return SCREEN_HANDLED;
		case KEY_F(10):
			/* F10 on the quit question means yes */
			confirm_answer(app, c, 1);
			return SCREEN_HANDLED;
		default:
			return SCREEN_HANDLED;
		}
	}
	switch (k->ch) {
	case 'y':
	case 'Y':
		confirm_answer(app, c, 1);
		break;
	case 'n':
	case 'N':
	case 't':
	case 'T':
	case 27:
		confirm_answer(app, c, 0);
		break;
	case '\t':
		c->choice = !c->choice;
		break;
	default:
		break;
	}
	return SCREEN_HANDLED;
}

static const struct keyhint confirm_keys[] = {
	{"y", MSG_UI_YES_KEY},
	{"n/Esc", MSG_UI_NO_KEY},
	{NULL, 0},
};

static const struct screen_ops confirm_ops = {
	.name = "confirm",
	.flags = SCREEN_MODAL | SCREEN_NO_LOGIN,
	.enter = confirm_enter,
	.leave = confirm_leave,
	.draw = confirm_draw,
	.key = confirm_key,
	.title = MSG_UI_CONFIRM_TITLE,
	.help = MSG_UI_CONFIRM_HELP,
	.keys = confirm_keys,
};

void
dialog_confirm(struct app *app, const char *question, dialog_fn yes,
	       dialog_fn no, void *ctx)
{
	struct confirm *c = xcalloc(1, sizeof *c);

	c->question = xstrdup(question);
	c->yes = yes;
	c->no = no;
	c->ctx = ctx;
	app_push(app, &confirm_ops, c);
}

static void
dialog_pop(struct app *app, void *ctx)
{
	(void)ctx;
	app_pop(app);
}

void
dialog_leave_form(struct app *app, int dirty)
{
	if (!dirty)
		app_pop(app);
	else
		dialog_confirm(app, tr(MSG_UI_DROP_INPUT), dialog_pop, NULL,
			       NULL);
}

/* ---- text ------------------------------------------------------------- */

struct textview {
	char *title;
	char *text;
	int top;
};

static void
text_enter(struct screen *s, struct app *app, void *arg)
{
	(void)app;
	s->state = arg;
}

static void
text_leave(struct screen *s, struct app *app)
{
	struct textview *t = s->state;

	(void)app;
	free(t->title);
	free(t->text);
	free(t);
}

static void
text_geometry(int *y, int *x, int *h, int *w)
{
	*w = COLS - 4;
	*h = LINES - 4;
	*y = 1;
	*x = 2;
}

static void
text_draw(struct screen *s, struct app *app)
{
	struct textview *t = s->state;
	int y, x, h, w, rows;

	text_geometry(&y, &x, &h, &w);
	draw_box(app, y, x, h, w, t->title);
	rows = draw_wrapped_rows(w - 4, t->text);
	if (t->top > rows - (h - 2))
		t->top = rows - (h - 2) > 0 ? rows - (h - 2) : 0;
	draw_wrapped(y + 1, x + 2, w - 4, t->top, h - 2, t->text, A_NORMAL);
}

static enum screen_result
text_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct textview *t = s->state;
	int page = LINES - 7;

	if (k->fn) {
		switch (k->code) {
		case KEY_UP:
			if (t->top > 0)
				t->top--;
			break;
		case KEY_DOWN:
			t->top++;
			break;
		case KEY_PPAGE:
			t->top = t->top > page ? t->top - page : 0;
			break;
		case KEY_NPAGE:
			t->top += page;
			break;
		case KEY_HOME:
			t->top = 0;
			break;
		case KEY_ENTER:
		case KEY_F(1):
			app_pop(app);
			break;
		default:
			return SCREEN_IGNORED;
		}
		return SCREEN_HANDLED;
	}
	if (k->ch == 27 || k->ch == 'q' || k->ch == '?' ||
	    k->ch == UI_CTRL('b')) {
		app_pop(app);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

static const struct keyhint text_keys[] = {
	{"PgUp/PgDn", MSG_UI_KEY_SCROLL},
	{"Esc", MSG_UI_KEY_CLOSE},
	{NULL, 0},
};

static const struct screen_ops text_ops = {
	.name = "text",
	.flags = SCREEN_MODAL | SCREEN_NO_LOGIN,
	.enter = text_enter,
	.leave = text_leave,
	.draw = text_draw,
	.key = text_key,
	.title = MSG_UI_HELP_TITLE,
	.help = MSG_UI_TEXT_HELP,
	.keys = text_keys,
};

void
dialog_text(struct app *app, const char *title, const char *text)
{
	struct textview *t = xcalloc(1, sizeof *t);

	t->title = xstrdup(title);
	t->text = xstrdup(text);
	app_push(app, &text_ops, t);
}
