/* core/referral: statuses, moves, the overdue rule and outcome checks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "core/referral.h"

static struct date
d(int y, int m, int dd)
{
	struct date r = {y, m, dd};

	return r;
}

static void
test_codes(void **state)
{
	enum referral_status s;
	enum referral_dest dst;
	enum referral_source src;

	(void)state;
	assert_int_equal(referral_status_parse("tidak_datang", &s), 0);
	assert_int_equal(s, REFERRAL_TIDAK_DATANG);
	assert_int_equal(referral_status_parse("gone", &s), -1);
	assert_int_equal(referral_dest_parse("rs", &dst), 0);
	assert_int_equal(dst, REFERRAL_RS);
	assert_int_equal(referral_source_parse("skrining", &src), 0);
	assert_string_equal(referral_status_code(REFERRAL_SELESAI), "selesai");
	assert_null(referral_status_code((enum referral_status)9));
}

static void
test_moves(void **state)
{
	(void)state;
	assert_true(referral_can_move(REFERRAL_DIRUJUK, REFERRAL_DATANG));
	assert_true(referral_can_move(REFERRAL_DIRUJUK, REFERRAL_TIDAK_DATANG));
	assert_true(referral_can_move(REFERRAL_DIRUJUK, REFERRAL_SELESAI));
	assert_true(referral_can_move(REFERRAL_TIDAK_DATANG, REFERRAL_DATANG));
	assert_true(referral_can_move(REFERRAL_DATANG, REFERRAL_SELESAI));
	assert_false(referral_can_move(REFERRAL_DATANG, REFERRAL_DIRUJUK));
	assert_false(referral_can_move(REFERRAL_DATANG, REFERRAL_TIDAK_DATANG));
	assert_false(referral_can_move(REFERRAL_SELESAI, REFERRAL_DATANG));
	assert_false(referral_can_move(REFERRAL_DIRUJUK, REFERRAL_DIRUJUK));
	assert_true(referral_is_open(REFERRAL_TIDAK_DATANG));
	assert_false(referral_is_open(REFERRAL_SELESAI));
}

static void
test_overdue_boundary(void **state)
{
	struct date fu = d(2025, 8, 19);

	(void)state;
	/* on the follow-up date it is due, not past; the day after it is */
	assert_false(referral_is_overdue(REFERRAL_DIRUJUK, fu, d(2025, 8, 18)));
	assert_false(referral_is_overdue(REFERRAL_DIRUJUK, fu, d(2025, 8, 19)));
	assert_true(referral_is_overdue(REFERRAL_DIRUJUK, fu, d(2025, 8, 20)));
	assert_true(
		referral_is_overdue(REFERRAL_TIDAK_DATANG, fu, d(2025, 9, 1)));
	/* seen at the facility or closed: not the kader's task */
	assert_false(referral_is_overdue(REFERRAL_DATANG, fu, d(2025, 9, 1)));
	assert_false(referral_is_overdue(REFERRAL_SELESAI, fu, d(2025, 9, 1)));
}

static void
test_outcome_checks(void **state)
{
	char *cause = NULL;
	char note[400];

	(void)state;
	assert_int_equal(referral_check_outcome(REFERRAL_DIRUJUK,
						REFERRAL_DATANG, d(2025, 8, 12),
						d(2025, 8, 14), d(2025, 8, 20),
						"", &cause),
			 0);
	assert_int_equal(referral_check_outcome(REFERRAL_DIRUJUK,
						REFERRAL_DATANG, d(2025, 8, 12),
						d(2025, 8, 11), d(2025, 8, 20),
						"", &cause),
			 -1);
	assert_non_null(strstr(cause, "sebelum"));
	free(cause);
	assert_int_equal(referral_check_outcome(REFERRAL_DIRUJUK,
						REFERRAL_DATANG, d(2025, 8, 12),
						d(2025, 8, 21), d(2025, 8, 20),
						"", &cause),
			 -1);
	free(cause);
	assert_int_equal(referral_check_outcome(REFERRAL_SELESAI,
						REFERRAL_DATANG, d(2025, 8, 12),
						d(2025, 8, 14), d(2025, 8, 20),
						"", &cause),
			 -1);
	free(cause);
	memset(note, 'x', sizeof note - 1);
	note[sizeof note - 1] = '\0';
	assert_int_equal(referral_check_outcome(REFERRAL_DIRUJUK,
						REFERRAL_DATANG, d(2025, 8, 12),
						d(2025, 8, 14), d(2025, 8, 20),
						note, &cause),
			 -1);
	free(cause);
	assert_int_equal(referral_check_outcome(REFERRAL_DIRUJUK,
						REFERRAL_DATANG, d(2025, 8, 12),
						d(2025, 8, 14), d(2025, 8, 20),
						"a\x01", &cause),
			 -1);
	free(cause);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_codes),
		cmocka_unit_test(test_moves),
		cmocka_unit_test(test_overdue_boundary),
		cmocka_unit_test(test_outcome_checks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
