/* Calendar arithmetic of ILP.md §2 and the date text forms. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "core/date.h"

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

static void
test_days_round_trip(void **state)
{
	long n;

	(void)state;
	assert_int_equal(date_to_days(d(1970, 1, 1)), 0);
	assert_int_equal(date_to_days(d(2000, 3, 1)), 11017);
	for (n = -800000; n < 800000; n += 997)
		assert_int_equal(date_to_days(date_from_days(n)), n);
}

static void
test_leap_years(void **state)
{
	(void)state;
	assert_true(date_is_leap(2024));
	assert_false(date_is_leap(2025));
	assert_false(date_is_leap(1900));
	assert_true(date_is_leap(2000));
	assert_int_equal(date_days_in_month(2024, 2), 29);
	assert_int_equal(date_days_in_month(2023, 2), 28);
	assert_false(date_valid(2025, 2, 29));
	assert_false(date_valid(2025, 4, 31));
	assert_false(date_valid(2025, 13, 1));
	assert_false(date_valid(2025, 0, 1));
	assert_false(date_valid(2025, 1, 0));
}

/* CDSi: a date that does not exist rolls to the 1st of the next month. */
static void
test_add_months_rolls(void **state)
{
	(void)state;
	assert_date(date_add_months(d(2025, 1, 31), 1), 2025, 3, 1);
	assert_date(date_add_months(d(2024, 1, 31), 1), 2024, 3, 1);
	assert_date(date_add_months(d(2024, 1, 29), 1), 2024, 2, 29);
	assert_date(date_add_months(d(2025, 8, 31), 1), 2025, 10, 1);
	assert_date(date_add_months(d(2025, 12, 31), 2), 2026, 3, 3 - 2);
	assert_date(date_add_months(d(2025, 11, 30), 3), 2026, 3, 1);
	assert_date(date_add_months(d(2025, 3, 15), -3), 2024, 12, 15);
	/* born on 29 February: the birthday in a common year is 1 March */
	assert_date(date_add_years(d(2024, 2, 29), 1), 2025, 3, 1);
	assert_date(date_add_years(d(2024, 2, 29), 4), 2028, 2, 29);
}

static void
test_age_months(void **state)
{
	(void)state;
	assert_int_equal(date_age_months(d(2025, 1, 10), d(2025, 1, 10)), 0);
	assert_int_equal(date_age_months(d(2025, 1, 10), d(2025, 2, 9)), 0);
	assert_int_equal(date_age_months(d(2025, 1, 10), d(2025, 2, 10)), 1);
	assert_int_equal(date_age_months(d(2025, 1, 31), d(2025, 2, 28)), 0);
	assert_int_equal(date_age_months(d(2025, 1, 31), d(2025, 3, 1)), 1);
	assert_int_equal(date_age_months(d(2024, 2, 29), d(2025, 2, 28)), 11);
	assert_int_equal(date_age_months(d(2024, 2, 29), d(2025, 3, 1)), 12);
	assert_int_equal(date_age_years(d(2024, 2, 29), d(2025, 2, 28)), 0);
	assert_int_equal(date_age_years(d(2024, 2, 29), d(2025, 3, 1)), 1);
	assert_int_equal(date_age_years(d(1965, 8, 12), d(2025, 8, 11)), 59);
	assert_int_equal(date_age_years(d(1965, 8, 12), d(2025, 8, 12)), 60);
	assert_true(date_age_months(d(2025, 1, 10), d(2025, 1, 9)) < 0);
}

static void
test_parse_iso(void **state)
{
	struct date r;

	(void)state;
	assert_int_equal(date_parse_iso("2025-08-12", &r), 0);
	assert_date(r, 2025, 8, 12);
	assert_int_equal(date_parse_iso("2024-02-29", &r), 0);
	assert_int_equal(date_parse_iso("2025-02-29", &r), -1);
	assert_int_equal(date_parse_iso("2025-8-12", &r), -1);
	assert_int_equal(date_parse_iso("12-08-2025", &r), -1);
	assert_int_equal(date_parse_iso("2025-08-12x", &r), -1);
	assert_int_equal(date_parse_iso("0000-00-00", &r), -1);
	assert_int_equal(date_parse_iso("", &r), -1);
	assert_int_equal(date_parse_iso(NULL, &r), -1);
}

static void
test_parse_ui(void **state)
{
	struct date r;
	char buf[DATE_ISO_LEN];

	(void)state;
	assert_int_equal(date_parse_ui("12-08-2025", &r), 0);
	assert_date(r, 2025, 8, 12);
	assert_int_equal(date_parse_ui("12082025", &r), 0);
	assert_date(r, 2025, 8, 12);
	assert_int_equal(date_parse_ui(" 01/02/2024 ", &r), 0);
	assert_date(r, 2024, 2, 1);
	assert_int_equal(date_parse_ui("31-02-2025", &r), -1);
	assert_int_equal(date_parse_ui("00-00-0000", &r), -1);
	assert_int_equal(date_parse_ui("12-08/2025", &r), -1);
	assert_int_equal(date_parse_ui("1208202", &r), -1);
	assert_int_equal(date_parse_ui("ab-cd-efgh", &r), -1);
	assert_string_equal(date_format_ui(d(2025, 8, 2), buf), "02-08-2025");
	assert_string_equal(date_format_iso(d(2025, 8, 2), buf), "2025-08-02");
}

static void
test_weekday(void **state)
{
	(void)state;
	assert_int_equal(date_weekday(d(1970, 1, 1)), 3);
	assert_int_equal(date_weekday(d(2025, 8, 12)), 1); /* a Tuesday */
	assert_int_equal(date_weekday(d(2026, 11, 24)), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_days_round_trip),
		cmocka_unit_test(test_leap_years),
		cmocka_unit_test(test_add_months_rolls),
		cmocka_unit_test(test_age_months),
		cmocka_unit_test(test_parse_iso),
		cmocka_unit_test(test_parse_ui),
		cmocka_unit_test(test_weekday),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
