/*
 * bench: the figures of DESIGN.md §8 for `make bench`, each beside the
 * same query run by the sqlite3 shell (the floor the program cannot
 * beat) and their ratio. A measuring tool, never a timed test.
 *
 *   bench --db FILE --ilp PATH [--sqlite3 PATH] [--today YYYY-MM-DD]
 *
 * The database is a seeded one (`ilp seed --layout large`); the tool
 * reads it and never writes. Rows of the report are a table
 * (bench_rows[] below): a later issue adds its row (immunisation card,
 * due list, recap, tasks) by writing one function that times its store
 * call and fills in the SQL the shell runs for the same answer.
 *
 * How each figure is taken:
 *  - search: real names, NIKs, No. KKs and addresses from the database,
 *    typed letter by letter; every prefix is one call of
 *    store_household_search(), the function the Keluarga list calls on
 *    each key (the whole kabupaten as a bidan sees it, and one posyandu
 *    as its kader sees it); p50 and p95 over all keystrokes. The shell
 *    runs the same two steps (matching ids, then the list rows) as one
 *    statement, each keystroke in its own sqlite3 process, timed inside
 *    the shell with `.timer on` over repeated runs.
 *  - open household: store_household_get() with members.
 *  - start-up: ilp on a pseudo-terminal until the login screen's text
 *    arrives; the shell: sqlite3 opening the file and reading its schema.
 *  - memory: the peak resident set (ru_maxrss) of ilp after logging in,
 *    searching and opening a household; VmRSS while it runs; the shell's
 *    peak for the same searches.
 *
 * For looking into a figure: BENCH_VERBOSE=1 prints every keystroke's
 * time; BENCH_LIMIT, BENCH_PRELOAD and BENCH_CACHE (PRAGMA cache_size)
 * change what the search asks for.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pty.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "crypto.h"
#include "config.h"
#include "store/household.h"
#include "store/immunisation.h"
#include "store/person.h"
#include "store/recap.h"
#include "store/tasks.h"
#include "util.h"

#include "../../src/store/search.h"

#define BENCH_MAX_SAMPLES 4096
/* The rows the Keluarga list shows at 80x24 (what it reads at once). */
#define BENCH_SCREEN_ROWS 18

struct bench {
	const char *db;
	const char *ilp;
	const char *sqlite3;
	struct date today;
	struct store *st;
	sqlite3 *raw;          /* read-only, to pick samples */
	char *posyandu;        /* the kader's posyandu for scoped runs */
	struct strlist typed;  /* what is typed, one sample per entry */
	struct strlist scoped; /* typed inside the kader's posyandu */
	struct strlist hh_ids; /* households to open */
	struct settings set;   /* the source tree's config/ and its data */
};

/* One figure: the program's p50/p95 and the shell's. */
struct bench_result {
	double p50, p95; /* milliseconds */
	double sh_p50, sh_p95;
	int n;
	const char *unit; /* "ms" or "MB" */
	char note[96];
};

struct bench_row {
	const char *name;
	const char *target;
	int (*run)(struct bench *b, struct bench_result *r);
};

static double
bench_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int
bench_cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* Percentile p (0..100) of v[0..n), sorted in place. */
static double
bench_pct(double *v, int n, double p)
{
	int i;

	if (n == 0)
		return NAN;
	qsort(v, (size_t)n, sizeof *v, bench_cmp_double);
	i = (int)ceil(p / 100.0 * n) - 1;
	return v[i < 0 ? 0 : i >= n ? n - 1 : i];
}

/* ---- samples ------------------------------------------------------------ */

static void
bench_pick(struct bench *b, const char *sql, struct strlist *out)
{
	sqlite3_stmt *s;

	if (sqlite3_prepare_v2(b->raw, sql, -1, &s, NULL) != SQLITE_OK)
		die("bench: %s: %s", sql, sqlite3_errmsg(b->raw));
	while (sqlite3_step(s) == SQLITE_ROW)
		strlist_add(out, (const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
}

static void
bench_samples(struct bench *b)
{
	struct strlist tmp;

	if (sqlite3_open_v2(b->db, &b->raw, SQLITE_OPEN_READONLY, NULL) !=
	    SQLITE_OK)
		die("bench: cannot open %s", b->db);
	/* Spread over the file: every n-th row, deterministic. */
	bench_pick(b, "SELECT name FROM person WHERE rowid % 40009 = 7 LIMIT 8",
		   &b->typed);
	bench_pick(b,
		   "SELECT nik FROM person WHERE nik IS NOT NULL AND rowid % "
		   "70001 = 11 LIMIT 2",
		   &b->typed);
	bench_pick(b,
		   "SELECT no_kk FROM household WHERE no_kk IS NOT NULL AND "
		   "rowid % 50021 = 5 LIMIT 1",
		   &b->typed);
	bench_pick(b,
		   "SELECT address FROM household WHERE rowid % 30011 = 3 "
		   "LIMIT 3",
		   &b->typed);
	strlist_init(&tmp);
	bench_pick(b,
		   "SELECT posyandu_id FROM household WHERE rowid = (SELECT "
		   "max(rowid) / 2 FROM household)",
		   &tmp);
	if (tmp.n == 0)
		die("bench: %s holds no households", b->db);
	b->posyandu = xstrdup(tmp.v[0]);
	strlist_done(&tmp);
	bench_pick(b,
		   "SELECT name FROM (SELECT p.name, p.rowid AS r FROM person "
		   "p JOIN household h ON h.id = p.household_id WHERE "
		   "h.posyandu_id = (SELECT posyandu_id FROM household WHERE "
		   "rowid = (SELECT max(rowid) / 2 FROM household))) WHERE r % "
		   "7 = 1 LIMIT 6",
		   &b->scoped);
	bench_pick(b,
		   "SELECT id FROM household WHERE rowid % 997 = 13 LIMIT 200",
		   &b->hh_ids);
}

/* ---- the actors --------------------------------------------------------- */

static void
bench_actor(struct bench *b, enum role role, const char *posyandu)
{
	struct store_actor a = {.username = (char *)"bench",
				.full_name = (char *)"",
				.role = role,
				.posyandu_id = (char *)posyandu};

	store_set_actor(b->st, &a);
}

/* ---- the sqlite3 shell -------------------------------------------------- */

/* Appends s to sb as an SQL string literal. */
static void
bench_quote(struct strbuf *sb, const char *s)
{
	strbuf_addc(sb, '\'');
	for (; *s != '\0'; s++) {
		if (*s == '\'')
			strbuf_addc(sb, '\'');
		strbuf_addc(sb, *s);
	}
	strbuf_addc(sb, '\'');
}

/*
 * Runs reps copies of query in `sqlite3 -batch -readonly db` under
 * `.timer on`; returns the median time of one run in milliseconds. The
 * shell prints its "real" clock to the millisecond only, so the figure
 * is its user + sys CPU time (to the microsecond): on a warm page cache,
 * as here, that is the time the query takes.
 */
static double
bench_shell_n(struct bench *b, const char *query, int nstmt, int reps)
{
	char path[] = "/tmp/ilp-bench-XXXXXX";
	int fd = mkstemp(path), i, n = 0, lines = 0;
	double t[64], sum = 0;
	FILE *f, *p;
	char line[512], *cmd;
	if (fd < 0)
		die("bench: mkstemp: %s", strerror(errno));
	f = fdopen(fd, "w");
	fputs(".output /dev/null\n", f);
	for (i = 0; i < reps && i < 64; i++)
		fprintf(f, ".timer on\n%s;\n.timer off\n", query);
	fclose(f);
	cmd = xasprintf("'%s' -batch -readonly '%s' < '%s' 2>&1", b->sqlite3,
			b->db, path);
	p = popen(cmd, "r");
	if (p == NULL)
		die("bench: cannot run %s", b->sqlite3);
	while (fgets(line, sizeof line, p) != NULL) {
		double real, user, sys;

		if (sscanf(line, "Run Time: real %lf user %lf sys %lf", &real,
			   &user, &sys) == 3 &&
		    n < 64) {
			sum += (user + sys) * 1e3;
			if (++lines % nstmt == 0) {
				t[n++] = sum;
				sum = 0;
			}
		}
	}
	pclose(p);
	unlink(path);
	free(cmd);
	return n > 0 ? bench_pct(t, n, 50) : NAN;
}

/*
 * The shell's version of one keystroke: the store's two steps (matching
 * ids, then one list row per id) as one statement. The text mirrors
 * src/store/household.c; the words are inlined as literals.
 */
#define BENCH_HH_WORD                                                          \
	"(%s IS NULL OR EXISTS (SELECT 1 FROM search_doc x WHERE "             \
	"x.household_id = h.id AND instr(' ' || x.body, ' ' || %s) > 0))"

static char *
bench_shell_search(const char *text, const char *posyandu)
{
	struct search_query q;
	struct strbuf sb, ids, w[SEARCH_MAX_WORDS];
	char *sql;
	int i;

	search_query_parse(&q, text);
	/*
	 * One posyandu: every word; every posyandu: the words as typed, as
	 * the store's first pass (the only one when it finds something).
	 */
	for (i = 0; i < SEARCH_MAX_WORDS; i++) {
		const char *v = posyandu != NULL ? q.words[i]
				: i == 0         ? q.phrase
						 : NULL;

		strbuf_init(&w[i]);
		if (v != NULL)
			bench_quote(&w[i], v);
		else
			strbuf_adds(&w[i], "NULL");
	}
	strbuf_init(&ids);
	if (posyandu != NULL) {
		strbuf_adds(&ids, "SELECT h.id FROM household h WHERE "
				  "h.posyandu_id = ");
		bench_quote(&ids, posyandu);
		strbuf_adds(&ids, " AND h.status = 'aktif'");
		for (i = 0; i < SEARCH_MAX_WORDS; i++)
			strbuf_addf(&ids, " AND " BENCH_HH_WORD, w[i].buf,
				    w[i].buf);
	} else {
		strbuf_addf(
			&ids,
			"SELECT DISTINCT h.id FROM search_word w JOIN "
			"search_doc d ON d.id = w.doc JOIN household h ON "
			"h.id = d.household_id WHERE w.word >= %s AND "
			"w.word < %s || char(1114111) AND h.status = 'aktif'",
			w[0].buf, w[0].buf);
		for (i = 1; i < SEARCH_MAX_WORDS; i++)
			strbuf_addf(&ids, " AND " BENCH_HH_WORD, w[i].buf,
				    w[i].buf);
	}
	strbuf_addf(&ids, " LIMIT %d",
		    (posyandu != NULL ? HOUSEHOLD_SEARCH_POSYANDU
				      : HOUSEHOLD_SEARCH_LIMIT) +
			    1);
	strbuf_init(&sb);
	/* Every posyandu: the ids, then only the rows shown read in full. */
	if (posyandu == NULL)
		strbuf_addf(
			&sb,
			"%s; WITH ids(id) AS (SELECT id FROM (%s) LIMIT %d) ",
			ids.buf, ids.buf, BENCH_SCREEN_ROWS);
	else
		strbuf_addf(&sb, "WITH ids(id) AS (%s) ", ids.buf);
	strbuf_done(&ids);
	strbuf_adds(
		&sb,
		"SELECT h.id, coalesce(h.no_kk, ''), h.address, h.rt, h.rw, "
		"h.dusun, p.code, coalesce((SELECT m.name FROM person m WHERE "
		"m.household_id = h.id AND m.relation = 'kepala' AND m.status "
		"= 'aktif'), ''), (SELECT group_concat(m.dob || m.sex || CASE "
		"WHEN g.id IS NULL THEN '-' ELSE 'H' END || coalesce(m.nik, "
		"''), ',') FROM person m LEFT JOIN pregnancy g ON g.person_id "
		"= m.id AND g.status = 'hamil' WHERE m.household_id = h.id AND "
		"m.status = 'aktif') FROM ids JOIN household h ON h.id = ids.id "
		"JOIN posyandu p ON p.id = h.posyandu_id");
	for (i = 0; i < SEARCH_MAX_WORDS; i++)
		strbuf_done(&w[i]);
	sql = strbuf_detach(&sb);
	search_query_free(&q);
	return sql;
}

/* ---- rows: search ------------------------------------------------------- */

/* Every prefix of every sample, as typed; the shell samples fewer. */
static int
bench_search(struct bench *b, const struct strlist *samples,
	     const char *posyandu, struct bench_result *r)
{
	static double t[BENCH_MAX_SAMPLES], sh[BENCH_MAX_SAMPLES];
	struct household_query q;
	size_t i, k;
	int n = 0, nsh = 0;

	memset(&q, 0, sizeof q);
	q.at = b->today;
	q.posyandu_id = posyandu;
	q.preload = BENCH_SCREEN_ROWS;
	if (getenv("BENCH_LIMIT") != NULL)
		q.limit = atoi(getenv("BENCH_LIMIT"));
	if (getenv("BENCH_PRELOAD") != NULL)
		q.preload = atoi(getenv("BENCH_PRELOAD"));
	for (i = 0; i < samples->n; i++) {
		const char *s = samples->v[i];
		size_t len = strlen(s);

		for (k = 1; k <= len && n < BENCH_MAX_SAMPLES; k++) {
			struct household_row *rows;
			size_t nrows;
			char *typed = xstrndup(s, k), *cause = NULL, *sql;
			double t0;
			int more;

			if (s[k - 1] == ' ') { /* a space changes nothing */
				free(typed);
				continue;
			}
			q.text = typed;
			t0 = bench_now();
			if (store_household_search(b->st, &q, &rows, &nrows,
						   &more, &cause) < 0)
				die("bench: search: %s", cause);
			t[n++] = bench_now() - t0;
			if (getenv("BENCH_VERBOSE") != NULL)
				fprintf(stderr, "%8.3f ms %4zu%s '%s'\n",
					t[n - 1], nrows, more ? "+" : " ",
					typed);
			household_rows_free(rows, nrows);
			/* The shell: every third keystroke (processes cost). */
			if (k % 3 == 1 || k == len) {
				sql = bench_shell_search(typed, posyandu);
				sh[nsh++] = bench_shell_n(
					b, sql, posyandu == NULL ? 2 : 1, 5);
				free(sql);
			}
			free(typed);
		}
	}
	r->n = n;
	r->p50 = bench_pct(t, n, 50);
	r->p95 = bench_pct(t, n, 95);
	r->sh_p50 = bench_pct(sh, nsh, 50);
	r->sh_p95 = bench_pct(sh, nsh, 95);
	return 0;
}

static int
bench_search_all(struct bench *b, struct bench_result *r)
{
	bench_actor(b, ROLE_NAKES, NULL);
	snprintf(r->note, sizeof r->note, "%zu samples, whole database",
		 b->typed.n);
	return bench_search(b, &b->typed, NULL, r);
}

static int
bench_search_posyandu(struct bench *b, struct bench_result *r)
{
	bench_actor(b, ROLE_KADER, b->posyandu);
	snprintf(r->note, sizeof r->note, "%zu names, one posyandu (kader)",
		 b->scoped.n);
	return bench_search(b, &b->scoped, b->posyandu, r);
}

/* ---- rows: opening a household ------------------------------------------ */

static const char bench_sql_open[] =
	"SELECT h.*, p.code, p.name FROM household h JOIN posyandu p ON "
	"p.id = h.posyandu_id WHERE h.id = %s; SELECT m.*, g.id, g.hpht, "
	"g.hpl, g.version, (SELECT max(e.end_date) FROM pregnancy e WHERE "
	"e.person_id = m.id AND e.status = 'selesai' AND e.outcome IN "
	"('lahir_hidup', 'lahir_mati')) FROM person m LEFT JOIN pregnancy "
	"g ON g.person_id = m.id AND g.status = 'hamil' WHERE "
	"m.household_id = %s ORDER BY m.status <> 'aktif', m.relation <> "
	"'kepala', m.dob, m.name";

static int
bench_open(struct bench *b, struct bench_result *r)
{
	static double t[BENCH_MAX_SAMPLES], sh[64];
	size_t i;
	int n = 0, nsh = 0;

	bench_actor(b, ROLE_NAKES, NULL);
	for (i = 0; i < b->hh_ids.n; i++) {
		struct household h;
		struct person *m;
		size_t nm;
		char *cause = NULL;
		double t0 = bench_now();

		if (store_household_get(b->st, b->hh_ids.v[i], &h, &m, &nm,
					&cause) < 0)
			die("bench: open: %s", cause);
		t[n++] = bench_now() - t0;
		household_free(&h);
		person_list_free(m, nm);
		if (i % 10 == 0 && nsh < 64) {
			struct strbuf id;
			char *sql;

			strbuf_init(&id);
			bench_quote(&id, b->hh_ids.v[i]);
			sql = xasprintf(bench_sql_open, id.buf, id.buf);
			sh[nsh++] = bench_shell_n(b, sql, 2, 5);
			free(sql);
			strbuf_done(&id);
		}
	}
	r->n = n;
	r->p50 = bench_pct(t, n, 50);
	r->p95 = bench_pct(t, n, 95);
	r->sh_p50 = bench_pct(sh, nsh, 50);
	r->sh_p95 = bench_pct(sh, nsh, 95);
	snprintf(r->note, sizeof r->note, "%d households with members", n);
	return 0;
}

/* ---- rows: the real program on a pseudo-terminal ------------------------ */

struct bench_pty {
	pid_t pid;
	int fd;
	struct strbuf out; /* everything ilp wrote */
};

static void
bench_pty_start(struct bench *b, struct bench_pty *p)
{
	char today[DATE_ISO_LEN];
	struct winsize ws = {.ws_row = 24, .ws_col = 80};

	strbuf_init(&p->out);
	date_format_iso(b->today, today);
	p->pid = forkpty(&p->fd, NULL, NULL, &ws);
	if (p->pid < 0)
		die("bench: forkpty: %s", strerror(errno));
	if (p->pid == 0) {
		setenv("TERM", "screen", 1);
		setenv("LANG", "C.UTF-8", 1);
		execl(b->ilp, b->ilp, "--db", b->db, "--today", today,
		      (char *)NULL);
		_exit(127);
	}
}

/* Reads until needle has appeared after offset from; -1 on timeout. */
static int
bench_pty_wait(struct bench_pty *p, size_t from, const char *needle,
	       double timeout_ms)
{
	double end = bench_now() + timeout_ms;
	char buf[4096];

	for (;;) {
		struct timeval tv = {0, 2000};
		fd_set rd;
		ssize_t k;

		if (p->out.len > from && strstr(p->out.buf + from, needle))
			return 0;
		if (bench_now() > end)
			return -1;
		FD_ZERO(&rd);
		FD_SET(p->fd, &rd);
		if (select(p->fd + 1, &rd, NULL, NULL, &tv) <= 0)
			continue;
		k = read(p->fd, buf, sizeof buf);
		if (k <= 0)
			return -1;
		strbuf_add(&p->out, buf, (size_t)k);
	}
}

static void
bench_pty_send(struct bench_pty *p, const char *s)
{
	if (write(p->fd, s, strlen(s)) < 0)
		die("bench: write to ilp: %s", strerror(errno));
}

/* VmRSS or VmHWM of a process in MB; NAN when unreadable. */
static double
bench_proc_mb(pid_t pid, const char *field)
{
	char path[64], line[256];
	double v = NAN;
	FILE *f;

	snprintf(path, sizeof path, "/proc/%ld/status", (long)pid);
	f = fopen(path, "r");
	if (f == NULL)
		return NAN;
	while (fgets(line, sizeof line, f) != NULL) {
		long kb;

		if (strncmp(line, field, strlen(field)) == 0 &&
		    sscanf(line + strlen(field), ": %ld", &kb) == 1)
			v = (double)kb / 1024.0;
	}
	fclose(f);
	return v;
}

/* Ends ilp (F10 then y, else SIGTERM); its peak RSS in MB. */
static double
bench_pty_end(struct bench_pty *p)
{
	struct rusage ru;
	int status, i;

	bench_pty_send(p, "\030"); /* Ctrl-X asks to quit */
	(void)bench_pty_wait(p, p->out.len, "Keluar", 2000);
	bench_pty_send(p, "y");
	for (i = 0; i < 300; i++) {
		char buf[4096];

		if (wait4(p->pid, &status, WNOHANG, &ru) == p->pid)
			break;
		(void)!read(p->fd, buf, sizeof buf);
		usleep(10000);
	}
	if (i == 300) {
		kill(p->pid, SIGTERM);
		wait4(p->pid, &status, 0, &ru);
	}
	close(p->fd);
	strbuf_done(&p->out);
	return (double)ru.ru_maxrss / 1024.0;
}

static int
bench_startup(struct bench *b, struct bench_result *r)
{
	double t[9], sh[9];
	int i;

	for (i = 0; i < 9; i++) {
		struct bench_pty p;
		double t0 = bench_now();

		bench_pty_start(b, &p);
		if (bench_pty_wait(&p, 0, "pengguna", 10000) < 0)
			die("bench: no login screen from %s", b->ilp);
		t[i] = bench_now() - t0;
		kill(p.pid, SIGTERM);
		waitpid(p.pid, NULL, 0);
		close(p.fd);
		strbuf_done(&p.out);
		t0 = bench_now();
		{
			char *cmd = xasprintf("'%s' -readonly '%s' 'SELECT "
					      "count(*) FROM sqlite_schema' "
					      ">/dev/null",
					      b->sqlite3, b->db);

			if (system(cmd) != 0)
				die("bench: %s failed", cmd);
			free(cmd);
		}
		sh[i] = bench_now() - t0;
	}
	r->n = 9;
	r->p50 = bench_pct(t, 9, 50);
	r->p95 = bench_pct(t, 9, 95);
	r->sh_p50 = bench_pct(sh, 9, 50);
	r->sh_p95 = bench_pct(sh, 9, 95);
	snprintf(r->note, sizeof r->note,
		 "to the login screen; shell: open and read the schema");
	return 0;
}

/* The peak RSS (KiB) of one sqlite3 process running sql. */
static long
bench_shell_rss(struct bench *b, const char *sql)
{
	char path[] = "/tmp/ilp-bench-XXXXXX";
	int fd = mkstemp(path), status;
	struct rusage ru;
	pid_t pid;

	if (fd < 0 || write(fd, sql, strlen(sql)) < 0 ||
	    write(fd, ";\n", 2) < 0)
		die("bench: temporary file: %s", strerror(errno));
	lseek(fd, 0, SEEK_SET);
	pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);

		dup2(fd, 0);
		dup2(null, 1);
		execlp(b->sqlite3, b->sqlite3, "-batch", "-readonly", b->db,
		       (char *)NULL);
		_exit(127);
	}
	close(fd);
	unlink(path);
	if (pid < 0 || wait4(pid, &status, 0, &ru) != pid)
		return 0;
	return ru.ru_maxrss;
}

/*
 * A session: log in as the seeded admin, open Keluarga, type a name
 * letter by letter, open the first household, quit. The peak includes
 * the login's Argon2id hash (its memory is a setting, 19 MiB minimum).
 */
static int
bench_memory(struct bench *b, struct bench_result *r)
{
	struct bench_pty p;
	const char *name = b->typed.n > 0 ? b->typed.v[0] : "siti";
	double running, hwm, sh_peak;
	long sh_kb = 0;
	size_t k;
	char *sql;

	bench_pty_start(b, &p);
	if (bench_pty_wait(&p, 0, "pengguna", 10000) < 0)
		die("bench: no login screen");
	bench_pty_send(&p, "admin\tlatihan1\r");
	if (bench_pty_wait(&p, 0, "Keluarga", 10000) < 0)
		die("bench: the seeded admin could not log in");
	bench_pty_send(&p, "1");
	(void)bench_pty_wait(&p, 0, "Cari", 5000);
	for (k = 0; name[k] != '\0'; k++) {
		char c[2] = {name[k], '\0'};
		size_t from = p.out.len;

		bench_pty_send(&p, c);
		(void)bench_pty_wait(&p, from, c, 2000);
	}
	bench_pty_send(&p, "\r");
	(void)bench_pty_wait(&p, 0, "Anggota", 5000);
	running = bench_proc_mb(p.pid, "VmRSS");
	hwm = bench_proc_mb(p.pid, "VmHWM");
	bench_pty_end(&p);
	sql = bench_shell_search(name, NULL);
	sh_kb = bench_shell_rss(b, sql);
	free(sql);
	sh_peak = (double)sh_kb / 1024.0;
	r->n = 1;
	r->unit = "MB";
	r->p50 = running;
	r->p95 = hwm;
	r->sh_p50 = sh_peak;
	r->sh_p95 = sh_peak;
	snprintf(r->note, sizeof r->note,
		 "ilp: VmRSS / VmHWM (peak has the login's Argon2id)");
	return 0;
}

/* ---- the report --------------------------------------------------------- */

/* ---- the monthly recap and today's tasks (issue 7) ----------------------- */

/* The month before today's, the last whole one. */
static void
bench_month(const struct bench *b, int *y, int *m)
{
	*y = b->today.m == 1 ? b->today.y - 1 : b->today.y;
	*m = b->today.m == 1 ? 12 : b->today.m - 1;
}

/* n runs of store_recap for posyandu (NULL: the whole area). */
static void
bench_recap_runs(struct bench *b, const char *posyandu, double *t, int n)
{
	struct recap_params p = {b->set.schedule, b->set.checklists, b->today};
	struct recap r;
	char *cause = NULL;
	int i, y, m;

	bench_month(b, &y, &m);
	for (i = 0; i < n; i++) {
		double t0 = bench_now();

		if (store_recap(b->st, &p, posyandu, y, m, &r, &cause) < 0)
			die("bench: recap: %s", cause);
		t[i] = bench_now() - t0;
		recap_free(&r);
	}
}

/*
 * The shell's floor for the recap: the statements whose rows the recap
 * reads (sasaran, visits, doses, children's doses, screenings,
 * referrals), scoped to the posyandu or the whole area. The IKS of each
 * visited household and the evaluation of each child are the program's
 * own work on top, so the ratio shows what they cost.
 */
static char *
bench_recap_sql(const struct bench *b, const char *posyandu)
{
	char first[40], last[40], *from;
	struct strbuf sb, pq;
	int y, m;

	bench_month(b, &y, &m);
	snprintf(first, sizeof first, "'%04d-%02d-01'", y, m);
	snprintf(last, sizeof last, "'%04d-%02d-31'", y, m);
	strbuf_init(&pq);
	if (posyandu != NULL)
		bench_quote(&pq, posyandu);
	else
		strbuf_adds(&pq, "NULL");
	from = posyandu != NULL
		       ? xasprintf("FROM household h JOIN person p ON "
				   "p.household_id = h.id WHERE h.posyandu_id "
				   "= %s AND",
				   pq.buf)
		       : xstrdup("FROM person p WHERE");
	strbuf_init(&sb);
	strbuf_addf(
		&sb,
		"SELECT count(*), sum(p.sex = 'P') %s p.dob <= %s AND "
		"p.status = 'aktif';\n"
		"SELECT count(*), count(DISTINCT v.household_id) FROM visit v "
		"JOIN household h ON h.id = v.household_id WHERE "
		"v.voided_at IS NULL AND v.visited_on BETWEEN %s AND %s AND "
		"(%s IS NULL OR h.posyandu_id = %s);\n"
		"SELECT d.antigen, count(*) FROM dose d JOIN person p ON "
		"p.id = d.person_id JOIN household h ON h.id = "
		"p.household_id WHERE d.status = 'aktif' AND d.given_on "
		"BETWEEN %s AND %s AND (%s IS NULL OR h.posyandu_id = %s) "
		"GROUP BY 1;\n"
		"SELECT count(*), sum(length((SELECT group_concat(d.antigen "
		"|| ':' || d.given_on) FROM dose d WHERE d.person_id = p.id "
		"AND d.status = 'aktif'))) %s p.dob > date(%s, "
		"'-66 months');\n"
		"SELECT s.kind, s.category, count(*) FROM screening s JOIN "
		"person p ON p.id = s.person_id JOIN household h ON h.id = "
		"p.household_id WHERE s.voided_at IS NULL AND s.screened_on "
		"BETWEEN %s AND %s AND (%s IS NULL OR h.posyandu_id = %s) "
		"GROUP BY 1, 2;\n"
		"SELECT count(*) FROM referral r JOIN person p ON p.id = "
		"r.person_id JOIN household h ON h.id = p.household_id WHERE "
		"r.referred_on BETWEEN %s AND %s AND (%s IS NULL OR "
		"h.posyandu_id = %s)",
		from, last, first, last, pq.buf, pq.buf, first, last, pq.buf,
		pq.buf, from, last, first, last, pq.buf, pq.buf, first, last,
		pq.buf, pq.buf);
	free(from);
	strbuf_done(&pq);
	return sb.buf;
}

static int
bench_recap(struct bench *b, struct bench_result *r, const char *posyandu,
	    int n)
{
	double t[16], sh;
	char *sql;

	bench_actor(b, ROLE_NAKES, NULL);
	bench_recap_runs(b, posyandu, t, 1); /* warm the cache */
	bench_recap_runs(b, posyandu, t, n);
	r->n = n;
	r->p50 = bench_pct(t, n, 50);
	r->p95 = bench_pct(t, n, 95);
	sql = bench_recap_sql(b, posyandu);
	sh = bench_shell_n(b, sql, 6, n < 5 ? n : 5);
	free(sql);
	r->sh_p50 = r->sh_p95 = sh;
	snprintf(r->note, sizeof r->note,
		 "store_recap of last month (%d runs); shell: its statements",
		 n);
	return 0;
}

static int
bench_recap_posyandu(struct bench *b, struct bench_result *r)
{
	return bench_recap(b, r, b->posyandu, 15);
}

static int
bench_recap_all(struct bench *b, struct bench_result *r)
{
	return bench_recap(b, r, NULL, 5);
}

/*
 * The task list on login: a kader of the sampled posyandu, every kind,
 * as the main menu reads it. The shell runs the statements behind it
 * (the due children's doses, the members for the priority list, the
 * persons of 15+ with their last screenings, the open referrals).
 */
static int
bench_tasks(struct bench *b, struct bench_result *r)
{
	struct task_list l;
	char *cause = NULL, *sql;
	double t[16];
	struct strbuf pq, sb;
	int i, n = 15;

	bench_actor(b, ROLE_KADER, b->posyandu);
	for (i = -1; i < n; i++) {
		double t0 = bench_now();

		if (store_tasks(b->st, b->set.schedule, NULL, b->today,
				TASK_ALL, &l, &cause) < 0)
			die("bench: tasks: %s", cause);
		if (i >= 0)
			t[i] = bench_now() - t0;
		if (i == n - 1)
			snprintf(
				r->note, sizeof r->note,
				"%zu+%zu+%zu+%zu+%zu tasks; shell: the rows read",
				l.n[0], l.n[1], l.n[2], l.n[3], l.n[4]);
		task_list_free(&l);
	}
	r->n = n;
	r->p50 = bench_pct(t, n, 50);
	r->p95 = bench_pct(t, n, 95);
	strbuf_init(&pq);
	bench_quote(&pq, b->posyandu);
	strbuf_init(&sb);
	strbuf_addf(
		&sb,
		"SELECT p.id, (SELECT group_concat(d.antigen || ':' || "
		"d.given_on) FROM dose d WHERE d.person_id = p.id AND "
		"d.status = 'aktif') FROM household h JOIN person p ON "
		"p.household_id = h.id WHERE h.posyandu_id = %s AND p.dob > "
		"date('now', '-61 months');\n"
		"SELECT p.id, (SELECT max(v.visited_on) FROM visit_member m "
		"JOIN visit v ON v.id = m.visit_id WHERE m.person_id = p.id), "
		"(SELECT count(*) FROM referral r WHERE r.person_id = p.id) "
		"FROM household h JOIN person p ON p.household_id = h.id "
		"WHERE h.posyandu_id = %s;\n"
		"SELECT p.id, (SELECT max(s.screened_on) FROM screening s "
		"WHERE s.person_id = p.id) FROM household h JOIN person p ON "
		"p.household_id = h.id WHERE h.posyandu_id = %s AND p.dob <= "
		"date('now', '-15 years');\n"
		"SELECT r.id FROM household h JOIN person p ON "
		"p.household_id = h.id JOIN referral r ON r.person_id = p.id "
		"WHERE h.posyandu_id = %s AND r.status <> 'selesai'",
		pq.buf, pq.buf, pq.buf, pq.buf);
	sql = sb.buf;
	r->sh_p50 = r->sh_p95 = bench_shell_n(b, sql, 4, 5);
	free(sql);
	strbuf_done(&pq);
	return 0;
}

/* ---- the immunisation card and the due lists (issue 4) ------------------ */

/*
 * The shell's statements mirror src/store/immunisation.c (the card) and
 * src/store/immunisation_due.c (the due lists); keep them in step. The
 * shell only steps the rows: it neither evaluates the schedule nor reads
 * the mother and the address of the due children, which is what the
 * ratio shows.
 */
#define BENCH_IMM_MOTHER                                                       \
	"coalesce((SELECT m.name FROM person m JOIN pregnancy g ON "           \
	"g.person_id = m.id WHERE m.household_id = p.household_id AND "        \
	"g.status = 'selesai' AND g.end_date = p.dob LIMIT 1), (SELECT "       \
	"m.name FROM person m WHERE m.household_id = p.household_id AND "      \
	"m.sex = 'P' AND m.id <> p.id AND m.dob <= date(p.dob, '-12 years') "  \
	"AND m.dob > date(p.dob, '-56 years') AND ((p.relation = 'anak' AND "  \
	"m.relation IN ('kepala', 'istri')) OR (p.relation = 'cucu' AND "      \
	"m.relation IN ('anak', 'menantu'))) ORDER BY m.relation = 'istri' "   \
	"DESC, m.dob DESC LIMIT 1), '')"

static const char bench_sql_card[] =
	"SELECT p.id, p.name, p.sex, p.dob, p.dob_estimated, p.status, "
	"p.household_id, h.address, h.rt, h.rw, h.dusun, y.id, y.code, "
	"y.name, EXISTS (SELECT 1 FROM pregnancy g WHERE g.person_id = p.id "
	"AND g.status = 'hamil'), " BENCH_IMM_MOTHER " FROM person p JOIN "
	"household h ON h.id = p.household_id JOIN posyandu y ON y.id = "
	"h.posyandu_id WHERE p.id = %s; SELECT id, antigen, given_on, place, "
	"batch, given_by, history, status, void_reason, voided_by, "
	"voided_at, version, created_by, created_at FROM dose WHERE "
	"person_id = %s ORDER BY given_on, created_at, id";

/* The children under five spread over the file, every 100th by rowid. */
static void
bench_imm_samples(struct bench *b, struct strlist *kids, struct strlist *pos)
{
	char day[DATE_ISO_LEN], *sql;

	date_format_iso(b->today, day);
	sql = xasprintf("SELECT id FROM (SELECT id, row_number() OVER (ORDER "
			"BY rowid) AS r FROM person WHERE status = 'aktif' AND "
			"dob > date('%s', '-60 months') AND dob <= '%s') "
			"WHERE r %% 100 = 1 LIMIT 500",
			day, day);
	bench_pick(b, sql, kids);
	free(sql);
	/* 40 posyandu spread over the codes */
	bench_pick(b,
		   "SELECT id FROM (SELECT id, row_number() OVER (ORDER BY "
		   "code) AS r, count(*) OVER () AS c FROM posyandu) WHERE "
		   "(r - 1) % max(c / 40, 1) = 0 LIMIT 40",
		   pos);
	if (kids->n == 0 || pos->n == 0)
		die("bench: %s holds no children under five", b->db);
}

/* One card as the card screen builds it; the milliseconds. */
static double
bench_imm_card1(struct bench *b, const char *id, struct schedule_result *r)
{
	const struct schedule *s = b->set.schedule;
	struct dose_given g[SCHEDULE_MAX_GIVEN];
	size_t map[SCHEDULE_MAX_GIVEN], n;
	struct imm_card c;
	char *cause = NULL;
	double t0 = bench_now(), t1;

	if (store_imm_card(b->st, id, &c, &cause) != 1)
		die("bench: card %s: %s", id, cause != NULL ? cause : "none");
	imm_card_given(s, &c, g, map, SCHEDULE_MAX_GIVEN, &n);
	if (imm_card_is_child(s, &c, b->today))
		(void)schedule_evaluate(s, c.person.dob, b->today, g, n, r);
	t1 = bench_now();
	imm_card_free(&c);
	return t1 - t0;
}

/*
 * The card: store_imm_card(), the doses that count and the evaluation,
 * as src/ui/screens/imm_card.c does, for children spread over the file
 * (a nakes sees them all). The shell: the card's two statements.
 */
static int
bench_imm_card(struct bench *b, struct bench_result *r)
{
	static double t[BENCH_MAX_SAMPLES], sh[64];
	struct schedule_result *res = xmalloc(sizeof *res);
	struct strlist kids, pos;
	size_t i;
	int n = 0, nsh = 0;

	strlist_init(&kids);
	strlist_init(&pos);
	bench_imm_samples(b, &kids, &pos);
	bench_actor(b, ROLE_NAKES, NULL);
	for (i = 0; i < kids.n; i++) /* warm */
		(void)bench_imm_card1(b, kids.v[i], res);
	for (i = 0; i < kids.n && n < BENCH_MAX_SAMPLES; i++)
		t[n++] = bench_imm_card1(b, kids.v[i], res);
	for (i = 0; i < kids.n && nsh < 64; i += 10) {
		struct strbuf id;
		char *sql;

		strbuf_init(&id);
		bench_quote(&id, kids.v[i]);
		sql = xasprintf(bench_sql_card, id.buf, id.buf);
		sh[nsh++] = bench_shell_n(b, sql, 2, 5);
		free(sql);
		strbuf_done(&id);
	}
	r->n = n;
	r->p50 = bench_pct(t, n, 50);
	r->p95 = bench_pct(t, n, 95);
	r->sh_p50 = bench_pct(sh, nsh, 50);
	r->sh_p95 = bench_pct(sh, nsh, 95);
	snprintf(r->note, sizeof r->note,
		 "%d children: card read and evaluated", n);
	strlist_done(&kids);
	strlist_done(&pos);
	free(res);
	return 0;
}

/*
 * The list of under-fives of a posyandu (Imunisasi > Balita) as its kader
 * types a name: store_imm_list() with each filter below, 500 rows at most
 * (src/ui/screens/imm_list.c). The shell: the same statement.
 */
static const char bench_sql_imm_list[] =
	"SELECT p.id, p.name, p.sex, p.dob, EXISTS (SELECT 1 FROM pregnancy "
	"g WHERE g.person_id = p.id AND g.status = 'hamil'), h.address, h.rt, "
	"h.rw, h.dusun, y.code, " BENCH_IMM_MOTHER " FROM household h JOIN "
	"person p ON p.household_id = h.id JOIN posyandu y ON y.id = "
	"h.posyandu_id WHERE h.posyandu_id = %s AND p.status = 'aktif' AND "
	"(%s IS NULL OR p.name LIKE %s ESCAPE '\\') AND p.dob > '%s' AND "
	"p.dob <= '%s' ORDER BY p.name, p.id LIMIT 500";

static int
bench_imm_list(struct bench *b, struct bench_result *r)
{
	static const char *const typed[] = {"", "a", "an", "ani", "s", "si"};
	static double t[BENCH_MAX_SAMPLES], sh[64];
	char lo[DATE_ISO_LEN], hi[DATE_ISO_LEN];
	struct strlist kids, pos;
	size_t i, k;
	int n = 0, nsh = 0;

	strlist_init(&kids);
	strlist_init(&pos);
	bench_imm_samples(b, &kids, &pos);
	date_format_iso(date_add_months(b->today, -60), lo);
	date_format_iso(b->today, hi);
	for (i = 0; i < pos.n; i++) {
		bench_actor(b, ROLE_KADER, pos.v[i]);
		for (k = 0; k < ILP_ARRAY_LEN(typed); k++) {
			struct imm_list_row *v;
			size_t m;
			char *cause = NULL;
			double t0 = bench_now();

			if (store_imm_list(b->st, IMM_LIST_CHILDREN, NULL,
					   b->today, typed[k], 500, &v, &m,
					   &cause) < 0)
				die("bench: list: %s", cause);
			t[n++] = bench_now() - t0;
			imm_list_free(v, m);
			if (i % 8 == 0 && nsh < 64) {
				struct strbuf pq, like;
				char *sql;

				strbuf_init(&pq);
				strbuf_init(&like);
				bench_quote(&pq, pos.v[i]);
				if (typed[k][0] == '\0')
					strbuf_adds(&like, "NULL");
				else {
					char *w = xasprintf("%%%s%%", typed[k]);

					bench_quote(&like, w);
					free(w);
				}
				sql = xasprintf(bench_sql_imm_list, pq.buf,
						like.buf, like.buf, lo, hi);
				sh[nsh++] = bench_shell_n(b, sql, 1, 5);
				free(sql);
				strbuf_done(&pq);
				strbuf_done(&like);
			}
		}
	}
	r->n = n;
	r->p50 = bench_pct(t, n, 50);
	r->p95 = bench_pct(t, n, 95);
	r->sh_p50 = bench_pct(sh, nsh, 50);
	r->sh_p95 = bench_pct(sh, nsh, 95);
	snprintf(r->note, sizeof r->note,
		 "%zu posyandu (kader), filters '' a an ani s si", pos.n);
	strlist_done(&kids);
	strlist_done(&pos);
	return 0;
}

/* Process CPU time in milliseconds (this machine may be shared). */
static double
bench_cpu(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

struct bench_imm_count {
	long children, doses;
	struct strlist *ids; /* the due children's ids, when not NULL */
};

static void
bench_imm_count(const struct imm_due_child *c, void *arg)
{
	struct bench_imm_count *k = arg;

	k->children++;
	k->doses += (long)c->n;
	if (k->ids != NULL)
		strlist_add(k->ids, c->person_id);
}

/* One store_imm_due(); wall milliseconds, CPU milliseconds in *cpu. */
static double
bench_imm_due1(struct bench *b, const char *posyandu, struct bench_imm_count *k,
	       double *cpu)
{
	char *cause = NULL;
	double t0 = bench_now(), c0 = bench_cpu();

	k->children = k->doses = 0;
	if (store_imm_due(b->st, b->set.schedule, posyandu, b->today,
			  bench_imm_count, k, &cause) < 0)
		die("bench: due list: %s", cause);
	*cpu = bench_cpu() - c0;
	return bench_now() - t0;
}

/*
 * The shell's due list: the children under five of the scope with their
 * doses folded into one column, as the store's first statement; the
 * oldest birth date is the store's (60 months of 31 days, and a day).
 */
static char *
bench_imm_due_sql(const struct bench *b, const char *posyandu)
{
	char day[DATE_ISO_LEN], oldest[DATE_ISO_LEN];
	char *dq = xasprintf("(SELECT group_concat(d.antigen || ':' || "
			     "d.given_on) FROM dose d WHERE d.person_id = "
			     "p.id AND d.status = 'aktif' AND d.given_on <= "
			     "'%s')",
			     date_format_iso(b->today, day)),
	     *sql;
	struct strbuf pq;

	date_format_iso(date_add_days(b->today, -(60 * 31 + 1) - 1), oldest);
	if (posyandu == NULL) {
		sql = xasprintf(
			"WITH p AS MATERIALIZED (SELECT p.id, p.name, p.sex, "
			"p.dob, p.household_id, NULL AS code, p.rowid AS rid "
			"FROM person p NOT INDEXED WHERE p.status = 'aktif' "
			"AND p.dob > '%s' AND p.dob <= '%s' ORDER BY +p.id) "
			"SELECT p.id, p.name, p.sex, p.dob, p.household_id, "
			"p.code, %s, p.rid FROM p",
			oldest, day, dq);
	} else {
		strbuf_init(&pq);
		bench_quote(&pq, posyandu);
		sql = xasprintf(
			"SELECT p.id, p.name, p.sex, p.dob, p.household_id, "
			"y.code, %s, p.rowid FROM household h JOIN person p ON "
			"p.household_id = h.id JOIN posyandu y ON y.id = "
			"h.posyandu_id WHERE h.posyandu_id = %s AND p.status = "
			"'aktif' AND p.dob > '%s' AND p.dob <= '%s'",
			dq, pq.buf, oldest, day);
		strbuf_done(&pq);
	}
	free(dq);
	return sql;
}

/*
 * "Sasaran imunisasi" of one posyandu as its kader asks for it
 * (store_imm_due scoped by the kader's posyandu), over 40 posyandu spread
 * over the codes; each posyandu warm (a first pass reads it).
 */
static int
bench_imm_due_posyandu(struct bench *b, struct bench_result *r)
{
	static double t[64], sh[64];
	struct strlist kids, pos;
	struct bench_imm_count k = {0, 0, NULL};
	long children = 0, doses = 0;
	double cpu;
	size_t i;
	int n = 0, nsh = 0;

	strlist_init(&kids);
	strlist_init(&pos);
	bench_imm_samples(b, &kids, &pos);
	for (i = 0; i < pos.n && n < 64; i++) {
		bench_actor(b, ROLE_KADER, pos.v[i]);
		(void)bench_imm_due1(b, NULL, &k, &cpu);
		t[n++] = bench_imm_due1(b, NULL, &k, &cpu);
		children += k.children;
		doses += k.doses;
		if (i % 4 == 0) {
			char *sql = bench_imm_due_sql(b, pos.v[i]);

			sh[nsh++] = bench_shell_n(b, sql, 1, 5);
			free(sql);
		}
	}
	r->n = n;
	r->p50 = bench_pct(t, n, 50);
	r->p95 = bench_pct(t, n, 95);
	r->sh_p50 = bench_pct(sh, nsh, 50);
	r->sh_p95 = bench_pct(sh, nsh, 95);
	snprintf(r->note, sizeof r->note,
		 "%d posyandu (kader), %.1f children, %.1f doses due each", n,
		 (double)children / n, (double)doses / n);
	strlist_done(&kids);
	strlist_done(&pos);
	return 0;
}

static int
bench_cmp_ll(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;

	return x < y ? -1 : x > y;
}

/*
 * The store's second statement: the details (address, posyandu, mother)
 * of the due children, by their rowids in ascending order as a JSON
 * array (src/store/immunisation_due.c).
 */
static char *
bench_imm_detail_sql(struct bench *b, const struct strlist *ids)
{
	long long *rid = xcalloc(ids->n + 1, sizeof *rid);
	struct strbuf sb;
	sqlite3_stmt *s;
	size_t i, n = 0;

	if (sqlite3_prepare_v2(b->raw, "SELECT rowid FROM person WHERE id = ?",
			       -1, &s, NULL) != SQLITE_OK)
		die("bench: %s", sqlite3_errmsg(b->raw));
	for (i = 0; i < ids->n; i++) {
		sqlite3_bind_text(s, 1, ids->v[i], -1, SQLITE_STATIC);
		if (sqlite3_step(s) == SQLITE_ROW)
			rid[n++] = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
	}
	sqlite3_finalize(s);
	qsort(rid, n, sizeof *rid, bench_cmp_ll);
	strbuf_init(&sb);
	strbuf_adds(&sb, "SELECT j.key, h.address, h.rt, h.rw, h.dusun, "
			 "y.code, " BENCH_IMM_MOTHER " FROM json_each('[");
	for (i = 0; i < n; i++)
		strbuf_addf(&sb, "%s%lld", i > 0 ? "," : "", rid[i]);
	strbuf_adds(&sb, "]') j CROSS JOIN person p ON p.rowid = j.value JOIN "
			 "household h ON h.id = p.household_id JOIN posyandu "
			 "y ON y.id = h.posyandu_id");
	free(rid);
	return strbuf_detach(&sb);
}

/*
 * The due list of the whole database as a nakes asks for it (`ilp due`
 * without --posyandu): one warm run, then 5; the note has the CPU time
 * (a shared machine's wall time includes waiting for a CPU). The shell
 * runs both of the store's statements: the children with their doses,
 * then the due children's details; the evaluation is the program's own.
 */
static int
bench_imm_due_all(struct bench *b, struct bench_result *r)
{
	double t[5], cpu[5], sh;
	struct bench_imm_count k = {0, 0, NULL};
	struct strlist ids;
	char *sql, *q, *d;
	int i;

	bench_actor(b, ROLE_NAKES, NULL);
	strlist_init(&ids);
	k.ids = &ids; /* the warm run */
	(void)bench_imm_due1(b, NULL, &k, &cpu[0]);
	k.ids = NULL;
	for (i = 0; i < 5; i++)
		t[i] = bench_imm_due1(b, NULL, &k, &cpu[i]);
	r->n = 5;
	r->p50 = bench_pct(t, 5, 50);
	r->p95 = bench_pct(t, 5, 95);
	q = bench_imm_due_sql(b, NULL);
	d = bench_imm_detail_sql(b, &ids);
	sql = xasprintf("%s;\n%s", q, d);
	sh = bench_shell_n(b, sql, 2, 3);
	free(sql);
	free(q);
	free(d);
	strlist_done(&ids);
	r->sh_p50 = r->sh_p95 = sh;
	snprintf(r->note, sizeof r->note,
		 "CPU %.0f ms p50; %ld children, %ld doses due",
		 bench_pct(cpu, 5, 50), k.children, k.doses);
	return 0;
}

static const struct bench_row bench_rows[] = {
	{"search per keystroke (all)", "< 5 ms p95", bench_search_all},
	{"search per keystroke (posyandu)", "< 5 ms p95",
	 bench_search_posyandu},
	{"open a household", "-", bench_open},
	{"start-up to login screen", "< 50 ms", bench_startup},
	{"resident memory", "< 16 MB", bench_memory},
	{"monthly recap (posyandu)", "< 50 ms", bench_recap_posyandu},
	{"monthly recap (all)", "< 2 s", bench_recap_all},
	{"task list on login (kader)", "< 100 ms", bench_tasks},
	{"immunisation card (one child)", "< 2 ms", bench_imm_card},
	{"under-fives list as typed", "< 5 ms p95", bench_imm_list},
	{"due list (posyandu)", "< 20 ms", bench_imm_due_posyandu},
	{"due list (all)", "< 1 s", bench_imm_due_all},
};

static void
bench_usage(void)
{
	fprintf(stderr, "usage: bench --db FILE --ilp PATH [--sqlite3 PATH] "
			"[--today YYYY-MM-DD] [--only NAME]\n");
	exit(2);
}

static double
bench_ratio(double a, double b)
{
	return b > 0 ? a / b : NAN;
}

int
main(int argc, char **argv)
{
	struct bench b;
	struct store_open_options oo = {.busy_timeout_ms = 5000};
	const char *only = NULL;
	char *cause = NULL;
	size_t i;

	memset(&b, 0, sizeof b);
	b.sqlite3 = "sqlite3";
	b.today = (struct date){2025, 8, 12};
	strlist_init(&b.typed);
	strlist_init(&b.scoped);
	strlist_init(&b.hh_ids);
	for (i = 1; i < (size_t)argc; i++) {
		if (strcmp(argv[i], "--db") == 0 && i + 1 < (size_t)argc)
			b.db = argv[++i];
		else if (strcmp(argv[i], "--ilp") == 0 && i + 1 < (size_t)argc)
			b.ilp = argv[++i];
		else if (strcmp(argv[i], "--sqlite3") == 0 &&
			 i + 1 < (size_t)argc)
			b.sqlite3 = argv[++i];
		else if (strcmp(argv[i], "--only") == 0 && i + 1 < (size_t)argc)
			only = argv[++i];
		else if (strcmp(argv[i], "--today") == 0 &&
			 i + 1 < (size_t)argc) {
			if (date_parse_iso(argv[++i], &b.today) < 0)
				bench_usage();
		} else
			bench_usage();
	}
	if (b.db == NULL || b.ilp == NULL)
		bench_usage();
	crypto_init();
	bench_samples(&b);
	if (store_open(b.db, &oo, &b.st, &cause) < 0)
		die("bench: %s", cause);
	{
		struct strlist errors, warnings;

		strlist_init(&errors);
		strlist_init(&warnings);
		config_defaults(&b.set);
		if (config_load(&b.set, ILP_SOURCE_CONFIG_DIR "/ilp.ini", -1,
				&errors, &warnings, NULL) < 0 ||
		    config_load_data(&b.set, &errors) > 0)
			die("bench: config: %s",
			    errors.n > 0 ? errors.v[0] : "?");
		strlist_done(&errors);
		strlist_done(&warnings);
	}
	if (getenv("BENCH_CACHE") != NULL) {
		char *q = xasprintf("PRAGMA cache_size = %s",
				    getenv("BENCH_CACHE"));
		sqlite3_exec(b.st->db, q, NULL, NULL, NULL);
		free(q);
	}
	printf("%-32s %10s %10s %10s %10s %7s  %s\n", "what", "ilp p50",
	       "ilp p95", "sqlite3", "sqlite3", "ratio", "target / note");
	printf("%-32s %10s %10s %10s %10s %7s\n", "", "", "", "p50", "p95",
	       "p50");
	for (i = 0; i < ILP_ARRAY_LEN(bench_rows); i++) {
		struct bench_result r;

		if (only != NULL && strstr(bench_rows[i].name, only) == NULL)
			continue;
		memset(&r, 0, sizeof r);
		r.unit = "ms";
		bench_rows[i].run(&b, &r);
		printf("%-32s %7.3f %-2s %7.3f %-2s %7.3f %-2s %7.3f %-2s "
		       "%6.1fx  %s; %s\n",
		       bench_rows[i].name, r.p50, r.unit, r.p95, r.unit,
		       r.sh_p50, r.unit, r.sh_p95, r.unit,
		       bench_ratio(r.p50, r.sh_p50), bench_rows[i].target,
		       r.note);
		fflush(stdout);
	}
	store_close(b.st);
	sqlite3_close(b.raw);
	strlist_done(&b.typed);
	strlist_done(&b.scoped);
	strlist_done(&b.hh_ids);
	free(b.posyandu);
	return 0;
}
