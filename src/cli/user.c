/*
 * cli/user: `ilp user add|list|passwd|lock|unlock|activate|deactivate`.
 * Every action logs in first (--user, or $ILP_USER) and the store checks
 * the role: only an admin manages accounts; anyone may change their own
 * password. With --password-stdin the first line of stdin is the
 * password of --user and the second the new password.
 */
#include "cli/commands.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/args.h"
#include "cli/common.h"
#include "core/i18n.h"
#include "store/account.h"
#include "util.h"

enum {
	USER_AS = 1,
	USER_STDIN,
	USER_ROLE,
	USER_POSYANDU,
	USER_NAME,
	USER_HELP
};

static const struct args_opt user_opts[] = {
	{"user", 'u', 1, USER_AS}, {"password-stdin", 0, 0, USER_STDIN},
	{"role", 0, 1, USER_ROLE}, {"posyandu", 0, 1, USER_POSYANDU},
	{"name", 0, 1, USER_NAME}, {"help", 'h', 0, USER_HELP},
	{NULL, 0, 0, 0},
};

struct user_cmd {
	const char *action;
	const char *target;
	const char *as;
	const char *role;
	const char *posyandu;
	const char *full_name;
	int from_stdin;
};

static const char *
user_status(const struct account *a, time_t now)
{
	if (!a->active)
		return tr(MSG_CLI_STATUS_INACTIVE);
	if (a->locked_until > (long long)now)
		return tr(MSG_CLI_STATUS_LOCKED);
	return tr(MSG_CLI_STATUS_ACTIVE);
}

static int
user_list(struct store *st)
{
	struct account *v;
	size_t i, n;
	char *cause = NULL;
	time_t now = time(NULL);

	if (!store_can(st, PERM_MANAGE_USERS)) {
		cli_errorf(MSG_DB_DENIED, role_code(store_actor(st)->role));
		return CLI_FAIL;
	}
	if (store_account_list(st, &v, &n, &cause) < 0) {
		cli_error(cause);
		free(cause);
		return CLI_FAIL;
	}
	puts(tr(MSG_CLI_USER_LIST_HEAD));
	for (i = 0; i < n; i++)
		printf("%s\t%s\t%s\t%s\t%s\t%s\n", v[i].username,
		       role_code(v[i].role),
		       v[i].posyandu_name != NULL ? v[i].posyandu_name : "-",
		       user_status(&v[i], now),
		       v[i].last_login_at != NULL ? v[i].last_login_at : "-",
		       v[i].full_name);
	account_list_free(v, n);
	return CLI_OK;
}

static int
user_add(struct cli_ctx *ctx, struct store *st, const struct user_cmd *c)
{
	struct account_policy pol;
	enum role role;
	char *pw, *cause = NULL;
	int rc;

	if (c->role == NULL) {
		cli_errorf(MSG_ARGS_MISSING, "--role kader|nakes|admin");
		return CLI_USAGE;
	}
	if (role_parse(c->role, &role) < 0) {
		cli_errorf(MSG_CLI_BAD_ROLE, c->role);
		return CLI_USAGE;
	}
	pw = cli_read_new_password(c->target, c->from_stdin);
	if (pw == NULL)
		return CLI_FAIL;
	cli_policy(ctx->settings, &pol);
	rc = store_account_add(st, c->target,
			       c->full_name != NULL ? c->full_name : "", role,
			       c->posyandu, pw, &pol, &cause);
	str_wipe_free(pw);
	if (rc < 0) {
		cli_error(cause);
		free(cause);
		return CLI_FAIL;
	}
	cli_print(MSG_CLI_USER_ADDED, c->target, role_code(role));
	return CLI_OK;
}

static int
user_passwd(struct cli_ctx *ctx, struct store *st, const struct user_cmd *c)
{
	struct account_policy pol;
	char *old = NULL, *pw, *cause = NULL;
	int rc;

	/* Changing one's own password asks for the old one (not for admins). */
	if (str_eq(store_actor(st)->username, c->target) &&
	    !store_can(st, PERM_MANAGE_USERS)) {
		old = cli_read_secret(tr(MSG_CLI_OLD_PASSWORD), c->from_stdin);
		if (old == NULL)
			return CLI_FAIL;
	}
	pw = cli_read_new_password(c->target, c->from_stdin);
	if (pw == NULL) {
		str_wipe_free(old);
		return CLI_FAIL;
	}
	cli_policy(ctx->settings, &pol);
	rc = store_account_set_password(st, c->target, old, pw, &pol, &cause);
	str_wipe_free(pw);
	str_wipe_free(old);
	if (rc < 0) {
		cli_error(cause);
		free(cause);
		return CLI_FAIL;
	}
	cli_print(MSG_CLI_USER_PASSWD_DONE, c->target);
	return CLI_OK;
}

static int
user_state(struct store *st, const struct user_cmd *c)
{
	char *cause = NULL;
	int rc;
	enum msg_id done;

	if (strcmp(c->action, "lock") == 0) {
		rc = store_account_lock(st, c->target, &cause);
		done = MSG_CLI_USER_LOCKED;
	} else if (strcmp(c->action, "unlock") == 0) {
		rc = store_account_unlock(st, c->target, &cause);
		done = MSG_CLI_USER_UNLOCKED;
	} else if (strcmp(c->action, "activate") == 0) {
		rc = store_account_set_active(st, c->target, 1, &cause);
		done = MSG_CLI_USER_ACTIVE;
	} else {
		rc = store_account_set_active(st, c->target, 0, &cause);
		done = MSG_CLI_USER_INACTIVE;
	}
	if (rc < 0) {
		cli_error(cause);
		free(cause);
		return CLI_FAIL;
	}
	cli_print(done, c->target);
	return CLI_OK;
}

static int
user_parse(int argc, char **argv, struct user_cmd *c)
{
	static const char *const actions[] = {"add",       "list",   "passwd",
					      "lock",      "unlock", "activate",
					      "deactivate"};
	struct args a;
	const char *v;
	char *err = NULL;
	size_t i;
	int id;

	memset(c, 0, sizeof *c);
	c->as = getenv("ILP_USER");
	args_init(&a, argc - 1, argv + 1);
	while ((id = args_next(&a, user_opts, &v, &err)) != ARGS_END) {
		switch (id) {
		case USER_AS:
			c->as = v;
			break;
		case USER_STDIN:
			c->from_stdin = 1;
			break;
		case USER_ROLE:
			c->role = v;
			break;
		case USER_POSYANDU:
			c->posyandu = v;
			break;
		case USER_NAME:
			c->full_name = v;
			break;
		case USER_HELP:
			fputs(tr(MSG_USAGE_USER), stdout);
			return CLI_OK;
		case ARGS_WORD:
			if (c->action == NULL) {
				c->action = v;
			} else if (c->target == NULL) {
				c->target = v;
			} else {
				cli_errorf(MSG_ARGS_EXTRA, v);
				return CLI_USAGE;
			}
			break;
		default:
			cli_error(err);
			free(err);
			return CLI_USAGE;
		}
	}
	for (i = 0; c->action != NULL && i < ILP_ARRAY_LEN(actions); i++)
		if (strcmp(c->action, actions[i]) == 0)
			break;
	if (c->action == NULL || i == ILP_ARRAY_LEN(actions)) {
		fputs(tr(MSG_USAGE_USER), stderr);
		return CLI_USAGE;
	}
	if (strcmp(c->action, "list") != 0 && c->target == NULL) {
		cli_errorf(MSG_ARGS_MISSING, tr(MSG_CLI_WORD_USERNAME));
		return CLI_USAGE;
	}
	return -1;
}

int
cli_user(struct cli_ctx *ctx, int argc, char **argv)
{
	struct user_cmd c;
	struct store *st;
	int rc = user_parse(argc, argv, &c);

	if (rc >= 0)
		return rc;
	if (cli_open_store(ctx, 0, &st) < 0)
		return CLI_FAIL;
	if (cli_login(ctx, st, c.as, c.from_stdin) < 0) {
		store_close(st);
		return CLI_FAIL;
	}
	if (strcmp(c.action, "list") == 0)
		rc = user_list(st);
	else if (strcmp(c.action, "add") == 0)
		rc = user_add(ctx, st, &c);
	else if (strcmp(c.action, "passwd") == 0)
		rc = user_passwd(ctx, st, &c);
	else
		rc = user_state(st, &c);
	store_account_logout(st);
	store_close(st);
	return rc;
}
