/*
 * cli/commands: one function per subcommand, each in its own file under
 * src/cli/. argv[0] is the subcommand's name; the return value is the
 * exit code (CLI_OK, CLI_FAIL, CLI_USAGE).
 */
#ifndef ILP_CLI_COMMANDS_H
#define ILP_CLI_COMMANDS_H

#include "cli/cli.h"

int cli_init(struct cli_ctx *ctx, int argc, char **argv);
int cli_user(struct cli_ctx *ctx, int argc, char **argv);
int cli_posyandu(struct cli_ctx *ctx, int argc, char **argv);
int cli_backup(struct cli_ctx *ctx, int argc, char **argv);
int cli_check(struct cli_ctx *ctx, int argc, char **argv);
int cli_config(struct cli_ctx *ctx, int argc, char **argv);
int cli_seed(struct cli_ctx *ctx, int argc, char **argv);
int cli_export(struct cli_ctx *ctx, int argc, char **argv);
int cli_schedule(struct cli_ctx *ctx, int argc, char **argv);
int cli_due(struct cli_ctx *ctx, int argc, char **argv);
int cli_report(struct cli_ctx *ctx, int argc, char **argv);

#endif
