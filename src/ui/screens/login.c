/*
 * screens/login: user name and password. A training database lists its
 * demo accounts. After a failure the screen waits the growing delay the
 * store imposes (counting down on the status line) before the next try.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/i18n.h"
#include "store/account.h"
#include "store/db.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

enum { LOGIN_USER, LOGIN_PASSWORD };

static const struct field_spec login_fields[] = {
	{"user", MSG_UI_LOGIN_USER, FIELD_TEXT, ACCOUNT_USERNAME_MAX, 24, 1,
	 NULL, NULL, MSG_UI_LOGIN_USER_HELP},
	{"password", MSG_UI_LOGIN_PASSWORD, FIELD_SECRET, ACCOUNT_PASSWORD_MAX,
	 24, 1, NULL, NULL, MSG_UI_LOGIN_PASSWORD_HELP},
};

struct login {
	struct form form;
	long long retry_at; /* monotonic ms; no attempt before it */
	int local_failures; /* for names the store does not know */
};

/* Milliseconds on a clock that never jumps (unlike the wall clock). */
static long long
login_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Whole seconds left before retry_at, rounded up; 0 when ready. */
static long
login_wait_left(const struct login *l)
{
	long long left = l->retry_at - login_now_ms();

	return left > 0 ? (long)((left + 999) / 1000) : 0;
}

static void
login_enter(struct screen *s, struct app *app, void *arg)
{
	struct login *l = xcalloc(1, sizeof *l);

	(void)app;
	(void)arg;
	form_init(&l->form, login_fields, 2);
	s->state = l;
}

static void
login_leave(struct screen *s, struct app *app)
{
	struct login *l = s->state;

	(void)app;
	form_done(&l->form);
	free(l);
}

static void
login_draw(struct screen *s, struct app *app)
{
	struct login *l = s->state;
	const char *demo = app_demo_password(app);
	int y = app_body_top(app) + 1, x = 18, w = COLS - 2 * x;

	draw_center(y, 0, COLS, tr(MSG_UI_LOGIN_HEADING),
		    app_attr(app, APP_ATTR_HEADING));
	draw_center(y + 1, 0, COLS, tr(MSG_UI_LOGIN_SUBTITLE), A_NORMAL);
	form_draw(app, &l->form, y + 4, x, w, y + 7);
	if (demo != NULL) {
		char *text = trf(MSG_UI_DEMO_ACCOUNTS, demo);
		int bw = COLS - 16, rows = draw_wrapped_rows(bw - 4, text);

		draw_box(app, y + 10, 8, rows + 2, bw, tr(MSG_UI_BANNER));
		draw_wrapped(y + 11, 10, bw - 4, 0, rows, text, A_NORMAL);
		free(text);
	}
}

static void
login_cursor(struct screen *s, struct app *app, int *y, int *x)
{
	struct login *l = s->state;

	(void)app;
	form_cursor(&l->form, y, x);
}

static void
login_tick(struct screen *s, struct app *app)
{
	struct login *l = s->state;
	long left;

	if (l->retry_at == 0)
		return;
	left = login_wait_left(l);
	if (left == 0) {
		l->retry_at = 0;
		app_statusf(app, APP_MSG_INFO, MSG_UI_LOGIN_TRY_AGAIN);
		return;
	}
	app_statusf(app, APP_MSG_ERROR, MSG_LOGIN_WAIT, left);
}

/* The message for a failed attempt; may set a wait. */
static void
login_refused(struct login *l, struct app *app, const char *user,
	      const struct account_login *r)
{
	const struct settings *set = app_settings(app);
	char *msg = NULL, *wait = NULL;
	long delay = r->wait_seconds;

	switch (r->result) {
	case LOGIN_BAD:
		if (r->just_locked) {
			msg = trf(MSG_LOGIN_JUST_LOCKED, user,
				  set->lockout_minutes, r->failures);
			break;
		}
		if (r->failures > 0) {
			msg = trf(MSG_LOGIN_BAD_COUNT, r->failures,
				  set->max_failed_logins);
		} else {
			/* an unknown name: slow down the same way */
			l->local_failures++;
			delay = account_login_delay(l->local_failures,
						    set->login_delay_seconds);
			msg = xstrdup(tr(MSG_LOGIN_BAD));
		}
		break;
	case LOGIN_WAIT:
		msg = xstrdup("");
		break;
	case LOGIN_LOCKED: {
		char until[32];
		time_t t = (time_t)r->locked_until;
		struct tm tm;

		if (r->locked_until >= ACCOUNT_LOCKED_FOREVER) {
			msg = trf(MSG_LOGIN_LOCKED_ADMIN, user);
			break;
		}
		if (localtime_r(&t, &tm) == NULL ||
		    strftime(until, sizeof until, "%H:%M", &tm) == 0)
			str_copy(until, "?", sizeof until);
		msg = trf(MSG_LOGIN_LOCKED, user, until);
		break;
	}
	case LOGIN_INACTIVE:
		msg = trf(MSG_LOGIN_INACTIVE, user);
		break;
	default:
		msg = xstrdup(tr(MSG_LOGIN_BAD));
		break;
	}
	if (delay > 0) {
		l->retry_at = login_now_ms() + delay * 1000LL;
		wait = trf(MSG_UI_LOGIN_WAIT_SHORT, delay);
		app_status_take(
			app, APP_MSG_ERROR,
			xasprintf("%s%s%s", msg, msg[0] ? "; " : "", wait));
		free(wait);
		free(msg);
	} else {
		app_status_take(app, APP_MSG_ERROR, msg);
	}
}

static void
login_submit(struct login *l, struct app *app)
{
	struct account_policy pol;
	struct account_login r;
	char *user, *pw, *cause = NULL;
	time_t now = time(NULL);

	if (l->retry_at != 0 && login_wait_left(l) > 0) {
		app_statusf(app, APP_MSG_ERROR, MSG_LOGIN_WAIT,
			    login_wait_left(l));
		return;
	}
	if (form_validate(&l->form, app) < 0)
		return;
	user = xstrdup(form_get(&l->form, LOGIN_USER));
	str_trim(user);
	pw = xstrdup(form_get(&l->form, LOGIN_PASSWORD));
	app_policy(app, &pol);
	if (store_account_login(app_store(app), user, pw, &pol, now, &r,
				&cause) < 0) {
		app_status_take(app, APP_MSG_ERROR, cause);
	} else if (r.result == LOGIN_OK) {
		app_logged_in(app);
	} else {
		login_refused(l, app, user, &r);
		form_set(&l->form, LOGIN_PASSWORD, "");
		l->form.focus = LOGIN_PASSWORD;
	}
	str_wipe_free(pw);
	free(user);
}

static enum screen_result
login_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct login *l = s->state;

	switch (form_key(&l->form, app, k)) {
	case FORM_KEY_SUBMIT:
		login_submit(l, app);
		return SCREEN_HANDLED;
	case FORM_KEY_USED:
		return SCREEN_HANDLED;
	case FORM_KEY_IGNORED:
		break;
	}
	return SCREEN_IGNORED;
}

static const struct keyhint login_keys[] = {
	{"Tab", MSG_UI_KEY_NEXT_FIELD},
	{"Enter", MSG_UI_KEY_LOGIN},
	{NULL, 0},
};

const struct screen_ops screen_login = {
	.name = "login",
	.flags = SCREEN_NO_LOGIN,
	.enter = login_enter,
	.leave = login_leave,
	.draw = login_draw,
	.key = login_key,
	.tick = login_tick,
	.cursor = login_cursor,
	.title = MSG_UI_LOGIN_TITLE,
	.help = MSG_UI_LOGIN_HELP,
	.keys = login_keys,
};
