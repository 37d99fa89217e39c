/*
 * Td status for WUS and ibu hamil (ILP.md §3.3) on the shipped schedule:
 * T1 any time; T2 >= 4 weeks after T1; T3 >= 6 months after T2; T4 and
 * T5 >= 1 year after the dose before; T5 = long-term protection.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/schedule.h"
#include "helpers/schedule_fixture.h"
#include "util.h"

static int
setup(void **state)
{
	(void)state;
	i18n_set_lang(I18N_ID);
	return 0;
}

/* Evaluates a woman's doses given as "Td:DATE,..." text. */
static void
td_eval(const struct schedule *s, const char *today, const char *text,
	struct schedule_td_result *r)
{
	struct dose_given g[SCHEDULE_MAX_GIVEN];
	size_t n =
		fixture_doses(s, SCHEDULE_FOR_WUS, text, g, ILP_ARRAY_LEN(g));
	int td = schedule_antigen_of_kind(s, SCHEDULE_FOR_WUS);

	assert_true(td >= 0);
	assert_int_equal(
		schedule_td_evaluate(s, td, fixture_date(today), g, n, r), 0);
}

static void
assert_iso(struct date d, const char *iso)
{
	char buf[DATE_ISO_LEN];

	assert_string_equal(date_format_iso(d, buf), iso);
}

static const char *
td_name(const struct schedule *s, const struct schedule_td_result *r, size_t i)
{
	return r->doses[i].target >= 0 ? s->targets[r->doses[i].target].name
				       : "-";
}

static void
test_none(void **state)
{
	struct schedule *s = fixture_schedule(NULL, NULL);
	struct schedule_td_result r;
	char buf[SCHEDULE_TEXT_MAX];

	(void)state;
	td_eval(s, "2025-06-01", "", &r);
	assert_int_equal(r.level, 0);
	assert_false(r.long_term);
	assert_false(r.has_last);
	assert_string_equal(s->targets[r.next_target].name, "T1");
	assert_iso(r.next, "2025-06-01");
	assert_true(r.next_due);
	assert_string_equal(schedule_td_explain(s, &r, buf, sizeof buf),
			    "belum ada Td yang sah; T1 boleh diberikan kapan "
			    "saja");
	schedule_free(s);
}

/* The whole series at exactly its intervals reaches T5. */
static void
test_t1_to_t5(void **state)
{
	struct schedule *s = fixture_schedule(NULL, NULL);
	struct schedule_td_result r;
	char buf[SCHEDULE_TEXT_MAX];
	size_t i;

	(void)state;
	td_eval(s, "2023-01-01",
		"Td:2020-01-01,Td:2020-01-29,Td:2020-07-29,Td:2021-07-29,"
		"td:2022-07-29",
		&r);
	assert_int_equal(r.level, 5);
	assert_true(r.long_term);
	assert_int_equal(r.next_target, -1);
	assert_iso(r.last, "2022-07-29");
	assert_int_equal(r.n_doses, 5);
	for (i = 0; i < 5; i++)
		assert_int_equal(r.doses[i].status, SCHEDULE_VALID);
	assert_string_equal(td_name(s, &r, 4), "T5");
	assert_string_equal(schedule_td_explain(s, &r, buf, sizeof buf),
			    "status T5: perlindungan jangka panjang");
	assert_string_equal(schedule_td_explain_dose(s, &r, 0, buf, sizeof buf),
			    "T1 sah: dosis pertama");
	assert_string_equal(schedule_td_explain_dose(s, &r, 1, buf, sizeof buf),
			    "T2 sah: 4 minggu setelah T1 (minimal 4 minggu)");
	assert_string_equal(schedule_td_explain_dose(s, &r, 2, buf, sizeof buf),
			    "T3 sah: 6 bulan setelah T2 (minimal 6 bulan)");
	i18n_set_lang(I18N_EN);
	assert_string_equal(schedule_td_explain(s, &r, buf, sizeof buf),
			    "status T5: long-term protection");
	i18n_set_lang(I18N_ID);
	schedule_free(s);
}

/* Each interval one day short: the dose is invalid and counts nothing. */
static void
test_each_interval_one_day_short(void **state)
{
	static const struct {
		const char *given;
		int level;
		const char *reason;
	} cases[] = {
		{"Td:2020-01-01,Td:2020-01-28", 1,
		 "T2 terlalu cepat: 3 minggu 6 hari setelah T1, minimal 4 "
		 "minggu"},
		{"Td:2020-01-01,Td:2020-01-29,Td:2020-07-28", 2,
		 "T3 terlalu cepat: 5 bulan 29 hari setelah T2, minimal 6 "
		 "bulan"},
		{"Td:2020-01-01,Td:2020-01-29,Td:2020-07-29,Td:2021-07-28", 3,
		 "T4 terlalu cepat: 11 bulan 29 hari setelah T3, minimal 12 "
		 "bulan"},
		{"Td:2020-01-01,Td:2020-01-29,Td:2020-07-29,Td:2021-07-29,"
		 "Td:2022-07-28",
		 4,
		 "T5 terlalu cepat: 11 bulan 29 hari setelah T4, minimal 12 "
		 "bulan"},
	};
	struct schedule *s = fixture_schedule(NULL, NULL);
	struct schedule_td_result r;
	char buf[SCHEDULE_TEXT_MAX];
	size_t i, last;

	(void)state;
	for (i = 0; i < ILP_ARRAY_LEN(cases); i++) {
		td_eval(s, "2023-01-01", cases[i].given, &r);
		assert_int_equal(r.level, cases[i].level);
		last = r.n_doses - 1;
		assert_int_equal(r.doses[last].status, SCHEDULE_INVALID);
		assert_int_equal(r.doses[last].why, SCHEDULE_WHY_TOO_SOON);
		assert_string_equal(
			schedule_td_explain_dose(s, &r, last, buf, sizeof buf),
			cases[i].reason);
		assert_false(r.long_term);
	}
	schedule_free(s);
}

/* An invalid dose is skipped: the next one counts from the last valid. */
static void
test_invalid_then_valid(void **state)
{
	struct schedule *s = fixture_schedule(NULL, NULL);
	struct schedule_td_result r;

	(void)state;
	td_eval(s, "2021-01-01", "Td:2020-01-01,Td:2020-01-15,Td:2020-01-29",
		&r);
	assert_int_equal(r.level, 2);
	assert_int_equal(r.doses[1].status, SCHEDULE_INVALID);
	assert_int_equal(r.doses[2].status, SCHEDULE_VALID);
	assert_string_equal(td_name(s, &r, 2), "T2");
	assert_iso(r.doses[2].prev, "2020-01-01");
	schedule_free(s);
}

/* The next dose: its earliest date, and whether it may be given now. */
static void
test_next_due(void **state)
{
	struct schedule *s = fixture_schedule(NULL, NULL);
	struct schedule_td_result r;
	char buf[SCHEDULE_TEXT_MAX];

	(void)state;
	td_eval(s, "2020-07-28", "Td:2020-01-29,Td:2020-01-01", &r);
	assert_int_equal(r.level, 2);
	assert_string_equal(s->targets[r.next_target].name, "T3");
	assert_iso(r.next, "2020-07-29");
	assert_false(r.next_due);
	assert_string_equal(schedule_td_explain(s, &r, buf, sizeof buf),
			    "status T2; T3 boleh diberikan 6 bulan setelah T2");
	td_eval(s, "2020-07-29", "Td:2020-01-29,Td:2020-01-01", &r);
	assert_true(r.next_due);
	assert_string_equal(schedule_td_explain(s, &r, buf, sizeof buf),
			    "status T2; T3 sudah boleh diberikan (minimal 6 "
			    "bulan setelah T2)");
	/* 6 months after 31 August: no 31 February, so 1 March */
	td_eval(s, "2021-01-01", "Td:2020-08-03,Td:2020-08-31", &r);
	assert_iso(r.next, "2021-03-01");
	schedule_free(s);
}

static void
test_extra_after_t5(void **state)
{
	struct schedule *s = fixture_schedule(NULL, NULL);
	struct schedule_td_result r;
	char buf[SCHEDULE_TEXT_MAX];

	(void)state;
	td_eval(s, "2030-01-01",
		"Td:2020-01-01,Td:2020-01-29,Td:2020-07-29,Td:2021-07-29,"
		"Td:2022-07-29,Td:2029-01-01",
		&r);
	assert_int_equal(r.level, 5);
	assert_int_equal(r.n_doses, 6);
	assert_int_equal(r.doses[5].status, SCHEDULE_EXTRA);
	assert_int_equal(r.doses[5].target, -1);
	assert_string_equal(schedule_td_explain_dose(s, &r, 5, buf, sizeof buf),
			    "dosis tambahan: seri Td sudah lengkap");
	schedule_free(s);
}

/* grace_days applies to the Td intervals too. */
static void
test_grace(void **state)
{
	struct schedule *s = fixture_schedule("4", NULL);
	struct schedule_td_result r;
	char buf[SCHEDULE_TEXT_MAX];

	(void)state;
	td_eval(s, "2021-01-01", "Td:2020-01-01,Td:2020-01-25", &r);
	assert_int_equal(r.level, 2);
	td_eval(s, "2021-01-01", "Td:2020-01-01,Td:2020-01-24", &r);
	assert_int_equal(r.level, 1);
	assert_string_equal(schedule_td_explain_dose(s, &r, 1, buf, sizeof buf),
			    "T2 terlalu cepat: 3 minggu 2 hari setelah T1, "
			    "minimal 4 minggu (dengan toleransi 4 hari)");
	schedule_free(s);
}

/* Other antigens in the list are not Td doses. */
static void
test_ignores_other_antigens(void **state)
{
	struct schedule *s = fixture_schedule(NULL, NULL);
	struct dose_given g[2];
	struct schedule_td_result r;
	int td = schedule_antigen_of_kind(s, SCHEDULE_FOR_WUS);

	(void)state;
	g[0].antigen = schedule_antigen_find(s, "DPT");
	g[0].date = fixture_date("2020-01-01");
	g[1].antigen = td;
	g[1].date = fixture_date("2020-02-01");
	assert_int_equal(schedule_td_evaluate(s, td, fixture_date("2021-01-01"),
					      g, 2, &r),
			 0);
	assert_int_equal(r.level, 1);
	assert_int_equal(r.n_doses, 1);
	assert_int_equal(r.doses[0].given_index, 1);
	assert_int_equal(schedule_td_evaluate(s, 99, fixture_date("2021-01-01"),
					      g, 2, &r),
			 -1);
	assert_int_equal(schedule_td_evaluate(s, td, fixture_date("2021-01-01"),
					      g, SCHEDULE_MAX_GIVEN + 1, &r),
			 -1);
	schedule_free(s);
}

/* Entry of Td doses: only the wus antigen is accepted. */
static void
test_parse_wus(void **state)
{
	struct schedule *s = fixture_schedule(NULL, NULL);
	struct dose_given g[2];
	struct date dob = fixture_date("1995-05-05");
	struct date today = fixture_date("2025-06-01");
	size_t n;
	char *err = NULL;

	(void)state;
	assert_int_equal(schedule_parse_given(s, SCHEDULE_FOR_WUS,
					      "TD:2020-01-01", dob, today, g, 2,
					      &n, &err),
			 0);
	assert_int_equal(n, 1);
	assert_int_equal(schedule_parse_given(s, SCHEDULE_FOR_WUS,
					      "DPT:2020-01-01", dob, today, g,
					      2, &n, &err),
			 -1);
	assert_string_equal(err, "'DPT:2020-01-01': antigen 'DPT' tidak "
				 "dikenal; boleh: Td");
	free(err);
	schedule_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_none),
		cmocka_unit_test(test_t1_to_t5),
		cmocka_unit_test(test_each_interval_one_day_short),
		cmocka_unit_test(test_invalid_then_valid),
		cmocka_unit_test(test_next_due),
		cmocka_unit_test(test_extra_after_t5),
		cmocka_unit_test(test_grace),
		cmocka_unit_test(test_ignores_other_antigens),
		cmocka_unit_test(test_parse_wus),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
