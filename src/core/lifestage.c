/*
 * lifestage: ILP.md section 2. The table below is the one place that
 * ties a stage to its code and catalogue name.
 */
#include "core/lifestage.h"

#include <stddef.h>

#include "core/i18n.h"
#include "core/pregnancy.h"
#include "util.h"

static const struct {
	enum lifestage stage;
	const char *code;
	enum msg_id name;
} lifestage_table[LIFESTAGE_COUNT] = {
	{LIFESTAGE_NEONATUS, "neonatus", MSG_LS_NEONATUS},
	{LIFESTAGE_BAYI, "bayi", MSG_LS_BAYI},
	{LIFESTAGE_BADUTA, "baduta", MSG_LS_BADUTA},
	{LIFESTAGE_BALITA, "balita", MSG_LS_BALITA},
	{LIFESTAGE_PRASEKOLAH, "prasekolah", MSG_LS_PRASEKOLAH},
	{LIFESTAGE_SEKOLAH, "sekolah", MSG_LS_SEKOLAH},
	{LIFESTAGE_REMAJA, "remaja", MSG_LS_REMAJA},
	{LIFESTAGE_DEWASA, "dewasa", MSG_LS_DEWASA},
	{LIFESTAGE_LANSIA, "lansia", MSG_LS_LANSIA},
	{LIFESTAGE_HAMIL, "hamil", MSG_LS_HAMIL},
	{LIFESTAGE_NIFAS, "nifas", MSG_LS_NIFAS},
};

static int
lifestage_index(enum lifestage stage)
{
	size_t i;

	for (i = 0; i < ILP_ARRAY_LEN(lifestage_table); i++)
		if (lifestage_table[i].stage == stage)
			return (int)i;
	return -1;
}

static unsigned
lifestage_by_age(struct date dob, struct date at)
{
	long days = date_diff_days(dob, at);
	int months = date_age_months(dob, at);
	int years = date_age_years(dob, at);
	unsigned set = 0;

	if (days <= 28)
		set |= LIFESTAGE_NEONATUS;
	if (months <= 11)
		set |= LIFESTAGE_BAYI;
	if (months <= 23)
		set |= LIFESTAGE_BADUTA;
	if (months <= 59)
		set |= LIFESTAGE_BALITA;
	if (months >= 60 && months <= 83)
		set |= LIFESTAGE_PRASEKOLAH;
	if (years >= 6 && years <= 17)
		set |= LIFESTAGE_SEKOLAH;
	if (years >= 10 && years <= 17)
		set |= LIFESTAGE_REMAJA;
	if (years >= 18 && years <= 59)
		set |= LIFESTAGE_DEWASA;
	if (years >= 60)
		set |= LIFESTAGE_LANSIA;
	return set;
}

unsigned
lifestage_of(const struct lifestage_facts *f, struct date at)
{
	unsigned set;

	if (date_cmp(at, f->dob) < 0)
		return 0;
	set = lifestage_by_age(f->dob, at);
	if (f->sex == 'P') {
		if (f->pregnant)
			set |= LIFESTAGE_HAMIL;
		if (f->delivered && pregnancy_is_nifas(f->delivery, at))
			set |= LIFESTAGE_NIFAS;
	}
	return set;
}

const char *
lifestage_name(enum lifestage stage)
{
	int i = lifestage_index(stage);

	return i < 0 ? "?" : tr(lifestage_table[i].name);
}

const char *
lifestage_code(enum lifestage stage)
{
	int i = lifestage_index(stage);

	return i < 0 ? NULL : lifestage_table[i].code;
}

int
lifestage_parse(const char *code, enum lifestage *out)
{
	size_t i;

	if (code == NULL)
		return -1;
	for (i = 0; i < ILP_ARRAY_LEN(lifestage_table); i++) {
		if (str_eq_ci(code, lifestage_table[i].code)) {
			*out = lifestage_table[i].stage;
			return 0;
		}
	}
	return -1;
}
