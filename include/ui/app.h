/*
 * ui/app: the terminal shell. One loop draws the screen stack, reads a
 * key, handles resize once (and the "terminal too small" screen below
 * 80x24), gives the key to the top screen and runs the global keys the
 * screen ignores (help, switch user, quit). Screens change the stack
 * through app_push/app_pop/app_replace; the change happens after the
 * key handler returns. No SQL here: screens call the store's API.
 */
#ifndef ILP_UI_APP_H
#define ILP_UI_APP_H

#include "config.h"
#include "core/date.h"
#include "store/account.h"

struct screen_ops;
struct app;

/* What main.c hands to the UI. */
struct ui_params {
	const struct settings *settings;
	struct store *store;
	struct date today;
	int today_fixed;           /* --today or $ILP_TODAY given */
	const char *demo_password; /* shown on the login screen; NULL if none */
	volatile int *stop;        /* set by a signal handler: leave cleanly */
};

/*
 * Starts curses, runs until the user quits, restores the terminal.
 * Returns 0, or 1 with a message printed when the terminal cannot be
 * used (TERM unset or unknown, not a terminal).
 */
int ui_run(const struct ui_params *p);

/* ---- for screens ---------------------------------------------------- */

enum app_msg_level { APP_MSG_INFO, APP_MSG_OK, APP_MSG_ERROR };

/* Shows a message on the status line until the next key. */
void app_status(struct app *app, enum app_msg_level level, const char *text);
void app_statusf(struct app *app, enum app_msg_level level, enum msg_id id,
		 ...);
/* Shows an allocated message and frees it (e.g. a store's *cause). */
void app_status_take(struct app *app, enum app_msg_level level, char *text);

/* Stack changes, applied after the current key handler returns. */
void app_push(struct app *app, const struct screen_ops *ops, void *arg);
void app_pop(struct app *app);
void app_replace(struct app *app, const struct screen_ops *ops, void *arg);
/* Asks, then quits (F10); quits at once when nothing would be lost. */
void app_request_quit(struct app *app);
/* Logs out and shows the login screen (asks when input would be lost). */
void app_request_switch_user(struct app *app);
/* Opens the help for the top screen. */
void app_help(struct app *app);

struct store *app_store(struct app *app);
const struct settings *app_settings(struct app *app);
struct date app_today(struct app *app);
const char *app_demo_password(struct app *app);
void app_policy(struct app *app, struct account_policy *out);
/* Called by the login screen once the store's actor is set. */
void app_logged_in(struct app *app);

/* Display attributes (colour or monochrome). */
enum app_attr {
	APP_ATTR_NORMAL,
	APP_ATTR_TITLE,
	APP_ATTR_BANNER, /* LATIHAN */
	APP_ATTR_SELECTED,
	APP_ATTR_FIELD,
	APP_ATTR_FIELD_FOCUS,
	APP_ATTR_ERROR,
	APP_ATTR_OK,
	APP_ATTR_DIM,
	APP_ATTR_HEADING,
	APP_ATTR_KEY,
	APP_ATTR_COUNT
};
int app_attr(const struct app *app, enum app_attr a);
/* 1 when line drawing must be plain ASCII. */
int app_ascii_lines(const struct app *app);

/* The body area: rows [top, top+height) of the terminal. */
int app_body_top(const struct app *app);
int app_body_height(const struct app *app);

#endif
