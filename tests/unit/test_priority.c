/*
 * Priority visit list (ILP.md §4): each rule at its boundary (29/30/31
 * days for pregnant women, 12 months +/- 1 day for SKILAS, the follow-up
 * date of a referral), the reasons' words, and the order of the list.
 * Life stages are passed as bits, as the store will compute them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/lifestage.h"
#include "core/priority.h"
#include "util.h"

static int
setup(void **state)
{
	(void)state;
	i18n_set_lang(I18N_EN);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	i18n_set_lang(I18N_ID);
	return 0;
}

static struct date
d(int y, int m, int dd)
{
	struct date r = {y, m, dd};

	return r;
}

static struct priority_person
person(const char *name, unsigned stages)
{
	struct priority_person p;

	memset(&p, 0, sizeof p);
	p.name = name;
	p.stages = stages;
	return p;
}

/* The reasons of one person today: how many, written to out. */
static size_t
reasons(const struct priority_person *p, struct date today,
	struct priority_reason *out)
{
	return priority_person_reasons(p, 0, today, out, PRIORITY_RULE_COUNT);
}

static void
assert_text(const struct priority_reason *r,
	    const struct priority_person *members, const char *want)
{
	char *s = priority_reason_text(r, members);

	assert_string_equal(s, want);
	free(s);
}

/* ---- referral follow-up ---- */

static void
test_followup_date(void **state)
{
	struct date f = priority_followup_date(d(2025, 1, 10));

	(void)state;
	assert_int_equal(date_cmp(f, d(2025, 1, 17)), 0);
	f = priority_followup_date(d(2025, 1, 28));
	assert_int_equal(date_cmp(f, d(2025, 2, 4)), 0);
	f = priority_followup_date(d(2024, 12, 29));
	assert_int_equal(date_cmp(f, d(2025, 1, 5)), 0);
}

/* Past = after the follow-up date; on the date itself it is due. */
static void
test_followup_past(void **state)
{
	struct date f = d(2025, 1, 17);

	(void)state;
	assert_false(priority_followup_past(f, d(2025, 1, 16)));
	assert_false(priority_followup_past(f, d(2025, 1, 17)));
	assert_true(priority_followup_past(f, d(2025, 1, 18)));
	assert_true(priority_followup_past(f, d(2025, 3, 1)));
}

static void
test_referral_past_followup(void **state)
{
	struct priority_person p = person("Budi", LIFESTAGE_DEWASA);
	struct priority_reason r[PRIORITY_RULE_COUNT];

	(void)state;
	p.visited = 1;
	p.last_visit = d(2025, 1, 10);
	p.open_referrals = 1;
	p.followup = priority_followup_date(d(2025, 1, 10));
	assert_int_equal(reasons(&p, d(2025, 1, 17), r), 0);
	assert_int_equal(reasons(&p, d(2025, 1, 18), r), 1);
	assert_int_equal(r[0].rule, PRIORITY_RUJUKAN_LEWAT);
	assert_int_equal(r[0].days, 1);
	assert_int_equal(reasons(&p, d(2025, 1, 27), r), 1);
	assert_int_equal(r[0].days, 10);
	assert_text(&r[0], &p,
		    "Budi: referral 10 days past its follow-up "
		    "date");
	i18n_set_lang(I18N_ID);
	assert_text(&r[0], &p,
		    "Budi: rujukan lewat tanggal tindak lanjut 10 "
		    "hari");
	i18n_set_lang(I18N_EN);
	/* no open referral: nothing, however old the follow-up date */
	p.open_referrals = 0;
	assert_int_equal(reasons(&p, d(2025, 6, 1), r), 0);
}

/* ---- pregnant women ---- */

static void
test_hamil_30_days(void **state)
{
	struct priority_person p =
		person("Siti", LIFESTAGE_HAMIL | LIFESTAGE_DEWASA);
	struct priority_reason r[PRIORITY_RULE_COUNT];

	(void)state;
	p.visited = 1;
	p.last_visit = d(2025, 3, 1);
	/* 29 days: not yet */
	assert_int_equal(reasons(&p, d(2025, 3, 30), r), 0);
	/* 30 days: due */
	assert_int_equal(reasons(&p, d(2025, 3, 31), r), 1);
	assert_int_equal(r[0].rule, PRIORITY_HAMIL_KUNJUNGAN);
	assert_int_equal(r[0].days, 30);
	/* 31 days */
	assert_int_equal(reasons(&p, d(2025, 4, 1), r), 1);
	assert_int_equal(r[0].days, 31);
	assert_text(&r[0], &p, "Pregnant woman Siti: not visited for 31 days");
	/* the same visit gap for someone not pregnant is no reason */
	p.stages = LIFESTAGE_DEWASA;
	assert_int_equal(reasons(&p, d(2025, 4, 1), r), 0);
	/* never visited: at once */
	p.stages = LIFESTAGE_HAMIL;
	p.visited = 0;
	assert_int_equal(reasons(&p, d(2025, 4, 1), r), 1);
	assert_int_equal(r[0].days, -1);
	assert_text(&r[0], &p, "Pregnant woman Siti: never visited");
	/* a visit dated after today (a data slip) is not "never" */
	p.visited = 1;
	p.last_visit = d(2025, 4, 2);
	assert_int_equal(reasons(&p, d(2025, 4, 1), r), 0);
}

static void
test_hamil_open_referral(void **state)
{
	struct priority_person p = person("Siti", LIFESTAGE_HAMIL);
	struct priority_reason r[PRIORITY_RULE_COUNT];
	size_t n;

	(void)state;
	p.visited = 1;
	p.last_visit = d(2025, 3, 10);
	p.open_referrals = 1;
	p.followup = d(2025, 3, 17);
	n = reasons(&p, d(2025, 3, 12), r);
	assert_int_equal(n, 1);
	assert_int_equal(r[0].rule, PRIORITY_HAMIL_RUJUKAN);
	assert_int_equal(r[0].count, 1);
	assert_text(&r[0], &p, "Pregnant woman Siti: referral still open (1)");
	/* later: also past follow-up, and 30 days without a visit */
	n = reasons(&p, d(2025, 4, 9), r);
	assert_int_equal(n, 3);
	assert_int_equal(r[0].rule, PRIORITY_HAMIL_RUJUKAN);
	assert_int_equal(r[1].rule, PRIORITY_RUJUKAN_LEWAT);
	assert_int_equal(r[1].days, 23);
	assert_int_equal(r[2].rule, PRIORITY_HAMIL_KUNJUNGAN);
	assert_int_equal(r[2].days, 30);
	/* room for only one: the most urgent */
	assert_int_equal(priority_person_reasons(&p, 4, d(2025, 4, 9), r, 1),
			 1);
	assert_int_equal(r[0].rule, PRIORITY_HAMIL_RUJUKAN);
	assert_int_equal(r[0].member, 4);
}

/* ---- newborns, children, lansia ---- */

static void
test_newborn_not_visited(void **state)
{
	struct priority_person p = person(
		"Bayi Ny. Siti", LIFESTAGE_NEONATUS | LIFESTAGE_BAYI |
					 LIFESTAGE_BADUTA | LIFESTAGE_BALITA);
	struct priority_reason r[PRIORITY_RULE_COUNT];

	(void)state;
	assert_int_equal(reasons(&p, d(2025, 5, 3), r), 1);
	assert_int_equal(r[0].rule, PRIORITY_NEONATUS);
	assert_text(&r[0], &p, "Newborn Bayi Ny. Siti: not visited yet");
	p.visited = 1;
	p.last_visit = d(2025, 5, 2);
	assert_int_equal(reasons(&p, d(2025, 5, 3), r), 0);
	/* past the neonatal period the rule no longer applies */
	p.visited = 0;
	p.stages = LIFESTAGE_BAYI | LIFESTAGE_BADUTA | LIFESTAGE_BALITA;
	assert_int_equal(reasons(&p, d(2025, 6, 3), r), 0);
}

static void
test_dofu(void **state)
{
	struct priority_person p = person(
		"Adi", LIFESTAGE_BAYI | LIFESTAGE_BADUTA | LIFESTAGE_BALITA);
	struct priority_reason r[PRIORITY_RULE_COUNT];

	(void)state;
	p.visited = 1;
	p.last_visit = d(2025, 1, 1);
	assert_int_equal(reasons(&p, d(2025, 5, 3), r), 0);
	p.late_doses = 1;
	assert_int_equal(reasons(&p, d(2025, 5, 3), r), 1);
	assert_int_equal(r[0].rule, PRIORITY_DOFU);
	assert_int_equal(r[0].count, 1);
	p.catchup_doses = 2;
	assert_int_equal(reasons(&p, d(2025, 5, 3), r), 1);
	assert_int_equal(r[0].count, 3);
	assert_text(&r[0], &p, "Adi: 3 late or catch-up doses (DOFU)");
	p.late_doses = 0;
	assert_int_equal(reasons(&p, d(2025, 5, 3), r), 1);
	assert_int_equal(r[0].count, 2);
}

/* Due when today is after the last SKILAS + 12 calendar months. */
static void
test_lansia_skilas_12_months(void **state)
{
	struct priority_person p = person("Nenek Minah", LIFESTAGE_LANSIA);
	struct priority_reason r[PRIORITY_RULE_COUNT];

	(void)state;
	p.visited = 1;
	p.last_visit = d(2025, 6, 1);
	p.skilas_done = 1;
	p.last_skilas = d(2024, 6, 15);
	assert_int_equal(reasons(&p, d(2025, 6, 14), r), 0); /* - 1 day */
	assert_int_equal(reasons(&p, d(2025, 6, 15), r), 0); /* 12 months */
	assert_int_equal(reasons(&p, d(2025, 6, 16), r), 1); /* + 1 day */
	assert_int_equal(r[0].rule, PRIORITY_LANSIA_SKILAS);
	assert_int_equal(r[0].days, 366);
	assert_text(&r[0], &p,
		    "Older person Nenek Minah: last SKILAS 366 "
		    "days ago (over 12 months)");
	/* 29 February: the anniversary rolls to 1 March (CDSi) */
	p.last_skilas = d(2024, 2, 29);
	assert_int_equal(reasons(&p, d(2025, 2, 28), r), 0);
	assert_int_equal(reasons(&p, d(2025, 3, 1), r), 0);
	assert_int_equal(reasons(&p, d(2025, 3, 2), r), 1);
	/* never screened */
	p.skilas_done = 0;
	assert_int_equal(reasons(&p, d(2025, 3, 2), r), 1);
	assert_int_equal(r[0].days, -1);
	assert_text(&r[0], &p,
		    "Older person Nenek Minah: never screened "
		    "with SKILAS");
	/* not lansia: no SKILAS rule */
	p.stages = LIFESTAGE_DEWASA;
	assert_int_equal(reasons(&p, d(2025, 3, 2), r), 0);
}

/* ---- the list ---- */

static void
test_household_never_visited(void **state)
{
	struct priority_household h = {0, NULL, 0};
	struct priority_list list;

	(void)state;
	priority_build(&h, 1, d(2025, 1, 1), &list);
	assert_int_equal(list.n, 1);
	assert_int_equal(list.v[0].n_reasons, 1);
	assert_int_equal(list.v[0].reasons[0].rule, PRIORITY_RUMAH_BARU);
	assert_int_equal(list.v[0].reasons[0].member, -1);
	assert_text(&list.v[0].reasons[0], NULL, "Household never visited");
	priority_list_done(&list);
	h.visited = 1;
	priority_build(&h, 1, d(2025, 1, 1), &list);
	assert_int_equal(list.n, 0);
	priority_list_done(&list);
}

static void
test_list_order(void **state)
{
	const struct date today = d(2025, 4, 1);
	struct priority_person lansia = person("Minah", LIFESTAGE_LANSIA);
	struct priority_person hamil40 = person("Ani", LIFESTAGE_HAMIL);
	struct priority_person hamil31 = person("Siti", LIFESTAGE_HAMIL);
	struct priority_person hamil31b = person("Rina", LIFESTAGE_HAMIL);
	struct priority_person baby = person("Bayi", LIFESTAGE_NEONATUS);
	struct priority_person well = person("Budi", LIFESTAGE_DEWASA);
	struct priority_person mix[3];
	struct priority_household h[8];
	struct priority_list list;
	size_t order[] = {4, 7, 1, 2, 6, 0, 3};
	size_t i;

	(void)state;
	hamil40.visited = hamil31.visited = hamil31b.visited = 1;
	hamil40.last_visit = date_add_days(today, -40);
	hamil31.last_visit = hamil31b.last_visit = date_add_days(today, -31);
	mix[0] = well;
	mix[1] = person("Tuti", LIFESTAGE_HAMIL);
	mix[2] = person("Dodi", LIFESTAGE_BALITA);
	mix[2].late_doses = 2;

	h[0] = (struct priority_household){1, &lansia, 1};
	h[1] = (struct priority_household){1, &hamil40, 1};
	h[2] = (struct priority_household){1, &hamil31, 1};
	h[3] = (struct priority_household){0, NULL, 0};
	h[4] = (struct priority_household){1, &baby, 1};
	h[5] = (struct priority_household){1, &well, 1};
	h[6] = (struct priority_household){1, &hamil31b, 1};
	h[7] = (struct priority_household){0, mix, 3};
	priority_build(h, 8, today, &list);
	assert_int_equal(list.n, ILP_ARRAY_LEN(order));
	/*
	 * newborn first; then pregnant women, never visited (the mixed
	 * household) before 40 days before 31 days, equal days in the
	 * caller's order; then lansia; the empty new household last. The
	 * well household is left out.
	 */
	for (i = 0; i < list.n; i++)
		assert_int_equal(list.v[i].household, order[i]);
	/* the mixed household lists all its reasons, most urgent first */
	assert_int_equal(list.v[1].n_reasons, 3);
	assert_int_equal(list.v[1].reasons[0].rule, PRIORITY_HAMIL_KUNJUNGAN);
	assert_int_equal(list.v[1].reasons[0].member, 1);
	assert_int_equal(list.v[1].reasons[1].rule, PRIORITY_DOFU);
	assert_int_equal(list.v[1].reasons[1].member, 2);
	assert_int_equal(list.v[1].reasons[2].rule, PRIORITY_RUMAH_BARU);
	assert_text(&list.v[1].reasons[0], mix,
		    "Pregnant woman Tuti: never visited");
	assert_text(&list.v[1].reasons[1], mix,
		    "Dodi: 2 late or catch-up doses (DOFU)");
	priority_list_done(&list);
	priority_list_done(NULL);
}

/* Forty days later the list grows (the tmux scenario, in core). */
static void
test_list_moves_with_today(void **state)
{
	struct priority_person siti = person("Siti", LIFESTAGE_HAMIL);
	struct priority_household h = {1, &siti, 1};
	struct priority_list list;

	(void)state;
	siti.visited = 1;
	siti.last_visit = d(2025, 3, 1);
	priority_build(&h, 1, d(2025, 3, 2), &list);
	assert_int_equal(list.n, 0);
	priority_list_done(&list);
	priority_build(&h, 1, date_add_days(d(2025, 3, 2), 40), &list);
	assert_int_equal(list.n, 1);
	assert_int_equal(list.v[0].reasons[0].days, 41);
	priority_list_done(&list);
	priority_build(NULL, 0, d(2025, 3, 2), &list);
	assert_int_equal(list.n, 0);
	priority_list_done(&list);
}

static void
test_reason_without_name(void **state)
{
	struct priority_person p = person(NULL, LIFESTAGE_HAMIL);
	struct priority_reason r[PRIORITY_RULE_COUNT];

	(void)state;
	assert_int_equal(reasons(&p, d(2025, 1, 1), r), 1);
	assert_text(&r[0], &p, "Pregnant woman (no name): never visited");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_followup_date),
		cmocka_unit_test(test_followup_past),
		cmocka_unit_test(test_referral_past_followup),
		cmocka_unit_test(test_hamil_30_days),
		cmocka_unit_test(test_hamil_open_referral),
		cmocka_unit_test(test_newborn_not_visited),
		cmocka_unit_test(test_dofu),
		cmocka_unit_test(test_lansia_skilas_12_months),
		cmocka_unit_test(test_household_never_visited),
		cmocka_unit_test(test_list_order),
		cmocka_unit_test(test_list_moves_with_today),
		cmocka_unit_test(test_reason_without_name),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
