/*
 * ui/app: curses set-up, the one event loop and the screen stack.
 *
 * Each pass: apply pending stack changes, erase, draw the title bar, the
 * screens from the lowest visible one up (a modal screen draws over its
 * parent), the status line and the key bar, refresh (ncurses sends only
 * what changed), then wait up to a second for a key. KEY_RESIZE is
 * handled here only; below 80x24 a "terminal too small" screen replaces
 * everything until the window grows again.
 */
#include "ui/app.h"

#include <assert.h>
#include <curses.h>
#include <langinfo.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/i18n.h"
#include "core/utf8.h"
#include "store/db.h"
#include "store/posyandu.h"
#include "ui/dialog.h"
#include "ui/draw.h"
#include "ui/screen.h"
#include "ui/screens.h"
#include "util.h"

#define APP_STACK_MAX 24
#define APP_PENDING_MAX 8
#define APP_MIN_COLS 80
#define APP_MIN_LINES 24

enum app_op { APP_OP_PUSH, APP_OP_POP, APP_OP_REPLACE, APP_OP_RESET };

struct app_pending {
	enum app_op op;
	const struct screen_ops *ops;
	void *arg;
};

struct app {
	const struct ui_params *p;
	struct store *store;
	struct screen stack[APP_STACK_MAX];
	int depth;
	struct app_pending pending[APP_PENDING_MAX];
	int npending;
	char *status;
	enum app_msg_level status_level;
	int quit;
	int attrs[APP_ATTR_COUNT];
	int ascii;
	char *place; /* the actor's posyandu name for the title bar */
};

static void app_draw(struct app *app);

/* ---- curses set-up and teardown ------------------------------------ */

static SCREEN *app_term;

static void
app_endwin(void)
{
	if (app_term != NULL) {
		endwin();
		delscreen(app_term);
		app_term = NULL;
	}
}

static void
app_colors(struct app *app)
{
	const struct settings *s = app->p->settings;
	int i, color;

	for (i = 0; i < APP_ATTR_COUNT; i++)
		app->attrs[i] = A_NORMAL;
	app->attrs[APP_ATTR_TITLE] = A_REVERSE;
	app->attrs[APP_ATTR_BANNER] = A_REVERSE | A_BOLD;
	app->attrs[APP_ATTR_SELECTED] = A_REVERSE;
	app->attrs[APP_ATTR_FIELD] = A_UNDERLINE;
	app->attrs[APP_ATTR_FIELD_FOCUS] = A_REVERSE;
	app->attrs[APP_ATTR_ERROR] = A_BOLD;
	app->attrs[APP_ATTR_OK] = A_BOLD;
	app->attrs[APP_ATTR_DIM] = A_DIM;
	app->attrs[APP_ATTR_HEADING] = A_BOLD;
	app->attrs[APP_ATTR_KEY] = A_BOLD;

	color = has_colors() && s->theme != CONFIG_THEME_MONO &&
		(s->theme == CONFIG_THEME_COLOR || getenv("NO_COLOR") == NULL ||
		 getenv("NO_COLOR")[0] == '\0');
	if (!color || start_color() != OK)
		return;
	use_default_colors();
	init_pair(1, COLOR_WHITE, COLOR_BLUE);
	init_pair(2, COLOR_WHITE, COLOR_RED);
	init_pair(3, COLOR_RED, -1);
	init_pair(4, COLOR_GREEN, -1);
	init_pair(5, COLOR_BLACK, COLOR_CYAN);
	init_pair(6, COLOR_CYAN, -1);
	app->attrs[APP_ATTR_TITLE] = COLOR_PAIR(1) | A_BOLD;
	app->attrs[APP_ATTR_BANNER] = COLOR_PAIR(2) | A_BOLD;
	app->attrs[APP_ATTR_ERROR] = COLOR_PAIR(3) | A_BOLD;
	app->attrs[APP_ATTR_OK] = COLOR_PAIR(4) | A_BOLD;
	app->attrs[APP_ATTR_SELECTED] = COLOR_PAIR(5);
	app->attrs[APP_ATTR_HEADING] = COLOR_PAIR(6) | A_BOLD;
}

/* Starts curses on the terminal; prints why not and returns -1. */
static int
app_start_curses(struct app *app)
{
	const char *term = getenv("TERM");
	const char *codeset;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "ilp: %s\n", tr(MSG_CLI_NOT_A_TTY));
		return -1;
	}
	if (term == NULL || *term == '\0') {
		fprintf(stderr, "ilp: %s\n", tr(MSG_CLI_TERM_UNSET));
		return -1;
	}
	codeset = nl_langinfo(CODESET);
	utf8_set_ascii(codeset == NULL || strcmp(codeset, "UTF-8") != 0);
	app_term = newterm(term, stdout, stdin);
	if (app_term == NULL) {
		char *m = trf(MSG_CLI_TERM_UNKNOWN, term);

		fprintf(stderr, "ilp: %s\n", m);
		free(m);
		return -1;
	}
	set_term(app_term);
	die_set_cleanup(app_endwin);
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(app->p->settings->escdelay_ms);
	timeout(1000);
	curs_set(0);
	app->ascii = app->p->settings->line_drawing == CONFIG_LINES_ASCII ||
		     (app->p->settings->line_drawing == CONFIG_LINES_AUTO &&
		      utf8_ascii() && getenv("ILP_ACS") == NULL &&
		      tigetstr("acsc") == NULL);
	app_colors(app);
	return 0;
}

/* ---- accessors for screens ------------------------------------------ */

struct store *
app_store(struct app *app)
{
	return app->store;
}

const struct settings *
app_settings(struct app *app)
{
	return app->p->settings;
}

struct date
app_today(struct app *app)
{
	return app->p->today;
}

const char *
app_demo_password(struct app *app)
{
	return store_is_demo(app->store) ? app->p->demo_password : NULL;
}

void
app_policy(struct app *app, struct account_policy *p)
{
	const struct settings *s = app->p->settings;

	p->min_password_length = s->min_password_length;
	p->max_failed_logins = s->max_failed_logins;
	p->lockout_minutes = s->lockout_minutes;
	p->login_delay_seconds = s->login_delay_seconds;
	p->pwhash_memory_mib = s->pwhash_memory_mib;
	p->pwhash_ops = s->pwhash_ops;
}

int
app_attr(const struct app *app, enum app_attr a)
{
	return (unsigned)a < APP_ATTR_COUNT ? app->attrs[a] : (int)A_NORMAL;
}

int
app_ascii_lines(const struct app *app)
{
	return app->ascii;
}

int
app_body_top(const struct app *app)
{
	(void)app;
	return 1;
}

int
app_body_height(const struct app *app)
{
	(void)app;
	return LINES - 3;
}

void
app_status(struct app *app, enum app_msg_level level, const char *text)
{
	free(app->status);
	app->status = text != NULL ? xstrdup(text) : NULL;
	app->status_level = level;
}

void
app_status_take(struct app *app, enum app_msg_level level, char *text)
{
	app_status(app, level, text);
	free(text);
}

void
app_statusf(struct app *app, enum app_msg_level level, enum msg_id id, ...)
{
	va_list ap;
	char *s;

	va_start(ap, id);
	s = vtrf(id, ap);
	va_end(ap);
	app_status_take(app, level, s);
}

/* ---- the stack -------------------------------------------------------- */

static void
app_queue(struct app *app, enum app_op op, const struct screen_ops *ops,
	  void *arg)
{
	if (app->npending == APP_PENDING_MAX)
		die("too many pending screen changes");
	app->pending[app->npending].op = op;
	app->pending[app->npending].ops = ops;
	app->pending[app->npending].arg = arg;
	app->npending++;
}

void
app_push(struct app *app, const struct screen_ops *ops, void *arg)
{
	app_queue(app, APP_OP_PUSH, ops, arg);
}

void
app_pop(struct app *app)
{
	app_queue(app, APP_OP_POP, NULL, NULL);
}

void
app_replace(struct app *app, const struct screen_ops *ops, void *arg)
{
	app_queue(app, APP_OP_REPLACE, ops, arg);
}

static void
app_leave_top(struct app *app)
{
	struct screen *s = &app->stack[app->depth - 1];

	if (s->ops->leave != NULL)
		s->ops->leave(s, app);
	s->ops = NULL;
	s->state = NULL;
	app->depth--;
}

static void
app_resume_top(struct app *app)
{
	struct screen *s;

	if (app->depth == 0)
		return;
	s = &app->stack[app->depth - 1];
	if (s->ops->resume != NULL)
		s->ops->resume(s, app);
}

static void
app_enter(struct app *app, const struct screen_ops *ops, void *arg)
{
	struct screen *s;

	if (app->depth == APP_STACK_MAX)
		die("screen stack overflow");
	s = &app->stack[app->depth++];
	s->ops = ops;
	s->state = NULL;
	if (ops->enter != NULL)
		ops->enter(s, app, arg);
}

static void
app_apply_pending(struct app *app)
{
	int i;

	/* Entering a screen may queue more changes; loop until none. */
	while (app->npending > 0) {
		struct app_pending ops[APP_PENDING_MAX];
		int n = app->npending;

		memcpy(ops, app->pending, sizeof ops);
		app->npending = 0;
		for (i = 0; i < n; i++) {
			switch (ops[i].op) {
			case APP_OP_PUSH:
				app_enter(app, ops[i].ops, ops[i].arg);
				break;
			case APP_OP_POP:
				if (app->depth > 0)
					app_leave_top(app);
				app_resume_top(app);
				break;
			case APP_OP_REPLACE:
				if (app->depth > 0)
					app_leave_top(app);
				app_enter(app, ops[i].ops, ops[i].arg);
				break;
			case APP_OP_RESET:
				while (app->depth > 0)
					app_leave_top(app);
				app_enter(app, ops[i].ops, ops[i].arg);
				break;
			}
		}
	}
}

static int
app_any_dirty(struct app *app)
{
	int i;

	for (i = 0; i < app->depth; i++) {
		struct screen *s = &app->stack[i];

		if (s->ops->dirty != NULL && s->ops->dirty(s))
			return 1;
	}
	return 0;
}

/* ---- global actions --------------------------------------------------- */

static void
app_do_quit(struct app *app, void *ctx)
{
	(void)ctx;
	app->quit = 1;
}

void
app_request_quit(struct app *app)
{
	dialog_confirm(
		app,
		tr(app_any_dirty(app) ? MSG_UI_QUIT_DIRTY : MSG_UI_QUIT_ASK),
		app_do_quit, NULL, NULL);
}

static void
app_do_switch(struct app *app, void *ctx)
{
	(void)ctx;
	/* Screens leave (and may keep drafts) while the actor is still set. */
	while (app->depth > 0)
		app_leave_top(app);
	store_account_logout(app->store);
	free(app->place);
	app->place = NULL;
	app_queue(app, APP_OP_RESET, &screen_login, NULL);
	app_statusf(app, APP_MSG_INFO, MSG_UI_SWITCHED);
}

void
app_request_switch_user(struct app *app)
{
	if (store_actor(app->store) == NULL)
		return;
	if (app_any_dirty(app))
		dialog_confirm(app, tr(MSG_UI_SWITCH_DIRTY), app_do_switch,
			       NULL, NULL);
	else
		app_do_switch(app, NULL);
}

void
app_help(struct app *app)
{
	const struct screen_ops *ops;
	char *text;

	if (app->depth == 0)
		return;
	ops = app->stack[app->depth - 1].ops;
	text = xasprintf("%s\n\n%s", tr(ops->help), tr(MSG_UI_HELP_GLOBAL));
	dialog_text(app, tr(ops->title), text);
	free(text);
}

void
app_logged_in(struct app *app)
{
	const struct store_actor *a = store_actor(app->store);
	struct posyandu p = {0};
	char *cause = NULL;

	free(app->place);
	app->place = NULL;
	if (a != NULL && a->posyandu_id != NULL) {
		if (store_posyandu_get(app->store, a->posyandu_id, &p, &cause) >
		    0)
			app->place = xstrdup(p.name);
		posyandu_free(&p);
		free(cause);
	}
	app_queue(app, APP_OP_RESET, &screen_home, NULL);
	if (a != NULL)
		app_statusf(app, APP_MSG_OK, MSG_UI_WELCOME,
			    a->full_name[0] != '\0' ? a->full_name
						    : a->username);
}

/* ---- drawing ---------------------------------------------------------- */

static const char *
app_weekday(struct date d)
{
	static const enum msg_id days[7] = {
		MSG_UI_DAY_MON, MSG_UI_DAY_TUE, MSG_UI_DAY_WED, MSG_UI_DAY_THU,
		MSG_UI_DAY_FRI, MSG_UI_DAY_SAT, MSG_UI_DAY_SUN};

	return tr(days[date_weekday(d)]);
}

static void
app_draw_title(struct app *app)
{
	const struct store_actor *a = store_actor(app->store);
	struct screen *top =
		app->depth > 0 ? &app->stack[app->depth - 1] : NULL;
	char right[160], day[DATE_ISO_LEN];
	char *left;
	int x = 0, rw;

	attrset(app->attrs[APP_ATTR_TITLE]);
	mvhline(0, 0, ' ', COLS);
	attrset(A_NORMAL);
	if (store_is_demo(app->store))
		x += draw_text(0, 0, 12, tr(MSG_UI_BANNER),
			       app->attrs[APP_ATTR_BANNER], 0) +
		     1;
	date_format_ui(app->p->today, day);
	if (a != NULL)
		snprintf(right, sizeof right, "%s (%s)%s%s  %s %s", a->username,
			 role_code(a->role), app->place != NULL ? "  " : "",
			 app->place != NULL ? app->place : "",
			 app_weekday(app->p->today), day);
	else
		snprintf(right, sizeof right, "%s %s",
			 app_weekday(app->p->today), day);
	rw = utf8_width(right);
	left = xasprintf("ilp - %s", top == NULL ? ""
				     : top->ops->title_fn != NULL
					     ? top->ops->title_fn(top)
					     : tr(top->ops->title));
	draw_text(0, x, COLS - x - rw - 2, left, app->attrs[APP_ATTR_TITLE], 0);
	free(left);
	if (rw < COLS - x)
		draw_text(0, COLS - rw - 1, rw, right,
			  app->attrs[APP_ATTR_TITLE], 0);
}

/* The width of "KEYS label" on the key bar. */
static int
app_keyhint_width(const struct keyhint *k)
{
	return (int)strlen(k->keys) + 1 + utf8_width(tr(k->label));
}

static int
app_draw_keyhint(struct app *app, int x, const struct keyhint *k)
{
	int y = LINES - 1;

	x += draw_text(y, x, COLS - x, k->keys, app->attrs[APP_ATTR_KEY], 0);
	x += draw_text(y, x + 1, COLS - x - 1, tr(k->label), A_NORMAL, 0) + 1;
	return x + 2;
}

/*
 * The screen's keys, then the global ones; when they do not all fit, the
 * help key still does (help lists every key of the screen).
 */
static void
app_draw_keybar(struct app *app)
{
	static const struct keyhint help = {"F1/^B", MSG_UI_KEY_HELP},
				    help_b = {"^B", MSG_UI_KEY_HELP};
	static const struct keyhint global[] = {
		{"F9/^G", MSG_UI_KEY_SWITCH},
		{"F10/^X", MSG_UI_KEY_QUIT},
		{NULL, 0},
	};
	struct screen *top =
		app->depth > 0 ? &app->stack[app->depth - 1] : NULL;
	const struct keyhint *k, *h = &help;
	int x = 0, room;

	if (top != NULL && (top->ops->flags & SCREEN_OWN_F1))
		h = &help_b;
	room = COLS - app_keyhint_width(h) - 2;

	move(LINES - 1, 0);
	clrtoeol();
	for (k = top != NULL ? top->ops->keys : NULL; k != NULL && k->keys;
	     k++) {
		if (top->ops->key_shown != NULL && !top->ops->key_shown(top, k))
			continue;
		if (x + app_keyhint_width(k) > room)
			break;
		x = app_draw_keyhint(app, x, k);
	}
	x = app_draw_keyhint(app, x, h);
	for (k = global; k->keys != NULL; k++) {
		if (store_actor(app->store) == NULL &&
		    k->label == MSG_UI_KEY_SWITCH)
			continue;
		if (x + app_keyhint_width(k) > COLS)
			return;
		x = app_draw_keyhint(app, x, k);
	}
}

static void
app_draw_status(struct app *app)
{
	int attr = A_NORMAL;

	move(LINES - 2, 0);
	clrtoeol();
	if (app->status == NULL)
		return;
	if (app->status_level == APP_MSG_ERROR)
		attr = app->attrs[APP_ATTR_ERROR];
	else if (app->status_level == APP_MSG_OK)
		attr = app->attrs[APP_ATTR_OK];
	draw_text(LINES - 2, 1, COLS - 2, app->status, attr, 0);
}

static void
app_draw_too_small(struct app *app)
{
	char *m =
		trf(MSG_UI_TOO_SMALL, COLS, LINES, APP_MIN_COLS, APP_MIN_LINES);
	int y = LINES / 2 - 2;

	(void)app;
	if (y < 0)
		y = 0;
	draw_wrapped(y, 1, COLS - 2, 0, LINES - y - 1, m, A_BOLD);
	free(m);
	if (LINES > 2)
		draw_text(LINES - 1, 0, COLS, "F10/^X", A_BOLD, 0);
}

static void
app_draw(struct app *app)
{
	int i, base = 0, y = -1, x = -1;

	erase();
	if (COLS < APP_MIN_COLS || LINES < APP_MIN_LINES) {
		app_draw_too_small(app);
		curs_set(0);
		refresh();
		return;
	}
	for (i = app->depth - 1; i > 0; i--) {
		if (!(app->stack[i].ops->flags & SCREEN_MODAL)) {
			base = i;
			break;
		}
	}
	app_draw_title(app);
	for (i = base; i < app->depth; i++)
		app->stack[i].ops->draw(&app->stack[i], app);
	app_draw_status(app);
	app_draw_keybar(app);
	if (app->depth > 0) {
		struct screen *top = &app->stack[app->depth - 1];

		if (top->ops->cursor != NULL)
			top->ops->cursor(top, app, &y, &x);
	}
	if (y >= 0 && x >= 0) {
		move(y, x);
		curs_set(1);
	} else {
		curs_set(0);
	}
	refresh();
}

/* ---- input ------------------------------------------------------------ */

static int
app_global_key(struct app *app, const struct ui_key *k)
{
	if ((k->fn && k->code == KEY_F(1)) ||
	    (!k->fn && (k->ch == UI_CTRL('b') || k->ch == '?'))) {
		app_help(app);
		return 1;
	}
	if ((k->fn && k->code == KEY_F(9)) ||
	    (!k->fn && k->ch == UI_CTRL('g'))) {
		app_request_switch_user(app);
		return 1;
	}
	if ((k->fn && k->code == KEY_F(10)) ||
	    (!k->fn && (k->ch == UI_CTRL('x') || k->ch == UI_CTRL('c')))) {
		app_request_quit(app);
		return 1;
	}
	if (!k->fn && k->ch == UI_CTRL('l')) {
		clearok(curscr, TRUE);
		return 1;
	}
	return 0;
}

static void
app_key(struct app *app, const struct ui_key *k)
{
	struct screen *top;

	if (COLS < APP_MIN_COLS || LINES < APP_MIN_LINES) {
		/* Only quitting makes sense on a screen this small. */
		if ((k->fn && k->code == KEY_F(10)) ||
		    (!k->fn &&
		     (k->ch == UI_CTRL('x') || k->ch == UI_CTRL('c'))))
			app->quit = 1;
		return;
	}
	if (app->depth == 0)
		return;
	top = &app->stack[app->depth - 1];
	if (top->ops->key(top, app, k) == SCREEN_HANDLED)
		return;
	if (app_global_key(app, k))
		return;
	if (!k->fn && k->ch == 27 && app->depth > 1 &&
	    !(top->ops->flags & SCREEN_NO_LOGIN))
		app_pop(app);
}

int
ui_run(const struct ui_params *p)
{
	struct app app;
	struct ui_key k;
	wint_t wch;
	int rc;

	memset(&app, 0, sizeof app);
	app.p = p;
	app.store = p->store;
	if (app_start_curses(&app) < 0)
		return 1;
	app_enter(&app, &screen_login, NULL);
	while (!app.quit && !(p->stop != NULL && *p->stop)) {
		app_apply_pending(&app);
		if (app.quit || app.depth == 0)
			break;
		app_draw(&app);
		assert(store_idle(app.store));
		rc = get_wch(&wch);
		if (rc == ERR) {
			struct screen *top = &app.stack[app.depth - 1];

			if (top->ops->tick != NULL)
				top->ops->tick(top, &app);
			continue;
		}
		if (rc == KEY_CODE_YES && wch == KEY_RESIZE)
			continue; /* the next pass redraws at the new size */
		memset(&k, 0, sizeof k);
		k.fn = rc == KEY_CODE_YES;
		k.code = k.fn ? (int)wch : 0;
		k.ch = k.fn ? 0 : wch;
		if (!k.fn && (k.ch == '\r' || k.ch == '\n')) {
			k.fn = 1;
			k.code = KEY_ENTER;
		}
		app_status(&app, APP_MSG_INFO, NULL);
		app_key(&app, &k);
	}
	while (app.depth > 0)
		app_leave_top(&app);
	if (store_actor(app.store) != NULL)
		store_account_logout(app.store);
	app_endwin();
	die_set_cleanup(NULL);
	free(app.status);
	free(app.place);
	return 0;
}
