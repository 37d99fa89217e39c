/*
 * validate: the checks of what a user types into a form field or a CLI
 * option, shared by ui/ and cli/. Each validator takes the text as typed,
 * returns 0 and a typed, normalised value, or -1 and an allocated
 * catalogue message saying plainly what is wrong (lower case, no trailing
 * period; where the input is quoted, only a short printable-ASCII copy);
 * the caller frees it and keeps the input for the user to correct. Blanks
 * (space, tab, CR, LF) around the input are ignored everywhere. Pointers to
 * outputs may be NULL, cause too. Pure C: no curses, no SQL, no clock (today is
 * passed in), no locale (text is UTF-8, checked strictly).
 */
#ifndef ILP_CORE_VALIDATE_H
#define ILP_CORE_VALIDATE_H

#include <stddef.h>

#include "core/date.h"

#define VALIDATE_NAME_MAX 100 /* characters (code points) */
#define VALIDATE_PHONE_MIN 8  /* digits, leading 0 included */
#define VALIDATE_PHONE_MAX 15
#define VALIDATE_RTRW_LEN 4  /* "001" and NUL */
#define VALIDATE_AGE_MAX 120 /* years */
#define VALIDATE_YEAR_MIN 1900

/* 1 when s is NULL, empty or only ASCII blanks: an empty optional field. */
int validate_is_blank(const char *s);

/*
 * A person's name: runs of spaces (and no-break spaces) made one; 1 to
 * 100 characters of letters (ASCII; Latin-1, Latin Extended-A/B and
 * Latin Extended Additional letters; combining accents; Greek, Cyrillic,
 * Arabic letters; CJK ideographs), spaces, dots, hyphens and apostrophes
 * (' or U+2019/U+02BC, which become '), with at least one letter.
 * Rejected, each with its own message: empty, malformed UTF-8, control
 * characters (a tab or newline inside the name), digits, other signs and
 * symbols (',', '@', emoji, ...), more than 100 characters. Case is kept
 * as typed. *out (allocated, the caller frees it) is the normalised
 * name.
 */
int validate_name(const char *in, char **out, char **cause);

/*
 * Free text such as an address: valid UTF-8, at most
 * max_chars characters, no control characters (C0, DEL, C1, U+2028/9,
 * and the bidirectional overrides U+202A-E and U+2066-9, which would
 * scramble the screen). Empty is an error only when required; otherwise
 * *out is "". *out is allocated; the caller frees it.
 */
int validate_text(const char *in, size_t max_chars, int required, char **out,
		  char **cause);

/*
 * An Indonesian phone number: spaces, hyphens, dots and parentheses are
 * ignored; a leading "+62" or "62" (the country code: a national number
 * starts with 0) is replaced by "0", and a "0" typed after "+62" is not
 * doubled; the result must start with 0 and have 8 to 15 digits. *out
 * (allocated, the caller frees it) is the national form, digits only:
 * "+62 812-3456-7890" -> "081234567890".
 */
int validate_phone(const char *in, char **out, char **cause);

/*
 * RT or RW: 1 to 3 digits, not 0, blanks around ignored; out (at least
 * VALIDATE_RTRW_LEN bytes) gets the zero-padded form: "5" -> "005".
 */
int validate_rtrw(const char *in, char *out, char **cause);

/*
 * A date typed in the UI (date_parse_ui: DD-MM-YYYY, DD/MM/YYYY,
 * DD.MM.YYYY or DDMMYYYY) that is not before 01-01-1900 and not after
 * today. The message says which part is wrong: the form, the month, the
 * day in that month ("31-02-2025"), too early, or in the future.
 */
int validate_date(const char *in, struct date today, struct date *out,
		  char **cause);
/* The same between min and max inclusive (min <= max). */
int validate_date_range(const char *in, struct date min, struct date max,
			struct date *out, char **cause);

/*
 * An age typed instead of a date of birth, in years and/or months:
 * "35", "35 th", "35 thn", "35 tahun", "8 bl", "8 bln", "8 bulan",
 * "2 th 3 bl", "2th3bl", and in English "35 y", "35 yr(s)", "35 year(s)",
 * "8 m", "8 mo", "8 month(s)"; case-insensitive, a dot may follow a unit.
 * Years come before months and each appears once; months are 0..11 when
 * years are given; a bare number is years. The age must be more than 0
 * (a baby's exact date of birth is needed) and at most 120 years.
 *
 * The estimated date of birth is the middle of the dates the age allows,
 * so that the age computed back from it equals the age typed for as long
 * as possible: today - years - 6 months for an age in whole years, and
 * today - age - 15 days when months were given. An age whose date would
 * fall before 01-01-1900 is rejected.
 */
int validate_age(const char *in, struct date today, struct date *dob,
		 char **cause);

/*
 * A date-of-birth field that takes a date or an age: text with two of
 * '-', '/' or '.', or of 8 digits, goes to validate_date(); a bare
 * number of 4 or more digits (a year?) asks for a date or an age;
 * anything else goes to validate_age(). *estimated is 1 for an age, 0
 * for a date.
 */
int validate_dob(const char *in, struct date today, struct date *dob,
		 int *estimated, char **cause);

/*
 * A whole number in [min, max] (parse_long; blanks around allowed). The
 * message tells a non-number, a decimal and an out-of-range value apart.
 */
int validate_long(const char *in, long min, long max, long *out, char **cause);

/*
 * A decimal number in [min, max] (parse_double: "23,5" and "23.5" both
 * work). The range in the message is written with the current language's
 * decimal mark.
 */
int validate_decimal(const char *in, double min, double max, double *out,
		     char **cause);

#endif
