/*
 * cli/schedule: `ilp schedule --dob DATE [--today DATE] [--given
 * AG:DATE,...]`, the immunisation evaluation of one child as TSV through
 * the same evaluator and TSV writer as the card (core/schedule). No
 * database. A bad date or antigen exits 1; bad usage exits 2.
 */
#include "cli/commands.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli/args.h"
#include "core/i18n.h"
#include "core/schedule.h"
#include "util.h"

enum { SCH_DOB = 1, SCH_GIVEN, SCH_HELP };

static const struct args_opt schedule_opts[] = {
	{"dob", 0, 1, SCH_DOB},
	{"given", 0, 1, SCH_GIVEN},
	{"help", 'h', 0, SCH_HELP},
	{NULL, 0, 0, 0},
};

/* Parses the options: CLI_OK (*help set for --help) or CLI_USAGE. */
static int
schedule_args(int argc, char **argv, const char **dob, struct strbuf *given,
	      int *help)
{
	struct args a;
	const char *v;
	char *err = NULL;
	int id;

	args_init(&a, argc - 1, argv + 1);
	while ((id = args_next(&a, schedule_opts, &v, &err)) != ARGS_END) {
		switch (id) {
		case SCH_DOB:
			*dob = v;
			break;
		case SCH_GIVEN:
			/* --given may be repeated: the lists are joined */
			if (given->len > 0)
				strbuf_addc(given, ',');
			strbuf_adds(given, v);
			break;
		case SCH_HELP:
			*help = 1;
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
	if (*dob == NULL) {
		cli_errorf(MSG_ARGS_MISSING, "--dob YYYY-MM-DD");
		fputs(tr(MSG_USAGE_SCHEDULE), stderr);
		return CLI_USAGE;
	}
	return CLI_OK;
}

int
cli_schedule(struct cli_ctx *ctx, int argc, char **argv)
{
	const struct schedule *s = ctx->settings->schedule;
	struct dose_given given[SCHEDULE_MAX_GIVEN];
	struct schedule_result *r;
	struct strbuf list;
	struct date dob;
	const char *dob_text = NULL;
	char *err = NULL;
	size_t n;
	int rc, help = 0;

	strbuf_init(&list);
	rc = schedule_args(argc, argv, &dob_text, &list, &help);
	if (rc != CLI_OK || help) {
		if (help)
			fputs(tr(MSG_USAGE_SCHEDULE), stdout);
		strbuf_done(&list);
		return rc;
	}
	rc = CLI_FAIL;
	if (date_parse_iso(dob_text, &dob) < 0) {
		cli_errorf(MSG_IMM_CLI_BAD_DOB, dob_text);
		goto out;
	}
	if (date_cmp(dob, ctx->today) > 0) {
		cli_errorf(MSG_IMM_CLI_DOB_FUTURE, dob_text);
		goto out;
	}
	if (schedule_parse_given(
		    s, SCHEDULE_FOR_CHILD, list.buf != NULL ? list.buf : "",
		    dob, ctx->today, given, SCHEDULE_MAX_GIVEN, &n, &err) < 0) {
		cli_errorf(MSG_IMM_CLI_GIVEN, err);
		free(err);
		goto out;
	}
	r = xmalloc(sizeof *r);
	(void)schedule_evaluate(s, dob, ctx->today, given, n, r);
	schedule_write_tsv(stdout, s, r);
	free(r);
	rc = fflush(stdout) == 0 ? CLI_OK : CLI_FAIL;
out:
	strbuf_done(&list);
	return rc;
}
