/*
 * seedtime: times store_seed() on a new database file, for DESIGN.md §8
 * (`ilp seed --households 100000` in under a minute). A measuring tool,
 * never a timed test.
 *
 *   seedtime [--households N] [--seed S] [--layout demo|large]
 *            [--today YYYY-MM-DD] [--no-doses] [--keep] [DIR]
 *
 * Immunisation histories follow the source tree's config/imunisasi.ini
 * unless --no-doses is given.
 * Prints the wall time, the counts and the size of the file; removes the
 * database unless --keep is given.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "config.h"
#include "core/inidoc.h"
#include "core/schedule.h"
#include "crypto.h"
#include "store/seed.h"
#include "util.h"

#ifndef ILP_SOURCE_CONFIG_DIR
#define ILP_SOURCE_CONFIG_DIR "config"
#endif

static double
seedtime_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
seedtime_progress(long done, long total, void *arg)
{
	double *t0 = arg;

	fprintf(stderr, "seedtime: %ld/%ld households, %.1f s\n", done, total,
		seedtime_now() - *t0);
}

static void
seedtime_usage(void)
{
	fprintf(stderr, "usage: seedtime [--households N] [--seed S] "
			"[--layout demo|large] [--today YYYY-MM-DD] "
			"[--no-doses] [--keep] [DIR]\n");
	exit(2);
}

/* The shipped schedule; dies when it does not load. */
static struct schedule *
seedtime_schedule(void)
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

static long long
seedtime_size(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0 ? (long long)sb.st_size : 0;
}

int
main(int argc, char **argv)
{
	struct seed_options opt = {.households = 100000,
				   .seed = 1,
				   .today = {2025, 8, 12},
				   .layout = SEEDGEN_LAYOUT_LARGE};
	struct store_open_options oo = {.create = 1, .busy_timeout_ms = 5000};
	struct store_counts counts;
	struct store *st;
	const char *dir = "/tmp";
	char *path, *cause = NULL;
	double t0, t1;
	int keep = 0, doses = 1, i;
	long v;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--households") == 0 && i + 1 < argc) {
			if (parse_long(argv[++i], 1, SEEDGEN_MAX_HOUSEHOLDS,
				       &v) < 0)
				seedtime_usage();
			opt.households = v;
		} else if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc) {
			if (parse_long(argv[++i], 0, 0x7fffffffL, &v) < 0)
				seedtime_usage();
			opt.seed = (uint64_t)v;
		} else if (strcmp(argv[i], "--layout") == 0 && i + 1 < argc) {
			if (seedgen_layout_parse(argv[++i], &opt.layout) < 0)
				seedtime_usage();
		} else if (strcmp(argv[i], "--today") == 0 && i + 1 < argc) {
			if (date_parse_iso(argv[++i], &opt.today) < 0)
				seedtime_usage();
		} else if (strcmp(argv[i], "--no-doses") == 0) {
			doses = 0;
		} else if (strcmp(argv[i], "--keep") == 0) {
			keep = 1;
		} else if (argv[i][0] == '-' || i != argc - 1) {
			seedtime_usage();
		} else {
			dir = argv[i];
		}
	}
	crypto_init();
	if (doses)
		opt.schedule = seedtime_schedule();
	path = xasprintf("%s/seedtime-%ld.db", dir, (long)getpid());
	t0 = seedtime_now();
	if (store_open(path, &oo, &st, &cause) < 0)
		die("%s", cause);
	store_set_system_actor(st, "seedtime");
	opt.progress = seedtime_progress;
	opt.progress_arg = &t0;
	if (store_seed(st, &opt, &cause) < 0)
		die("%s", cause);
	t1 = seedtime_now();
	if (store_counts(st, &counts, &cause) < 0)
		die("%s", cause);
	store_close(st);
	printf("seedtime: %s layout, %ld households, %ld persons, %ld "
	       "posyandu in %.2f s (open+seed; close with checkpoint: "
	       "%.2f s); file %.1f MB\n",
	       seedgen_layout_code(opt.layout), counts.households,
	       counts.persons, counts.posyandu, t1 - t0, seedtime_now() - t0,
	       (double)seedtime_size(path) / 1e6);
	if (keep) {
		printf("seedtime: kept %s\n", path);
	} else {
		char *wal = xasprintf("%s-wal", path);
		char *shm = xasprintf("%s-shm", path);

		unlink(path);
		unlink(wal);
		unlink(shm);
		free(wal);
		free(shm);
	}
	free(path);
	schedule_free((struct schedule *)opt.schedule);
	return 0;
}
