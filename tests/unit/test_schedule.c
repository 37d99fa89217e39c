/*
 * The immunisation evaluator of ILP.md §3.2 on the shipped schedule: the
 * worked example of issue 4 as full TSV text, a table of boundary cases
 * (each row's earliest / late / catch-up / not-given edges, intervals,
 * grace, JE, month ends), completeness, explanations and entry checks.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/schedule.h"
#include "helpers/schedule_fixture.h"
#include "util.h"

/* One expectation about one row of an evaluation. */
struct eval_case {
	const char *dob;
	const char *today;
	const char *given; /* --given text */
	const char *grace; /* [options] grace_days, NULL = file's */
	const char *je;    /* [options] je_endemic, NULL = file's */
	/* A target name ("DPT2"), or "AG@YYYY-MM-DD" for the row of an
	 * administered dose that satisfied no target. */
	const char *row;
	const char *status;
	const char *date_given; /* NULL = not checked, "" = empty */
	const char *earliest;   /* NULL = not checked */
	const char *recommended;
	const char *reason; /* a part of the Indonesian reason, or NULL */
};

#define B "2025-01-10" /* the usual date of birth */

static const struct eval_case eval_cases[] = {
	/* HB0: 0d / late 8d / no catch-up / not given from 1m */
	{B, B, "", 0, 0, "HB0", "due", "", B, B, "HB0 sudah waktunya"},
	{B, "2025-01-17", "", 0, 0, "HB0", "due", "", B, B, NULL},
	{B, "2025-01-18", "", 0, 0, "HB0", "late", "", B, B,
	 "tidak diberikan mulai umur 1 bulan"},
	{B, "2025-02-09", "", 0, 0, "HB0", "late", "", B, B, NULL},
	{B, "2025-02-10", "", 0, 0, "HB0", "expired", "", B, B,
	 "HB0 tidak diberikan lagi: umur 1 bulan, batasnya umur 1 bulan"},
	{B, "2025-03-01", "HB0:2025-01-17", 0, 0, "HB0", "valid", "2025-01-17",
	 B, B, "IM-Ideal"},
	{B, "2025-03-01", "HB0:2025-01-18", 0, 0, "HB0", "valid", "2025-01-18",
	 B, B, "IM-Kejar (mulai umur 8 hari)"},
	{B, "2025-03-01", "HB0:2025-02-09", 0, 0, "HB0", "valid", "2025-02-09",
	 B, B, NULL},
	{B, "2025-03-01", "HB0:2025-02-10", 0, 0, "HB0@2025-02-10", "invalid",
	 "2025-02-10", "", "",
	 "HB0 melewati batas umur: diberikan umur 1 bulan, tidak diberikan "
	 "mulai umur 1 bulan"},
	{B, "2025-03-01", "HB0:2025-02-10", 0, 0, "HB0", "expired", "", B, B,
	 NULL},
	/* BCG expires at 12 months */
	{B, "2026-01-09", "", 0, 0, "BCG", "late", "", B, B, NULL},
	{B, "2026-01-10", "", 0, 0, "BCG", "expired", "", B, B, NULL},
	{B, "2026-02-01", "BCG:2026-01-09", 0, 0, "BCG", "valid", "2026-01-09",
	 B, B, "IM-Kejar"},
	{B, "2026-02-01", "BCG:2026-01-10", 0, 0, "BCG@2026-01-10", "invalid",
	 "2026-01-10", "", "", "BCG melewati batas umur"},
	/* OPV1: late 2m, catch-up 12m, not given 60m */
	{B, "2025-03-09", "", 0, 0, "OPV1", "due", "", B, B, NULL},
	{B, "2025-03-10", "", 0, 0, "OPV1", "late", "", B, B,
	 "OPV1 terlambat: umur 2 bulan, seharusnya sebelum umur 2 bulan; "
	 "imunisasi kejar mulai umur 12 bulan"},
	{B, "2026-01-09", "", 0, 0, "OPV1", "late", "", B, B, NULL},
	{B, "2026-01-10", "", 0, 0, "OPV1", "catchup", "", B, B,
	 "OPV1 imunisasi kejar: umur 12 bulan; tidak diberikan mulai umur 60 "
	 "bulan"},
	{B, "2030-01-09", "", 0, 0, "OPV1", "catchup", "", B, B, NULL},
	{B, "2030-01-10", "", 0, 0, "OPV1", "expired", "", B, B, NULL},
	/* DPT1: 2m / late 3m / catch-up 12m */
	{B, "2025-03-09", "", 0, 0, "DPT1", "upcoming", "", "2025-03-10",
	 "2025-03-10", "DPT1 belum waktunya: boleh mulai umur 2 bulan"},
	{B, "2025-03-10", "", 0, 0, "DPT1", "due", "", "2025-03-10",
	 "2025-03-10", NULL},
	{B, "2025-04-09", "", 0, 0, "DPT1", "due", "", NULL, NULL, NULL},
	{B, "2025-04-10", "", 0, 0, "DPT1", "late", "", NULL, NULL, NULL},
	{B, "2026-01-09", "", 0, 0, "DPT1", "late", "", NULL, NULL, NULL},
	{B, "2026-01-10", "", 0, 0, "DPT1", "catchup", "", NULL, NULL, NULL},
	/* too young by one day, then the valid repeat */
	{B, "2025-03-15", "DPT:2025-03-09", 0, 0, "DPT@2025-03-09", "invalid",
	 "2025-03-09", "", "",
	 "DPT1 terlalu muda: diberikan umur 1 bulan 27 hari, minimal umur 2 "
	 "bulan"},
	{B, "2025-03-15", "DPT:2025-03-09", 0, 0, "DPT1", "due", "",
	 "2025-03-10", "2025-03-10", NULL},
	{B, "2025-03-15", "DPT:2025-03-09,DPT:2025-03-10", 0, 0, "DPT1",
	 "valid", "2025-03-10", "2025-03-10", "2025-03-10", "IM-Ideal"},
	{B, "2025-03-15", "DPT:2025-03-09,DPT:2025-03-10", 0, 0, "DPT2",
	 "upcoming", "", "2025-04-10", "2025-04-10", NULL},
	/* IM-Ideal up to the day before late_from, IM-Kejar from it */
	{B, "2025-05-01", "DPT:2025-04-09", 0, 0, "DPT1", "valid", "2025-04-09",
	 NULL, NULL, "IM-Ideal (sebelum umur 3 bulan)"},
	{B, "2025-05-01", "DPT:2025-04-10", 0, 0, "DPT1", "valid", "2025-04-10",
	 NULL, NULL, "IM-Kejar (mulai umur 3 bulan)"},
	/* intervals: DPT2 one day too soon, then at the interval */
	{B, "2025-05-01", "DPT:2025-03-20,DPT:2025-04-19", 0, 0,
	 "DPT@2025-04-19", "invalid", "2025-04-19", "", "",
	 "DPT2 terlalu cepat: 30 hari setelah DPT1, minimal 1 bulan"},
	{B, "2025-05-01", "DPT:2025-03-20,DPT:2025-04-19", 0, 0, "DPT2", "due",
	 "", "2025-04-20", "2025-04-20", NULL},
	{B, "2025-05-01", "DPT:2025-03-20,DPT:2025-04-20", 0, 0, "DPT2",
	 "valid", "2025-04-20", "2025-04-20", "2025-04-20", NULL},
	/* the interval sets the earliest date: upcoming, then straight to
	 * late when it falls after late_from */
	{B, "2025-03-15", "OPV:2025-02-20", 0, 0, "OPV2", "upcoming", "",
	 "2025-03-20", "2025-03-20",
	 "OPV2 belum waktunya: boleh 1 bulan setelah OPV1"},
	{B, "2025-04-15", "OPV:2025-03-15", 0, 0, "OPV2", "late", "",
	 "2025-04-15", "2025-04-15", NULL},
	{B, "2025-04-14", "OPV:2025-03-15", 0, 0, "OPV2", "upcoming", "",
	 "2025-04-15", "2025-04-15", NULL},
	/* PCV3 under 8 weeks after PCV2 */
	{B, "2026-02-01", "PCV:2025-03-10,PCV:2025-12-01,PCV:2026-01-25", 0, 0,
	 "PCV@2026-01-25", "invalid", "2026-01-25", "", "",
	 "PCV3 terlalu cepat: 7 minggu 6 hari setelah PCV2, minimal 8 minggu"},
	{B, "2026-02-01", "PCV:2025-03-10,PCV:2025-12-01,PCV:2026-01-26", 0, 0,
	 "PCV3", "valid", "2026-01-26", "2026-01-26", "2026-01-26", NULL},
	/* DPT4 under 12 months after DPT3 */
	{B, "2026-09-15",
	 "DPT:2025-03-10,DPT:2025-04-10,DPT:2025-09-01,DPT:2026-08-31", 0, 0,
	 "DPT@2026-08-31", "invalid", "2026-08-31", "", "",
	 "DPT4 terlalu cepat: 11 bulan 30 hari setelah DPT3, minimal 12 "
	 "bulan"},
	{B, "2026-09-15",
	 "DPT:2025-03-10,DPT:2025-04-10,DPT:2025-09-01,DPT:2026-08-31", 0, 0,
	 "DPT4", "due", "", "2026-09-01", "2026-09-01", NULL},
	/* MR2 under 6 months after MR1 */
	{B, "2026-09-15", "MR:2026-03-01,MR:2026-08-31", 0, 0, "MR@2026-08-31",
	 "invalid", "2026-08-31", "", "",
	 "MR2 terlalu cepat: 5 bulan 30 hari setelah MR1, minimal 6 bulan"},
	{B, "2026-09-15", "MR:2026-03-01,MR:2026-09-01", 0, 0, "MR2", "valid",
	 "2026-09-01", "2026-09-01", "2026-09-01", NULL},
	/* rotavirus: late until 7 months, then expired with its series */
	{B, "2025-08-09", "", 0, 0, "RV1", "late", "", NULL, NULL,
	 "tidak diberikan mulai umur 7 bulan"},
	{B, "2025-08-10", "", 0, 0, "RV1", "expired", "", NULL, NULL, NULL},
	{B, "2025-08-10", "", 0, 0, "RV3", "expired", "", "2025-05-10",
	 "2025-05-10", "RV3 tidak diberikan lagi: umur 7 bulan"},
	{B, "2025-09-01", "RV:2025-08-10", 0, 0, "RV@2025-08-10", "invalid",
	 "2025-08-10", "", "", "RV1 melewati batas umur"},
	/* a target that can never be met, and the one waiting on it */
	{B, "2025-07-30", "RV:2025-07-25", 0, 0, "RV1", "valid", "2025-07-25",
	 NULL, NULL, "IM-Kejar"},
	{B, "2025-07-30", "RV:2025-07-25", 0, 0, "RV2", "expired", "",
	 "2025-08-25", "2025-08-25",
	 "RV2 tidak bisa dipenuhi: 1 bulan setelah RV1 umurnya sudah 7 bulan "
	 "15 hari, batasnya umur 7 bulan"},
	{B, "2025-07-30", "RV:2025-07-25", 0, 0, "RV3", "expired", "",
	 "2025-05-10", "2025-05-10",
	 "RV3 tidak diberikan lagi: RV2 sudah tidak bisa diberikan"},
	/* later targets wait: upcoming even when their age has come */
	{B, "2025-06-01", "", 0, 0, "DPT2", "upcoming", "", "2025-04-10",
	 "2025-04-10", "DPT2 menunggu DPT1; paling cepat umur 3 bulan"},
	{B, "2030-01-10", "", 0, 0, "DPT3", "expired", "", NULL, NULL,
	 "batasnya umur 60 bulan"},
	/* extra doses */
	{B, "2025-03-01", "BCG:2025-01-10,BCG:2025-02-01", 0, 0,
	 "BCG@2025-02-01", "extra", "2025-02-01", "", "",
	 "dosis tambahan: seri BCG sudah lengkap"},
	{B, "2025-03-01", "HB0:2025-01-10,HB0:2025-01-10", 0, 0,
	 "HB0@2025-01-10", "extra", "2025-01-10", "", "", NULL},
	/* doses out of order in the input */
	{B, "2025-06-01",
	 "OPV:2025-05-10,OPV:2025-01-10,OPV:2025-04-10,OPV:2025-03-10", 0, 0,
	 "OPV4", "valid", "2025-05-10", "2025-05-10", "2025-05-10", NULL},
	{B, "2025-06-01",
	 "OPV:2025-05-10,OPV:2025-01-10,OPV:2025-04-10,OPV:2025-03-10", 0, 0,
	 "OPV2", "valid", "2025-03-10", NULL, NULL, NULL},
	/* grace_days = 4: age and interval, never the maximum age */
	{B, "2025-03-15", "DPT:2025-03-06", "4", 0, "DPT1", "valid",
	 "2025-03-06", "2025-03-10", "2025-03-10", NULL},
	{B, "2025-03-15", "DPT:2025-03-05", "4", 0, "DPT@2025-03-05", "invalid",
	 "2025-03-05", "", "",
	 "DPT1 terlalu muda: diberikan umur 1 bulan 23 hari, minimal umur 2 "
	 "bulan (dengan toleransi 4 hari)"},
	{B, "2025-03-15", "DPT:2025-03-06", "0", 0, "DPT@2025-03-06", "invalid",
	 "2025-03-06", "", "", NULL},
	{B, "2025-05-01", "DPT:2025-03-20,DPT:2025-04-16", "4", 0, "DPT2",
	 "valid", "2025-04-16", "2025-04-20", "2025-04-20", NULL},
	{B, "2025-05-01", "DPT:2025-03-20,DPT:2025-04-15", "4", 0,
	 "DPT@2025-04-15", "invalid", "2025-04-15", "", "",
	 "DPT2 terlalu cepat: 26 hari setelah DPT1, minimal 1 bulan (dengan "
	 "toleransi 4 hari)"},
	{B, "2025-03-01", "HB0:2025-02-10", "4", 0, "HB0@2025-02-10", "invalid",
	 "2025-02-10", "", "", NULL},
	/* ... nor reaches before birth */
	{B, "2025-03-01", "HB0:2025-01-08", "4", 0, "HB0@2025-01-08", "invalid",
	 "2025-01-08", "", "",
	 "HB0 terlalu muda: diberikan umur -2 hari, minimal umur 0 hari "
	 "(dengan toleransi 4 hari)"},
	/* JE only in endemic areas; its late window is empty */
	{B, "2025-11-10", "", 0, "yes", "JE1", "due", "", "2025-11-10",
	 "2025-11-10", NULL},
	{B, "2025-12-10", "", 0, "yes", "JE1", "catchup", "", NULL, NULL, NULL},
	{B, "2025-12-20", "JE:2025-12-01", 0, "yes", "JE1", "valid",
	 "2025-12-01", NULL, NULL, "IM-Ideal"},
	{B, "2025-12-20", "JE:2025-12-10", 0, "yes", "JE1", "valid",
	 "2025-12-10", NULL, NULL, "IM-Kejar"},
	{B, "2025-12-20", "JE:2025-12-01", 0, "no", "JE@2025-12-01", "extra",
	 "2025-12-01", "", "",
	 "dosis tambahan: JE tidak termasuk jadwal di sini (je_endemic = "
	 "no)"},
	/* born 31 January: a day past a month's end rolls to the 1st */
	{"2025-01-31", "2025-03-01", "", 0, 0, "DPT1", "upcoming", "",
	 "2025-03-31", "2025-03-31", NULL},
	{"2025-01-31", "2025-03-01", "", 0, 0, "HB0", "expired", "",
	 "2025-01-31", "2025-01-31", NULL},
	{"2025-01-31", "2025-02-28", "", 0, 0, "HB0", "late", "", NULL, NULL,
	 NULL},
	{"2025-01-31", "2025-03-01", "", 0, 0, "DPT2", "upcoming", "",
	 "2025-05-01", "2025-05-01", NULL},
	{"2025-01-31", "2025-03-01", "HB0:2025-03-01", 0, 0, "HB0@2025-03-01",
	 "invalid", "2025-03-01", "", "", NULL},
	/* born 29 February: 12 months is 1 March of a common year */
	{"2024-02-29", "2025-02-28", "", 0, 0, "BCG", "late", "", NULL, NULL,
	 NULL},
	{"2024-02-29", "2025-03-01", "", 0, 0, "BCG", "expired", "", NULL, NULL,
	 NULL},
	{"2024-02-29", "2025-03-01", "", 0, 0, "PCV3", "upcoming", "",
	 "2025-03-01", "2025-03-01", NULL},
	{"2024-02-29", "2024-04-29", "", 0, 0, "DPT1", "due", "", "2024-04-29",
	 "2024-04-29", NULL},
	/* a dose dated before birth (a corrected DOB) is simply too young */
	{B, "2025-03-01", "HB0:2025-01-09", 0, 0, "HB0@2025-01-09", "invalid",
	 "2025-01-09", "", "", "HB0 terlalu muda: diberikan umur -1 hari"},
};

static int
eval_setup(void **state)
{
	(void)state;
	i18n_set_lang(I18N_ID);
	return 0;
}

/* Finds the row named c->row; returns its TSV-like fields. */
static int
eval_find(const struct schedule *s, const struct schedule_result *r,
	  const char *row, const char **status, char *given, char *earliest,
	  char *recommended, char *reason, size_t reason_size)
{
	const char *at = strchr(row, '@');
	size_t i;

	if (at == NULL) {
		for (i = 0; i < r->n_targets; i++) {
			const struct schedule_target_result *x = &r->targets[i];

			if (strcmp(s->targets[x->target].name, row) != 0)
				continue;
			*status = schedule_status_code(x->status);
			given[0] = '\0';
			if (x->has_given)
				date_format_iso(x->given, given);
			date_format_iso(x->earliest, earliest);
			date_format_iso(x->recommended, recommended);
			schedule_explain_target(s, r, i, reason, reason_size);
			return 0;
		}
		return -1;
	}
	for (i = 0; i < r->n_doses; i++) {
		const struct schedule_dose_result *d = &r->doses[i];

		date_format_iso(d->date, given);
		if (strncmp(s->antigens[d->antigen].code, row,
			    (size_t)(at - row)) != 0 ||
		    strcmp(given, at + 1) != 0)
			continue;
		*status = schedule_status_code(d->status);
		earliest[0] = recommended[0] = '\0';
		schedule_explain_dose(s, r, i, reason, reason_size);
		return 0;
	}
	return -1;
}

static void
test_eval_table(void **state)
{
	size_t i;
	int failed = 0;

	(void)state;
	for (i = 0; i < ILP_ARRAY_LEN(eval_cases); i++) {
		const struct eval_case *c = &eval_cases[i];
		struct schedule *s = fixture_schedule(c->grace, c->je);
		struct dose_given g[SCHEDULE_MAX_GIVEN];
		struct schedule_result r;
		char given[DATE_ISO_LEN], earliest[DATE_ISO_LEN],
			recommended[DATE_ISO_LEN], reason[SCHEDULE_TEXT_MAX];
		const char *status = "";
		size_t n;
		int bad = 0;

		n = fixture_doses(s, SCHEDULE_FOR_CHILD, c->given, g,
				  ILP_ARRAY_LEN(g));
		assert_int_equal(schedule_evaluate(s, fixture_date(c->dob),
						   fixture_date(c->today), g, n,
						   &r),
				 0);
		if (eval_find(s, &r, c->row, &status, given, earliest,
			      recommended, reason, sizeof reason) < 0) {
			print_error("case %zu: no row %s\n", i, c->row);
			failed = 1;
			schedule_free(s);
			continue;
		}
		bad |= strcmp(status, c->status) != 0;
		bad |= c->date_given != NULL && strcmp(given, c->date_given);
		bad |= c->earliest != NULL && strcmp(earliest, c->earliest);
		bad |= c->recommended != NULL &&
		       strcmp(recommended, c->recommended);
		bad |= c->reason != NULL && strstr(reason, c->reason) == NULL;
		if (bad) {
			print_error("case %zu (dob %s today %s given '%s' row "
				    "%s):\n  want %s|%s|%s|%s|%s\n  got  "
				    "%s|%s|%s|%s|%s\n",
				    i, c->dob, c->today, c->given, c->row,
				    c->status,
				    c->date_given ? c->date_given : "*",
				    c->earliest ? c->earliest : "*",
				    c->recommended ? c->recommended : "*",
				    c->reason ? c->reason : "*", status, given,
				    earliest, recommended, reason);
			failed = 1;
		}
		schedule_free(s);
	}
	print_message("# %zu evaluator cases\n", ILP_ARRAY_LEN(eval_cases));
	assert_false(failed);
}

/* Runs the evaluator and returns the TSV text (caller frees). */
static char *
eval_tsv(const struct schedule *s, const char *dob, const char *today,
	 const char *given_text)
{
	struct dose_given g[SCHEDULE_MAX_GIVEN];
	struct schedule_result r;
	char *text = NULL;
	size_t len = 0, n;
	FILE *f;

	n = fixture_doses(s, SCHEDULE_FOR_CHILD, given_text, g,
			  ILP_ARRAY_LEN(g));
	assert_int_equal(schedule_evaluate(s, fixture_date(dob),
					   fixture_date(today), g, n, &r),
			 0);
	f = open_memstream(&text, &len);
	assert_non_null(f);
	schedule_write_tsv(f, s, &r);
	fclose(f);
	return text;
}

/* The example of issue 4, as the whole TSV. */
static void
test_issue_example_tsv(void **state)
{
	static const char want[] =
		"dose\tstatus\tdate_given\tearliest\trecommended\treason\n"
		"HB0\tvalid\t2025-01-10\t2025-01-10\t2025-01-10\tHB0 sah: "
		"diberikan umur 0 hari, IM-Ideal (sebelum umur 8 hari)\n"
		"BCG\tvalid\t2025-01-20\t2025-01-10\t2025-01-10\tBCG sah: "
		"diberikan umur 10 hari, IM-Ideal (sebelum umur 2 bulan)\n"
		"OPV1\tvalid\t2025-01-20\t2025-01-10\t2025-01-10\tOPV1 sah: "
		"diberikan umur 10 hari, IM-Ideal (sebelum umur 2 bulan)\n"
		"DPT1\tdue\t\t2025-03-10\t2025-03-10\tDPT1 sudah waktunya: "
		"umur 2 bulan 5 hari; terlambat mulai umur 3 bulan\n"
		"OPV2\tdue\t\t2025-03-10\t2025-03-10\tOPV2 sudah waktunya: "
		"umur 2 bulan 5 hari; terlambat mulai umur 3 bulan\n"
		"PCV1\tdue\t\t2025-03-10\t2025-03-10\tPCV1 sudah waktunya: "
		"umur 2 bulan 5 hari; terlambat mulai umur 3 bulan\n"
		"RV1\tdue\t\t2025-03-10\t2025-03-10\tRV1 sudah waktunya: "
		"umur 2 bulan 5 hari; terlambat mulai umur 3 bulan\n"
		"DPT2\tupcoming\t\t2025-04-10\t2025-04-10\tDPT2 menunggu "
		"DPT1; paling cepat umur 3 bulan\n"
		"OPV3\tupcoming\t\t2025-04-10\t2025-04-10\tOPV3 menunggu "
		"OPV2; paling cepat umur 3 bulan\n"
		"PCV2\tupcoming\t\t2025-04-10\t2025-04-10\tPCV2 menunggu "
		"PCV1; paling cepat umur 3 bulan\n"
		"RV2\tupcoming\t\t2025-04-10\t2025-04-10\tRV2 menunggu RV1; "
		"paling cepat umur 3 bulan\n"
		"DPT3\tupcoming\t\t2025-05-10\t2025-05-10\tDPT3 menunggu "
		"DPT2; paling cepat umur 4 bulan\n"
		"OPV4\tupcoming\t\t2025-05-10\t2025-05-10\tOPV4 menunggu "
		"OPV3; paling cepat umur 4 bulan\n"
		"IPV1\tupcoming\t\t2025-05-10\t2025-05-10\tIPV1 belum "
		"waktunya: boleh mulai umur 4 bulan\n"
		"RV3\tupcoming\t\t2025-05-10\t2025-05-10\tRV3 menunggu RV2; "
		"paling cepat umur 4 bulan\n"
		"MR1\tupcoming\t\t2025-10-10\t2025-10-10\tMR1 belum "
		"waktunya: boleh mulai umur 9 bulan\n"
		"IPV2\tupcoming\t\t2025-10-10\t2025-10-10\tIPV2 menunggu "
		"IPV1; paling cepat umur 9 bulan\n"
		"PCV3\tupcoming\t\t2026-01-10\t2026-01-10\tPCV3 menunggu "
		"PCV2; paling cepat umur 12 bulan\n"
		"DPT4\tupcoming\t\t2026-07-10\t2026-07-10\tDPT4 menunggu "
		"DPT3; paling cepat umur 18 bulan\n"
		"MR2\tupcoming\t\t2026-07-10\t2026-07-10\tMR2 menunggu MR1; "
		"paling cepat umur 18 bulan\n"
		"IDL\tincomplete\n"
		"IBL\tincomplete\n";
	struct schedule *s = fixture_schedule(NULL, NULL);
	char *got;

	(void)state;
	got = eval_tsv(s, "2025-01-10", "2025-03-15",
		       "HB0:2025-01-10,BCG:2025-01-20,OPV:2025-01-20");
	assert_string_equal(got, want);
	free(got);
	schedule_free(s);
}

/* Administered doses that satisfied nothing follow the targets, by date;
 * JE1 appears in table order when enabled. */
static void
test_tsv_dose_rows(void **state)
{
	struct schedule *s = fixture_schedule(NULL, "yes");
	char *got, *p;

	(void)state;
	i18n_set_lang(I18N_EN);
	got = eval_tsv(s, "2025-01-10", "2025-12-01",
		       "BCG:2025-02-01,DPT:2025-03-01,BCG:2025-01-10,"
		       "DPT:2025-04-01,DPT:2025-04-21,HB0:2025-01-10");
	p = strstr(got, "MR2\t");
	assert_non_null(p);
	p = strchr(p, '\n') + 1;
	assert_string_equal(
		p, "BCG\textra\t2025-02-01\t\t\textra dose: the BCG series was "
		   "already complete\n"
		   "DPT\tinvalid\t2025-03-01\t\t\tDPT1 too young: given at "
		   "age 1 month 19 days, minimum age 2 months\n"
		   "DPT\tinvalid\t2025-04-21\t\t\tDPT2 too soon: 20 days "
		   "after DPT1, minimum 1 month\n"
		   "IDL\tincomplete\nIBL\tincomplete\n");
	p = strstr(got, "IPV2\t");
	assert_non_null(p);
	p = strchr(p, '\n') + 1;
	assert_true(str_starts_with(p, "JE1\tdue\t\t2025-11-10\t2025-11-10\t"
				       "JE1 due: age 10 months 21 days; late "
				       "from age 11 months\nPCV3\t"));
	free(got);
	schedule_free(s);
	i18n_set_lang(I18N_ID);
}

/* The example sentence of ILP.md §3.2.5, in both languages. */
static void
test_explain_too_soon(void **state)
{
	struct schedule *s = fixture_schedule(NULL, NULL);
	struct dose_given g[4];
	struct schedule_result r;
	char buf[SCHEDULE_TEXT_MAX];
	size_t n;

	(void)state;
	n = fixture_doses(s, SCHEDULE_FOR_CHILD,
			  "DPT:2025-04-01,DPT:2025-04-21", g, 4);
	assert_int_equal(schedule_evaluate(s, fixture_date("2025-01-10"),
					   fixture_date("2025-05-01"), g, n,
					   &r),
			 0);
	assert_int_equal(r.n_doses, 1);
	assert_int_equal(r.doses[0].status, SCHEDULE_INVALID);
	assert_int_equal(r.doses[0].why, SCHEDULE_WHY_TOO_SOON);
	assert_int_equal(r.doses[0].given_index, 1);
	assert_string_equal(
		schedule_explain_dose(s, &r, 0, buf, sizeof buf),
		"DPT2 terlalu cepat: 20 hari setelah DPT1, minimal 1 bulan");
	i18n_set_lang(I18N_EN);
	assert_string_equal(
		schedule_explain_dose(s, &r, 0, buf, sizeof buf),
		"DPT2 too soon: 20 days after DPT1, minimum 1 month");
	i18n_set_lang(I18N_ID);
	schedule_free(s);
}

#define IDL_ON_TIME                                                            \
	"HB0:2025-01-10,BCG:2025-01-10,OPV:2025-01-10,DPT:2025-03-10,"         \
	"OPV:2025-03-10,PCV:2025-03-10,RV:2025-03-10,DPT:2025-04-10,"          \
	"OPV:2025-04-10,PCV:2025-04-10,RV:2025-04-10,DPT:2025-05-10,"          \
	"OPV:2025-05-10,IPV:2025-05-10,RV:2025-05-10,IPV:2025-10-10"

static void
eval_text(const struct schedule *s, const char *dob, const char *today,
	  const char *text, struct schedule_result *r)
{
	struct dose_given g[SCHEDULE_MAX_GIVEN];
	size_t n =
		fixture_doses(s, SCHEDULE_FOR_CHILD, text, g, ILP_ARRAY_LEN(g));

	assert_int_equal(schedule_evaluate(s, fixture_date(dob),
					   fixture_date(today), g, n, r),
			 0);
}

static void
test_idl_ibl(void **state)
{
	struct schedule *s = fixture_schedule(NULL, NULL);
	struct schedule_result r;
	char d[DATE_ISO_LEN];

	(void)state;
	/* everything but MR1 */
	eval_text(s, B, "2025-12-01", IDL_ON_TIME, &r);
	assert_false(r.idl_complete);
	assert_false(r.idl_before_12m);
	/* MR1 at 11 months: complete before 12 months */
	eval_text(s, B, "2025-12-20", IDL_ON_TIME ",MR:2025-12-09", &r);
	assert_true(r.idl_complete);
	assert_true(r.idl_before_12m);
	assert_string_equal(date_format_iso(r.idl_date, d), "2025-12-09");
	assert_false(r.ibl_complete);
	/* MR1 on the day the child turns 12 months: complete, not before */
	eval_text(s, B, "2026-02-01", IDL_ON_TIME ",MR:2026-01-10", &r);
	assert_true(r.idl_complete);
	assert_false(r.idl_before_12m);
	/* the day before */
	eval_text(s, B, "2026-02-01", IDL_ON_TIME ",MR:2026-01-09", &r);
	assert_true(r.idl_before_12m);
	/* an invalid MR1 does not complete IDL */
	eval_text(s, B, "2026-02-01", IDL_ON_TIME ",MR:2025-10-09", &r);
	assert_false(r.idl_complete);
	/* IBL: PCV3, DPT4, MR2 */
	eval_text(s, B, "2026-08-01",
		  IDL_ON_TIME ",MR:2025-10-10,PCV:2026-01-10,DPT:2026-07-10,"
			      "MR:2026-07-10",
		  &r);
	assert_true(r.idl_complete);
	assert_true(r.ibl_complete);
	assert_int_equal(r.n_doses, 0);
	/* JE does not count for IDL, even when scheduled */
	schedule_free(s);
	s = fixture_schedule(NULL, "yes");
	eval_text(s, B, "2026-02-01", IDL_ON_TIME ",MR:2025-10-10", &r);
	assert_true(r.idl_complete);
	schedule_free(s);
}

static void
test_je_rows(void **state)
{
	struct schedule *off = fixture_schedule(NULL, "no");
	struct schedule *on = fixture_schedule(NULL, "yes");
	struct schedule_result r;

	(void)state;
	eval_text(off, B, "2025-12-01", "", &r);
	assert_int_equal(r.n_targets, 20);
	eval_text(on, B, "2025-12-01", "", &r);
	assert_int_equal(r.n_targets, 21);
	assert_string_equal(on->targets[r.targets[17].target].name, "JE1");
	schedule_free(off);
	schedule_free(on);
}

/* Td doses belong to the Td evaluator; the child's card ignores them. */
static void
test_ignores_wus_doses(void **state)
{
	struct schedule *s = fixture_schedule(NULL, NULL);
	struct dose_given g[2];
	struct schedule_result r;

	(void)state;
	g[0].antigen = schedule_antigen_find(s, "td");
	g[0].date = fixture_date("2025-02-01");
	g[1].antigen = schedule_antigen_find(s, "HB0");
	g[1].date = fixture_date("2025-01-10");
	assert_true(g[0].antigen >= 0);
	assert_int_equal(schedule_evaluate(s, fixture_date(B),
					   fixture_date("2025-03-01"), g, 2,
					   &r),
			 0);
	assert_int_equal(r.n_doses, 0);
	assert_int_equal(r.targets[0].status, SCHEDULE_VALID);
	assert_int_equal(r.targets[0].given_index, 1);
	schedule_free(s);
}

static void
test_too_many_doses(void **state)
{
	struct schedule *s = fixture_schedule(NULL, NULL);
	static struct dose_given g[SCHEDULE_MAX_GIVEN + 1];
	struct schedule_result r;
	size_t i;

	(void)state;
	for (i = 0; i < ILP_ARRAY_LEN(g); i++) {
		g[i].antigen = schedule_antigen_find(s, "BCG");
		g[i].date = fixture_date("2025-02-01");
	}
	assert_int_equal(schedule_evaluate(s, fixture_date(B),
					   fixture_date("2025-03-01"), g,
					   SCHEDULE_MAX_GIVEN + 1, &r),
			 -1);
	assert_int_equal(r.n_targets, 0);
	assert_int_equal(schedule_evaluate(s, fixture_date(B),
					   fixture_date("2025-03-01"), g,
					   SCHEDULE_MAX_GIVEN, &r),
			 0);
	assert_int_equal(r.n_doses, SCHEDULE_MAX_GIVEN - 1);
	schedule_free(s);
}

static void
test_status_words(void **state)
{
	char buf[64];
	struct schedule_duration d = {1, SCHEDULE_MONTHS};

	(void)state;
	assert_string_equal(schedule_status_code(SCHEDULE_CATCHUP), "catchup");
	assert_string_equal(schedule_status_code(SCHEDULE_EXTRA), "extra");
	assert_string_equal(schedule_status_name(SCHEDULE_LATE), "terlambat");
	assert_string_equal(schedule_timing_code(SCHEDULE_IM_KEJAR),
			    "IM-Kejar");
	assert_string_equal(schedule_duration_words(d, buf, sizeof buf),
			    "1 bulan");
	d.n = 8;
	d.unit = SCHEDULE_WEEKS;
	assert_string_equal(schedule_duration_words(d, buf, sizeof buf),
			    "8 minggu");
	i18n_set_lang(I18N_EN);
	assert_string_equal(schedule_duration_words(d, buf, sizeof buf),
			    "8 weeks");
	d.n = 1;
	d.unit = SCHEDULE_DAYS;
	assert_string_equal(schedule_duration_words(d, buf, sizeof buf),
			    "1 day");
	d.unit = SCHEDULE_YEARS;
	assert_string_equal(schedule_duration_words(d, buf, sizeof buf),
			    "1 year");
	assert_string_equal(schedule_status_name(SCHEDULE_CATCHUP), "catch-up");
	i18n_set_lang(I18N_ID);
}

/* "AG:YYYY-MM-DD" lists and the entry rules. */
static void
test_parse_given(void **state)
{
	struct schedule *s = fixture_schedule(NULL, NULL);
	struct dose_given g[3];
	struct date dob = fixture_date(B), today = fixture_date("2025-03-15");
	size_t n = 99;
	char *err = NULL;

	(void)state;
	assert_int_equal(schedule_parse_given(s, SCHEDULE_FOR_CHILD, "  ", dob,
					      today, g, 3, &n, &err),
			 0);
	assert_int_equal(n, 0);
	assert_int_equal(schedule_parse_given(s, SCHEDULE_FOR_CHILD,
					      " hb0:2025-01-10 , DPT : "
					      "2025-03-15",
					      dob, today, g, 3, &n, &err),
			 0);
	assert_int_equal(n, 2);
	assert_int_equal(g[0].antigen, schedule_antigen_find(s, "HB0"));
	assert_int_equal(g[1].antigen, schedule_antigen_find(s, "DPT"));
	assert_int_equal(g[1].date.d, 15);

#define BAD(text, part)                                                        \
	do {                                                                   \
		assert_int_equal(schedule_parse_given(s, SCHEDULE_FOR_CHILD,   \
						      text, dob, today, g, 3,  \
						      &n, &err),               \
				 -1);                                          \
		assert_int_equal(n, 0);                                        \
		if (strstr(err, part) == NULL)                                 \
			fail_msg("'%s' gave '%s'", text, err);                 \
		free(err);                                                     \
		err = NULL;                                                    \
	} while (0)

	BAD("XYZ:2025-01-10",
	    "'XYZ:2025-01-10': antigen 'XYZ' tidak dikenal; boleh: HB0, BCG, "
	    "OPV, DPT, PCV, RV, IPV, MR, JE");
	BAD("Td:2025-01-10", "antigen 'Td' tidak dikenal");
	BAD("DPT2025-01-10", "'DPT2025-01-10' tidak sah; tulis "
			     "ANTIGEN:YYYY-MM-DD");
	BAD("HB0:2025-01-10,", "'' tidak sah");
	BAD("DPT:2025-02-30", "'DPT:2025-02-30': tanggal '2025-02-30' tidak "
			      "sah");
	BAD("DPT:10-03-2025", "tulis YYYY-MM-DD");
	BAD("HB0:2025-01-09", "'HB0:2025-01-09': tanggal pemberian sebelum "
			      "tanggal lahir");
	BAD("DPT:2025-03-16", "tanggal pemberian sesudah hari ini");
	BAD("HB0:2025-01-10,BCG:2025-01-10,OPV:2025-01-10,DPT:2025-03-10",
	    "terlalu banyak dosis (paling banyak 3)");
	i18n_set_lang(I18N_EN);
	BAD("DPT:2025-03-16", "the date given is after today");
	i18n_set_lang(I18N_ID);
#undef BAD
	/* JE is known even where it is not scheduled */
	assert_int_equal(schedule_parse_given(s, SCHEDULE_FOR_CHILD,
					      "je:2025-03-01", dob, today, g, 3,
					      &n, &err),
			 0);
	schedule_free(s);
}

static void
test_check_given(void **state)
{
	struct dose_given g = {0, {2025, 1, 10}};
	struct date dob = fixture_date(B), today = fixture_date("2025-03-15");
	char *err = NULL;

	(void)state;
	assert_int_equal(schedule_check_given(dob, today, &g, &err), 0);
	assert_null(err);
	g.date = today;
	assert_int_equal(schedule_check_given(dob, today, &g, &err), 0);
	g.date = fixture_date("2025-01-09");
	assert_int_equal(schedule_check_given(dob, today, &g, &err), -1);
	assert_string_equal(err, "tanggal pemberian sebelum tanggal lahir");
	free(err);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_eval_table),
		cmocka_unit_test(test_issue_example_tsv),
		cmocka_unit_test(test_tsv_dose_rows),
		cmocka_unit_test(test_explain_too_soon),
		cmocka_unit_test(test_idl_ibl),
		cmocka_unit_test(test_je_rows),
		cmocka_unit_test(test_ignores_wus_doses),
		cmocka_unit_test(test_too_many_doses),
		cmocka_unit_test(test_status_words),
		cmocka_unit_test(test_parse_given),
		cmocka_unit_test(test_check_given),
	};

	return cmocka_run_group_tests(tests, eval_setup, NULL);
}
