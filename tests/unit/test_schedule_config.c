/*
 * Reading imunisasi.ini: the shipped file loads cleanly and says what it
 * holds; each kind of configuration error is reported with file,
 * [section], key and what is allowed, and all errors are collected.
 * Small INI files are written to a temporary directory and read through
 * config_read_inidoc(), as the program does.
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
#include "core/schedule.h"
#include "util.h"

static char tmpdir[] = "/tmp/ilp-schedule-XXXXXX";
static char inipath[sizeof tmpdir + 16];

/* A correct one-antigen schedule; tests append or replace parts. */
#define ANTIGEN_X "[antigen.x]\nname = X\n"
#define DOSE_X1                                                                \
	"[dose.x1]\nantigen = X\ndose = 1\nrecommended = 2m\nearliest = "      \
	"2m\nlate_from = 3m\ncatchup_from = 12m\nnot_given_from = 60m\n"

static int
setup(void **state)
{
	(void)state;
	if (mkdtemp(tmpdir) == NULL)
		return -1;
	snprintf(inipath, sizeof inipath, "%s/imunisasi.ini", tmpdir);
	i18n_set_lang(I18N_EN);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	unlink(inipath);
	return rmdir(tmpdir);
}

/* Writes text as the INI file and loads it; errors are left in *errors. */
static int
load_text(const char *text, struct strlist *errors, struct schedule **out)
{
	struct inidoc *doc;
	FILE *f = fopen(inipath, "w");
	char *cause = NULL;
	int rc;

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
	doc = config_read_inidoc(inipath, &cause);
	if (doc == NULL)
		fail_msg("%s", cause);
	strlist_init(errors);
	rc = schedule_load(doc, out, errors);
	inidoc_free(doc);
	return rc;
}

/* Loading text fails with exactly the given errors, in order (each
 * given as a part that must appear in the message, after the path). */
static void
expect_errors(const char *text, const char *const *want, size_t nwant)
{
	struct strlist errors;
	struct schedule *s = (struct schedule *)1;
	size_t i;

	assert_int_equal(load_text(text, &errors, &s), -1);
	assert_null(s);
	for (i = 0; i < errors.n; i++)
		print_message("#   %s\n", errors.v[i]);
	if (errors.n != nwant)
		fail_msg("%zu errors, want %zu", errors.n, nwant);
	for (i = 0; i < nwant; i++) {
		if (!str_starts_with(errors.v[i], inipath))
			fail_msg("error %zu does not name the file", i);
		if (strstr(errors.v[i], want[i]) == NULL)
			fail_msg("error %zu lacks '%s'", i, want[i]);
	}
	strlist_done(&errors);
}

#define EXPECT(text, ...)                                                      \
	do {                                                                   \
		static const char *const want_[] = {__VA_ARGS__};              \
		expect_errors(text, want_, ILP_ARRAY_LEN(want_));              \
	} while (0)

static void
test_minimal_loads(void **state)
{
	struct strlist errors;
	struct schedule *s = NULL;

	(void)state;
	assert_int_equal(load_text(ANTIGEN_X DOSE_X1, &errors, &s), 0);
	assert_int_equal(errors.n, 0);
	assert_int_equal(s->n_antigens, 1);
	assert_int_equal(s->n_targets, 1);
	assert_string_equal(s->targets[0].name, "X1");
	assert_int_equal(s->grace_days, 0);
	assert_int_equal(s->je_endemic, 0);
	assert_int_equal(s->targets[0].interval.n, 0);
	assert_int_equal(s->targets[0].group, SCHEDULE_GROUP_NONE);
	strlist_done(&errors);
	schedule_free(s);
	schedule_free(NULL);
}

static void
test_unknown_antigen(void **state)
{
	(void)state;
	EXPECT(ANTIGEN_X "[dose.y1]\nantigen = Y\ndose = 1\nrecommended = "
			 "0d\nearliest = 0d\nlate_from = 1m\nnot_given_from = "
			 "2m\n" DOSE_X1,
	       "[dose.y1] antigen: invalid value 'Y'; allowed: one of X");
}

static void
test_malformed_durations(void **state)
{
	(void)state;
	/* the window keys are checked in their order, then interval */
	EXPECT(ANTIGEN_X "[dose.x1]\nantigen = X\ndose = 1\nrecommended = 2 "
			 "months\nearliest = 2q\nlate_from = m\ncatchup_from "
			 "= 1.5m\nnot_given_from = 60m\ninterval = x\n",
	       "[dose.x1] earliest: invalid value '2q'; allowed: a whole "
	       "number and a unit d (days), w (weeks), m (months) or y "
	       "(years)",
	       "[dose.x1] recommended: invalid value '2 months'",
	       "[dose.x1] late_from: invalid value 'm'",
	       "[dose.x1] catchup_from: invalid value '1.5m'; allowed: - "
	       "(none)",
	       "[dose.x1] interval: invalid value 'x'");
	EXPECT(ANTIGEN_X "[dose.x1]\nantigen = X\ndose = 1\nrecommended = "
			 "99999m\nearliest = 0d\nlate_from = 1m\n"
			 "not_given_from = 2m\n",
	       "[dose.x1] recommended: invalid value '99999m'");
}

static void
test_missing_keys(void **state)
{
	(void)state;
	EXPECT(ANTIGEN_X "[dose.x1]\nrecommended = 0d\nlate_from = 1m\n",
	       "[dose.x1] antigen: required; allowed: one of X",
	       "[dose.x1] dose: required",
	       "[dose.x1] earliest: required; allowed: a whole number",
	       "[dose.x1] not_given_from: required",
	       "[antigen.x]: no [dose.*] section");
	EXPECT("[antigen.x]\nfor = child\n" DOSE_X1,
	       "[antigen.x] name: required; allowed: any non-empty text");
}

static void
test_negative(void **state)
{
	(void)state;
	EXPECT(ANTIGEN_X DOSE_X1 "[dose.x2]\nantigen = X\ndose = 2\n"
				 "recommended = 3m\nearliest = -3m\nlate_from "
				 "= 4m\nnot_given_from = 60m\ninterval = -1m\n",
	       "[dose.x2] earliest: invalid value '-3m'; a duration cannot be "
	       "negative",
	       "[dose.x2] interval: invalid value '-1m'; a duration cannot be "
	       "negative");
}

static void
test_windows_order(void **state)
{
	(void)state;
	/* every neighbouring pair, and catch-up skipped when absent */
	EXPECT(ANTIGEN_X "[dose.x1]\nantigen = X\ndose = 1\nearliest = "
			 "3m\nrecommended = 2m\nlate_from = 13m\n"
			 "catchup_from = 12m\nnot_given_from = 11m\n",
	       "[dose.x1] earliest = 3m is later than recommended = 2m; the "
	       "order is",
	       "[dose.x1] late_from = 13m is later than catchup_from = 12m",
	       "[dose.x1] catchup_from = 12m is later than not_given_from = "
	       "11m");
	EXPECT(ANTIGEN_X "[dose.x1]\nantigen = X\ndose = 1\nearliest = "
			 "0d\nrecommended = 4m\nlate_from = 3m\n"
			 "not_given_from = 2m\n",
	       "[dose.x1] recommended = 4m is later than late_from = 3m",
	       "[dose.x1] late_from = 3m is later than not_given_from = 2m");
	/* mixed units: 32 days is more than one month for some births */
	EXPECT(ANTIGEN_X "[dose.x1]\nantigen = X\ndose = 1\nearliest = "
			 "0d\nrecommended = 0d\nlate_from = 32d\n"
			 "not_given_from = 1m\n",
	       "[dose.x1] late_from = 32d is later than not_given_from = 1m "
	       "for some dates of birth");
	EXPECT(ANTIGEN_X "[dose.x1]\nantigen = X\ndose = 1\nearliest = "
			 "0d\nrecommended = 0d\nlate_from = 29d\n"
			 "not_given_from = 1m\n",
	       "late_from = 29d is later than not_given_from = 1m");
	/* recommended at the maximum age could never be given */
	EXPECT(ANTIGEN_X "[dose.x1]\nantigen = X\ndose = 1\nearliest = "
			 "2m\nrecommended = 2m\nlate_from = 2m\n"
			 "not_given_from = 2m\n",
	       "[dose.x1] recommended = 2m must be earlier than "
	       "not_given_from = 2m");
}

/* Equal neighbours are fine, and 28 days never exceed a month. */
static void
test_windows_order_edges(void **state)
{
	struct strlist errors;
	struct schedule *s = NULL;

	(void)state;
	assert_int_equal(load_text(ANTIGEN_X
				   "[dose.x1]\nantigen = X\ndose = 1\n"
				   "earliest = 0d\nrecommended = 0d\n"
				   "late_from = 28d\ncatchup_from = 4w\n"
				   "not_given_from = 1m\n",
				   &errors, &s),
			 0);
	strlist_done(&errors);
	schedule_free(s);
	assert_int_equal(load_text(ANTIGEN_X
				   "[dose.x1]\nantigen = X\ndose = 1\n"
				   "earliest = 12m\nrecommended = 1y\n"
				   "late_from = 1y\ncatchup_from = 365d\n"
				   "not_given_from = 13m\n",
				   &errors, &s),
			 -1);
	/* 365 days are less than a year from a date before 29 February */
	assert_int_equal(errors.n, 1);
	assert_non_null(strstr(errors.v[0], "late_from = 1y is later than "
					    "catchup_from = 365d"));
	strlist_done(&errors);
}

static void
test_duplicates_and_gaps(void **state)
{
	(void)state;
	EXPECT(ANTIGEN_X DOSE_X1 "[dose.xa]\nantigen = x\ndose = 1\n"
				 "recommended = 2m\nearliest = 2m\nlate_from = "
				 "3m\nnot_given_from = 60m\n",
	       "[dose.xa] dose: X dose 1 is already defined in [dose.x1]");
	EXPECT(ANTIGEN_X DOSE_X1 "[dose.x3]\nantigen = X\ndose = 3\n"
				 "recommended = 4m\nearliest = 4m\nlate_from = "
				 "5m\nnot_given_from = 60m\ninterval = 1m\n",
	       "[antigen.x]: dose 2 is missing");
	EXPECT(ANTIGEN_X DOSE_X1 "[dose.x2]\nantigen = X\ndose = 0\n"
				 "recommended = 4m\nearliest = 4m\nlate_from = "
				 "5m\nnot_given_from = 60m\n",
	       "[dose.x2] dose: invalid value '0'; allowed: a whole number "
	       "from 1 to 64");
}

static void
test_unknown_keys_and_sections(void **state)
{
	(void)state;
	EXPECT("colour = red\n" ANTIGEN_X "speed = 3\n" DOSE_X1
	       "colour = red\n[foo]\nbar = 1\n",
	       ": colour: key outside any [section]",
	       "[antigen.x] speed: unknown key; allowed: name, code, for, "
	       "only_when",
	       "[foo]: unknown section; allowed: [options], [antigen.CODE] and "
	       "[dose.NAME]",
	       "[dose.x1] colour: unknown key; allowed: antigen, dose, "
	       "recommended");
	EXPECT(ANTIGEN_X DOSE_X1 "[options]\ngrace = 4\n",
	       "[options] grace: unknown key; allowed: grace_days, "
	       "je_endemic");
}

static void
test_bad_options(void **state)
{
	(void)state;
	EXPECT(ANTIGEN_X DOSE_X1 "[options]\ngrace_days = 31\n"
				 "je_endemic = maybe\n",
	       "[options] grace_days: invalid value '31'; allowed: a whole "
	       "number from 0 to 30",
	       "[options] je_endemic: invalid value 'maybe'; allowed: yes or "
	       "no");
	EXPECT(ANTIGEN_X DOSE_X1 "[options]\ngrace_days = -1\n",
	       "[options] grace_days: invalid value '-1'");
}

static void
test_bad_antigen_keys(void **state)
{
	(void)state;
	EXPECT("[antigen.x]\nname = X\ncode = Y\nfor = adult\nonly_when = "
	       "rainy\n" DOSE_X1,
	       "[antigen.x] code: invalid value 'Y'; allowed: the code of "
	       "[antigen.x]",
	       "[antigen.x] for: invalid value 'adult'; allowed: one of child, "
	       "wus",
	       "[antigen.x] only_when: invalid value 'rainy'; allowed: one of "
	       "je_endemic");
	EXPECT("[antigen.toolongxx]\nname = X\n" DOSE_X1,
	       "[antigen.toolongxx]: invalid name; allowed: letters and "
	       "digits, at most 7",
	       "[dose.x1] antigen: invalid value 'X'");
	EXPECT(ANTIGEN_X DOSE_X1 "[dose.x-2]\nantigen = X\ndose = 2\n",
	       "[dose.x-2]: invalid name");
}

static void
test_bad_dose_keys(void **state)
{
	(void)state;
	EXPECT(ANTIGEN_X DOSE_X1 "group = IDX\ninterval = 1m\n",
	       "[dose.x1] group: invalid value 'IDX'; allowed: one of IDL, "
	       "IBL, none",
	       "[dose.x1] interval: invalid value '1m'; dose 1 has no previous "
	       "dose");
	/* a Td dose takes only antigen, dose and interval */
	EXPECT("[antigen.td]\nname = Td\ncode = Td\nfor = wus\n[dose.t1]\n"
	       "antigen = Td\ndose = 1\nearliest = 0d\ngroup = IDL\n",
	       "[dose.t1] earliest: does not apply to antigen Td (for = wus)",
	       "[dose.t1] group: does not apply to antigen Td");
	EXPECT("[options]\ngrace_days = 0\n",
	       "no [dose.*] section; the schedule is empty");
}

/* Every error is reported, not only the first, in file order. */
static void
test_collects_all(void **state)
{
	(void)state;
	EXPECT("[options]\nje_endemic = ya\n[antigen.x]\nname = X\nfor = "
	       "kid\n[dose.x1]\nantigen = X\ndose = 1\nrecommended = 2m\n"
	       "earliest = 2m\nlate_from = 1m\nnot_given_from = 60m\n"
	       "[dose.x2]\nantigen = Z\ndose = 2\nrecommended = 3m\nearliest = "
	       "3m\nlate_from = 4m\nnot_given_from = 60m\ninterval = -4w\n",
	       "[options] je_endemic", "[antigen.x] for",
	       "[dose.x1] recommended = 2m is later than late_from = 1m",
	       "[dose.x2] antigen: invalid value 'Z'",
	       "[dose.x2] interval"); /* x1 is dose 1 */
}

/* Messages follow the language: the same error in Indonesian. */
static void
test_errors_in_indonesian(void **state)
{
	(void)state;
	i18n_set_lang(I18N_ID);
	EXPECT(ANTIGEN_X DOSE_X1 "interval = 1 bulan\n",
	       "[dose.x1] interval: nilai '1 bulan' tidak sah; boleh - (tidak "
	       "ada)");
	i18n_set_lang(I18N_EN);
}

static struct schedule *
load_shipped(void)
{
	struct inidoc *doc;
	struct schedule *s = NULL;
	struct strlist errors;
	char *cause = NULL;
	size_t i;

	doc = config_read_inidoc(ILP_SOURCE_CONFIG_DIR "/imunisasi.ini",
				 &cause);
	if (doc == NULL)
		fail_msg("%s", cause);
	strlist_init(&errors);
	if (schedule_load(doc, &s, &errors) < 0)
		for (i = 0; i < errors.n; i++)
			print_error("%s\n", errors.v[i]);
	assert_int_equal(errors.n, 0);
	strlist_done(&errors);
	inidoc_free(doc);
	assert_non_null(s);
	return s;
}

static const struct schedule_target *
target(const struct schedule *s, const char *name)
{
	size_t i;

	for (i = 0; i < s->n_targets; i++)
		if (strcmp(s->targets[i].name, name) == 0)
			return &s->targets[i];
	fail_msg("no target %s", name);
	return NULL;
}

/* The shipped file is ILP.md §3.1 and §3.3, row by row. */
static void
test_shipped_schedule(void **state)
{
	static const char *const order[] = {
		"HB0",  "BCG",  "OPV1", "DPT1", "OPV2", "PCV1", "RV1",
		"DPT2", "OPV3", "PCV2", "RV2",  "DPT3", "OPV4", "IPV1",
		"RV3",  "MR1",  "IPV2", "JE1",  "PCV3", "DPT4", "MR2",
		"T1",   "T2",   "T3",   "T4",   "T5"};
	struct schedule *s = load_shipped();
	const struct schedule_target *t;
	int td;
	size_t i;

	(void)state;
	assert_int_equal(s->n_targets, ILP_ARRAY_LEN(order));
	for (i = 0; i < ILP_ARRAY_LEN(order); i++)
		assert_string_equal(s->targets[i].name, order[i]);
	assert_int_equal(s->n_antigens, 10);
	assert_int_equal(s->grace_days, 0);
	assert_int_equal(s->je_endemic, 0);
	assert_false(s->antigens[schedule_antigen_find(s, "JE")].enabled);
	assert_true(s->antigens[schedule_antigen_find(s, "MR")].enabled);

	t = target(s, "HB0");
	assert_int_equal(t->late_from.n, 8);
	assert_int_equal(t->late_from.unit, SCHEDULE_DAYS);
	assert_false(t->has_catchup);
	assert_int_equal(t->not_given_from.n, 1);
	assert_int_equal(t->not_given_from.unit, SCHEDULE_MONTHS);
	assert_int_equal(t->group, SCHEDULE_GROUP_IDL);
	assert_string_equal(s->antigens[t->antigen].code, "HB0");
	t = target(s, "RV3");
	assert_int_equal(t->dose, 3);
	assert_int_equal(t->not_given_from.n, 7);
	assert_int_equal(t->interval.n, 1);
	t = target(s, "JE1");
	assert_int_equal(t->group, SCHEDULE_GROUP_NONE);
	assert_int_equal(t->catchup_from.n, 11);
	t = target(s, "PCV3");
	assert_int_equal(t->interval.n, 8);
	assert_int_equal(t->interval.unit, SCHEDULE_WEEKS);
	assert_int_equal(t->group, SCHEDULE_GROUP_IBL);
	assert_int_equal(target(s, "DPT4")->interval.n, 12);
	assert_int_equal(target(s, "MR2")->interval.n, 6);
	assert_int_equal(target(s, "IPV2")->dose, 2);

	td = schedule_antigen_of_kind(s, SCHEDULE_FOR_WUS);
	assert_int_equal(td, schedule_antigen_find(s, "TD"));
	assert_string_equal(s->antigens[td].code, "Td");
	assert_int_equal(s->antigens[td].n, 5);
	assert_int_equal(target(s, "T2")->interval.n, 4);
	assert_int_equal(target(s, "T2")->interval.unit, SCHEDULE_WEEKS);
	assert_int_equal(target(s, "T3")->interval.n, 6);
	assert_int_equal(target(s, "T5")->interval.n, 12);
	/* series: each antigen's targets in dose order */
	i = (size_t)schedule_antigen_find(s, "OPV");
	assert_int_equal(s->antigens[i].n, 4);
	assert_string_equal(
		s->targets[s->series[s->antigens[i].first + 3]].name, "OPV4");
	assert_int_equal(schedule_antigen_find(s, "XYZ"), -1);
	schedule_free(s);
}

static void
test_describe(void **state)
{
	struct schedule *s = load_shipped();
	char *text = NULL;
	size_t len = 0;
	FILE *f;
	const char *hb0, *dpt4, *je, *t5;

	(void)state;
	f = open_memstream(&text, &len);
	assert_non_null(f);
	schedule_describe(s, f);
	fclose(f);
	hb0 = strstr(text, "\n  HB0    HB0     0d          0d       8d        "
			   "-            1m             -        IDL\n");
	je = strstr(text, "\n  JE1    JE      10m         10m      11m       "
			  "11m          60m            -        -  (not "
			  "scheduled: je_endemic = no)\n");
	dpt4 = strstr(text, "\n  DPT4   DPT     18m         18m      24m       "
			    "24m          60m            12m      IBL\n");
	t5 = strstr(text, "\n  T5     Td      -           -        -         "
			  "-            -              12m      WUS\n");
	assert_non_null(hb0);
	assert_non_null(je);
	assert_non_null(dpt4);
	assert_non_null(t5);
	assert_true(hb0 < je && je < dpt4 && dpt4 < t5);
	assert_non_null(strstr(text, "26 target doses"));
	assert_non_null(strstr(text, "grace_days = 0, je_endemic = no"));
	free(text);
	schedule_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_minimal_loads),
		cmocka_unit_test(test_unknown_antigen),
		cmocka_unit_test(test_malformed_durations),
		cmocka_unit_test(test_missing_keys),
		cmocka_unit_test(test_negative),
		cmocka_unit_test(test_windows_order),
		cmocka_unit_test(test_windows_order_edges),
		cmocka_unit_test(test_duplicates_and_gaps),
		cmocka_unit_test(test_unknown_keys_and_sections),
		cmocka_unit_test(test_bad_options),
		cmocka_unit_test(test_bad_antigen_keys),
		cmocka_unit_test(test_bad_dose_keys),
		cmocka_unit_test(test_collects_all),
		cmocka_unit_test(test_errors_in_indonesian),
		cmocka_unit_test(test_shipped_schedule),
		cmocka_unit_test(test_describe),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
