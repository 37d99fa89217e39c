/*
 * date: proleptic Gregorian calendar arithmetic on plain y/m/d triples.
 * Day numbers use the civil-from-days algorithm (H. Hinnant), exact for
 * every date in years 1..9999.
 */
#include "core/date.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "util.h"

int
date_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
date_days_in_month(int y, int m)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30,
				     31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && date_is_leap(y))
		return 29;
	return days[m - 1];
}

int
date_valid(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
	       d <= date_days_in_month(y, m);
}

long
date_to_days(struct date dt)
{
	long y = dt.y - (dt.m <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long mp = (dt.m + 9) % 12;
	long doy = (153 * mp + 2) / 5 + dt.d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

struct date
date_from_days(long z)
{
	struct date dt;
	long era, doe, yoe, doy, mp, y;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	dt.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	dt.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	dt.y = (int)(y + (dt.m <= 2));
	return dt;
}

int
date_cmp(struct date a, struct date b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	if (a.d != b.d)
		return a.d < b.d ? -1 : 1;
	return 0;
}

long
date_diff_days(struct date from, struct date to)
{
	return date_to_days(to) - date_to_days(from);
}

struct date
date_add_days(struct date dt, long n)
{
	return date_from_days(date_to_days(dt) + n);
}

struct date
date_add_months(struct date dt, int n)
{
	long total = (long)dt.y * 12 + (dt.m - 1) + n;
	struct date r;

	r.y = (int)(total / 12);
	r.m = (int)(total % 12) + 1;
	r.d = dt.d;
	if (r.d > date_days_in_month(r.y, r.m)) {
		/* CDSi: a date that does not exist is the next month's 1st. */
		r.d = 1;
		if (++r.m > 12) {
			r.m = 1;
			r.y++;
		}
	}
	return r;
}

struct date
date_add_years(struct date dt, int n)
{
	return date_add_months(dt, n * 12);
}

int
date_age_months(struct date dob, struct date at)
{
	int m = (at.y - dob.y) * 12 + (at.m - dob.m);

	while (date_cmp(date_add_months(dob, m), at) > 0)
		m--;
	while (date_cmp(date_add_months(dob, m + 1), at) <= 0)
		m++;
	return m;
}

int
date_age_years(struct date dob, struct date at)
{
	int m = date_age_months(dob, at);

	return m >= 0 ? m / 12 : -((-m + 11) / 12);
}

int
date_weekday(struct date dt)
{
	long d = date_to_days(dt); /* 1970-01-01 was a Thursday (3) */
	long w = (d + 3) % 7;

	return (int)(w < 0 ? w + 7 : w);
}

struct date
date_from_time(time_t t)
{
	struct tm tm;
	struct date dt = {1970, 1, 1};

	if (localtime_r(&t, &tm) != NULL) {
		dt.y = tm.tm_year + 1900;
		dt.m = tm.tm_mon + 1;
		dt.d = tm.tm_mday;
	}
	return dt;
}

static int
date_digits(const char *s, int n, int *out)
{
	int i, v = 0;

	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

static int
date_set(int y, int m, int d, struct date *out)
{
	if (!date_valid(y, m, d))
		return -1;
	out->y = y;
	out->m = m;
	out->d = d;
	return 0;
}

int
date_parse_iso(const char *s, struct date *out)
{
	int y, m, d;

	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	if (date_digits(s, 4, &y) || date_digits(s + 5, 2, &m) ||
	    date_digits(s + 8, 2, &d))
		return -1;
	return date_set(y, m, d, out);
}

int
date_parse_ui(const char *in, struct date *out)
{
	char s[16];
	size_t len;
	int y, m, d;
	char *p = s;

	if (in == NULL)
		return -1;
	while (*in == ' ')
		in++;
	len = strlen(in);
	while (len > 0 && in[len - 1] == ' ')
		len--;
	if (len >= sizeof s)
		return -1;
	memcpy(s, in, len);
	s[len] = '\0';
	if (len == 8) {
		if (date_digits(p, 2, &d) || date_digits(p + 2, 2, &m) ||
		    date_digits(p + 4, 4, &y))
			return -1;
		return date_set(y, m, d, out);
	}
	if (len != 10 || strchr("-/.", s[2]) == NULL || s[5] != s[2])
		return -1;
	if (date_digits(p, 2, &d) || date_digits(p + 3, 2, &m) ||
	    date_digits(p + 6, 4, &y))
		return -1;
	return date_set(y, m, d, out);
}

char *
date_format_iso(struct date dt, char *buf)
{
	snprintf(buf, DATE_ISO_LEN, "%04u-%02u-%02u", (unsigned)dt.y % 10000u,
		 (unsigned)dt.m % 100u, (unsigned)dt.d % 100u);
	return buf;
}

char *
date_format_ui(struct date dt, char *buf)
{
	snprintf(buf, DATE_ISO_LEN, "%02u-%02u-%04u", (unsigned)dt.d % 100u,
		 (unsigned)dt.m % 100u, (unsigned)dt.y % 10000u);
	return buf;
}

char *
date_stamp_ui(const char *stamp)
{
	struct date d;
	char day[DATE_ISO_LEN], iso[DATE_ISO_LEN];

	if (stamp == NULL)
		return xstrdup("-");
	if (strlen(stamp) < 16 || stamp[10] != 'T')
		return xstrdup(stamp);
	snprintf(iso, sizeof iso, "%.10s", stamp);
	if (date_parse_iso(iso, &d) < 0)
		return xstrdup(stamp);
	return xasprintf("%s %.5s UTC", date_format_ui(d, day), stamp + 11);
}
