/*
 * Home-visit checklists (ILP.md §4): the shipped files, outcome rules at
 * their boundaries, who an item applies to, answer parsing, and every
 * kind of configuration error. Files are read through config.c as the
 * program does; stage bits are passed directly (lifestage.c is another
 * module's).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "core/checklist.h"
#include "core/i18n.h"
#include "core/inidoc.h"
#include "core/lifestage.h"
#include "util.h"

#ifndef ILP_SOURCE_CONFIG_DIR
#define ILP_SOURCE_CONFIG_DIR "config"
#endif
#define CHECKLIST_DIR ILP_SOURCE_CONFIG_DIR "/checklists"
#define END ((const char *)NULL)

/* ---- helpers ---- */

static int
load_path(struct checklist_set *set, const char *path, struct strlist *errs)
{
	struct inidoc *doc;
	char *cause;
	int rc;

	doc = config_read_inidoc(path, &cause);
	if (doc == NULL) {
		strlist_take(errs, cause);
		return -1;
	}
	rc = checklist_load(set, doc, errs);
	inidoc_free(doc);
	return rc;
}

/* Writes text to a temporary .ini file and loads it. */
static int
load_text(struct checklist_set *set, const char *text, struct strlist *errs)
{
	char path[] = "/tmp/ilp-checklist-XXXXXX";
	int fd = mkstemp(path);
	FILE *f;
	int rc;

	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	rc = load_path(set, path, errs);
	unlink(path);
	return rc;
}

static void
print_list(const struct strlist *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		print_message("# %s\n", l->v[i]);
}

/* Some message contains every needle given (NULL-terminated). */
static void
assert_error(const struct strlist *l, ...)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		va_list ap;
		const char *needle;
		int all = 1;

		va_start(ap, l);
		while ((needle = va_arg(ap, const char *)) != NULL)
			if (strstr(l->v[i], needle) == NULL)
				all = 0;
		va_end(ap);
		if (all)
			return;
	}
	print_list(l);
	fail_msg("no error message has every expected part");
}

/* Loads a bad file: it must fail, add nothing, and say what is wrong. */
#define BAD(text, ...)                                                         \
	do {                                                                   \
		struct checklist_set *set_ = checklist_new();                  \
		struct strlist e_;                                             \
		strlist_init(&e_);                                             \
		assert_int_equal(load_text(set_, (text), &e_), -1);            \
		assert_int_equal(set_->n, 0);                                  \
		assert_error(&e_, __VA_ARGS__, END);                           \
		strlist_done(&e_);                                             \
		checklist_free(set_);                                          \
	} while (0)

static struct checklist_set *
load_shipped(void)
{
	static const char *const files[] = {
		"hamil.ini",   "nifas.ini",  "neonatus.ini", "balita.ini",
		"sekolah.ini", "dewasa.ini", "lansia.ini",   "keluarga.ini",
	};
	struct checklist_set *set = checklist_new();
	struct strlist errs;
	size_t i;

	strlist_init(&errs);
	for (i = 0; i < ILP_ARRAY_LEN(files); i++) {
		char *path = xasprintf("%s/%s", CHECKLIST_DIR, files[i]);

		if (load_path(set, path, &errs) != 0) {
			print_list(&errs);
			fail_msg("%s does not load", path);
		}
		free(path);
	}
	assert_int_equal(errs.n, 0);
	strlist_done(&errs);
	return set;
}

static int
setup(void **state)
{
	i18n_set_lang(I18N_EN);
	*state = load_shipped();
	return 0;
}

static int
teardown(void **state)
{
	checklist_free(*state);
	i18n_set_lang(I18N_ID);
	return 0;
}

static const struct checklist_item *
item(void **state, const char *id)
{
	const struct checklist_item *it = checklist_find_item(*state, id);

	if (it == NULL)
		fail_msg("no item %s", id);
	return it;
}

static struct checklist_answer
answer(const struct checklist_item *it, const char *text)
{
	struct checklist_answer a;
	char *err;

	if (checklist_parse_answer(it, text, &a, &err) != 0)
		fail_msg("%s: '%s' rejected: %s", it->id, text, err);
	return a;
}

static enum checklist_level
outcome(void **state, const char *id, const char *text)
{
	const struct checklist_item *it = item(state, id);
	struct checklist_answer a = answer(it, text);

	return checklist_outcome(it, &a, NULL);
}

static char *
reason(void **state, const char *id, const char *text)
{
	const struct checklist_item *it = item(state, id);
	struct checklist_answer a = answer(it, text);
	char *r;

	checklist_outcome(it, &a, &r);
	return r;
}

/* The error message of a rejected answer (caller frees). */
static char *
rejected(const struct checklist_item *it, const char *text)
{
	struct checklist_answer a;
	char *err = NULL;

	if (checklist_parse_answer(it, text, &a, &err) == 0)
		fail_msg("%s: '%s' accepted", it->id, text);
	assert_non_null(err);
	assert_int_equal(a.set, 0);
	return err;
}

/* ---- shipped files ---- */

static void
test_shipped_files(void **state)
{
	static const struct {
		const char *code;
		size_t items;
		int household;
	} want[] = {
		{"hamil", 8, 0},  {"nifas", 4, 0},    {"neonatus", 3, 0},
		{"balita", 7, 0}, {"sekolah", 5, 0},  {"dewasa", 6, 0},
		{"lansia", 6, 0}, {"keluarga", 5, 1},
	};
	const struct checklist_set *set = *state;
	size_t i;

	assert_int_equal(set->n, ILP_ARRAY_LEN(want));
	for (i = 0; i < ILP_ARRAY_LEN(want); i++) {
		const struct checklist *cl = checklist_find(set, want[i].code);

		assert_non_null(cl);
		assert_int_equal(cl->n_items, want[i].items);
		assert_int_equal(cl->household, want[i].household);
		/* sorted by order: the life course, the household last */
		assert_string_equal(set->lists[i]->code, want[i].code);
	}
}

/* Every .ini in the directory loads, not only the ones listed above. */
static void
test_every_file_in_dir_loads(void **state)
{
	struct checklist_set *set = checklist_new();
	struct strlist errs;
	struct dirent *de;
	DIR *d = opendir(CHECKLIST_DIR);
	int n = 0;

	(void)state;
	assert_non_null(d);
	strlist_init(&errs);
	while ((de = readdir(d)) != NULL) {
		size_t len = strlen(de->d_name);
		char *path;

		if (len < 5 || strcmp(de->d_name + len - 4, ".ini") != 0)
			continue;
		path = xasprintf("%s/%s", CHECKLIST_DIR, de->d_name);
		if (load_path(set, path, &errs) != 0) {
			print_list(&errs);
			fail_msg("%s does not load", path);
		}
		free(path);
		n++;
	}
	closedir(d);
	assert_int_equal(n, 8);
	assert_int_equal(errs.n, 0);
	strlist_done(&errs);
	checklist_free(set);
}

/* The default items of the ILP.md §4 table are all there. */
static void
test_table_items_present(void **state)
{
	static const char *const ids[] = {
		"hamil.buku_kia",
		"hamil.anc",
		"hamil.ttd",
		"hamil.lila",
		"hamil.kelas_ibu",
		"hamil.p4k",
		"hamil.tanda_bahaya",
		"hamil.batuk",
		"nifas.kf",
		"nifas.menyusui",
		"nifas.kb",
		"nifas.tanda_bahaya",
		"neonatus.kn",
		"neonatus.asi",
		"neonatus.tanda_bahaya",
		"balita.ditimbang",
		"balita.buku_kia",
		"balita.asi_eksklusif",
		"balita.vitamin_a",
		"balita.obat_cacing",
		"balita.tanda_bahaya",
		"balita.batuk",
		"sekolah.ttd",
		"sekolah.bias",
		"sekolah.merokok",
		"sekolah.sedih",
		"sekolah.batuk",
		"dewasa.tekanan_darah",
		"dewasa.gula_darah",
		"dewasa.obat",
		"dewasa.merokok",
		"dewasa.aktivitas",
		"dewasa.gejala_tbc",
		"lansia.skilas",
		"lansia.aks",
		"lansia.jatuh",
		"lansia.obat",
		"lansia.pendamping",
		"lansia.gejala_tbc",
		"keluarga.air_bersih",
		"keluarga.jamban_sehat",
		"keluarga.jkn",
		"keluarga.merokok",
		"keluarga.kb",
	};
	size_t i;

	for (i = 0; i < ILP_ARRAY_LEN(ids); i++)
		item(state, ids[i]);
	assert_int_equal(item(state, "hamil.tanda_bahaya")->n_choices, 6);
	assert_int_equal(item(state, "nifas.tanda_bahaya")->n_choices, 6);
	assert_int_equal(item(state, "neonatus.tanda_bahaya")->n_choices, 9);
	assert_int_equal(item(state, "balita.tanda_bahaya")->n_choices, 7);
	assert_null(checklist_find_item(*state, "hamil.nothing"));
}

/* ---- outcome rules ---- */

/* LiLA < 23.5 cm (KEK) -> rujuk; exactly 23.5 is not. */
static void
test_lila_boundary(void **state)
{
	char *r;

	assert_int_equal(outcome(state, "hamil.lila", "23.4"),
			 CHECKLIST_LEVEL_REFER);
	assert_int_equal(outcome(state, "hamil.lila", "23,4"),
			 CHECKLIST_LEVEL_REFER);
	assert_int_equal(outcome(state, "hamil.lila", "23.5"),
			 CHECKLIST_LEVEL_INFO);
	assert_int_equal(outcome(state, "hamil.lila", "23.6"),
			 CHECKLIST_LEVEL_INFO);
	assert_int_equal(outcome(state, "hamil.lila", "22"),
			 CHECKLIST_LEVEL_REFER);
	assert_int_equal(outcome(state, "hamil.lila", ""),
			 CHECKLIST_LEVEL_NONE);
	r = reason(state, "hamil.lila", "22");
	assert_string_equal(
		r, "MUAC under 23.5 cm (chronic energy deficiency): 22.0 cm "
		   "(< 23.5 cm)");
	free(r);
	assert_null(reason(state, "hamil.lila", "24"));
	i18n_set_lang(I18N_ID);
	r = reason(state, "hamil.lila", "22");
	assert_string_equal(r, "LiLA kurang dari 23.5 cm (KEK): 22.0 cm "
			       "(< 23.5 cm)");
	free(r);
	i18n_set_lang(I18N_EN);
}

static void
test_yesno_rules(void **state)
{
	char *r;

	/* "tidak" on ANC, TTD, Buku KIA = tindak lanjut */
	assert_int_equal(outcome(state, "hamil.anc", "tidak"),
			 CHECKLIST_LEVEL_FOLLOWUP);
	assert_int_equal(outcome(state, "hamil.anc", "ya"),
			 CHECKLIST_LEVEL_INFO);
	assert_int_equal(outcome(state, "hamil.ttd", "n"),
			 CHECKLIST_LEVEL_FOLLOWUP);
	assert_int_equal(outcome(state, "hamil.buku_kia", "No"),
			 CHECKLIST_LEVEL_FOLLOWUP);
	/* cough >= 2 weeks -> rujuk */
	assert_int_equal(outcome(state, "hamil.batuk", "ya"),
			 CHECKLIST_LEVEL_REFER);
	assert_int_equal(outcome(state, "hamil.batuk", "tidak"),
			 CHECKLIST_LEVEL_INFO);
	assert_int_equal(outcome(state, "balita.batuk", "y"),
			 CHECKLIST_LEVEL_REFER);
	assert_int_equal(outcome(state, "sekolah.sedih", "1"),
			 CHECKLIST_LEVEL_REFER);
	assert_int_equal(outcome(state, "sekolah.sedih", "0"),
			 CHECKLIST_LEVEL_INFO);
	assert_int_equal(outcome(state, "lansia.jatuh", "yes"),
			 CHECKLIST_LEVEL_REFER);
	/* information only: no rule at all */
	assert_int_equal(outcome(state, "lansia.pendamping", "tidak"),
			 CHECKLIST_LEVEL_INFO);
	assert_int_equal(outcome(state, "keluarga.air_bersih", "tidak"),
			 CHECKLIST_LEVEL_INFO);
	/* not answered */
	assert_int_equal(outcome(state, "hamil.anc", "  "),
			 CHECKLIST_LEVEL_NONE);
	r = reason(state, "hamil.anc", "tidak");
	assert_string_equal(r, "Antenatal care (ANC) visits on schedule: no");
	free(r);
}

/* Any one danger sign -> rujuk; none ticked -> nothing to do. */
static void
test_danger_signs_any(void **state)
{
	static const char *const lists[] = {
		"hamil.tanda_bahaya", "nifas.tanda_bahaya",
		"neonatus.tanda_bahaya", "balita.tanda_bahaya"};
	size_t i;
	int k;
	char *r;

	for (i = 0; i < ILP_ARRAY_LEN(lists); i++) {
		const struct checklist_item *it = item(state, lists[i]);

		assert_int_equal(outcome(state, lists[i], "-"),
				 CHECKLIST_LEVEL_INFO);
		for (k = 0; k < it->n_choices; k++) {
			struct checklist_answer a = {1, 0, 0, 0, 1u << k};

			assert_int_equal(checklist_outcome(it, &a, NULL),
					 CHECKLIST_LEVEL_REFER);
		}
	}
	assert_int_equal(outcome(state, "hamil.tanda_bahaya", "janin"),
			 CHECKLIST_LEVEL_REFER);
	r = reason(state, "hamil.tanda_bahaya", "1, 3");
	assert_string_equal(r, "Danger signs in pregnancy: Bleeding, High "
			       "fever");
	free(r);
}

/*
 * TB (usia dewasa, lansia): cough >= 2 weeks, or >= 2 symptoms -> rujuk;
 * a single other symptom -> tindak lanjut (decision).
 */
static void
test_tb_combination(void **state)
{
	static const char *const lists[] = {"dewasa.gejala_tbc",
					    "lansia.gejala_tbc"};
	size_t i;
	char *err;

	for (i = 0; i < ILP_ARRAY_LEN(lists); i++) {
		const char *id = lists[i];

		assert_int_equal(outcome(state, id, "batuk_lama"),
				 CHECKLIST_LEVEL_REFER);
		assert_int_equal(outcome(state, id, "batuk"),
				 CHECKLIST_LEVEL_FOLLOWUP);
		assert_int_equal(outcome(state, id, "batuk, demam"),
				 CHECKLIST_LEVEL_REFER);
		assert_int_equal(outcome(state, id, "demam keringat_malam"),
				 CHECKLIST_LEVEL_REFER);
		assert_int_equal(outcome(state, id, "berat_turun"),
				 CHECKLIST_LEVEL_FOLLOWUP);
		assert_int_equal(outcome(state, id, "keringat_malam"),
				 CHECKLIST_LEVEL_FOLLOWUP);
		assert_int_equal(outcome(state, id,
					 "batuk_lama,demam,"
					 "berat_turun"),
				 CHECKLIST_LEVEL_REFER);
		assert_int_equal(outcome(state, id, "-"), CHECKLIST_LEVEL_INFO);
		/* a cough is either long or short, never both */
		err = rejected(item(state, id), "batuk_lama, batuk");
		assert_string_equal(err, "choose at most one of: batuk_lama, "
					 "batuk");
		free(err);
	}
}

static void
test_choice_rules(void **state)
{
	assert_int_equal(outcome(state, "dewasa.obat", "tidak_teratur"),
			 CHECKLIST_LEVEL_REFER);
	assert_int_equal(outcome(state, "dewasa.obat", "2"),
			 CHECKLIST_LEVEL_REFER);
	assert_int_equal(outcome(state, "dewasa.obat", "teratur"),
			 CHECKLIST_LEVEL_INFO);
	assert_int_equal(outcome(state, "dewasa.obat", "tidak_ada"),
			 CHECKLIST_LEVEL_INFO);
	assert_int_equal(outcome(state, "lansia.obat", "TIDAK_TERATUR"),
			 CHECKLIST_LEVEL_REFER);
}

/* SKILAS / AKS not done -> do it now: a follow-up with an action. */
static void
test_lansia_actions(void **state)
{
	const struct checklist_item *sk = item(state, "lansia.skilas");
	const struct checklist_item *aks = item(state, "lansia.aks");
	char *r;

	assert_int_equal(sk->action, CHECKLIST_ACTION_SKILAS);
	assert_int_equal(aks->action, CHECKLIST_ACTION_AKS);
	assert_string_equal(checklist_action_code(sk->action), "skilas");
	assert_null(checklist_action_code(CHECKLIST_ACTION_NONE));
	assert_int_equal(item(state, "hamil.anc")->action,
			 CHECKLIST_ACTION_NONE);
	assert_int_equal(outcome(state, "lansia.skilas", "tidak"),
			 CHECKLIST_LEVEL_FOLLOWUP);
	assert_int_equal(outcome(state, "lansia.skilas", "ya"),
			 CHECKLIST_LEVEL_INFO);
	assert_int_equal(outcome(state, "lansia.aks", "tidak"),
			 CHECKLIST_LEVEL_FOLLOWUP);
	r = reason(state, "lansia.skilas", "tidak");
	assert_string_equal(r, "No SKILAS in the last year: do it now: no");
	free(r);
}

/* A rule combination written in a temporary file. */
static void
test_rule_forms(void **state)
{
	struct checklist_set *set = checklist_new();
	struct strlist errs;
	const struct checklist_item *it;
	struct checklist_answer a;
	char *err;

	(void)state;
	strlist_init(&errs);
	assert_int_equal(
		load_text(
			set,
			"[checklist]\ncode = t\ntitle.id = T\ntitle.en = T\n"
			"stages = dewasa\n"
			"[t.suhu]\ntext.id = Suhu\ntext.en = Temp\n"
			"kind = number\nunit = C\nmin = 30\nmax = 43\n"
			"decimals = 1\nrefer_if = >= 38.5\n"
			"followup_if = > 37.5\n"
			"[t.m]\ntext.id = M\ntext.en = M\nkind = multi\n"
			"choices = a, b, c, d\nchoice.a.id = A\n"
			"choice.a.en = A\nchoice.b.id = B\nchoice.b.en = B\n"
			"choice.c.id = C\nchoice.c.en = C\nchoice.d.id = D\n"
			"choice.d.en = D\n"
			"refer_if = ANY OF a, b or count >= 3\n"
			"followup_if = any of c\n"
			"[t.c]\ntext.id = C\ntext.en = C\nkind = choice\n"
			"choices = x, y, z\nchoice.x.id = X\nchoice.x.en = X\n"
			"choice.y.id = Y\nchoice.y.en = Y\nchoice.z.id = Z\n"
			"choice.z.en = Z\nrefer_if = any of y, z\n",
			&errs),
		0);
	print_list(&errs);
	assert_int_equal(errs.n, 0);
	it = checklist_find_item(set, "t.suhu");
	a = answer(it, "38.5");
	assert_int_equal(checklist_outcome(it, &a, NULL),
			 CHECKLIST_LEVEL_REFER);
	a = answer(it, "38.4");
	assert_int_equal(checklist_outcome(it, &a, NULL),
			 CHECKLIST_LEVEL_FOLLOWUP);
	a = answer(it, "37.5");
	assert_int_equal(checklist_outcome(it, &a, NULL), CHECKLIST_LEVEL_INFO);
	it = checklist_find_item(set, "t.m");
	a = answer(it, "b");
	assert_int_equal(checklist_outcome(it, &a, NULL),
			 CHECKLIST_LEVEL_REFER);
	a = answer(it, "c");
	assert_int_equal(checklist_outcome(it, &a, NULL),
			 CHECKLIST_LEVEL_FOLLOWUP);
	a = answer(it, "c d");
	assert_int_equal(checklist_outcome(it, &a, NULL),
			 CHECKLIST_LEVEL_FOLLOWUP);
	a = answer(it, "c d a");
	assert_int_equal(checklist_outcome(it, &a, NULL),
			 CHECKLIST_LEVEL_REFER);
	a = answer(it, "d");
	assert_int_equal(checklist_outcome(it, &a, NULL), CHECKLIST_LEVEL_INFO);
	it = checklist_find_item(set, "t.c");
	a = answer(it, "z");
	assert_int_equal(checklist_outcome(it, &a, NULL),
			 CHECKLIST_LEVEL_REFER);
	a = answer(it, "x");
	assert_int_equal(checklist_outcome(it, &a, NULL), CHECKLIST_LEVEL_INFO);
	err = rejected(it, "x y");
	free(err);
	strlist_done(&errs);
	checklist_free(set);
}

/* Codes of the longest allowed length (32) work everywhere. */
static void
test_long_codes(void **state)
{
	struct checklist_set *set = checklist_new();
	struct strlist errs;
	const struct checklist_item *it;
	struct checklist_answer a;

	(void)state;
	strlist_init(&errs);
	assert_int_equal(
		load_text(set,
			  "[checklist]\n"
			  "code = abcdefghijklmnopqrstuvwxyz012345\n"
			  "title.id = T\ntitle.en = T\nstages = lansia\n"
			  "[abcdefghijklmnopqrstuvwxyz012345."
			  "a1234567890123456789012345678901]\n"
			  "text.id = Q\ntext.en = Q\nkind = multi\n"
			  "choices = c1234567890123456789012345678901, b\n"
			  "choice.c1234567890123456789012345678901.id = C\n"
			  "choice.c1234567890123456789012345678901.en = C\n"
			  "choice.b.id = B\nchoice.b.en = B\n"
			  "refer_if = any of "
			  "c1234567890123456789012345678901\n",
			  &errs),
		0);
	print_list(&errs);
	it = checklist_find_item(set, "abcdefghijklmnopqrstuvwxyz012345."
				      "a1234567890123456789012345678901");
	assert_non_null(it);
	assert_string_equal(checklist_choice_text(it, 0), "C");
	a = answer(it, "c1234567890123456789012345678901");
	assert_int_equal(checklist_outcome(it, &a, NULL),
			 CHECKLIST_LEVEL_REFER);
	strlist_done(&errs);
	checklist_free(set);
	BAD("[checklist]\ncode = abcdefghijklmnopqrstuvwxyz0123456\n"
	    "title.id = T\ntitle.en = T\nstages = lansia\n",
	    "[checklist] code: invalid value", "(at most 32)");
}

/* ---- who an item applies to ---- */

static void
test_applies_by_stage(void **state)
{
	const unsigned newborn = LIFESTAGE_NEONATUS | LIFESTAGE_BAYI |
				 LIFESTAGE_BADUTA | LIFESTAGE_BALITA;
	const unsigned baby =
		LIFESTAGE_BAYI | LIFESTAGE_BADUTA | LIFESTAGE_BALITA;

	assert_true(checklist_applies(item(state, "hamil.lila"),
				      LIFESTAGE_HAMIL | LIFESTAGE_DEWASA, 'P',
				      300));
	assert_false(checklist_applies(item(state, "hamil.lila"),
				       LIFESTAGE_DEWASA, 'P', 300));
	assert_true(checklist_applies(item(state, "dewasa.merokok"),
				      LIFESTAGE_HAMIL | LIFESTAGE_DEWASA, 'P',
				      300));
	assert_true(checklist_applies(item(state, "nifas.kf"),
				      LIFESTAGE_NIFAS | LIFESTAGE_REMAJA |
					      LIFESTAGE_SEKOLAH,
				      'P', 200));
	/* a newborn gets the neonatal list only */
	assert_true(
		checklist_applies(item(state, "neonatus.kn"), newborn, 'L', 0));
	assert_false(checklist_applies(item(state, "balita.tanda_bahaya"),
				       newborn, 'L', 0));
	assert_true(checklist_applies(item(state, "balita.tanda_bahaya"), baby,
				      'L', 0));
	assert_false(
		checklist_applies(item(state, "neonatus.kn"), baby, 'L', 1));
	/* anak prasekolah (decision) keeps danger signs and cough */
	assert_true(checklist_applies(item(state, "balita.batuk"),
				      LIFESTAGE_PRASEKOLAH, 'P', 65));
	assert_false(checklist_applies(item(state, "balita.ditimbang"),
				       LIFESTAGE_PRASEKOLAH, 'P', 65));
	assert_false(checklist_applies(item(state, "sekolah.bias"),
				       LIFESTAGE_PRASEKOLAH, 'P', 65));
	assert_true(checklist_applies(item(state, "sekolah.bias"),
				      LIFESTAGE_SEKOLAH, 'P', 72));
	assert_true(checklist_applies(item(state, "lansia.skilas"),
				      LIFESTAGE_LANSIA, 'L', 720));
	assert_false(checklist_applies(item(state, "lansia.skilas"),
				       LIFESTAGE_DEWASA, 'L', 719));
	assert_false(
		checklist_applies(item(state, "dewasa.obat"), 0, 'L', 300));
	/* household items apply to the household, whatever is passed */
	assert_true(checklist_applies(item(state, "keluarga.jkn"), 0, 0, -1));
}

static void
test_applies_by_sex_and_age(void **state)
{
	const struct checklist_item *ttd = item(state, "sekolah.ttd");
	const struct checklist_item *asi = item(state, "balita.asi_eksklusif");
	const struct checklist_item *vita = item(state, "balita.vitamin_a");
	const struct checklist_item *worm = item(state, "balita.obat_cacing");
	const unsigned teen = LIFESTAGE_SEKOLAH | LIFESTAGE_REMAJA;
	const unsigned baby =
		LIFESTAGE_BAYI | LIFESTAGE_BADUTA | LIFESTAGE_BALITA;

	/* remaja putri 12-17 y = 144..215 completed months */
	assert_false(checklist_applies(ttd, teen, 'P', 143));
	assert_true(checklist_applies(ttd, teen, 'P', 144));
	assert_true(checklist_applies(ttd, teen, 'P', 215));
	assert_false(checklist_applies(ttd, teen, 'P', 216));
	assert_false(checklist_applies(ttd, teen, 'L', 150));
	/* unknown sex or age: asked rather than missed */
	assert_true(checklist_applies(ttd, teen, '?', 150));
	assert_true(checklist_applies(ttd, teen, 'P', -1));
	/* ASI eksklusif < 6 months */
	assert_true(checklist_applies(asi, baby, 'L', 5));
	assert_false(checklist_applies(asi, baby, 'L', 6));
	/* vitamin A 6-59 months */
	assert_false(checklist_applies(vita, baby, 'L', 5));
	assert_true(checklist_applies(vita, baby, 'L', 6));
	assert_true(checklist_applies(vita, LIFESTAGE_BALITA, 'L', 59));
	assert_false(checklist_applies(vita, LIFESTAGE_PRASEKOLAH, 'L', 60));
	/* obat cacing from 12 months */
	assert_false(checklist_applies(worm, baby, 'L', 11));
	assert_true(checklist_applies(worm, baby, 'L', 12));
	assert_true(checklist_applies(worm, LIFESTAGE_PRASEKOLAH, 'L', 70));
}

/* ---- answers ---- */

static void
test_answer_yesno(void **state)
{
	const struct checklist_item *it = item(state, "hamil.anc");
	static const char *const yes[] = {"ya", "Y", "yes", "1", " YA "};
	static const char *const no[] = {"tidak", "T", "no", "n", "0"};
	struct checklist_answer a;
	size_t i;
	char *s;

	for (i = 0; i < ILP_ARRAY_LEN(yes); i++) {
		a = answer(it, yes[i]);
		assert_int_equal(a.set, 1);
		assert_int_equal(a.yes, 1);
	}
	for (i = 0; i < ILP_ARRAY_LEN(no); i++) {
		a = answer(it, no[i]);
		assert_int_equal(a.yes, 0);
	}
	a = answer(it, NULL);
	assert_int_equal(a.set, 0);
	s = rejected(it, "mungkin");
	assert_string_equal(s, "answer yes or no");
	free(s);
	a = answer(it, "ya");
	s = checklist_format_answer(it, &a);
	assert_string_equal(s, "yes");
	free(s);
	s = checklist_answer_label(it, &a);
	assert_string_equal(s, "yes");
	free(s);
	i18n_set_lang(I18N_ID);
	s = checklist_answer_label(it, &a);
	assert_string_equal(s, "ya");
	free(s);
	i18n_set_lang(I18N_EN);
	a.set = 0;
	s = checklist_format_answer(it, &a);
	assert_string_equal(s, "");
	free(s);
}

static void
test_answer_number(void **state)
{
	const struct checklist_item *it = item(state, "hamil.lila");
	struct checklist_answer a;
	char *s;

	a = answer(it, "10");
	assert_true(a.number == 10.0);
	a = answer(it, "50.0");
	assert_true(a.number == 50.0);
	a = answer(it, "23.50"); /* a trailing zero is not precision */
	assert_true(a.number == 23.5);
	s = rejected(it, "9.9");
	assert_string_equal(s, "must be a number from 10.0 to 50.0 cm");
	free(s);
	s = rejected(it, "50.1");
	free(s);
	s = rejected(it, "dua puluh");
	free(s);
	s = rejected(it, "23.45");
	assert_string_equal(s, "at most 1 digits after the decimal point");
	free(s);
	a = answer(it, "23,4");
	s = checklist_format_answer(it, &a);
	assert_string_equal(s, "23.4");
	free(s);
	s = checklist_answer_label(it, &a);
	assert_string_equal(s, "23.4 cm");
	free(s);
}

static void
test_answer_choice_and_multi(void **state)
{
	const struct checklist_item *obat = item(state, "dewasa.obat");
	const struct checklist_item *tb = item(state, "dewasa.gejala_tbc");
	struct checklist_answer a, back;
	char *s, *err;

	a = answer(obat, "3");
	assert_int_equal(a.choice, 2);
	a = answer(obat, "teratur");
	assert_int_equal(a.choice, 0);
	s = rejected(obat, "4");
	assert_string_equal(s, "choose one of: 1 teratur, 2 tidak_teratur, "
			       "3 tidak_ada");
	free(s);
	s = rejected(obat, "sering");
	free(s);
	a = answer(obat, "tidak_teratur");
	s = checklist_format_answer(obat, &a);
	assert_string_equal(s, "tidak_teratur");
	free(s);
	s = checklist_answer_label(obat, &a);
	assert_string_equal(s, "Not regularly, or stopped");
	free(s);

	a = answer(tb, "1, berat_turun 5");
	assert_int_equal(a.mask, (1u << 0) | (1u << 2) | (1u << 4));
	s = checklist_format_answer(tb, &a);
	assert_string_equal(s, "batuk_lama,berat_turun,keringat_malam");
	assert_int_equal(checklist_parse_answer(tb, s, &back, &err), 0);
	assert_int_equal(back.mask, a.mask);
	free(s);
	a = answer(tb, "-");
	assert_int_equal(a.set, 1);
	assert_int_equal(a.mask, 0);
	s = checklist_format_answer(tb, &a);
	assert_string_equal(s, "-");
	free(s);
	s = checklist_answer_label(tb, &a);
	assert_string_equal(s, "none");
	free(s);
	s = rejected(tb, "batuk, pilek");
	assert_non_null(strstr(s, "choose from: 1 batuk_lama"));
	free(s);
	s = rejected(tb, "6");
	free(s);
}

/* Answers built by a form, not typed. */
static void
test_check_answer(void **state)
{
	const struct checklist_item *lila = item(state, "hamil.lila");
	const struct checklist_item *obat = item(state, "dewasa.obat");
	const struct checklist_item *tb = item(state, "dewasa.gejala_tbc");
	struct checklist_answer a = {1, 0, 0, 0, 0};
	char *err;

	a.number = 60;
	assert_int_equal(checklist_check_answer(lila, &a, &err), -1);
	free(err);
	a.number = 22.25;
	assert_int_equal(checklist_check_answer(lila, &a, &err), -1);
	free(err);
	a.number = 22.2;
	assert_int_equal(checklist_check_answer(lila, &a, &err), 0);
	assert_null(err);
	a.choice = 3;
	assert_int_equal(checklist_check_answer(obat, &a, &err), -1);
	free(err);
	a.choice = -1;
	assert_int_equal(checklist_check_answer(obat, &a, &err), -1);
	free(err);
	a.mask = 1u << 5;
	assert_int_equal(checklist_check_answer(tb, &a, &err), -1);
	free(err);
	a.mask = 3; /* batuk_lama and batuk */
	assert_int_equal(checklist_check_answer(tb, &a, &err), -1);
	free(err);
	a.mask = 1u << 4;
	assert_int_equal(checklist_check_answer(tb, &a, &err), 0);
	a.set = 0;
	a.mask = 0xffffffffu;
	assert_int_equal(checklist_check_answer(tb, &a, &err), 0);
	assert_int_equal(checklist_outcome(tb, &a, NULL), CHECKLIST_LEVEL_NONE);
}

/* Household answers give the family health index its values. */
static void
test_iks_values(void **state)
{
	const struct checklist_item *air = item(state, "keluarga.air_bersih");
	const struct checklist_item *rokok = item(state, "keluarga.merokok");
	const struct checklist_item *kb = item(state, "keluarga.kb");
	struct checklist_answer a;

	assert_int_equal(air->iks, IKS_AIR);
	assert_int_equal(item(state, "keluarga.jamban_sehat")->iks, IKS_JAMBAN);
	assert_int_equal(item(state, "keluarga.jkn")->iks, IKS_JKN);
	assert_int_equal(rokok->iks, IKS_ROKOK);
	assert_int_equal(kb->iks, IKS_KB);
	assert_int_equal(item(state, "hamil.lila")->iks, -1);

	a = answer(air, "ya");
	assert_int_equal(checklist_iks_value(air, &a), IKS_VALUE_1);
	a = answer(air, "tidak");
	assert_int_equal(checklist_iks_value(air, &a), IKS_VALUE_0);
	a = answer(air, "");
	assert_int_equal(checklist_iks_value(air, &a), IKS_VALUE_UNKNOWN);
	/* "a member smokes: no" is what makes indicator 9 one */
	a = answer(rokok, "tidak");
	assert_int_equal(checklist_iks_value(rokok, &a), IKS_VALUE_1);
	a = answer(rokok, "ya");
	assert_int_equal(checklist_iks_value(rokok, &a), IKS_VALUE_0);
	a = answer(kb, "ya");
	assert_int_equal(checklist_iks_value(kb, &a), IKS_VALUE_1);
	a = answer(kb, "tidak");
	assert_int_equal(checklist_iks_value(kb, &a), IKS_VALUE_0);
	a = answer(kb, "tidak_ada_pus");
	assert_int_equal(checklist_iks_value(kb, &a), IKS_VALUE_N);
	a = answer(item(state, "hamil.anc"), "ya");
	assert_int_equal(checklist_iks_value(item(state, "hamil.anc"), &a),
			 IKS_VALUE_UNKNOWN);
}

static void
test_describe(void **state)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	checklist_describe(*state, f);
	fclose(f);
	assert_non_null(strstr(buf, "Pregnant women [hamil] "));
	assert_non_null(strstr(buf, "  for stages: hamil\n"));
	assert_non_null(strstr(buf, "  except stages: neonatus\n"));
	assert_non_null(strstr(buf, "  hamil.lila (number 10.0..50.0 cm) "
				    "MUAC (mid-upper arm circumference)\n"
				    "      refer when: < 23.5\n"));
	assert_non_null(strstr(buf, "      refer when: any of batuk_lama or "
				    "count >= 2\n"
				    "      follow-up when: any\n"));
	assert_non_null(strstr(buf, "      only: P; 12y..17y\n"));
	assert_non_null(strstr(buf, "      only: 6m..59m\n"));
	assert_non_null(strstr(buf, "      only: ..5m\n"));
	assert_non_null(strstr(buf, "      only: 12m..\n"));
	assert_non_null(strstr(buf, "      action: skilas\n"));
	assert_non_null(strstr(buf, "  for: the household\n"));
	assert_non_null(
		strstr(buf, "      IKS indicator: rokok (1 when no)\n"));
	assert_non_null(strstr(buf, "      IKS indicator: kb (1 when ya)\n"));
	free(buf);
}

/* ---- configuration errors: each names file, [section], key, allowed ---- */

#define HEAD                                                                   \
	"[checklist]\ncode = t\ntitle.id = Uji\ntitle.en = Test\n"             \
	"stages = dewasa\n"
#define TEXTS "text.id = Soal\ntext.en = Question\n"

static void
test_error_kind(void **state)
{
	(void)state;
	BAD(HEAD "[t.a]\n" TEXTS "kind = slider\n", "[t.a] kind",
	    "invalid value 'slider'",
	    "allowed: one of yesno, number, choice, multi");
	BAD(HEAD "[t.a]\n" TEXTS, "[t.a] kind: missing",
	    "yesno, number, choice, multi");
}

static void
test_error_missing_text(void **state)
{
	(void)state;
	BAD(HEAD "[t.a]\ntext.id = Soal\nkind = yesno\n",
	    "[t.a] text.en: missing", "printable ASCII text");
	BAD(HEAD "[t.a]\ntext.en = Q\nkind = yesno\n",
	    "[t.a] text.id: missing");
	BAD(HEAD "[t.a]\n" TEXTS "kind = yesno\nreason.id = R\n",
	    "[t.a] reason.en: missing");
	BAD(HEAD "[t.a]\ntext.id = \ntext.en = Q\nkind = yesno\n",
	    "[t.a] text.id: invalid value ''");
	BAD(HEAD "[t.a]\ntext.id = Soal \xe2\x89\xa5 2\ntext.en = Q\n"
		 "kind = yesno\n",
	    "[t.a] text.id: invalid value", "printable ASCII");
	BAD("[checklist]\ncode = t\ntitle.id = Uji\nstages = dewasa\n"
	    "[t.a]\n" TEXTS "kind = yesno\n",
	    "[checklist] title.en: missing");
	BAD(HEAD "[t.a]\n" TEXTS "kind = choice\nchoices = a, b\n"
		 "choice.a.id = A\nchoice.a.en = A\nchoice.b.id = B\n",
	    "[t.a] choice.b.en: missing");
}

static void
test_error_rule_syntax(void **state)
{
	(void)state;
	BAD(HEAD "[t.a]\n" TEXTS "kind = yesno\nrefer_if = maybe\n",
	    "[t.a] refer_if: invalid value 'maybe'", "allowed: yes or no");
	BAD(HEAD "[t.a]\n" TEXTS "kind = yesno\nrefer_if = 1\n",
	    "[t.a] refer_if: invalid value '1'");
	BAD(HEAD "[t.a]\n" TEXTS
		 "kind = number\nunit = cm\nmin = 10\nmax = 50\n"
		 "followup_if = << 5\n",
	    "[t.a] followup_if: invalid value '<< 5'",
	    "allowed: < x, <= x, > x or >= x");
	BAD(HEAD "[t.a]\n" TEXTS
		 "kind = number\nunit = cm\nmin = 10\nmax = 50\n"
		 "refer_if = 23.5\n",
	    "[t.a] refer_if: invalid value '23.5'");
	BAD(HEAD "[t.a]\n" TEXTS
		 "kind = number\nunit = cm\nmin = 10\nmax = 50\n"
		 "refer_if = < 23,5\n",
	    "[t.a] refer_if: invalid value '< 23,5'");
	BAD(HEAD "[t.a]\n" TEXTS
		 "kind = number\nunit = cm\nmin = 10\nmax = 50\n"
		 "refer_if = < 5\n",
	    "[t.a] refer_if: limit 5 is outside min..max (10..50)");
	BAD(HEAD "[t.a]\n" TEXTS "kind = multi\nchoices = a, b\n"
		 "choice.a.id = A\nchoice.a.en = A\nchoice.b.id = B\n"
		 "choice.b.en = B\nrefer_if = any of c\n",
	    "[t.a] refer_if: invalid value 'any of c'",
	    "count >= n (n from 1 to 2)", "codes: a, b");
	BAD(HEAD "[t.a]\n" TEXTS "kind = multi\nchoices = a, b\n"
		 "choice.a.id = A\nchoice.a.en = A\nchoice.b.id = B\n"
		 "choice.b.en = B\nrefer_if = count >= 3\n",
	    "[t.a] refer_if: invalid value 'count >= 3'");
	BAD(HEAD "[t.a]\n" TEXTS "kind = multi\nchoices = a, b\n"
		 "choice.a.id = A\nchoice.a.en = A\nchoice.b.id = B\n"
		 "choice.b.en = B\nrefer_if = any or\n",
	    "[t.a] refer_if: invalid value 'any or'");
	BAD(HEAD "[t.a]\n" TEXTS "kind = multi\nchoices = a, b\n"
		 "choice.a.id = A\nchoice.a.en = A\nchoice.b.id = B\n"
		 "choice.b.en = B\nfollowup_if = all\n",
	    "[t.a] followup_if: invalid value 'all'");
	BAD(HEAD "[t.a]\n" TEXTS "kind = choice\nchoices = a, b\n"
		 "choice.a.id = A\nchoice.a.en = A\nchoice.b.id = B\n"
		 "choice.b.en = B\nrefer_if = a,, b\n",
	    "[t.a] refer_if: invalid value 'a,, b'",
	    "codes from choices separated by commas: a, b");
}

static void
test_error_ranges(void **state)
{
	(void)state;
	BAD(HEAD "[t.a]\n" TEXTS
		 "kind = number\nunit = cm\nmin = 50\nmax = 10\n",
	    "[t.a] min = 50: must be less than max = 10");
	BAD(HEAD "[t.a]\n" TEXTS
		 "kind = number\nunit = cm\nmin = 10\nmax = 10\n",
	    "[t.a] min = 10: must be less than max = 10");
	BAD(HEAD "[t.a]\n" TEXTS "kind = number\nunit = cm\nmax = 10\n",
	    "[t.a] min: missing", "a number");
	BAD(HEAD "[t.a]\n" TEXTS "kind = number\nmin = 1\nmax = 10\n",
	    "[t.a] unit: missing");
	BAD(HEAD "[t.a]\n" TEXTS
		 "kind = number\nunit = cm\nmin = ten\nmax = 10\n",
	    "[t.a] min: invalid value 'ten'");
	BAD(HEAD "[t.a]\n" TEXTS
		 "kind = number\nunit = cm\nmin = 1\nmax = 10\ndecimals = 5\n",
	    "[t.a] decimals: invalid value '5'", "from 0 to 3");
	BAD(HEAD "[t.a]\n" TEXTS "kind = yesno\nage_min = 12y\nage_max = 11y\n",
	    "[t.a] age_min = 12y: must not be greater than age_max = 11y");
	BAD(HEAD "[t.a]\n" TEXTS "kind = yesno\nage_min = 12\n",
	    "[t.a] age_min: invalid value '12'", "6m or 12y");
	BAD(HEAD "[t.a]\n" TEXTS "kind = yesno\nage_max = 200y\n",
	    "[t.a] age_max: invalid value '200y'");
	BAD(HEAD "[t.a]\n" TEXTS "kind = yesno\nsex = W\n",
	    "[t.a] sex: invalid value 'W'", "one of L, P");
}

static void
test_error_stage_code(void **state)
{
	(void)state;
	BAD("[checklist]\ncode = t\ntitle.id = T\ntitle.en = T\n"
	    "stages = hamil, bayii\n[t.a]\n" TEXTS "kind = yesno\n",
	    "[checklist] stages: invalid value 'hamil, bayii'",
	    "neonatus, bayi, baduta, balita, prasekolah, sekolah, remaja, "
	    "dewasa, lansia, hamil, nifas");
	BAD(HEAD "[t.a]\n" TEXTS "kind = yesno\nexcept_stages = tua\n",
	    "[t.a] except_stages: invalid value 'tua'");
	BAD("[checklist]\ncode = t\ntitle.id = T\ntitle.en = T\n"
	    "[t.a]\n" TEXTS "kind = yesno\n",
	    "[checklist] stages: missing");
	BAD("[checklist]\ncode = t\ntitle.id = T\ntitle.en = T\n"
	    "scope = household\nstages = dewasa\n[t.a]\n" TEXTS
	    "kind = yesno\n",
	    "[checklist] stages: not allowed in a household checklist");
	BAD("[checklist]\ncode = t\ntitle.id = T\ntitle.en = T\n"
	    "scope = household\n[t.a]\n" TEXTS "kind = yesno\nsex = P\n",
	    "[t.a] sex: not allowed in a household checklist");
	BAD("[checklist]\ncode = t\ntitle.id = T\ntitle.en = T\n"
	    "scope = family\n[t.a]\n" TEXTS "kind = yesno\n",
	    "[checklist] scope: invalid value 'family'",
	    "one of member, household");
}

static void
test_error_duplicates(void **state)
{
	struct checklist_set *set = checklist_new();
	struct strlist errs;

	(void)state;
	strlist_init(&errs);
	assert_int_equal(
		load_text(set, HEAD "[t.a]\n" TEXTS "kind = yesno\n", &errs),
		0);
	assert_int_equal(load_text(set,
				   HEAD "[t.a]\n" TEXTS "kind = yesno\n"
					"[t.b]\n" TEXTS "kind = yesno\n",
				   &errs),
			 -1);
	assert_int_equal(set->n, 1);
	assert_error(&errs, "[checklist] code: 't' is already used in /tmp/",
		     END);
	assert_error(&errs, "[t.a]: item id is already used in /tmp/", END);
	strlist_done(&errs);
	checklist_free(set);

	BAD(HEAD "[t.a]\n" TEXTS "kind = choice\nchoices = a, b, a\n",
	    "[t.a] choices: invalid value 'a, b, a'",
	    "2 to 32 different codes");
	BAD(HEAD "[t.a]\n" TEXTS "kind = choice\nchoices = a\n"
		 "choice.a.id = A\nchoice.a.en = A\n",
	    "[t.a] choices: invalid value 'a'");
	BAD(HEAD "[t.a]\n" TEXTS "kind = choice\nchoices = a, B\n",
	    "[t.a] choices: invalid value 'a, B'");
}

static void
test_error_structure(void **state)
{
	(void)state;
	BAD("[t.a]\n" TEXTS "kind = yesno\n", "no [checklist] section");
	BAD(HEAD, "no items; add [t.<item>] sections");
	BAD(HEAD "[x.a]\n" TEXTS "kind = yesno\n",
	    "[x.a]: an item id must be 't.' then");
	BAD(HEAD "[t.]\n" TEXTS "kind = yesno\n",
	    "[t.]: an item id must be 't.' then");
	BAD(HEAD "[t.a]\n" TEXTS "kind = yesno\nrefer_fi = yes\n",
	    "[t.a] refer_fi: unknown key", "refer_if, followup_if");
	BAD("[checklist]\ncode = t\ntitle.id = T\ntitle.en = T\n"
	    "stages = dewasa\ncolour = red\n[t.a]\n" TEXTS "kind = yesno\n",
	    "[checklist] colour: unknown key", "allowed: code, title.id");
	BAD("[checklist]\ncode = T-1\ntitle.id = T\ntitle.en = T\n"
	    "stages = dewasa\n[t.a]\n" TEXTS "kind = yesno\n",
	    "[checklist] code: invalid value 'T-1'", "lower-case letters");
	BAD("[checklist]\ntitle.id = T\ntitle.en = T\nstages = dewasa\n"
	    "[t.a]\n" TEXTS "kind = yesno\n",
	    "[checklist] code: missing");
	BAD(HEAD "order = 1000\n[t.a]\n" TEXTS "kind = yesno\n",
	    "[checklist] order: invalid value '1000'");
	BAD("stray = 1\n" HEAD "[t.a]\n" TEXTS "kind = yesno\n",
	    ": stray: key outside any [section]");
}

static void
test_error_kind_mismatch(void **state)
{
	(void)state;
	BAD(HEAD "[t.a]\n" TEXTS "kind = yesno\nunit = cm\n",
	    "[t.a] unit: not allowed with kind = yesno");
	BAD(HEAD "[t.a]\n" TEXTS "kind = yesno\nchoices = a, b\n",
	    "[t.a] choices: not allowed with kind = yesno");
	BAD(HEAD "[t.a]\n" TEXTS "kind = yesno\nchoice.a.id = A\n",
	    "[t.a] choice.a.id: not allowed with kind = yesno");
	BAD(HEAD "[t.a]\n" TEXTS "kind = choice\nchoices = a, b\n"
		 "choice.a.id = A\nchoice.a.en = A\nchoice.b.id = B\n"
		 "choice.b.en = B\nchoice.c.id = C\n",
	    "[t.a] choice.c.id: choice 'c' is not in choices");
	BAD(HEAD "[t.a]\n" TEXTS "kind = choice\nchoices = a, b\n"
		 "choice.a.id = A\nchoice.a.en = A\nchoice.b.id = B\n"
		 "choice.b.en = B\nexclusive = a, b\n",
	    "[t.a] exclusive: not allowed with kind = choice");
	BAD(HEAD "[t.a]\n" TEXTS "kind = multi\nchoices = a, b\n"
		 "choice.a.id = A\nchoice.a.en = A\nchoice.b.id = B\n"
		 "choice.b.en = B\nexclusive = a\n",
	    "[t.a] exclusive: invalid value 'a'", "2 or more codes");
	BAD(HEAD "[t.a]\n" TEXTS "kind = multi\n", "[t.a] choices: missing");
}

static void
test_error_action_and_iks(void **state)
{
	(void)state;
	BAD(HEAD "[t.a]\n" TEXTS "kind = yesno\naction = skilas\n",
	    "[t.a] action: needs refer_if or followup_if");
	BAD(HEAD "[t.a]\n" TEXTS "kind = yesno\nfollowup_if = no\n"
		 "action = srq\n",
	    "[t.a] action: invalid value 'srq'", "one of skilas, aks");
	BAD(HEAD "[t.a]\n" TEXTS "kind = yesno\niks = air\niks_one_if = yes\n",
	    "[t.a] iks: only for household items");
#define HH                                                                     \
	"[checklist]\ncode = t\ntitle.id = T\ntitle.en = T\n"                  \
	"scope = household\n"
	BAD(HH "[t.a]\n" TEXTS "kind = yesno\niks = sabun\niks_one_if = yes\n",
	    "[t.a] iks: invalid value 'sabun'", "kb, faskes, imunisasi");
	BAD(HH "[t.a]\n" TEXTS "kind = yesno\niks = air\n",
	    "[t.a] iks_one_if: missing");
	BAD(HH "[t.a]\n" TEXTS "kind = yesno\niks_one_if = yes\n",
	    "[t.a] iks_one_if: only together with iks = <indicator>");
	BAD(HH "[t.a]\n" TEXTS "kind = yesno\niks = air\niks_one_if = ok\n",
	    "[t.a] iks_one_if: invalid value 'ok'");
	BAD(HH "[t.a]\n" TEXTS "kind = choice\nchoices = a, b\n"
	       "choice.a.id = A\nchoice.a.en = A\nchoice.b.id = B\n"
	       "choice.b.en = B\niks = air\niks_one_if = a\niks_n_if = b\n",
	    "[t.a] iks_n_if: indicator 'air' is never N");
	BAD(HH "[t.a]\n" TEXTS "kind = yesno\niks = kb\niks_one_if = yes\n"
	       "iks_n_if = no\n",
	    "[t.a] iks_n_if: not allowed with kind = yesno");
	BAD(HH "[t.a]\n" TEXTS "kind = number\nunit = x\nmin = 0\nmax = 9\n"
	       "iks = air\niks_one_if = yes\n",
	    "[t.a] iks: not allowed with kind = number");
#undef HH
}

/* Every problem is reported, not just the first. */
static void
test_errors_collected(void **state)
{
	struct checklist_set *set = checklist_new();
	struct strlist errs;

	(void)state;
	strlist_init(&errs);
	assert_int_equal(
		load_text(set,
			  HEAD "[t.a]\ntext.id = A\nkind = slider\n"
			       "[t.b]\n" TEXTS
			       "kind = yesno\nrefer_if = maybe\n"
			       "[t.c]\n" TEXTS
			       "kind = number\nunit = cm\nmin = 9\nmax = 1\n",
			  &errs),
		-1);
	assert_int_equal(errs.n, 4);
	assert_error(&errs, "[t.a] text.en: missing", END);
	assert_error(&errs, "[t.a] kind: invalid value 'slider'", END);
	assert_error(&errs, "[t.b] refer_if: invalid value 'maybe'", END);
	assert_error(&errs, "[t.c] min = 9: must be less than max = 1", END);
	/* messages follow the language */
	strlist_done(&errs);
	strlist_init(&errs);
	i18n_set_lang(I18N_ID);
	assert_int_equal(load_text(set, HEAD "[t.a]\n" TEXTS, &errs), -1);
	assert_error(&errs, "[t.a] kind: wajib diisi", END);
	i18n_set_lang(I18N_EN);
	strlist_done(&errs);
	checklist_free(set);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shipped_files),
		cmocka_unit_test(test_every_file_in_dir_loads),
		cmocka_unit_test(test_table_items_present),
		cmocka_unit_test(test_lila_boundary),
		cmocka_unit_test(test_yesno_rules),
		cmocka_unit_test(test_danger_signs_any),
		cmocka_unit_test(test_tb_combination),
		cmocka_unit_test(test_choice_rules),
		cmocka_unit_test(test_lansia_actions),
		cmocka_unit_test(test_rule_forms),
		cmocka_unit_test(test_long_codes),
		cmocka_unit_test(test_applies_by_stage),
		cmocka_unit_test(test_applies_by_sex_and_age),
		cmocka_unit_test(test_answer_yesno),
		cmocka_unit_test(test_answer_number),
		cmocka_unit_test(test_answer_choice_and_multi),
		cmocka_unit_test(test_check_answer),
		cmocka_unit_test(test_iks_values),
		cmocka_unit_test(test_describe),
		cmocka_unit_test(test_error_kind),
		cmocka_unit_test(test_error_missing_text),
		cmocka_unit_test(test_error_rule_syntax),
		cmocka_unit_test(test_error_ranges),
		cmocka_unit_test(test_error_stage_code),
		cmocka_unit_test(test_error_duplicates),
		cmocka_unit_test(test_error_structure),
		cmocka_unit_test(test_error_kind_mismatch),
		cmocka_unit_test(test_error_action_and_iks),
		cmocka_unit_test(test_errors_collected),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
