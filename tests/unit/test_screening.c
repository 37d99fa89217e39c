/*
 * PTM measurements of ILP.md 6.3 at every boundary: blood pressure,
 * glucose, BMI, waist, SRQ-20, TB symptoms, and when a screening is due
 * again. SKILAS and AKS: test_screening_lansia.c; skrining.ini:
 * test_screening_config.c.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/screening.h"
#include "util.h"

static const struct screening_config *cfg;

static int
setup(void **state)
{
	(void)state;
	i18n_set_lang(I18N_EN);
	cfg = screening_config_defaults();
	return 0;
}

static void
assert_contains(const char *haystack, const char *needle)
{
	if (haystack == NULL || strstr(haystack, needle) == NULL)
		fail_msg("'%s' does not contain '%s'",
			 haystack != NULL ? haystack : "(null)", needle);
}

/* ---- blood pressure ---- */

static void
bp_is(long sys, long dia, int category, enum screening_outcome outcome)
{
	struct screening_result r;
	char *err = NULL;

	if (screening_bp(cfg, sys, dia, &r, &err) != 0)
		fail_msg("%ld/%ld refused: %s", sys, dia, err);
	assert_null(err);
	if (r.category != category || r.outcome != outcome)
		fail_msg("%ld/%ld: category %d outcome %d, want %d %d", sys,
			 dia, r.category, (int)r.outcome, category,
			 (int)outcome);
	assert_string_equal(r.code,
			    screening_category_code(SCREENING_BP, category));
	assert_string_equal(r.text,
			    screening_category_name(SCREENING_BP, category));
	assert_true(r.reason[0] != '\0');
}

static void
bp_refused(long sys, long dia, const char *why)
{
	struct screening_result r;
	char *err = NULL;

	assert_int_equal(screening_bp(cfg, sys, dia, &r, &err), -1);
	assert_contains(err, why);
	free(err);
}

static void
test_bp_categories(void **state)
{
	(void)state;
	bp_is(119, 79, SCREENING_BP_OPTIMAL, SCREENING_NORMAL);
	bp_is(120, 80, SCREENING_BP_NORMAL, SCREENING_NORMAL);
	bp_is(120, 79, SCREENING_BP_NORMAL, SCREENING_NORMAL);
	bp_is(119, 80, SCREENING_BP_NORMAL, SCREENING_NORMAL);
	bp_is(129, 84, SCREENING_BP_NORMAL, SCREENING_NORMAL);
	bp_is(130, 85, SCREENING_BP_HIGH_NORMAL, SCREENING_FOLLOW_UP);
	bp_is(130, 70, SCREENING_BP_HIGH_NORMAL, SCREENING_FOLLOW_UP);
	bp_is(110, 85, SCREENING_BP_HIGH_NORMAL, SCREENING_FOLLOW_UP);
	bp_is(139, 89, SCREENING_BP_HIGH_NORMAL, SCREENING_FOLLOW_UP);
	bp_is(140, 89, SCREENING_BP_HT1, SCREENING_REFER);
	bp_is(139, 90, SCREENING_BP_HT1, SCREENING_REFER);
	bp_is(140, 90, SCREENING_BP_HT1, SCREENING_REFER);
	bp_is(159, 99, SCREENING_BP_HT1, SCREENING_REFER);
	bp_is(160, 99, SCREENING_BP_HT2, SCREENING_REFER);
	bp_is(159, 100, SCREENING_BP_HT2, SCREENING_REFER);
	bp_is(160, 100, SCREENING_BP_HT2, SCREENING_REFER);
	bp_is(179, 109, SCREENING_BP_HT2, SCREENING_REFER);
	bp_is(180, 109, SCREENING_BP_HT3, SCREENING_REFER);
	bp_is(179, 110, SCREENING_BP_HT3, SCREENING_REFER);
	bp_is(180, 110, SCREENING_BP_HT3, SCREENING_REFER);
	/* isolated systolic: the higher category counts */
	bp_is(165, 70, SCREENING_BP_HT2, SCREENING_REFER);
	bp_is(165, 95, SCREENING_BP_HT2, SCREENING_REFER);
	/* the edges of the plausible ranges are accepted */
	bp_is(60, 30, SCREENING_BP_OPTIMAL, SCREENING_NORMAL);
	bp_is(300, 200, SCREENING_BP_HT3, SCREENING_REFER);
}

static void
test_bp_reasons(void **state)
{
	struct screening_result r;
	char *err = NULL;

	(void)state;
	assert_int_equal(screening_bp(cfg, 140, 89, &r, &err), 0);
	assert_string_equal(r.reason, "systolic 140 mmHg (>= 140)");
	assert_string_equal(r.code, "hipertensi_1");
	assert_string_equal(r.text, "hypertension grade 1");
	assert_int_equal(screening_bp(cfg, 139, 90, &r, &err), 0);
	assert_string_equal(r.reason, "diastolic 90 mmHg (>= 90)");
	assert_int_equal(screening_bp(cfg, 160, 100, &r, &err), 0);
	assert_string_equal(r.reason,
			    "systolic 160 (>= 160) and diastolic 100 (>= 100) "
			    "mmHg");
	assert_int_equal(screening_bp(cfg, 119, 79, &r, &err), 0);
	assert_string_equal(
		r.reason, "systolic 119 (< 120) and diastolic 79 (< 80) mmHg");
	i18n_set_lang(I18N_ID);
	assert_int_equal(screening_bp(cfg, 139, 89, &r, &err), 0);
	assert_string_equal(r.text, "normal tinggi");
	assert_string_equal(
		r.reason,
		"sistolik 139 (>= 130) dan diastolik 89 (>= 85) mmHg");
	assert_int_equal(screening_bp(cfg, 135, 80, &r, &err), 0);
	assert_string_equal(r.reason, "sistolik 135 mmHg (>= 130)");
	i18n_set_lang(I18N_EN);
	assert_null(err);
}

static void
test_bp_plausibility(void **state)
{
	(void)state;
	bp_refused(300, 20,
		   "diastolic 20 mmHg is implausible; allowed 30 to "
		   "200 mmHg");
	bp_refused(120, 130, "systolic 120 must be greater than diastolic 130");
	bp_refused(120, 120, "must be greater than diastolic");
	bp_refused(301, 80,
		   "systolic 301 mmHg is implausible; allowed 60 to "
		   "300 mmHg");
	bp_refused(59, 40,
		   "systolic 59 mmHg is implausible; allowed 60 to "
		   "300 mmHg");
	bp_refused(150, 201, "allowed 30 to 200");
	bp_refused(-1, -1, "allowed 60 to 300");
}

/* ---- glucose ---- */

static void
glucose_is(enum screening_glucose_kind kind, long v, int category,
	   enum screening_outcome outcome)
{
	struct screening_result r;
	char *err = NULL;

	if (screening_glucose(cfg, kind, v, &r, &err) != 0)
		fail_msg("glucose %ld refused: %s", v, err);
	if (r.category != category || r.outcome != outcome)
		fail_msg("glucose %ld: category %d outcome %d, want %d %d", v,
			 r.category, (int)r.outcome, category, (int)outcome);
}

static void
test_glucose_random(void **state)
{
	struct screening_result r;
	char *err = NULL;

	(void)state;
	glucose_is(SCREENING_GLUCOSE_RANDOM, 20, SCREENING_GLUCOSE_NORMAL,
		   SCREENING_NORMAL);
	glucose_is(SCREENING_GLUCOSE_RANDOM, 139, SCREENING_GLUCOSE_NORMAL,
		   SCREENING_NORMAL);
	glucose_is(SCREENING_GLUCOSE_RANDOM, 140, SCREENING_GLUCOSE_PREDIABETES,
		   SCREENING_FOLLOW_UP);
	glucose_is(SCREENING_GLUCOSE_RANDOM, 199, SCREENING_GLUCOSE_PREDIABETES,
		   SCREENING_FOLLOW_UP);
	glucose_is(SCREENING_GLUCOSE_RANDOM, 200, SCREENING_GLUCOSE_DIABETES,
		   SCREENING_REFER);
	glucose_is(SCREENING_GLUCOSE_RANDOM, 600, SCREENING_GLUCOSE_DIABETES,
		   SCREENING_REFER);
	assert_int_equal(
		screening_glucose(cfg, SCREENING_GLUCOSE_RANDOM, 139, &r, &err),
		0);
	assert_string_equal(r.reason, "random blood glucose 139 mg/dL (< 140)");
	assert_int_equal(
		screening_glucose(cfg, SCREENING_GLUCOSE_RANDOM, 200, &r, &err),
		0);
	assert_string_equal(r.reason,
			    "random blood glucose 200 mg/dL (>= 200)");
	assert_string_equal(r.code, "diabetes");
}

static void
test_glucose_fasting(void **state)
{
	struct screening_result r;
	char *err = NULL;

	(void)state;
	glucose_is(SCREENING_GLUCOSE_FASTING, 99, SCREENING_GLUCOSE_NORMAL,
		   SCREENING_NORMAL);
	glucose_is(SCREENING_GLUCOSE_FASTING, 100,
		   SCREENING_GLUCOSE_PREDIABETES, SCREENING_FOLLOW_UP);
	glucose_is(SCREENING_GLUCOSE_FASTING, 125,
		   SCREENING_GLUCOSE_PREDIABETES, SCREENING_FOLLOW_UP);
	glucose_is(SCREENING_GLUCOSE_FASTING, 126, SCREENING_GLUCOSE_DIABETES,
		   SCREENING_REFER);
	assert_int_equal(screening_glucose(cfg, SCREENING_GLUCOSE_FASTING, 126,
					   &r, &err),
			 0);
	assert_string_equal(r.reason,
			    "fasting blood glucose 126 mg/dL (>= 126)");
}

static void
test_glucose_plausibility(void **state)
{
	struct screening_result r;
	char *err = NULL;

	(void)state;
	assert_int_equal(
		screening_glucose(cfg, SCREENING_GLUCOSE_RANDOM, 19, &r, &err),
		-1);
	assert_string_equal(err, "blood glucose 19 mg/dL is implausible; "
				 "allowed 20 to 600 mg/dL");
	free(err);
	err = NULL;
	assert_int_equal(screening_glucose(cfg, SCREENING_GLUCOSE_FASTING, 601,
					   &r, &err),
			 -1);
	assert_contains(err, "601 mg/dL is implausible");
	free(err);
}

/* ---- BMI ---- */

/* At 200.0 cm, BMI = weight / 4: weights are 4 x the wanted BMI. */
static void
bmi_is(double w, double h, long bmi10, int category,
       enum screening_outcome outcome)
{
	struct screening_bmi_result r;
	char *err = NULL;

	if (screening_bmi(cfg, w, h, &r, &err) != 0)
		fail_msg("%.1f kg %.1f cm refused: %s", w, h, err);
	if (r.bmi_tenths != bmi10 || r.result.category != category ||
	    r.result.outcome != outcome)
		fail_msg("%.1f kg %.1f cm: BMI x10 %ld category %d outcome "
			 "%d, want %ld %d %d",
			 w, h, r.bmi_tenths, r.result.category,
			 (int)r.result.outcome, bmi10, category, (int)outcome);
}

static void
test_bmi_boundaries(void **state)
{
	(void)state;
	bmi_is(73.6, 200.0, 184, SCREENING_BMI_UNDER, SCREENING_FOLLOW_UP);
	bmi_is(74.0, 200.0, 185, SCREENING_BMI_NORMAL, SCREENING_NORMAL);
	bmi_is(91.6, 200.0, 229, SCREENING_BMI_NORMAL, SCREENING_NORMAL);
	bmi_is(92.0, 200.0, 230, SCREENING_BMI_OVER, SCREENING_FOLLOW_UP);
	bmi_is(99.6, 200.0, 249, SCREENING_BMI_OVER, SCREENING_FOLLOW_UP);
	bmi_is(100.0, 200.0, 250, SCREENING_BMI_OBESE1, SCREENING_FOLLOW_UP);
	bmi_is(119.6, 200.0, 299, SCREENING_BMI_OBESE1, SCREENING_FOLLOW_UP);
	bmi_is(120.0, 200.0, 300, SCREENING_BMI_OBESE2, SCREENING_FOLLOW_UP);
}

/* BMI is rounded to one decimal (half up) before it is categorised. */
static void
test_bmi_rounding(void **state)
{
	double w, h;

	(void)state;
	/* 73.8 / 4 = 18.45 -> 18.5; 99.8 / 4 = 24.95 -> 25.0 */
	bmi_is(73.8, 200.0, 185, SCREENING_BMI_NORMAL, SCREENING_NORMAL);
	bmi_is(73.7, 200.0, 184, SCREENING_BMI_UNDER, SCREENING_FOLLOW_UP);
	bmi_is(99.8, 200.0, 250, SCREENING_BMI_OBESE1, SCREENING_FOLLOW_UP);
	bmi_is(91.8, 200.0, 230, SCREENING_BMI_OVER, SCREENING_FOLLOW_UP);
	/* ordinary heights: 66.3 / 1.7^2 = 22.94, 66.4 / 1.7^2 = 22.98 */
	bmi_is(66.3, 170.0, 229, SCREENING_BMI_NORMAL, SCREENING_NORMAL);
	bmi_is(66.4, 170.0, 230, SCREENING_BMI_OVER, SCREENING_FOLLOW_UP);
	/* 57.8 / 1.75^2 = 18.87 */
	bmi_is(57.8, 175.0, 189, SCREENING_BMI_NORMAL, SCREENING_NORMAL);
	/* as typed, with a decimal comma: no floating-point surprise */
	assert_int_equal(parse_double("74,0", 0, 1000, &w), 0);
	assert_int_equal(parse_double("200", 0, 1000, &h), 0);
	bmi_is(w, h, 185, SCREENING_BMI_NORMAL, SCREENING_NORMAL);
	assert_int_equal(parse_double("0,1", 0, 1000, &w), 0);
	w = w * 3 * 308; /* 92.4000000001 or 92.3999999999 */
	bmi_is(w, 200.0, 231, SCREENING_BMI_OVER, SCREENING_FOLLOW_UP);
}

static void
test_bmi_reason_and_refusal(void **state)
{
	struct screening_bmi_result r;
	char *err = NULL;

	(void)state;
	assert_int_equal(screening_bmi(cfg, 99.6, 200.0, &r, &err), 0);
	assert_string_equal(r.result.reason, "BMI 24.9 from weight 99.6 kg "
					     "and height 200.0 cm (23.0 to "
					     "24.9)");
	assert_string_equal(r.result.code, "bb_lebih");
	i18n_set_lang(I18N_ID);
	assert_int_equal(screening_bmi(cfg, 73.6, 200.0, &r, &err), 0);
	assert_string_equal(r.result.reason, "IMT 18,4 dari berat 73,6 kg dan "
					     "tinggi 200,0 cm (< 18,5)");
	assert_string_equal(r.result.text, "kurus");
	assert_int_equal(screening_bmi(cfg, 120.0, 200.0, &r, &err), 0);
	assert_string_equal(r.result.reason, "IMT 30,0 dari berat 120,0 kg dan "
					     "tinggi 200,0 cm (>= 30,0)");
	i18n_set_lang(I18N_EN);

	assert_int_equal(screening_bmi(cfg, 0, 160.0, &r, &err), -1);
	assert_string_equal(err, "weight 0.0 kg is implausible; allowed 2.0 "
				 "to 250.0 kg");
	free(err);
	assert_int_equal(screening_bmi(cfg, 900, 160.0, &r, &err), -1);
	assert_contains(err, "weight 900.0 kg is implausible");
	free(err);
	assert_int_equal(screening_bmi(cfg, 60, 39.9, &r, &err), -1);
	assert_contains(err, "height 39.9 cm is implausible; allowed 40.0 to "
			     "220.0 cm");
	free(err);
	assert_int_equal(screening_bmi(cfg, 60, 220.1, &r, &err), -1);
	assert_contains(err, "height 220.1 cm");
	free(err);
	assert_int_equal(screening_bmi(cfg, 2.0, 40.0, &r, &err), 0);
	assert_int_equal(screening_bmi(cfg, 250.0, 220.0, &r, &err), 0);
}

/* ---- waist ---- */

static void
waist_is(char sex, double cm, int category)
{
	struct screening_result r;
	char *err = NULL;

	if (screening_waist(cfg, sex, cm, &r, &err) != 0)
		fail_msg("waist %c %.1f refused: %s", sex, cm, err);
	if (r.category != category)
		fail_msg("waist %c %.1f: category %d, want %d", sex, cm,
			 r.category, category);
	assert_int_equal(r.outcome, category == SCREENING_WAIST_CENTRAL
					    ? SCREENING_FOLLOW_UP
					    : SCREENING_NORMAL);
}

static void
test_waist(void **state)
{
	struct screening_result r;
	char *err = NULL;

	(void)state;
	waist_is('L', 90, SCREENING_WAIST_NORMAL);
	waist_is('L', 90.1, SCREENING_WAIST_CENTRAL);
	waist_is('L', 91, SCREENING_WAIST_CENTRAL);
	waist_is('P', 80, SCREENING_WAIST_NORMAL);
	waist_is('P', 80.1, SCREENING_WAIST_CENTRAL);
	waist_is('P', 81, SCREENING_WAIST_CENTRAL);
	waist_is('L', 81, SCREENING_WAIST_NORMAL);
	assert_int_equal(screening_waist(cfg, 'L', 91, &r, &err), 0);
	assert_string_equal(r.reason, "waist 91.0 cm (> 90.0 cm for men)");
	assert_string_equal(r.code, "obesitas_sentral");
	assert_int_equal(screening_waist(cfg, 'P', 80, &r, &err), 0);
	assert_string_equal(r.reason, "waist 80.0 cm (<= 80.0 cm for women)");
	assert_int_equal(screening_waist(cfg, 'X', 80, &r, &err), -1);
	assert_string_equal(err, "sex must be L or P");
	free(err);
	assert_int_equal(screening_waist(cfg, 'P', 39.9, &r, &err), -1);
	assert_contains(err, "allowed 40.0 to 200.0 cm");
	free(err);
	assert_int_equal(screening_waist(cfg, 'P', 200.1, &r, &err), -1);
	free(err);
}

/* ---- SRQ-20 ---- */

static void
test_srq20(void **state)
{
	struct screening_srq20_result r;
	int yes[SCREENING_SRQ20_ITEMS] = {0};
	char *err = NULL;
	int i;

	(void)state;
	assert_int_equal(screening_srq20(cfg, yes, &r, &err), 0);
	assert_int_equal(r.result.category, SCREENING_SRQ20_NORMAL);
	assert_int_equal(r.result.outcome, SCREENING_NORMAL);
	for (i = 0; i < 5; i++)
		yes[i] = 1;
	assert_int_equal(screening_srq20(cfg, yes, &r, &err), 0);
	assert_int_equal(r.yes_count, 5);
	assert_int_equal(r.result.category, SCREENING_SRQ20_NORMAL);
	assert_int_equal(r.result.outcome, SCREENING_NORMAL);
	assert_string_equal(r.result.reason, "5 yes answers (< 6)");
	yes[5] = 1;
	assert_int_equal(screening_srq20(cfg, yes, &r, &err), 0);
	assert_int_equal(r.yes_count, 6);
	assert_int_equal(r.result.category, SCREENING_SRQ20_POSITIVE);
	assert_int_equal(r.result.outcome, SCREENING_REFER);
	assert_false(r.critical_yes);
	assert_string_equal(r.result.reason, "6 yes answers (>= 6)");
	/* item 17 alone */
	memset(yes, 0, sizeof yes);
	yes[16] = 1;
	assert_int_equal(screening_srq20(cfg, yes, &r, &err), 0);
	assert_int_equal(r.yes_count, 1);
	assert_true(r.critical_yes);
	assert_int_equal(r.result.category, SCREENING_SRQ20_POSITIVE);
	assert_int_equal(r.result.outcome, SCREENING_REFER);
	assert_string_equal(r.result.reason, "item 17 answered yes; 1 yes "
					     "answers");
	/* item 16 alone is not critical */
	memset(yes, 0, sizeof yes);
	yes[15] = 1;
	assert_int_equal(screening_srq20(cfg, yes, &r, &err), 0);
	assert_int_equal(r.result.outcome, SCREENING_NORMAL);
	assert_null(err);
	/* every item must be answered yes or no */
	yes[19] = SCREENING_UNSET;
	assert_int_equal(screening_srq20(cfg, yes, &r, &err), -1);
	assert_string_equal(err, "not answered: SRQ-20 item 20");
	free(err);
	yes[19] = 2;
	assert_int_equal(screening_srq20(cfg, yes, &r, &err), -1);
	assert_string_equal(
		err, "SRQ-20 item 20: invalid answer; allowed yes or no");
	free(err);
	assert_string_equal(screening_srq20_question(17),
			    "Has the thought of ending your life been on your "
			    "mind?");
	i18n_set_lang(I18N_ID);
	assert_string_equal(screening_srq20_question(1),
			    "Apakah Anda sering merasa sakit kepala?");
	assert_string_equal(screening_srq20_question(21), "?");
	assert_string_equal(screening_srq20_question(0), "?");
	i18n_set_lang(I18N_EN);
}

/* ---- TB symptoms ---- */

static void
tb_is(int cough_days, int weight, int fever, int sweats, int category,
      int symptoms)
{
	struct screening_tb a = {cough_days, weight, fever, sweats};
	struct screening_tb_result r;
	char *err = NULL;
	static const enum screening_outcome outcome[] = {
		SCREENING_NORMAL, SCREENING_FOLLOW_UP, SCREENING_REFER};

	if (screening_tb(cfg, &a, &r, &err) != 0)
		fail_msg("tb refused: %s", err);
	if (r.result.category != category || r.symptoms != symptoms)
		fail_msg("tb %d %d %d %d: category %d symptoms %d, want %d %d",
			 cough_days, weight, fever, sweats, r.result.category,
			 r.symptoms, category, symptoms);
	assert_int_equal(r.result.outcome, outcome[category]);
}

static void
test_tb(void **state)
{
	struct screening_tb a = {14, 0, 0, 0};
	struct screening_tb_result r;
	char *err = NULL;

	(void)state;
	/* cough >= 2 weeks alone */
	tb_is(14, 0, 0, 0, SCREENING_TB_PRESUMPTIVE, 1);
	tb_is(60, 0, 0, 0, SCREENING_TB_PRESUMPTIVE, 1);
	/* a shorter cough alone is one symptom */
	tb_is(13, 0, 0, 0, SCREENING_TB_SYMPTOM, 1);
	/* two symptoms without cough */
	tb_is(0, 1, 1, 0, SCREENING_TB_PRESUMPTIVE, 2);
	tb_is(0, 0, 1, 1, SCREENING_TB_PRESUMPTIVE, 2);
	/* a short cough counts as a symptom */
	tb_is(3, 0, 0, 1, SCREENING_TB_PRESUMPTIVE, 2);
	/* one symptom */
	tb_is(0, 0, 0, 1, SCREENING_TB_SYMPTOM, 1);
	tb_is(0, 1, 0, 0, SCREENING_TB_SYMPTOM, 1);
	tb_is(0, 0, 0, 0, SCREENING_TB_NONE, 0);
	tb_is(20, 1, 1, 1, SCREENING_TB_PRESUMPTIVE, 4);

	assert_int_equal(screening_tb(cfg, &a, &r, &err), 0);
	assert_string_equal(r.result.reason, "cough for 14 days (>= 2 weeks)");
	assert_string_equal(r.result.code, "terduga_tbc");
	a.cough_days = 0;
	a.fever = a.night_sweats = 1;
	assert_int_equal(screening_tb(cfg, &a, &r, &err), 0);
	assert_string_equal(r.result.reason,
			    "2 symptoms (>= 2): fever without a clear cause, "
			    "night sweats without activity");
	a.fever = 0;
	assert_int_equal(screening_tb(cfg, &a, &r, &err), 0);
	assert_string_equal(r.result.reason, "1 symptom(s) (< 2): night "
					     "sweats without activity");
	a.night_sweats = 0;
	assert_int_equal(screening_tb(cfg, &a, &r, &err), 0);
	assert_string_equal(r.result.reason, "no symptom");
	assert_null(err);

	a.cough_days = SCREENING_UNSET;
	assert_int_equal(screening_tb(cfg, &a, &r, &err), -1);
	assert_contains(err, "not answered: Any cough?");
	free(err);
	a.cough_days = -3;
	assert_int_equal(screening_tb(cfg, &a, &r, &err), -1);
	assert_contains(err, "cough duration -3 days is implausible");
	free(err);
	a.cough_days = 0;
	a.fever = SCREENING_UNSET;
	assert_int_equal(screening_tb(cfg, &a, &r, &err), -1);
	assert_contains(err, "not answered: Fever");
	free(err);
}

/* ---- due again ---- */

static struct date
d(int y, int m, int dd)
{
	struct date r = {y, m, dd};

	return r;
}

static void
due_is(enum screening_kind kind, const struct date *last, struct date at,
       enum screening_due_status status, int task)
{
	struct screening_due due;

	screening_due(cfg, kind, last, at, &due);
	if (due.status != status || due.task != task)
		fail_msg("kind %d at %d-%d-%d: status %d task %d, want %d %d",
			 (int)kind, at.y, at.m, at.d, (int)due.status, due.task,
			 (int)status, task);
}

static void
test_rescreen(void **state)
{
	struct date last = d(2024, 3, 15);
	struct screening_due due;
	int k;

	(void)state;
	for (k = 0; k < SCREENING_KIND_COUNT; k++) {
		if (k == SCREENING_TB)
			continue;
		screening_due(cfg, (enum screening_kind)k, &last, d(2024, 6, 1),
			      &due);
		assert_int_equal(due.next.y, 2025);
		assert_int_equal(due.next.m, 3);
		assert_int_equal(due.next.d, 15);
		/* 12 months minus one day, exactly, plus one day */
		due_is((enum screening_kind)k, &last, d(2025, 3, 14),
		       SCREENING_DUE_NOT_YET, 0);
		due_is((enum screening_kind)k, &last, d(2025, 3, 15),
		       SCREENING_DUE_TODAY, 0);
		due_is((enum screening_kind)k, &last, d(2025, 3, 16),
		       SCREENING_DUE_OVERDUE, 1);
		due_is((enum screening_kind)k, NULL, d(2025, 3, 16),
		       SCREENING_DUE_NEVER, 1);
	}
	/* calendar months: 29 February rolls to 1 March */
	last = d(2024, 2, 29);
	screening_due(cfg, SCREENING_SKILAS, &last, d(2025, 2, 28), &due);
	assert_int_equal(due.next.m, 3);
	assert_int_equal(due.next.d, 1);
	assert_int_equal(due.status, SCREENING_DUE_NOT_YET);
	due_is(SCREENING_SKILAS, &last, d(2025, 3, 2), SCREENING_DUE_OVERDUE,
	       1);
	/* TB symptoms are asked at every contact: never a task */
	due_is(SCREENING_TB, &last, d(2030, 1, 1), SCREENING_DUE_EVERY_CONTACT,
	       0);
	due_is(SCREENING_TB, NULL, d(2030, 1, 1), SCREENING_DUE_EVERY_CONTACT,
	       0);
	assert_string_equal(screening_due_status_name(SCREENING_DUE_OVERDUE),
			    "overdue");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_bp_categories, setup),
		cmocka_unit_test_setup(test_bp_reasons, setup),
		cmocka_unit_test_setup(test_bp_plausibility, setup),
		cmocka_unit_test_setup(test_glucose_random, setup),
		cmocka_unit_test_setup(test_glucose_fasting, setup),
		cmocka_unit_test_setup(test_glucose_plausibility, setup),
		cmocka_unit_test_setup(test_bmi_boundaries, setup),
		cmocka_unit_test_setup(test_bmi_rounding, setup),
		cmocka_unit_test_setup(test_bmi_reason_and_refusal, setup),
		cmocka_unit_test_setup(test_waist, setup),
		cmocka_unit_test_setup(test_srq20, setup),
		cmocka_unit_test_setup(test_tb, setup),
		cmocka_unit_test_setup(test_rescreen, setup),
	};

	return cmocka_run_group_tests_name("screening", tests, NULL, NULL);
}
