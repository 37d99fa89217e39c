/*
 * immbench: times the immunisation reads of DESIGN.md §8 on a seeded
 * database (`seedtime --keep` or `ilp seed --households 100000`), for
 * `make bench` to report. A measuring tool, never a timed test.
 *
 *   immbench --db FILE [--today YYYY-MM-DD] [--cards N] [--posyandu N]
 *
 * card: store_imm_card() + imm_card_given() + schedule_evaluate() of N
 *       children under five spread over the database (what the card
 *       screen does to show one child); target < 2 ms.
 * due, one posyandu: store_imm_due() of N posyandu; target < 20 ms.
 * due, whole database: store_imm_due() without a posyandu; target < 1 s
 *       (wall time, and the process's CPU time: a shared machine's wall
 *       time includes waiting for a CPU).
 * list: the under-fives of a posyandu filtered by name, as typed.
 * Each prints the median, the 95th percentile and the worst, warm (a
 * first pass fills the page cache and the statement cache).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "config.h"
#include "core/inidoc.h"
#include "core/schedule.h"
#include "crypto.h"
#include "store/db.h"
#include "store/immunisation.h"
#include "store/posyandu.h"
#include "util.h"

#ifndef ILP_SOURCE_CONFIG_DIR
#define ILP_SOURCE_CONFIG_DIR "config"
#endif

static double
immbench_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int
immbench_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* Prints median, p95 and max of v[0..n-1] (milliseconds). */
static void
immbench_report(const char *what, double *v, size_t n, double target)
{
	double p50, p95, max;

	if (n == 0) {
		printf("%-28s no samples\n", what);
		return;
	}
	qsort(v, n, sizeof *v, immbench_cmp);
	p50 = v[n / 2];
	p95 = v[(n * 95) / 100 < n ? (n * 95) / 100 : n - 1];
	max = v[n - 1];
	printf("%-28s n=%-5zu median %8.3f ms  p95 %8.3f ms  max %8.3f ms"
	       "  (target < %g ms)\n",
	       what, n, p50, p95, max, target);
}

static struct schedule *
immbench_schedule(void)
{
	struct inidoc *doc;
	struct schedule *s = NULL;
	struct strlist errors;
	char *cause = NULL;

	doc = config_read_inidoc(ILP_SOURCE_CONFIG_DIR "/imunisasi.ini",
	                         &cause);
	if (doc == NULL)
		die("%s", cause);
	strlist_init(&errors);
	if (schedule_load(doc, &s, &errors) < 0)
		die("%s", errors.n > 0 ? errors.v[0] : "imunisasi.ini");
	strlist_done(&errors);
	inidoc_free(doc);
	return s;
}

static void
immbench_count(const struct imm_due_child *c, void *arg)
{
	long *n = arg;

	*n += (long)c->n;
}

/* One card as the screen builds it; returns the milliseconds. */
static double
immbench_card(struct store *st, const struct schedule *s, const char *id,
              struct date today, struct schedule_result *r)
{
	struct dose_given g[SCHEDULE_MAX_GIVEN];
	size_t map[SCHEDULE_MAX_GIVEN], n;
	struct imm_card c;
	char *cause = NULL;
	double t0 = immbench_now(), t1;

	if (store_imm_card(st, id, &c, &cause) != 1)
		die("card %s: %s", id, cause != NULL ? cause : "not found");
	imm_card_given(s, &c, g, map, SCHEDULE_MAX_GIVEN, &n);
	(void)schedule_evaluate(s, c.person.dob, today, g, n, r);
	t1 = immbench_now();
	imm_card_free(&c);
	return t1 - t0;
}

static void
immbench_cards(struct store *st, const struct schedule *s,
               const struct posyandu *pos, size_t npos, struct date today,
               size_t want)
{
	struct schedule_result *r = xmalloc(sizeof *r);
	double *ms = xcalloc(want, sizeof *ms);
	char **ids = xcalloc(want, sizeof *ids);
	size_t n = 0, i, k;
	char *cause = NULL;

	/* children of every posyandu in turn, a few from each */
	for (i = 0; i < npos && n < want; i += npos / 50 + 1) {
		struct imm_list_row *v;
		size_t m;

		if (store_imm_list(st, IMM_LIST_CHILDREN, pos[i].id, today,
		                   NULL, 1000, &v, &m, &cause) < 0)
			die("%s", cause);
		for (k = 0; k < m && n < want; k += 7)
			ids[n++] = xstrdup(v[k].id);
		imm_list_free(v, m);
	}
	for (i = 0; i < n; i++) /* warm */
		(void)immbench_card(st, s, ids[i], today, r);
	for (i = 0; i < n; i++)
		ms[i] = immbench_card(st, s, ids[i], today, r);
	immbench_report("card (one child)", ms, n, 2);
	for (i = 0; i < n; i++)
		free(ids[i]);
	free(ids);
	free(ms);
	free(r);
}

/* Process CPU time in milliseconds (this machine may be shared). */
static double
immbench_cpu(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static double
immbench_due(struct store *st, const struct schedule *s, const char *pid,
             struct date today, long *children, long *rows, double *cpu)
{
	char *cause = NULL;
	double t0 = immbench_now(), c0 = immbench_cpu();

	*rows = 0;
	*children =
	        store_imm_due(st, s, pid, today, immbench_count, rows, &cause);
	if (*children < 0)
		die("%s", cause);
	if (cpu != NULL)
		*cpu = immbench_cpu() - c0;
	return immbench_now() - t0;
}

/* The under-fives list of a posyandu as a letter is typed. */
static void
immbench_lists(struct store *st, const struct posyandu *pos, size_t npos,
               struct date today, size_t nposy)
{
	static const char *const filters[] = {"", "a", "an", "ani", "s", "si"};
	size_t n = nposy * 6, i, k, m;
	double *ms = xcalloc(n, sizeof *ms);
	struct imm_list_row *v;
	char *cause = NULL;

	for (i = 0; i < nposy; i++) {
		for (k = 0; k < 6; k++) {
			double t0 = immbench_now();

			if (store_imm_list(st, IMM_LIST_CHILDREN,
			                   pos[i * npos / nposy].id, today,
			                   filters[k], 500, &v, &m, &cause) < 0)
				die("%s", cause);
			ms[i * 6 + k] = immbench_now() - t0;
			imm_list_free(v, m);
		}
	}
	immbench_report("under-fives list, filtered", ms, n, 5);
	free(ms);
}

int
main(int argc, char **argv)
{
	struct store_open_options oo = {.busy_timeout_ms = 5000};
	struct date today = {2025, 8, 12};
	const char *db = NULL;
	struct schedule *s;
	struct posyandu *pos;
	struct store *st;
	size_t npos, cards = 500, nposy = 40, i, k;
	char *cause = NULL;
	double *ms, all[3], cpu[3];
	long v, children, rows;

	for (i = 1; i < (size_t)argc; i++) {
		if (strcmp(argv[i], "--db") == 0 && i + 1 < (size_t)argc)
			db = argv[++i];
		else if (strcmp(argv[i], "--today") == 0 &&
		         i + 1 < (size_t)argc &&
		         date_parse_iso(argv[i + 1], &today) == 0)
			i++;
		else if (strcmp(argv[i], "--cards") == 0 &&
		         i + 1 < (size_t)argc &&
		         parse_long(argv[i + 1], 1, 100000, &v) == 0)
			cards = (size_t)v, i++;
		else if (strcmp(argv[i], "--posyandu") == 0 &&
		         i + 1 < (size_t)argc &&
		         parse_long(argv[i + 1], 1, 10000, &v) == 0)
			nposy = (size_t)v, i++;
		else
			db = NULL, i = (size_t)argc;
	}
	if (db == NULL) {
		fprintf(stderr, "usage: immbench --db FILE [--today "
		                "YYYY-MM-DD] [--cards N] [--posyandu N]\n");
		return 2;
	}
	crypto_init();
	s = immbench_schedule();
	if (store_open(db, &oo, &st, &cause) < 0)
		die("%s", cause);
	store_set_system_actor(st, "immbench");
	if (store_posyandu_list(st, &pos, &npos, &cause) < 0)
		die("%s", cause);
	printf("immbench: %s, %zu posyandu, today %04d-%02d-%02d\n", db, npos,
	       today.y, today.m, today.d);
	immbench_cards(st, s, pos, npos, today, cards);

	if (nposy > npos)
		nposy = npos;
	ms = xcalloc(nposy, sizeof *ms);
	for (k = 0; k < 2; k++) /* the first pass warms */
		for (i = 0; i < nposy; i++)
			ms[i] = immbench_due(st, s, pos[i * npos / nposy].id,
			                     today, &children, &rows, NULL);
	immbench_report("due list, one posyandu", ms, nposy, 20);
	immbench_lists(st, pos, npos, today, nposy);
	printf("%-28s last: %ld children, %ld due doses\n", "", children, rows);
	(void)immbench_due(st, s, NULL, today, &children, &rows, NULL);
	for (k = 0; k < 3; k++)
		all[k] = immbench_due(st, s, NULL, today, &children, &rows,
		                      &cpu[k]);
	immbench_report("due list, whole database", all, 3, 1000);
	immbench_report("  the same, CPU time", cpu, 3, 1000);
	printf("%-28s %ld children, %ld due doses\n", "", children, rows);
	free(ms);
	posyandu_list_free(pos, npos);
	store_close(st);
	schedule_free(s);
	return 0;
}
