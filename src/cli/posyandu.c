/*
 * cli/posyandu: `ilp posyandu list` and `ilp posyandu add CODE --name N
 * --desa D [--dusun X]` (admin), after logging in with --user.
 */
#include "cli/commands.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/args.h"
#include "cli/common.h"
#include "core/i18n.h"
#include "store/posyandu.h"
#include "util.h"

enum { POS_AS = 1, POS_STDIN, POS_NAME, POS_DESA, POS_DUSUN, POS_HELP };

static const struct args_opt posyandu_opts[] = {
	{"user", 'u', 1, POS_AS},
	{"password-stdin", 0, 0, POS_STDIN},
	{"name", 0, 1, POS_NAME},
	{"desa", 0, 1, POS_DESA},
	{"dusun", 0, 1, POS_DUSUN},
	{"help", 'h', 0, POS_HELP},
	{NULL, 0, 0, 0},
};

static int
posyandu_list(struct store *st)
{
	struct posyandu *v;
	size_t i, n;
	char *cause = NULL;

	if (store_posyandu_list(st, &v, &n, &cause) < 0) {
		cli_error(cause);
		free(cause);
		return CLI_FAIL;
	}
	puts(tr(MSG_CLI_POSYANDU_LIST_HEAD));
	for (i = 0; i < n; i++)
		printf("%s\t%s\t%s\t%s\t%ld\t%ld\n", v[i].code, v[i].name,
		       v[i].desa_name, v[i].dusun, v[i].households,
		       v[i].persons);
	posyandu_list_free(v, n);
	return CLI_OK;
}

int
cli_posyandu(struct cli_ctx *ctx, int argc, char **argv)
{
	struct args a;
	const char *v, *as = getenv("ILP_USER"), *action = NULL, *code = NULL;
	const char *name = NULL, *desa = NULL, *dusun = "";
	char *err = NULL, *cause = NULL;
	struct store *st;
	int id, from_stdin = 0, rc;

	args_init(&a, argc - 1, argv + 1);
	while ((id = args_next(&a, posyandu_opts, &v, &err)) != ARGS_END) {
		switch (id) {
		case POS_AS:
			as = v;
			break;
		case POS_STDIN:
			from_stdin = 1;
			break;
		case POS_NAME:
			name = v;
			break;
		case POS_DESA:
			desa = v;
			break;
		case POS_DUSUN:
			dusun = v;
			break;
		case POS_HELP:
			fputs(tr(MSG_USAGE_POSYANDU), stdout);
			return CLI_OK;
		case ARGS_WORD:
			if (action == NULL) {
				action = v;
			} else if (code == NULL) {
				code = v;
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
	if (!str_eq(action, "list") && !str_eq(action, "add")) {
		fputs(tr(MSG_USAGE_POSYANDU), stderr);
		return CLI_USAGE;
	}
	if (str_eq(action, "add") &&
	    (code == NULL || name == NULL || desa == NULL)) {
		cli_errorf(MSG_ARGS_MISSING, "CODE --name NAMA --desa DESA");
		return CLI_USAGE;
	}
	if (cli_open_store(ctx, 0, &st) < 0)
		return CLI_FAIL;
	if (cli_login(ctx, st, as, from_stdin) < 0) {
		store_close(st);
		return CLI_FAIL;
	}
	if (str_eq(action, "list")) {
		rc = posyandu_list(st);
	} else if (store_posyandu_add(st, code, name, desa, dusun, &cause) <
		   0) {
		cli_error(cause);
		free(cause);
		rc = CLI_FAIL;
	} else {
		cli_print(MSG_CLI_POSYANDU_ADDED, code, name);
		rc = CLI_OK;
	}
	store_account_logout(st);
	store_close(st);
	return rc;
}
