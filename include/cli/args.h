/*
 * cli/args: a small long-option parser shared by main.c and every
 * subcommand: "--name value", "--name=value", "-x", positional words, and
 * "--" to end options. Prints nothing: errors come back as text.
 */
#ifndef ILP_CLI_ARGS_H
#define ILP_CLI_ARGS_H

struct args_opt {
	const char *name; /* long name without "--" */
	char short_name;  /* 0 when none */
	int has_arg;
	int id; /* > 0 */
};

struct args {
	int argc;
	char **argv;
	int i;       /* next argument */
	int no_more; /* "--" was seen */
};

#define ARGS_END 0
#define ARGS_WORD -1  /* a positional word, in *value */
#define ARGS_ERROR -2 /* unknown option or missing value, *error set */

void args_init(struct args *a, int argc, char **argv);
/*
 * The next option: its id (value in *value when it takes one), ARGS_WORD,
 * ARGS_END, or ARGS_ERROR with an allocated *error.
 */
int args_next(struct args *a, const struct args_opt *opts, const char **value,
	      char **error);

#endif
