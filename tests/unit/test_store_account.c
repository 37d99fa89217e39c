/* store/account: login, growing delay, lock, unlock, roles, passwords. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "helpers/testdb.h"
#include "store/account.h"
#include "util.h"

#define T0 1755000000L /* a fixed "now" */

static long long
audit_count(struct testdb *t, const char *action)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	long long n = -1;

	assert_int_equal(sqlite3_open(t->path, &db), SQLITE_OK);
	sqlite3_prepare_v2(db, "SELECT count(*) FROM audit WHERE action = ?",
			   -1, &s, NULL);
	sqlite3_bind_text(s, 1, action, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return n;
}

static void
add(struct testdb *t, const char *name, enum role role, const char *pos)
{
	char *cause = NULL;

	if (store_account_add(t->st, name, "Nama Lengkap", role, pos,
			      "rahasia123", &testdb_policy, &cause) < 0)
		fail_msg("add %s: %s", name, cause);
}

static enum account_login_result
login(struct testdb *t, const char *name, const char *pw, long now,
      struct account_login *res)
{
	char *cause = NULL;

	if (store_account_login(t->st, name, pw, &testdb_policy, (time_t)now,
				res, &cause) < 0)
		fail_msg("login: %s", cause);
	return res->result;
}

static void
test_login_ok_sets_actor(void **state)
{
	struct testdb t;
	struct account_login r;

	(void)state;
	testdb_open(&t);
	add(&t, "kader1", ROLE_KADER, "MAWAR");
	store_clear_actor(t.st);
	assert_int_equal(login(&t, "kader1", "rahasia123", T0, &r), LOGIN_OK);
	assert_non_null(store_actor(t.st));
	assert_string_equal(store_actor(t.st)->username, "kader1");
	assert_int_equal(store_actor(t.st)->role, ROLE_KADER);
	assert_non_null(store_actor(t.st)->posyandu_id);
	assert_false(store_can(t.st, PERM_MANAGE_USERS));
	assert_int_equal(audit_count(&t, "login"), 1);
	store_account_logout(t.st);
	assert_null(store_actor(t.st));
	assert_int_equal(audit_count(&t, "logout"), 1);
	testdb_close(&t);
}

static void
test_growing_delay_then_lock(void **state)
{
	struct testdb t;
	struct account_login r;
	long now = T0;
	int i;

	(void)state;
	testdb_open(&t);
	add(&t, "bidan", ROLE_NAKES, NULL);
	store_clear_actor(t.st);
	for (i = 1; i <= 4; i++) {
		assert_int_equal(login(&t, "bidan", "salah-salah", now, &r),
				 LOGIN_BAD);
		assert_int_equal(r.failures, i);
		assert_int_equal(r.wait_seconds, i); /* 1 s, 2 s, 3 s, 4 s */
		assert_false(r.just_locked);
		/* too soon: refused without checking, even the right one */
		assert_int_equal(
			login(&t, "bidan", "rahasia123", now + i - 1, &r),
			LOGIN_WAIT);
		assert_int_equal(r.wait_seconds, 1);
		now += i;
	}
	assert_int_equal(login(&t, "bidan", "salah-salah", now, &r), LOGIN_BAD);
	assert_true(r.just_locked);
	assert_int_equal(r.locked_until, now + 15 * 60);
	assert_int_equal(login(&t, "bidan", "rahasia123", now + 60, &r),
			 LOGIN_LOCKED);
	assert_int_equal(audit_count(&t, "login_failed"), 5);
	assert_int_equal(audit_count(&t, "lock"), 1);
	/* the lock runs out */
	assert_int_equal(login(&t, "bidan", "rahasia123", now + 15 * 60, &r),
			 LOGIN_OK);
	testdb_close(&t);
}

static void
test_admin_unlock(void **state)
{
	struct testdb t;
	struct account_login r;
	struct account a;
	char *cause = NULL;
	int i;

	(void)state;
	testdb_open(&t);
	add(&t, "kader2", ROLE_KADER, "MELATI");
	for (i = 0; i < 5; i++)
		login(&t, "kader2", "salah-salah", T0 + i * 100, &r);
	assert_true(r.just_locked);
	store_set_system_actor(t.st, "os:root");
	assert_int_equal(store_account_unlock(t.st, "kader2", &cause), 0);
	assert_int_equal(store_account_get(t.st, "kader2", &a, &cause), 1);
	assert_int_equal(a.failed_count, 0);
	assert_int_equal(a.locked_until, 0);
	account_free(&a);
	assert_int_equal(audit_count(&t, "unlock"), 1);
	assert_int_equal(login(&t, "kader2", "rahasia123", T0 + 600, &r),
			 LOGIN_OK);
	testdb_close(&t);
}

static void
test_admin_lock_lasts(void **state)
{
	struct testdb t;
	struct account_login r;
	char *cause = NULL;

	(void)state;
	testdb_open(&t);
	add(&t, "kader1", ROLE_KADER, "MAWAR");
	assert_int_equal(store_account_lock(t.st, "kader1", &cause), 0);
	assert_int_equal(
		login(&t, "kader1", "rahasia123", T0 + 86400 * 365, &r),
		LOGIN_LOCKED);
	assert_int_equal(r.locked_until, ACCOUNT_LOCKED_FOREVER);
	testdb_close(&t);
}

static void
test_unknown_user_same_answer(void **state)
{
	struct testdb t;
	struct account_login r;

	(void)state;
	testdb_open(&t);
	assert_int_equal(login(&t, "nobody", "whatever1", T0, &r), LOGIN_BAD);
	assert_int_equal(audit_count(&t, "login_failed"), 1);
	testdb_close(&t);
}

static void
test_kader_cannot_manage(void **state)
{
	struct testdb t;
	struct account_login r;
	char *cause = NULL;

	(void)state;
	testdb_open(&t);
	add(&t, "kader1", ROLE_KADER, "MAWAR");
	assert_int_equal(login(&t, "kader1", "rahasia123", T0, &r), LOGIN_OK);
	assert_int_equal(store_account_add(t.st, "kader9", "", ROLE_ADMIN, NULL,
					   "rahasia123", &testdb_policy,
					   &cause),
			 -1);
	assert_non_null(strstr(cause, "kader"));
	free(cause);
	assert_int_equal(store_account_unlock(t.st, "kader1", &cause), -1);
	free(cause);
	/* a kader changes their own password with the old one */
	assert_int_equal(store_account_set_password(t.st, "kader1", "wrong",
						    "baru12345", &testdb_policy,
						    &cause),
			 -1);
	free(cause);
	assert_int_equal(store_account_set_password(t.st, "kader1",
						    "rahasia123", "baru12345",
						    &testdb_policy, &cause),
			 0);
	store_clear_actor(t.st);
	assert_int_equal(login(&t, "kader1", "baru12345", T0 + 5, &r),
			 LOGIN_OK);
	testdb_close(&t);
}

static void
test_add_validation(void **state)
{
	struct testdb t;
	char *cause = NULL;

	(void)state;
	testdb_open(&t);
	assert_int_equal(store_account_add(t.st, "Kader", "", ROLE_NAKES, NULL,
					   "rahasia123", &testdb_policy,
					   &cause),
			 -1);
	free(cause);
	assert_int_equal(store_account_add(t.st, "kader3", "", ROLE_KADER, NULL,
					   "rahasia123", &testdb_policy,
					   &cause),
			 -1); /* a kader needs a posyandu */
	free(cause);
	assert_int_equal(store_account_add(t.st, "kader3", "", ROLE_KADER,
					   "NOPE", "rahasia123", &testdb_policy,
					   &cause),
			 -1);
	assert_non_null(strstr(cause, "NOPE"));
	free(cause);
	assert_int_equal(store_account_add(t.st, "kader3", "", ROLE_KADER,
					   "MAWAR", "short", &testdb_policy,
					   &cause),
			 -1);
	free(cause);
	add(&t, "kader3", ROLE_KADER, "MAWAR");
	assert_int_equal(store_account_add(t.st, "kader3", "", ROLE_KADER,
					   "MAWAR", "rahasia123",
					   &testdb_policy, &cause),
			 -1);
	assert_non_null(strstr(cause, "kader3"));
	free(cause);
	testdb_close(&t);
}

static void
test_inactive(void **state)
{
	struct testdb t;
	struct account_login r;
	char *cause = NULL;

	(void)state;
	testdb_open(&t);
	add(&t, "kader1", ROLE_KADER, "MAWAR");
	assert_int_equal(store_account_set_active(t.st, "kader1", 0, &cause),
			 0);
	assert_int_equal(login(&t, "kader1", "rahasia123", T0, &r),
			 LOGIN_INACTIVE);
	testdb_close(&t);
}

static void
test_list(void **state)
{
	struct testdb t;
	struct account *v;
	size_t n;
	char *cause = NULL;

	(void)state;
	testdb_open(&t);
	add(&t, "kader1", ROLE_KADER, "MAWAR");
	add(&t, "admin", ROLE_ADMIN, NULL);
	assert_int_equal(store_account_list(t.st, &v, &n, &cause), 0);
	assert_int_equal(n, 2);
	assert_string_equal(v[0].username, "admin");
	assert_null(v[0].posyandu_id);
	assert_string_equal(v[1].posyandu_name, "Posyandu Mawar");
	account_list_free(v, n);
	testdb_close(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_login_ok_sets_actor),
		cmocka_unit_test(test_growing_delay_then_lock),
		cmocka_unit_test(test_admin_unlock),
		cmocka_unit_test(test_admin_lock_lasts),
		cmocka_unit_test(test_unknown_user_same_answer),
		cmocka_unit_test(test_kader_cannot_manage),
		cmocka_unit_test(test_add_validation),
		cmocka_unit_test(test_inactive),
		cmocka_unit_test(test_list),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
