/*
 * cli/report: `ilp report monthly --month YYYY-MM [--posyandu ID|CODE]
 * [--format text|csv] --user NAME`, the monthly recap of ILP.md §8 as a
 * printed page (80 columns) or CSV, after logging in. A kader gets their
 * own posyandu; nakes and admin the whole area, or one --posyandu.
 */
#include "cli/commands.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/args.h"
#include "cli/common.h"
#include "config.h"
#include "core/i18n.h"
#include "store/account.h"
#include "store/recap.h"
#include "util.h"

enum {
	REPORT_AS = 1,
	REPORT_STDIN,
	REPORT_MONTH,
	REPORT_POSYANDU,
	REPORT_FORMAT,
	REPORT_HELP
};

static const struct args_opt report_opts[] = {
	{"user", 'u', 1, REPORT_AS},
	{"password-stdin", 0, 0, REPORT_STDIN},
	{"month", 0, 1, REPORT_MONTH},
	{"posyandu", 0, 1, REPORT_POSYANDU},
	{"format", 0, 1, REPORT_FORMAT},
	{"help", 'h', 0, REPORT_HELP},
	{NULL, 0, 0, 0},
};

struct report_opts {
	const char *as, *month, *posyandu;
	int from_stdin, csv;
};

static int
report_run(struct cli_ctx *ctx, struct store *st, const struct report_opts *o,
	   int year, int month)
{
	struct recap_params p = {ctx->settings->schedule,
				 ctx->settings->checklists, ctx->today};
	struct recap r;
	char *cause = NULL;
	int rc;

	if (store_recap(st, &p, o->posyandu, year, month, &r, &cause) < 0) {
		cli_error(cause);
		free(cause);
		return CLI_FAIL;
	}
	rc = o->csv ? recap_write_csv(stdout, &r)
		    : recap_write_text(stdout, &r);
	recap_free(&r);
	return rc == 0 && fflush(stdout) == 0 ? CLI_OK : CLI_FAIL;
}

/* Parses the options into o; CLI_OK to go on, else the exit code. */
static int
report_args(int argc, char **argv, struct report_opts *o)
{
	struct args a;
	const char *v;
	char *err = NULL;
	int id;

	args_init(&a, argc, argv);
	while ((id = args_next(&a, report_opts, &v, &err)) != ARGS_END) {
		switch (id) {
		case REPORT_AS:
			o->as = v;
			break;
		case REPORT_STDIN:
			o->from_stdin = 1;
			break;
		case REPORT_MONTH:
			o->month = v;
			break;
		case REPORT_POSYANDU:
			o->posyandu = v;
			break;
		case REPORT_FORMAT:
			if (!str_eq(v, "text") && !str_eq(v, "csv")) {
				cli_errorf(MSG_REPORT_BAD_FORMAT, v);
				return CLI_USAGE;
			}
			o->csv = str_eq(v, "csv");
			break;
		case REPORT_HELP:
			fputs(tr(MSG_USAGE_REPORT), stdout);
			return -1;
		case ARGS_WORD:
			cli_errorf(MSG_ARGS_EXTRA, v);
			return CLI_USAGE;
		default:
			cli_error(err);
			free(err);
			return CLI_USAGE;
		}
	}
	if (o->month == NULL) {
		cli_errorf(MSG_ARGS_MISSING, "--month YYYY-MM");
		return CLI_USAGE;
	}
	return CLI_OK;
}

int
cli_report(struct cli_ctx *ctx, int argc, char **argv)
{
	struct report_opts o;
	struct store *st;
	char *cause = NULL;
	int rc, year, month;

	memset(&o, 0, sizeof o);
	o.as = getenv("ILP_USER");
	if (argc < 2 || !str_eq(argv[1], "monthly")) {
		if (argc >= 2 &&
		    (str_eq(argv[1], "--help") || str_eq(argv[1], "-h"))) {
			fputs(tr(MSG_USAGE_REPORT), stdout);
			return CLI_OK;
		}
		cli_errorf(MSG_REPORT_WHICH, argc >= 2 ? argv[1] : "");
		return CLI_USAGE;
	}
	rc = report_args(argc - 2, argv + 2, &o);
	if (rc < 0)
		return CLI_OK; /* --help */
	if (rc != CLI_OK)
		return rc;
	if (recap_parse_month(o.month, &year, &month, &cause) < 0) {
		cli_error(cause);
		free(cause);
		return CLI_USAGE;
	}
	if (cli_open_store(ctx, 0, &st) < 0)
		return CLI_FAIL;
	if (cli_login(ctx, st, o.as, o.from_stdin) < 0) {
		store_close(st);
		return CLI_FAIL;
	}
	rc = report_run(ctx, st, &o, year, month);
	store_account_logout(st);
	store_close(st);
	return rc;
}
