/*
 * pregnancy: day arithmetic on HPHT and HPL, and the plausibility checks
 * made when a pregnancy is recorded or closed.
 */
#include "core/pregnancy.h"

#include <stdlib.h>

#include "core/i18n.h"
#include "util.h"

struct date
pregnancy_hpl(struct date hpht)
{
	return date_add_days(hpht, PREGNANCY_DAYS);
}

struct date
pregnancy_hpht(struct date hpl)
{
	return date_add_days(hpl, -PREGNANCY_DAYS);
}

int
pregnancy_ga(struct date hpht, struct date at, struct pregnancy_ga *out)
{
	long days = date_diff_days(hpht, at);

	if (days < 0)
		return -1;
	out->weeks = (int)(days / 7);
	out->days = (int)(days % 7);
	return 0;
}

int
pregnancy_trimester(struct date hpht, struct date at)
{
	struct pregnancy_ga ga;

	if (pregnancy_ga(hpht, at, &ga) < 0)
		return 0;
	if (ga.weeks <= PREGNANCY_T1_LAST_WEEK)
		return 1;
	if (ga.weeks <= PREGNANCY_T2_LAST_WEEK)
		return 2;
	return 3;
}

static void
pregnancy_cause(char **cause, char *msg)
{
	if (cause != NULL)
		*cause = msg;
	else
		free(msg);
}

int
pregnancy_check_hpht(struct date hpht, struct date today, char **cause)
{
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN];
	long days = date_diff_days(hpht, today);

	if (cause != NULL)
		*cause = NULL;
	if (days < 0) {
		pregnancy_cause(cause, trf(MSG_PREG_HPHT_FUTURE,
					   date_format_ui(hpht, a),
					   date_format_ui(today, b)));
		return -1;
	}
	if (days > PREGNANCY_MAX_OPEN_DAYS) {
		pregnancy_cause(cause, trf(MSG_PREG_HPHT_OLD,
					   date_format_ui(hpht, a), days / 7));
		return -1;
	}
	return 0;
}

int
pregnancy_check_hpl(struct date hpl, struct date today, char **cause)
{
	char a[DATE_ISO_LEN];
	long days = date_diff_days(pregnancy_hpht(hpl), today);

	if (cause != NULL)
		*cause = NULL;
	if (days < 0) {
		pregnancy_cause(cause,
				trf(MSG_PREG_HPL_FAR, date_format_ui(hpl, a)));
		return -1;
	}
	if (days > PREGNANCY_MAX_OPEN_DAYS) {
		pregnancy_cause(cause,
				trf(MSG_PREG_HPL_PAST, date_format_ui(hpl, a)));
		return -1;
	}
	return 0;
}

int
pregnancy_check_mother(char sex, struct date dob, struct date hpht,
		       char **cause)
{
	int age;

	if (cause != NULL)
		*cause = NULL;
	if (sex != 'P') {
		pregnancy_cause(cause, trf(MSG_PREG_SEX));
		return -1;
	}
	age = date_age_years(dob, hpht);
	if (age < PREGNANCY_MOTHER_MIN_AGE || age > PREGNANCY_MOTHER_MAX_AGE) {
		pregnancy_cause(cause, trf(MSG_PREG_MOTHER_AGE, age));
		return -1;
	}
	return 0;
}

int
pregnancy_check_end(struct date hpht, struct date end, struct date today,
		    char **cause)
{
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN];

	if (cause != NULL)
		*cause = NULL;
	if (date_cmp(end, hpht) < 0) {
		pregnancy_cause(cause,
				trf(MSG_PREG_END_BEFORE, date_format_ui(end, a),
				    date_format_ui(hpht, b)));
		return -1;
	}
	if (date_cmp(end, today) > 0) {
		pregnancy_cause(cause,
				trf(MSG_PREG_END_FUTURE, date_format_ui(end, a),
				    date_format_ui(today, b)));
		return -1;
	}
	return 0;
}

int
pregnancy_is_nifas(struct date delivery, struct date at)
{
	long days = date_diff_days(delivery, at);

	return days >= 0 && days <= PREGNANCY_NIFAS_DAYS;
}

struct date
pregnancy_nifas_end(struct date delivery)
{
	return date_add_days(delivery, PREGNANCY_NIFAS_DAYS);
}
