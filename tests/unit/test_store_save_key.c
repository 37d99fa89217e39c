/*
 * Idempotent saves (store/save_key): every create call of the store
 * given the same save key twice writes one row and one audit row and
 * answers with the same id; two keys make two rows; no key keeps the old
 * behaviour; a key used for another kind of record, or a malformed key,
 * is refused with nothing written; a refused save does not use up its
 * key. On real temporary database files.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/priority.h"
#include "helpers/schedule_fixture.h"
#include "helpers/testdb.h"
#include "store/household.h"
#include "store/immunisation.h"
#include "store/person.h"
#include "store/posyandu.h"
#include "store/pregnancy.h"
#include "store/referral.h"
#include "store/screening.h"
#include "util.h"

static const struct date TODAY = {2025, 8, 12};

static const char KEY1[] = "0f6a2c1e-8d7b-4f3a-9c2d-1e5b7a9c3d01";
static const char KEY2[] = "0f6a2c1e-8d7b-4f3a-9c2d-1e5b7a9c3d02";

/* One number from the file through a second connection. */
static long long
raw_int(struct testdb *t, const char *fmt, ...)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	long long v = -1;
	char sql[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(sql, sizeof sql, fmt, ap);
	va_end(ap);
	assert_int_equal(
		sqlite3_open_v2(t->path, &db, SQLITE_OPEN_READONLY, NULL),
		SQLITE_OK);
	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db));
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v;
}

static void
assert_contains(const char *haystack, const char *needle)
{
	if (haystack == NULL || strstr(haystack, needle) == NULL)
		fail_msg("'%s' does not contain '%s'",
			 haystack != NULL ? haystack : "(null)", needle);
}

static void
open_db(struct testdb *t)
{
	i18n_set_lang(I18N_EN);
	testdb_open(t);
}

static const char *
mawar(struct testdb *t, char out[37])
{
	struct posyandu p;
	char *cause = NULL;

	assert_int_equal(store_posyandu_get(t->st, "MAWAR", &p, &cause), 1);
	str_copy(out, p.id, 37);
	posyandu_free(&p);
	return out;
}

static int
add_household(struct testdb *t, const char *key, const char *kk, char id[37],
	      char **cause)
{
	struct household h;
	char pos[37];

	memset(&h, 0, sizeof h);
	h.posyandu_id = (char *)mawar(t, pos);
	h.no_kk = (char *)kk;
	h.address = (char *)"Jl. Melati 3";
	h.rt = (char *)"1";
	h.rw = (char *)"2";
	h.dusun = (char *)"";
	h.note = (char *)"";
	h.water_clean = h.latrine_healthy = HOUSEHOLD_UNKNOWN;
	h.jkn_all = h.smoker_inside = HOUSEHOLD_UNKNOWN;
	if (key != NULL)
		str_copy(h.save_key, key, sizeof h.save_key);
	*cause = NULL;
	return store_household_add(t->st, &h, id, cause);
}

static void
test_household(void **state)
{
	struct testdb t;
	char a[37], b[37], c[37], d[37], *cause = NULL;

	(void)state;
	open_db(&t);
	assert_int_equal(add_household(&t, KEY1, NULL, a, &cause), 0);
	assert_int_equal(add_household(&t, KEY1, NULL, b, &cause), 0);
	assert_string_equal(a, b);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM household"), 1);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM audit WHERE "
				     "tbl = 'household' AND action = 'insert'"),
			 1);
	assert_int_equal(raw_int(&t,
				 "SELECT count(*) FROM save_key WHERE "
				 "key = '%s' AND kind = 'household' AND "
				 "row_id = '%s' AND created_by = 'test'",
				 KEY1, a),
			 1);
	/* another key: another household */
	assert_int_equal(add_household(&t, KEY2, NULL, c, &cause), 0);
	assert_string_not_equal(a, c);
	/* no key: the old behaviour, every call adds */
	assert_int_equal(add_household(&t, NULL, NULL, c, &cause), 0);
	assert_int_equal(add_household(&t, "", NULL, d, &cause), 0);
	assert_string_not_equal(c, d);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM household"), 4);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM save_key"), 2);
	assert_true(store_idle(t.st));
	testdb_close(&t);
}

/* A refused save does not use its key up: the corrected one is saved. */
static void
test_refused_keeps_key(void **state)
{
	struct testdb t;
	char a[37], b[37], *cause = NULL;

	(void)state;
	open_db(&t);
	assert_int_equal(add_household(&t, KEY1, "12345", a, &cause), -1);
	free(cause);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM save_key"), 0);
	assert_int_equal(add_household(&t, KEY1, "3201010101010001", a, &cause),
			 0);
	assert_int_equal(add_household(&t, KEY1, "3201010101010001", b, &cause),
			 0);
	assert_string_equal(a, b);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM household"), 1);
	testdb_close(&t);
}

static int
add_person(struct testdb *t, const char *hh, const char *key, char id[37],
	   char **cause)
{
	struct person p;

	memset(&p, 0, sizeof p);
	p.household_id = (char *)hh;
	p.name = (char *)"Budi Santoso";
	p.sex = 'L';
	p.dob = (struct date){1985, 8, 15};
	p.relation = (char *)"kepala";
	p.nik = (char *)"3201011508850001";
	if (key != NULL)
		str_copy(p.save_key, key, sizeof p.save_key);
	*cause = NULL;
	return store_person_add(t->st, &p, TODAY, id, cause);
}

/*
 * The retry is answered before the checks a second head or a NIK in use
 * would fail: the first attempt made them true.
 */
static void
test_person(void **state)
{
	struct testdb t;
	char hh[37], a[37], b[37], *cause = NULL;

	(void)state;
	open_db(&t);
	assert_int_equal(add_household(&t, NULL, NULL, hh, &cause), 0);
	assert_int_equal(add_person(&t, hh, KEY1, a, &cause), 0);
	assert_int_equal(add_person(&t, hh, KEY1, b, &cause), 0);
	assert_string_equal(a, b);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM person"), 1);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM audit WHERE "
				     "tbl = 'person' AND action = 'insert'"),
			 1);
	/* another key: the usual refusal (the NIK is in use) */
	assert_int_equal(add_person(&t, hh, KEY2, b, &cause), -1);
	assert_contains(cause, "NIK");
	free(cause);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM save_key"), 1);
	testdb_close(&t);
}

/* A key made for one kind of record is refused for another. */
static void
test_other_kind(void **state)
{
	struct testdb t;
	char hh[37], a[37], *cause = NULL;

	(void)state;
	open_db(&t);
	assert_int_equal(add_household(&t, KEY1, NULL, hh, &cause), 0);
	assert_int_equal(add_person(&t, hh, KEY1, a, &cause), -1);
	assert_contains(cause, "household");
	free(cause);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM person"), 0);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM save_key"), 1);
	assert_true(store_idle(t.st));
	testdb_close(&t);
}

static void
test_bad_key(void **state)
{
	static const char *const bad[] = {"short", "x' OR 1=1 --",
					  "0f6a2c1e 8d7b", "kunci\n12345"};
	struct testdb t;
	struct referral_new r;
	char a[37], pid[37], *cause = NULL, *longkey;
	size_t i;

	(void)state;
	open_db(&t);
	for (i = 0; i < ILP_ARRAY_LEN(bad); i++) {
		assert_int_equal(add_household(&t, bad[i], NULL, a, &cause),
				 -1);
		assert_contains(cause, "save key");
		free(cause);
	}
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM household"), 0);
	/* 65 characters: one too many */
	testdb_add_person(&t, "MAWAR", "Sutini", 'P', "1950-03-02", pid, NULL);
	longkey = xasprintf("%s%s", KEY1, "-0123456789012345678901234567");
	assert_int_equal(strlen(longkey), 65);
	memset(&r, 0, sizeof r);
	r.person_id = pid;
	r.source = REFERRAL_SRC_SKRINING;
	r.reason = "tekanan darah 165/95";
	r.destination = REFERRAL_PUSKESMAS;
	r.referred_on = TODAY;
	r.followup_on = TODAY;
	r.save_key = longkey;
	assert_int_equal(store_referral_create(t.st, &r, a, &cause), -1);
	assert_contains(cause, "save key");
	free(cause);
	free(longkey);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM referral"), 0);
	assert_true(store_idle(t.st));
	testdb_close(&t);
}

static void
test_pregnancy(void **state)
{
	struct testdb t;
	char pid[37], a[37], b[37], *cause = NULL;

	(void)state;
	open_db(&t);
	testdb_add_person(&t, "MAWAR", "Siti", 'P', "1995-02-01", pid, NULL);
	assert_int_equal(store_pregnancy_open(t.st, pid, 1,
					      (struct date){2025, 6, 1}, TODAY,
					      KEY1, a, &cause),
			 0);
	/* without the key this would be "already pregnant" */
	assert_int_equal(store_pregnancy_open(t.st, pid, 1,
					      (struct date){2025, 6, 1}, TODAY,
					      KEY1, b, &cause),
			 0);
	assert_string_equal(a, b);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM pregnancy"), 1);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM audit WHERE "
				     "tbl = 'pregnancy' AND action = 'insert'"),
			 1);
	testdb_close(&t);
}

static void
test_dose(void **state)
{
	struct testdb t;
	struct schedule *s = fixture_schedule(NULL, NULL);
	struct imm_policy pol;
	struct imm_new in;
	char pid[37], a[37], b[37], *cause = NULL;

	(void)state;
	open_db(&t);
	testdb_add_person(&t, "MAWAR", "Bayu", 'L', "2025-06-01", pid, NULL);
	memset(&pol, 0, sizeof pol);
	pol.schedule = s;
	pol.today = TODAY;
	memset(&in, 0, sizeof in);
	in.person_id = pid;
	in.antigen = "BCG";
	in.date = (struct date){2025, 6, 20};
	in.place = IMM_PLACE_PUSKESMAS;
	in.history = 1;
	in.save_key = KEY1;
	if (store_imm_record(t.st, &pol, &in, a, NULL, &cause) < 0)
		fail_msg("dose: %s", cause);
	assert_int_equal(store_imm_record(t.st, &pol, &in, b, NULL, &cause), 0);
	assert_string_equal(a, b);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM dose"), 1);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM audit WHERE "
				     "tbl = 'dose' AND action = 'insert'"),
			 1);
	in.save_key = KEY2;
	assert_int_equal(store_imm_record(t.st, &pol, &in, b, NULL, &cause), 0);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM dose"), 2);
	schedule_free(s);
	testdb_close(&t);
}

/* Two kinds at once, one of them referring: the retry answers the same. */
static void
test_screening(void **state)
{
	struct testdb t;
	struct screening_answers an[2];
	struct screening_saved x, y;
	const struct screening_config *cfg = screening_config_defaults();
	char pid[37], *cause = NULL;
	size_t i;

	(void)state;
	open_db(&t);
	testdb_add_person(&t, "MAWAR", "Karto", 'L', "1970-01-01", pid, NULL);
	screening_answers_init(&an[0], SCREENING_BP);
	an[0].u.bp.systolic = 170;
	an[0].u.bp.diastolic = 100;
	screening_answers_init(&an[1], SCREENING_GLUCOSE);
	an[1].u.glucose.mg_dl = 110;
	memset(&x, 0, sizeof x);
	memset(&y, 0, sizeof y);
	if (store_screening_save(t.st, cfg, pid, TODAY, TODAY, an, 2,
				 REFERRAL_PUSKESMAS, KEY1, &x, &cause) < 0)
		fail_msg("screening: %s", cause);
	if (store_screening_save(t.st, cfg, pid, TODAY, TODAY, an, 2,
				 REFERRAL_PUSKESMAS, KEY1, &y, &cause) < 0)
		fail_msg("retry: %s", cause);
	assert_int_equal(y.n, 2);
	for (i = 0; i < 2; i++) {
		assert_string_equal(x.id[i], y.id[i]);
		assert_string_equal(x.eval[i].result.code,
				    y.eval[i].result.code);
	}
	assert_true(x.referral_id[0] != '\0');
	assert_string_equal(x.referral_id, y.referral_id);
	assert_int_equal(date_cmp(x.followup_on, y.followup_on), 0);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM screening"), 2);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM referral"), 1);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM audit WHERE "
				     "tbl = 'screening' AND action = 'insert'"),
			 2);
	assert_int_equal(raw_int(&t,
				 "SELECT count(*) FROM save_key WHERE "
				 "kind = 'screening' AND row_id = '%s'",
				 x.id[0]),
			 1);
	testdb_close(&t);
}

static void
test_referral(void **state)
{
	struct testdb t;
	struct referral_new r;
	char pid[37], a[37], b[37], *cause = NULL;

	(void)state;
	open_db(&t);
	testdb_add_person(&t, "MAWAR", "Sutini", 'P', "1950-03-02", pid, NULL);
	memset(&r, 0, sizeof r);
	r.person_id = pid;
	r.source = REFERRAL_SRC_SKRINING;
	r.reason = "tekanan darah 165/95";
	r.destination = REFERRAL_PUSKESMAS;
	r.referred_on = TODAY;
	r.followup_on = priority_followup_date(TODAY);
	r.save_key = KEY1;
	assert_int_equal(store_referral_create(t.st, &r, a, &cause), 0);
	assert_int_equal(store_referral_create(t.st, &r, b, &cause), 0);
	assert_string_equal(a, b);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM referral"), 1);
	r.save_key = KEY2;
	assert_int_equal(store_referral_create(t.st, &r, b, &cause), 0);
	assert_string_not_equal(a, b);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM referral"), 2);
	testdb_close(&t);
}

/* The keys a form makes: distinct UUIDs the store accepts. */
static void
test_new_key(void **state)
{
	char a[STORE_SAVE_KEY_LEN], b[STORE_SAVE_KEY_LEN];

	(void)state;
	store_new_save_key(a);
	store_new_save_key(b);
	assert_int_equal(strlen(a), 36);
	assert_string_not_equal(a, b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_household),
		cmocka_unit_test(test_refused_keeps_key),
		cmocka_unit_test(test_person),
		cmocka_unit_test(test_other_kind),
		cmocka_unit_test(test_bad_key),
		cmocka_unit_test(test_pregnancy),
		cmocka_unit_test(test_dose),
		cmocka_unit_test(test_screening),
		cmocka_unit_test(test_referral),
		cmocka_unit_test(test_new_key),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
