/*
 * config/skrining.ini: the shipped file loads cleanly and equals the
 * built-in defaults; each kind of error (not a number, a decimal where a
 * whole number belongs, too many decimals, out of range, thresholds out of
 * order, a plausible range upside down, unknown key or section, a key
 * outside any section) names file, [section], key and what is allowed;
 * all errors are collected. Also the codes and names of categories.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "core/i18n.h"
#include "core/inidoc.h"
#include "core/screening.h"
#include "util.h"

#ifndef ILP_SOURCE_CONFIG_DIR
#define ILP_SOURCE_CONFIG_DIR "config"
#endif
#define SHIPPED ILP_SOURCE_CONFIG_DIR "/skrining.ini"

static int
setup(void **state)
{
	(void)state;
	i18n_set_lang(I18N_EN);
	return 0;
}

static void
assert_contains(const char *haystack, const char *needle)
{
	if (haystack == NULL || strstr(haystack, needle) == NULL)
		fail_msg("'%s' does not contain '%s'",
			 haystack != NULL ? haystack : "(null)", needle);
}

static struct inidoc *
read_doc(const char *path)
{
	struct inidoc *doc;
	char *cause = NULL;

	doc = config_read_inidoc(path, &cause);
	if (doc == NULL)
		fail_msg("%s: %s", path, cause);
	return doc;
}

/*
 * Loads text as a skrining.ini; returns screening_load()'s result, the
 * config (or NULL) in *cfg and the errors. path receives the file name.
 */
static int
load_text(const char *text, struct screening_config **cfg,
	  struct strlist *errors, char *path, size_t size)
{
	struct inidoc *doc;
	FILE *f;
	int fd, rc;

	str_copy(path, "/tmp/ilp-skrining-XXXXXX", size);
	fd = mkstemp(path);
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
	doc = read_doc(path);
	strlist_init(errors);
	rc = screening_load(doc, cfg, errors);
	inidoc_free(doc);
	unlink(path);
	return rc;
}

/* text must give exactly one error, containing each of the needles. */
static void
one_error(const char *text, const char *needle1, const char *needle2)
{
	struct screening_config *cfg = (void *)1;
	struct strlist errors;
	char path[64], want[96];

	if (load_text(text, &cfg, &errors, path, sizeof path) != -1)
		fail_msg("accepted: %s", text);
	assert_null(cfg);
	if (errors.n != 1) {
		size_t i;

		for (i = 0; i < errors.n; i++)
			print_message("# %s\n", errors.v[i]);
		fail_msg("%zu errors for: %s", errors.n, text);
	}
	snprintf(want, sizeof want, "%s: ", path);
	assert_true(str_starts_with(errors.v[0], want));
	assert_contains(errors.v[0], needle1);
	if (needle2 != NULL)
		assert_contains(errors.v[0], needle2);
	strlist_done(&errors);
}

static char *
describe(const struct screening_config *cfg)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	screening_describe(cfg, f);
	assert_int_equal(fclose(f), 0);
	return buf;
}

static void
test_shipped_loads_cleanly(void **state)
{
	struct inidoc *doc = read_doc(SHIPPED);
	struct screening_config *cfg = NULL;
	struct strlist errors;
	char *got, *want, *line, *save = NULL;
	int keys = 0;

	(void)state;
	strlist_init(&errors);
	assert_int_equal(screening_load(doc, &cfg, &errors), 0);
	assert_int_equal(errors.n, 0);
	assert_non_null(cfg);
	/* identical to the built-in defaults, value for value */
	got = describe(cfg);
	want = describe(screening_config_defaults());
	assert_string_equal(got, want);
	/* and the file writes out every key (none left to the defaults) */
	for (line = strtok_r(got, "\n", &save); line != NULL;
	     line = strtok_r(NULL, "\n", &save)) {
		char sec[64], key[64];

		assert_int_equal(sscanf(line, " [%63[^]]] %63s", sec, key), 2);
		if (inidoc_get(inidoc_find(doc, sec), key) == NULL)
			fail_msg("%s does not set [%s] %s", SHIPPED, sec, key);
		assert_contains(line, "(default)");
		keys++;
	}
	assert_int_equal(keys, 54);
	free(got);
	free(want);
	strlist_done(&errors);
	screening_config_free(cfg);
	inidoc_free(doc);
}

static void
test_defaults(void **state)
{
	const struct screening_config *d = screening_config_defaults();
	struct screening_config *cfg = screening_config_new();
	char *text;

	(void)state;
	assert_memory_equal(cfg, d, sizeof *cfg);
	assert_int_equal(d->bp_systolic_from[SCREENING_BP_HT1], 140);
	assert_int_equal(d->bp_diastolic_from[SCREENING_BP_HT1], 90);
	assert_int_equal(d->bmi_from[SCREENING_BMI_OBESE1], 250);
	assert_int_equal(d->srq20_critical_item, 17);
	assert_int_equal(d->rescreen_months[SCREENING_TB], 0);
	text = describe(d);
	assert_contains(text, "  [blood_pressure] grade1_systolic = 140 "
			      "(default)\n");
	assert_contains(text, "  [bmi] normal = 18.5 (default)\n");
	assert_contains(text, "  [bmi] weight_min = 2.0 (default)\n");
	assert_contains(text, "  [rescreen] srq20 = 12 (default)\n");
	free(text);
	screening_config_free(cfg);
	screening_config_free(NULL);
}

static void
test_partial_file_keeps_defaults(void **state)
{
	struct screening_config *cfg = NULL;
	struct strlist errors;
	char path[64], *text;

	(void)state;
	assert_int_equal(
		load_text("; nothing\n", &cfg, &errors, path, sizeof path), 0);
	assert_memory_equal(cfg, screening_config_defaults(), sizeof *cfg);
	screening_config_free(cfg);
	strlist_done(&errors);

	/* a puskesmas following a stricter juknis; a decimal comma is fine */
	assert_int_equal(load_text("[glucose]\nrandom_prediabetes = 130\n"
				   "[bmi]\nnormal = 18,0\n"
				   "[waist]\nfemale_above = 79.5\n",
				   &cfg, &errors, path, sizeof path),
			 0);
	assert_int_equal(errors.n, 0);
	assert_int_equal(
		cfg->glucose_random_from[SCREENING_GLUCOSE_PREDIABETES], 130);
	assert_int_equal(cfg->bmi_from[SCREENING_BMI_NORMAL], 180);
	assert_int_equal(cfg->waist_female_above, 795);
	assert_int_equal(cfg->glucose_random_from[SCREENING_GLUCOSE_DIABETES],
			 200);
	text = describe(cfg);
	assert_contains(text, "  [glucose] random_prediabetes = 130\n");
	assert_contains(text, "  [bmi] normal = 18.0\n");
	assert_contains(text, "  [waist] female_above = 79.5\n");
	free(text);
	{
		struct screening_result r;
		char *err = NULL;

		assert_int_equal(screening_glucose(cfg,
						   SCREENING_GLUCOSE_RANDOM,
						   130, &r, &err),
				 0);
		assert_int_equal(r.category, SCREENING_GLUCOSE_PREDIABETES);
		assert_int_equal(screening_waist(cfg, 'P', 79.6, &r, &err), 0);
		assert_int_equal(r.category, SCREENING_WAIST_CENTRAL);
	}
	screening_config_free(cfg);
	strlist_done(&errors);
}

static void
test_error_kinds(void **state)
{
	(void)state;
	one_error("[blood_pressure]\ngrade1_systolic = abc\n",
		  "[blood_pressure] grade1_systolic: invalid value 'abc'; "
		  "allowed: a whole number from 1 to 400",
		  NULL);
	one_error("[blood_pressure]\ngrade1_systolic = 140.5\n",
		  "[blood_pressure] grade1_systolic: invalid value '140.5'",
		  "a whole number");
	one_error("[glucose]\nmin =\n", "[glucose] min: invalid value ''",
		  NULL);
	one_error("[bmi]\nnormal = 18.55\n",
		  "[bmi] normal: invalid value '18.55'; allowed: a number "
		  "from 5.0 to 100.0 with at most one decimal",
		  NULL);
	one_error("[srq20]\ncritical_item = 21\n",
		  "[srq20] critical_item: invalid value '21'; allowed: a whole "
		  "number from 1 to 20",
		  NULL);
	one_error("[rescreen]\nskilas = 0\n", "[rescreen] skilas",
		  "from 1 to 120");
	one_error("[tb]\nsymptoms = 5\n", "[tb] symptoms", "from 1 to 4");
	one_error("[aks]\nlight_from = 20\n", "[aks] light_from",
		  "from 1 to 19");
}

static void
test_order_errors(void **state)
{
	(void)state;
	one_error("[blood_pressure]\ngrade2_systolic = 135\n",
		  "[blood_pressure] grade2_systolic: invalid value '135'; "
		  "must be greater than grade1_systolic (140)",
		  NULL);
	one_error("[blood_pressure]\nnormal_diastolic = 30\n",
		  "[blood_pressure] normal_diastolic: invalid value '30'; "
		  "must be greater than diastolic_min (30)",
		  NULL);
	one_error("[glucose]\nmax = 150\n",
		  "[glucose] max: invalid value '150'; must not be less than "
		  "random_diabetes (200)",
		  NULL);
	one_error("[glucose]\nfasting_diabetes = 100\n",
		  "[glucose] fasting_diabetes: invalid value '100'; must be "
		  "greater than fasting_prediabetes (100)",
		  NULL);
	one_error("[bmi]\nobese1 = 23.0\n",
		  "[bmi] obese1: invalid value '23.0'; must be greater than "
		  "overweight (23.0)",
		  NULL);
	one_error("[aks]\nmoderate_from = 12\n",
		  "[aks] light_from: invalid value '12'; must be greater than "
		  "moderate_from (12)",
		  NULL);
	one_error("[skilas]\nlila_max = 20.0\n",
		  "[skilas] lila_max: invalid value '20.0'; must not be less "
		  "than lila_below (21.0)",
		  NULL);
	one_error("[blood_pressure]\nrefer_systolic = 301\n",
		  "[blood_pressure] systolic_max: invalid value '300'; must "
		  "not be less than refer_systolic (301)",
		  NULL);
}

static void
test_range_errors(void **state)
{
	(void)state;
	/* plausible ranges must not be upside down */
	one_error("[bmi]\nweight_min = 300\n",
		  "[bmi] weight_max: invalid value '250.0'; must be greater "
		  "than weight_min (300.0)",
		  NULL);
	one_error("[bmi]\nheight_max = 40\n",
		  "[bmi] height_max: invalid value '40.0'; must be greater "
		  "than height_min (40.0)",
		  NULL);
	one_error("[waist]\nmax = 85\n",
		  "[waist] max: invalid value '85.0'; must be greater than "
		  "male_above (90.0)",
		  NULL);
	one_error("[skilas]\nchair_min = 14\n",
		  "[skilas] chair_seconds: invalid value '14.0'; must be "
		  "greater than chair_min (14.0)",
		  NULL);
}

static void
test_unknown_names(void **state)
{
	(void)state;
	one_error("[tb]\ncough_week = 3\n",
		  "[tb] cough_week: unknown key; allowed: cough_weeks, "
		  "symptoms",
		  NULL);
	one_error("[bloodpressure]\ngrade1_systolic = 140\n",
		  "[bloodpressure]: unknown section; allowed: blood_pressure, "
		  "glucose, bmi, waist, srq20, tb, skilas, aks, rescreen",
		  NULL);
	one_error("refer_from = 6\n[srq20]\n",
		  "refer_from: key outside any [section]; allowed sections: "
		  "blood_pressure",
		  NULL);
}

static void
test_all_errors_collected(void **state)
{
	struct screening_config *cfg = NULL;
	struct strlist errors;
	char path[64];

	(void)state;
	/* a refused value does not also report the order it takes part in */
	assert_int_equal(load_text("[blood_pressure]\n"
				   "grade1_systolic = x\n"
				   "grade3_diastolic = 100\n"
				   "[glucose]\n"
				   "max = 2001\n"
				   "[tb]\n"
				   "cough_weeks = 2\n"
				   "colour = red\n"
				   "[extra]\n"
				   "a = 1\n",
				   &cfg, &errors, path, sizeof path),
			 -1);
	assert_null(cfg);
	/* values and names in file order, then thresholds out of order */
	assert_int_equal(errors.n, 5);
	assert_contains(errors.v[0], "[blood_pressure] grade1_systolic: "
				     "invalid value 'x'");
	assert_contains(errors.v[1], "[glucose] max: invalid value '2001'");
	assert_contains(errors.v[2], "[tb] colour: unknown key");
	assert_contains(errors.v[3], "[extra]: unknown section");
	assert_contains(errors.v[4], "[blood_pressure] grade3_diastolic: "
				     "invalid value '100'; must be greater "
				     "than grade2_diastolic (100)");
	strlist_done(&errors);
	/* the unknown section is reported in file order */
	assert_int_equal(load_text("[extra]\na = 1\n[aks]\nsevere_from = 0\n",
				   &cfg, &errors, path, sizeof path),
			 -1);
	assert_int_equal(errors.n, 2);
	assert_contains(errors.v[0], "[extra]: unknown section");
	assert_contains(errors.v[1], "[aks] severe_from");
	strlist_done(&errors);
}

static void
test_errors_in_indonesian(void **state)
{
	(void)state;
	i18n_set_lang(I18N_ID);
	one_error("[bmi]\nobese2 = 24.0\n",
		  "[bmi] obese2: nilai '24.0' tidak sah; harus lebih besar "
		  "dari obese1 (25.0)",
		  NULL);
	one_error("[bmi]\nnormal = x\n",
		  "boleh angka 5.0 sampai 100.0 dengan paling banyak satu "
		  "angka desimal",
		  NULL);
	i18n_set_lang(I18N_EN);
}

static void
test_codes_and_names(void **state)
{
	enum screening_kind kind;
	int k, c, back;

	(void)state;
	for (k = 0; k < SCREENING_KIND_COUNT; k++) {
		const char *code = screening_kind_code((enum screening_kind)k);

		assert_non_null(code);
		assert_int_equal(screening_kind_parse(code, &kind), 0);
		assert_int_equal(kind, k);
		assert_true(screening_category_count(kind) >= 2);
		for (c = 0; c < screening_category_count(kind); c++) {
			code = screening_category_code(kind, c);
			assert_non_null(code);
			assert_int_equal(
				screening_category_parse(kind, code, &back), 0);
			assert_int_equal(back, c);
			assert_string_not_equal(
				screening_category_name(kind, c), "?");
		}
		assert_null(screening_category_code(
			kind, screening_category_count(kind)));
	}
	assert_int_equal(screening_kind_parse("nope", &kind), -1);
	assert_int_equal(screening_category_parse(SCREENING_BP, "nope", &back),
			 -1);
	assert_null(screening_kind_code(SCREENING_KIND_COUNT));
	assert_string_equal(screening_kind_name(SCREENING_KIND_COUNT), "?");
	assert_int_equal(screening_category_count(SCREENING_KIND_COUNT), 0);
	assert_string_equal(
		screening_category_code(SCREENING_BMI, SCREENING_BMI_OBESE1),
		"obesitas_1");
	assert_string_equal(
		screening_category_name(SCREENING_BMI, SCREENING_BMI_OBESE1),
		"obesity I");
	assert_string_equal(screening_outcome_code(SCREENING_FOLLOW_UP),
			    "tindak_lanjut");
	assert_string_equal(screening_outcome_name(SCREENING_REFER), "refer");
	assert_null(screening_outcome_code((enum screening_outcome)3));
	i18n_set_lang(I18N_ID);
	assert_string_equal(screening_outcome_name(SCREENING_FOLLOW_UP),
			    "tindak lanjut");
	assert_string_equal(screening_kind_name(SCREENING_TB), "gejala TBC");
	i18n_set_lang(I18N_EN);
}

static void
test_format_tenths(void **state)
{
	char buf[32];

	(void)state;
	assert_string_equal(screening_format_tenths(249, buf, sizeof buf),
			    "24.9");
	assert_string_equal(screening_format_tenths(5, buf, sizeof buf), "0.5");
	assert_string_equal(screening_format_tenths(-15, buf, sizeof buf),
			    "-1.5");
	i18n_set_lang(I18N_ID);
	assert_string_equal(screening_format_tenths(185, buf, sizeof buf),
			    "18,5");
	i18n_set_lang(I18N_EN);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_shipped_loads_cleanly, setup),
		cmocka_unit_test_setup(test_defaults, setup),
		cmocka_unit_test_setup(test_partial_file_keeps_defaults, setup),
		cmocka_unit_test_setup(test_error_kinds, setup),
		cmocka_unit_test_setup(test_order_errors, setup),
		cmocka_unit_test_setup(test_range_errors, setup),
		cmocka_unit_test_setup(test_unknown_names, setup),
		cmocka_unit_test_setup(test_all_errors_collected, setup),
		cmocka_unit_test_setup(test_errors_in_indonesian, setup),
		cmocka_unit_test_setup(test_codes_and_names, setup),
		cmocka_unit_test_setup(test_format_tenths, setup),
	};

	return cmocka_run_group_tests_name("screening_config", tests, NULL,
					   NULL);
}
