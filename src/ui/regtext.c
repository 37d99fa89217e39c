/*
 * ui/regtext: register facts as text for the Keluarga screens.
 */
#include "ui/regtext.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/lifestage.h"
#include "store/household.h"
#include "util.h"

char *
regtext_age(struct date dob, struct date at, char *buf, size_t n)
{
	int months = date_age_months(dob, at);

	if (months < 0)
		snprintf(buf, n, "-");
	else if (months < 1)
		trn(buf, n, MSG_UI_AGE_DAYS, (int)date_diff_days(dob, at));
	else if (months < 24)
		trn(buf, n, MSG_UI_AGE_MONTHS, months);
	else if (months < 60)
		trn(buf, n, MSG_UI_AGE_YEARS_MONTHS, months / 12, months % 12);
	else
		trn(buf, n, MSG_UI_AGE_YEARS, date_age_years(dob, at));
	return buf;
}

char *
regtext_dob(struct date dob, int estimated, char *buf, size_t n)
{
	char day[DATE_ISO_LEN];

	snprintf(buf, n, "%s%s", estimated ? "~" : "",
		 date_format_ui(dob, day));
	return buf;
}

char *
regtext_stages(unsigned stages, char *buf, size_t n)
{
	size_t len = 0;
	int i;

	buf[0] = '\0';
	for (i = 0; i < LIFESTAGE_COUNT; i++) {
		unsigned bit = 1u << i;

		/* Baduta says no more than bayi/balita on one line. */
		if (!(stages & bit) || bit == LIFESTAGE_BADUTA)
			continue;
		len += (size_t)snprintf(buf + len, len < n ? n - len : 0,
					"%s%s", len > 0 ? ", " : "",
					lifestage_name((enum lifestage)bit));
		if (len >= n)
			break;
	}
	return buf;
}

char *
regtext_badges(unsigned badges, char *buf, size_t n)
{
	static const struct {
		unsigned bit;
		enum msg_id label;
	} b[] = {
		{HOUSEHOLD_BADGE_HAMIL, MSG_UI_BADGE_HAMIL},
		{HOUSEHOLD_BADGE_BAYI, MSG_UI_BADGE_BAYI},
		{HOUSEHOLD_BADGE_BALITA, MSG_UI_BADGE_BALITA},
		{HOUSEHOLD_BADGE_LANSIA, MSG_UI_BADGE_LANSIA},
	};
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < ILP_ARRAY_LEN(b); i++) {
		if (!(badges & b[i].bit))
			continue;
		len += (size_t)snprintf(buf + len, len < n ? n - len : 0,
					"%s%s", len > 0 ? " " : "",
					tr(b[i].label));
		if (len >= n)
			break;
	}
	return buf;
}

const struct field_choice regtext_relation_choices[] = {
	{"kepala", MSG_UI_REL_KEPALA, NULL},
	{"istri", MSG_UI_REL_ISTRI, NULL},
	{"suami", MSG_UI_REL_SUAMI, NULL},
	{"anak", MSG_UI_REL_ANAK, NULL},
	{"menantu", MSG_UI_REL_MENANTU, NULL},
	{"cucu", MSG_UI_REL_CUCU, NULL},
	{"orangtua", MSG_UI_REL_ORANGTUA, NULL},
	{"mertua", MSG_UI_REL_MERTUA, NULL},
	{"famili", MSG_UI_REL_FAMILI, NULL},
	{"lainnya", MSG_UI_REL_LAINNYA, NULL},
	{NULL, 0, NULL},
};

const struct field_choice regtext_sex_choices[] = {
	{"L", MSG_UI_SEX_L, NULL},
	{"P", MSG_UI_SEX_P, NULL},
	{NULL, 0, NULL},
};

const struct field_choice regtext_fact_choices[] = {
	{"", MSG_UI_FACT_UNKNOWN_LONG, NULL},
	{"1", MSG_UI_FACT_YES, NULL},
	{"0", MSG_UI_FACT_NO, NULL},
	{NULL, 0, NULL},
};

const char *
regtext_relation(const char *code)
{
	size_t i;

	for (i = 0; regtext_relation_choices[i].code != NULL; i++)
		if (str_eq(regtext_relation_choices[i].code, code))
			return tr(regtext_relation_choices[i].label);
	return code != NULL ? code : "?";
}

const char *
regtext_fact(int v)
{
	return tr(v == 1   ? MSG_UI_FACT_YES
		  : v == 0 ? MSG_UI_FACT_NO
			   : MSG_UI_FACT_UNKNOWN);
}
