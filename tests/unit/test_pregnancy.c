/* Pregnancy dates: HPL, gestational age, trimester, checks and nifas. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/i18n.h"
#include "core/lifestage.h"
#include "core/pregnancy.h"

static struct date
d(int y, int m, int dd)
{
	struct date r = {y, m, dd};

	return r;
}

static void
assert_date(struct date got, int y, int m, int dd)
{
	assert_int_equal(got.y, y);
	assert_int_equal(got.m, m);
	assert_int_equal(got.d, dd);
}

/*
 * Asserts that a check failed with a message containing part, and frees
 * the message. It takes &cause: the call that sets it is an argument too.
 */
static void
assert_cause(int rc, char **cause, const char *part)
{
	assert_int_equal(rc, -1);
	assert_non_null(*cause);
	if (strstr(*cause, part) == NULL)
		fail_msg("message \"%s\" lacks \"%s\"", *cause, part);
	free(*cause);
	*cause = NULL;
}

static void
test_hpl_hpht(void **state)
{
	(void)state;
	assert_date(pregnancy_hpl(d(2025, 1, 1)), 2025, 10, 8);
	assert_date(pregnancy_hpht(d(2025, 10, 8)), 2025, 1, 1);
	/* across a leap day */
	assert_date(pregnancy_hpl(d(2023, 6, 1)), 2024, 3, 7);
	assert_date(pregnancy_hpl(d(2024, 6, 1)), 2025, 3, 8);
	assert_date(pregnancy_hpht(pregnancy_hpl(d(2024, 2, 29))), 2024, 2, 29);
}

static void
test_gestational_age(void **state)
{
	struct pregnancy_ga ga = {-1, -1};

	(void)state;
	assert_int_equal(pregnancy_ga(d(2025, 1, 1), d(2024, 12, 31), &ga), -1);
	assert_int_equal(ga.weeks, -1);
	assert_int_equal(pregnancy_ga(d(2025, 1, 1), d(2025, 1, 1), &ga), 0);
	assert_int_equal(ga.weeks, 0);
	assert_int_equal(ga.days, 0);
	assert_int_equal(pregnancy_ga(d(2025, 1, 1), d(2025, 1, 7), &ga), 0);
	assert_int_equal(ga.weeks, 0);
	assert_int_equal(ga.days, 6);
	assert_int_equal(pregnancy_ga(d(2025, 1, 1), d(2025, 1, 8), &ga), 0);
	assert_int_equal(ga.weeks, 1);
	assert_int_equal(ga.days, 0);
	/* HPL is 40 weeks 0 days; it goes on after that */
	assert_int_equal(pregnancy_ga(d(2025, 1, 1), d(2025, 10, 8), &ga), 0);
	assert_int_equal(ga.weeks, 40);
	assert_int_equal(ga.days, 0);
	assert_int_equal(pregnancy_ga(d(2025, 1, 1), d(2025, 10, 18), &ga), 0);
	assert_int_equal(ga.weeks, 41);
	assert_int_equal(ga.days, 3);
}

/* Completed weeks: <= 12 first, <= 24 second, then third. */
static void
test_trimester(void **state)
{
	struct date hpht = d(2025, 1, 1);

	(void)state;
	assert_int_equal(pregnancy_trimester(hpht, d(2024, 12, 31)), 0);
	assert_int_equal(pregnancy_trimester(hpht, hpht), 1);
	assert_int_equal(pregnancy_trimester(hpht, date_add_days(hpht, 90)),
			 1); /* 12 weeks 6 days */
	assert_int_equal(pregnancy_trimester(hpht, date_add_days(hpht, 91)),
			 2); /* 13 weeks */
	assert_int_equal(pregnancy_trimester(hpht, date_add_days(hpht, 174)),
			 2); /* 24 weeks 6 days */
	assert_int_equal(pregnancy_trimester(hpht, date_add_days(hpht, 175)),
			 3); /* 25 weeks */
	assert_int_equal(pregnancy_trimester(hpht, date_add_days(hpht, 300)),
			 3);
}

static void
test_check_hpht(void **state)
{
	struct date today = d(2025, 8, 12);
	char *cause = (char *)"untouched";

	(void)state;
	assert_int_equal(pregnancy_check_hpht(today, today, &cause), 0);
	assert_null(cause);
	assert_int_equal(pregnancy_check_hpht(d(2025, 1, 1), today, &cause), 0);
	/* 308 days (44 weeks) ago is allowed, 309 is not */
	assert_int_equal(
		pregnancy_check_hpht(date_add_days(today, -308), today, &cause),
		0);
	assert_cause(
		pregnancy_check_hpht(date_add_days(today, -309), today, &cause),
		&cause, "44 minggu");
	assert_cause(pregnancy_check_hpht(d(2025, 8, 13), today, &cause),
		     &cause, "13-08-2025");
	assert_int_equal(pregnancy_check_hpht(d(2030, 1, 1), today, NULL), -1);
}

static void
test_check_hpl(void **state)
{
	struct date today = d(2025, 8, 12);
	char *cause = NULL;

	(void)state;
	/* 280 days ahead is allowed (HPHT today), 281 is not */
	assert_int_equal(
		pregnancy_check_hpl(date_add_days(today, 280), today, &cause),
		0);
	assert_null(cause);
	assert_cause(
		pregnancy_check_hpl(date_add_days(today, 281), today, &cause),
		&cause, "280 hari");
	/* 28 days past is allowed (HPHT 44 weeks ago), 29 is not */
	assert_int_equal(
		pregnancy_check_hpl(date_add_days(today, -28), today, &cause),
		0);
	assert_cause(
		pregnancy_check_hpl(date_add_days(today, -29), today, &cause),
		&cause, "sudah lewat");
	assert_int_equal(pregnancy_check_hpl(today, today, NULL), 0);
}

/* Pregnancy only for women aged 10-55 at HPHT. */
static void
test_check_mother(void **state)
{
	struct date hpht = d(2025, 3, 15);
	char *cause = NULL;

	(void)state;
	assert_int_equal(
		pregnancy_check_mother('P', d(1995, 1, 1), hpht, &cause), 0);
	assert_null(cause);
	assert_cause(pregnancy_check_mother('L', d(1995, 1, 1), hpht, &cause),
		     &cause, "perempuan");
	/* 10th birthday on HPHT: allowed; the day before: 9 */
	assert_int_equal(
		pregnancy_check_mother('P', d(2015, 3, 15), hpht, &cause), 0);
	assert_cause(pregnancy_check_mother('P', d(2015, 3, 16), hpht, &cause),
		     &cause, "umur ibu pada HPHT 9 tahun");
	/* 55 years and 364 days: allowed; 56th birthday: not */
	assert_int_equal(
		pregnancy_check_mother('P', d(1969, 3, 16), hpht, &cause), 0);
	assert_cause(pregnancy_check_mother('P', d(1969, 3, 15), hpht, &cause),
		     &cause, "56 tahun");
	i18n_set_lang(I18N_EN);
	assert_cause(pregnancy_check_mother('P', d(2020, 1, 1), hpht, &cause),
		     &cause, "aged 10 to 55");
	i18n_set_lang(I18N_ID);
}

static void
test_check_end(void **state)
{
	struct date hpht = d(2025, 1, 1), today = d(2025, 8, 12);
	char *cause = NULL;

	(void)state;
	assert_int_equal(
		pregnancy_check_end(hpht, d(2025, 8, 1), today, &cause), 0);
	assert_int_equal(pregnancy_check_end(hpht, hpht, today, &cause), 0);
	assert_int_equal(pregnancy_check_end(hpht, today, today, &cause), 0);
	assert_cause(pregnancy_check_end(hpht, d(2024, 12, 31), today, &cause),
		     &cause, "sebelum HPHT");
	assert_cause(pregnancy_check_end(hpht, d(2025, 8, 13), today, &cause),
		     &cause, "belum terjadi");
}

static void
test_nifas(void **state)
{
	struct date delivery = d(2025, 3, 1);
	struct lifestage_facts f = {0};
	long i;

	(void)state;
	assert_date(pregnancy_nifas_end(delivery), 2025, 4, 12);
	assert_false(pregnancy_is_nifas(delivery, d(2025, 2, 28)));
	assert_true(pregnancy_is_nifas(delivery, delivery));
	assert_true(pregnancy_is_nifas(delivery, d(2025, 4, 12)));
	assert_false(pregnancy_is_nifas(delivery, d(2025, 4, 13)));
	/* lifestage agrees on every day around the period */
	f.dob = d(1995, 6, 1);
	f.sex = 'P';
	f.delivered = 1;
	f.delivery = delivery;
	for (i = -3; i <= 46; i++) {
		struct date at = date_add_days(delivery, i);
		int nifas = (lifestage_of(&f, at) & LIFESTAGE_NIFAS) != 0;

		assert_int_equal(nifas, pregnancy_is_nifas(delivery, at));
		assert_int_equal(nifas, i >= 0 && i <= 42);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hpl_hpht),
		cmocka_unit_test(test_gestational_age),
		cmocka_unit_test(test_trimester),
		cmocka_unit_test(test_check_hpht),
		cmocka_unit_test(test_check_hpl),
		cmocka_unit_test(test_check_mother),
		cmocka_unit_test(test_check_end),
		cmocka_unit_test(test_nifas),
	};

	i18n_set_lang(I18N_ID);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
