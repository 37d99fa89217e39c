/*
 * Elderly screening of ILP.md 6.1 and 6.2: SKILAS (each domain positive
 * alone, none, whisper test impossible, incomplete answers) and AKS
 * (modified Barthel: every category boundary, items out of range, partial
 * totals while the form is filled, item and level texts).
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

/* ---- SKILAS ---- */

/* Every answer fine: no domain positive. */
static struct screening_skilas
healthy(void)
{
	struct screening_skilas a;

	screening_skilas_init(&a);
	a.date_ok = 1;
	a.place_ok = 1;
	a.words_recalled = 3;
	a.chair_unable = 0;
	a.chair_seconds = 10.5;
	a.weight_loss = 0;
	a.appetite_loss = 0;
	a.lila_cm = 25.0;
	a.eye_problem = 0;
	a.finger_count_ok = 1;
	a.whisper = SCREENING_WHISPER_HEARD;
	a.sad = 0;
	a.little_interest = 0;
	return a;
}

static struct screening_skilas_result
skilas_ok(const struct screening_skilas *a)
{
	struct screening_skilas_result r;
	char *err = NULL;

	if (screening_skilas(cfg, a, &r, &err) != 0)
		fail_msg("SKILAS refused: %s", err);
	assert_null(err);
	return r;
}

/* Exactly domain d (or none when d < 0) is positive. */
static void
only(const struct screening_skilas *a, int d)
{
	struct screening_skilas_result r = skilas_ok(a);

	if (d < 0) {
		assert_int_equal(r.positive, 0);
		assert_int_equal(r.positive_count, 0);
		assert_int_equal(r.result.category, SCREENING_SKILAS_NEGATIVE);
		assert_int_equal(r.result.outcome, SCREENING_NORMAL);
		return;
	}
	if (r.positive != 1u << d)
		fail_msg("positive domains 0x%x, want only domain %d",
			 r.positive, d);
	assert_int_equal(r.positive_count, 1);
	assert_int_equal(r.result.category, SCREENING_SKILAS_POSITIVE);
	assert_int_equal(r.result.outcome, SCREENING_REFER);
	assert_string_equal(r.result.code, "positif");
}

static void
test_skilas_none(void **state)
{
	struct screening_skilas a = healthy();
	struct screening_skilas_result r;

	(void)state;
	only(&a, -1);
	r = skilas_ok(&a);
	assert_string_equal(r.result.code, "negatif");
	assert_string_equal(r.result.reason, "no positive domain");
	assert_string_equal(r.domain_reason[SCREENING_SKILAS_COGNITIVE],
			    "recalled 3 of 3 words");
	assert_string_equal(r.domain_reason[SCREENING_SKILAS_MOBILITY],
			    "5 rises in 10.5 s (<= 14.0)");
	assert_string_equal(r.domain_reason[SCREENING_SKILAS_NUTRITION],
			    "MUAC 25.0 cm (>= 21.0)");
	assert_string_equal(r.domain_reason[SCREENING_SKILAS_VISION],
			    "finger count test passed");
	assert_string_equal(r.domain_reason[SCREENING_SKILAS_HEARING],
			    "whisper heard");
	assert_string_equal(r.domain_reason[SCREENING_SKILAS_DEPRESSION],
			    "none found");
}

static void
test_skilas_cognitive(void **state)
{
	struct screening_skilas a = healthy();
	struct screening_skilas_result r;

	(void)state;
	a.date_ok = 0;
	only(&a, SCREENING_SKILAS_COGNITIVE);
	r = skilas_ok(&a);
	assert_string_equal(r.domain_reason[SCREENING_SKILAS_COGNITIVE],
			    "wrong on today's date; recalled 3 of 3 words");
	assert_string_equal(r.result.reason, "1 positive domain(s): cognition");
	a = healthy();
	a.place_ok = 0;
	only(&a, SCREENING_SKILAS_COGNITIVE);
	a = healthy();
	a.words_recalled = 2;
	only(&a, SCREENING_SKILAS_COGNITIVE);
	a.words_recalled = 0;
	only(&a, SCREENING_SKILAS_COGNITIVE);
}

static void
test_skilas_mobility(void **state)
{
	struct screening_skilas a = healthy();
	struct screening_skilas_result r;

	(void)state;
	/* within 14 s passes; 14.1 does not */
	a.chair_seconds = 14.0;
	only(&a, -1);
	a.chair_seconds = 14.1;
	only(&a, SCREENING_SKILAS_MOBILITY);
	r = skilas_ok(&a);
	assert_string_equal(r.domain_reason[SCREENING_SKILAS_MOBILITY],
			    "5 rises in 14.1 s (> 14.0)");
	/* "could not": the seconds are not asked */
	a.chair_unable = 1;
	a.chair_seconds = SCREENING_UNSET;
	only(&a, SCREENING_SKILAS_MOBILITY);
	r = skilas_ok(&a);
	assert_string_equal(r.domain_reason[SCREENING_SKILAS_MOBILITY],
			    "could not rise 5 times");
}

static void
test_skilas_nutrition(void **state)
{
	struct screening_skilas a = healthy();
	struct screening_skilas_result r;

	(void)state;
	a.weight_loss = 1;
	only(&a, SCREENING_SKILAS_NUTRITION);
	a = healthy();
	a.appetite_loss = 1;
	only(&a, SCREENING_SKILAS_NUTRITION);
	a = healthy();
	a.lila_cm = 21.0;
	only(&a, -1);
	a.lila_cm = 20.9;
	only(&a, SCREENING_SKILAS_NUTRITION);
	r = skilas_ok(&a);
	assert_string_equal(r.domain_reason[SCREENING_SKILAS_NUTRITION],
			    "MUAC 20.9 cm (< 21.0)");
	a.weight_loss = 1;
	r = skilas_ok(&a);
	assert_string_equal(r.domain_reason[SCREENING_SKILAS_NUTRITION],
			    "weight loss > 3 kg; MUAC 20.9 cm (< 21.0)");
}

static void
test_skilas_vision(void **state)
{
	struct screening_skilas a = healthy();
	struct screening_skilas_result r;

	(void)state;
	/* an eye problem: the finger count is not needed */
	a.eye_problem = 1;
	a.finger_count_ok = SCREENING_UNSET;
	only(&a, SCREENING_SKILAS_VISION);
	r = skilas_ok(&a);
	assert_string_equal(r.domain_reason[SCREENING_SKILAS_VISION],
			    "eye problem");
	a = healthy();
	a.finger_count_ok = 0;
	only(&a, SCREENING_SKILAS_VISION);
	r = skilas_ok(&a);
	assert_string_equal(r.domain_reason[SCREENING_SKILAS_VISION],
			    "finger count test failed");
}

static void
test_skilas_hearing(void **state)
{
	struct screening_skilas a = healthy();
	struct screening_skilas_result r;

	(void)state;
	a.whisper = SCREENING_WHISPER_NOT_HEARD;
	only(&a, SCREENING_SKILAS_HEARING);
	/* the whisper test cannot be done: refer */
	a.whisper = SCREENING_WHISPER_IMPOSSIBLE;
	only(&a, SCREENING_SKILAS_HEARING);
	r = skilas_ok(&a);
	assert_int_equal(r.result.outcome, SCREENING_REFER);
	assert_string_equal(r.domain_reason[SCREENING_SKILAS_HEARING],
			    "whisper test could not be done; refer to the "
			    "Puskesmas");
	i18n_set_lang(I18N_ID);
	r = skilas_ok(&a);
	assert_string_equal(r.result.reason, "1 ranah positif: pendengaran");
	assert_string_equal(r.result.text, "ada penurunan kapasitas intrinsik");
	assert_string_equal(r.domain_reason[SCREENING_SKILAS_HEARING],
			    "tes bisik tidak dapat dilakukan; rujuk Puskesmas");
}

static void
test_skilas_depression(void **state)
{
	struct screening_skilas a = healthy();

	(void)state;
	a.sad = 1;
	only(&a, SCREENING_SKILAS_DEPRESSION);
	a = healthy();
	a.little_interest = 1;
	only(&a, SCREENING_SKILAS_DEPRESSION);
}

static void
test_skilas_two_domains(void **state)
{
	struct screening_skilas a = healthy();
	struct screening_skilas_result r;

	(void)state;
	a.words_recalled = 1;
	a.whisper = SCREENING_WHISPER_NOT_HEARD;
	r = skilas_ok(&a);
	assert_int_equal(r.positive, (1u << SCREENING_SKILAS_COGNITIVE) |
					     (1u << SCREENING_SKILAS_HEARING));
	assert_int_equal(r.positive_count, 2);
	assert_int_equal(r.result.outcome, SCREENING_REFER);
	assert_string_equal(r.result.reason,
			    "2 positive domain(s): cognition, hearing");
}

static void
skilas_refused(const struct screening_skilas *a, const char *why)
{
	struct screening_skilas_result r;
	char *err = NULL;

	assert_int_equal(screening_skilas(cfg, a, &r, &err), -1);
	assert_contains(err, why);
	free(err);
}

static void
test_skilas_incomplete(void **state)
{
	struct screening_skilas a;

	(void)state;
	screening_skilas_init(&a);
	skilas_refused(&a, "not answered: What is the date today?");
	a = healthy();
	a.words_recalled = 4;
	skilas_refused(&a, "words recalled: score 4 is invalid; allowed 0 to "
			   "3");
	a = healthy();
	a.chair_seconds = SCREENING_UNSET;
	skilas_refused(&a, "not answered: Time for 5 rises (seconds)");
	a.chair_seconds = 400;
	skilas_refused(&a, "chair rise time 400.0 s is implausible; allowed "
			   "2.0 to 300.0 s");
	a = healthy();
	a.lila_cm = SCREENING_UNSET;
	skilas_refused(&a, "not answered: Mid-upper arm circumference");
	a.lila_cm = 5;
	skilas_refused(&a, "MUAC 5.0 cm is implausible; allowed 10.0 to 60.0 "
			   "cm");
	a = healthy();
	a.finger_count_ok = SCREENING_UNSET;
	skilas_refused(&a, "not answered: Seeing test");
	a = healthy();
	a.whisper = SCREENING_WHISPER_UNSET;
	skilas_refused(&a, "not answered: Was the whisper heard");
	a.whisper = (enum screening_whisper)7;
	skilas_refused(&a, "invalid answer");
	a = healthy();
	a.sad = 3;
	skilas_refused(&a, "feeling down, depressed or hopeless?: invalid "
			   "answer; allowed yes or no");
	a = healthy();
	a.little_interest = SCREENING_UNSET;
	skilas_refused(&a, "not answered: little interest");
}

static void
test_skilas_names(void **state)
{
	int d;

	(void)state;
	assert_string_equal(
		screening_skilas_domain_code(SCREENING_SKILAS_DEPRESSION),
		"depresi");
	assert_string_equal(
		screening_skilas_domain_name(SCREENING_SKILAS_VISION),
		"vision");
	assert_null(screening_skilas_domain_code(SCREENING_SKILAS_DOMAINS));
	for (d = 0; d < SCREENING_SKILAS_DOMAINS; d++)
		assert_non_null(screening_skilas_domain_code(
			(enum screening_skilas_domain)d));
}

/* ---- AKS ---- */

/* Scores adding up to total, filling items in order up to their maxima. */
static void
fill(int score[SCREENING_AKS_ITEMS], int total)
{
	int i;

	for (i = 0; i < SCREENING_AKS_ITEMS; i++) {
		int m = screening_aks_item_max(i);

		score[i] = total < m ? total : m;
		total -= score[i];
	}
	assert_int_equal(total, 0);
}

static void
aks_is(int total, int category, char group, int home_care)
{
	int score[SCREENING_AKS_ITEMS];
	struct screening_aks_result r;
	char *err = NULL;

	fill(score, total);
	if (screening_aks(cfg, score, &r, &err) != 0)
		fail_msg("AKS %d refused: %s", total, err);
	if (r.total != total || r.result.category != category ||
	    r.group != group || r.home_care != home_care)
		fail_msg("AKS %d: total %d category %d group %c home care "
			 "%d, want %d %c %d",
			 total, r.total, r.result.category, r.group,
			 r.home_care, category, group, home_care);
	assert_int_equal(r.result.outcome, category == SCREENING_AKS_INDEPENDENT
						   ? SCREENING_NORMAL
						   : SCREENING_REFER);
}

static void
test_aks_categories(void **state)
{
	(void)state;
	aks_is(20, SCREENING_AKS_INDEPENDENT, 'A', 0);
	aks_is(19, SCREENING_AKS_LIGHT, 'B', 0);
	aks_is(12, SCREENING_AKS_LIGHT, 'B', 0);
	aks_is(11, SCREENING_AKS_MODERATE, 'B', 1);
	aks_is(9, SCREENING_AKS_MODERATE, 'B', 1);
	aks_is(8, SCREENING_AKS_SEVERE, 'C', 1);
	aks_is(5, SCREENING_AKS_SEVERE, 'C', 1);
	aks_is(4, SCREENING_AKS_TOTAL, 'C', 1);
	aks_is(0, SCREENING_AKS_TOTAL, 'C', 1);
}

static void
test_aks_texts(void **state)
{
	int score[SCREENING_AKS_ITEMS];
	struct screening_aks_result r;
	char *err = NULL;
	int i, sum = 0;

	(void)state;
	fill(score, 11);
	assert_int_equal(screening_aks(cfg, score, &r, &err), 0);
	assert_string_equal(r.result.code, "sedang");
	assert_string_equal(r.result.text, "moderate dependency");
	assert_string_equal(r.result.reason, "score 11 of 20");
	i18n_set_lang(I18N_ID);
	assert_int_equal(screening_aks(cfg, score, &r, &err), 0);
	assert_string_equal(r.result.text, "ketergantungan sedang");
	assert_string_equal(r.result.reason, "skor 11 dari 20");
	assert_string_equal(screening_aks_item_label(0),
			    "Mengendalikan rangsang buang air besar (BAB)");
	assert_string_equal(screening_aks_level_text(5, 2),
			    "bantuan minimal (1 orang)");
	i18n_set_lang(I18N_EN);
	assert_string_equal(screening_aks_level_text(5, 2),
			    "minor help (one person)");
	assert_string_equal(screening_aks_level_text(9, 1), "independent");
	assert_string_equal(screening_aks_level_text(9, 2), "?");
	assert_string_equal(screening_aks_level_text(10, 0), "?");
	assert_string_equal(screening_aks_level_text(0, -1), "?");
	assert_null(screening_aks_item_code(10));
	assert_int_equal(screening_aks_item_max(-1), -1);
	/* the ten items of ILP.md 6.2, in order */
	{
		static const char *const codes[] = {
			"bab",       "bak",        "membersihkan_diri",
			"toilet",    "makan",      "berpindah",
			"mobilitas", "berpakaian", "naik_tangga",
			"mandi"};
		static const int max[] = {2, 2, 1, 2, 2, 3, 3, 2, 2, 1};

		for (i = 0; i < SCREENING_AKS_ITEMS; i++) {
			int s;

			assert_string_equal(screening_aks_item_code(i),
					    codes[i]);
			assert_int_equal(screening_aks_item_max(i), max[i]);
			assert_string_not_equal(screening_aks_item_label(i),
						"?");
			for (s = 0; s <= max[i]; s++)
				assert_string_not_equal(
					screening_aks_level_text(i, s), "?");
			sum += max[i];
		}
	}
	assert_int_equal(sum, SCREENING_AKS_MAX_TOTAL);
}

static void
test_aks_refused(void **state)
{
	int score[SCREENING_AKS_ITEMS];
	struct screening_aks_result r;
	char *err = NULL;

	(void)state;
	fill(score, 20);
	score[5] = 4;
	assert_int_equal(screening_aks(cfg, score, &r, &err), -1);
	assert_string_equal(err, "Transfer (from lying to sitting): score 4 "
				 "is invalid; allowed 0 to 3");
	free(err);
	score[5] = 3;
	score[2] = 2;
	assert_int_equal(screening_aks(cfg, score, &r, &err), -1);
	assert_contains(err, "score 2 is invalid; allowed 0 to 1");
	free(err);
	score[2] = -5;
	assert_int_equal(screening_aks(cfg, score, &r, &err), -1);
	assert_contains(err, "score -5 is invalid");
	free(err);
	score[2] = SCREENING_UNSET;
	assert_int_equal(screening_aks(cfg, score, &r, &err), -1);
	assert_string_equal(err, "not answered: Grooming (face, hair, teeth)");
	free(err);
}

static void
test_aks_progress(void **state)
{
	int score[SCREENING_AKS_ITEMS];
	struct screening_aks_progress p;
	int i;

	(void)state;
	for (i = 0; i < SCREENING_AKS_ITEMS; i++)
		score[i] = SCREENING_UNSET;
	screening_aks_progress(score, &p);
	assert_int_equal(p.answered, 0);
	assert_int_equal(p.total, 0);
	assert_int_equal(p.max_possible, 20);
	score[0] = 1; /* BAB: 1 of 2 */
	score[5] = 0; /* berpindah: 0 of 3 */
	score[6] = 9; /* out of range: ignored */
	screening_aks_progress(score, &p);
	assert_int_equal(p.answered, 2);
	assert_int_equal(p.total, 1);
	assert_int_equal(p.max_possible, 20 - 1 - 3);
	fill(score, 13);
	screening_aks_progress(score, &p);
	assert_int_equal(p.answered, 10);
	assert_int_equal(p.total, 13);
	assert_int_equal(p.max_possible, 13);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_skilas_none, setup),
		cmocka_unit_test_setup(test_skilas_cognitive, setup),
		cmocka_unit_test_setup(test_skilas_mobility, setup),
		cmocka_unit_test_setup(test_skilas_nutrition, setup),
		cmocka_unit_test_setup(test_skilas_vision, setup),
		cmocka_unit_test_setup(test_skilas_hearing, setup),
		cmocka_unit_test_setup(test_skilas_depression, setup),
		cmocka_unit_test_setup(test_skilas_two_domains, setup),
		cmocka_unit_test_setup(test_skilas_incomplete, setup),
		cmocka_unit_test_setup(test_skilas_names, setup),
		cmocka_unit_test_setup(test_aks_categories, setup),
		cmocka_unit_test_setup(test_aks_texts, setup),
		cmocka_unit_test_setup(test_aks_refused, setup),
		cmocka_unit_test_setup(test_aks_progress, setup),
	};

	return cmocka_run_group_tests_name("screening_lansia", tests, NULL,
					   NULL);
}
