/* store/referral: create, list, scope, outcomes with history, conflicts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "core/priority.h"
#include "helpers/testdb.h"
#include "store/account.h"
#include "store/referral.h"
#include "util.h"

static struct date
d(int y, int m, int dd)
{
	struct date r = {y, m, dd};

	return r;
}

static void
make_referral(struct testdb *t, const char *pid, char *id)
{
	struct referral_new r = {0};
	char *cause = NULL;

	r.person_id = pid;
	r.source = REFERRAL_SRC_SKRINING;
	r.reason = "tekanan darah 165/95";
	r.destination = REFERRAL_PUSKESMAS;
	r.referred_on = d(2025, 8, 12);
	r.followup_on = priority_followup_date(r.referred_on);
	if (store_referral_create(t->st, &r, id, &cause) < 0)
		fail_msg("create: %s", cause);
}

static void
login_kader(struct testdb *t, const char *name, const char *posyandu)
{
	struct account_login res;
	char *cause = NULL;

	store_set_system_actor(t->st, "test");
	if (store_account_add(t->st, name, "", ROLE_KADER, posyandu,
			      "rahasia123", &testdb_policy, &cause) < 0)
		fail_msg("add: %s", cause);
	if (store_account_login(t->st, name, "rahasia123", &testdb_policy,
				1755000000, &res, &cause) < 0 ||
	    res.result != LOGIN_OK)
		fail_msg("login failed");
}

static void
test_create_and_history(void **state)
{
	struct testdb t;
	char pid[37], id[37];
	struct referral r;
	struct referral_event *ev;
	size_t n;
	char *cause = NULL;

	(void)state;
	testdb_open(&t);
	testdb_add_person(&t, "MAWAR", "Sutini", 'P', "1950-03-02", pid, NULL);
	make_referral(&t, pid, id);
	assert_int_equal(store_referral_get(t.st, id, &r, &ev, &n, &cause), 1);
	assert_string_equal(r.person_name, "Sutini");
	assert_int_equal(r.status, REFERRAL_DIRUJUK);
	assert_int_equal(r.followup_on.d, 19);
	assert_int_equal(n, 1);
	assert_int_equal(ev[0].status, REFERRAL_DIRUJUK);
	referral_events_free(ev, n);
	/* came, then closed: each outcome adds a history row */
	assert_int_equal(store_referral_outcome(t.st, id, r.version,
						REFERRAL_DATANG, d(2025, 8, 14),
						d(2025, 8, 20), "diperiksa",
						&cause),
			 0);
	assert_int_equal(store_referral_outcome(
				 t.st, id, r.version + 1, REFERRAL_SELESAI,
				 d(2025, 8, 20), d(2025, 8, 20), "", &cause),
			 0);
	referral_free(&r);
	assert_int_equal(store_referral_get(t.st, id, &r, &ev, &n, &cause), 1);
	assert_int_equal(r.status, REFERRAL_SELESAI);
	assert_int_equal(n, 3);
	assert_int_equal(ev[1].status, REFERRAL_DATANG);
	assert_string_equal(ev[1].note, "diperiksa");
	referral_events_free(ev, n);
	referral_free(&r);
	testdb_close(&t);
}

static void
test_stale_outcome_refused(void **state)
{
	struct testdb t;
	char pid[37], id[37];
	char *cause = NULL;

	(void)state;
	testdb_open(&t);
	testdb_add_person(&t, "MAWAR", "Sutini", 'P', "1950-03-02", pid, NULL);
	make_referral(&t, pid, id);
	assert_int_equal(store_referral_outcome(t.st, id, 1, REFERRAL_DATANG,
						d(2025, 8, 14), d(2025, 8, 20),
						"", &cause),
			 0);
	/* a second screen that read version 1 */
	assert_int_equal(store_referral_outcome(
				 t.st, id, 1, REFERRAL_TIDAK_DATANG,
				 d(2025, 8, 15), d(2025, 8, 20), "", &cause),
			 -1);
	assert_non_null(strstr(cause, "test"));
	free(cause);
	/* an impossible move is refused too */
	assert_int_equal(store_referral_outcome(
				 t.st, id, 2, REFERRAL_TIDAK_DATANG,
				 d(2025, 8, 15), d(2025, 8, 20), "", &cause),
			 -1);
	free(cause);
	testdb_close(&t);
}

static void
test_bad_new_referrals(void **state)
{
	struct testdb t;
	struct referral_new r = {0};
	char pid[37];
	char *cause = NULL;

	(void)state;
	testdb_open(&t);
	testdb_add_person(&t, "MAWAR", "Sutini", 'P', "1950-03-02", pid, NULL);
	r.person_id = pid;
	r.source = REFERRAL_SRC_MANUAL;
	r.reason = "";
	r.destination = REFERRAL_PUSTU;
	r.referred_on = d(2025, 8, 12);
	r.followup_on = d(2025, 8, 19);
	assert_int_equal(store_referral_create(t.st, &r, NULL, &cause), -1);
	free(cause);
	r.reason = "batuk lama";
	r.followup_on = d(2025, 8, 11);
	assert_int_equal(store_referral_create(t.st, &r, NULL, &cause), -1);
	free(cause);
	r.followup_on = d(2025, 8, 19);
	r.person_id = "00000000-0000-4000-8000-000000000000";
	assert_int_equal(store_referral_create(t.st, &r, NULL, &cause), -1);
	free(cause);
	testdb_close(&t);
}

static void
test_kader_scope(void **state)
{
	struct testdb t;
	char p1[37], p2[37], id1[37], id2[37];
	struct referral *v;
	struct referral r;
	size_t n;
	char *cause = NULL;
	struct referral_filter all = {0};

	(void)state;
	testdb_open(&t);
	testdb_add_person(&t, "MAWAR", "Sutini", 'P', "1950-03-02", p1, NULL);
	testdb_add_person(&t, "MELATI", "Karto", 'L', "1948-07-01", p2, NULL);
	make_referral(&t, p1, id1);
	make_referral(&t, p2, id2);
	login_kader(&t, "kader1", "MAWAR");
	assert_int_equal(store_referral_list(t.st, &all, &v, &n, &cause), 0);
	assert_int_equal(n, 1);
	assert_string_equal(v[0].person_name, "Sutini");
	referral_list_free(v, n);
	/* another posyandu's referral: not found, not changeable */
	assert_int_equal(store_referral_get(t.st, id2, &r, NULL, NULL, &cause),
			 0);
	assert_int_equal(store_referral_outcome(t.st, id2, 1, REFERRAL_DATANG,
						d(2025, 8, 14), d(2025, 8, 20),
						"", &cause),
			 -1);
	free(cause);
	/* nor can a kader refer someone of another posyandu */
	{
		struct referral_new rn = {0};

		rn.person_id = p2;
		rn.source = REFERRAL_SRC_MANUAL;
		rn.reason = "x";
		rn.destination = REFERRAL_PUSTU;
		rn.referred_on = d(2025, 8, 12);
		rn.followup_on = d(2025, 8, 19);
		assert_int_equal(store_referral_create(t.st, &rn, NULL, &cause),
				 -1);
		free(cause);
	}
	testdb_close(&t);
}

static void
test_open_filter_and_no_delete(void **state)
{
	struct testdb t;
	char pid[37], id[37];
	struct referral *v;
	size_t n;
	char *cause = NULL;
	struct referral_filter open = {1, NULL, NULL};
	sqlite3 *db;

	(void)state;
	testdb_open(&t);
	testdb_add_person(&t, "MAWAR", "Sutini", 'P', "1950-03-02", pid, NULL);
	make_referral(&t, pid, id);
	assert_int_equal(store_referral_outcome(t.st, id, 1, REFERRAL_SELESAI,
						d(2025, 8, 13), d(2025, 8, 20),
						"", &cause),
			 0);
	assert_int_equal(store_referral_list(t.st, &open, &v, &n, &cause), 0);
	assert_int_equal(n, 0);
	referral_list_free(v, n);
	assert_int_equal(sqlite3_open(t.path, &db), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db, "DELETE FROM referral_event",
					  NULL, NULL, NULL),
			     SQLITE_OK);
	assert_int_not_equal(
		sqlite3_exec(db, "DELETE FROM referral", NULL, NULL, NULL),
		SQLITE_OK);
	sqlite3_close(db);
	testdb_close(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_create_and_history),
		cmocka_unit_test(test_stale_outcome_refused),
		cmocka_unit_test(test_bad_new_referrals),
		cmocka_unit_test(test_kader_scope),
		cmocka_unit_test(test_open_filter_and_no_delete),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
