/*
 * nik: the Nomor Induk Kependudukan and the No. KK (family card number)
 * of ILP.md section 1. A malformed number is rejected; a NIK whose date
 * or sex part disagrees with the person is only a warning for the user to
 * confirm, since real NIKs have clerical quirks. Province 99 (no real
 * province) is accepted so that demo and test data can never match a
 * real person. Uniqueness is the store's business, not this module's.
 * Pure C; no curses or SQL.
 */
#ifndef ILP_CORE_NIK_H
#define ILP_CORE_NIK_H

#include "core/date.h"

#define NIK_LEN 16
#define NIK_PROVINCE_MIN 11
#define NIK_PROVINCE_MAX 96
#define NIK_PROVINCE_DEMO 99

/* The parts of a well-formed NIK. */
struct nik_info {
	char digits[NIK_LEN + 1]; /* the 16 digits, blanks trimmed */
	int province;             /* digits 1-2: 11..96, or 99 */
	int regency;              /* digits 3-4, kabupaten/kota (not checked) */
	int district;             /* digits 5-6, kecamatan (not checked) */
	int day;                  /* digits 7-8, 1..31 with the 40 removed */
	int month;                /* digits 9-10, 1..12 */
	int yy;                   /* digits 11-12, year of birth mod 100 */
	char sex;                 /* 'P' when digits 7-8 are 41..71, else 'L' */
	int serial;               /* digits 13-16, 1..9999 */
};

/*
 * Parses a NIK. Leading and trailing blanks are ignored; anything else
 * must be exactly 16 digits with a province 11..96 or 99, a day 01..31
 * (41..71 for women), a month 01..12 making a real date (29 February
 * only when YY is a multiple of 4, since 2000 was a leap year), and a
 * serial other than 0000. Returns 0 and fills *out, or -1 and sets
 * *cause to an allocated message naming the first thing wrong (empty,
 * non-digit, length, province, date, serial); the caller frees it.
 * cause may be NULL.
 */
int nik_parse(const char *s, struct nik_info *out, char **cause);

/*
 * Compares a parsed NIK with a person's sex ('L' or 'P'; anything else
 * is not compared) and date of birth. For an exact DOB the day, month
 * and dob.y % 100 must equal the NIK's; for an estimated one only the
 * year is compared, allowing one year either way (an age typed as "35"
 * can be a year off), modulo 100. Returns 0 when they agree (and sets
 * *warning to NULL), or 1 and sets *warning to an allocated message
 * saying what disagrees, for the user to confirm; the caller frees it.
 * warning may be NULL.
 */
int nik_check_person(const struct nik_info *n, char sex, struct date dob,
		     int dob_estimated, char **warning);

/*
 * The birth date a NIK encodes, with the century chosen so the date is
 * the latest one not after today (YY 24 read on 2025-01-01 is 2024, YY 30
 * is 1930). Returns 0, or -1 when no such date exists in years 1..9999.
 */
int nik_birth_date(const struct nik_info *n, struct date today,
		   struct date *out);

/*
 * Parses a No. KK: blanks around ignored, exactly 16 digits, not all
 * zeros, and a province 11..96 or 99 in digits 1-2 as for a NIK. (The
 * other digits are not checked: ILP.md sets no rule for them.) Returns 0
 * and copies the digits into out, or -1 with *cause as for nik_parse().
 */
int nik_kk_parse(const char *s, char out[NIK_LEN + 1], char **cause);

#endif
