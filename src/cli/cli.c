/* cli: the table of subcommands. */
#include "cli/cli.h"

#include <string.h>

#include "cli/commands.h"
#include "core/i18n.h"

struct cli_command {
	const char *name;
	int (*run)(struct cli_ctx *ctx, int argc, char **argv);
};

static const struct cli_command cli_commands[] = {
	{"init", cli_init},         {"user", cli_user},
	{"posyandu", cli_posyandu}, {"backup", cli_backup},
	{"check", cli_check},       {"config", cli_config},
	{"seed", cli_seed},         {"export", cli_export},
	{"schedule", cli_schedule}, {"due", cli_due},
	{"report", cli_report},
};

int
cli_is_command(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof cli_commands / sizeof cli_commands[0]; i++)
		if (strcmp(cli_commands[i].name, name) == 0)
			return 1;
	return 0;
}

int
cli_run(struct cli_ctx *ctx, int argc, char **argv)
{
	size_t i;

	for (i = 0; i < sizeof cli_commands / sizeof cli_commands[0]; i++)
		if (strcmp(cli_commands[i].name, argv[0]) == 0)
			return cli_commands[i].run(ctx, argc, argv);
	cli_errorf(MSG_CLI_UNKNOWN_COMMAND, argv[0]);
	return CLI_USAGE;
}
