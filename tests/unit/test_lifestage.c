/* Life stages of ILP.md section 2, at every boundary. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "core/i18n.h"
#include "core/lifestage.h"

#define NEONATUS LIFESTAGE_NEONATUS
#define BAYI LIFESTAGE_BAYI
#define BADUTA LIFESTAGE_BADUTA
#define BALITA LIFESTAGE_BALITA
#define PRASEKOLAH LIFESTAGE_PRASEKOLAH
#define SEKOLAH LIFESTAGE_SEKOLAH
#define REMAJA LIFESTAGE_REMAJA
#define DEWASA LIFESTAGE_DEWASA
#define LANSIA LIFESTAGE_LANSIA

static struct date
d(int y, int m, int dd)
{
	struct date r = {y, m, dd};

	return r;
}

/* The stages of a man born on dob, on date at. */
static unsigned
age_stages(struct date dob, struct date at)
{
	struct lifestage_facts f = {0};

	f.dob = dob;
	f.sex = 'L';
	return lifestage_of(&f, at);
}

static void
test_not_born(void **state)
{
	(void)state;
	assert_int_equal(age_stages(d(2025, 3, 15), d(2025, 3, 14)), 0);
	assert_int_equal(age_stages(d(2025, 3, 15), d(2024, 1, 1)), 0);
}

static void
test_birth_day(void **state)
{
	(void)state;
	assert_int_equal(age_stages(d(2025, 3, 15), d(2025, 3, 15)),
			 NEONATUS | BAYI | BADUTA | BALITA);
}

/* Neonatus: days 0-28 included. */
static void
test_neonatus_28_29_days(void **state)
{
	(void)state;
	assert_int_equal(age_stages(d(2025, 1, 10), d(2025, 2, 7)),
			 NEONATUS | BAYI | BADUTA | BALITA);
	assert_int_equal(age_stages(d(2025, 1, 10), d(2025, 2, 8)),
			 BAYI | BADUTA | BALITA);
	/* across a leap day: 2024-02-10 + 28 days = 2024-03-09 */
	assert_true(age_stages(d(2024, 2, 10), d(2024, 3, 9)) & NEONATUS);
	assert_false(age_stages(d(2024, 2, 10), d(2024, 3, 10)) & NEONATUS);
}

static void
test_bayi_11_12_months(void **state)
{
	(void)state;
	assert_int_equal(age_stages(d(2024, 3, 15), d(2025, 3, 14)),
			 BAYI | BADUTA | BALITA);
	assert_int_equal(age_stages(d(2024, 3, 15), d(2025, 3, 15)),
			 BADUTA | BALITA);
}

static void
test_baduta_23_24_months(void **state)
{
	(void)state;
	assert_int_equal(age_stages(d(2023, 3, 15), d(2025, 3, 14)),
			 BADUTA | BALITA);
	assert_int_equal(age_stages(d(2023, 3, 15), d(2025, 3, 15)), BALITA);
}

static void
test_balita_59_60_months(void **state)
{
	(void)state;
	assert_int_equal(age_stages(d(2020, 3, 15), d(2025, 3, 14)), BALITA);
	assert_int_equal(age_stages(d(2020, 3, 15), d(2025, 3, 15)),
			 PRASEKOLAH);
}

/* Prasekolah 60-83 months overlaps usia sekolah (6 y) at 72-83 months. */
static void
test_prasekolah_83_84_months(void **state)
{
	(void)state;
	assert_int_equal(age_stages(d(2018, 3, 15), d(2025, 3, 14)),
			 PRASEKOLAH | SEKOLAH);
	assert_int_equal(age_stages(d(2018, 3, 15), d(2025, 3, 15)), SEKOLAH);
}

static void
test_sekolah_5_6_years(void **state)
{
	(void)state;
	assert_int_equal(age_stages(d(2019, 3, 15), d(2025, 3, 14)),
			 PRASEKOLAH);
	assert_int_equal(age_stages(d(2019, 3, 15), d(2025, 3, 15)),
			 PRASEKOLAH | SEKOLAH);
}

static void
test_remaja_9_10_years(void **state)
{
	(void)state;
	assert_int_equal(age_stages(d(2015, 3, 15), d(2025, 3, 14)), SEKOLAH);
	assert_int_equal(age_stages(d(2015, 3, 15), d(2025, 3, 15)),
			 SEKOLAH | REMAJA);
}

static void
test_dewasa_17_18_years(void **state)
{
	(void)state;
	assert_int_equal(age_stages(d(2007, 3, 15), d(2025, 3, 14)),
			 SEKOLAH | REMAJA);
	assert_int_equal(age_stages(d(2007, 3, 15), d(2025, 3, 15)), DEWASA);
}

static void
test_lansia_59_60_years(void **state)
{
	(void)state;
	assert_int_equal(age_stages(d(1965, 3, 15), d(2025, 3, 14)), DEWASA);
	assert_int_equal(age_stages(d(1965, 3, 15), d(2025, 3, 15)), LANSIA);
	assert_int_equal(age_stages(d(1900, 1, 1), d(2025, 3, 15)), LANSIA);
}

/* CDSi: the birthday of 29 February in a common year is 1 March. */
static void
test_born_29_february(void **state)
{
	(void)state;
	assert_int_equal(age_stages(d(2024, 2, 29), d(2025, 2, 28)),
			 BAYI | BADUTA | BALITA);
	assert_int_equal(age_stages(d(2024, 2, 29), d(2025, 3, 1)),
			 BADUTA | BALITA);
	assert_int_equal(age_stages(d(2008, 2, 29), d(2026, 2, 28)),
			 SEKOLAH | REMAJA);
	assert_int_equal(age_stages(d(2008, 2, 29), d(2026, 3, 1)), DEWASA);
	/* 60 is a multiple of 4: the 60th birthday is a real 29 February */
	assert_int_equal(age_stages(d(1964, 2, 29), d(2024, 2, 28)), DEWASA);
	assert_int_equal(age_stages(d(1964, 2, 29), d(2024, 2, 29)), LANSIA);
}

static void
test_born_31_january(void **state)
{
	(void)state;
	/* 28 days later is 28 February */
	assert_int_equal(age_stages(d(2025, 1, 31), d(2025, 2, 28)),
			 NEONATUS | BAYI | BADUTA | BALITA);
	assert_int_equal(age_stages(d(2025, 1, 31), d(2025, 3, 1)),
			 BAYI | BADUTA | BALITA);
	assert_true(age_stages(d(2025, 1, 31), d(2026, 1, 30)) & BAYI);
	assert_false(age_stages(d(2025, 1, 31), d(2026, 1, 31)) & BAYI);
	/* born 31 August: 60 months on 31 August five years later */
	assert_int_equal(age_stages(d(2020, 8, 31), d(2025, 8, 30)), BALITA);
	assert_int_equal(age_stages(d(2020, 8, 31), d(2025, 8, 31)),
			 PRASEKOLAH);
}

static void
test_hamil(void **state)
{
	struct lifestage_facts f = {0};

	(void)state;
	f.dob = d(1995, 6, 1);
	f.sex = 'P';
	f.pregnant = 1;
	assert_int_equal(lifestage_of(&f, d(2025, 3, 15)),
			 DEWASA | LIFESTAGE_HAMIL);
	f.pregnant = 0;
	assert_int_equal(lifestage_of(&f, d(2025, 3, 15)), DEWASA);
	/* a pregnancy recorded on a man is ignored */
	f.sex = 'L';
	f.pregnant = 1;
	assert_int_equal(lifestage_of(&f, d(2025, 3, 15)), DEWASA);
	/* not born yet: nothing, pregnant or not */
	f.sex = 'P';
	assert_int_equal(lifestage_of(&f, d(1990, 1, 1)), 0);
}

/* Nifas: the day of delivery (day 0) to day 42, both included. */
static void
test_nifas_0_42_days(void **state)
{
	struct lifestage_facts f = {0};

	(void)state;
	f.dob = d(1995, 6, 1);
	f.sex = 'P';
	f.delivered = 1;
	f.delivery = d(2025, 3, 1);
	assert_int_equal(lifestage_of(&f, d(2025, 2, 28)), DEWASA);
	assert_int_equal(lifestage_of(&f, d(2025, 3, 1)),
			 DEWASA | LIFESTAGE_NIFAS);
	assert_int_equal(lifestage_of(&f, d(2025, 4, 12)),
			 DEWASA | LIFESTAGE_NIFAS);
	assert_int_equal(lifestage_of(&f, d(2025, 4, 13)), DEWASA);
	f.delivered = 0;
	assert_int_equal(lifestage_of(&f, d(2025, 3, 1)), DEWASA);
	f.delivered = 1;
	f.sex = 'L';
	assert_int_equal(lifestage_of(&f, d(2025, 3, 1)), DEWASA);
	/* a teenage mother is remaja, sekolah and nifas */
	f.sex = 'P';
	f.dob = d(2008, 6, 1);
	assert_int_equal(lifestage_of(&f, d(2025, 3, 10)),
			 SEKOLAH | REMAJA | LIFESTAGE_NIFAS);
}

static void
test_codes_and_names(void **state)
{
	static const char *const codes[LIFESTAGE_COUNT] = {
		"neonatus",   "bayi",    "baduta", "balita",
		"prasekolah", "sekolah", "remaja", "dewasa",
		"lansia",     "hamil",   "nifas"};
	enum lifestage s;
	int i;

	(void)state;
	for (i = 0; i < LIFESTAGE_COUNT; i++) {
		enum lifestage stage = (enum lifestage)(1u << i);

		assert_string_equal(lifestage_code(stage), codes[i]);
		assert_int_equal(lifestage_parse(codes[i], &s), 0);
		assert_int_equal(s, stage);
		assert_string_not_equal(lifestage_name(stage), "?");
	}
	assert_int_equal(lifestage_parse("Balita", &s), 0);
	assert_int_equal(s, LIFESTAGE_BALITA);
	assert_int_equal(lifestage_parse("balita ", &s), -1);
	assert_int_equal(lifestage_parse("", &s), -1);
	assert_int_equal(lifestage_parse("anak", &s), -1);
	assert_int_equal(lifestage_parse(NULL, &s), -1);
	assert_null(lifestage_code((enum lifestage)0));
	assert_null(lifestage_code((enum lifestage)(BAYI | BALITA)));
	assert_null(lifestage_code((enum lifestage)(1u << LIFESTAGE_COUNT)));
	assert_string_equal(lifestage_name((enum lifestage)0), "?");

	i18n_set_lang(I18N_ID);
	assert_string_equal(lifestage_name(LIFESTAGE_NEONATUS),
			    "Bayi baru lahir");
	assert_string_equal(lifestage_name(LIFESTAGE_LANSIA), "Lansia");
	i18n_set_lang(I18N_EN);
	assert_string_equal(lifestage_name(LIFESTAGE_BALITA), "Under five");
	i18n_set_lang(I18N_ID);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_not_born),
		cmocka_unit_test(test_birth_day),
		cmocka_unit_test(test_neonatus_28_29_days),
		cmocka_unit_test(test_bayi_11_12_months),
		cmocka_unit_test(test_baduta_23_24_months),
		cmocka_unit_test(test_balita_59_60_months),
		cmocka_unit_test(test_prasekolah_83_84_months),
		cmocka_unit_test(test_sekolah_5_6_years),
		cmocka_unit_test(test_remaja_9_10_years),
		cmocka_unit_test(test_dewasa_17_18_years),
		cmocka_unit_test(test_lansia_59_60_years),
		cmocka_unit_test(test_born_29_february),
		cmocka_unit_test(test_born_31_january),
		cmocka_unit_test(test_hamil),
		cmocka_unit_test(test_nifas_0_42_days),
		cmocka_unit_test(test_codes_and_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
