/* NIK and No. KK (ILP.md section 1). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/i18n.h"
#include "core/nik.h"

static struct date
d(int y, int m, int dd)
{
	struct date r = {y, m, dd};

	return r;
}

/* Parses s expecting failure with a message containing part. */
static void
assert_nik_bad(const char *s, const char *part)
{
	struct nik_info n;
	char *cause = NULL;

	assert_int_equal(nik_parse(s, &n, &cause), -1);
	assert_non_null(cause);
	if (strstr(cause, part) == NULL)
		fail_msg("NIK \"%.40s\": \"%s\" lacks \"%s\"", s, cause, part);
	free(cause);
}

static void
assert_nik_ok(const char *s, struct nik_info *n)
{
	char *cause = (char *)"untouched";

	if (nik_parse(s, n, &cause) != 0)
		fail_msg("NIK \"%s\" rejected: %s", s, cause);
	assert_null(cause);
}

static void
test_valid_male(void **state)
{
	struct nik_info n;

	(void)state;
	assert_nik_ok("3201011508850001", &n);
	assert_string_equal(n.digits, "3201011508850001");
	assert_int_equal(n.province, 32);
	assert_int_equal(n.regency, 1);
	assert_int_equal(n.district, 1);
	assert_int_equal(n.day, 15);
	assert_int_equal(n.month, 8);
	assert_int_equal(n.yy, 85);
	assert_int_equal(n.sex, 'L');
	assert_int_equal(n.serial, 1);
	/* blanks around are ignored */
	assert_nik_ok("  3201011508850001\n", &n);
	assert_string_equal(n.digits, "3201011508850001");
}

static void
test_valid_female(void **state)
{
	struct nik_info n;

	(void)state;
	assert_nik_ok("3201015508859999", &n);
	assert_int_equal(n.day, 15);
	assert_int_equal(n.sex, 'P');
	assert_int_equal(n.serial, 9999);
	assert_nik_ok("3201014101000001", &n); /* day 41 = the 1st */
	assert_int_equal(n.day, 1);
	assert_int_equal(n.sex, 'P');
	assert_nik_ok("3201017101000001", &n); /* day 71 = the 31st */
	assert_int_equal(n.day, 31);
}

static void
test_length(void **state)
{
	char big[10001];

	(void)state;
	assert_nik_bad("320101150885001", "harus 16 angka, tertulis 15");
	assert_nik_bad("32010115088500011", "harus 16 angka, tertulis 17");
	assert_nik_bad("1", "tertulis 1");
	memset(big, '3', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	assert_nik_bad(big, "tertulis 10000");
	assert_nik_bad("", "wajib diisi");
	assert_nik_bad("   ", "wajib diisi");
	assert_nik_bad(NULL, "wajib diisi");
}

static void
test_not_digits(void **state)
{
	(void)state;
	assert_nik_bad("320101150885000A", "hanya boleh berisi angka");
	assert_nik_bad("3201 0115 0885 0001", "hanya boleh berisi angka");
	assert_nik_bad("3201-01-150885-0001", "hanya boleh berisi angka");
	assert_nik_bad("32010115088500\xf0\x9f\x98\x80", "hanya boleh");
	assert_nik_bad("-201011508850001", "hanya boleh");
	assert_nik_bad("\xd9\xa3"
		       "201011508850001",
		       "hanya boleh"); /* Arabic 3 */
}

/* Province 11..96, and 99 for demo and test data. */
static void
test_province(void **state)
{
	struct nik_info n;

	(void)state;
	assert_nik_bad("1001011508850001", "kode provinsi 10 tidak ada");
	assert_nik_bad("9701011508850001", "kode provinsi 97 tidak ada");
	assert_nik_bad("9801011508850001", "kode provinsi 98");
	assert_nik_bad("0001011508850001", "kode provinsi 00");
	assert_nik_ok("1101011508850001", &n);
	assert_nik_ok("9601011508850001", &n);
	assert_nik_ok("9901011508850001", &n);
	assert_int_equal(n.province, 99);
}

static void
test_impossible_date(void **state)
{
	struct nik_info n;

	(void)state;
	assert_nik_bad("3201013102850001", "tanggal lahir 310285");
	assert_nik_bad("3201017102850001", "tidak mungkin"); /* 31-02, woman */
	assert_nik_bad("3201010008850001", "tidak mungkin"); /* day 00 */
	assert_nik_bad("3201013201850001", "tidak mungkin"); /* day 32 */
	assert_nik_bad("3201014001850001", "tidak mungkin"); /* day 40 */
	assert_nik_bad("3201017201850001", "tidak mungkin"); /* day 72 */
	assert_nik_bad("3201019901850001", "tidak mungkin");
	assert_nik_bad("3201011500850001", "tidak mungkin"); /* month 00 */
	assert_nik_bad("3201011513850001", "tidak mungkin"); /* month 13 */
	assert_nik_bad("3201013104850001", "tidak mungkin"); /* 31 April */
	assert_nik_bad("3201012902850001", "tidak mungkin"); /* 1985 */
	assert_nik_ok("3201012902840001", &n); /* 1984 or 2084: leap */
	assert_nik_ok("3201016902000001", &n); /* 2000 was leap */
	assert_int_equal(n.day, 29);
	assert_int_equal(n.sex, 'P');
}

static void
test_serial(void **state)
{
	struct nik_info n;

	(void)state;
	assert_nik_bad("3201011508850000", "nomor urut");
	assert_nik_ok("3201011508850010", &n);
	assert_int_equal(n.serial, 10);
}

/* The first problem found is the one reported. */
static void
test_order_and_language(void **state)
{
	struct nik_info n;
	char *cause = NULL;

	(void)state;
	assert_nik_bad("97010131028500A0", "hanya boleh"); /* before length */
	assert_nik_bad("9701013102850000", "provinsi");    /* before date */
	assert_nik_bad("3201013102850000", "tanggal");     /* before serial */
	assert_int_equal(nik_parse("123", &n, NULL), -1);
	i18n_set_lang(I18N_EN);
	assert_int_equal(nik_parse("1001011508850001", &n, &cause), -1);
	assert_string_equal(cause, "NIK: there is no province 10 (the first 2 "
				   "digits must be 11 to 96)");
	free(cause);
	i18n_set_lang(I18N_ID);
}

static struct nik_info
parsed(const char *s)
{
	struct nik_info n;

	assert_nik_ok(s, &n);
	return n;
}

static void
assert_warning(int rc, char **warning, const char *part)
{
	assert_int_equal(rc, 1);
	assert_non_null(*warning);
	if (strstr(*warning, part) == NULL)
		fail_msg("warning \"%s\" lacks \"%s\"", *warning, part);
	free(*warning);
	*warning = NULL;
}

static void
test_check_person(void **state)
{
	struct nik_info man = parsed("3201011508850001");
	struct nik_info woman = parsed("3201015508850002");
	char *w = (char *)"untouched";

	(void)state;
	assert_int_equal(nik_check_person(&man, 'L', d(1985, 8, 15), 0, &w), 0);
	assert_null(w);
	assert_int_equal(nik_check_person(&woman, 'P', d(1985, 8, 15), 0, &w),
			 0);
	/* the same date in another century: YY is all a NIK holds */
	assert_int_equal(nik_check_person(&man, 'L', d(1885, 8, 15), 0, &w), 0);
	/* a woman's NIK without the +40 */
	assert_warning(nik_check_person(&man, 'P', d(1985, 8, 15), 0, &w), &w,
		       "NIK ini milik laki-laki, tetapi jenis kelamin "
		       "tertulis perempuan");
	assert_warning(nik_check_person(&woman, 'L', d(1985, 8, 15), 0, &w), &w,
		       "milik perempuan");
	assert_warning(
		nik_check_person(&man, 'L', d(1985, 8, 16), 0, &w), &w,
		"tanggal lahir pada NIK 15-08-..85, tetapi tanggal lahir "
		"tertulis 16-08-1985");
	assert_warning(nik_check_person(&man, 'L', d(1985, 9, 15), 0, &w), &w,
		       "15-09-1985");
	assert_warning(nik_check_person(&man, 'L', d(1986, 8, 15), 0, &w), &w,
		       "15-08-1986");
	/* both at once, in one message */
	assert_warning(nik_check_person(&man, 'P', d(1990, 1, 1), 0, &w), &w,
		       "perempuan; tanggal lahir pada NIK");
	assert_int_equal(nik_check_person(&man, 'P', d(1990, 1, 1), 0, NULL),
			 1);
	/* sex not known: not compared */
	assert_int_equal(nik_check_person(&man, '?', d(1985, 8, 15), 0, &w), 0);
}

/* An estimated DOB is compared by year only, one year either way. */
static void
test_check_estimated(void **state)
{
	struct nik_info man = parsed("3201011508850001");
	struct nik_info y99 = parsed("3201011508990001");
	struct nik_info y00 = parsed("3201011508000001");
	char *w = NULL;

	(void)state;
	assert_int_equal(nik_check_person(&man, 'L', d(1985, 2, 1), 1, &w), 0);
	assert_int_equal(nik_check_person(&man, 'L', d(1984, 2, 1), 1, &w), 0);
	assert_int_equal(nik_check_person(&man, 'L', d(1986, 12, 1), 1, &w), 0);
	assert_warning(nik_check_person(&man, 'L', d(1987, 1, 1), 1, &w), &w,
		       "tahun lahir pada NIK ..85 jauh dari perkiraan tahun "
		       "lahir 1987");
	assert_warning(nik_check_person(&man, 'L', d(1983, 1, 1), 1, &w), &w,
		       "1983");
	/* across a century */
	assert_int_equal(nik_check_person(&y99, 'L', d(2000, 2, 1), 1, &w), 0);
	assert_int_equal(nik_check_person(&y00, 'L', d(1999, 2, 1), 1, &w), 0);
	assert_warning(nik_check_person(&y00, 'L', d(1998, 2, 1), 1, &w), &w,
		       "..00");
	/* the sex is still compared */
	assert_warning(nik_check_person(&man, 'P', d(1985, 2, 1), 1, &w), &w,
		       "milik laki-laki");
}

static void
test_birth_date(void **state)
{
	struct date today = d(2025, 8, 12), out = {0, 0, 0};
	struct nik_info n;

	(void)state;
	n = parsed("3201011508850001");
	assert_int_equal(nik_birth_date(&n, today, &out), 0);
	assert_int_equal(date_cmp(out, d(1985, 8, 15)), 0);
	n = parsed("3201011508240001");
	assert_int_equal(nik_birth_date(&n, today, &out), 0);
	assert_int_equal(date_cmp(out, d(2024, 8, 15)), 0);
	n = parsed("3201011208250001"); /* today itself */
	assert_int_equal(nik_birth_date(&n, today, &out), 0);
	assert_int_equal(date_cmp(out, d(2025, 8, 12)), 0);
	n = parsed("3201011308250001"); /* tomorrow: a century back */
	assert_int_equal(nik_birth_date(&n, today, &out), 0);
	assert_int_equal(date_cmp(out, d(1925, 8, 13)), 0);
	n = parsed("3201016902000001");
	assert_int_equal(nik_birth_date(&n, today, &out), 0);
	assert_int_equal(date_cmp(out, d(2000, 2, 29)), 0);
	/* 29-02-00 seen in 2100 (not leap): 2000 */
	assert_int_equal(nik_birth_date(&n, d(2100, 12, 31), &out), 0);
	assert_int_equal(date_cmp(out, d(2000, 2, 29)), 0);
	/* nothing before year 1 */
	n = parsed("3201011508850001");
	assert_int_equal(nik_birth_date(&n, d(50, 1, 1), &out), -1);
}

static void
assert_kk_bad(const char *s, const char *part)
{
	char out[NIK_LEN + 1];
	char *cause = NULL;

	assert_int_equal(nik_kk_parse(s, out, &cause), -1);
	assert_non_null(cause);
	if (strstr(cause, part) == NULL)
		fail_msg("KK \"%.40s\": \"%s\" lacks \"%s\"", s, cause, part);
	free(cause);
}

static void
test_kk(void **state)
{
	char out[NIK_LEN + 1];
	char *cause = (char *)"untouched";

	(void)state;
	assert_int_equal(nik_kk_parse(" 3201012345670001 ", out, &cause), 0);
	assert_null(cause);
	assert_string_equal(out, "3201012345670001");
	/* the date and serial parts are not checked for a KK */
	assert_int_equal(nik_kk_parse("9901019999990000", out, &cause), 0);
	assert_kk_bad("0000000000000000", "No. KK tidak boleh semua nol");
	assert_kk_bad("0001012345670001", "No. KK: kode provinsi 00");
	assert_kk_bad("9701012345670001", "kode provinsi 97");
	assert_kk_bad("1001012345670001", "kode provinsi 10");
	assert_kk_bad("320101234567000", "No. KK harus 16 angka, tertulis 15");
	assert_kk_bad("32010123456700012", "tertulis 17");
	assert_kk_bad("32010123456700O1", "No. KK hanya boleh berisi angka");
	assert_kk_bad("", "wajib diisi");
	assert_int_equal(nik_kk_parse("1", out, NULL), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_male),
		cmocka_unit_test(test_valid_female),
		cmocka_unit_test(test_length),
		cmocka_unit_test(test_not_digits),
		cmocka_unit_test(test_province),
		cmocka_unit_test(test_impossible_date),
		cmocka_unit_test(test_serial),
		cmocka_unit_test(test_order_and_language),
		cmocka_unit_test(test_check_person),
		cmocka_unit_test(test_check_estimated),
		cmocka_unit_test(test_birth_date),
		cmocka_unit_test(test_kk),
	};

	i18n_set_lang(I18N_ID);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
