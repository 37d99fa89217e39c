/*
 * Role checks in the store, not only in menus (issue 8, doc/security.md):
 * a kader may not void a dose, and reads no row of another posyandu
 * through any store function the UI or the CLI uses (person, immunisation
 * card, due list, export); a kader's export is their own posyandu only,
 * the whole area needs PERM_EXPORT. On real temporary databases.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/i18n.h"
#include "helpers/schedule_fixture.h"
#include "helpers/testdb.h"
#include "store/export.h"
#include "store/immunisation.h"
#include "store/person.h"
#include "store/posyandu.h"

static void
login(struct testdb *t, const char *name, enum role role, const char *posyandu)
{
	struct account_login res;
	char *cause = NULL;

	store_set_system_actor(t->st, "test");
	if (store_account_add(t->st, name, "", role, posyandu, "rahasia123",
			      &testdb_policy, &cause) < 0)
		fail_msg("add: %s", cause);
	if (store_account_login(t->st, name, "rahasia123", &testdb_policy,
				1755000000, &res, &cause) < 0 ||
	    res.result != LOGIN_OK)
		fail_msg("login failed");
}

static char *
posyandu_id(struct testdb *t, const char *code)
{
	struct posyandu p;
	char *cause = NULL, *id;

	if (store_posyandu_get(t->st, code, &p, &cause) != 1)
		fail_msg("posyandu %s", code);
	id = xstrdup(p.id);
	posyandu_free(&p);
	return id;
}

static void
assert_contains(const char *s, const char *part)
{
	if (s == NULL || strstr(s, part) == NULL)
		fail_msg("\"%s\" lacks \"%s\"", s != NULL ? s : "(null)", part);
}

struct rows {
	int n;
	int other; /* rows naming MELATI */
};

static int
count_row(void *ctx, const char *const *values, int n)
{
	struct rows *r = ctx;
	int i;

	r->n++;
	for (i = 0; i < n; i++)
		if (strcmp(values[i], "MELATI") == 0)
			r->other++;
	return 0;
}

static void
due_row(const struct imm_due_child *c, void *arg)
{
	int *other = arg;

	if (strcmp(c->posyandu_code, "MELATI") == 0)
		(*other)++;
}

/* A child in each posyandu with one dose (recorded by the system). */
struct fix {
	struct testdb t;
	char mine[37], other[37], dose_other[37], dose_mine[37];
	char *mawar, *melati;
	struct schedule *sch;
};

static void
fix_open(struct fix *f)
{
	struct imm_policy pol = {0};
	struct imm_new in = {0};
	enum imm_field field;
	char *cause = NULL;

	testdb_open(&f->t);
	testdb_add_person(&f->t, "MAWAR", "Ani Mawar", 'P', "2025-01-10",
			  f->mine, NULL);
	testdb_add_person(&f->t, "MELATI", "Budi Melati", 'L', "2025-01-10",
			  f->other, NULL);
	f->sch = fixture_schedule(NULL, NULL);
	pol.schedule = f->sch;
	pol.today = (struct date){2025, 8, 12};
	in.antigen = "HB0";
	in.date = (struct date){2025, 1, 10};
	in.place = IMM_PLACE_POSYANDU;
	in.person_id = f->mine;
	if (store_imm_record(f->t.st, &pol, &in, f->dose_mine, &field, &cause) <
	    0)
		fail_msg("dose: %s", cause);
	in.person_id = f->other;
	if (store_imm_record(f->t.st, &pol, &in, f->dose_other, &field,
			     &cause) < 0)
		fail_msg("dose: %s", cause);
	f->mawar = posyandu_id(&f->t, "MAWAR");
	f->melati = posyandu_id(&f->t, "MELATI");
}

static void
fix_close(struct fix *f)
{
	free(f->mawar);
	free(f->melati);
	schedule_free(f->sch);
	testdb_close(&f->t);
}

static void
test_kader_cannot_void(void **state)
{
	struct fix f;
	char *cause = NULL;

	(void)state;
	fix_open(&f);
	login(&f.t, "kader1", ROLE_KADER, "MAWAR");
	assert_int_equal(
		store_imm_void(f.t.st, f.dose_mine, 1, "salah catat", &cause),
		-1);
	assert_contains(cause, "kader");
	free(cause);
	login(&f.t, "bidan", ROLE_NAKES, NULL);
	assert_int_equal(
		store_imm_void(f.t.st, f.dose_mine, 1, "salah catat", &cause),
		0);
	fix_close(&f);
}

static void
test_kader_reads_only_own(void **state)
{
	struct fix f;
	struct person p;
	struct imm_card card;
	char *cause = NULL;

	(void)state;
	fix_open(&f);
	login(&f.t, "kader1", ROLE_KADER, "MAWAR");
	assert_int_equal(store_person_get(f.t.st, f.mine, &p, &cause), 1);
	person_free(&p);
	assert_true(store_person_get(f.t.st, f.other, &p, &cause) <= 0);
	free(cause);
	cause = NULL;
	memset(&card, 0, sizeof card);
	assert_true(store_imm_card(f.t.st, f.other, &card, &cause) <= 0);
	imm_card_free(&card);
	free(cause);
	fix_close(&f);
}

/*
 * The due list of another posyandu: a kader gets their own posyandu's
 * (the store narrows the scope; the CLI refuses the code before).
 */
static void
test_due_scope(void **state)
{
	struct fix f;
	char *cause = NULL;
	int other = 0;

	(void)state;
	fix_open(&f);
	login(&f.t, "kader1", ROLE_KADER, "MAWAR");
	assert_true(store_imm_due(f.t.st, f.sch, f.melati,
				  (struct date){2025, 8, 12}, due_row, &other,
				  &cause) >= 0);
	assert_int_equal(other, 0);
	assert_true(store_imm_due(f.t.st, f.sch, NULL,
				  (struct date){2025, 8, 12}, due_row, &other,
				  &cause) >= 0);
	assert_int_equal(other, 0);
	fix_close(&f);
}

static void
test_export_scope(void **state)
{
	struct fix f;
	struct rows r = {0, 0};
	char *cause = NULL;

	(void)state;
	fix_open(&f);
	login(&f.t, "kader1", ROLE_KADER, "MAWAR");
	/* another posyandu: refused */
	assert_int_equal(store_export(f.t.st, EXPORT_PERSONS, f.melati,
				      count_row, &r, &cause),
			 -1);
	assert_contains(cause, "posyandu lain");
	free(cause);
	/* everything the kader may see: their own posyandu only */
	assert_int_equal(store_export(f.t.st, EXPORT_PERSONS, NULL, count_row,
				      &r, &cause),
			 1);
	assert_int_equal(r.other, 0);
	/* nakes: the whole area */
	login(&f.t, "bidan", ROLE_NAKES, NULL);
	r.n = r.other = 0;
	assert_int_equal(store_export(f.t.st, EXPORT_PERSONS, NULL, count_row,
				      &r, &cause),
			 2);
	assert_int_equal(r.other, 1);
	/* no actor: nothing */
	store_clear_actor(f.t.st);
	assert_int_equal(store_export(f.t.st, EXPORT_PERSONS, NULL, count_row,
				      &r, &cause),
			 -1);
	free(cause);
	fix_close(&f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kader_cannot_void),
		cmocka_unit_test(test_kader_reads_only_own),
		cmocka_unit_test(test_due_scope),
		cmocka_unit_test(test_export_scope),
	};

	i18n_set_lang(I18N_ID);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
