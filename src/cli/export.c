/*
 * cli/export: `ilp export csv households|persons [--out FILE]
 * [--posyandu CODE] [--allow-training] --user NAME` writes the register
 * as CSV (RFC 4180: comma-separated, fields with a comma, quote, CR or LF
 * quoted, quotes doubled, CRLF line ends; UTF-8, no byte-order mark;
 * a field that a spreadsheet would run as a formula starts with '),
 * limited to what the user may see. A new --out file is created 0600
 * (0660 with group_access) and never overwritten. A training database
 * is refused unless --allow-training, and then every row carries a first
 * column LATIHAN, so demo data cannot pass for a real export.
 */
#include "cli/commands.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/args.h"
#include "cli/common.h"
#include "core/csv.h"
#include "core/i18n.h"
#include "store/export.h"
#include "store/posyandu.h"
#include "util.h"

enum { EXP_AS = 1, EXP_STDIN, EXP_OUT, EXP_POSYANDU, EXP_TRAINING, EXP_HELP };

static const struct args_opt export_opts[] = {
	{"user", 'u', 1, EXP_AS},
	{"password-stdin", 0, 0, EXP_STDIN},
	{"out", 'o', 1, EXP_OUT},
	{"posyandu", 0, 1, EXP_POSYANDU},
	{"allow-training", 0, 0, EXP_TRAINING},
	{"help", 'h', 0, EXP_HELP},
	{NULL, 0, 0, 0},
};

struct export_out {
	FILE *f;
	int training;
	int failed;
};

static int
export_line(void *ctx, const char *const *values, int n)
{
	struct export_out *o = ctx;
	struct strbuf line;
	int i;

	strbuf_init(&line);
	if (o->training)
		strbuf_adds(&line, "LATIHAN,");
	for (i = 0; i < n; i++) {
		if (i > 0)
			strbuf_addc(&line, ',');
		csv_field(&line, values[i], strlen(values[i]),
			  CSV_FORMULA_GUARD);
	}
	strbuf_adds(&line, "\r\n");
	if (fwrite(line.buf, 1, line.len, o->f) != line.len || ferror(o->f))
		o->failed = errno != 0 ? errno : EIO;
	strbuf_done(&line);
	return o->failed != 0;
}

static FILE *
export_open(const char *path, int group_access)
{
	mode_t mode = group_access ? 0660 : 0600;
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
	FILE *f;

	if (fd < 0) {
		cli_errorf(errno == EEXIST ? MSG_BACKUP_EXISTS
					   : MSG_EXPORT_CANNOT_CREATE,
			   path, strerror(errno));
		return NULL;
	}
	(void)fchmod(fd, mode); /* whatever the umask */
	f = fdopen(fd, "w");
	if (f == NULL) {
		cli_errorf(MSG_EXPORT_CANNOT_CREATE, path, strerror(errno));
		close(fd);
	}
	return f;
}

/* The posyandu's id from its code (visible to the user), or NULL. */
static int
export_posyandu(struct store *st, const char *code, char **id)
{
	struct posyandu p;
	char *cause = NULL;
	int rc = store_posyandu_get(st, code, &p, &cause);

	if (rc <= 0) {
		if (rc < 0)
			cli_error(cause);
		else
			cli_errorf(MSG_EXPORT_NO_POSYANDU, code);
		free(cause);
		return -1;
	}
	*id = xstrdup(p.id);
	posyandu_free(&p);
	return 0;
}

static int
export_run(struct cli_ctx *ctx, struct store *st, enum export_table t,
	   const char *out, const char *posyandu, int training)
{
	struct export_out o = {stdout, training, 0};
	const char *const *cols = export_columns(t);
	char *pid = NULL, *cause = NULL;
	long rows;
	int rc = CLI_FAIL, n = 0;

	if (posyandu != NULL && export_posyandu(st, posyandu, &pid) < 0)
		return CLI_FAIL;
	if (out != NULL &&
	    (o.f = export_open(out, ctx->settings->group_access)) == NULL)
		goto done;
	while (cols[n] != NULL)
		n++;
	/* The header; a training export's first column is LATIHAN too. */
	export_line(&o, cols, n);
	rows = store_export(st, t, pid, export_line, &o, &cause);
	if (rows < 0 || o.failed || fflush(o.f) != 0) {
		if (cause != NULL)
			cli_error(cause);
		else
			cli_errorf(MSG_EXPORT_WRITE, out != NULL ? out : "-",
				   strerror(o.failed ? o.failed : errno));
		free(cause);
		goto done;
	}
	if (out != NULL)
		cli_print(MSG_EXPORT_DONE, rows, out);
	rc = CLI_OK;
done:
	if (o.f != NULL && o.f != stdout && fclose(o.f) != 0)
		rc = CLI_FAIL;
	free(pid);
	return rc;
}

int
cli_export(struct cli_ctx *ctx, int argc, char **argv)
{
	struct args a;
	const char *v, *as = getenv("ILP_USER"), *out = NULL;
	const char *posyandu = NULL, *words[2] = {NULL, NULL};
	char *err = NULL;
	struct store *st;
	enum export_table t;
	int id, from_stdin = 0, training = 0, nwords = 0, rc;

	args_init(&a, argc - 1, argv + 1);
	while ((id = args_next(&a, export_opts, &v, &err)) != ARGS_END) {
		switch (id) {
		case EXP_AS:
			as = v;
			break;
		case EXP_STDIN:
			from_stdin = 1;
			break;
		case EXP_OUT:
			out = v;
			break;
		case EXP_POSYANDU:
			posyandu = v;
			break;
		case EXP_TRAINING:
			training = 1;
			break;
		case EXP_HELP:
			fputs(tr(MSG_USAGE_EXPORT), stdout);
			return CLI_OK;
		case ARGS_WORD:
			if (nwords == 2) {
				cli_errorf(MSG_ARGS_EXTRA, v);
				return CLI_USAGE;
			}
			words[nwords++] = v;
			break;
		default:
			cli_error(err);
			free(err);
			return CLI_USAGE;
		}
	}
	if (!str_eq(words[0], "csv") || export_table_parse(words[1], &t) < 0) {
		fputs(tr(MSG_USAGE_EXPORT), stderr);
		return CLI_USAGE;
	}
	if (cli_open_store(ctx, 0, &st) < 0)
		return CLI_FAIL;
	if (cli_login(ctx, st, as, from_stdin) < 0) {
		store_close(st);
		return CLI_FAIL;
	}
	if (store_is_demo(st) && !training) {
		cli_errorf(MSG_EXPORT_TRAINING, ctx->db_path);
		rc = CLI_FAIL;
	} else {
		rc = export_run(ctx, st, t, out, posyandu, store_is_demo(st));
	}
	store_account_logout(st);
	store_close(st);
	return rc;
}
