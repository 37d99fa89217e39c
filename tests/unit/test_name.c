/* Name keys and the duplicate guard's fuzzy comparison. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/name.h"

static void
assert_key(const char *in, const char *want)
{
	char *got = name_search_key(in);

	if (strcmp(got, want) != 0)
		fail_msg("search key of \"%s\": \"%s\", want \"%s\"", in, got,
			 want);
	free(got);
}

static void
assert_norm(const char *in, const char *want)
{
	char *got = name_normalize(in);

	if (strcmp(got, want) != 0)
		fail_msg("normal form of \"%s\": \"%s\", want \"%s\"", in, got,
			 want);
	free(got);
}

static void
test_search_key(void **state)
{
	(void)state;
	assert_key("Siti Aminah", "siti aminah");
	assert_key("  SITI   AMINAH  ", "siti aminah");
	assert_key("M. Yusuf-Ali", "m yusuf ali");
	assert_key("M.Yusuf", "m yusuf");
	assert_key("Nur'aini", "nuraini");
	assert_key("Nur\xe2\x80\x99"
		   "aini",
		   "nuraini"); /* U+2019 */
	assert_key("Nur`aini", "nuraini");
	assert_key("Jos\xc3\xa9", "jose");   /* precomposed e acute */
	assert_key("Jose\xcc\x81", "jose");  /* e + combining acute */
	assert_key("\xc3\x89LISE", "elise"); /* capital E acute */
	assert_key("Stra\xc3\x9f"
		   "e",
		   "strasse"); /* sharp s */
	assert_key("\xc3\x86sa", "aesa");
	assert_key("\xc5\x81ukasz", "lukasz"); /* L stroke */
	assert_key("Ni\tKetut\nAyu", "ni ketut ayu");
	assert_key("Ani\xc2\xa0Sari", "ani sari");     /* no-break space */
	assert_key("Ani\xe2\x80\x94Sari", "ani sari"); /* em dash */
	assert_key("a\xc3\x97"
		   "b",
		   "a b"); /* multiplication sign */
	assert_key("\xce\x91\xce\xbd\xce\xb1", "\xce\x91\xce\xbd\xce\xb1");
	assert_key("Budi\xff\xfe", "budi"); /* malformed bytes */
	assert_key("Anak 2", "anak 2");
	assert_key("", "");
	assert_key("  .-'  ", "");
	assert_key(NULL, "");
}

static void
test_normalize(void **state)
{
	(void)state;
	assert_norm("Nur Aini", "nuraini");
	assert_norm("NURAINI", "nuraini");
	assert_norm(" Nur-Aini ", "nuraini");
	assert_norm("M. Yusuf", "myusuf");
	assert_norm(NULL, "");
}

static void
test_distance(void **state)
{
	(void)state;
	assert_int_equal(name_distance("", "", 2), 0);
	assert_int_equal(name_distance("abc", "abc", 0), 0);
	assert_int_equal(name_distance("", "ab", 2), 2);
	assert_int_equal(name_distance("ab", "", 2), 2);
	assert_int_equal(name_distance("rina", "rini", 2), 1);  /* substitute */
	assert_int_equal(name_distance("rina", "rinah", 2), 1); /* insert */
	assert_int_equal(name_distance("rinah", "rina", 2), 1); /* delete */
	assert_int_equal(name_distance("rina", "rian", 2), 1);  /* transpose */
	assert_int_equal(name_distance("kitten", "sitting", 5), 3);
	assert_int_equal(name_distance("abcdef", "badcfe", 5), 3);
	/* optimal string alignment: "ca" -> "abc" is 3, not 2 */
	assert_int_equal(name_distance("ca", "abc", 5), 3);
	/* bounded: max + 1 once it is out of reach */
	assert_int_equal(name_distance("kitten", "sitting", 2), 3);
	assert_int_equal(name_distance("kitten", "sitting", 0), 1);
	assert_int_equal(name_distance("a", "abcdefgh", 2), 3);
	assert_int_equal(name_distance("abcdefgh", "zyxwvuts", 1), 2);
	assert_int_equal(name_distance("same", "same", 0), 0);
}

static void
test_distance_long(void **state)
{
	char *a = malloc(5001), *b = malloc(5001);

	(void)state;
	memset(a, 'a', 5000);
	a[5000] = '\0';
	memcpy(b, a, 5001);
	b[2500] = 'b';
	assert_int_equal(name_distance(a, b, 2), 1);
	memset(b, 'b', 5000);
	assert_int_equal(name_distance(a, b, 2), 3);
	free(a);
	free(b);
}

static void
test_threshold(void **state)
{
	(void)state;
	assert_int_equal(name_threshold(0), 0);
	assert_int_equal(name_threshold(3), 0);
	assert_int_equal(name_threshold(4), 1);
	assert_int_equal(name_threshold(7), 1);
	assert_int_equal(name_threshold(8), 2);
	assert_int_equal(name_threshold(40), 2);
}

static void
test_similar(void **state)
{
	(void)state;
	/* case, spacing and punctuation do not count */
	assert_true(name_similar("Siti Aminah", "SITI  AMINAH"));
	assert_true(name_similar("Nur Aini", "Nuraini"));
	assert_true(name_similar("Nur'aini", "nur aini"));
	assert_true(name_similar("Jos\xc3\xa9", "Jose"));
	/* shorter than 4: exact only */
	assert_true(name_similar("Ani", "ANI"));
	assert_false(name_similar("Ani", "Adi"));
	assert_false(name_similar("Ani", "Ina"));
	/* 4 to 7: one edit */
	assert_true(name_similar("Rina", "Rini"));
	assert_true(name_similar("Rina", "Rinah"));
	assert_true(name_similar("Budi", "Bdui"));
	assert_false(name_similar("Rina", "Rudi"));
	assert_true(name_similar("Muhamad", "Muhammad")); /* shorter is 7 */
	assert_false(name_similar("Muhamad", "Mohammad"));
	/* 8 and more: two edits */
	assert_true(name_similar("Mohamad Rizki", "Muhammad Rizki"));
	assert_true(name_similar("Nurhayati", "Nurhayatie"));
	assert_true(name_similar("Siti Aminah", "Siti Aminaa"));
	assert_true(name_similar("Dewi Lestari", "Dewi Lestray"));
	assert_false(name_similar("Dewi Lestari", "Dewi Lestiyani"));
	assert_false(name_similar("Siti Aminah", "Siti Aisyah"));
	/* empty never matches */
	assert_false(name_similar("", ""));
	assert_false(name_similar("...", "..."));
	assert_false(name_similar(NULL, "Ani"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_search_key),
		cmocka_unit_test(test_normalize),
		cmocka_unit_test(test_distance),
		cmocka_unit_test(test_distance_long),
		cmocka_unit_test(test_threshold),
		cmocka_unit_test(test_similar),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
