/* Temporary databases for store tests. */
#include "testdb.h"

#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "store/posyandu.h"
#include "../../../src/store/internal.h"
#include "util.h"

const struct account_policy testdb_policy = {
	.min_password_length = 8,
	.max_failed_logins = 5,
	.lockout_minutes = 15,
	.login_delay_seconds = 1,
	.pwhash_memory_mib = 19,
	.pwhash_ops = 2,
};

char *
testdb_mkdtemp(void)
{
	const char *tmp = getenv("TMPDIR");
	char *dir = xasprintf("%s/ilp-test-XXXXXX",
			      tmp != NULL && *tmp != '\0' ? tmp : "/tmp");

	if (mkdtemp(dir) == NULL)
		fail_msg("mkdtemp failed");
	return dir;
}

void
testdb_rmtree(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		char *p;
		struct stat sb;

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		p = xasprintf("%s/%s", dir, e->d_name);
		if (lstat(p, &sb) == 0 && S_ISDIR(sb.st_mode)) {
			chmod(p, 0700);
			testdb_rmtree(p);
		} else {
			unlink(p);
		}
		free(p);
	}
	closedir(d);
	rmdir(dir);
}

char *
testdb_write_file(const char *dir, const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(path, "w");

	if (f == NULL)
		fail_msg("cannot write %s", path);
	fputs(text, f);
	fclose(f);
	return path;
}

void
testdb_open(struct testdb *t)
{
	struct store_open_options opt = {
		.create = 1, .busy_timeout_ms = 5000, .migrate = 1};
	char *cause = NULL;

	t->dir = testdb_mkdtemp();
	t->path = xasprintf("%s/ilp.db", t->dir);
	if (store_open(t->path, &opt, &t->st, &cause) < 0)
		fail_msg("store_open: %s", cause);
	store_set_system_actor(t->st, "test");
	if (store_posyandu_add(t->st, "MAWAR", "Posyandu Mawar", "Sukamaju",
			       "Krajan", &cause) < 0 ||
	    store_posyandu_add(t->st, "MELATI", "Posyandu Melati", "Sukamaju",
			       "Kidul", &cause) < 0)
		fail_msg("posyandu: %s", cause);
}

void
testdb_close(struct testdb *t)
{
	store_close(t->st);
	t->st = NULL;
	testdb_rmtree(t->dir);
	free(t->dir);
	free(t->path);
	t->dir = t->path = NULL;
}

void
testdb_add_person(struct testdb *t, const char *posyandu_code, const char *name,
		  char sex, const char *dob_iso, char *person_id,
		  char *household_id)
{
	static const char hh_sql[] =
		"INSERT INTO household (id, posyandu_id, address, created_at, "
		"created_by, updated_at, updated_by) SELECT ?1, id, 'Jl. Uji', "
		"?2, 'test', ?2, 'test' FROM posyandu WHERE code = ?3";
	static const char p_sql[] =
		"INSERT INTO person (id, household_id, name, sex, dob, relation, "
		"created_at, created_by, updated_at, updated_by) VALUES (?1, ?2, "
		"?3, ?4, ?5, 'kepala', ?6, 'test', ?6, 'test')";
	struct store *st = t->st;
	char hid[37], pid[37], now[21], sx[2] = {sex, '\0'};
	char *cause = NULL;
	sqlite3_stmt *s;

	db_new_id(hid);
	db_new_id(pid);
	db_now_text(now);
	if (db_begin(st, &cause) < 0)
		fail_msg("begin: %s", cause);
	s = db_stmt(st, hh_sql, &cause);
	assert_non_null(s);
	db_bind_text(s, 1, hid);
	db_bind_text(s, 2, now);
	db_bind_text(s, 3, posyandu_code);
	assert_int_equal(sqlite3_step(s), SQLITE_DONE);
	db_done(s);
	assert_int_equal(sqlite3_changes(st->db), 1);
	s = db_stmt(st, p_sql, &cause);
	assert_non_null(s);
	db_bind_text(s, 1, pid);
	db_bind_text(s, 2, hid);
	db_bind_text(s, 3, name);
	db_bind_text(s, 4, sx);
	db_bind_text(s, 5, dob_iso);
	db_bind_text(s, 6, now);
	assert_int_equal(sqlite3_step(s), SQLITE_DONE);
	db_done(s);
	if (db_commit(st, &cause) < 0)
		fail_msg("commit: %s", cause);
	str_copy(person_id, pid, 37);
	if (household_id != NULL)
		str_copy(household_id, hid, 37);
}
