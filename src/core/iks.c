/*
 * iks: the twelve PIS-PK indicators from member and household facts, and
 * the index. The roll-up follows the worked IKS sheets: a member-level
 * indicator is 0 if any member it applies to is 0, 1 if all are 1, and N
 * if it applies to nobody. Missing facts never raise the index: they
 * count as 0 and are flagged so the screen can say the data is
 * incomplete.
 */
#include "core/iks.h"

#include <stdlib.h>

#include "core/i18n.h"
#include "util.h"

#define IKS_ADULT_MONTHS (15 * 12) /* TB and hypertension: >= 15 years */

static const char *const iks_codes[IKS_COUNT] = {
	"kb", "faskes", "imunisasi", "asi", "tumbuh", "tb",
	"ht", "jiwa",   "rokok",     "jkn", "air",    "jamban",
};

static const struct {
	enum msg_id name, target, good, bad;
} iks_text[IKS_COUNT] = {
	{MSG_IKS_NAME_KB, MSG_IKS_TARGET_KB, MSG_IKS_GOOD_KB, MSG_IKS_BAD_KB},
	{MSG_IKS_NAME_FASKES, MSG_IKS_TARGET_FASKES, MSG_IKS_GOOD_FASKES,
	 MSG_IKS_BAD_FASKES},
	{MSG_IKS_NAME_IMUNISASI, MSG_IKS_TARGET_IMUNISASI,
	 MSG_IKS_GOOD_IMUNISASI, MSG_IKS_BAD_IMUNISASI},
	{MSG_IKS_NAME_ASI, MSG_IKS_TARGET_ASI, MSG_IKS_GOOD_ASI,
	 MSG_IKS_BAD_ASI},
	{MSG_IKS_NAME_TUMBUH, MSG_IKS_TARGET_TUMBUH, MSG_IKS_GOOD_TUMBUH,
	 MSG_IKS_BAD_TUMBUH},
	{MSG_IKS_NAME_TB, MSG_IKS_TARGET_TB, MSG_IKS_GOOD_TB, MSG_IKS_BAD_TB},
	{MSG_IKS_NAME_HT, MSG_IKS_TARGET_HT, MSG_IKS_GOOD_HT, MSG_IKS_BAD_HT},
	{MSG_IKS_NAME_JIWA, MSG_IKS_TARGET_JIWA, MSG_IKS_GOOD_JIWA,
	 MSG_IKS_BAD_JIWA},
	{MSG_IKS_NAME_ROKOK, MSG_IKS_TARGET_ROKOK, MSG_IKS_GOOD_ROKOK,
	 MSG_IKS_BAD_ROKOK},
	{MSG_IKS_NAME_JKN, MSG_IKS_TARGET_JKN, MSG_IKS_GOOD_JKN,
	 MSG_IKS_BAD_JKN},
	{MSG_IKS_NAME_AIR, MSG_IKS_TARGET_AIR, MSG_IKS_GOOD_AIR,
	 MSG_IKS_BAD_AIR},
	{MSG_IKS_NAME_JAMBAN, MSG_IKS_TARGET_JAMBAN, MSG_IKS_GOOD_JAMBAN,
	 MSG_IKS_BAD_JAMBAN},
};

static enum iks_value
iks_from_fact(enum iks_fact f)
{
	switch (f) {
	case IKS_FACT_YES:
		return IKS_VALUE_1;
	case IKS_FACT_NO:
		return IKS_VALUE_0;
	case IKS_FACT_UNKNOWN:
		break;
	}
	return IKS_VALUE_UNKNOWN;
}

static int
iks_age_in(const struct iks_member *m, int lo, int hi)
{
	return m->age_months >= lo && (hi < 0 || m->age_months <= hi);
}

/*
 * One member's value for an indicator: N when it does not apply to them,
 * else 1, 0 or UNKNOWN from the fact. An unknown age (< 0) makes every
 * age-bound indicator not apply.
 */
static enum iks_value
iks_member_value(enum iks_indicator ind, const struct iks_member *m)
{
	switch (ind) {
	case IKS_KB:
		return m->pus ? iks_from_fact(m->kb) : IKS_VALUE_N;
	case IKS_FASKES:
		return iks_age_in(m, 0, 11) ? iks_from_fact(m->born_in_facility)
					    : IKS_VALUE_N;
	case IKS_IMUNISASI:
		return iks_age_in(m, 12, 23) ? iks_from_fact(m->idl)
					     : IKS_VALUE_N;
	case IKS_ASI:
		return iks_age_in(m, 7, 23) ? iks_from_fact(m->asi_exclusive)
					    : IKS_VALUE_N;
	case IKS_TUMBUH:
		return iks_age_in(m, 2, 59)
			       ? iks_from_fact(m->weighed_last_month)
			       : IKS_VALUE_N;
	case IKS_TB:
		return m->tb && iks_age_in(m, IKS_ADULT_MONTHS, -1)
			       ? iks_from_fact(m->tb_treated)
			       : IKS_VALUE_N;
	case IKS_HT:
		return m->hypertension && iks_age_in(m, IKS_ADULT_MONTHS, -1)
			       ? iks_from_fact(m->ht_treated)
			       : IKS_VALUE_N;
	case IKS_JIWA:
		return m->severe_mental ? iks_from_fact(m->mental_treated)
					: IKS_VALUE_N;
	case IKS_ROKOK:
		/* the indicator is "no smoker": a smoker makes it 0 */
		if (m->smoker == IKS_FACT_YES)
			return IKS_VALUE_0;
		return m->smoker == IKS_FACT_NO ? IKS_VALUE_1
						: IKS_VALUE_UNKNOWN;
	case IKS_JKN:
		return iks_from_fact(m->jkn);
	case IKS_AIR:
	case IKS_JAMBAN:
	case IKS_COUNT:
		break;
	}
	return IKS_VALUE_N;
}

static void
iks_one(enum iks_indicator ind, const struct iks_household *hh,
	const struct iks_member *m, size_t n, struct iks_state *st)
{
	enum iks_value answer =
		hh != NULL ? hh->answer[ind] : IKS_VALUE_UNKNOWN;
	long first_zero = -1, first_unknown = -1;
	size_t i;

	st->member = -1;
	st->applicable = 0;
	st->unknown = 0;
	st->by_household = 0;
	if (answer == IKS_VALUE_N && !iks_indicator_can_be_n(ind))
		answer = IKS_VALUE_UNKNOWN;
	for (i = 0; i < n; i++) {
		enum iks_value v = iks_member_value(ind, &m[i]);

		if (v == IKS_VALUE_N)
			continue;
		st->applicable++;
		if (v == IKS_VALUE_0 && first_zero < 0)
			first_zero = (long)i;
		if (v == IKS_VALUE_UNKNOWN && first_unknown < 0)
			first_unknown = (long)i;
	}
	/* a 0 from either side makes 0 */
	if (answer == IKS_VALUE_0) {
		st->value = IKS_VALUE_0;
		st->by_household = 1;
		return;
	}
	if (first_zero >= 0) {
		st->value = IKS_VALUE_0;
		st->member = (int)first_zero;
		return;
	}
	/* the household's 1 covers members whose fact is unknown */
	if (answer == IKS_VALUE_1) {
		st->value = IKS_VALUE_1;
		st->by_household = 1;
		return;
	}
	if (st->applicable == 0 && iks_indicator_can_be_n(ind)) {
		st->value = IKS_VALUE_N;
		st->by_household = answer == IKS_VALUE_N;
		return;
	}
	if (st->applicable == 0 || first_unknown >= 0) {
		st->value = IKS_VALUE_0;
		st->unknown = 1;
		st->member = (int)first_unknown;
		return;
	}
	st->value = IKS_VALUE_1;
}

enum iks_category
iks_category_of(int ones, int denominator)
{
	if (denominator <= 0)
		return IKS_CATEGORY_NONE;
	if (ones * 5 > denominator * 4) /* ones/den > 0.800 */
		return IKS_CATEGORY_SEHAT;
	if (ones * 2 >= denominator) /* ones/den >= 0.500 */
		return IKS_CATEGORY_PRA_SEHAT;
	return IKS_CATEGORY_TIDAK_SEHAT;
}

void
iks_score(struct iks_result *r)
{
	int i;

	r->ones = r->nas = r->unknowns = 0;
	for (i = 0; i < IKS_COUNT; i++) {
		if (r->ind[i].value == IKS_VALUE_1)
			r->ones++;
		else if (r->ind[i].value == IKS_VALUE_N)
			r->nas++;
		if (r->ind[i].unknown)
			r->unknowns++;
	}
	r->denominator = IKS_COUNT - r->nas;
	r->index = r->denominator > 0 ? (double)r->ones / r->denominator : 0.0;
	r->category = iks_category_of(r->ones, r->denominator);
}

void
iks_compute(const struct iks_household *hh, const struct iks_member *m,
	    size_t n, struct iks_result *out)
{
	int i;

	for (i = 0; i < IKS_COUNT; i++)
		iks_one((enum iks_indicator)i, hh, m, n, &out->ind[i]);
	iks_score(out);
}

const char *
iks_indicator_code(enum iks_indicator ind)
{
	if ((unsigned)ind >= IKS_COUNT)
		return NULL;
	return iks_codes[ind];
}

int
iks_indicator_parse(const char *code, enum iks_indicator *out)
{
	int i;

	for (i = 0; i < IKS_COUNT; i++) {
		if (str_eq(code, iks_codes[i])) {
			*out = (enum iks_indicator)i;
			return 0;
		}
	}
	return -1;
}

const char *
iks_indicator_name(enum iks_indicator ind)
{
	if ((unsigned)ind >= IKS_COUNT)
		return "?";
	return tr(iks_text[ind].name);
}

const char *
iks_category_name(enum iks_category cat)
{
	switch (cat) {
	case IKS_CATEGORY_NONE:
		return tr(MSG_IKS_CAT_NONE);
	case IKS_CATEGORY_TIDAK_SEHAT:
		return tr(MSG_IKS_CAT_TIDAK_SEHAT);
	case IKS_CATEGORY_PRA_SEHAT:
		return tr(MSG_IKS_CAT_PRA_SEHAT);
	case IKS_CATEGORY_SEHAT:
		return tr(MSG_IKS_CAT_SEHAT);
	}
	return "?";
}

int
iks_indicator_can_be_n(enum iks_indicator ind)
{
	return ind <= IKS_JIWA;
}

char *
iks_explain(const struct iks_result *r, enum iks_indicator ind,
	    const struct iks_member *m, size_t n)
{
	const struct iks_state *st;
	const char *target, *good, *bad, *name = NULL;

	if ((unsigned)ind >= IKS_COUNT)
		return xstrdup("?");
	st = &r->ind[ind];
	target = tr(iks_text[ind].target);
	good = tr(iks_text[ind].good);
	bad = tr(iks_text[ind].bad);
	if (st->member >= 0 && (size_t)st->member < n) {
		name = m[st->member].name;
		if (str_empty(name))
			name = tr(MSG_IKS_NO_NAME);
	}
	switch (st->value) {
	case IKS_VALUE_N:
		return st->by_household ? trf(MSG_IKS_WHY_N_HOUSEHOLD, target)
					: trf(MSG_IKS_WHY_N, target);
	case IKS_VALUE_1:
		if (st->by_household)
			return trf(MSG_IKS_WHY_ONE_HOUSEHOLD, good);
		return trf(MSG_IKS_WHY_ONE_MEMBERS, target, st->applicable,
			   good);
	case IKS_VALUE_0:
	case IKS_VALUE_UNKNOWN:
		break;
	}
	if (st->unknown)
		return name != NULL ? trf(MSG_IKS_WHY_UNKNOWN_MEMBER, name,
					  target, good)
				    : trf(MSG_IKS_WHY_UNKNOWN_HOUSEHOLD, good);
	if (st->by_household || name == NULL)
		return trf(MSG_IKS_WHY_ZERO_HOUSEHOLD, bad);
	return trf(MSG_IKS_WHY_ZERO_MEMBER, name, target, bad);
}
