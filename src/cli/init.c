/*
 * cli/init: `ilp init [--db FILE] [--admin NAME] [--full-name TEXT]
 * [--password-stdin]` creates or upgrades the database and, when it has
 * no admin yet, creates the first one. With an admin present, --admin
 * adds a recovery admin, allowed only to the owner of the file (who can
 * read and change it anyway); the audit log records it.
 */
#include "cli/commands.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/args.h"
#include "cli/common.h"
#include "core/i18n.h"
#include "core/validate.h"
#include "store/account.h"
#include "util.h"

enum { INIT_ADMIN = 1, INIT_FULL_NAME, INIT_STDIN, INIT_HELP };

static const struct args_opt init_opts[] = {
	{"admin", 0, 1, INIT_ADMIN},
	{"full-name", 0, 1, INIT_FULL_NAME},
	{"password-stdin", 0, 0, INIT_STDIN},
	{"help", 'h', 0, INIT_HELP},
	{NULL, 0, 0, 0},
};

static char *
init_ask_name(int from_stdin)
{
	FILE *tty;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	if (from_stdin)
		return xstrdup("admin");
	tty = fopen("/dev/tty", "r+");
	if (tty == NULL)
		return xstrdup("admin");
	fputs(tr(MSG_CLI_INIT_ADMIN_NAME), tty);
	fflush(tty);
	n = getline(&line, &cap, tty);
	fclose(tty);
	if (n <= 0) {
		free(line);
		return xstrdup("admin");
	}
	str_trim(line);
	if (line[0] == '\0') {
		free(line);
		return xstrdup("admin");
	}
	return line;
}

static int
init_owner_may_recover(const char *path)
{
	struct stat sb;

	return geteuid() == 0 ||
	       (stat(path, &sb) == 0 && sb.st_uid == geteuid());
}

static int
init_add_admin(struct cli_ctx *ctx, struct store *st, const char *name,
	       const char *full_name, int from_stdin, int recovery)
{
	struct account_policy pol;
	char *pw, *cause = NULL, *dup = NULL;
	int rc;

	if (name == NULL)
		name = dup = init_ask_name(from_stdin);
	if (account_check_username(name, &cause) < 0) {
		cli_error(cause);
		free(cause);
		free(dup);
		return CLI_FAIL;
	}
	pw = cli_read_new_password(name, from_stdin);
	if (pw == NULL) {
		free(dup);
		return CLI_FAIL;
	}
	cli_policy(ctx->settings, &pol);
	rc = store_account_add(st, name, full_name, ROLE_ADMIN, NULL, pw, &pol,
			       &cause);
	str_wipe_free(pw);
	if (rc == 0 && recovery)
		rc = store_audit_event(st, "recovery", "account", "",
				       "recovery admin added by the file owner",
				       &cause);
	if (rc < 0) {
		cli_error(cause);
		free(cause);
		free(dup);
		return CLI_FAIL;
	}
	cli_print(MSG_CLI_INIT_ADMIN_DONE, name, ctx->db_path);
	free(dup);
	return CLI_OK;
}

int
cli_init(struct cli_ctx *ctx, int argc, char **argv)
{
	struct args a;
	const char *v, *admin = NULL, *full_name = "";
	char *err = NULL, *cause = NULL, *actor;
	struct store *st;
	long admins = 0;
	int id, from_stdin = 0, rc;

	args_init(&a, argc - 1, argv + 1);
	while ((id = args_next(&a, init_opts, &v, &err)) != ARGS_END) {
		switch (id) {
		case INIT_ADMIN:
			admin = v;
			break;
		case INIT_FULL_NAME:
			full_name = v;
			break;
		case INIT_STDIN:
			from_stdin = 1;
			break;
		case INIT_HELP:
			fputs(tr(MSG_USAGE_INIT), stdout);
			return CLI_OK;
		case ARGS_WORD:
			cli_errorf(MSG_ARGS_EXTRA, v);
			return CLI_USAGE;
		default:
			cli_error(err);
			free(err);
			return CLI_USAGE;
		}
	}
	/* Refuse a bad name before the file is created. */
	if ((admin != NULL && account_check_username(admin, &cause) < 0) ||
	    validate_text(full_name, 100, 0, NULL, &cause) < 0) {
		cli_error(cause);
		free(cause);
		return CLI_FAIL;
	}
	if (cli_open_store(ctx, 1, &st) < 0)
		return CLI_FAIL;
	actor = cli_os_actor();
	store_set_system_actor(st, actor);
	free(actor);
	if (store_account_count_admins(st, &admins, &cause) < 0) {
		cli_error(cause);
		free(cause);
		store_close(st);
		return CLI_FAIL;
	}
	cli_print(MSG_CLI_INIT_READY, ctx->db_path, store_schema_version());
	rc = CLI_OK;
	if (admins == 0) {
		rc = init_add_admin(ctx, st, admin, full_name, from_stdin, 0);
	} else if (admin != NULL) {
		if (!init_owner_may_recover(ctx->db_path)) {
			cli_errorf(MSG_CLI_INIT_HAS_ADMIN);
			rc = CLI_FAIL;
		} else {
			rc = init_add_admin(ctx, st, admin, full_name,
					    from_stdin, 1);
		}
	}
	store_close(st);
	return rc;
}
