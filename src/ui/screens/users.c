/*
 * screens/users: "Pengguna". An admin manages accounts and posyandu
 * here; everyone can see their own account and change their password.
 * Also the account list, where an admin locks, unlocks, (de)activates
 * and resets passwords.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/i18n.h"
#include "store/account.h"
#include "store/db.h"
#include "ui/app.h"
#include "ui/dialog.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

/* ---- the Pengguna menu -------------------------------------------------- */

enum {
	USERS_LIST,
	USERS_ADD,
	USERS_POSYANDU,
	USERS_OWN_PASSWORD,
	USERS_ADMIN_COUNT
};

static const struct menu_item users_admin_items[USERS_ADMIN_COUNT] = {
	{MSG_UI_USERS_LIST, MSG_UI_USERS_LIST_HINT},
	{MSG_UI_USERS_ADD, MSG_UI_USERS_ADD_HINT},
	{MSG_UI_USERS_POSYANDU, MSG_UI_USERS_POSYANDU_HINT},
	{MSG_UI_USERS_OWN_PASSWORD, MSG_UI_USERS_OWN_PASSWORD_HINT},
};

static const struct menu_item users_self_items[] = {
	{MSG_UI_USERS_OWN_PASSWORD, MSG_UI_USERS_OWN_PASSWORD_HINT},
	{MSG_UI_USERS_POSYANDU, MSG_UI_USERS_POSYANDU_HINT},
};

struct users {
	struct menu menu;
	int admin;
};

static void
users_enter(struct screen *s, struct app *app, void *arg)
{
	struct users *u = xcalloc(1, sizeof *u);

	(void)arg;
	u->admin = store_can(app_store(app), PERM_MANAGE_USERS);
	u->menu.items = u->admin ? users_admin_items : users_self_items;
	u->menu.n = u->admin ? USERS_ADMIN_COUNT
			     : (int)ILP_ARRAY_LEN(users_self_items);
	s->state = u;
}

static void
users_leave(struct screen *s, struct app *app)
{
	(void)app;
	free(s->state);
}

static void
users_draw(struct screen *s, struct app *app)
{
	struct users *u = s->state;
	const struct store_actor *a = store_actor(app_store(app));
	int y = app_body_top(app) + 1;

	draw_textf(y, 4, COLS - 8, app_attr(app, APP_ATTR_HEADING),
		   MSG_UI_USERS_YOU, a->username, role_name(a->role));
	if (a->full_name[0] != '\0')
		draw_text(y + 1, 4, COLS - 8, a->full_name, A_NORMAL, 0);
	menu_draw(app, &u->menu, y + 3, 4, 50);
}

static enum screen_result
users_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct users *u = s->state;
	int r = menu_key(&u->menu, k);

	if (r == MENU_IGNORED) {
		if (!k->fn && k->ch == 'q') {
			app_pop(app);
			return SCREEN_HANDLED;
		}
		return SCREEN_IGNORED;
	}
	if (r == MENU_NONE)
		return SCREEN_HANDLED;
	if (!u->admin)
		r = r == 0 ? USERS_OWN_PASSWORD : USERS_POSYANDU;
	switch (r) {
	case USERS_LIST:
		app_push(app, &screen_account_list, NULL);
		break;
	case USERS_ADD:
		app_push(app, &screen_account_add, NULL);
		break;
	case USERS_POSYANDU:
		app_push(app, &screen_posyandu_list, NULL);
		break;
	default:
		app_push(app, &screen_password, NULL);
		break;
	}
	return SCREEN_HANDLED;
}

static const struct keyhint users_keys[] = {
	{"1-9", MSG_UI_KEY_CHOOSE},
	{"Esc", MSG_UI_KEY_BACK},
	{NULL, 0},
};

const struct screen_ops screen_users = {
	.name = "users",
	.enter = users_enter,
	.leave = users_leave,
	.draw = users_draw,
	.key = users_key,
	.title = MSG_UI_USERS_TITLE,
	.help = MSG_UI_USERS_HELP,
	.keys = users_keys,
};

/* ---- the account list --------------------------------------------------- */

struct account_list {
	struct account *v;
	size_t n;
	struct list list;
	int load_failed;
};

static void
account_list_load(struct account_list *al, struct app *app)
{
	char *cause = NULL;
	int keep = al->list.sel;

	account_list_free(al->v, al->n);
	al->v = NULL;
	al->n = 0;
	if (store_account_list(app_store(app), &al->v, &al->n, &cause) < 0) {
		app_status_take(app, APP_MSG_ERROR, cause);
		al->load_failed = 1;
	}
	list_set_count(&al->list, (int)al->n);
	if (keep >= 0 && keep < (int)al->n)
		al->list.sel = keep;
}

static void
account_list_enter(struct screen *s, struct app *app, void *arg)
{
	struct account_list *al = xcalloc(1, sizeof *al);

	(void)arg;
	list_init(&al->list, 0);
	account_list_load(al, app);
	s->state = al;
}

static void
account_list_leave(struct screen *s, struct app *app)
{
	struct account_list *al = s->state;

	(void)app;
	account_list_free(al->v, al->n);
	free(al);
}

static void
account_list_resume(struct screen *s, struct app *app)
{
	account_list_load(s->state, app);
}

static const char *
account_state(const struct account *a)
{
	if (!a->active)
		return tr(MSG_CLI_STATUS_INACTIVE);
	if (a->locked_until > (long long)time(NULL))
		return tr(MSG_CLI_STATUS_LOCKED);
	return tr(MSG_CLI_STATUS_ACTIVE);
}

static void
account_row(struct app *app, void *ctx, int row, int y, int x, int w,
	    int selected)
{
	struct account_list *al = ctx;
	const struct account *a = &al->v[row];
	int attr = selected ? app_attr(app, APP_ATTR_SELECTED) : (int)A_NORMAL;
	char login[11];

	str_copy(login, a->last_login_at != NULL ? a->last_login_at : "-",
		 sizeof login);
	draw_text(y, x, 14, a->username, attr, 0);
	draw_text(y, x + 15, 7, role_code(a->role), attr, 0);
	draw_text(y, x + 23, 20,
		  a->posyandu_name != NULL ? a->posyandu_name : "-", attr, 0);
	draw_text(y, x + 44, 10, account_state(a), attr, 0);
	draw_text(y, x + 55, 11, login, attr, 0);
	draw_text(y, x + 67, w - 67, a->full_name, attr, 0);
}

static void
account_list_draw(struct screen *s, struct app *app)
{
	struct account_list *al = s->state;
	int y = app_body_top(app) + 1;

	draw_text(y, 2, COLS - 4, tr(MSG_UI_ACCOUNTS_HEAD),
		  app_attr(app, APP_ATTR_HEADING), 0);
	list_draw(app, &al->list, y + 1, 2, app_body_height(app) - 2, COLS - 4,
		  account_row, al);
}

struct account_action {
	struct account_list *al;
	char *username;
	int what; /* 'k' lock/unlock, 'a' (de)activate */
};

static void
account_do(struct app *app, void *ctx)
{
	struct account_action *act = ctx;
	struct account a;
	char *cause = NULL;
	int rc, found;
	enum msg_id done;

	found = store_account_get(app_store(app), act->username, &a, &cause);
	if (found <= 0) {
		app_status_take(app, APP_MSG_ERROR,
				cause != NULL ? cause
					      : trf(MSG_ACCOUNT_UNKNOWN,
						    act->username));
		goto out;
	}
	if (act->what == 'k') {
		int locked = a.locked_until > (long long)time(NULL);

		rc = locked ? store_account_unlock(app_store(app), a.username,
						   &cause)
			    : store_account_lock(app_store(app), a.username,
						 &cause);
		done = locked ? MSG_CLI_USER_UNLOCKED : MSG_CLI_USER_LOCKED;
	} else {
		rc = store_account_set_active(app_store(app), a.username,
					      !a.active, &cause);
		done = a.active ? MSG_CLI_USER_INACTIVE : MSG_CLI_USER_ACTIVE;
	}
	if (rc < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	else
		app_statusf(app, APP_MSG_OK, done, a.username);
	account_free(&a);
	account_list_load(act->al, app);
out:
	free(act->username);
	free(act);
}

static void
account_cancel(struct app *app, void *ctx)
{
	struct account_action *act = ctx;

	(void)app;
	free(act->username);
	free(act);
}

static enum screen_result
account_list_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct account_list *al = s->state;
	const struct account *a;
	struct account_action *act;
	char *q;

	if (list_key(&al->list, k))
		return SCREEN_HANDLED;
	if (k->fn || al->list.sel < 0)
		return SCREEN_IGNORED;
	a = &al->v[al->list.sel];
	switch (k->ch) {
	case 't':
		app_push(app, &screen_account_add, NULL);
		return SCREEN_HANDLED;
	case 'p':
		app_push(app, &screen_password, xstrdup(a->username));
		return SCREEN_HANDLED;
	case 'k':
	case 'a':
		act = xcalloc(1, sizeof *act);
		act->al = al;
		act->username = xstrdup(a->username);
		act->what = (int)k->ch;
		if (k->ch == 'k')
			q = trf(a->locked_until > (long long)time(NULL)
					? MSG_UI_ASK_UNLOCK
					: MSG_UI_ASK_LOCK,
				a->username);
		else
			q = trf(a->active ? MSG_UI_ASK_DEACTIVATE
					  : MSG_UI_ASK_ACTIVATE,
				a->username);
		dialog_confirm(app, q, account_do, account_cancel, act);
		free(q);
		return SCREEN_HANDLED;
	case 'r':
		account_list_load(al, app);
		return SCREEN_HANDLED;
	case 'q':
		app_pop(app);
		return SCREEN_HANDLED;
	default:
		return SCREEN_IGNORED;
	}
}

static const struct keyhint account_list_keys[] = {
	{"t", MSG_UI_KEY_ADD},    {"p", MSG_UI_KEY_PASSWORD},
	{"k", MSG_UI_KEY_LOCK},   {"a", MSG_UI_KEY_ACTIVE},
	{"Esc", MSG_UI_KEY_BACK}, {NULL, 0},
};

const struct screen_ops screen_account_list = {
	.name = "account-list",
	.enter = account_list_enter,
	.leave = account_list_leave,
	.draw = account_list_draw,
	.key = account_list_key,
	.resume = account_list_resume,
	.title = MSG_UI_ACCOUNTS_TITLE,
	.help = MSG_UI_ACCOUNTS_HELP,
	.keys = account_list_keys,
};
