/* Form input validators: every class of bad input has its own message. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/i18n.h"
#include "core/validate.h"

#define EMOJI "\xf0\x9f\x98\x80" /* U+1F600 */

static const struct date today = {2025, 8, 12};

static struct date
d(int y, int m, int dd)
{
	struct date r = {y, m, dd};

	return r;
}

static void
assert_date(struct date got, int y, int m, int dd)
{
	if (got.y != y || got.m != m || got.d != dd)
		fail_msg("date %04d-%02d-%02d, want %04d-%02d-%02d", got.y,
			 got.m, got.d, y, m, dd);
}

/*
 * Asserts a failure whose message contains part, then frees it. It takes
 * &cause because the call that sets cause is an argument too.
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

/* A string of n copies of c (the caller frees it). */
static char *
repeat(const char *c, size_t n)
{
	size_t len = strlen(c), i;
	char *s = malloc(n * len + 1);

	for (i = 0; i < n; i++)
		memcpy(s + i * len, c, len);
	s[n * len] = '\0';
	return s;
}

static void
test_is_blank(void **state)
{
	(void)state;
	assert_true(validate_is_blank(NULL));
	assert_true(validate_is_blank(""));
	assert_true(validate_is_blank(" \t\r\n "));
	assert_false(validate_is_blank(" a "));
}

static void
assert_name_ok(const char *in, const char *want)
{
	char *out = NULL, *cause = NULL;

	if (validate_name(in, &out, &cause) != 0)
		fail_msg("name \"%s\" rejected: %s", in, cause);
	assert_null(cause);
	assert_string_equal(out, want);
	free(out);
}

static void
assert_name_bad(const char *in, const char *part)
{
	char *out = (char *)"untouched", *cause = NULL;

	assert_cause(validate_name(in, &out, &cause), &cause, part);
	assert_null(out);
}

static void
test_name_ok(void **state)
{
	char in[128], want_buf[128];
	char *s;

	(void)state;
	assert_name_ok("Siti Aminah", "Siti Aminah");
	assert_name_ok("  siti   aminah\t", "siti aminah");
	assert_name_ok("Budi Santoso\n", "Budi Santoso");
	assert_name_ok("Nur'aini", "Nur'aini");
	assert_name_ok("Nur\xe2\x80\x99"
		       "aini",
		       "Nur'aini"); /* U+2019 */
	assert_name_ok("M. Yusuf", "M. Yusuf");
	assert_name_ok("Abdul-Rahman", "Abdul-Rahman");
	assert_name_ok("Jos\xc3\xa9 Mar\xc3\xad"
		       "a",
		       "Jos\xc3\xa9 Mar\xc3\xad"
		       "a");
	assert_name_ok("Jose\xcc\x81", "Jose\xcc\x81"); /* combining accent */
	assert_name_ok("Ani\xc2\xa0 Sari", "Ani Sari"); /* no-break space */
	assert_name_ok("\xc2\xa0"
		       "Ani Sari\xc2\xa0",
		       "Ani Sari");
	assert_name_ok("\xce\x91\xce\xbd\xce\xb1", "\xce\x91\xce\xbd\xce\xb1");
	assert_name_ok("A", "A");
	/* 100 characters, even of two bytes each, is the limit */
	s = repeat("a", 100);
	assert_name_ok(s, s);
	free(s);
	s = repeat("\xc3\xa9", 100);
	assert_name_ok(s, s);
	free(s);
	/* runs of spaces count as one: 1 + 1 + 98 = 100 characters */
	s = repeat("a", 98);
	snprintf(in, sizeof in, "a    %s", s);
	snprintf(want_buf, sizeof want_buf, "a %s", s);
	assert_name_ok(in, want_buf);
	free(s);
	assert_int_equal(validate_name("Ani", NULL, NULL), 0);
}

static void
test_name_bad(void **state)
{
	char *s;

	(void)state;
	assert_name_bad("", "wajib diisi");
	assert_name_bad(" \t ", "wajib diisi");
	assert_name_bad(NULL, "wajib diisi");
	assert_name_bad("Budi\tSantoso", "karakter kontrol");
	assert_name_bad("Budi\nSantoso", "karakter kontrol");
	assert_name_bad("Budi\x01", "karakter kontrol");
	assert_name_bad("Budi\x7f", "karakter kontrol");
	assert_name_bad("Budi\xc2\x85", "karakter kontrol");     /* C1 NEL */
	assert_name_bad("Budi\xe2\x80\xae", "karakter kontrol"); /* RLO */
	assert_name_bad("12345", "tidak boleh berisi angka");
	assert_name_bad("Anak 2", "tidak boleh berisi angka");
	assert_name_bad("Budi, S.Pd", "tanda ',' tidak boleh");
	assert_name_bad("budi@mail.com", "tanda '@'");
	assert_name_bad("Budi " EMOJI, "tanda U+1F600");
	assert_name_bad("Budi\xc3\x97", "U+00D7"); /* multiplication sign */
	assert_name_bad("...", "nama harus berisi huruf");
	assert_name_bad("'-", "harus berisi huruf");
	assert_name_bad("Budi\xff", "bukan UTF-8");
	assert_name_bad("Budi\xc3", "bukan UTF-8");
	s = repeat("a", 101);
	assert_name_bad(s, "paling banyak 100");
	free(s);
	s = repeat("ab ", 3334); /* 10,002 characters before trimming */
	assert_name_bad(s, "paling banyak 100");
	free(s);
	s = repeat("a", 10000);
	s[9000] = '7';
	assert_name_bad(s, "angka");
	free(s);
	assert_int_equal(validate_name("7", NULL, NULL), -1);
	i18n_set_lang(I18N_EN);
	assert_name_bad("Anak 2", "a name must not contain digits");
	i18n_set_lang(I18N_ID);
}

static void
test_text(void **state)
{
	char *out = NULL, *cause = NULL, *s;

	(void)state;
	assert_int_equal(validate_text("  Jl. Melati No. 5, RT 001  ", 100, 1,
				       &out, &cause),
			 0);
	assert_null(cause);
	assert_string_equal(out, "Jl. Melati No. 5, RT 001");
	free(out);
	assert_int_equal(validate_text("   ", 100, 0, &out, &cause), 0);
	assert_string_equal(out, "");
	free(out);
	assert_int_equal(validate_text(NULL, 100, 0, &out, &cause), 0);
	free(out);
	assert_cause(validate_text("   ", 100, 1, &out, &cause), &cause,
		     "wajib diisi");
	assert_null(out);
	assert_int_equal(validate_text("0123456789", 10, 1, &out, &cause), 0);
	free(out);
	assert_cause(validate_text("0123456789X", 10, 1, &out, &cause), &cause,
		     "paling banyak 10");
	assert_int_equal(
		validate_text("\xc3\xa9\xc3\xa9\xc3\xa9", 3, 1, &out, &cause),
		0);
	free(out);
	assert_cause(validate_text("Jl. A\nNo. 5", 100, 1, &out, &cause),
		     &cause, "karakter kontrol");
	assert_cause(validate_text("Jl. A\tNo. 5", 100, 1, &out, &cause),
		     &cause, "karakter kontrol");
	assert_cause(validate_text("Jl. \x1b[2J", 100, 1, &out, &cause), &cause,
		     "karakter kontrol");
	assert_cause(validate_text("Jl. \xe2\x80\xa8", 100, 1, &out, &cause),
		     &cause, "karakter kontrol"); /* line separator */
	assert_cause(validate_text("Jl. \xe2\x81\xa6", 100, 1, &out, &cause),
		     &cause, "karakter kontrol"); /* bidi isolate */
	assert_cause(validate_text("Jl. \xc0\xae", 100, 1, &out, &cause),
		     &cause, "bukan UTF-8");
	s = repeat("x", 10000);
	assert_cause(validate_text(s, 200, 1, &out, &cause), &cause,
		     "paling banyak 200");
	free(s);
}

static void
assert_phone(const char *in, const char *want)
{
	char *out = NULL, *cause = NULL;

	if (validate_phone(in, &out, &cause) != 0)
		fail_msg("phone \"%s\" rejected: %s", in, cause);
	assert_string_equal(out, want);
	free(out);
}

static void
assert_phone_bad(const char *in, const char *part)
{
	char *out = (char *)"untouched", *cause = NULL;

	assert_cause(validate_phone(in, &out, &cause), &cause, part);
	assert_null(out);
}

static void
test_phone(void **state)
{
	char *s;

	(void)state;
	assert_phone("081234567890", "081234567890");
	assert_phone(" 0812-3456-7890 ", "081234567890");
	assert_phone("+62 812-3456-7890", "081234567890");
	assert_phone("+6281234567890", "081234567890");
	assert_phone("6281234567890", "081234567890");
	assert_phone("+62 (0)812 3456 7890", "081234567890");
	assert_phone("(021) 555.1234", "0215551234");
	assert_phone("02112345", "02112345");               /* 8 digits */
	assert_phone("012345678901234", "012345678901234"); /* 15 digits */
	assert_phone_bad("0211234", "8 sampai 15 angka, tertulis 7");
	assert_phone_bad("0123456789012345", "tertulis 16");
	assert_phone_bad("+62", "tertulis 1");
	assert_phone_bad("", "wajib diisi");
	assert_phone_bad(NULL, "wajib diisi");
	assert_phone_bad("812345678", "diawali 0 atau +62");
	assert_phone_bad("+1 555 123 4567", "diawali 0 atau +62");
	assert_phone_bad("+", "diawali 0 atau +62");
	assert_phone_bad("0812a345678", "hanya boleh berisi angka");
	assert_phone_bad("0812 " EMOJI, "hanya boleh berisi angka");
	assert_phone_bad("08+12345678", "hanya boleh berisi angka");
	assert_phone_bad("++6281234567", "hanya boleh berisi angka");
	assert_phone_bad("0812\t3456789", "hanya boleh berisi angka");
	s = repeat("0", 10000);
	assert_phone_bad(s, "tertulis 10000");
	free(s);
}

static void
test_rtrw(void **state)
{
	char out[VALIDATE_RTRW_LEN] = "";
	char *cause = NULL;

	(void)state;
	assert_int_equal(validate_rtrw("5", out, &cause), 0);
	assert_string_equal(out, "005");
	assert_int_equal(validate_rtrw(" 12 ", out, &cause), 0);
	assert_string_equal(out, "012");
	assert_int_equal(validate_rtrw("05", out, &cause), 0);
	assert_string_equal(out, "005");
	assert_int_equal(validate_rtrw("123", out, &cause), 0);
	assert_string_equal(out, "123");
	assert_null(cause);
	assert_cause(validate_rtrw("0", out, &cause), &cause, "tidak boleh 0");
	assert_cause(validate_rtrw("000", out, &cause), &cause,
		     "tidak boleh 0");
	assert_cause(validate_rtrw("1234", out, &cause), &cause,
		     "1 sampai 3 angka");
	assert_cause(validate_rtrw("0001", out, &cause), &cause,
		     "1 sampai 3 angka");
	assert_cause(validate_rtrw("RT5", out, &cause), &cause,
		     "1 sampai 3 angka");
	assert_cause(validate_rtrw("-1", out, &cause), &cause,
		     "1 sampai 3 angka");
	assert_cause(validate_rtrw("1 2", out, &cause), &cause,
		     "1 sampai 3 angka");
	assert_cause(validate_rtrw(EMOJI, out, &cause), &cause,
		     "1 sampai 3 angka");
	assert_cause(validate_rtrw("", out, &cause), &cause, "wajib diisi");
	assert_string_equal(out, "123");
}

static void
assert_date_ok(const char *in, int y, int m, int dd)
{
	struct date out = {0, 0, 0};
	char *cause = NULL;

	if (validate_date(in, today, &out, &cause) != 0)
		fail_msg("date \"%s\" rejected: %s", in, cause);
	assert_date(out, y, m, dd);
}

static void
assert_date_bad(const char *in, const char *part)
{
	struct date out = {1, 2, 3};
	char *cause = NULL;

	assert_cause(validate_date(in, today, &out, &cause), &cause, part);
	assert_date(out, 1, 2, 3);
}

static void
test_date(void **state)
{
	char *s;

	(void)state;
	assert_date_ok("12-08-2025", 2025, 8, 12); /* today */
	assert_date_ok(" 12/08/2025 ", 2025, 8, 12);
	assert_date_ok("12.08.2025", 2025, 8, 12);
	assert_date_ok("12082025", 2025, 8, 12);
	assert_date_ok("29-02-2024", 2024, 2, 29);
	assert_date_ok("01-01-1900", 1900, 1, 1);
	assert_date_bad(
		"13-08-2025",
		"tanggal 13-08-2025 belum terjadi (hari ini 12-08-2025)");
	assert_date_bad("01-01-2100", "belum terjadi");
	assert_date_bad("31-02-2025",
			"tanggal 31 tidak ada pada bulan 02-2025 (hanya 1 "
			"sampai 28)");
	assert_date_bad("29-02-2025", "hanya 1 sampai 28");
	assert_date_bad("30-02-2024", "hanya 1 sampai 29");
	assert_date_bad("31-04-2025", "hanya 1 sampai 30");
	assert_date_bad("00-00-0000", "bulan 00 tidak ada");
	assert_date_bad("15-13-2000", "bulan 13 tidak ada");
	assert_date_bad("00-01-2000", "tanggal 00 tidak ada");
	assert_date_bad("31-12-1899", "tidak boleh sebelum 01-01-1900");
	assert_date_bad("01-01-0000", "tidak boleh sebelum 01-01-1900");
	assert_date_bad("2025-08-12", "tanggal '2025-08-12' tidak sah");
	assert_date_bad("12-08/2025", "tidak sah; tulis DD-MM-YYYY");
	assert_date_bad("1-8-2025", "tidak sah");
	assert_date_bad("1208202", "tidak sah");
	assert_date_bad("ab-cd-efgh", "tidak sah");
	assert_date_bad("12-08-2025x", "tidak sah");
	assert_date_bad("1" EMOJI "-08-2025", "'1??"
					      "??"
					      "-08-2025' tidak sah");
	assert_date_bad("12-\x1b"
			"8-2025",
			"'12-?8-2025'");
	assert_date_bad("", "wajib diisi");
	assert_date_bad(NULL, "wajib diisi");
	s = repeat("9", 10000);
	assert_date_bad(s, "'99999999999999999999...' tidak sah");
	free(s);
	i18n_set_lang(I18N_EN);
	assert_date_bad("31-02-2025", "there is no day 31 in 02-2025");
	assert_date_bad("13-08-2025", "13-08-2025 is in the future");
	i18n_set_lang(I18N_ID);
}

static void
test_date_range(void **state)
{
	struct date out, lo = d(2025, 1, 1), hi = d(2025, 12, 31);
	char *cause = NULL;

	(void)state;
	assert_int_equal(
		validate_date_range("01-01-2025", lo, hi, &out, &cause), 0);
	assert_int_equal(
		validate_date_range("31-12-2025", lo, hi, &out, &cause), 0);
	assert_cause(validate_date_range("31-12-2024", lo, hi, &out, &cause),
		     &cause, "tidak boleh sebelum 01-01-2025");
	assert_cause(validate_date_range("01-01-2026", lo, hi, &out, &cause),
		     &cause, "tidak boleh sesudah 31-12-2025");
	assert_int_equal(validate_date_range("x", lo, hi, NULL, NULL), -1);
}

static struct date
age_ok(const char *in, struct date at)
{
	struct date out = {0, 0, 0};
	char *cause = NULL;

	if (validate_age(in, at, &out, &cause) != 0)
		fail_msg("age \"%s\" rejected: %s", in, cause);
	return out;
}

static void
assert_age(const char *in, int y, int m, int dd)
{
	assert_date(age_ok(in, today), y, m, dd);
}

static void
assert_age_bad(const char *in, const char *part)
{
	struct date out = {1, 2, 3};
	char *cause = NULL;

	assert_cause(validate_age(in, today, &out, &cause), &cause, part);
	assert_date(out, 1, 2, 3);
}

/* Whole years: today - years - 6 months. */
static void
test_age_years(void **state)
{
	static const char *const forms[] = {
		"35",       "35 th",   "35th",     "35 thn",  "35 tahun",
		"35 TAHUN", "35 Th.",  " 35 y ",   "35y",     "35 yr",
		"35 yrs",   "35 year", "35 years", "35 Years"};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof forms / sizeof forms[0]; i++)
		assert_age(forms[i], 1990, 2, 12);
	assert_age("1", 2024, 2, 12);
	assert_age("120", 1905, 2, 12);
}

/* With months: today - age - 15 days. */
static void
test_age_months(void **state)
{
	static const char *const forms[] = {"8 bl",     "8bl",  "8 bln",
					    "8 bulan",  "8 m",  "8 mo",
					    "8 months", "8 BL."};
	static const char *const mixed[] = {
		"2 th 3 bl",  "2th3bl",      "2 tahun 3 bulan", "2 y 3 m",
		"2 th, 3 bl", "2 yrs 3 mos", "2 th. 3 bl."};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof forms / sizeof forms[0]; i++)
		assert_age(forms[i], 2024, 11, 27);
	for (i = 0; i < sizeof mixed / sizeof mixed[0]; i++)
		assert_age(mixed[i], 2023, 4, 27);
	assert_age("18 bl", 2024, 1, 28);
	assert_age("2 th 0 bl", 2023, 7, 28);
	assert_age("1 bl", 2025, 6, 27);
	assert_age("1440 bl", 1905, 7, 28);
}

static void
test_age_bad(void **state)
{
	struct date out;
	char *cause = NULL, *s;

	(void)state;
	assert_age_bad("", "wajib diisi");
	assert_age_bad(NULL, "wajib diisi");
	assert_age_bad("0", "lebih dari 0");
	assert_age_bad("0 bl", "lebih dari 0");
	assert_age_bad("0 th 0 bl", "lebih dari 0");
	assert_age_bad("121", "paling tinggi 120 tahun");
	assert_age_bad("1441 bl", "paling tinggi 120 tahun");
	assert_age_bad("99999999999999999999", "paling tinggi 120");
	assert_age_bad("2 th 12 bl", "bulan harus 0 sampai 11");
	assert_age_bad("23,5", "tanpa koma");
	assert_age_bad("2.5 th", "tanpa koma");
	assert_age_bad("35 tahun lebih", "umur tidak dimengerti");
	assert_age_bad("abc", "tidak dimengerti");
	assert_age_bad("th 35", "tidak dimengerti");
	assert_age_bad("3 bl 2 th", "tidak dimengerti");
	assert_age_bad("2 th 3", "tidak dimengerti");
	assert_age_bad("35 35", "tidak dimengerti");
	assert_age_bad("1 th 1 th", "tidak dimengerti");
	assert_age_bad("-5", "tidak dimengerti");
	assert_age_bad("35 hari", "tidak dimengerti");
	assert_age_bad("3" EMOJI, "tidak dimengerti");
	assert_age_bad("35\tth", "tidak dimengerti");
	s = repeat("1", 10000);
	assert_age_bad(s, "tidak dimengerti");
	free(s);
	/* the estimate may not fall before 1900 */
	assert_cause(validate_age("60", d(1950, 1, 1), &out, &cause), &cause,
		     "tidak boleh sebelum 01-01-1900");
}

/* The age computed back from the estimate is the age typed. */
static void
test_age_round_trip(void **state)
{
	struct date at;
	char buf[32];
	int day, n;

	(void)state;
	for (day = 0; day < 366 + 31; day += 1) {
		at = date_add_days(d(2023, 12, 1), day);
		for (n = 1; n <= 120; n += 7) {
			snprintf(buf, sizeof buf, "%d", n);
			assert_int_equal(date_age_years(age_ok(buf, at), at),
					 n);
		}
		for (n = 1; n <= 40; n++) {
			snprintf(buf, sizeof buf, "%d bl", n);
			assert_int_equal(date_age_months(age_ok(buf, at), at),
					 n);
		}
	}
}

static void
test_dob(void **state)
{
	struct date out;
	int est = -1;
	char *cause = NULL;

	(void)state;
	assert_int_equal(validate_dob("12-08-1990", today, &out, &est, &cause),
			 0);
	assert_int_equal(est, 0);
	assert_date(out, 1990, 8, 12);
	assert_int_equal(validate_dob("12081990", today, &out, &est, &cause),
			 0);
	assert_int_equal(est, 0);
	assert_int_equal(validate_dob("35 th", today, &out, &est, &cause), 0);
	assert_int_equal(est, 1);
	assert_date(out, 1990, 2, 12);
	est = -1;
	assert_int_equal(validate_dob("35", today, &out, &est, &cause), 0);
	assert_int_equal(est, 1);
	assert_cause(validate_dob("1985", today, &out, &est, &cause), &cause,
		     "tulis tanggal lahir DD-MM-YYYY atau umur");
	assert_cause(validate_dob("31-02-1990", today, &out, &est, &cause),
		     &cause, "tanggal 31 tidak ada");
	assert_cause(validate_dob("12-08-2030", today, &out, &est, &cause),
		     &cause, "belum terjadi");
	assert_cause(validate_dob("12-08", today, &out, &est, &cause), &cause,
		     "umur tidak dimengerti");
	assert_cause(validate_dob("", today, &out, &est, &cause), &cause,
		     "wajib diisi");
	assert_int_equal(validate_dob("8 bl", today, NULL, NULL, NULL), 0);
}

static void
test_long(void **state)
{
	long v = 0;
	char *cause = NULL;

	(void)state;
	assert_int_equal(validate_long("5", 1, 10, &v, &cause), 0);
	assert_int_equal(v, 5);
	assert_int_equal(validate_long(" 10 ", 1, 10, &v, &cause), 0);
	assert_int_equal(validate_long("-3", -5, 5, &v, &cause), 0);
	assert_int_equal(v, -3);
	assert_null(cause);
	assert_cause(validate_long("0", 1, 10, &v, &cause), &cause,
		     "harus angka 1 sampai 10");
	assert_cause(validate_long("11", 1, 10, &v, &cause), &cause,
		     "harus angka 1 sampai 10");
	assert_cause(validate_long("99999999999999999999", 1, 10, &v, &cause),
		     &cause, "harus angka 1 sampai 10");
	assert_cause(validate_long("23,5", 1, 100, &v, &cause), &cause,
		     "harus bilangan bulat tanpa koma, 1 sampai 100");
	assert_cause(validate_long("abc", 1, 10, &v, &cause), &cause,
		     "bukan angka; harus angka 1 sampai 10");
	assert_cause(validate_long("5" EMOJI, 1, 10, &v, &cause), &cause,
		     "bukan angka");
	assert_cause(validate_long("1 2", 1, 100, &v, &cause), &cause,
		     "bukan angka");
	assert_cause(validate_long("", 1, 10, &v, &cause), &cause,
		     "wajib diisi");
	assert_int_equal(v, -3);
}

static void
test_decimal(void **state)
{
	double v = 0;
	char *cause = NULL;

	(void)state;
	assert_int_equal(validate_decimal("23,5", 2, 250, &v, &cause), 0);
	assert_true(v == 23.5);
	assert_int_equal(validate_decimal(" 23.5 ", 2, 250, &v, &cause), 0);
	assert_true(v == 23.5);
	assert_int_equal(validate_decimal("2", 2, 250, &v, &cause), 0);
	assert_int_equal(validate_decimal("250", 2, 250, &v, &cause), 0);
	assert_null(cause);
	assert_cause(validate_decimal("250,1", 2, 250, &v, &cause), &cause,
		     "harus angka 2 sampai 250");
	assert_cause(validate_decimal("1", 18.5, 30, &v, &cause), &cause,
		     "harus angka 18,5 sampai 30");
	assert_cause(validate_decimal("abc", 2, 250, &v, &cause), &cause,
		     "bukan angka; tulis misalnya 23,5");
	assert_cause(validate_decimal("1,2,3", 2, 250, &v, &cause), &cause,
		     "bukan angka");
	assert_cause(validate_decimal("2" EMOJI, 2, 250, &v, &cause), &cause,
		     "bukan angka");
	assert_cause(validate_decimal("1e3", 2, 2000, &v, &cause), &cause,
		     "bukan angka");
	assert_cause(validate_decimal("", 2, 250, &v, &cause), &cause,
		     "wajib diisi");
	i18n_set_lang(I18N_EN);
	assert_cause(validate_decimal("1", 18.5, 30, &v, &cause), &cause,
		     "must be a number from 18.5 to 30");
	i18n_set_lang(I18N_ID);
	assert_true(v == 250);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_is_blank),
		cmocka_unit_test(test_name_ok),
		cmocka_unit_test(test_name_bad),
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_phone),
		cmocka_unit_test(test_rtrw),
		cmocka_unit_test(test_date),
		cmocka_unit_test(test_date_range),
		cmocka_unit_test(test_age_years),
		cmocka_unit_test(test_age_months),
		cmocka_unit_test(test_age_bad),
		cmocka_unit_test(test_age_round_trip),
		cmocka_unit_test(test_dob),
		cmocka_unit_test(test_long),
		cmocka_unit_test(test_decimal),
	};

	i18n_set_lang(I18N_ID);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
