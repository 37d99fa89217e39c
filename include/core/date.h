/*
 * date: calendar dates without time zones, calendar-month arithmetic
 * (ILP.md §2: a date that does not exist rolls to the first day of the
 * next month, as CDSi does), ages, and the ISO and UI text forms.
 * Pure C; no curses, SQL or clock reads except date_from_time().
 */
#ifndef ILP_CORE_DATE_H
#define ILP_CORE_DATE_H

#include <time.h>

struct date {
	int y;
	int m; /* 1..12 */
	int d; /* 1..31 */
};

#define DATE_ISO_LEN 11 /* "YYYY-MM-DD" and NUL */

int date_is_leap(int y);
int date_days_in_month(int y, int m);
/* 1 when y-m-d is a real calendar date in years 1..9999. */
int date_valid(int y, int m, int d);
/* Days since 1970-01-01 (negative before). */
long date_to_days(struct date dt);
struct date date_from_days(long days);
/* <0, 0, >0 like strcmp. */
int date_cmp(struct date a, struct date b);
long date_diff_days(struct date from, struct date to);
struct date date_add_days(struct date dt, long n);
/* Calendar months; a day past the month's end rolls to the next month's 1st. */
struct date date_add_months(struct date dt, int n);
struct date date_add_years(struct date dt, int n);
/*
 * Completed calendar months from dob to at: n while dob+n months <= at <
 * dob+(n+1) months. Negative when at is before dob.
 */
int date_age_months(struct date dob, struct date at);
int date_age_years(struct date dob, struct date at);
/* 0 = Monday .. 6 = Sunday. */
int date_weekday(struct date dt);
/* The local calendar date of a time_t. */
struct date date_from_time(time_t t);

/* Strict YYYY-MM-DD; returns 0 or -1. */
int date_parse_iso(const char *s, struct date *out);
/* DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY or DDMMYYYY; returns 0 or -1. */
int date_parse_ui(const char *s, struct date *out);
/* buf must hold DATE_ISO_LEN bytes. Returns buf. */
char *date_format_iso(struct date dt, char *buf);
/* DD-MM-YYYY; buf must hold DATE_ISO_LEN bytes. Returns buf. */
char *date_format_ui(struct date dt, char *buf);
/*
 * A stored time stamp ("2025-08-12T03:04:05Z", UTC) as a person reads it,
 * "12-08-2025 03:04 UTC", allocated; anything else comes back as it is
 * ("-" for NULL).
 */
char *date_stamp_ui(const char *stamp);

#endif
