/*
 * cli/config: `ilp config check` validates every configuration file the
 * program would load and prints what it found, or every error with its
 * place; `ilp config options` prints the option table (type, default,
 * range, help).
 */
#include "cli/commands.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli/args.h"
#include "cli/common.h"
#include "config.h"
#include "core/i18n.h"
#include "util.h"

enum { CFG_HELP = 1 };

static const struct args_opt config_opts[] = {
	{"help", 'h', 0, CFG_HELP},
	{NULL, 0, 0, 0},
};

static void
config_print_list(const struct strlist *l, FILE *out, enum msg_id wrap)
{
	size_t i;

	for (i = 0; l != NULL && i < l->n; i++) {
		if (wrap == MSG_COUNT_)
			fprintf(out, "%s\n", l->v[i]);
		else {
			char *m = trf(wrap, l->v[i]);

			fprintf(out, "%s\n", m);
			free(m);
		}
	}
}

static int
config_check(struct cli_ctx *ctx)
{
	struct settings *s = ctx->settings;
	long errors =
		ctx->config_errors != NULL ? (long)ctx->config_errors->n : 0;

	if (s->config_file != NULL)
		cli_print(MSG_CLI_CONFIG_FILE, s->config_file,
			  config_source_name(ctx->config_source));
	else
		cli_print(MSG_CLI_CONFIG_NONE);
	cli_print(MSG_CLI_CONFIG_OPTIONS);
	config_describe(s, stdout);
	errors += config_check_data(s, stdout, ctx->config_errors);
	config_print_list(ctx->config_warnings, stdout, MSG_CLI_WARNING);
	config_print_list(ctx->config_errors, stderr, MSG_COUNT_);
	if (errors > 0) {
		cli_errorf(MSG_CLI_CONFIG_BAD, errors);
		return CLI_FAIL;
	}
	cli_print(MSG_CLI_CONFIG_OK);
	return CLI_OK;
}

int
cli_config(struct cli_ctx *ctx, int argc, char **argv)
{
	struct args a;
	const char *v, *action = NULL;
	char *err = NULL;
	int id;

	args_init(&a, argc - 1, argv + 1);
	while ((id = args_next(&a, config_opts, &v, &err)) != ARGS_END) {
		if (id == CFG_HELP) {
			fputs(tr(MSG_USAGE_CONFIG), stdout);
			return CLI_OK;
		}
		if (id == ARGS_WORD && action == NULL) {
			action = v;
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
	if (str_eq(action, "check"))
		return config_check(ctx);
	if (str_eq(action, "options")) {
		config_write_reference(stdout);
		return CLI_OK;
	}
	fputs(tr(MSG_USAGE_CONFIG), stderr);
	return CLI_USAGE;
}
