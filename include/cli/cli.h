/*
 * cli: the subcommands of DESIGN.md §2. main.c has parsed the global
 * options and loaded the settings; cli_run() gets the subcommand's words.
 * Output goes to stdout, messages to stderr in the chosen language.
 * Exit codes: 0 ok, 1 runtime error, 2 usage error. No curses here.
 */
#ifndef ILP_CLI_CLI_H
#define ILP_CLI_CLI_H

#include "config.h"
#include "core/date.h"
#include "store/account.h"

#define CLI_OK 0
#define CLI_FAIL 1
#define CLI_USAGE 2

struct cli_ctx {
	struct settings *settings;
	const char *db_path; /* --db, else the configured path */
	int db_from_option;  /* 1 when --db was given */
	struct date today;   /* --today, $ILP_TODAY or the clock */
	/* What loading ilp.ini found, for `ilp config check`. */
	enum config_source config_source;
	struct strlist *config_errors;
	struct strlist *config_warnings;
};

/* Runs argv[0] (a subcommand) with its arguments. */
int cli_run(struct cli_ctx *ctx, int argc, char **argv);
/* 1 when name is a subcommand. */
int cli_is_command(const char *name);

/* The login policy from the settings. */
void cli_policy(const struct settings *s, struct account_policy *out);

/* Prints "ilp: <message>" on stderr. */
void cli_error(const char *msg);
void cli_errorf(enum msg_id id, ...);
/* Prints a catalogue message and a newline on stdout. */
void cli_print(enum msg_id id, ...);

#endif
