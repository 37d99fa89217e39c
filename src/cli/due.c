/*
 * cli/due: `ilp due [--today DATE] [--posyandu CODE] --user NAME`, the
 * children with due, late or catch-up doses as TSV (person id, name,
 * household, dose, status, earliest date), after logging in. A kader
 * sees only their own posyandu.
 */
#include "cli/commands.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/args.h"
#include "cli/common.h"
#include "core/i18n.h"
#include "store/account.h"
#include "store/immunisation.h"
#include "store/posyandu.h"
#include "util.h"

enum { DUE_AS = 1, DUE_STDIN, DUE_POSYANDU, DUE_HELP };

static const struct args_opt due_opts[] = {
	{"user", 'u', 1, DUE_AS},
	{"password-stdin", 0, 0, DUE_STDIN},
	{"posyandu", 0, 1, DUE_POSYANDU},
	{"help", 'h', 0, DUE_HELP},
	{NULL, 0, 0, 0},
};

struct due_out {
	const struct schedule *s;
	int failed; /* a write to stdout failed */
};

static void
due_print(const struct imm_due_child *c, void *arg)
{
	struct due_out *o = arg;
	char earliest[DATE_ISO_LEN];
	size_t i;

	for (i = 0; i < c->n; i++) {
		const struct schedule_target_result *t =
			&c->result->targets[c->due[i]];

		if (printf("%s\t%s\t%s\t%s\t%s\t%s\n", c->person_id, c->name,
			   c->household_id, o->s->targets[t->target].name,
			   schedule_status_code(t->status),
			   date_format_iso(t->earliest, earliest)) < 0)
			o->failed = 1;
	}
}

/* The posyandu's id from its code; NULL with a message when not seen. */
static char *
due_posyandu(struct store *st, const char *code)
{
	struct posyandu p;
	char *cause = NULL, *id = NULL;
	int rc = store_posyandu_get(st, code, &p, &cause);

	if (rc > 0)
		id = xstrdup(p.id);
	else if (rc == 0)
		cli_errorf(MSG_POSYANDU_UNKNOWN, code);
	else
		cli_error(cause);
	free(cause);
	posyandu_free(&p);
	return id;
}

static int
due_run(struct cli_ctx *ctx, struct store *st, const char *code)
{
	struct due_out o = {ctx->settings->schedule, 0};
	char *pid = NULL, *cause = NULL;
	long n;

	if (code != NULL && (pid = due_posyandu(st, code)) == NULL)
		return CLI_FAIL;
	puts("person_id\tname\thousehold\tdose\tstatus\tearliest");
	n = store_imm_due(st, o.s, pid, ctx->today, due_print, &o, &cause);
	free(pid);
	if (n < 0) {
		cli_error(cause);
		free(cause);
		return CLI_FAIL;
	}
	return fflush(stdout) == 0 && !o.failed ? CLI_OK : CLI_FAIL;
}

int
cli_due(struct cli_ctx *ctx, int argc, char **argv)
{
	struct args a;
	const char *v, *as = getenv("ILP_USER"), *code = NULL;
	char *err = NULL;
	struct store *st;
	int id, from_stdin = 0, rc;

	args_init(&a, argc - 1, argv + 1);
	while ((id = args_next(&a, due_opts, &v, &err)) != ARGS_END) {
		switch (id) {
		case DUE_AS:
			as = v;
			break;
		case DUE_STDIN:
			from_stdin = 1;
			break;
		case DUE_POSYANDU:
			code = v;
			break;
		case DUE_HELP:
			fputs(tr(MSG_USAGE_DUE), stdout);
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
	if (cli_open_store(ctx, 0, &st) < 0)
		return CLI_FAIL;
	if (cli_login(ctx, st, as, from_stdin) < 0) {
		store_close(st);
		return CLI_FAIL;
	}
	rc = due_run(ctx, st, code);
	store_account_logout(st);
	store_close(st);
	return rc;
}
