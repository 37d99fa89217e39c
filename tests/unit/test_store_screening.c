/*
 * store/screening on real temporary files: save and recompute from the
 * answers, the referral in the same transaction (and gone with it when
 * the save fails), plausibility refusals with nothing written, voiding
 * (nakes only, audited, events never edited or deleted), the kader's
 * posyandu scope, the persons list and the monthly recap counts.
 */
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
#include "store/referral.h"
#include "store/screening.h"
#include "util.h"

static const struct screening_config *cfg;
static const struct date today = {2025, 8, 12};

static int
setup(void **state)
{
	(void)state;
	i18n_set_lang(I18N_EN);
	cfg = screening_config_defaults();
	return 0;
}

static struct date
d(int y, int m, int dd)
{
	struct date r = {y, m, dd};

	return r;
}

static void
assert_contains(const char *haystack, const char *needle)
{
	if (haystack == NULL || strstr(haystack, needle) == NULL)
		fail_msg("'%s' does not contain '%s'",
			 haystack != NULL ? haystack : "(null)", needle);
}

/* One number from the file through a second connection. */
static long long
raw_int(struct testdb *t, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	long long v = -1;

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

/* The triggers' functions on a second connection: someone "outside". */
static void
raw_fn_user(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	(void)argv;
	sqlite3_result_text(ctx, "outside", -1, SQLITE_STATIC);
}

static void
raw_fn_audit(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	(void)argv;
	sqlite3_result_int(ctx, 1);
}

static int
raw_exec(struct testdb *t, const char *sql)
{
	sqlite3 *db;
	int rc;

	assert_int_equal(sqlite3_open(t->path, &db), SQLITE_OK);
	sqlite3_busy_timeout(db, 5000);
	sqlite3_create_function(db, "app_user", 0, SQLITE_UTF8, NULL,
				raw_fn_user, NULL, NULL);
	sqlite3_create_function(db, "app_audit", 0, SQLITE_UTF8, NULL,
				raw_fn_audit, NULL, NULL);
	rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
	return rc;
}

static void
login(struct testdb *t, const char *name, enum role role, const char *posyandu)
{
	struct account_login res;
	char *cause = NULL;

	store_set_system_actor(t->st, "test");
	if (store_account_add(t->st, name, "", role, posyandu, "rahasia123",
			      &testdb_policy, &cause) < 0)
		fail_msg("add: %s", cause);
	if (store_account_login(t->st, name, "rahasia123", &testdb_policy,
				1755000000, &res, &cause) < 0 ||
	    res.result != LOGIN_OK)
		fail_msg("login failed");
}

static struct screening_answers
bp(long sys, long dia)
{
	struct screening_answers a;

	screening_answers_init(&a, SCREENING_BP);
	a.u.bp.systolic = sys;
	a.u.bp.diastolic = dia;
	return a;
}

static struct screening_answers
glucose(long mg)
{
	struct screening_answers a;

	screening_answers_init(&a, SCREENING_GLUCOSE);
	a.u.glucose.mg_dl = mg;
	return a;
}

static struct screening_answers
aks(int total)
{
	struct screening_answers a;
	int i, left = SCREENING_AKS_MAX_TOTAL - total;

	screening_answers_init(&a, SCREENING_AKS);
	for (i = 0; i < SCREENING_AKS_ITEMS; i++) {
		int max = screening_aks_item_max(i);
		int take = left < max ? left : max;

		a.u.aks[i] = max - take;
		left -= take;
	}
	return a;
}

/* SKILAS with the given domains positive (1u << domain). */
static struct screening_answers
skilas(unsigned positive)
{
	struct screening_answers a;
	struct screening_skilas *s = &a.u.skilas;

	screening_answers_init(&a, SCREENING_SKILAS);
	s->date_ok = 1;
	s->place_ok = 1;
	s->words_recalled = positive & 1u << SCREENING_SKILAS_COGNITIVE ? 1 : 3;
	s->chair_unable = 0;
	s->chair_seconds =
		positive & 1u << SCREENING_SKILAS_MOBILITY ? 20.0 : 10.0;
	s->weight_loss = 0;
	s->appetite_loss = 0;
	s->lila_cm = positive & 1u << SCREENING_SKILAS_NUTRITION ? 19.0 : 24.0;
	s->eye_problem = 0;
	s->finger_count_ok = positive & 1u << SCREENING_SKILAS_VISION ? 0 : 1;
	s->whisper = positive & 1u << SCREENING_SKILAS_HEARING
			     ? SCREENING_WHISPER_NOT_HEARD
			     : SCREENING_WHISPER_HEARD;
	s->sad = positive & 1u << SCREENING_SKILAS_DEPRESSION ? 1 : 0;
	s->little_interest = 0;
	return a;
}

static void
save_ok(struct testdb *t, const char *pid, struct date on,
	const struct screening_answers *a, size_t n,
	struct screening_saved *out)
{
	char *cause = NULL;

	if (store_screening_save(t->st, cfg, pid, on, today, a, n,
				 REFERRAL_PUSKESMAS, NULL, out, &cause) < 0)
		fail_msg("save: %s", cause);
}

static void
save_refused(struct testdb *t, const char *pid, struct date on,
	     const struct screening_answers *a, size_t n, const char *why)
{
	char *cause = NULL;

	if (store_screening_save(t->st, cfg, pid, on, today, a, n,
				 REFERRAL_PUSKESMAS, NULL, NULL, &cause) == 0)
		fail_msg("save accepted, wanted: %s", why);
	assert_contains(cause, why);
	free(cause);
	assert_true(store_idle(t->st));
}

static void
test_save_refer_recompute(void **state)
{
	struct testdb t;
	struct screening_answers a = bp(165, 95);
	struct screening_saved sv;
	struct screening_event e;
	struct screening_eval ev;
	struct referral r;
	char pid[37], *cause = NULL;
	int same;

	(void)state;
	testdb_open(&t);
	testdb_add_person(&t, "MAWAR", "Sutini", 'P', "1950-03-02", pid, NULL);
	save_ok(&t, pid, today, &a, 1, &sv);
	assert_int_equal(sv.n, 1);
	assert_string_equal(sv.eval[0].result.code, "hipertensi_2");
	assert_true(sv.referral_id[0] != '\0');
	assert_int_equal(sv.followup_on.d, 19);
	assert_int_equal(store_screening_get(t.st, sv.id[0], &e, &cause), 1);
	assert_int_equal(e.kind, SCREENING_BP);
	assert_string_equal(e.answers_text, "sistolik=165;diastolik=95");
	assert_int_equal(e.answers.u.bp.systolic, 165);
	assert_int_equal(e.category, SCREENING_BP_HT2);
	assert_int_equal(e.outcome, SCREENING_REFER);
	assert_string_equal(e.referral_id, sv.referral_id);
	assert_string_equal(e.created_by, "test");
	assert_false(e.voided);
	screening_event_free(&e);
	/* the referral: skrining, pointing back, with the reason */
	assert_int_equal(store_referral_get(t.st, sv.referral_id, &r, NULL,
					    NULL, &cause),
			 1);
	assert_int_equal(r.source, REFERRAL_SRC_SKRINING);
	assert_string_equal(r.source_id, sv.id[0]);
	assert_int_equal(r.destination, REFERRAL_PUSKESMAS);
	assert_contains(r.reason, "hypertension grade 2");
	referral_free(&r);
	/* recomputed from the stored answers: the same */
	assert_int_equal(store_screening_recompute(t.st, cfg, sv.id[0], &ev,
						   &same, &cause),
			 0);
	assert_true(same);
	assert_string_equal(ev.result.code, "hipertensi_2");
	/* with other thresholds the answers give another result */
	{
		struct screening_config *c2 = screening_config_new();

		c2->bp_systolic_from[SCREENING_BP_HT2] = 170;
		assert_int_equal(store_screening_recompute(t.st, c2, sv.id[0],
							   &ev, &same, &cause),
				 0);
		assert_false(same);
		assert_string_equal(ev.result.code, "hipertensi_1");
		screening_config_free(c2);
	}
	/* audited: the event and its referral */
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM audit WHERE "
				     "tbl = 'screening' AND action = 'insert' "
				     "AND summary LIKE '%sistolik=165%'"),
			 1);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM audit WHERE "
				     "tbl = 'referral'"),
			 1);
	/* a normal reading makes no referral */
	a = bp(118, 76);
	save_ok(&t, pid, today, &a, 1, &sv);
	assert_string_equal(sv.referral_id, "");
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM referral"), 1);
	testdb_close(&t);
}

static void
test_several_kinds_one_referral(void **state)
{
	struct testdb t;
	struct screening_answers a[3];
	struct screening_saved sv;
	char pid[37];

	(void)state;
	testdb_open(&t);
	testdb_add_person(&t, "MAWAR", "Karto", 'L', "1980-01-01", pid, NULL);
	a[0] = bp(165, 95);
	a[1] = glucose(250);
	screening_answers_init(&a[2], SCREENING_WAIST);
	a[2].u.waist.sex = 'L';
	a[2].u.waist.waist10 = 950;
	save_ok(&t, pid, today, a, 3, &sv);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM referral"), 1);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM screening WHERE "
				     "referral_id IS NOT NULL"),
			 2);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM screening WHERE "
				     "kind = 'lingkar_perut' AND referral_id "
				     "IS NULL AND outcome = 'tindak_lanjut'"),
			 1);
	assert_int_equal(raw_int(&t, "SELECT instr(reason, 'diabetes') > 0 "
				     "AND instr(reason, 'grade 2') > 0 FROM "
				     "referral"),
			 1);
	/* the same kind twice in one save */
	a[1] = bp(120, 80);
	save_refused(&t, pid, today, a, 2, "appears twice");
	testdb_close(&t);
}

static void
test_refusals_write_nothing(void **state)
{
	struct testdb t;
	struct screening_answers a;
	char pid[37], young[37], pid2[37], baby[37];

	(void)state;
	testdb_open(&t);
	testdb_add_person(&t, "MAWAR", "Sutini", 'P', "1950-03-02", pid, NULL);
	testdb_add_person(&t, "MAWAR", "Budi", 'L', "2011-01-01", young, NULL);
	testdb_add_person(&t, "MAWAR", "Sri", 'P', "1975-05-05", pid2, NULL);
	testdb_add_person(&t, "MAWAR", "Bayi", 'L', "2025-03-01", baby, NULL);
	a = bp(300, 20);
	save_refused(&t, pid, today, &a, 1,
		     "diastolic 20 mmHg is implausible; allowed 30 to 200");
	a = bp(120, 130);
	save_refused(&t, pid, today, &a, 1,
		     "systolic 120 must be greater than diastolic 130");
	a = bp(120, 80);
	save_refused(&t, pid, d(2025, 8, 13), &a, 1, "is after today");
	/* at most SCREENING_MAX_AGE_DAYS back: 365 days before is the limit */
	save_refused(&t, pid, d(2024, 8, 11), &a, 1,
		     "11-08-2024 is more than 365 days ago");
	save_refused(&t, pid, d(1949, 1, 1), &a, 1, "more than 365 days ago");
	save_refused(&t, baby, d(2025, 2, 28), &a, 1,
		     "before the date of birth");
	save_refused(&t, young, today, &a, 1,
		     "blood pressure is for ages 15 and over; Budi is 14");
	a = aks(11);
	save_refused(&t, pid2, today, &a, 1, "for ages 60 and over");
	screening_answers_init(&a, SCREENING_WAIST);
	a.u.waist.sex = 'L';
	a.u.waist.waist10 = 800;
	save_refused(&t, pid, today, &a, 1, "differs from the person's");
	screening_answers_init(&a, SCREENING_BMI);
	a.u.bmi.weight10 = 9000;
	a.u.bmi.height10 = 1600;
	save_refused(&t, pid, today, &a, 1, "weight 900.0 kg is implausible");
	a = skilas(0);
	a.u.skilas.sad = SCREENING_UNSET;
	save_refused(&t, pid, today, &a, 1, "not answered");
	save_refused(&t, "00000000-0000-4000-8000-000000000000", today, &a, 0,
		     "no screening result");
	a = bp(120, 80);
	save_refused(&t, "00000000-0000-4000-8000-000000000000", today, &a, 1,
		     "not found");
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM screening"), 0);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM referral"), 0);
	/* a person who moved away */
	assert_int_equal(raw_exec(&t, "UPDATE person SET status = 'pindah', "
				      "status_date = '2025-01-01' WHERE name "
				      "= 'Sri'"),
			 SQLITE_OK);
	save_refused(&t, pid2, today, &a, 1, "no longer active");
	testdb_close(&t);
}

/*
 * A screening typed in later carries the day it was done: 365 days back
 * is the limit, and the age rules use the age on that day.
 */
static void
test_back_dated(void **state)
{
	struct testdb t;
	struct screening_answers a = bp(120, 80);
	struct screening_saved sv;
	struct screening_event e;
	char pid[37], turned[37], *cause = NULL;

	(void)state;
	testdb_open(&t);
	testdb_add_person(&t, "MAWAR", "Sutini", 'P', "1950-03-02", pid, NULL);
	/* 60 on 10-01-2025 */
	testdb_add_person(&t, "MAWAR", "Rina", 'P', "1965-01-10", turned, NULL);
	save_ok(&t, pid, d(2024, 8, 12), &a, 1, &sv);
	assert_int_equal(store_screening_get(t.st, sv.id[0], &e, &cause), 1);
	assert_int_equal(e.on.y, 2024);
	assert_int_equal(e.on.m, 8);
	assert_int_equal(e.on.d, 12);
	screening_event_free(&e);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM screening WHERE "
				     "screened_on = '2024-08-12'"),
			 1);
	a = skilas(0);
	save_refused(&t, turned, d(2025, 1, 9), &a, 1,
		     "for ages 60 and over; Rina is 59");
	save_ok(&t, turned, d(2025, 1, 10), &a, 1, NULL);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM screening"), 2);
	testdb_close(&t);
}

/* The referral is written first: a failing event must take it back. */
static void
test_same_transaction(void **state)
{
	struct testdb t;
	struct screening_answers a = bp(170, 100);
	char pid[37];

	(void)state;
	testdb_open(&t);
	testdb_add_person(&t, "MAWAR", "Sutini", 'P', "1950-03-02", pid, NULL);
	assert_int_equal(raw_exec(&t, "CREATE TRIGGER boom BEFORE INSERT ON "
				      "screening BEGIN SELECT RAISE(ABORT, "
				      "'boom'); END"),
			 SQLITE_OK);
	save_refused(&t, pid, today, &a, 1, "boom");
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM referral"), 0);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM referral_event"), 0);
	assert_int_equal(raw_exec(&t, "DROP TRIGGER boom"), SQLITE_OK);
	save_ok(&t, pid, today, &a, 1, NULL);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM referral"), 1);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM screening"), 1);
	testdb_close(&t);
}

static void
test_void(void **state)
{
	struct testdb t;
	struct screening_answers a = bp(150, 92);
	struct screening_saved sv;
	struct screening_event latest[SCREENING_KIND_COUNT], *h;
	int have[SCREENING_KIND_COUNT];
	size_t n;
	char pid[37], *cause = NULL;

	(void)state;
	testdb_open(&t);
	testdb_add_person(&t, "MAWAR", "Sutini", 'P', "1950-03-02", pid, NULL);
	save_ok(&t, pid, d(2025, 8, 1), &a, 1, &sv);
	/* a kader may not void */
	login(&t, "kader1", ROLE_KADER, "MAWAR");
	assert_int_equal(
		store_screening_void(t.st, sv.id[0], 1, "salah ketik", &cause),
		-1);
	assert_contains(cause, "kader");
	free(cause);
	login(&t, "bidan", ROLE_NAKES, NULL);
	assert_int_equal(store_screening_void(t.st, sv.id[0], 1, "  ", &cause),
			 -1);
	assert_contains(cause, "reason for voiding is required");
	free(cause);
	assert_int_equal(store_screening_void(t.st, sv.id[0], 1,
					      " salah ketik ", &cause),
			 0);
	assert_int_equal(
		store_screening_void(t.st, sv.id[0], 2, "lagi", &cause), -1);
	assert_contains(cause, "already voided by bidan");
	free(cause);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM screening WHERE "
				     "void_reason = 'salah ketik' AND "
				     "voided_by = 'bidan' AND version = 2"),
			 1);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM audit WHERE "
				     "tbl = 'screening' AND action = 'void' "
				     "AND actor = 'bidan'"),
			 1);
	/* the latest result is the one before; the history keeps both */
	a = bp(128, 82);
	save_ok(&t, pid, d(2025, 7, 1), &a, 1, NULL);
	assert_int_equal(
		store_screening_latest(t.st, pid, latest, have, &cause), 0);
	assert_true(have[SCREENING_BP]);
	assert_int_equal(latest[SCREENING_BP].answers.u.bp.systolic, 128);
	assert_false(have[SCREENING_SKILAS]);
	screening_event_free(&latest[SCREENING_BP]);
	assert_int_equal(store_screening_history(t.st, pid, SCREENING_BP, &h,
						 &n, &cause),
			 0);
	assert_int_equal(n, 2);
	assert_true(h[0].voided);
	assert_string_equal(h[0].void_reason, "salah ketik");
	screening_event_list_free(h, n);
	/* events are not edited nor deleted, whoever tries */
	assert_int_not_equal(raw_exec(&t, "UPDATE screening SET answers = "
					  "'sistolik=120;diastolik=80'"),
			     SQLITE_OK);
	assert_int_not_equal(raw_exec(&t, "DELETE FROM screening"), SQLITE_OK);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM screening"), 2);
	testdb_close(&t);
}

static void
test_kader_scope(void **state)
{
	struct testdb t;
	struct screening_answers a = bp(120, 80);
	struct screening_saved sv;
	struct screening_event e, *h;
	struct screening_person p, *v;
	struct screening_recap r;
	size_t n;
	char mawar[37], melati[37], *cause = NULL, *melati_id;

	(void)state;
	testdb_open(&t);
	testdb_add_person(&t, "MAWAR", "Sutini", 'P', "1950-03-02", mawar,
			  NULL);
	testdb_add_person(&t, "MELATI", "Karto", 'L', "1948-07-01", melati,
			  NULL);
	save_ok(&t, melati, today, &a, 1, &sv);
	assert_int_equal(store_screening_person(t.st, melati, &p, &cause), 1);
	melati_id = xstrdup(p.posyandu_id);
	screening_person_free(&p);
	login(&t, "kader1", ROLE_KADER, "MAWAR");
	/* MELATI's person and event are out of sight */
	save_refused(&t, melati, today, &a, 1, "not found");
	assert_int_equal(store_screening_get(t.st, sv.id[0], &e, &cause), 0);
	assert_int_equal(store_screening_person(t.st, melati, &p, &cause), 0);
	assert_int_equal(
		store_screening_history(t.st, melati, -1, &h, &n, &cause), 0);
	assert_int_equal(n, 0);
	free(h);
	assert_int_equal(
		store_screening_people(t.st, melati_id, today, &v, &n, &cause),
		-1);
	assert_contains(cause, "own posyandu");
	free(cause);
	assert_int_equal(
		store_screening_recap(t.st, 2025, 8, melati_id, &r, &cause),
		-1);
	free(cause);
	/* their own posyandu works, with no posyandu named */
	assert_int_equal(
		store_screening_people(t.st, NULL, today, &v, &n, &cause), 0);
	assert_int_equal(n, 1);
	assert_string_equal(v[0].name, "Sutini");
	screening_person_list_free(v, n);
	save_ok(&t, mawar, today, &a, 1, NULL);
	assert_int_equal(store_screening_recap(t.st, 2025, 8, NULL, &r, &cause),
			 0);
	assert_int_equal(r.persons, 1);
	/* a nakes sees both, but must name a posyandu for the list */
	login(&t, "bidan", ROLE_NAKES, NULL);
	assert_int_equal(
		store_screening_people(t.st, NULL, today, &v, &n, &cause), -1);
	assert_contains(cause, "choose a posyandu");
	free(cause);
	assert_int_equal(store_screening_recap(t.st, 2025, 8, NULL, &r, &cause),
			 0);
	assert_int_equal(r.persons, 2);
	free(melati_id);
	testdb_close(&t);
}

static void
test_people(void **state)
{
	struct testdb t;
	struct screening_answers a = skilas(0);
	struct screening_person *v;
	size_t n;
	char p1[37], p2[37], p3[37], p4[37], *cause = NULL;

	(void)state;
	testdb_open(&t);
	testdb_add_person(&t, "MAWAR", "Yanto", 'L', "1990-02-02", p1, NULL);
	testdb_add_person(&t, "MAWAR", "Wati", 'P', "1950-03-02", p2, NULL);
	/* 15 today, and 15 tomorrow */
	testdb_add_person(&t, "MAWAR", "Ani", 'P', "2010-08-12", p3, NULL);
	testdb_add_person(&t, "MAWAR", "Ari", 'L', "2010-08-13", p4, NULL);
	login(&t, "kader1", ROLE_KADER, "MAWAR");
	save_ok(&t, p2, d(2024, 9, 1), &a, 1, NULL);
	assert_int_equal(
		store_screening_people(t.st, NULL, today, &v, &n, &cause), 0);
	assert_int_equal(n, 3);
	assert_string_equal(v[0].name, "Wati"); /* lansia first */
	assert_true(v[0].has_last[SCREENING_SKILAS]);
	assert_int_equal(v[0].last[SCREENING_SKILAS].y, 2024);
	assert_false(v[0].has_last[SCREENING_AKS]);
	assert_string_equal(v[1].name, "Ani");
	assert_string_equal(v[2].name, "Yanto");
	assert_string_equal(v[2].address, "Jl. Uji");
	assert_int_equal(v[2].sex, 'L');
	screening_person_list_free(v, n);
	testdb_close(&t);
}

static void
test_recap(void **state)
{
	struct testdb t;
	struct screening_answers a[2];
	struct screening_saved sv;
	struct screening_recap r;
	char p[6][37], *cause = NULL;
	int i;

	(void)state;
	testdb_open(&t);
	for (i = 0; i < 5; i++)
		testdb_add_person(&t, "MAWAR", "Lansia", 'P', "1950-03-02",
				  p[i], NULL);
	testdb_add_person(&t, "MELATI", "Lain", 'L', "1950-03-02", p[5], NULL);
	/* p0: BP high in early August, then normal later: counts normal */
	a[0] = bp(165, 95);
	save_ok(&t, p[0], d(2025, 8, 2), a, 1, NULL);
	a[0] = bp(125, 82);
	save_ok(&t, p[0], d(2025, 8, 10), a, 1, NULL);
	/* p1: BP grade 1 and SKILAS with cognition and hearing */
	a[0] = bp(145, 85);
	a[1] = skilas(1u << SCREENING_SKILAS_COGNITIVE |
		      1u << SCREENING_SKILAS_HEARING);
	save_ok(&t, p[1], d(2025, 8, 5), a, 2, NULL);
	/* p2: SKILAS with hearing, AKS 11 (sedang) */
	a[0] = skilas(1u << SCREENING_SKILAS_HEARING);
	a[1] = aks(11);
	save_ok(&t, p[2], d(2025, 8, 6), a, 2, NULL);
	/* p3: AKS 20, and a BP in July that does not count */
	a[0] = aks(20);
	save_ok(&t, p[3], d(2025, 8, 7), a, 1, NULL);
	a[0] = bp(190, 115);
	save_ok(&t, p[3], d(2025, 7, 31), a, 1, NULL);
	/* p4: a voided BP */
	a[0] = bp(170, 100);
	save_ok(&t, p[4], d(2025, 8, 8), a, 1, &sv);
	assert_int_equal(
		store_screening_void(t.st, sv.id[0], 1, "salah orang", &cause),
		0);
	/* p5 in MELATI */
	a[0] = bp(182, 111);
	save_ok(&t, p[5], d(2025, 8, 9), a, 1, NULL);

	assert_int_equal(store_screening_recap(t.st, 2025, 8, NULL, &r, &cause),
			 0);
	assert_int_equal(r.persons, 5);
	assert_int_equal(r.screened[SCREENING_BP], 3);
	assert_int_equal(r.category[SCREENING_BP][SCREENING_BP_NORMAL], 1);
	assert_int_equal(r.category[SCREENING_BP][SCREENING_BP_HT1], 1);
	assert_int_equal(r.category[SCREENING_BP][SCREENING_BP_HT3], 1);
	assert_int_equal(r.category[SCREENING_BP][SCREENING_BP_HT2], 0);
	assert_int_equal(r.refer[SCREENING_BP], 2);
	assert_int_equal(r.screened[SCREENING_SKILAS], 2);
	assert_int_equal(
		r.category[SCREENING_SKILAS][SCREENING_SKILAS_POSITIVE], 2);
	assert_int_equal(r.skilas_domain[SCREENING_SKILAS_HEARING], 2);
	assert_int_equal(r.skilas_domain[SCREENING_SKILAS_COGNITIVE], 1);
	assert_int_equal(r.skilas_domain[SCREENING_SKILAS_MOBILITY], 0);
	assert_int_equal(r.screened[SCREENING_AKS], 2);
	assert_int_equal(r.category[SCREENING_AKS][SCREENING_AKS_MODERATE], 1);
	assert_int_equal(r.category[SCREENING_AKS][SCREENING_AKS_INDEPENDENT],
			 1);
	assert_int_equal(r.aks_home_care, 1);
	/* p0 (early August), p1, p2 and p5 were referred this month */
	assert_int_equal(r.referred, 4);
	/* one posyandu */
	{
		struct screening_person sp;
		char *mawar;

		assert_int_equal(
			store_screening_person(t.st, p[0], &sp, &cause), 1);
		mawar = xstrdup(sp.posyandu_id);
		screening_person_free(&sp);
		assert_int_equal(
			store_screening_recap(t.st, 2025, 8, mawar, &r, &cause),
			0);
		assert_int_equal(r.persons, 4);
		assert_int_equal(r.screened[SCREENING_BP], 2);
		free(mawar);
	}
	assert_int_equal(store_screening_recap(t.st, 2025, 7, NULL, &r, &cause),
			 0);
	assert_int_equal(r.persons, 1);
	assert_int_equal(r.category[SCREENING_BP][SCREENING_BP_HT3], 1);
	assert_int_equal(
		store_screening_recap(t.st, 2025, 13, NULL, &r, &cause), -1);
	free(cause);
	testdb_close(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_save_refer_recompute, setup),
		cmocka_unit_test_setup(test_several_kinds_one_referral, setup),
		cmocka_unit_test_setup(test_refusals_write_nothing, setup),
		cmocka_unit_test_setup(test_back_dated, setup),
		cmocka_unit_test_setup(test_same_transaction, setup),
		cmocka_unit_test_setup(test_void, setup),
		cmocka_unit_test_setup(test_kader_scope, setup),
		cmocka_unit_test_setup(test_people, setup),
		cmocka_unit_test_setup(test_recap, setup),
	};

	return cmocka_run_group_tests_name("store_screening", tests, NULL,
					   NULL);
}
