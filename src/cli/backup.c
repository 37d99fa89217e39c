/*
 * cli/backup: `ilp backup FILE` copies the live database through the
 * SQLite backup API (never a plain file copy, which can catch a write
 * half-way), and `ilp check` verifies integrity and schema. Neither needs
 * an ilp login: both need read access to the database file, which already
 * gives everything a backup holds; the backup is audited with the system
 * user's name.
 */
#include "cli/commands.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli/args.h"
#include "cli/common.h"
#include "core/i18n.h"
#include "store/db.h"
#include "util.h"

enum { BK_HELP = 1 };

static const struct args_opt backup_opts[] = {
	{"help", 'h', 0, BK_HELP},
	{NULL, 0, 0, 0},
};

/* Parses "[FILE]" after the command; returns -1 to go on, else a code. */
static int
backup_parse(int argc, char **argv, enum msg_id usage, const char **word)
{
	struct args a;
	const char *v;
	char *err = NULL;
	int id;

	*word = NULL;
	args_init(&a, argc - 1, argv + 1);
	while ((id = args_next(&a, backup_opts, &v, &err)) != ARGS_END) {
		if (id == BK_HELP) {
			fputs(tr(usage), stdout);
			return CLI_OK;
		}
		if (id == ARGS_WORD && *word == NULL) {
			*word = v;
			continue;
		}
		if (id == ARGS_WORD) {
			cli_errorf(MSG_ARGS_EXTRA, v);
		} else {
			cli_error(err);
			free(err);
		}
		return CLI_USAGE;
	}
	return -1;
}

int
cli_backup(struct cli_ctx *ctx, int argc, char **argv)
{
	const char *dest;
	char *cause = NULL, *actor;
	struct store *st;
	int rc = backup_parse(argc, argv, MSG_USAGE_BACKUP, &dest);

	if (rc >= 0)
		return rc;
	if (dest == NULL) {
		cli_errorf(MSG_ARGS_MISSING, tr(MSG_CLI_WORD_FILE));
		return CLI_USAGE;
	}
	if (cli_open_store(ctx, 0, &st) < 0)
		return CLI_FAIL;
	actor = cli_os_actor();
	store_set_system_actor(st, actor);
	free(actor);
	if (store_backup(st, dest, &cause) < 0 ||
	    store_audit_event(st, "backup", "", "", dest, &cause) < 0) {
		cli_error(cause);
		free(cause);
		store_close(st);
		return CLI_FAIL;
	}
	store_close(st);
	cli_print(MSG_CLI_BACKUP_DONE, dest);
	return CLI_OK;
}

int
cli_check(struct cli_ctx *ctx, int argc, char **argv)
{
	struct store_open_options opt = {0};
	struct store_counts c;
	struct strlist problems;
	const char *extra;
	char *cause = NULL;
	struct store *st;
	size_t i;
	int rc = backup_parse(argc, argv, MSG_USAGE_CHECK, &extra);

	if (rc >= 0)
		return rc;
	if (extra != NULL) {
		cli_errorf(MSG_ARGS_EXTRA, extra);
		return CLI_USAGE;
	}
	opt.read_only = 1;
	opt.busy_timeout_ms = ctx->settings->busy_timeout_ms;
	if (store_open(ctx->db_path, &opt, &st, &cause) < 0) {
		cli_error(cause);
		free(cause);
		return CLI_FAIL;
	}
	strlist_init(&problems);
	rc = store_check(st, &problems, &cause);
	if (rc < 0 || store_counts(st, &c, &cause) < 0) {
		cli_error(cause);
		free(cause);
		strlist_done(&problems);
		store_close(st);
		return CLI_FAIL;
	}
	for (i = 0; i < problems.n; i++)
		printf("%s\n", problems.v[i]);
	if (rc == 0)
		cli_print(MSG_CLI_CHECK_OK, ctx->db_path,
			  store_schema_version(), c.posyandu, c.households,
			  c.persons, c.accounts, c.audit_rows);
	else
		cli_print(MSG_CLI_CHECK_BAD, ctx->db_path, (long)problems.n);
	strlist_done(&problems);
	store_close(st);
	return rc == 0 ? CLI_OK : CLI_FAIL;
}
