/*
 * store/seed: a demo seed writes what the generator made, passes the
 * integrity and foreign-key checks, marks the database as demo, creates
 * the four demo accounts and one 'seed' audit row; seeding a database
 * that holds anything is refused; the large layout builds the wilayah
 * levels; the same options give the same rows.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/i18n.h"
#include "core/seedgen.h"
#include "helpers/testdb.h"
#include "store/account.h"
#include "store/db.h"
#include "store/posyandu.h"
#include "store/seed.h"
#include "util.h"

static const struct date today0 = {2025, 8, 12};

/* A new, empty database (no posyandu, unlike testdb_open). */
static void
fresh(struct testdb *t)
{
	struct store_open_options opt = {.create = 1, .busy_timeout_ms = 5000};
	char *cause = NULL;

	t->dir = testdb_mkdtemp();
	t->path = xasprintf("%s/ilp.db", t->dir);
	if (store_open(t->path, &opt, &t->st, &cause) < 0)
		fail_msg("store_open: %s", cause);
	store_set_system_actor(t->st, "test");
}

static struct seed_options
demo_options(long households, uint64_t seed)
{
	struct seed_options o;

	memset(&o, 0, sizeof o);
	o.households = households;
	o.seed = seed;
	o.today = today0;
	o.layout = SEEDGEN_LAYOUT_DEMO;
	return o;
}

static void
seed_ok(struct store *st, const struct seed_options *o)
{
	char *cause = NULL;

	if (store_seed(st, o, &cause) < 0)
		fail_msg("store_seed: %s", cause);
}

/* One integer from SQL on a separate read-only connection. */
static long long
raw_int(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	long long v = -1;

	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL),
			 SQLITE_OK);
	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db));
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v;
}

/* One text value (allocated, "" for none). */
static char *
raw_text(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	char *v = NULL;

	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL),
			 SQLITE_OK);
	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db));
	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0) != NULL)
		v = xstrdup((const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v != NULL ? v : xstrdup("");
}

/* What the generator makes for these options. */
static void
expected(const struct seed_options *o, long *persons, long *pregnancies)
{
	struct seedgen_layout *l =
		seedgen_layout_new(o->layout, o->seed, o->today, o->households);
	struct seedgen_household *h = xmalloc(sizeof *h);
	long i;

	*persons = *pregnancies = 0;
	for (i = 0; i < o->households; i++) {
		seedgen_household(l, i, h);
		*persons += h->npersons;
		*pregnancies += h->npregnancies;
	}
	free(h);
	seedgen_layout_free(l);
}

static void
test_demo_counts_and_checks(void **state)
{
	struct seed_options o = demo_options(150, 42);
	struct store_counts c;
	struct strlist problems;
	struct testdb t;
	char *cause = NULL, *v;
	long persons, pregnancies;

	(void)state;
	fresh(&t);
	assert_false(store_is_demo(t.st));
	seed_ok(t.st, &o);
	assert_true(store_is_demo(t.st));
	expected(&o, &persons, &pregnancies);
	assert_int_equal(store_counts(t.st, &c, &cause), 0);
	assert_int_equal(c.posyandu, 3);
	assert_int_equal(c.households, 150);
	assert_int_equal(c.persons, persons);
	assert_int_equal(c.accounts, 4);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM pregnancy"),
			 pregnancies);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM wilayah"), 4);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM wilayah WHERE "
					 "level = 'desa' AND name = "
					 "'Sukamaju'"),
			 1);
	/* integrity_check and foreign_key_check, directly and as ilp check */
	v = raw_text(t.path, "PRAGMA integrity_check");
	assert_string_equal(v, "ok");
	free(v);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM "
					 "pragma_foreign_key_check"),
			 0);
	strlist_init(&problems);
	assert_int_equal(store_check(t.st, &problems, &cause), 0);
	assert_int_equal(problems.n, 0);
	strlist_done(&problems);
	/* meta */
	v = store_meta_get(t.st, "demo");
	assert_string_equal(v, "1");
	free(v);
	v = store_meta_get(t.st, "seed");
	assert_string_equal(v, "42");
	free(v);
	v = store_meta_get(t.st, "seed_today");
	assert_string_equal(v, "2025-08-12");
	free(v);
	testdb_close(&t);
}

static void
test_one_audit_row(void **state)
{
	struct seed_options o = demo_options(150, 1);
	struct testdb t;
	char *cause = NULL, *v;

	(void)state;
	fresh(&t);
	seed_ok(t.st, &o);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM audit WHERE "
					 "action <> 'migrate'"),
			 1);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM audit WHERE "
					 "action = 'seed' AND actor = 'test'"),
			 1);
	v = raw_text(t.path, "SELECT summary FROM audit WHERE action = 'seed'");
	assert_non_null(strstr(v, "households=150"));
	assert_non_null(strstr(v, "layout=demo"));
	assert_non_null(strstr(v, "seed=1 "));
	free(v);
	/* the triggers are back on once the seed is done */
	assert_int_equal(store_posyandu_add(t.st, "KAMBOJA", "Posyandu Kamboja",
					    "Sukamaju", "Lor", &cause),
			 0);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM audit WHERE "
					 "action = 'insert' AND tbl = "
					 "'posyandu'"),
			 1);
	testdb_close(&t);
}

static void
test_demo_accounts_log_in(void **state)
{
	static const struct {
		const char *name;
		enum role role;
		const char *posyandu;
	} want[] = {{"kader1", ROLE_KADER, "MAWAR"},
		    {"kader2", ROLE_KADER, "MELATI"},
		    {"bidan", ROLE_NAKES, NULL},
		    {"admin", ROLE_ADMIN, NULL}};
	struct seed_options o = demo_options(150, 5);
	struct account_login res;
	struct posyandu p;
	struct testdb t;
	char *cause = NULL;
	size_t i;

	(void)state;
	fresh(&t);
	seed_ok(t.st, &o);
	assert_int_equal(seed_account_count, 4);
	for (i = 0; i < ILP_ARRAY_LEN(want); i++) {
		const struct store_actor *a;

		assert_string_equal(seed_accounts[i].username, want[i].name);
		assert_int_equal(store_account_login(t.st, want[i].name,
						     SEED_DEMO_PASSWORD,
						     &testdb_policy, time(NULL),
						     &res, &cause),
				 0);
		assert_int_equal(res.result, LOGIN_OK);
		a = store_actor(t.st);
		assert_non_null(a);
		assert_string_equal(a->username, want[i].name);
		assert_int_equal(a->role, want[i].role);
		if (want[i].posyandu == NULL) {
			assert_null(a->posyandu_id);
		} else {
			assert_int_equal(store_posyandu_get(t.st,
							    a->posyandu_id, &p,
							    &cause),
					 1);
			assert_string_equal(p.code, want[i].posyandu);
			posyandu_free(&p);
		}
		store_account_logout(t.st);
	}
	assert_int_equal(store_account_login(t.st, "admin", "latihan2",
					     &testdb_policy, time(NULL), &res,
					     &cause),
			 0);
	assert_int_equal(res.result, LOGIN_BAD);
	testdb_close(&t);
}

static void
test_pregnancy_rows(void **state)
{
	struct seed_options o = demo_options(150, 2025);
	struct testdb t;

	(void)state;
	fresh(&t);
	seed_ok(t.st, &o);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM pregnancy "
					 "WHERE hpl <> date(hpht, '+280 "
					 "days')"),
			 0);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM pregnancy g "
					 "JOIN person p ON p.id = g.person_id "
					 "WHERE p.sex <> 'P'"),
			 0);
	assert_true(raw_int(t.path, "SELECT count(*) FROM pregnancy WHERE "
				    "status = 'hamil'") >= 5);
	/* at least one ibu nifas: delivered within 42 days of today */
	assert_true(raw_int(t.path, "SELECT count(*) FROM pregnancy WHERE "
				    "status = 'selesai' AND end_date BETWEEN "
				    "date('2025-08-12', '-42 days') AND "
				    "'2025-08-12'") >= 1);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM person WHERE "
					 "nik IS NOT NULL AND nik NOT GLOB "
					 "'99*'"),
			 0);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM household WHERE "
					 "no_kk IS NOT NULL AND no_kk NOT GLOB "
					 "'99*'"),
			 0);
	testdb_close(&t);
}

static void
test_seeding_twice_refused(void **state)
{
	struct seed_options o = demo_options(150, 7);
	struct store_counts c;
	struct testdb t;
	char *cause = NULL;

	(void)state;
	fresh(&t);
	seed_ok(t.st, &o);
	i18n_set_lang(I18N_EN);
	o.seed = 8;
	assert_int_equal(store_seed(t.st, &o, &cause), -1);
	assert_non_null(strstr(cause, "already holds training data"));
	assert_non_null(strstr(cause, t.path));
	free(cause);
	i18n_set_lang(I18N_ID);
	assert_int_equal(store_counts(t.st, &c, &cause), 0);
	assert_int_equal(c.households, 150);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM audit WHERE "
					 "action = 'seed'"),
			 1);
	testdb_close(&t);
}

/* A real database with places (testdb_open adds MAWAR and MELATI). */
static void
test_real_database_refused(void **state)
{
	struct seed_options o = demo_options(150, 7);
	struct testdb t;
	char *cause = NULL;

	(void)state;
	testdb_open(&t);
	i18n_set_lang(I18N_EN);
	assert_int_equal(store_seed(t.st, &o, &cause), -1);
	assert_non_null(strstr(cause, "already holds records"));
	free(cause);
	i18n_set_lang(I18N_ID);
	assert_false(store_is_demo(t.st));
	assert_null(store_meta_get(t.st, "demo"));
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM household"), 0);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM account"), 0);
	testdb_close(&t);
}

/* After `ilp init`: only an admin account, no places yet. */
static void
test_accounts_only_refused(void **state)
{
	struct seed_options o = demo_options(150, 7);
	struct testdb t;
	char *cause = NULL;

	(void)state;
	fresh(&t);
	assert_int_equal(store_account_add(t.st, "root", "Admin", ROLE_ADMIN,
					   NULL, "rahasia-sekali",
					   &testdb_policy, &cause),
			 0);
	assert_int_equal(store_seed(t.st, &o, &cause), -1);
	assert_non_null(cause);
	free(cause);
	assert_null(store_meta_get(t.st, "demo"));
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM posyandu"), 0);
	testdb_close(&t);
}

static void
test_bad_options_refused(void **state)
{
	struct seed_options o = demo_options(150, 7);
	struct testdb t;
	char *cause = NULL;

	(void)state;
	fresh(&t);
	o.households = 0;
	assert_int_equal(store_seed(t.st, &o, &cause), -1);
	free(cause);
	o.households = SEEDGEN_MAX_HOUSEHOLDS + 1;
	assert_int_equal(store_seed(t.st, &o, &cause), -1);
	free(cause);
	o = demo_options(150, 7);
	o.today = (struct date){1900, 1, 1};
	assert_int_equal(store_seed(t.st, &o, &cause), -1);
	free(cause);
	o.today = (struct date){2025, 2, 29};
	assert_int_equal(store_seed(t.st, &o, &cause), -1);
	free(cause);
	/* without an actor allowed to manage users */
	o = demo_options(150, 7);
	store_clear_actor(t.st);
	assert_int_equal(store_seed(t.st, &o, &cause), -1);
	free(cause);
	store_set_system_actor(t.st, "test");
	assert_null(store_meta_get(t.st, "demo"));
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM wilayah"), 0);
	/* and the database still takes a proper seed */
	seed_ok(t.st, &o);
	testdb_close(&t);
}

static void
test_large_layout_levels(void **state)
{
	struct seed_options o = demo_options(2000, 99);
	struct testdb t;

	(void)state;
	o.layout = SEEDGEN_LAYOUT_LARGE;
	fresh(&t);
	seed_ok(t.st, &o);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM household"),
			 2000);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM posyandu"), 16);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM wilayah WHERE "
					 "level = 'provinsi' AND parent_id IS "
					 "NULL AND code = '99'"),
			 1);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM wilayah WHERE "
					 "parent_id IS NULL"),
			 1);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM wilayah WHERE "
					 "level = 'kabupaten'"),
			 1);
	assert_true(raw_int(t.path, "SELECT count(*) FROM wilayah WHERE "
				    "level = 'kecamatan'") >= 1);
	assert_true(raw_int(t.path, "SELECT count(*) FROM wilayah WHERE "
				    "level = 'desa'") >= 3);
	/* every child sits one level below its parent */
	assert_int_equal(raw_int(t.path,
				 "SELECT count(*) FROM wilayah c JOIN wilayah "
				 "p ON p.id = c.parent_id WHERE NOT ((c.level "
				 "= 'kabupaten' AND p.level = 'provinsi') OR "
				 "(c.level = 'kecamatan' AND p.level = "
				 "'kabupaten') OR (c.level = 'desa' AND "
				 "p.level = 'kecamatan'))"),
			 0);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM posyandu y JOIN "
					 "wilayah w ON w.id = y.desa_id WHERE "
					 "w.level <> 'desa'"),
			 0);
	/* a desa holds 4-6 posyandu (the last one may hold fewer) */
	assert_int_equal(raw_int(t.path,
				 "SELECT count(*) FROM (SELECT desa_id, "
				 "count(*) n FROM posyandu GROUP BY 1) "
				 "WHERE n > 6"),
			 0);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM (SELECT "
					 "posyandu_id, count(*) n FROM "
					 "household GROUP BY 1) WHERE n NOT "
					 "BETWEEN 80 AND 190"),
			 0);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM account a JOIN "
					 "posyandu p ON p.id = a.posyandu_id "
					 "WHERE a.username = 'kader1' AND "
					 "p.code GLOB '*-001'"),
			 1);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM "
					 "pragma_foreign_key_check"),
			 0);
	testdb_close(&t);
}

static const char rows_sql[] =
	"SELECT group_concat(x, '|') FROM (SELECT id || name || sex || dob "
	"|| relation || ifnull(nik, '-') || ifnull(phone, '-') || "
	"household_id AS x FROM person ORDER BY id)";

static void
test_same_options_same_rows(void **state)
{
	struct seed_options o = demo_options(150, 31337);
	struct testdb a, b;
	char *ra, *rb;
	static const char *const more[] = {
		"SELECT group_concat(id || code, '|') FROM (SELECT * FROM "
		"wilayah ORDER BY id)",
		"SELECT group_concat(id || code || desa_id, '|') FROM (SELECT "
		"* FROM posyandu ORDER BY id)",
		"SELECT group_concat(id || username || ifnull(posyandu_id, "
		"'-'), '|') FROM (SELECT * FROM account ORDER BY id)",
		"SELECT group_concat(id || person_id || hpl, '|') FROM "
		"(SELECT * FROM pregnancy ORDER BY id)",
		"SELECT group_concat(id || address || ifnull(no_kk, '-'), "
		"'|') FROM (SELECT * FROM household ORDER BY id)"};
	size_t i;

	(void)state;
	fresh(&a);
	fresh(&b);
	seed_ok(a.st, &o);
	seed_ok(b.st, &o);
	ra = raw_text(a.path, rows_sql);
	rb = raw_text(b.path, rows_sql);
	assert_true(strlen(ra) > 1000);
	assert_string_equal(ra, rb);
	free(ra);
	free(rb);
	for (i = 0; i < ILP_ARRAY_LEN(more); i++) {
		ra = raw_text(a.path, more[i]);
		rb = raw_text(b.path, more[i]);
		assert_true(strlen(ra) > 0);
		assert_string_equal(ra, rb);
		free(ra);
		free(rb);
	}
	testdb_close(&a);
	testdb_close(&b);
}

struct progress {
	int calls;
	long last_done, last_total;
};

static void
progress_fn(long done, long total, void *arg)
{
	struct progress *p = arg;

	p->calls++;
	p->last_done = done;
	p->last_total = total;
}

static void
test_progress_reported(void **state)
{
	struct seed_options o = demo_options(40, 3);
	struct progress p = {0};
	struct testdb t;

	(void)state;
	o.progress = progress_fn;
	o.progress_arg = &p;
	fresh(&t);
	seed_ok(t.st, &o);
	assert_int_equal(p.calls, 1);
	assert_int_equal(p.last_done, 40);
	assert_int_equal(p.last_total, 40);
	testdb_close(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_demo_counts_and_checks),
		cmocka_unit_test(test_one_audit_row),
		cmocka_unit_test(test_demo_accounts_log_in),
		cmocka_unit_test(test_pregnancy_rows),
		cmocka_unit_test(test_seeding_twice_refused),
		cmocka_unit_test(test_real_database_refused),
		cmocka_unit_test(test_accounts_only_refused),
		cmocka_unit_test(test_bad_options_refused),
		cmocka_unit_test(test_large_layout_levels),
		cmocka_unit_test(test_same_options_same_rows),
		cmocka_unit_test(test_progress_reported),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
