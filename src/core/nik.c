/*
 * nik: the NIK layout is PPKKCC DDMMYY SSSS (region, birth date with the
 * day + 40 for women, serial). The No. KK shares the region part.
 */
#include "core/nik.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "util.h"

static void
nik_cause(char **cause, char *msg)
{
	if (cause != NULL)
		*cause = msg;
	else
		free(msg);
}

static int
nik_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static int
nik_two(const char *p)
{
	return (p[0] - '0') * 10 + (p[1] - '0');
}

/*
 * The checks a NIK and a No. KK share: 16 digits after trimming, and a
 * province in range. noun is the catalogue word used in messages.
 */
static int
nik_digits(const char *s, enum msg_id noun, char out[NIK_LEN + 1], char **cause)
{
	size_t len, i;
	int province;

	if (s == NULL)
		s = "";
	while (nik_blank(*s))
		s++;
	len = strlen(s);
	while (len > 0 && nik_blank(s[len - 1]))
		len--;
	if (len == 0) {
		nik_cause(cause, trf(MSG_REQUIRED));
		return -1;
	}
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9') {
			nik_cause(cause, trf(MSG_NIK_NOT_DIGITS, tr(noun)));
			return -1;
		}
	}
	if (len != NIK_LEN) {
		nik_cause(cause, trf(MSG_NIK_LENGTH, tr(noun), len));
		return -1;
	}
	memcpy(out, s, NIK_LEN);
	out[NIK_LEN] = '\0';
	if (noun == MSG_KK_WORD && strspn(out, "0") == NIK_LEN) {
		nik_cause(cause, trf(MSG_KK_ZEROS));
		return -1;
	}
	province = nik_two(out);
	if ((province < NIK_PROVINCE_MIN || province > NIK_PROVINCE_MAX) &&
	    province != NIK_PROVINCE_DEMO) {
		nik_cause(cause, trf(MSG_NIK_PROVINCE, tr(noun), out));
		return -1;
	}
	return 0;
}

int
nik_parse(const char *s, struct nik_info *out, char **cause)
{
	char digits[NIK_LEN + 1];
	int day, month, yy, serial;
	char sex = 'L';

	if (cause != NULL)
		*cause = NULL;
	if (nik_digits(s, MSG_NIK_WORD, digits, cause) < 0)
		return -1;
	day = nik_two(digits + 6);
	month = nik_two(digits + 8);
	yy = nik_two(digits + 10);
	if (day > 40) {
		day -= 40;
		sex = 'P';
	}
	/* 2000 was a leap year, so 2000 + yy admits 29-02 for every yy % 4. */
	if (!date_valid(2000 + yy, month, day)) {
		nik_cause(cause, trf(MSG_NIK_DATE, digits + 6));
		return -1;
	}
	serial = nik_two(digits + 12) * 100 + nik_two(digits + 14);
	if (serial == 0) {
		nik_cause(cause, trf(MSG_NIK_SERIAL));
		return -1;
	}
	memcpy(out->digits, digits, sizeof out->digits);
	out->province = nik_two(digits);
	out->regency = nik_two(digits + 2);
	out->district = nik_two(digits + 4);
	out->day = day;
	out->month = month;
	out->yy = yy;
	out->sex = sex;
	out->serial = serial;
	return 0;
}

static const char *
nik_sex_word(char sex)
{
	return tr(sex == 'P' ? MSG_SEX_FEMALE : MSG_SEX_MALE);
}

/* Distance between two years modulo 100: 0..50. */
static int
nik_year_gap(int a, int b)
{
	int d = ((a - b) % 100 + 100) % 100;

	return d > 50 ? 100 - d : d;
}

int
nik_check_person(const struct nik_info *n, char sex, struct date dob,
		 int dob_estimated, char **warning)
{
	struct strlist parts;
	struct strbuf sb;
	char buf[DATE_ISO_LEN];
	size_t i;

	if (warning != NULL)
		*warning = NULL;
	strlist_init(&parts);
	if ((sex == 'L' || sex == 'P') && sex != n->sex)
		strlist_take(&parts, trf(MSG_NIK_WARN_SEX, nik_sex_word(n->sex),
					 nik_sex_word(sex)));
	if (dob_estimated) {
		if (nik_year_gap(n->yy, dob.y % 100) > 1)
			strlist_take(&parts,
				     trf(MSG_NIK_WARN_YEAR, n->yy, dob.y));
	} else if (n->day != dob.d || n->month != dob.m ||
		   n->yy != dob.y % 100) {
		strlist_take(&parts, trf(MSG_NIK_WARN_DOB, n->day, n->month,
					 n->yy, date_format_ui(dob, buf)));
	}
	if (parts.n == 0) {
		strlist_done(&parts);
		return 0;
	}
	strbuf_init(&sb);
	for (i = 0; i < parts.n; i++) {
		if (i > 0)
			strbuf_adds(&sb, "; ");
		strbuf_adds(&sb, parts.v[i]);
	}
	strlist_done(&parts);
	if (warning != NULL)
		*warning = strbuf_detach(&sb);
	else
		strbuf_done(&sb);
	return 1;
}

int
nik_birth_date(const struct nik_info *n, struct date today, struct date *out)
{
	int y = today.y - ((today.y % 100 - n->yy + 100) % 100);
	int tries;

	/* At most two steps back: a future date, then a missing 29-02. */
	for (tries = 0; tries < 3; tries++, y -= 100) {
		struct date dt = {y, n->month, n->day};

		if (!date_valid(y, n->month, n->day) || date_cmp(dt, today) > 0)
			continue;
		*out = dt;
		return 0;
	}
	return -1;
}

int
nik_kk_parse(const char *s, char out[NIK_LEN + 1], char **cause)
{
	if (cause != NULL)
		*cause = NULL;
	return nik_digits(s, MSG_KK_WORD, out, cause);
}
