/* Strict UTF-8 decoding (RFC 3629). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "core/utf8.h"

static void
test_decode_valid(void **state)
{
	unsigned cp = 0;

	(void)state;
	assert_int_equal(utf8_decode_strict("A", 1, &cp), 1);
	assert_int_equal(cp, 0x41);
	assert_int_equal(utf8_decode_strict("\xc3\xa9", 2, &cp),
			 2); /* e acute */
	assert_int_equal(cp, 0xe9);
	assert_int_equal(utf8_decode_strict("\xe2\x80\x99", 3, &cp), 3);
	assert_int_equal(cp, 0x2019);
	assert_int_equal(utf8_decode_strict("\xf0\x9f\x98\x80", 4, &cp), 4);
	assert_int_equal(cp, 0x1f600);
	assert_int_equal(utf8_decode_strict("\xf4\x8f\xbf\xbf", 4, &cp), 4);
	assert_int_equal(cp, 0x10ffff);
}

static void
test_decode_malformed(void **state)
{
	unsigned cp;

	(void)state;
	assert_int_equal(utf8_decode_strict("A", 0, &cp), -1);
	assert_int_equal(utf8_decode_strict("\x80", 1, &cp),
			 -1); /* continuation */
	assert_int_equal(utf8_decode_strict("\xc0\xaf", 2, &cp),
			 -1); /* overlong */
	assert_int_equal(utf8_decode_strict("\xe0\x80\xaf", 3, &cp), -1);
	assert_int_equal(utf8_decode_strict("\xed\xa0\x80", 3, &cp),
			 -1); /* D800 */
	assert_int_equal(utf8_decode_strict("\xf4\x90\x80\x80", 4, &cp), -1);
	assert_int_equal(utf8_decode_strict("\xff", 1, &cp), -1);
	assert_int_equal(utf8_decode_strict("\xc3", 1, &cp),
			 -1); /* truncated */
	assert_int_equal(utf8_decode_strict("\xc3\x41", 2, &cp),
			 -1); /* bad tail */
	assert_int_equal(utf8_decode_strict("\xe2\x80\x99", 2, &cp), -1);
}

static void
test_count(void **state)
{
	(void)state;
	assert_int_equal(utf8_count(""), 0);
	assert_int_equal(utf8_count("Siti"), 4);
	assert_int_equal(utf8_count("Jos\xc3\xa9"), 4);
	assert_int_equal(utf8_count("\xf0\x9f\x98\x80!"), 2);
	assert_int_equal(utf8_count("ab\xc3"), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decode_valid),
		cmocka_unit_test(test_decode_malformed),
		cmocka_unit_test(test_count),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
