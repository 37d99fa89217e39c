/*
 * validate: form and option input checks. Each check walks the text once
 * and stops at the first problem, so the message names one thing to fix.
 */
#include "core/validate.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/utf8.h"
#include "util.h"

#define VALIDATE_ECHO_MAX 20 /* characters of input quoted in a message */

static void
validate_fail(char **cause, char *msg)
{
	if (cause != NULL)
		*cause = msg;
	else
		free(msg);
}

static int
validate_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* The input without the blanks around it: *start and its length. */
static size_t
validate_span(const char *in, const char **start)
{
	size_t len;

	if (in == NULL)
		in = "";
	while (validate_blank(*in))
		in++;
	len = strlen(in);
	while (len > 0 && validate_blank(in[len - 1]))
		len--;
	*start = in;
	return len;
}

int
validate_is_blank(const char *s)
{
	const char *p;

	return validate_span(s, &p) == 0;
}

/* A short printable-ASCII copy of the input for a message. */
static void
validate_echo(const char *s, size_t len, char *buf, size_t size)
{
	size_t i, j = 0;

	for (i = 0; i < len && j + 4 < size; i++) {
		unsigned char c = (unsigned char)s[i];

		if (i == VALIDATE_ECHO_MAX) {
			memcpy(buf + j, "...", 3);
			j += 3;
			break;
		}
		buf[j++] = c >= 0x20 && c < 0x7f ? (char)c : '?';
	}
	buf[j] = '\0';
}

/* Characters that must never reach the screen or the database. */
static int
validate_is_control(unsigned cp)
{
	return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0x2028 ||
	       cp == 0x2029 || (cp >= 0x202a && cp <= 0x202e) ||
	       (cp >= 0x2066 && cp <= 0x2069);
}

static int
validate_is_letter(unsigned cp)
{
	if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
		return 1;
	if (cp >= 0xc0 && cp <= 0x24f) /* Latin-1, Latin Extended-A/B */
		return cp != 0xd7 && cp != 0xf7;
	return (cp >= 0x300 && cp <= 0x36f) || /* combining accents */
	       (cp >= 0x370 && cp <= 0x3ff &&  /* Greek */
		cp != 0x37e && cp != 0x387) ||
	       (cp >= 0x400 && cp <= 0x4ff) ||   /* Cyrillic */
	       (cp >= 0x620 && cp <= 0x65f) ||   /* Arabic letters, marks */
	       (cp >= 0x66e && cp <= 0x6d3) ||   /* more Arabic letters */
	       (cp >= 0x1e00 && cp <= 0x1eff) || /* Latin Ext. Additional */
	       (cp >= 0x4e00 && cp <= 0x9fff);   /* CJK ideographs */
}

/* "'x'" for printable ASCII, else "U+XXXX". */
static void
validate_char_name(unsigned cp, char *buf, size_t size)
{
	if (cp >= 0x20 && cp < 0x7f)
		snprintf(buf, size, "'%c'", (char)cp);
	else
		snprintf(buf, size, "U+%04X", cp);
}

/*
 * Appends one character of a name that is not a space to sb. Returns 0,
 * or -1 with *cause for a character a name cannot hold.
 */
static int
validate_name_char(unsigned cp, const char *p, size_t n, struct strbuf *sb,
		   int *letters, char **cause)
{
	char what[16];

	if (validate_is_control(cp)) {
		validate_fail(cause, trf(MSG_TEXT_CONTROL));
		return -1;
	}
	if (cp >= '0' && cp <= '9') {
		validate_fail(cause, trf(MSG_NAME_DIGIT));
		return -1;
	}
	if (cp == '\'' || cp == 0x2019 || cp == 0x2bc) {
		strbuf_addc(sb, '\'');
	} else if (cp == '.' || cp == '-') {
		strbuf_addc(sb, (char)cp);
	} else if (validate_is_letter(cp)) {
		strbuf_add(sb, p, n);
		(*letters)++;
	} else {
		validate_char_name(cp, what, sizeof what);
		validate_fail(cause, trf(MSG_NAME_CHAR, what));
		return -1;
	}
	return 0;
}

int
validate_name(const char *in, char **out, char **cause)
{
	struct strbuf sb;
	const char *s;
	size_t len = validate_span(in, &s), i = 0;
	long chars = 0;
	int space = 0, letters = 0;

	if (out != NULL)
		*out = NULL;
	if (cause != NULL)
		*cause = NULL;
	if (len == 0) {
		validate_fail(cause, trf(MSG_REQUIRED));
		return -1;
	}
	strbuf_init(&sb);
	while (i < len) {
		unsigned cp;
		int n = utf8_decode_strict(s + i, len - i, &cp);

		if (n < 0) {
			validate_fail(cause, trf(MSG_TEXT_BAD_UTF8));
			goto fail;
		}
		if (cp == ' ' || cp == 0xa0) { /* a no-break space too */
			space = sb.len > 0;
		} else {
			if (space) {
				strbuf_addc(&sb, ' ');
				chars++;
				space = 0;
			}
			if (validate_name_char(cp, s + i, (size_t)n, &sb,
					       &letters, cause) < 0)
				goto fail;
			chars++;
		}
		i += (size_t)n;
	}
	if (letters == 0) {
		validate_fail(cause, trf(MSG_NAME_NO_LETTER));
		goto fail;
	}
	if (chars > VALIDATE_NAME_MAX) {
		validate_fail(cause, trf(MSG_TOO_LONG, VALIDATE_NAME_MAX));
		goto fail;
	}
	if (out != NULL)
		*out = strbuf_detach(&sb);
	else
		strbuf_done(&sb);
	return 0;
fail:
	strbuf_done(&sb);
	return -1;
}

int
validate_text(const char *in, size_t max_chars, int required, char **out,
	      char **cause)
{
	const char *s;
	size_t len = validate_span(in, &s), i = 0, chars = 0;

	if (out != NULL)
		*out = NULL;
	if (cause != NULL)
		*cause = NULL;
	if (len == 0 && required) {
		validate_fail(cause, trf(MSG_REQUIRED));
		return -1;
	}
	while (i < len) {
		unsigned cp;
		int n = utf8_decode_strict(s + i, len - i, &cp);

		if (n < 0) {
			validate_fail(cause, trf(MSG_TEXT_BAD_UTF8));
			return -1;
		}
		if (validate_is_control(cp)) {
			validate_fail(cause, trf(MSG_TEXT_CONTROL));
			return -1;
		}
		chars++;
		i += (size_t)n;
	}
	if (chars > max_chars) {
		validate_fail(cause, trf(MSG_TOO_LONG, (int)max_chars));
		return -1;
	}
	if (out != NULL)
		*out = xstrndup(s, len);
	return 0;
}

int
validate_phone(const char *in, char **out, char **cause)
{
	struct strbuf sb;
	const char *s;
	size_t len = validate_span(in, &s), i, skip = 0;
	int plus = 0;

	if (out != NULL)
		*out = NULL;
	if (cause != NULL)
		*cause = NULL;
	if (len == 0) {
		validate_fail(cause, trf(MSG_REQUIRED));
		return -1;
	}
	strbuf_init(&sb);
	for (i = 0; i < len; i++) {
		char c = s[i];

		if (c >= '0' && c <= '9')
			strbuf_addc(&sb, c);
		else if (c == '+' && i == 0)
			plus = 1;
		else if (!strchr(" -.()", c)) {
			validate_fail(cause, trf(MSG_PHONE_CHAR));
			goto fail;
		}
	}
	/* A national number starts with 0, so a leading 62 is the country. */
	if (str_starts_with(sb.buf, "62"))
		skip = 2;
	else if (plus) {
		validate_fail(cause, trf(MSG_PHONE_PREFIX));
		goto fail;
	}
	if (skip > 0 && sb.buf[skip] != '0')
		sb.buf[--skip] = '0';
	if (sb.buf[skip] != '0') {
		validate_fail(cause, trf(MSG_PHONE_PREFIX));
		goto fail;
	}
	if (sb.len - skip < VALIDATE_PHONE_MIN ||
	    sb.len - skip > VALIDATE_PHONE_MAX) {
		validate_fail(cause, trf(MSG_PHONE_LENGTH, sb.len - skip));
		goto fail;
	}
	if (out != NULL)
		*out = xstrdup(sb.buf + skip);
	strbuf_done(&sb);
	return 0;
fail:
	strbuf_done(&sb);
	return -1;
}

int
validate_rtrw(const char *in, char *out, char **cause)
{
	const char *s;
	size_t len = validate_span(in, &s), i;
	int v = 0;

	if (cause != NULL)
		*cause = NULL;
	if (len == 0) {
		validate_fail(cause, trf(MSG_REQUIRED));
		return -1;
	}
	for (i = 0; i < len; i++) {
		if (len > 3 || s[i] < '0' || s[i] > '9') {
			validate_fail(cause, trf(MSG_RTRW_FORMAT));
			return -1;
		}
		v = v * 10 + (s[i] - '0');
	}
	if (v == 0) {
		validate_fail(cause, trf(MSG_RTRW_ZERO));
		return -1;
	}
	if (out != NULL) {
		memset(out, '0', VALIDATE_RTRW_LEN - 1);
		memcpy(out + VALIDATE_RTRW_LEN - 1 - len, s, len);
		out[VALIDATE_RTRW_LEN - 1] = '\0';
	}
	return 0;
}

/* ASCII classes: ctype.h would follow a locale set for curses. */
static int
validate_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
validate_is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
validate_digits(const char *s, size_t n, int *out)
{
	size_t i;
	int v = 0;

	for (i = 0; i < n; i++) {
		if (!validate_is_digit(s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

/*
 * Splits text of one of date_parse_ui()'s shapes into numbers that may
 * not make a date, so the message can say which part is wrong.
 */
static int
validate_date_shape(const char *s, size_t len, int *d, int *m, int *y)
{
	size_t mo, yo;

	if (len == 8) {
		mo = 2;
		yo = 4;
	} else if (len == 10 && strchr("-/.", s[2]) != NULL && s[5] == s[2]) {
		mo = 3;
		yo = 6;
	} else {
		return -1;
	}
	if (validate_digits(s, 2, d) < 0 || validate_digits(s + mo, 2, m) < 0 ||
	    validate_digits(s + yo, 4, y) < 0)
		return -1;
	return 0;
}

static int
validate_date_in(const char *in, struct date min, struct date max,
		 int max_is_today, struct date *out, char **cause)
{
	const char *s;
	size_t len = validate_span(in, &s);
	char echo[VALIDATE_ECHO_MAX + 8], a[DATE_ISO_LEN], b[DATE_ISO_LEN];
	struct date dt;
	int d, m, y;

	if (cause != NULL)
		*cause = NULL;
	if (len == 0) {
		validate_fail(cause, trf(MSG_REQUIRED));
		return -1;
	}
	if (validate_date_shape(s, len, &d, &m, &y) < 0) {
		validate_echo(s, len, echo, sizeof echo);
		validate_fail(cause, trf(MSG_DATE_INVALID, echo));
		return -1;
	}
	if (m < 1 || m > 12) {
		validate_fail(cause, trf(MSG_DATE_MONTH, m));
		return -1;
	}
	if (d < 1 || d > date_days_in_month(y, m)) {
		validate_fail(cause, trf(MSG_DATE_DAY, d, m, y,
					 date_days_in_month(y, m)));
		return -1;
	}
	dt.y = y;
	dt.m = m;
	dt.d = d;
	if (date_cmp(dt, min) < 0) {
		validate_fail(cause,
			      trf(MSG_DATE_BEFORE, date_format_ui(min, a)));
		return -1;
	}
	if (date_cmp(dt, max) > 0) {
		if (max_is_today)
			validate_fail(cause, trf(MSG_DATE_FUTURE,
						 date_format_ui(dt, a),
						 date_format_ui(max, b)));
		else
			validate_fail(cause, trf(MSG_DATE_AFTER,
						 date_format_ui(max, a)));
		return -1;
	}
	if (out != NULL)
		*out = dt;
	return 0;
}

static struct date
validate_first_day(void)
{
	struct date dt = {VALIDATE_YEAR_MIN, 1, 1};

	return dt;
}

int
validate_date(const char *in, struct date today, struct date *out, char **cause)
{
	return validate_date_in(in, validate_first_day(), today, 1, out, cause);
}

int
validate_date_range(const char *in, struct date min, struct date max,
		    struct date *out, char **cause)
{
	return validate_date_in(in, min, max, 0, out, cause);
}

enum validate_unit {
	VALIDATE_UNIT_NONE,
	VALIDATE_UNIT_YEAR,
	VALIDATE_UNIT_MONTH
};

static enum validate_unit
validate_unit(const char *w, size_t n)
{
	static const char *const years[] = {"th", "thn", "tahun", "y",
					    "yr", "yrs", "year",  "years"};
	static const char *const months[] = {"bl", "bln", "bulan", "m",
					     "mo", "mos", "month", "months"};
	size_t i;

	for (i = 0; i < ILP_ARRAY_LEN(years); i++)
		if (strlen(years[i]) == n && strncmp(years[i], w, n) == 0)
			return VALIDATE_UNIT_YEAR;
	for (i = 0; i < ILP_ARRAY_LEN(months); i++)
		if (strlen(months[i]) == n && strncmp(months[i], w, n) == 0)
			return VALIDATE_UNIT_MONTH;
	return VALIDATE_UNIT_NONE;
}

/*
 * Reads "N [unit][.]" parts into years and months (-1 when absent).
 * Numbers are capped at 99999 so they cannot overflow. Returns the
 * message id of the problem, or -1 when the text is well formed.
 */
static int
validate_age_parts(const char *s, size_t len, long *years, long *months)
{
	size_t i = 0;
	int parts = 0, bare = 0;

	*years = *months = -1;
	while (i < len) {
		long v = 0;
		size_t w;
		enum validate_unit unit;

		while (i < len && (s[i] == ' ' || s[i] == ','))
			i++;
		if (i == len)
			break;
		if (!validate_is_digit(s[i]))
			return MSG_AGE_FORMAT;
		for (; i < len && validate_is_digit(s[i]); i++)
			v = v < 100000 ? v * 10 + (s[i] - '0') : v;
		if (i < len && (s[i] == ',' || s[i] == '.') && i + 1 < len &&
		    validate_is_digit(s[i + 1]))
			return MSG_AGE_DECIMAL;
		while (i < len && s[i] == ' ')
			i++;
		for (w = i; i < len && validate_is_alpha(s[i]); i++)
			;
		unit = validate_unit(s + w, i - w);
		if (i > w && unit == VALIDATE_UNIT_NONE)
			return MSG_AGE_FORMAT;
		if (i < len && s[i] == '.' && i > w)
			i++;
		if (unit == VALIDATE_UNIT_NONE) {
			bare = 1;
			unit = VALIDATE_UNIT_YEAR;
		}
		if (unit == VALIDATE_UNIT_YEAR && (*years >= 0 || *months >= 0))
			return MSG_AGE_FORMAT;
		if (unit == VALIDATE_UNIT_MONTH && *months >= 0)
			return MSG_AGE_FORMAT;
		if (unit == VALIDATE_UNIT_YEAR)
			*years = v;
		else
			*months = v;
		parts++;
	}
	if (parts == 0 || (bare && parts > 1))
		return MSG_AGE_FORMAT;
	return -1;
}

int
validate_age(const char *in, struct date today, struct date *dob, char **cause)
{
	const char *s;
	size_t len = validate_span(in, &s), i;
	char low[64], a[DATE_ISO_LEN];
	long years, months, total;
	struct date dt;
	int err;

	if (cause != NULL)
		*cause = NULL;
	if (len == 0) {
		validate_fail(cause, trf(MSG_REQUIRED));
		return -1;
	}
	if (len >= sizeof low) {
		validate_fail(cause, trf(MSG_AGE_FORMAT));
		return -1;
	}
	for (i = 0; i < len; i++)
		low[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] - 'A' + 'a')
						    : s[i];
	low[len] = '\0';
	err = validate_age_parts(low, len, &years, &months);
	if (err >= 0) {
		validate_fail(cause, trf((enum msg_id)err));
		return -1;
	}
	if (years > VALIDATE_AGE_MAX) {
		validate_fail(cause, trf(MSG_AGE_MAX, VALIDATE_AGE_MAX));
		return -1;
	}
	if (years >= 0 && months > 11) {
		validate_fail(cause, trf(MSG_AGE_MONTHS));
		return -1;
	}
	total = (years > 0 ? years * 12 : 0) + (months > 0 ? months : 0);
	if (total == 0) {
		validate_fail(cause, trf(MSG_AGE_ZERO));
		return -1;
	}
	if (total > VALIDATE_AGE_MAX * 12) {
		validate_fail(cause, trf(MSG_AGE_MAX, VALIDATE_AGE_MAX));
		return -1;
	}
	/* The middle of the birth dates this age allows. */
	if (months < 0)
		dt = date_add_months(today, -(int)total - 6);
	else
		dt = date_add_days(date_add_months(today, -(int)total), -15);
	if (date_cmp(dt, validate_first_day()) < 0) {
		validate_fail(cause,
			      trf(MSG_DATE_BEFORE,
				  date_format_ui(validate_first_day(), a)));
		return -1;
	}
	if (dob != NULL)
		*dob = dt;
	return 0;
}

int
validate_dob(const char *in, struct date today, struct date *dob,
	     int *estimated, char **cause)
{
	const char *s;
	size_t len = validate_span(in, &s), i, seps = 0, digits = 0;

	for (i = 0; i < len; i++) {
		if (strchr("-/.", s[i]) != NULL)
			seps++;
		else if (validate_is_digit(s[i]))
			digits++;
	}
	if (seps >= 2 || (len == 8 && digits == 8)) {
		if (estimated != NULL)
			*estimated = 0;
		return validate_date(in, today, dob, cause);
	}
	if (len >= 4 && digits == len) {
		if (cause != NULL)
			*cause = NULL;
		validate_fail(cause, trf(MSG_DOB_FORMAT));
		return -1;
	}
	if (estimated != NULL)
		*estimated = 1;
	return validate_age(in, today, dob, cause);
}

int
validate_long(const char *in, long min, long max, long *out, char **cause)
{
	long v;
	double d;

	if (cause != NULL)
		*cause = NULL;
	if (validate_is_blank(in)) {
		validate_fail(cause, trf(MSG_REQUIRED));
		return -1;
	}
	if (parse_long(in, min, max, &v) == 0) {
		if (out != NULL)
			*out = v;
		return 0;
	}
	if (parse_double(in, -HUGE_VAL, HUGE_VAL, &d) < 0)
		validate_fail(cause, trf(MSG_NUMBER_NOT_NUMBER, min, max));
	else if (d != floor(d))
		validate_fail(cause, trf(MSG_NUMBER_NOT_WHOLE, min, max));
	else
		validate_fail(cause, trf(MSG_NUMBER_RANGE, min, max));
	return -1;
}

/* %g with the current language's decimal mark. */
static void
validate_format_number(double v, char *buf, size_t size)
{
	char *p;

	snprintf(buf, size, "%g", v);
	if (i18n_lang() == I18N_ID && (p = strchr(buf, '.')) != NULL)
		*p = ',';
}

int
validate_decimal(const char *in, double min, double max, double *out,
		 char **cause)
{
	char lo[32], hi[32];
	double v;

	if (cause != NULL)
		*cause = NULL;
	if (validate_is_blank(in)) {
		validate_fail(cause, trf(MSG_REQUIRED));
		return -1;
	}
	if (parse_double(in, -HUGE_VAL, HUGE_VAL, &v) < 0) {
		validate_fail(cause, trf(MSG_DECIMAL_NOT_NUMBER));
		return -1;
	}
	if (v < min || v > max) {
		validate_format_number(min, lo, sizeof lo);
		validate_format_number(max, hi, sizeof hi);
		validate_fail(cause, trf(MSG_DECIMAL_RANGE, lo, hi));
		return -1;
	}
	if (out != NULL)
		*out = v;
	return 0;
}
