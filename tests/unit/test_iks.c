/*
 * Family health index (ILP.md §5): category boundaries at exactly 0.500
 * and 0.800, all-N, the member roll-up (0 if any applicable member is 0),
 * the age windows of each indicator, missing facts, and the words that
 * explain each value.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/iks.h"
#include "util.h"

static int
setup(void **state)
{
	(void)state;
	i18n_set_lang(I18N_EN);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	i18n_set_lang(I18N_ID);
	return 0;
}

/* A result whose indicators are ones 1s, nas Ns and the rest 0s. */
static struct iks_result
values(int ones, int nas)
{
	struct iks_result r;
	int i;

	memset(&r, 0, sizeof r);
	for (i = 0; i < IKS_COUNT; i++) {
		if (i < ones)
			r.ind[i].value = IKS_VALUE_1;
		else if (i < ones + nas)
			r.ind[i].value = IKS_VALUE_N;
		else
			r.ind[i].value = IKS_VALUE_0;
	}
	iks_score(&r);
	return r;
}

static void
assert_explains(const struct iks_result *r, enum iks_indicator ind,
		const struct iks_member *m, size_t n, const char *want)
{
	char *s = iks_explain(r, ind, m, n);

	assert_string_equal(s, want);
	free(s);
}

/* ---- the index and its categories ---- */

static void
test_category_boundaries(void **state)
{
	(void)state;
	assert_int_equal(iks_category_of(4, 8), IKS_CATEGORY_PRA_SEHAT);
	assert_int_equal(iks_category_of(5, 10), IKS_CATEGORY_PRA_SEHAT);
	assert_int_equal(iks_category_of(3, 7), IKS_CATEGORY_TIDAK_SEHAT);
	assert_int_equal(iks_category_of(5, 11), IKS_CATEGORY_TIDAK_SEHAT);
	assert_int_equal(iks_category_of(6, 12), IKS_CATEGORY_PRA_SEHAT);
	/* exactly 0.800 is still Pra-Sehat: only > 0.800 is Sehat */
	assert_int_equal(iks_category_of(8, 10), IKS_CATEGORY_PRA_SEHAT);
	assert_int_equal(iks_category_of(4, 5), IKS_CATEGORY_PRA_SEHAT);
	assert_int_equal(iks_category_of(9, 11), IKS_CATEGORY_SEHAT);
	assert_int_equal(iks_category_of(9, 10), IKS_CATEGORY_SEHAT);
	assert_int_equal(iks_category_of(5, 6), IKS_CATEGORY_SEHAT);
	assert_int_equal(iks_category_of(12, 12), IKS_CATEGORY_SEHAT);
	assert_int_equal(iks_category_of(0, 12), IKS_CATEGORY_TIDAK_SEHAT);
	assert_int_equal(iks_category_of(0, 1), IKS_CATEGORY_TIDAK_SEHAT);
	assert_int_equal(iks_category_of(1, 1), IKS_CATEGORY_SEHAT);
	assert_int_equal(iks_category_of(0, 0), IKS_CATEGORY_NONE);
}

/* 4 of 8 (4 N) = 0.500 exactly: Pra-Sehat. */
static void
test_score_half(void **state)
{
	struct iks_result r = values(4, 4);

	(void)state;
	assert_int_equal(r.ones, 4);
	assert_int_equal(r.nas, 4);
	assert_int_equal(r.denominator, 8);
	assert_true(r.index == 0.5);
	assert_int_equal(r.category, IKS_CATEGORY_PRA_SEHAT);
	r = values(3, 4);
	assert_int_equal(r.category, IKS_CATEGORY_TIDAK_SEHAT);
}

/* 8 of 10 (2 N) = 0.800 exactly: Pra-Sehat; 9 of 10: Sehat. */
static void
test_score_eight_tenths(void **state)
{
	struct iks_result r = values(8, 2);

	(void)state;
	assert_int_equal(r.denominator, 10);
	assert_true(r.index == 0.8);
	assert_int_equal(r.category, IKS_CATEGORY_PRA_SEHAT);
	r = values(9, 2);
	assert_int_equal(r.category, IKS_CATEGORY_SEHAT);
	assert_string_equal(iks_category_name(r.category), "Healthy family");
}

/* Every indicator N: no denominator, so no index and no category. */
static void
test_score_all_n(void **state)
{
	struct iks_result r = values(0, 12);

	(void)state;
	assert_int_equal(r.nas, 12);
	assert_int_equal(r.denominator, 0);
	assert_true(r.index == 0.0);
	assert_int_equal(r.category, IKS_CATEGORY_NONE);
	assert_string_equal(iks_category_name(r.category),
			    "cannot be computed (every indicator is N)");
	r = values(0, 0);
	assert_int_equal(r.category, IKS_CATEGORY_TIDAK_SEHAT);
	assert_int_equal(r.denominator, 12);
}

/* ---- indicators from facts ---- */

static struct iks_member
adult(const char *name, int years)
{
	struct iks_member m;

	memset(&m, 0, sizeof m);
	m.name = name;
	m.age_months = years * 12;
	return m;
}

/* A member-level indicator is 0 if any applicable member is 0. */
static void
test_member_any_zero(void **state)
{
	struct iks_member m[3];
	struct iks_result r;

	(void)state;
	m[0] = adult("Siti", 30);
	m[1] = adult("Ani", 25);
	m[2] = adult("Budi", 60);
	m[0].pus = m[1].pus = 1;
	m[0].kb = IKS_FACT_YES;
	m[1].kb = IKS_FACT_NO;
	iks_compute(NULL, m, 3, &r);
	assert_int_equal(r.ind[IKS_KB].value, IKS_VALUE_0);
	assert_int_equal(r.ind[IKS_KB].member, 1);
	assert_int_equal(r.ind[IKS_KB].applicable, 2);
	assert_explains(&r, IKS_KB, m, 3,
			"0: Ani (couple of reproductive age) uses no "
			"contraception");
	m[1].kb = IKS_FACT_YES;
	iks_compute(NULL, m, 3, &r);
	assert_int_equal(r.ind[IKS_KB].value, IKS_VALUE_1);
	assert_explains(&r, IKS_KB, m, 3,
			"1: every couple of reproductive age (2) uses "
			"contraception");
	m[0].pus = m[1].pus = 0;
	iks_compute(NULL, m, 3, &r);
	assert_int_equal(r.ind[IKS_KB].value, IKS_VALUE_N);
	assert_explains(&r, IKS_KB, m, 3,
			"N: no couple of reproductive age in the family");
	/* two hypertensive members, one untreated */
	m[0].hypertension = m[2].hypertension = 1;
	m[0].ht_treated = IKS_FACT_YES;
	m[2].ht_treated = IKS_FACT_NO;
	iks_compute(NULL, m, 3, &r);
	assert_int_equal(r.ind[IKS_HT].value, IKS_VALUE_0);
	assert_int_equal(r.ind[IKS_HT].member, 2);
}

/* One baby or child tried at each edge of an indicator's age window. */
static enum iks_value
at_age(enum iks_indicator ind, int months)
{
	struct iks_member m;
	struct iks_result r;

	memset(&m, 0, sizeof m);
	m.age_months = months;
	m.born_in_facility = IKS_FACT_YES;
	m.idl = IKS_FACT_YES;
	m.asi_exclusive = IKS_FACT_YES;
	m.weighed_last_month = IKS_FACT_YES;
	m.tb = m.hypertension = m.severe_mental = 1;
	m.tb_treated = m.ht_treated = m.mental_treated = IKS_FACT_YES;
	iks_compute(NULL, &m, 1, &r);
	return r.ind[ind].value;
}

static void
test_age_windows(void **state)
{
	(void)state;
	/* 2: baby 0-11 months */
	assert_int_equal(at_age(IKS_FASKES, 0), IKS_VALUE_1);
	assert_int_equal(at_age(IKS_FASKES, 11), IKS_VALUE_1);
	assert_int_equal(at_age(IKS_FASKES, 12), IKS_VALUE_N);
	/* 3: child 12-23 months */
	assert_int_equal(at_age(IKS_IMUNISASI, 11), IKS_VALUE_N);
	assert_int_equal(at_age(IKS_IMUNISASI, 12), IKS_VALUE_1);
	assert_int_equal(at_age(IKS_IMUNISASI, 23), IKS_VALUE_1);
	assert_int_equal(at_age(IKS_IMUNISASI, 24), IKS_VALUE_N);
	/* 4: baby 7-23 months */
	assert_int_equal(at_age(IKS_ASI, 6), IKS_VALUE_N);
	assert_int_equal(at_age(IKS_ASI, 7), IKS_VALUE_1);
	assert_int_equal(at_age(IKS_ASI, 23), IKS_VALUE_1);
	assert_int_equal(at_age(IKS_ASI, 24), IKS_VALUE_N);
	/* 5: balita 2-59 months */
	assert_int_equal(at_age(IKS_TUMBUH, 1), IKS_VALUE_N);
	assert_int_equal(at_age(IKS_TUMBUH, 2), IKS_VALUE_1);
	assert_int_equal(at_age(IKS_TUMBUH, 59), IKS_VALUE_1);
	assert_int_equal(at_age(IKS_TUMBUH, 60), IKS_VALUE_N);
	/* 6, 7: patients aged 15 and over */
	assert_int_equal(at_age(IKS_TB, 179), IKS_VALUE_N);
	assert_int_equal(at_age(IKS_TB, 180), IKS_VALUE_1);
	assert_int_equal(at_age(IKS_HT, 179), IKS_VALUE_N);
	assert_int_equal(at_age(IKS_HT, 180), IKS_VALUE_1);
	/* 8: any age */
	assert_int_equal(at_age(IKS_JIWA, 120), IKS_VALUE_1);
	/* an unknown age leaves the age-bound indicators out */
	assert_int_equal(at_age(IKS_FASKES, -1), IKS_VALUE_N);
	assert_int_equal(at_age(IKS_TB, -1), IKS_VALUE_N);
	assert_int_equal(at_age(IKS_JIWA, -1), IKS_VALUE_1);
}

/* A flag alone does not make someone a patient of another indicator. */
static void
test_patients_only(void **state)
{
	struct iks_member m = adult("Budi", 40);
	struct iks_result r;

	(void)state;
	m.tb_treated = IKS_FACT_NO; /* not a TB patient: ignored */
	iks_compute(NULL, &m, 1, &r);
	assert_int_equal(r.ind[IKS_TB].value, IKS_VALUE_N);
	assert_int_equal(r.ind[IKS_HT].value, IKS_VALUE_N);
	assert_int_equal(r.ind[IKS_JIWA].value, IKS_VALUE_N);
	m.tb = 1;
	iks_compute(NULL, &m, 1, &r);
	assert_int_equal(r.ind[IKS_TB].value, IKS_VALUE_0);
	assert_explains(&r, IKS_TB, &m, 1,
			"0: Budi (TB patient aged 15 or over) not treated for "
			"TB to standard");
}

/* Missing facts count as 0, flagged; a household 1 covers them. */
static void
test_unknown_facts(void **state)
{
	struct iks_member m = adult("Siti", 30);
	struct iks_household hh;
	struct iks_result r;

	(void)state;
	memset(&hh, 0, sizeof hh);
	m.pus = 1;
	iks_compute(&hh, &m, 1, &r);
	assert_int_equal(r.ind[IKS_KB].value, IKS_VALUE_0);
	assert_true(r.ind[IKS_KB].unknown);
	assert_explains(&r, IKS_KB, &m, 1,
			"0: not known whether Siti (couple of reproductive "
			"age) uses contraception; counted as 0");
	hh.answer[IKS_KB] = IKS_VALUE_1;
	iks_compute(&hh, &m, 1, &r);
	assert_int_equal(r.ind[IKS_KB].value, IKS_VALUE_1);
	assert_true(r.ind[IKS_KB].by_household);
	assert_false(r.ind[IKS_KB].unknown);
	assert_explains(
		&r, IKS_KB, &m, 1,
		"1: by the household data (the latest visit, else the register), the family uses contraception");
	/* a 0 from either side wins */
	hh.answer[IKS_KB] = IKS_VALUE_0;
	m.kb = IKS_FACT_YES;
	iks_compute(&hh, &m, 1, &r);
	assert_int_equal(r.ind[IKS_KB].value, IKS_VALUE_0);
	assert_explains(
		&r, IKS_KB, &m, 1,
		"0: by the household data (the latest visit, else the register), the family uses no "
		"contraception");
	hh.answer[IKS_KB] = IKS_VALUE_1;
	m.kb = IKS_FACT_NO;
	iks_compute(&hh, &m, 1, &r);
	assert_int_equal(r.ind[IKS_KB].value, IKS_VALUE_0);
	assert_int_equal(r.ind[IKS_KB].member, 0);
	/* the household says there is no PUS: N, unless a member is one */
	hh.answer[IKS_KB] = IKS_VALUE_N;
	m.pus = 0;
	iks_compute(&hh, &m, 1, &r);
	assert_int_equal(r.ind[IKS_KB].value, IKS_VALUE_N);
	assert_explains(
		&r, IKS_KB, &m, 1,
		"N: by the household data (the latest visit, else the register), there is no couple of "
		"reproductive age");
	m.pus = 1;
	m.kb = IKS_FACT_YES;
	iks_compute(&hh, &m, 1, &r);
	assert_int_equal(r.ind[IKS_KB].value, IKS_VALUE_1);
	assert_int_equal(r.unknowns, 4); /* rokok, jkn, air, jamban */
}

/* 11, 12: asked of the household only; never N. */
static void
test_household_indicators(void **state)
{
	struct iks_household hh;
	struct iks_result r;

	(void)state;
	memset(&hh, 0, sizeof hh);
	hh.answer[IKS_AIR] = IKS_VALUE_1;
	hh.answer[IKS_JAMBAN] = IKS_VALUE_0;
	iks_compute(&hh, NULL, 0, &r);
	assert_int_equal(r.ind[IKS_AIR].value, IKS_VALUE_1);
	assert_int_equal(r.ind[IKS_JAMBAN].value, IKS_VALUE_0);
	assert_false(r.ind[IKS_JAMBAN].unknown);
	assert_explains(
		&r, IKS_AIR, NULL, 0,
		"1: by the household data (the latest visit, else the register), the family uses clean water");
	assert_explains(
		&r, IKS_JAMBAN, NULL, 0,
		"0: by the household data (the latest visit, else the register), the family does not use a "
		"healthy latrine");
	hh.answer[IKS_JAMBAN] = IKS_VALUE_N; /* cannot be N: unknown */
	hh.answer[IKS_AIR] = IKS_VALUE_UNKNOWN;
	iks_compute(&hh, NULL, 0, &r);
	assert_int_equal(r.ind[IKS_JAMBAN].value, IKS_VALUE_0);
	assert_true(r.ind[IKS_JAMBAN].unknown);
	assert_int_equal(r.ind[IKS_AIR].value, IKS_VALUE_0);
	assert_explains(&r, IKS_AIR, NULL, 0,
			"0: not yet asked whether the family uses clean "
			"water; counted as 0");
	/* an empty household: 1-8 are N, 9-12 unknown */
	assert_int_equal(r.nas, 8);
	assert_int_equal(r.unknowns, 4);
	assert_int_equal(r.denominator, 4);
	assert_int_equal(r.category, IKS_CATEGORY_TIDAK_SEHAT);
}

/* 9: a smoker anywhere makes 0; otherwise the household answer or every
 * member known not to smoke. */
static void
test_smoking(void **state)
{
	struct iks_member m[2];
	struct iks_household hh;
	struct iks_result r;

	(void)state;
	memset(&hh, 0, sizeof hh);
	m[0] = adult("Budi", 40);
	m[1] = adult("Siti", 38);
	hh.answer[IKS_ROKOK] = IKS_VALUE_1;
	m[0].smoker = IKS_FACT_YES;
	iks_compute(&hh, m, 2, &r);
	assert_int_equal(r.ind[IKS_ROKOK].value, IKS_VALUE_0);
	assert_explains(&r, IKS_ROKOK, m, 2, "0: Budi (family member) smokes");
	m[0].smoker = IKS_FACT_UNKNOWN;
	iks_compute(&hh, m, 2, &r);
	assert_int_equal(r.ind[IKS_ROKOK].value, IKS_VALUE_1);
	hh.answer[IKS_ROKOK] = IKS_VALUE_UNKNOWN;
	iks_compute(&hh, m, 2, &r);
	assert_int_equal(r.ind[IKS_ROKOK].value, IKS_VALUE_0);
	assert_true(r.ind[IKS_ROKOK].unknown);
	assert_explains(&r, IKS_ROKOK, m, 2,
			"0: not known whether Budi (family member) does not "
			"smoke; counted as 0");
	m[0].smoker = m[1].smoker = IKS_FACT_NO;
	iks_compute(&hh, m, 2, &r);
	assert_int_equal(r.ind[IKS_ROKOK].value, IKS_VALUE_1);
	assert_explains(&r, IKS_ROKOK, m, 2,
			"1: every family member (2) does not smoke");
	hh.answer[IKS_ROKOK] = IKS_VALUE_0;
	iks_compute(&hh, m, 2, &r);
	assert_int_equal(r.ind[IKS_ROKOK].value, IKS_VALUE_0);
	assert_true(r.ind[IKS_ROKOK].by_household);
}

/* 10: every member in JKN, by members or by the household answer. */
static void
test_jkn(void **state)
{
	struct iks_member m[2];
	struct iks_household hh;
	struct iks_result r;

	(void)state;
	memset(&hh, 0, sizeof hh);
	m[0] = adult(NULL, 40);
	m[1] = adult("Siti", 38);
	m[0].jkn = m[1].jkn = IKS_FACT_YES;
	iks_compute(&hh, m, 2, &r);
	assert_int_equal(r.ind[IKS_JKN].value, IKS_VALUE_1);
	m[0].jkn = IKS_FACT_NO;
	hh.answer[IKS_JKN] = IKS_VALUE_1;
	iks_compute(&hh, m, 2, &r);
	assert_int_equal(r.ind[IKS_JKN].value, IKS_VALUE_0);
	assert_explains(&r, IKS_JKN, m, 2,
			"0: (no name) (family member) not covered by JKN");
	i18n_set_lang(I18N_ID);
	assert_explains(&r, IKS_JKN, m, 2,
			"0: (tanpa nama) (anggota keluarga) bukan peserta JKN");
	i18n_set_lang(I18N_EN);
}

/* A whole family: father, mother (PUS), a baby of 8 months. */
static void
test_family(void **state)
{
	struct iks_member m[3];
	struct iks_household hh;
	struct iks_result r;
	int i;

	(void)state;
	memset(&hh, 0, sizeof hh);
	m[0] = adult("Budi", 35);
	m[0].hypertension = 1;
	m[0].ht_treated = IKS_FACT_YES;
	m[1] = adult("Siti", 30);
	m[1].pus = 1;
	m[1].kb = IKS_FACT_YES;
	memset(&m[2], 0, sizeof m[2]);
	m[2].name = "Adi";
	m[2].age_months = 8;
	m[2].born_in_facility = IKS_FACT_YES;
	m[2].asi_exclusive = IKS_FACT_YES;
	m[2].weighed_last_month = IKS_FACT_YES;
	for (i = 0; i < 3; i++)
		m[i].jkn = IKS_FACT_YES;
	hh.answer[IKS_ROKOK] = IKS_VALUE_1;
	hh.answer[IKS_AIR] = IKS_VALUE_1;
	hh.answer[IKS_JAMBAN] = IKS_VALUE_1;
	iks_compute(&hh, m, 3, &r);
	assert_int_equal(r.ind[IKS_IMUNISASI].value, IKS_VALUE_N);
	assert_int_equal(r.ind[IKS_TB].value, IKS_VALUE_N);
	assert_int_equal(r.ind[IKS_JIWA].value, IKS_VALUE_N);
	assert_int_equal(r.ones, 9);
	assert_int_equal(r.nas, 3);
	assert_int_equal(r.unknowns, 0);
	assert_int_equal(r.denominator, 9);
	assert_true(r.index == 1.0);
	assert_int_equal(r.category, IKS_CATEGORY_SEHAT);
	/* the baby is not weighed: 8 of 9 = 0.889, still Sehat */
	m[2].weighed_last_month = IKS_FACT_NO;
	iks_compute(&hh, m, 3, &r);
	assert_int_equal(r.category, IKS_CATEGORY_SEHAT);
	assert_explains(&r, IKS_TUMBUH, m, 3,
			"0: Adi (child 2-59 months) not weighed last month");
	/* and not born in a facility: 7 of 9 = 0.778, Pra-Sehat */
	m[2].born_in_facility = IKS_FACT_NO;
	iks_compute(&hh, m, 3, &r);
	assert_int_equal(r.ones, 7);
	assert_int_equal(r.category, IKS_CATEGORY_PRA_SEHAT);
}

static void
test_codes_and_names(void **state)
{
	enum iks_indicator ind;
	int i;

	(void)state;
	for (i = 0; i < IKS_COUNT; i++) {
		const char *code = iks_indicator_code((enum iks_indicator)i);

		assert_non_null(code);
		assert_int_equal(iks_indicator_parse(code, &ind), 0);
		assert_int_equal(ind, i);
		assert_true(strlen(iks_indicator_name(ind)) > 0);
		assert_int_equal(iks_indicator_can_be_n(ind), i < IKS_ROKOK);
	}
	assert_int_equal(iks_indicator_parse("KB", &ind), -1);
	assert_int_equal(iks_indicator_parse("", &ind), -1);
	assert_null(iks_indicator_code(IKS_COUNT));
	assert_string_equal(iks_indicator_code(IKS_JAMBAN), "jamban");
	assert_string_equal(iks_indicator_name(IKS_KB),
			    "The family uses family planning");
	i18n_set_lang(I18N_ID);
	assert_string_equal(iks_indicator_name(IKS_KB),
			    "Keluarga mengikuti program KB");
	assert_string_equal(iks_category_name(IKS_CATEGORY_PRA_SEHAT),
			    "Keluarga Pra-Sehat");
	i18n_set_lang(I18N_EN);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_category_boundaries),
		cmocka_unit_test(test_score_half),
		cmocka_unit_test(test_score_eight_tenths),
		cmocka_unit_test(test_score_all_n),
		cmocka_unit_test(test_member_any_zero),
		cmocka_unit_test(test_age_windows),
		cmocka_unit_test(test_patients_only),
		cmocka_unit_test(test_unknown_facts),
		cmocka_unit_test(test_household_indicators),
		cmocka_unit_test(test_smoking),
		cmocka_unit_test(test_jkn),
		cmocka_unit_test(test_family),
		cmocka_unit_test(test_codes_and_names),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
