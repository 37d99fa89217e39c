/*
 * The demo village's past home visits (core/seedgen_visit, store_seed):
 * deterministic, every answer valid and asked of a member present and
 * born by then, no date after today; the village has households never
 * visited, a pregnant woman not visited for more than 30 days and an
 * open referral past its follow-up date; the rows pass `ilp check` and
 * the priority list shows those reasons.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "core/i18n.h"
#include "core/lifestage.h"
#include "core/seedgen.h"
#include "helpers/testdb.h"
#include "store/priority.h"
#include "store/seed.h"
#include "util.h"

static const struct date today0 = {2025, 8, 12};
static struct settings cfg;

static int
setup(void **state)
{
	struct strlist errs;

	(void)state;
	i18n_set_lang(I18N_ID);
	strlist_init(&errs);
	config_defaults(&cfg);
	if (config_load_data(&cfg, &errs) != 0) {
		strlist_done(&errs);
		return -1;
	}
	strlist_done(&errs);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	config_free(&cfg);
	return 0;
}

/* Every visit of 150 demo households, checked one by one. */
static void
test_generated_visits_are_valid(void **state)
{
	struct seedgen_layout *l =
		seedgen_layout_new(SEEDGEN_LAYOUT_DEMO, 1, today0, 150);
	struct seedgen_household *h = xmalloc(sizeof *h);
	struct seedgen_visits *v = xmalloc(sizeof *v), *w = xmalloc(sizeof *w);
	long i, visited = 0, late_hamil = 0, open_past = 0, answers = 0;
	int k, a;

	(void)state;
	for (i = 0; i < l->households; i++) {
		seedgen_household(l, i, h);
		seedgen_visits(l, h, cfg.checklists, v);
		seedgen_visits(l, h, cfg.checklists, w);
		assert_memory_equal(v, w, sizeof *v); /* deterministic */
		visited += v->n > 0;
		for (k = 0; k < v->n; k++) {
			const struct seedgen_visit *x = &v->v[k];

			assert_true(date_cmp(x->on, today0) <= 0);
			assert_true(date_diff_days(x->on, today0) <= 365);
			assert_true(x->present != 0);
			if (k > 0)
				assert_true(date_cmp(v->v[k - 1].on, x->on) <
					    0);
			for (a = x->first; a < x->first + x->count; a++) {
				const struct seedgen_visit_answer *y = &v->a[a];
				struct checklist_answer ans;
				char *why = NULL;

				answers++;
				assert_int_equal(
					checklist_parse_answer(y->item, y->text,
							       &ans, &why),
					0);
				assert_int_equal(
					checklist_outcome(y->item, &ans, NULL),
					y->level);
				if (y->person < 0) {
					assert_true(y->item->household);
					continue;
				}
				assert_true(x->present & (1u << y->person));
				assert_true(date_cmp(h->persons[y->person].dob,
						     x->on) <= 0);
				assert_true(checklist_applies(
					y->item, x->stages[y->person],
					h->persons[y->person].sex,
					date_age_months(
						h->persons[y->person].dob,
						x->on)));
			}
		}
		for (k = 0; k < v->nr; k++) {
			const struct seedgen_visit_referral *r = &v->r[k];
			struct date on = v->v[r->visit].on;

			assert_true(date_cmp(r->status_on, on) >= 0);
			assert_true(date_cmp(r->status_on, today0) <= 0);
			if (r->status == 0 && date_diff_days(on, today0) > 7)
				open_past++;
		}
		/* a pregnant woman whose last visit is over 30 days old */
		if (v->n > 0 && date_diff_days(v->v[v->n - 1].on, today0) > 30)
			for (k = 0; k < h->npregnancies; k++)
				late_hamil += !h->pregnancies[k].ended;
	}
	assert_true(visited > 30 && visited < 120); /* and some never */
	assert_true(late_hamil > 0);
	assert_true(open_past > 0);
	assert_true(answers > 500);
	/* without checklists: no visits */
	seedgen_household(l, 0, h);
	seedgen_visits(l, h, NULL, v);
	assert_int_equal(v->n, 0);
	free(h);
	free(v);
	free(w);
	seedgen_layout_free(l);
}

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

static int
any_reason(const struct priority_row *v, size_t n, const char *text)
{
	size_t i, j;

	for (i = 0; i < n; i++)
		for (j = 0; j < v[i].reasons.n; j++)
			if (strstr(v[i].reasons.v[j], text) != NULL)
				return 1;
	return 0;
}

/* The seeded rows: consistent, checked, and what the priority list shows. */
static void
test_seeded_village(void **state)
{
	struct store_open_options opt = {.create = 1, .busy_timeout_ms = 5000};
	struct seed_options o;
	struct testdb t;
	struct strlist problems;
	struct priority_row *rows;
	size_t n;
	char *cause = NULL;

	(void)state;
	t.dir = testdb_mkdtemp();
	t.path = xasprintf("%s/ilp.db", t.dir);
	if (store_open(t.path, &opt, &t.st, &cause) < 0)
		fail_msg("store_open: %s", cause);
	store_set_system_actor(t.st, "test");
	memset(&o, 0, sizeof o);
	o.households = 150;
	o.seed = 1;
	o.today = today0;
	o.layout = SEEDGEN_LAYOUT_DEMO;
	o.checklists = cfg.checklists;
	if (store_seed(t.st, &o, &cause) < 0)
		fail_msg("store_seed: %s", cause);
	strlist_init(&problems);
	assert_int_equal(store_check(t.st, &problems, &cause), 0);
	strlist_done(&problems);

	assert_true(raw_int(t.path, "SELECT count(*) FROM visit") > 50);
	assert_true(raw_int(t.path,
			    "SELECT count(*) FROM household WHERE id "
			    "NOT IN (SELECT household_id FROM visit)") > 20);
	/* every referral points at its visit and a person present there */
	assert_int_equal(
		raw_int(t.path,
			"SELECT count(*) FROM referral r WHERE "
			"r.source = 'kunjungan' AND NOT EXISTS (SELECT 1 FROM visit_member m WHERE "
			"m.visit_id = r.source_id AND m.person_id = "
			"r.person_id)"),
		0);
	assert_int_equal(raw_int(t.path,
				 "SELECT count(*) FROM referral r WHERE "
				 "(SELECT count(*) FROM referral_event "
				 "e WHERE e.referral_id = r.id) <> "
				 "r.version"),
			 0);
	assert_true(raw_int(t.path,
			    "SELECT count(*) FROM referral WHERE status "
			    "= 'dirujuk' AND followup_on < "
			    "'2025-08-12'") > 0);
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM audit WHERE tbl "
					 "LIKE 'visit%'"),
			 0); /* the bulk load writes one 'seed' row */
	assert_int_equal(raw_int(t.path, "SELECT count(*) FROM audit WHERE "
					 "action = 'seed' AND summary LIKE "
					 "'%visits=%'"),
			 1);

	assert_int_equal(store_priority_list(t.st, NULL, NULL, today0, &rows,
					     &n, &cause),
			 0);
	assert_true(any_reason(rows, n, "Rumah belum pernah dikunjungi"));
	assert_true(any_reason(rows, n, "rujukan lewat tanggal tindak lanjut"));
	assert_true(any_reason(rows, n, ": belum dikunjungi "));
	priority_rows_free(rows, n);
	testdb_close(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_generated_visits_are_valid),
		cmocka_unit_test(test_seeded_village),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
