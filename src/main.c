/*
 * main: parses the global options (which may stand before or after a
 * subcommand), fixes "today", loads the configuration and stops on any
 * error before curses starts, then hands over to cli/ (a subcommand) or
 * ui/ (the terminal screens), with the demo village when --demo is given.
 */
#include <locale.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli/args.h"
#include "cli/cli.h"
#include "config.h"
#include "core/date.h"
#include "core/i18n.h"
#include "crypto.h"
#include "demo.h"
#include "store/db.h"
#include "ui/app.h"
#include "util.h"

enum {
	OPT_CONFIG = 1,
	OPT_DB,
	OPT_LANG,
	OPT_TODAY,
	OPT_DEMO,
	OPT_SEED,
	OPT_HELP,
	OPT_VERSION
};

/* Options main.c itself understands; all but the first four only before
 * a subcommand. */
static const struct args_opt main_opts[] = {
	{"config", 0, 1, OPT_CONFIG},
	{"db", 0, 1, OPT_DB},
	{"lang", 0, 1, OPT_LANG},
	{"today", 0, 1, OPT_TODAY},
	{"demo", 0, 0, OPT_DEMO},
	{"seed", 0, 1, OPT_SEED},
	{"help", 'h', 0, OPT_HELP},
	{"version", 'V', 0, OPT_VERSION},
	{NULL, 0, 0, 0},
};

struct main_opts {
	const char *config;
	const char *db;
	const char *lang;
	const char *today;
	const char *seed;
	int demo;
	int help;
	int version;
	int argc; /* the subcommand and its words */
	char **argv;
};

static volatile int main_stop;

static void
main_on_signal(int sig)
{
	(void)sig;
	main_stop = 1;
}

/* 1 when arg is one of the four global options (with its value next). */
static int
main_global(const char *arg, int *takes_value)
{
	static const char *const names[] = {"--config", "--db", "--lang",
					    "--today"};
	size_t i, n;

	for (i = 0; i < ILP_ARRAY_LEN(names); i++) {
		n = strlen(names[i]);
		if (strncmp(arg, names[i], n) == 0 &&
		    (arg[n] == '\0' || arg[n] == '=')) {
			*takes_value = arg[n] == '\0';
			return 1;
		}
	}
	return 0;
}

/*
 * Splits argv: options before the subcommand go through args_next; after
 * it, the global options are taken out wherever they stand and the rest
 * is the subcommand's.
 */
static int
main_parse(int argc, char **argv, struct main_opts *o)
{
	struct args a;
	const char *v;
	char *err = NULL;
	int id, i, value;

	memset(o, 0, sizeof *o);
	o->argv = xcalloc((size_t)argc + 1, sizeof *o->argv);
	args_init(&a, argc - 1, argv + 1);
	while (a.i < a.argc) {
		id = args_next(&a, main_opts, &v, &err);
		switch (id) {
		case OPT_CONFIG:
			o->config = v;
			break;
		case OPT_DB:
			o->db = v;
			break;
		case OPT_LANG:
			o->lang = v;
			break;
		case OPT_TODAY:
			o->today = v;
			break;
		case OPT_DEMO:
			o->demo = 1;
			break;
		case OPT_SEED:
			o->seed = v;
			break;
		case OPT_HELP:
			o->help = 1;
			break;
		case OPT_VERSION:
			o->version = 1;
			break;
		case ARGS_WORD:
			/* The subcommand: the rest is its, minus globals. */
			o->argv[o->argc++] = (char *)(uintptr_t)v;
			for (i = a.i + 1; i <= a.argc; i++) {
				char *arg = argv[i];

				if (main_global(arg, &value)) {
					char *eq = strchr(arg, '=');
					const char *val = eq != NULL ? eq + 1
							  : i < a.argc
								  ? argv[++i]
								  : NULL;

					if (val == NULL) {
						err = trf(MSG_ARGS_NEEDS_VALUE,
							  arg + 2);
						goto bad;
					}
					if (strncmp(arg, "--config", 8) == 0)
						o->config = val;
					else if (strncmp(arg, "--db", 4) == 0)
						o->db = val;
					else if (strncmp(arg, "--lang", 6) == 0)
						o->lang = val;
					else
						o->today = val;
					continue;
				}
				o->argv[o->argc++] = arg;
			}
			return 0;
		case ARGS_END:
			return 0;
		default:
			goto bad;
		}
	}
	return 0;
bad:
	fprintf(stderr, "ilp: %s\n", err);
	free(err);
	return -1;
}

static int
main_today(const struct main_opts *o, struct date *today, int *fixed)
{
	const char *v = o->today != NULL ? o->today : getenv("ILP_TODAY");

	*fixed = 0;
	if (v == NULL || *v == '\0') {
		*today = date_from_time(time(NULL));
		return 0;
	}
	if (date_parse_iso(v, today) < 0) {
		char *m = trf(MSG_CLI_BAD_TODAY, v);

		fprintf(stderr, "ilp: %s\n", m);
		free(m);
		return -1;
	}
	/*
	 * A pretend date is for training: years far away only overflow the
	 * dates computed from it (due dates, follow-ups) past 9999.
	 */
	if (today->y < 1900 || today->y > 2199) {
		char *m = trf(MSG_CLI_TODAY_RANGE, v);

		fprintf(stderr, "ilp: %s\n", m);
		free(m);
		return -1;
	}
	*fixed = 1;
	return 0;
}

static void
main_print(const struct strlist *l, enum msg_id wrap)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		char *m = wrap == MSG_COUNT_ ? xstrdup(l->v[i])
					     : trf(wrap, l->v[i]);

		fprintf(stderr, "ilp: %s\n", m);
		free(m);
	}
}

static void
main_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = main_on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}

/* Opens the database named by --db or ilp.ini and runs the screens. */
static int
main_ui(struct settings *s, const char *db, struct date today, int fixed)
{
	struct store_open_options opt = {0};
	struct ui_params p = {0};
	struct store *st;
	char *cause = NULL;
	int rc;

	opt.busy_timeout_ms = s->busy_timeout_ms;
	opt.migrate = 1;
	opt.group_access = s->group_access;
	if (store_open(db, &opt, &st, &cause) < 0) {
		fprintf(stderr, "ilp: %s\n", cause);
		free(cause);
		return CLI_FAIL;
	}
	p.settings = s;
	p.store = st;
	p.today = today;
	p.today_fixed = fixed;
	p.stop = &main_stop;
	rc = ui_run(&p);
	store_close(st);
	return rc;
}

static int
main_demo(struct settings *s, const struct main_opts *o, struct date today,
	  int fixed)
{
	struct ui_params p = {0};
	struct store *st;
	unsigned long long seed = 1;
	long v;
	int rc;

	if (o->seed != NULL) {
		if (parse_long(o->seed, 0, 2147483647L, &v) < 0) {
			char *m = trf(MSG_CLI_BAD_NUMBER, "seed", o->seed, 0L,
				      2147483647L);

			fprintf(stderr, "ilp: %s\n", m);
			free(m);
			return CLI_USAGE;
		}
		seed = (unsigned long long)v;
	}
	if (demo_open(s, seed, today, &st) < 0)
		return CLI_FAIL;
	p.settings = s;
	p.store = st;
	p.today = today;
	p.today_fixed = fixed;
	p.demo_password = demo_password();
	p.stop = &main_stop;
	rc = ui_run(&p);
	store_close(st);
	demo_remove();
	return rc;
}

int
main(int argc, char **argv)
{
	struct main_opts o;
	struct settings settings;
	struct strlist errors, warnings;
	struct cli_ctx ctx;
	enum config_source src;
	enum i18n_lang lang = I18N_ID;
	struct date today;
	int fixed, rc, config_cmd;

	setlocale(LC_ALL, "");
	umask(077);
	crypto_init();
	if (main_parse(argc, argv, &o) < 0)
		return CLI_USAGE;
	if (o.lang != NULL && i18n_parse_lang(o.lang, &lang) < 0) {
		char *m = trf(MSG_CLI_BAD_LANG, o.lang);

		fprintf(stderr, "ilp: %s\n", m);
		free(m);
		free(o.argv);
		return CLI_USAGE;
	}
	i18n_set_lang(lang);
	if (o.version) {
		printf("ilp %s\n", ILP_VERSION);
		free(o.argv);
		return CLI_OK;
	}
	if (o.help || (o.argc > 0 && strcmp(o.argv[0], "help") == 0)) {
		fputs(tr(MSG_USAGE), stdout);
		free(o.argv);
		return CLI_OK;
	}
	if (main_today(&o, &today, &fixed) < 0) {
		free(o.argv);
		return CLI_USAGE;
	}
	config_cmd = o.argc > 0 && strcmp(o.argv[0], "config") == 0;
	strlist_init(&errors);
	strlist_init(&warnings);
	rc = config_load(&settings, o.config, o.lang != NULL ? (int)lang : -1,
			 &errors, &warnings, &src);
	if (!config_cmd) {
		main_print(&warnings, MSG_CLI_WARNING);
		if (rc < 0 || errors.n > 0) {
			main_print(&errors, MSG_COUNT_);
			fprintf(stderr, "ilp: %s\n", tr(MSG_CLI_CONFIG_ERRORS));
			rc = CLI_FAIL;
			goto out;
		}
		/* the data files are checked before curses starts too */
		if (config_check_data(&settings, NULL, &errors) > 0) {
			main_print(&errors, MSG_COUNT_);
			fprintf(stderr, "ilp: %s\n", tr(MSG_CLI_CONFIG_ERRORS));
			rc = CLI_FAIL;
			goto out;
		}
	}
	if (settings.group_access)
		umask(007);
	main_signals();
	memset(&ctx, 0, sizeof ctx);
	ctx.settings = &settings;
	ctx.db_path = o.db != NULL ? o.db : settings.db_path;
	ctx.db_from_option = o.db != NULL;
	ctx.today = today;
	ctx.config_source = src;
	ctx.config_errors = &errors;
	ctx.config_warnings = &warnings;
	if (o.argc > 0)
		rc = cli_run(&ctx, o.argc, o.argv);
	else if (o.demo)
		rc = main_demo(&settings, &o, today, fixed);
	else
		rc = main_ui(&settings, ctx.db_path, today, fixed);
out:
	strlist_done(&errors);
	strlist_done(&warnings);
	config_free(&settings);
	free(o.argv);
	return rc;
}
