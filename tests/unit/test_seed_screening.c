/*
 * The demo village's past screenings: core/seedgen_screening is
 * deterministic, independent of the run's size, only screens persons old
 * enough on dates not after today, and yields overdue lansia and a few
 * positives; store_seed writes them with the referrals their results call
 * for, results recomputable from the stored answers, the same rows for
 * the same options.
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
#include "core/seedgen.h"
#include "helpers/testdb.h"
#include "store/account.h"
#include "store/screening.h"
#include "store/seed.h"
#include "util.h"

static const struct date today0 = {2025, 8, 12};

static int
setup(void **state)
{
	(void)state;
	i18n_set_lang(I18N_EN);
	return 0;
}

/* ---- the generator ------------------------------------------------------ */

struct tally {
	long sessions, screenings, lansia_skilas, overdue, refer;
	long by_kind[SCREENING_KIND_COUNT];
};

static void
check_household(const struct seedgen_layout *l,
		const struct seedgen_household *h, struct tally *t)
{
	struct seedgen_screenings *s = xmalloc(sizeof *s);
	struct seedgen_screenings *again = xmalloc(sizeof *again);
	const struct screening_config *cfg = screening_config_defaults();
	int i, j;

	seedgen_screening(l, h, s);
	seedgen_screening(l, h, again);
	assert_int_equal(s->n, again->n);
	assert_memory_equal(s->v, again->v, (size_t)s->n * sizeof s->v[0]);
	for (i = 0; i < s->nsessions; i++) {
		const struct seedgen_session *ss = &s->sessions[i];
		const struct seedgen_person *p = &h->persons[ss->person];
		int age = date_age_years(p->dob, ss->on);

		t->sessions++;
		assert_true(date_cmp(ss->on, l->today) <= 0);
		assert_true(date_cmp(ss->status_on, ss->on) >= 0);
		assert_true(date_cmp(ss->status_on, l->today) <= 0);
		for (j = ss->first; j < ss->first + ss->count; j++) {
			const struct screening_answers *a = &s->v[j].answers;
			struct screening_eval e;
			char *err = NULL;

			if (!(screening_kinds_for_age(age) & 1u << a->kind))
				fail_msg("%s aged %d screened with %s", p->name,
					 age, screening_kind_code(a->kind));
			if (screening_answers_eval(cfg, a, &e, &err) < 0)
				fail_msg("household %ld: %s", h->index, err);
			if (a->kind == SCREENING_WAIST)
				assert_int_equal(a->u.waist.sex, p->sex);
			t->screenings++;
			t->by_kind[a->kind]++;
			t->refer += e.result.outcome == SCREENING_REFER;
			if (a->kind == SCREENING_SKILAS) {
				struct date last = ss->on;
				struct screening_due due;

				t->lansia_skilas++;
				screening_due(cfg, SCREENING_SKILAS, &last,
					      l->today, &due);
				t->overdue +=
					due.status == SCREENING_DUE_OVERDUE;
			}
		}
	}
	free(s);
	free(again);
}

static void
test_generator(void **state)
{
	struct seedgen_layout *l =
		seedgen_layout_new(SEEDGEN_LAYOUT_DEMO, 1, today0, 150);
	struct seedgen_layout *big =
		seedgen_layout_new(SEEDGEN_LAYOUT_DEMO, 1, today0, 300);
	struct seedgen_household *h = xmalloc(sizeof *h);
	struct seedgen_screenings *a = xmalloc(sizeof *a);
	struct seedgen_screenings *b = xmalloc(sizeof *b);
	struct tally t;
	long i;
	int k;

	(void)state;
	memset(&t, 0, sizeof t);
	for (i = 0; i < 150; i++) {
		seedgen_household(l, i, h);
		check_household(l, h, &t);
		/* the same household in a larger village: the same screenings
		 */
		seedgen_screening(l, h, a);
		seedgen_household(big, i, h);
		seedgen_screening(big, h, b);
		assert_int_equal(a->n, b->n);
		assert_memory_equal(a->v, b->v, (size_t)a->n * sizeof a->v[0]);
	}
	print_message("# %ld sessions, %ld screenings, %ld SKILAS (%ld "
		      "overdue), %ld rujuk\n",
		      t.sessions, t.screenings, t.lansia_skilas, t.overdue,
		      t.refer);
	for (k = 0; k < SCREENING_KIND_COUNT; k++)
		if (t.by_kind[k] == 0)
			fail_msg("no %s in the demo village",
				 screening_kind_code((enum screening_kind)k));
	/* some lansia overdue, some not; a few positives */
	assert_true(t.overdue > 0 && t.overdue < t.lansia_skilas);
	assert_true(t.refer > 0 && t.refer < t.screenings / 2);
	free(a);
	free(b);
	free(h);
	seedgen_layout_free(l);
	seedgen_layout_free(big);
}

/* ---- the store ---------------------------------------------------------- */

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

static void
seed_demo(struct testdb *t, uint64_t seed)
{
	struct seed_options o;
	char *cause = NULL;

	memset(&o, 0, sizeof o);
	o.households = 150;
	o.seed = seed;
	o.today = today0;
	o.layout = SEEDGEN_LAYOUT_DEMO;
	if (store_seed(t->st, &o, &cause) < 0)
		fail_msg("store_seed: %s", cause);
}

static sqlite3 *
raw_open(struct testdb *t)
{
	sqlite3 *db;

	assert_int_equal(
		sqlite3_open_v2(t->path, &db, SQLITE_OPEN_READONLY, NULL),
		SQLITE_OK);
	return db;
}

static long long
raw_int(struct testdb *t, const char *sql)
{
	sqlite3 *db = raw_open(t);
	sqlite3_stmt *s;
	long long v = -1;

	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db));
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v;
}

static char *
raw_text(struct testdb *t, const char *sql)
{
	sqlite3 *db = raw_open(t);
	sqlite3_stmt *s;
	char *v = NULL;

	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db));
	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0) != NULL)
		v = xstrdup((const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v != NULL ? v : xstrdup("");
}

static void
test_seeded_rows(void **state)
{
	struct testdb t;
	struct strlist problems;
	sqlite3 *db;
	sqlite3_stmt *s;
	long n = 0, same = 0;
	char *cause = NULL;

	(void)state;
	fresh(&t);
	seed_demo(&t, 1);
	assert_true(raw_int(&t, "SELECT count(*) FROM screening") > 100);
	/* rujuk <=> a referral, from screening, naming one of its events */
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM screening s WHERE "
				     "s.outcome = 'rujuk' AND NOT EXISTS "
				     "(SELECT 1 FROM referral r WHERE r.id = "
				     "s.referral_id AND r.source = 'skrining' "
				     "AND r.person_id = s.person_id AND "
				     "r.referred_on = s.screened_on)"),
			 0);
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM referral r WHERE "
				     "NOT EXISTS (SELECT 1 FROM screening s "
				     "WHERE s.id = r.source_id AND "
				     "s.referral_id = r.id)"),
			 0);
	/* every referral has its first history row, a closed one two */
	assert_int_equal(raw_int(&t, "SELECT count(*) FROM referral r WHERE "
				     "(SELECT count(*) FROM referral_event e "
				     "WHERE e.referral_id = r.id) <> CASE "
				     "r.status WHEN 'dirujuk' THEN 1 ELSE 2 "
				     "END"),
			 0);
	assert_true(raw_int(&t, "SELECT count(DISTINCT status) FROM referral") >
		    1);
	/* every stored result is what its answers give */
	db = raw_open(&t);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT id FROM screening", -1,
					    &s, NULL),
			 SQLITE_OK);
	while (sqlite3_step(s) == SQLITE_ROW) {
		struct screening_eval e;
		int ok = 0;

		if (store_screening_recompute(
			    t.st, screening_config_defaults(),
			    (const char *)sqlite3_column_text(s, 0), &e, &ok,
			    &cause) < 0)
			fail_msg("recompute: %s", cause);
		n++;
		same += ok;
	}
	sqlite3_finalize(s);
	sqlite3_close(db);
	assert_int_equal(same, n);
	strlist_init(&problems);
	assert_int_equal(store_check(t.st, &problems, &cause), 0);
	strlist_done(&problems);
	testdb_close(&t);
}

static void
test_kader_sees_overdue_lansia(void **state)
{
	struct testdb t;
	struct screening_person *v;
	struct account_login res;
	size_t n, i;
	long lansia = 0, overdue = 0, never = 0, recent = 0;
	char *cause = NULL;

	(void)state;
	fresh(&t);
	seed_demo(&t, 1);
	if (store_account_login(t.st, "kader1", SEED_DEMO_PASSWORD,
				&testdb_policy, 1755000000, &res, &cause) < 0 ||
	    res.result != LOGIN_OK)
		fail_msg("kader1 cannot log in");
	assert_int_equal(
		store_screening_people(t.st, NULL, today0, &v, &n, &cause), 0);
	for (i = 0; i < n; i++) {
		struct screening_due due;

		if (date_age_years(v[i].dob, today0) < SCREENING_LANSIA_YEARS)
			continue;
		lansia++;
		screening_due(screening_config_defaults(), SCREENING_SKILAS,
			      v[i].has_last[SCREENING_SKILAS]
				      ? &v[i].last[SCREENING_SKILAS]
				      : NULL,
			      today0, &due);
		overdue += due.status == SCREENING_DUE_OVERDUE;
		never += due.status == SCREENING_DUE_NEVER;
		recent += due.status == SCREENING_DUE_NOT_YET;
	}
	screening_person_list_free(v, n);
	assert_true(lansia > 5);
	assert_true(overdue > 0);
	assert_true(recent > 0);
	assert_true(never > 0);
	testdb_close(&t);
}

static void
test_same_seed_same_screenings(void **state)
{
	struct testdb a, b, c;
	static const char sql[] =
		"SELECT group_concat(id || person_id || kind || screened_on || "
		"answers || category || ifnull(referral_id, '-'), '|') FROM "
		"(SELECT * FROM screening ORDER BY id)";
	static const char ref[] =
		"SELECT group_concat(id || source_id || status || status_on, "
		"'|') FROM (SELECT * FROM referral ORDER BY id)";
	char *ra, *rb, *rc;

	(void)state;
	fresh(&a);
	fresh(&b);
	fresh(&c);
	seed_demo(&a, 7);
	seed_demo(&b, 7);
	seed_demo(&c, 8);
	ra = raw_text(&a, sql);
	rb = raw_text(&b, sql);
	rc = raw_text(&c, sql);
	assert_true(strlen(ra) > 1000);
	assert_string_equal(ra, rb);
	assert_string_not_equal(ra, rc);
	free(ra);
	free(rb);
	free(rc);
	ra = raw_text(&a, ref);
	rb = raw_text(&b, ref);
	assert_string_equal(ra, rb);
	free(ra);
	free(rb);
	testdb_close(&a);
	testdb_close(&b);
	testdb_close(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_generator, setup),
		cmocka_unit_test_setup(test_seeded_rows, setup),
		cmocka_unit_test_setup(test_kader_sees_overdue_lansia, setup),
		cmocka_unit_test_setup(test_same_seed_same_screenings, setup),
	};

	return cmocka_run_group_tests_name("seed_screening", tests, NULL, NULL);
}
