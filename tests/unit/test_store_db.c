/* store/db: opening, refusing bad files untouched, audit, backup, check. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/i18n.h"
#include "helpers/testdb.h"
#include "store/db.h"
#include "../../src/store/internal.h"
#include "util.h"

static const struct store_open_options open_existing = {.busy_timeout_ms = 5000,
							.migrate = 1};

static long long
raw_int(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	long long v = -1;

	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v;
}

static int
raw_exec(const char *path, const char *sql)
{
	sqlite3 *db;
	int rc;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
	return rc;
}

static char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;

	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	*len = (size_t)ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = xmalloc(*len + 1);
	assert_int_equal(fread(buf, 1, *len, f), *len);
	fclose(f);
	return buf;
}

static void
test_create_sets_schema_and_mode(void **state)
{
	struct testdb t;
	struct stat sb;

	(void)state;
	testdb_open(&t);
	assert_int_equal(stat(t.path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	store_close(t.st);
	t.st = NULL;
	assert_int_equal(raw_int(t.path, "PRAGMA user_version"),
			 store_schema_version());
	assert_int_equal(raw_int(t.path, "PRAGMA application_id"), 0x494c5031);
	/*
	 * One audit row per step. The steps of one release are numbered by
	 * the lead at merge and may leave gaps in a branch, so the last row
	 * names the version rather than the count equalling it.
	 */
	assert_true(raw_int(t.path, "SELECT count(*) FROM audit WHERE "
				    "action = 'migrate'") >= 1);
	assert_int_equal(raw_int(t.path, "SELECT CAST(substr(summary, "
					 "instr(summary, '-> ') + 3) AS "
					 "INTEGER) FROM audit WHERE action = "
					 "'migrate' ORDER BY seq DESC LIMIT 1"),
			 store_schema_version());
	testdb_close(&t);
}

static void
test_connection_pragmas(void **state)
{
	struct testdb t;
	sqlite3 *db;
	sqlite3_stmt *s;

	(void)state;
	testdb_open(&t);
	/* journal_mode is persistent: a plain connection sees WAL. */
	assert_int_equal(sqlite3_open(t.path, &db), SQLITE_OK);
	assert_int_equal(
		sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &s, NULL),
		SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(s, 0), "wal");
	sqlite3_finalize(s);
	/* A connection without app_user() cannot write audited rows. */
	assert_int_not_equal(sqlite3_exec(db, "UPDATE posyandu SET name = 'x'",
					  NULL, NULL, NULL),
			     SQLITE_OK);
	sqlite3_close(db);
	testdb_close(&t);
}

static void
test_reopen_existing(void **state)
{
	struct testdb t;
	struct store *st;
	char *cause = NULL;

	(void)state;
	testdb_open(&t);
	store_close(t.st);
	t.st = NULL;
	assert_int_equal(store_open(t.path, &open_existing, &st, &cause), 0);
	assert_false(store_is_demo(st));
	store_close(st);
	testdb_close(&t);
}

static void
assert_refused_untouched(const char *path, enum msg_id expect_id,
			 const char *needle)
{
	struct store *st = NULL;
	char *cause = NULL, *before, *after;
	size_t n1, n2;

	(void)expect_id;
	before = slurp(path, &n1);
	assert_int_equal(store_open(path, &open_existing, &st, &cause), -1);
	assert_null(st);
	assert_non_null(cause);
	assert_non_null(strstr(cause, needle));
	after = slurp(path, &n2);
	assert_int_equal(n1, n2);
	assert_memory_equal(before, after, n1);
	free(before);
	free(after);
	free(cause);
}

static void
test_newer_schema_refused_untouched(void **state)
{
	struct testdb t;
	char *wal;

	(void)state;
	testdb_open(&t);
	store_close(t.st);
	t.st = NULL;
	assert_int_equal(raw_exec(t.path, "PRAGMA user_version = 99"),
			 SQLITE_OK);
	assert_int_equal(raw_exec(t.path, "PRAGMA wal_checkpoint(TRUNCATE)"),
			 SQLITE_OK);
	i18n_set_lang(I18N_EN);
	assert_refused_untouched(t.path, MSG_DB_TOO_NEW, "newer ilp");
	i18n_set_lang(I18N_ID);
	assert_refused_untouched(t.path, MSG_DB_TOO_NEW, "lebih baru");
	wal = xasprintf("%s-wal", t.path);
	free(wal);
	testdb_close(&t);
}

static void
test_not_sqlite_refused(void **state)
{
	char *dir = testdb_mkdtemp();
	char *p = testdb_write_file(dir, "notes.db",
				    "this is a text file, not a database\n");

	(void)state;
	i18n_set_lang(I18N_EN);
	assert_refused_untouched(p, MSG_DB_NOT_SQLITE, "not a SQLite");
	i18n_set_lang(I18N_ID);
	free(p);
	testdb_rmtree(dir);
	free(dir);
}

static void
test_other_program_refused(void **state)
{
	char *dir = testdb_mkdtemp();
	char *p = xasprintf("%s/other.db", dir);

	(void)state;
	assert_int_equal(raw_exec(p, "CREATE TABLE t(x); INSERT INTO t "
				     "VALUES (1);"),
			 SQLITE_OK);
	i18n_set_lang(I18N_EN);
	assert_refused_untouched(p, MSG_DB_NOT_ILP, "another program");
	i18n_set_lang(I18N_ID);
	free(p);
	testdb_rmtree(dir);
	free(dir);
}

static void
test_missing_file_and_dir(void **state)
{
	char *dir = testdb_mkdtemp();
	char *p = xasprintf("%s/none.db", dir);
	char *q = xasprintf("%s/nodir/x.db", dir);
	struct store_open_options create = {.create = 1,
					    .busy_timeout_ms = 5000};
	struct store *st = NULL;
	char *cause = NULL;

	(void)state;
	assert_int_equal(store_open(p, &open_existing, &st, &cause), -1);
	assert_non_null(strstr(cause, "ilp init"));
	assert_int_equal(access(p, F_OK), -1); /* nothing created */
	free(cause);
	assert_int_equal(store_open(q, &create, &st, &cause), -1);
	assert_non_null(strstr(cause, "nodir"));
	free(cause);
	free(p);
	free(q);
	testdb_rmtree(dir);
	free(dir);
}

static void
test_read_only_dir(void **state)
{
	char *dir, *sub, *p;
	struct store_open_options create = {.create = 1,
					    .busy_timeout_ms = 5000};
	struct store *st = NULL;
	char *cause = NULL;

	(void)state;
	if (geteuid() ==
	    0) /* root writes anywhere; tests/cli drops to nobody */
		TESTDB_SKIP("running as root ignores directory permissions");
	dir = testdb_mkdtemp();
	sub = xasprintf("%s/ro", dir);
	p = xasprintf("%s/x.db", sub);
	assert_int_equal(mkdir(sub, 0500), 0);
	assert_int_equal(store_open(p, &create, &st, &cause), -1);
	assert_non_null(strstr(cause, sub));
	free(cause);
	free(p);
	free(sub);
	testdb_rmtree(dir);
	free(dir);
}

static void
test_audit_and_append_only(void **state)
{
	struct testdb t;
	char *cause = NULL;

	(void)state;
	testdb_open(&t);
	assert_int_equal(store_audit_event(t.st, "export", "person", "",
					   "persons.csv", &cause),
			 0);
	store_close(t.st);
	t.st = NULL;
	/* the posyandu inserts were audited with the actor's name */
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM audit WHERE "
					 "tbl = 'posyandu' AND action = "
					 "'insert' AND actor = 'test'"),
			 2);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM audit WHERE "
					 "action = 'export'"),
			 1);
	assert_int_not_equal(raw_exec(t.path, "DELETE FROM audit"), SQLITE_OK);
	assert_int_not_equal(raw_exec(t.path, "UPDATE audit SET actor = 'x'"),
			     SQLITE_OK);
	assert_int_not_equal(raw_exec(t.path, "DELETE FROM posyandu"),
			     SQLITE_OK);
	testdb_close(&t);
}

static void
test_write_needs_actor(void **state)
{
	struct testdb t;
	char *cause = NULL;

	(void)state;
	testdb_open(&t);
	store_clear_actor(t.st);
	assert_int_equal(store_audit_event(t.st, "export", "", "", "", &cause),
			 -1);
	assert_non_null(cause);
	free(cause);
	testdb_close(&t);
}

static void
test_backup(void **state)
{
	struct testdb t;
	struct store *copy;
	struct strlist problems;
	struct stat sb;
	char *cause = NULL;
	char *dest;

	(void)state;
	testdb_open(&t);
	dest = xasprintf("%s/backup.db", t.dir);
	assert_int_equal(store_backup(t.st, dest, &cause), 0);
	assert_int_equal(stat(dest, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	/* an existing file is never overwritten */
	assert_int_equal(store_backup(t.st, dest, &cause), -1);
	assert_non_null(strstr(cause, "backup.db"));
	free(cause);
	assert_int_equal(store_open(dest, &open_existing, &copy, &cause), 0);
	store_set_system_actor(copy, "test");
	strlist_init(&problems);
	assert_int_equal(store_check(copy, &problems, &cause), 0);
	assert_int_equal(problems.n, 0);
	strlist_done(&problems);
	assert_int_equal(raw_int(dest, "SELECT count(*) FROM posyandu"), 2);
	store_close(copy);
	free(dest);
	testdb_close(&t);
}

static void
test_check_finds_damage(void **state)
{
	struct testdb t;
	struct strlist problems;
	char *cause = NULL;
	struct store *st;

	(void)state;
	testdb_open(&t);
	store_close(t.st);
	t.st = NULL;
	/* a trigger dropped behind the program's back is reported */
	assert_int_equal(raw_exec(t.path, "DROP TRIGGER person_no_delete"),
			 SQLITE_OK);
	assert_int_equal(store_open(t.path, &open_existing, &st, &cause), 0);
	strlist_init(&problems);
	assert_int_equal(store_check(st, &problems, &cause), 1);
	assert_int_equal(problems.n, 1);
	assert_non_null(strstr(problems.v[0], "person_no_delete"));
	strlist_done(&problems);
	store_close(st);
	testdb_close(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_create_sets_schema_and_mode),
		cmocka_unit_test(test_connection_pragmas),
		cmocka_unit_test(test_reopen_existing),
		cmocka_unit_test(test_newer_schema_refused_untouched),
		cmocka_unit_test(test_not_sqlite_refused),
		cmocka_unit_test(test_other_program_refused),
		cmocka_unit_test(test_missing_file_and_dir),
		cmocka_unit_test(test_read_only_dir),
		cmocka_unit_test(test_audit_and_append_only),
		cmocka_unit_test(test_write_needs_actor),
		cmocka_unit_test(test_backup),
		cmocka_unit_test(test_check_finds_damage),
	};

	umask(022); /* the store must set 0600 itself */
	return cmocka_run_group_tests(tests, NULL, NULL);
}
