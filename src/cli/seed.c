/*
 * cli/seed: `ilp seed --households N [--seed S] [--layout demo|large]
 * --db FILE` writes clearly fictional training data (NIK province 99)
 * into a new, empty database and marks it as training data, so the
 * LATIHAN banner shows and it can never be mistaken for real records.
 * --db is required: the configured database is never seeded by accident.
 */
#include "cli/commands.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/args.h"
#include "cli/common.h"
#include "core/i18n.h"
#include "store/seed.h"
#include "util.h"

enum { SEED_OPT_HOUSEHOLDS = 1, SEED_OPT_SEED, SEED_OPT_LAYOUT, SEED_OPT_HELP };

static const struct args_opt seed_opts[] = {
	{"households", 0, 1, SEED_OPT_HOUSEHOLDS},
	{"seed", 0, 1, SEED_OPT_SEED},
	{"layout", 0, 1, SEED_OPT_LAYOUT},
	{"help", 'h', 0, SEED_OPT_HELP},
	{NULL, 0, 0, 0},
};

static void
seed_progress(long done, long total, void *arg)
{
	(void)arg;
	fprintf(stderr, "\r%ld / %ld", done, total);
	if (done == total)
		fputc('\n', stderr);
}

static int
seed_number(const char *name, const char *v, long min, long max, long *out)
{
	if (parse_long(v, min, max, out) < 0) {
		cli_errorf(MSG_CLI_BAD_NUMBER, name, v, min, max);
		return -1;
	}
	return 0;
}

int
cli_seed(struct cli_ctx *ctx, int argc, char **argv)
{
	struct seed_options so;
	struct store_counts c;
	struct args a;
	struct store *st;
	const char *v, *layout = NULL;
	char *err = NULL, *cause = NULL, *actor;
	long households = -1, seed = 1;
	int id, rc;

	args_init(&a, argc - 1, argv + 1);
	while ((id = args_next(&a, seed_opts, &v, &err)) != ARGS_END) {
		switch (id) {
		case SEED_OPT_HOUSEHOLDS:
			if (seed_number("households", v, 1,
					SEEDGEN_MAX_HOUSEHOLDS,
					&households) < 0)
				return CLI_USAGE;
			break;
		case SEED_OPT_SEED:
			if (seed_number("seed", v, 0, 2147483647L, &seed) < 0)
				return CLI_USAGE;
			break;
		case SEED_OPT_LAYOUT:
			layout = v;
			break;
		case SEED_OPT_HELP:
			fputs(tr(MSG_USAGE_SEED), stdout);
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
	if (households < 0 || !ctx->db_from_option) {
		cli_errorf(MSG_ARGS_MISSING, "--households N --db FILE");
		return CLI_USAGE;
	}
	memset(&so, 0, sizeof so);
	so.households = households;
	so.seed = (uint64_t)seed;
	so.today = ctx->today;
	so.checklists = ctx->settings->checklists;
	so.screening = ctx->settings->screening;
	so.schedule = ctx->settings->schedule;
	so.layout = households <= 2 * SEED_DEMO_HOUSEHOLDS
			    ? SEEDGEN_LAYOUT_DEMO
			    : SEEDGEN_LAYOUT_LARGE;
	if (layout != NULL && seedgen_layout_parse(layout, &so.layout) < 0) {
		cli_errorf(MSG_SEED_LAYOUT, layout);
		return CLI_USAGE;
	}
	if (isatty(STDERR_FILENO))
		so.progress = seed_progress;
	if (cli_open_store(ctx, 1, &st) < 0)
		return CLI_FAIL;
	actor = cli_os_actor();
	store_set_system_actor(st, actor);
	free(actor);
	rc = store_seed(st, &so, &cause);
	if (rc < 0 || store_counts(st, &c, &cause) < 0) {
		cli_error(cause);
		free(cause);
		store_close(st);
		return CLI_FAIL;
	}
	store_close(st);
	cli_print(MSG_SEED_DONE, c.posyandu, c.households, c.persons);
	cli_print(MSG_SEED_ACCOUNTS, SEED_DEMO_PASSWORD);
	return CLI_OK;
}
