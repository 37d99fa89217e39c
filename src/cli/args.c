/* cli/args: long options without getopt's global state. */
#include "cli/args.h"

#include <string.h>

#include "core/i18n.h"
#include "util.h"

void
args_init(struct args *a, int argc, char **argv)
{
	a->argc = argc;
	a->argv = argv;
	a->i = 0;
	a->no_more = 0;
}

static const struct args_opt *
args_find(const struct args_opt *opts, const char *name, size_t len,
	  char short_name)
{
	for (; opts->id != 0; opts++) {
		if (short_name != 0 && opts->short_name == short_name)
			return opts;
		if (short_name == 0 && strlen(opts->name) == len &&
		    strncmp(opts->name, name, len) == 0)
			return opts;
	}
	return NULL;
}

int
args_next(struct args *a, const struct args_opt *opts, const char **value,
	  char **error)
{
	const struct args_opt *o;
	const char *arg, *eq;

	*value = NULL;
	*error = NULL;
	if (a->i >= a->argc)
		return ARGS_END;
	arg = a->argv[a->i++];
	if (a->no_more || arg[0] != '-' || arg[1] == '\0') {
		*value = arg;
		return ARGS_WORD;
	}
	if (strcmp(arg, "--") == 0) {
		a->no_more = 1;
		return args_next(a, opts, value, error);
	}
	if (arg[1] == '-') {
		eq = strchr(arg + 2, '=');
		o = args_find(opts, arg + 2,
			      eq != NULL ? (size_t)(eq - arg - 2)
					 : strlen(arg + 2),
			      0);
		if (o == NULL) {
			*error = trf(MSG_ARGS_UNKNOWN, arg);
			return ARGS_ERROR;
		}
		if (!o->has_arg) {
			if (eq != NULL) {
				*error = trf(MSG_ARGS_NO_VALUE, o->name);
				return ARGS_ERROR;
			}
			return o->id;
		}
		if (eq != NULL) {
			*value = eq + 1;
			return o->id;
		}
	} else {
		o = arg[2] == '\0' ? args_find(opts, NULL, 0, arg[1]) : NULL;
		if (o == NULL) {
			*error = trf(MSG_ARGS_UNKNOWN, arg);
			return ARGS_ERROR;
		}
		if (!o->has_arg)
			return o->id;
	}
	if (a->i >= a->argc) {
		*error = trf(MSG_ARGS_NEEDS_VALUE, o->name);
		return ARGS_ERROR;
	}
	*value = a->argv[a->i++];
	return o->id;
}
