/*
 * core/visit: the visit being filled in -- present members, answers,
 * which items each member is asked (with the shipped checklists),
 * canonical answers, findings and referral reasons (LiLA 22 -> rujuk),
 * and the draft text round trip, including damaged drafts.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "core/checklist.h"
#include "core/i18n.h"
#include "core/lifestage.h"
#include "core/visit.h"
#include "util.h"

#define P1 "11111111-1111-4111-8111-111111111111"
#define P2 "22222222-2222-4222-8222-222222222222"

static struct settings cfg;

static int
setup(void **state)
{
	struct strlist errs;

	(void)state;
	i18n_set_lang(I18N_ID);
	strlist_init(&errs);
	config_defaults(&cfg);
	if (config_load_data(&cfg, &errs) != 0 || cfg.checklists == NULL) {
		size_t i;

		for (i = 0; i < errs.n; i++)
			fprintf(stderr, "%s\n", errs.v[i]);
		strlist_done(&errs);
		return -1;
	}
	strlist_done(&errs);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	config_free(&cfg);
	return 0;
}

static struct date
d(int y, int m, int dd)
{
	struct date r = {y, m, dd};

	return r;
}

static void
test_present_and_answers(void **state)
{
	struct visit_work w;

	(void)state;
	visit_work_init(&w);
	assert_true(visit_work_empty(&w));
	visit_work_set_present(&w, P1, 1);
	visit_work_set_present(&w, P1, 1);
	visit_work_set_present(&w, P2, 1);
	assert_int_equal(w.present.n, 2);
	visit_work_set_present(&w, P1, 0);
	assert_false(visit_work_is_present(&w, P1));
	assert_true(visit_work_is_present(&w, P2));
	visit_work_set_answer(&w, P2, "hamil.lila", "22");
	visit_work_set_answer(&w, NULL, "keluarga.air_bersih", "ya");
	assert_string_equal(visit_work_answer(&w, P2, "hamil.lila"), "22");
	assert_null(visit_work_answer(&w, P1, "hamil.lila"));
	assert_string_equal(visit_work_answer(&w, NULL, "keluarga.air_bersih"),
			    "ya");
	visit_work_set_answer(&w, P2, "hamil.lila", "22,5");
	assert_string_equal(visit_work_answer(&w, P2, "hamil.lila"), "22,5");
	/* blank removes */
	visit_work_set_answer(&w, P2, "hamil.lila", "  ");
	assert_null(visit_work_answer(&w, P2, "hamil.lila"));
	assert_int_equal(w.na, 1);
	visit_work_set_dest(&w, P2, REFERRAL_PUSKESMAS, d(2025, 8, 20));
	visit_work_set_dest(&w, P2, REFERRAL_RS, d(2025, 8, 21));
	assert_int_equal(w.nd, 1);
	assert_int_equal(visit_work_dest(&w, P2)->dest, REFERRAL_RS);
	assert_null(visit_work_dest(&w, P1));
	visit_work_done(&w);
}

/* Which items each member is asked: by stage, sex and age. */
static void
test_items(void **state)
{
	struct visit_subject hamil = {LIFESTAGE_HAMIL | LIFESTAGE_DEWASA, 'P',
				      30 * 12};
	struct visit_subject bayi = {
		LIFESTAGE_BAYI | LIFESTAGE_BADUTA | LIFESTAGE_BALITA, 'L', 3};
	struct visit_subject lansia = {LIFESTAGE_LANSIA, 'P', 70 * 12};
	struct visit_items l;
	const struct checklist_set *cl = cfg.checklists;

	(void)state;
	visit_items(cl, &hamil, &l);
	assert_true(visit_items_has(&l, checklist_find_item(cl, "hamil.lila")));
	assert_true(
		visit_items_has(&l, checklist_find_item(cl, "dewasa.merokok")));
	assert_false(
		visit_items_has(&l, checklist_find_item(cl, "lansia.skilas")));
	assert_false(visit_items_has(
		&l, checklist_find_item(cl, "keluarga.air_bersih")));
	/* pregnancy items first (checklist order 10 before 60) */
	assert_string_equal(l.list[0]->code, "hamil");
	visit_items_done(&l);

	visit_items(cl, &bayi, &l);
	assert_true(visit_items_has(
		&l, checklist_find_item(cl, "balita.asi_eksklusif")));
	assert_false(visit_items_has(
		&l, checklist_find_item(cl, "balita.vitamin_a"))); /* 6-59 m */
	visit_items_done(&l);

	visit_items(cl, &lansia, &l);
	assert_true(
		visit_items_has(&l, checklist_find_item(cl, "lansia.skilas")));
	assert_true(visit_items_has(&l, checklist_find_item(cl, "lansia.aks")));
	visit_items_done(&l);

	visit_items(cl, NULL, &l);
	assert_true(l.n >= 5);
	assert_true(visit_items_has(
		&l, checklist_find_item(cl, "keluarga.air_bersih")));
	assert_false(
		visit_items_has(&l, checklist_find_item(cl, "hamil.lila")));
	visit_items_done(&l);
}

/* LiLA 22 -> rujuk with its reason; "tidak" on ANC -> tindak lanjut. */
static void
test_findings_and_reason(void **state)
{
	struct visit_work w;
	struct visit_finding *f;
	size_t n, bad = 99;
	char *cause = NULL, *reason;

	(void)state;
	visit_work_init(&w);
	visit_work_set_present(&w, P1, 1);
	visit_work_set_present(&w, P2, 1);
	visit_work_set_answer(&w, P1, "hamil.lila", "22");
	visit_work_set_answer(&w, P1, "hamil.anc", "t");
	visit_work_set_answer(&w, P1, "hamil.tanda_bahaya", "1, 3");
	visit_work_set_answer(&w, P1, "hamil.buku_kia", "y");
	visit_work_set_answer(&w, P2, "lansia.skilas", "tidak");
	visit_work_set_answer(&w, NULL, "keluarga.kb", "2");
	assert_int_equal(visit_check(&w, cfg.checklists, &bad, &cause), 0);
	/* canonical text */
	assert_string_equal(visit_work_answer(&w, P1, "hamil.lila"), "22.0");
	assert_string_equal(visit_work_answer(&w, P1, "hamil.anc"), "no");
	assert_string_equal(visit_work_answer(&w, P1, "hamil.tanda_bahaya"),
			    "perdarahan,demam");
	assert_string_equal(visit_work_answer(&w, NULL, "keluarga.kb"),
			    "tidak");
	visit_findings(&w, cfg.checklists, &f, &n);
	assert_int_equal(n, 4); /* lila, anc, tanda bahaya, skilas */
	assert_int_equal(f[0].level, CHECKLIST_LEVEL_REFER);
	assert_string_equal(f[0].item->id, "hamil.lila");
	assert_int_equal(f[1].level, CHECKLIST_LEVEL_FOLLOWUP);
	assert_int_equal(f[3].level, CHECKLIST_LEVEL_FOLLOWUP);
	assert_int_equal(f[3].item->action, CHECKLIST_ACTION_SKILAS);
	reason = visit_referral_reason(f, n, P1);
	assert_non_null(reason);
	assert_non_null(
		strstr(reason, "LiLA kurang dari 23.5 cm (KEK): 22.0 cm"));
	assert_non_null(strstr(reason, "; Tanda bahaya kehamilan: "));
	free(reason);
	assert_null(visit_referral_reason(f, n, P2)); /* follow-up only */
	visit_findings_free(f, n);
	visit_work_done(&w);
}

/* A wrong answer names the item; LiLA 23.5 is no finding (boundary). */
static void
test_check_errors(void **state)
{
	struct visit_work w;
	struct visit_finding *f;
	size_t n, bad = 99;
	char *cause = NULL;

	(void)state;
	visit_work_init(&w);
	visit_work_set_answer(&w, P1, "hamil.buku_kia", "ya");
	visit_work_set_answer(&w, P1, "hamil.lila", "9");
	assert_int_equal(visit_check(&w, cfg.checklists, &bad, &cause), -1);
	assert_int_equal(bad, 1);
	assert_non_null(strstr(cause, "LiLA"));
	assert_non_null(strstr(cause, "harus angka"));
	free(cause);
	visit_work_set_answer(&w, P1, "hamil.lila", "23.5");
	assert_int_equal(visit_check(&w, cfg.checklists, &bad, &cause), 0);
	visit_findings(&w, cfg.checklists, &f, &n);
	assert_int_equal(n, 0);
	visit_findings_free(f, n);
	visit_work_set_answer(&w, P1, "tidak.ada", "ya");
	assert_int_equal(visit_check(&w, cfg.checklists, NULL, &cause), -1);
	assert_non_null(strstr(cause, "tidak.ada"));
	free(cause);
	visit_work_set_answer(&w, P1, "tidak.ada", NULL);
	/* a household item given to a member */
	visit_work_set_answer(&w, P1, "keluarga.jkn", "ya");
	assert_int_equal(visit_check(&w, cfg.checklists, NULL, &cause), -1);
	free(cause);
	visit_work_done(&w);
}

/* A long list of reasons is cut at 500 characters. */
static void
test_reason_cut(void **state)
{
	struct visit_finding f[30];
	char *r, *text = xstrdup("Tanda bahaya: sangat panjang sekali");
	size_t i;

	(void)state;
	for (i = 0; i < 30; i++) {
		f[i].person_id = P1;
		f[i].item = NULL;
		f[i].level = CHECKLIST_LEVEL_REFER;
		f[i].reason = text;
	}
	r = visit_referral_reason(f, 30, P1);
	assert_int_equal(strlen(r), REFERRAL_REASON_MAX);
	assert_string_equal(r + strlen(r) - 3, "...");
	free(r);
	free(text);
}

static void
test_draft_round_trip(void **state)
{
	struct visit_work w, back;
	char *text, *again, *cause = NULL;

	(void)state;
	visit_work_init(&w);
	w.on = d(2025, 8, 12);
	w.page = 3;
	visit_work_set_present(&w, P1, 1);
	visit_work_set_present(&w, P2, 1);
	visit_work_set_answer(&w, P1, "hamil.lila", "2 2,5 cm");
	visit_work_set_answer(&w, NULL, "keluarga.air_bersih", "ya\tx\ny");
	visit_work_set_dest(&w, P1, REFERRAL_PUSKESMAS, d(2025, 8, 19));
	text = visit_draft_format(&w);
	visit_work_init(&back);
	assert_int_equal(visit_draft_parse(text, &back, &cause), 0);
	assert_int_equal(date_cmp(back.on, w.on), 0);
	assert_int_equal(back.page, 3);
	assert_int_equal(back.present.n, 2);
	assert_string_equal(visit_work_answer(&back, P1, "hamil.lila"),
			    "2 2,5 cm");
	/* control characters became blanks: one line per answer */
	assert_string_equal(
		visit_work_answer(&back, NULL, "keluarga.air_bersih"),
		"ya x y");
	assert_int_equal(visit_work_dest(&back, P1)->dest, REFERRAL_PUSKESMAS);
	again = visit_draft_format(&back);
	assert_int_equal(visit_draft_parse(again, &back, &cause), 0);
	free(text);
	free(again);
	visit_work_done(&w);
	visit_work_done(&back);
}

static void
test_draft_damaged(void **state)
{
	struct visit_work w;
	char *cause = NULL;

	(void)state;
	visit_work_init(&w);
	assert_int_equal(visit_draft_parse("", &w, &cause), -1);
	free(cause);
	assert_int_equal(visit_draft_parse("hello\n", &w, &cause), -1);
	free(cause);
	assert_int_equal(visit_draft_parse("ilp-visit-draft 1\non 2025-02-30\n",
					   &w, &cause),
			 -1);
	assert_non_null(strstr(cause, "baris 2"));
	free(cause);
	visit_work_done(&w);
	visit_work_init(&w);
	assert_int_equal(
		visit_draft_parse("ilp-visit-draft 1\npresent x\n", &w, &cause),
		-1);
	free(cause);
	visit_work_done(&w);
	/* an unknown line from a newer program is skipped */
	visit_work_init(&w);
	assert_int_equal(visit_draft_parse("ilp-visit-draft 1\non 2025-08-12\n"
					   "note something new\n",
					   &w, &cause),
			 0);
	assert_int_equal(w.on.d, 12);
	visit_work_done(&w);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_present_and_answers),
		cmocka_unit_test(test_items),
		cmocka_unit_test(test_findings_and_reason),
		cmocka_unit_test(test_check_errors),
		cmocka_unit_test(test_reason_cut),
		cmocka_unit_test(test_draft_round_trip),
		cmocka_unit_test(test_draft_damaged),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
