/*
 * cli/common: what subcommands share: opening the store with the
 * settings, logging in from the command line, reading passwords without
 * echo. Every function prints its own error message and returns -1.
 */
#ifndef ILP_CLI_COMMON_H
#define ILP_CLI_COMMON_H

#include "cli/cli.h"
#include "store/db.h"

/* Opens ctx->db_path (creating it when create is set). 0 or -1. */
int cli_open_store(struct cli_ctx *ctx, int create, struct store **out);

/*
 * Logs user in with a password read without echo from the terminal, or
 * as the next line of stdin with from_stdin. Prints why it failed.
 * Returns 0 (the actor is set) or -1.
 */
int cli_login(struct cli_ctx *ctx, struct store *st, const char *user,
	      int from_stdin);

/*
 * Reads a secret: the next line of stdin when from_stdin, else from the
 * terminal with echo off after printing prompt to it. Returns an
 * allocated string (wipe it with str_wipe_free), or NULL with a message
 * printed (no terminal, end of input).
 */
char *cli_read_secret(const char *prompt, int from_stdin);

/*
 * A new password: from stdin once, or typed twice on the terminal.
 * Returns it allocated, or NULL with a message printed.
 */
char *cli_read_new_password(const char *username, int from_stdin);

/* "os:<login name>" for audit rows written by administrator commands. */
char *cli_os_actor(void);

#endif
