/*
 * demo: a throw-away training database. The directory holds the
 * database, its -wal/-shm files and a "pid" file; a later demo removes
 * directories whose process is gone.
 */
#include "demo.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/i18n.h"
#include "store/seed.h"
#include "util.h"

static char *demo_dir;

/* Removes a flat directory: the demo holds no subdirectories. */
static void
demo_rmdir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	if (d != NULL) {
		while ((e = readdir(d)) != NULL) {
			char *p;

			if (strcmp(e->d_name, ".") == 0 ||
			    strcmp(e->d_name, "..") == 0)
				continue;
			p = xasprintf("%s/%s", dir, e->d_name);
			unlink(p);
			free(p);
		}
		closedir(d);
	}
	rmdir(dir);
}

void
demo_remove(void)
{
	if (demo_dir == NULL)
		return;
	demo_rmdir(demo_dir);
	free(demo_dir);
	demo_dir = NULL;
}

static const char *
demo_tmpdir(void)
{
	const char *t = getenv("TMPDIR");

	return t != NULL && *t != '\0' ? t : "/tmp";
}

/* Removes ilp-demo-* directories of ours whose process has ended. */
static void
demo_sweep(void)
{
	const char *tmp = demo_tmpdir();
	DIR *d = opendir(tmp);
	struct dirent *e;

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		char *dir, *pidfile;
		FILE *f;
		long pid = 0;
		struct stat sb;

		if (strncmp(e->d_name, "ilp-demo-", 9) != 0)
			continue;
		dir = xasprintf("%s/%s", tmp, e->d_name);
		pidfile = xasprintf("%s/pid", dir);
		if (lstat(dir, &sb) == 0 && S_ISDIR(sb.st_mode) &&
		    sb.st_uid == geteuid() &&
		    (f = fopen(pidfile, "r")) != NULL) {
			char line[32];

			if (fgets(line, sizeof line, f) != NULL)
				(void)parse_long(line, 1, 4194304L, &pid);
			fclose(f);
			if (pid > 0 && kill((pid_t)pid, 0) < 0 &&
			    errno == ESRCH)
				demo_rmdir(dir);
		}
		free(pidfile);
		free(dir);
	}
	closedir(d);
}

const char *
demo_password(void)
{
	return SEED_DEMO_PASSWORD;
}

int
demo_open(const struct settings *s, unsigned long long seed, struct date today,
	  struct store **out)
{
	struct store_open_options opt = {0};
	struct seed_options so;
	char *path, *pidfile, *cause = NULL;
	FILE *f;

	demo_sweep();
	demo_dir = xasprintf("%s/ilp-demo-XXXXXX", demo_tmpdir());
	if (mkdtemp(demo_dir) == NULL) {
		char *m = trf(MSG_CLI_DEMO_TMP, strerror(errno));

		fprintf(stderr, "ilp: %s\n", m);
		free(m);
		free(demo_dir);
		demo_dir = NULL;
		return -1;
	}
	atexit(demo_remove);
	pidfile = xasprintf("%s/pid", demo_dir);
	f = fopen(pidfile, "w");
	if (f != NULL) {
		fprintf(f, "%ld\n", (long)getpid());
		fclose(f);
	}
	free(pidfile);
	path = xasprintf("%s/demo.db", demo_dir);
	opt.create = 1;
	opt.busy_timeout_ms = s->busy_timeout_ms;
	opt.migrate = 1;
	if (store_open(path, &opt, out, &cause) < 0)
		goto fail;
	memset(&so, 0, sizeof so);
	so.households = SEED_DEMO_HOUSEHOLDS;
	so.seed = seed;
	so.today = today;
	so.layout = SEEDGEN_LAYOUT_DEMO;
	so.checklists = s->checklists;
	so.screening = s->screening;
	so.schedule = s->schedule;
	store_set_system_actor(*out, "demo");
	if (store_seed(*out, &so, &cause) < 0) {
		store_close(*out);
		*out = NULL;
		goto fail;
	}
	store_clear_actor(*out);
	free(path);
	return 0;
fail:
	fprintf(stderr, "ilp: %s\n", cause);
	free(cause);
	free(path);
	demo_remove();
	return -1;
}
