/*
 * core/screening_answers: the canonical text of every kind round-trips
 * and re-evaluates to the same result; damaged text is refused; typed
 * numbers are checked against skrining.ini's plausible ranges; the kinds
 * that apply at an age; the referral reason.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/screening_answers.h"
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

/* Encodes, checks the text, decodes, re-encodes and re-evaluates. */
static void
round_trip(const struct screening_answers *a, const char *want_text,
	   const char *want_code, enum screening_outcome want_outcome)
{
	struct screening_answers b;
	struct screening_eval e1, e2;
	char *text, *text2, *err = NULL;

	if (screening_answers_eval(cfg, a, &e1, &err) < 0)
		fail_msg("eval: %s", err);
	text = screening_answers_encode(a);
	assert_string_equal(text, want_text);
	if (screening_answers_decode(a->kind, text, &b, &err) < 0)
		fail_msg("decode '%s': %s", text, err);
	text2 = screening_answers_encode(&b);
	assert_string_equal(text2, text);
	if (screening_answers_eval(cfg, &b, &e2, &err) < 0)
		fail_msg("eval again: %s", err);
	assert_string_equal(e1.result.code, want_code);
	assert_int_equal(e1.result.outcome, want_outcome);
	assert_string_equal(e2.result.code, e1.result.code);
	assert_int_equal(e2.result.outcome, e1.result.outcome);
	assert_string_equal(e2.result.reason, e1.result.reason);
	assert_int_equal(e2.domains, e1.domains);
	assert_int_equal(e2.number, e1.number);
	free(text);
	free(text2);
}

static void
test_measurements(void **state)
{
	struct screening_answers a;

	(void)state;
	screening_answers_init(&a, SCREENING_BP);
	a.u.bp.systolic = 165;
	a.u.bp.diastolic = 95;
	round_trip(&a, "sistolik=165;diastolik=95", "hipertensi_2",
		   SCREENING_REFER);
	screening_answers_init(&a, SCREENING_GLUCOSE);
	a.u.glucose.kind = SCREENING_GLUCOSE_FASTING;
	a.u.glucose.mg_dl = 126;
	round_trip(&a, "jenis=puasa;mg_dl=126", "diabetes", SCREENING_REFER);
	a.u.glucose.kind = SCREENING_GLUCOSE_RANDOM;
	a.u.glucose.mg_dl = 150;
	round_trip(&a, "jenis=sewaktu;mg_dl=150", "prediabetes",
		   SCREENING_FOLLOW_UP);
	screening_answers_init(&a, SCREENING_BMI);
	a.u.bmi.weight10 = 998;
	a.u.bmi.height10 = 2000;
	round_trip(&a, "berat=99.8;tinggi=200.0", "obesitas_1",
		   SCREENING_FOLLOW_UP);
	screening_answers_init(&a, SCREENING_WAIST);
	a.u.waist.sex = 'P';
	a.u.waist.waist10 = 801;
	round_trip(&a, "jk=P;lingkar=80.1", "obesitas_sentral",
		   SCREENING_FOLLOW_UP);
}

static void
test_questionnaires(void **state)
{
	struct screening_answers a;
	int i;

	(void)state;
	screening_answers_init(&a, SCREENING_SRQ20);
	for (i = 0; i < SCREENING_SRQ20_ITEMS; i++)
		a.u.srq20[i] = i == 16;
	round_trip(&a,
		   "b1=0;b2=0;b3=0;b4=0;b5=0;b6=0;b7=0;b8=0;b9=0;b10=0;b11=0;"
		   "b12=0;b13=0;b14=0;b15=0;b16=0;b17=1;b18=0;b19=0;b20=0",
		   "positif", SCREENING_REFER);
	screening_answers_init(&a, SCREENING_TB);
	a.u.tb.cough_days = 15;
	a.u.tb.weight_loss = 0;
	a.u.tb.fever = 0;
	a.u.tb.night_sweats = 0;
	round_trip(&a, "batuk_hari=15;bb_turun=0;demam=0;keringat_malam=0",
		   "terduga_tbc", SCREENING_REFER);
	screening_answers_init(&a, SCREENING_AKS);
	for (i = 0; i < SCREENING_AKS_ITEMS; i++)
		a.u.aks[i] = screening_aks_item_max(i);
	a.u.aks[5] = 0; /* berpindah 3 -> 0 */
	a.u.aks[6] = 0; /* mobilitas 3 -> 0 */
	a.u.aks[8] = 1; /* naik tangga 2 -> 1: 20 - 7 = 13 */
	round_trip(&a,
		   "bab=2;bak=2;membersihkan_diri=1;toilet=2;makan=2;"
		   "berpindah=0;mobilitas=0;berpakaian=2;naik_tangga=1;mandi=1",
		   "ringan", SCREENING_REFER);
}

static void
test_skilas(void **state)
{
	struct screening_answers a;
	struct screening_eval e;
	char *err = NULL, buf[128];

	(void)state;
	screening_answers_init(&a, SCREENING_SKILAS);
	a.u.skilas.date_ok = 1;
	a.u.skilas.place_ok = 1;
	a.u.skilas.words_recalled = 2;
	a.u.skilas.chair_unable = 1;
	a.u.skilas.weight_loss = 0;
	a.u.skilas.appetite_loss = 0;
	a.u.skilas.lila_cm = 23.5;
	a.u.skilas.eye_problem = 1;
	a.u.skilas.whisper = SCREENING_WHISPER_HEARD;
	a.u.skilas.sad = 0;
	a.u.skilas.little_interest = 0;
	/* chair seconds and the finger count were not asked: "-" */
	round_trip(&a,
		   "tanggal=1;tempat=1;kata=2;kursi_tidak_mampu=1;"
		   "kursi_detik=-;bb_turun=0;nafsu_makan=0;lila=23.5;"
		   "masalah_mata=1;hitung_jari=-;bisik=dengar;sedih=0;minat=0",
		   "positif", SCREENING_REFER);
	assert_int_equal(screening_answers_eval(cfg, &a, &e, &err), 0);
	assert_int_equal(e.domains, 1u << SCREENING_SKILAS_COGNITIVE |
					    1u << SCREENING_SKILAS_MOBILITY |
					    1u << SCREENING_SKILAS_VISION);
	assert_string_equal(screening_answers_value(&a, &e, buf, sizeof buf),
			    "cognition, mobility, vision");
	a.u.skilas.words_recalled = 3;
	a.u.skilas.chair_unable = 0;
	a.u.skilas.chair_seconds = 14.0;
	a.u.skilas.eye_problem = 0;
	a.u.skilas.finger_count_ok = 1;
	a.u.skilas.whisper = SCREENING_WHISPER_IMPOSSIBLE;
	round_trip(&a,
		   "tanggal=1;tempat=1;kata=3;kursi_tidak_mampu=0;"
		   "kursi_detik=14.0;bb_turun=0;nafsu_makan=0;lila=23.5;"
		   "masalah_mata=0;hitung_jari=1;bisik=tidak_bisa;sedih=0;"
		   "minat=0",
		   "positif", SCREENING_REFER);
	a.u.skilas.whisper = SCREENING_WHISPER_HEARD;
	round_trip(&a,
		   "tanggal=1;tempat=1;kata=3;kursi_tidak_mampu=0;"
		   "kursi_detik=14.0;bb_turun=0;nafsu_makan=0;lila=23.5;"
		   "masalah_mata=0;hitung_jari=1;bisik=dengar;sedih=0;minat=0",
		   "negatif", SCREENING_NORMAL);
}

static void
decode_refused(enum screening_kind kind, const char *text, const char *why)
{
	struct screening_answers a;
	char *err = NULL;

	if (screening_answers_decode(kind, text, &a, &err) == 0)
		fail_msg("'%s' was accepted", text);
	assert_contains(err, why);
	free(err);
}

static void
test_decode_refuses(void **state)
{
	(void)state;
	decode_refused(SCREENING_BP, "", "at 'sistolik'");
	decode_refused(SCREENING_BP, "sistolik=165", "at 'diastolik'");
	decode_refused(SCREENING_BP, "diastolik=95;sistolik=165",
		       "at 'sistolik'");
	decode_refused(SCREENING_BP, "sistolik=165;diastolik=95;x=1",
		       "at 'x=1'");
	decode_refused(SCREENING_BP, "sistolik=abc;diastolik=95",
		       "at 'sistolik'");
	decode_refused(SCREENING_BP, "sistolik=-5;diastolik=95",
		       "at 'sistolik'");
	decode_refused(SCREENING_BMI, "berat=65;tinggi=160.0", "at 'berat'");
	decode_refused(SCREENING_BMI, "berat=65.55;tinggi=160.0", "at 'berat'");
	decode_refused(SCREENING_WAIST, "jk=X;lingkar=80.0", "at 'jk'");
	decode_refused(SCREENING_GLUCOSE, "jenis=acak;mg_dl=100", "at 'jenis'");
	decode_refused(SCREENING_AKS,
		       "bab=3;bak=2;membersihkan_diri=1;toilet=2;makan=2;"
		       "berpindah=3;mobilitas=3;berpakaian=2;naik_tangga=2;"
		       "mandi=1",
		       "at 'bab'");
	decode_refused(SCREENING_TB,
		       "batuk_hari=0;bb_turun=2;demam=0;keringat_malam=0",
		       "at 'bb_turun'");
	decode_refused(SCREENING_SKILAS, "tanggal=1", "at 'tempat'");
}

static void
input_ok(enum screening_input in, const char *text, long want)
{
	long v = -999;
	char *err = NULL;

	if (screening_input_parse(cfg, in, text, &v, &err) < 0)
		fail_msg("'%s' refused: %s", text, err);
	assert_int_equal(v, want);
}

static void
input_refused(enum screening_input in, const char *text, const char *why)
{
	long v;
	char *err = NULL;

	if (screening_input_parse(cfg, in, text, &v, &err) == 0)
		fail_msg("'%s' was accepted", text);
	assert_contains(err, why);
	free(err);
}

static void
test_input(void **state)
{
	char *err = NULL;
	long v;

	(void)state;
	input_ok(SCREENING_IN_SYSTOLIC, " 165 ", 165);
	input_ok(SCREENING_IN_SYSTOLIC, "300", 300);
	input_ok(SCREENING_IN_DIASTOLIC, "30", 30);
	input_ok(SCREENING_IN_WEIGHT, "65,5", 655);
	input_ok(SCREENING_IN_WEIGHT, "65.5", 655);
	input_ok(SCREENING_IN_WEIGHT, "65", 650);
	input_ok(SCREENING_IN_HEIGHT, "220", 2200);
	input_ok(SCREENING_IN_COUGH_DAYS, "0", 0);
	input_ok(SCREENING_IN_CHAIR, "14", 140);
	input_refused(SCREENING_IN_SYSTOLIC, "301",
		      "systolic 301 mmHg is implausible; allowed 60 to 300 "
		      "mmHg");
	input_refused(SCREENING_IN_DIASTOLIC, "20",
		      "diastolic 20 mmHg is implausible; allowed 30 to 200 "
		      "mmHg");
	input_refused(SCREENING_IN_SYSTOLIC, "abc",
		      "systolic is not a valid number");
	input_refused(SCREENING_IN_SYSTOLIC, "12a", "not a valid number");
	input_refused(SCREENING_IN_SYSTOLIC, "", "not a valid number");
	input_refused(SCREENING_IN_SYSTOLIC, "120.5", "must be a whole number");
	input_refused(SCREENING_IN_WEIGHT, "65.55", "at most one digit");
	input_refused(SCREENING_IN_WEIGHT, "900",
		      "weight 900.0 kg is implausible; allowed 2.0 to 250.0 "
		      "kg");
	input_refused(SCREENING_IN_WEIGHT, "-5", "weight -5.0 kg");
	input_refused(SCREENING_IN_GLUCOSE, "19", "allowed 20 to 600 mg/dL");
	input_refused(SCREENING_IN_LILA, "9.9", "allowed 10.0 to 60.0 cm");
	input_refused(SCREENING_IN_COUGH_DAYS, "99999999999",
		      "not a valid number");
	i18n_set_lang(I18N_ID);
	assert_int_equal(screening_input_parse(cfg, SCREENING_IN_WEIGHT, "900",
					       &v, &err),
			 -1);
	assert_string_equal(err, "berat badan 900,0 kg tidak wajar; boleh 2,0 "
				 "sampai 250,0 kg");
	free(err);
	i18n_set_lang(I18N_EN);
	assert_string_equal(screening_input_name(SCREENING_IN_HEIGHT),
			    "height");
}

static void
test_ages_and_reason(void **state)
{
	struct screening_eval e[3];
	struct screening_answers a;
	char *err = NULL, *r;
	unsigned ptm = 1u << SCREENING_BP | 1u << SCREENING_GLUCOSE |
		       1u << SCREENING_BMI | 1u << SCREENING_WAIST |
		       1u << SCREENING_SRQ20 | 1u << SCREENING_TB;

	(void)state;
	assert_int_equal(screening_kinds_for_age(14), 0);
	assert_int_equal(screening_kinds_for_age(15), ptm);
	assert_int_equal(screening_kinds_for_age(59), ptm);
	assert_int_equal(screening_kinds_for_age(60),
			 ptm | 1u << SCREENING_SKILAS | 1u << SCREENING_AKS);
	screening_answers_init(&a, SCREENING_BP);
	a.u.bp.systolic = 165;
	a.u.bp.diastolic = 95;
	assert_int_equal(screening_answers_eval(cfg, &a, &e[0], &err), 0);
	screening_answers_init(&a, SCREENING_GLUCOSE);
	a.u.glucose.mg_dl = 150;
	assert_int_equal(screening_answers_eval(cfg, &a, &e[1], &err), 0);
	a.u.glucose.mg_dl = 250;
	assert_int_equal(screening_answers_eval(cfg, &a, &e[2], &err), 0);
	r = screening_referral_reason(e, 3, 500);
	assert_string_equal(r, "blood pressure: hypertension grade 2 "
			       "(systolic 165 mmHg (>= 160)); blood glucose: "
			       "diabetes (random blood glucose 250 mg/dL (>= "
			       "200))");
	free(r);
	r = screening_referral_reason(e, 3, 40);
	assert_int_equal(strlen(r), 40);
	assert_contains(r, "...");
	free(r);
	r = screening_referral_reason(&e[1], 1, 500);
	assert_string_equal(r, "");
	free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_measurements, setup),
		cmocka_unit_test_setup(test_questionnaires, setup),
		cmocka_unit_test_setup(test_skilas, setup),
		cmocka_unit_test_setup(test_decode_refuses, setup),
		cmocka_unit_test_setup(test_input, setup),
		cmocka_unit_test_setup(test_ages_and_reason, setup),
	};

	return cmocka_run_group_tests_name("screening_answers", tests, NULL,
					   NULL);
}
