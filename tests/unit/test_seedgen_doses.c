/*
 * seedgen_doses: the demo village's immunisation histories are
 * deterministic, stay inside [date of birth, today], go to the right
 * people (children under five; Td for women of 15-49), obey the same
 * rules as doses recorded through the store (every dose that is not
 * history is valid for the schedule), and show the variety a trainer
 * needs: most children on time, some late, some catch-up, a few invalid
 * doses copied from a card.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "core/schedule.h"
#include "core/seedgen.h"
#include "helpers/schedule_fixture.h"
#include "util.h"

static const struct date today0 = {2025, 8, 12};

static void
test_deterministic(void **state)
{
	struct schedule *s = fixture_schedule(NULL, NULL);
	struct seedgen_layout *l =
		seedgen_layout_new(SEEDGEN_LAYOUT_DEMO, 7, today0, 150);
	struct seedgen_household h;
	struct seedgen_dose *a = xcalloc(SEEDGEN_MAX_DOSES, sizeof *a);
	struct seedgen_dose *b = xcalloc(SEEDGEN_MAX_DOSES, sizeof *b);
	size_t na, nb, total = 0;
	long i;

	(void)state;
	for (i = 0; i < 150; i++) {
		seedgen_household(l, i, &h);
		na = seedgen_doses(l, s, &h, a, SEEDGEN_MAX_DOSES);
		seedgen_household(l, i, &h);
		nb = seedgen_doses(l, s, &h, b, SEEDGEN_MAX_DOSES);
		assert_int_equal(na, nb);
		assert_memory_equal(a, b, na * sizeof *a);
		total += na;
	}
	assert_true(total > 300);
	free(a);
	free(b);
	seedgen_layout_free(l);
	schedule_free(s);
}

struct tally {
	long children, doses, history, invalid, td, td_women;
	long idl_complete, olds; /* children of 12-59 months */
	long late, catchup, kejar, none;
};

static void
check_child(const struct schedule *s, const struct seedgen_person *p,
	    const struct seedgen_dose *d, size_t n, struct tally *t)
{
	struct dose_given g[SCHEDULE_MAX_GIVEN];
	struct schedule_result r;
	size_t i, k = 0;
	int late = 0, catchup = 0;

	for (i = 0; i < n; i++) {
		assert_int_equal(s->antigens[d[i].antigen].kind,
				 SCHEDULE_FOR_CHILD);
		g[k].antigen = d[i].antigen;
		g[k].date = d[i].date;
		k++;
	}
	assert_int_equal(schedule_evaluate(s, p->dob, today0, g, k, &r), 0);
	/* a dose that satisfied nothing must have come from a card */
	for (i = 0; i < r.n_doses; i++) {
		assert_true(d[r.doses[i].given_index].history);
		assert_int_equal(r.doses[i].status, SCHEDULE_INVALID);
		t->invalid++;
	}
	for (i = 0; i < r.n_targets; i++) {
		late |= r.targets[i].status == SCHEDULE_LATE;
		catchup |= r.targets[i].status == SCHEDULE_CATCHUP;
		t->kejar += r.targets[i].timing == SCHEDULE_IM_KEJAR;
	}
	t->late += late;
	t->catchup += catchup;
	t->none += n == 0;
	if (date_age_months(p->dob, today0) >= 12) {
		t->olds++;
		t->idl_complete += r.idl_complete;
	}
}

static void
check_woman(const struct schedule *s, int td, const struct seedgen_dose *d,
	    size_t n, struct tally *t)
{
	struct dose_given g[SCHEDULE_MAX_GIVEN];
	struct schedule_td_result r;
	size_t i;

	for (i = 0; i < n; i++) {
		assert_int_equal(d[i].antigen, td);
		g[i].antigen = d[i].antigen;
		g[i].date = d[i].date;
	}
	assert_int_equal(schedule_td_evaluate(s, td, today0, g, n, &r), 0);
	for (i = 0; i < r.n_doses; i++)
		if (r.doses[i].status != SCHEDULE_VALID)
			assert_true(d[r.doses[i].given_index].history);
	t->td += (long)n;
	t->td_women += n > 0;
}

/* Runs the household's doses person by person through the evaluator. */
static void
check_household(const struct schedule *s, const struct seedgen_household *h,
		const struct seedgen_dose *d, size_t n, struct tally *t)
{
	int td = schedule_antigen_of_kind(s, SCHEDULE_FOR_WUS), i;
	size_t k = 0, j;

	for (j = 0; j < n; j++) {
		const struct seedgen_person *p = &h->persons[d[j].person];

		assert_true(d[j].person >= 0 && d[j].person < h->npersons);
		assert_true(date_cmp(d[j].date, p->dob) >= 0);
		assert_true(date_cmp(d[j].date, today0) <= 0);
		assert_true(j == 0 || d[j - 1].person <= d[j].person);
		if (!d[j].history)
			assert_true(d[j].batch[0] != '\0');
		t->history += d[j].history;
	}
	for (i = 0; i < h->npersons; i++) {
		const struct seedgen_person *p = &h->persons[i];
		int months = date_age_months(p->dob, today0);
		size_t first = k;

		while (k < n && d[k].person == i)
			k++;
		if (months < 60) {
			t->children++;
			check_child(s, p, d + first, k - first, t);
		} else if (k > first) {
			assert_int_equal(p->sex, 'P');
			assert_true(date_age_years(p->dob, today0) <= 49);
			check_woman(s, td, d + first, k - first, t);
		}
	}
	t->doses += (long)n;
}

static void
test_rules_and_variety(void **state)
{
	struct schedule *s = fixture_schedule(NULL, NULL);
	struct seedgen_layout *l =
		seedgen_layout_new(SEEDGEN_LAYOUT_LARGE, 1, today0, 3000);
	struct seedgen_dose *d = xcalloc(SEEDGEN_MAX_DOSES, sizeof *d);
	struct seedgen_household h;
	struct tally t;
	size_t n;
	long i;

	(void)state;
	memset(&t, 0, sizeof t);
	for (i = 0; i < l->households; i++) {
		seedgen_household(l, i, &h);
		n = seedgen_doses(l, s, &h, d, SEEDGEN_MAX_DOSES);
		assert_true(n < SEEDGEN_MAX_DOSES);
		check_household(s, &h, d, n, &t);
	}
	print_message("# %ld children, %ld doses (%ld history), %ld invalid, "
		      "IDL %ld/%ld, late %ld, catch-up %ld, IM-Kejar %ld, "
		      "none %ld, Td %ld for %ld women\n",
		      t.children, t.doses, t.history, t.invalid, t.idl_complete,
		      t.olds, t.late, t.catchup, t.kejar, t.none, t.td,
		      t.td_women);
	assert_true(t.children > 1000);
	/* most children of 12-59 months have IDL; not all */
	assert_true(t.idl_complete * 100 > t.olds * 50);
	assert_true(t.idl_complete < t.olds);
	/* some late, some catch-up, some given late (IM-Kejar) */
	assert_true(t.late > t.children / 50);
	assert_true(t.catchup > t.children / 100);
	assert_true(t.kejar > t.children / 10);
	/* a few invalid doses from cards, and some children with none */
	assert_true(t.invalid > 10 && t.invalid < t.children / 10);
	assert_true(t.none > 0);
	assert_true(t.history > t.doses / 5 && t.history < t.doses);
	assert_true(t.td_women > 100);
	free(d);
	seedgen_layout_free(l);
	schedule_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_deterministic),
		cmocka_unit_test(test_rules_and_variety),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
