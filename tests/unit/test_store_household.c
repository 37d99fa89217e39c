/*
 * store/household, person, pregnancy: search ordering, optimistic
 * concurrency, the kader's scope, duplicates, NIK in use, never deleted,
 * moving a member, pregnancies. On real temporary database files.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "helpers/testdb.h"
#include "store/household.h"
#include "store/person.h"
#include "store/posyandu.h"
#include "store/pregnancy.h"
#include "util.h"

static const struct date TODAY = {2025, 8, 12};

struct fixture {
	struct testdb t;
	char mawar[37], melati[37];
};

static void
posyandu_id(struct testdb *t, const char *code, char out[37])
{
	struct posyandu p;
	char *cause = NULL;

	assert_int_equal(store_posyandu_get(t->st, code, &p, &cause), 1);
	str_copy(out, p.id, 37);
	posyandu_free(&p);
}

static void
fx_open(struct fixture *f)
{
	testdb_open(&f->t);
	posyandu_id(&f->t, "MAWAR", f->mawar);
	posyandu_id(&f->t, "MELATI", f->melati);
}

static void
as_actor(struct fixture *f, const char *name, enum role role,
	 const char *posyandu)
{
	struct store_actor a = {.username = (char *)name,
				.full_name = (char *)"",
				.role = role,
				.posyandu_id = (char *)posyandu};

	store_set_actor(f->t.st, &a);
}

static void
add_household(struct fixture *f, const char *posyandu, const char *kk,
	      const char *address, char id[37])
{
	struct household h;
	char *cause = NULL;

	memset(&h, 0, sizeof h);
	h.posyandu_id = (char *)posyandu;
	h.no_kk = (char *)kk;
	h.address = (char *)address;
	h.rt = (char *)"3";
	h.rw = (char *)"1";
	h.dusun = (char *)"Krajan";
	h.water_clean = 1;
	h.latrine_healthy = 0;
	h.jkn_all = HOUSEHOLD_UNKNOWN;
	h.smoker_inside = 0;
	if (store_household_add(f->t.st, &h, id, &cause) < 0)
		fail_msg("household: %s", cause);
}

static int
add_person_rc(struct fixture *f, const char *hh, const char *name, char sex,
	      struct date dob, const char *relation, const char *nik,
	      char id[37], char **cause)
{
	struct person p;

	memset(&p, 0, sizeof p);
	p.household_id = (char *)hh;
	p.name = (char *)name;
	p.sex = sex;
	p.dob = dob;
	p.relation = (char *)relation;
	p.nik = (char *)nik;
	return store_person_add(f->t.st, &p, TODAY, id, cause);
}

static void
add_person(struct fixture *f, const char *hh, const char *name, char sex,
	   struct date dob, const char *relation, const char *nik, char id[37])
{
	char *cause = NULL;

	if (add_person_rc(f, hh, name, sex, dob, relation, nik, id, &cause) < 0)
		fail_msg("person %s: %s", name, cause);
}

static long long
raw_count(struct fixture *f, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	long long n = -1;

	assert_int_equal(sqlite3_open(f->t.path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return n;
}

static void
search(struct fixture *f, const char *text, const char *posyandu,
       struct household_row **rows, size_t *n)
{
	struct household_query q = {.text = text, .posyandu_id = posyandu};
	char *cause = NULL;
	int more;

	q.at = TODAY;
	if (store_household_search(f->t.st, &q, rows, n, &more, &cause) < 0)
		fail_msg("search: %s", cause);
	assert_true(store_idle(f->t.st));
}

/* Three households in MAWAR, one in MELATI. */
static void
fx_village(struct fixture *f, char h[4][37])
{
	char p[37];

	add_household(f, f->mawar, "9901011109180001", "Jl. Salak No. 1", h[0]);
	add_person(f, h[0], "Budi Santoso", 'L', (struct date){1980, 5, 1},
		   "kepala", "9901010105800001", p);
	add_person(f, h[0], "Siti Aminah", 'P', (struct date){1985, 7, 2},
		   "istri", NULL, p);
	add_household(f, f->mawar, NULL, "Jl. Mangga No. 7", h[1]);
	add_person(f, h[1], "Agus Salim", 'L', (struct date){1950, 1, 3},
		   "kepala", "9901010301500002", p);
	add_person(f, h[1], "Bayu", 'L', (struct date){2025, 3, 1}, "cucu",
		   NULL, p);
	add_household(f, f->mawar, "9901012202140002", "Gg. Nuri", h[2]);
	add_person(f, h[2], "Citra Lestari", 'P', (struct date){1995, 2, 2},
		   "kepala", NULL, p);
	add_household(f, f->melati, NULL, "Jl. Salak No. 9", h[3]);
	add_person(f, h[3], "Budi Hartono", 'L', (struct date){1970, 1, 1},
		   "kepala", NULL, p);
}

static void
test_search_scoped_order_and_badges(void **state)
{
	struct fixture f;
	char h[4][37];
	struct household_row *rows;
	size_t n;

	(void)state;
	fx_open(&f);
	fx_village(&f, h);
	as_actor(&f, "kader1", ROLE_KADER, f.mawar);
	search(&f, NULL, NULL, &rows, &n);
	assert_int_equal(n, 3); /* MELATI's household is not the kader's */
	assert_string_equal(rows[0].head_name, "Agus Salim");
	assert_string_equal(rows[1].head_name, "Budi Santoso");
	assert_string_equal(rows[2].head_name, "Citra Lestari");
	assert_true(rows[0].badges & HOUSEHOLD_BADGE_LANSIA);
	assert_true(rows[0].badges & HOUSEHOLD_BADGE_BAYI);
	assert_true(rows[0].badges & HOUSEHOLD_BADGE_BALITA);
	assert_int_equal(rows[1].members, 2);
	assert_int_equal(rows[1].badges, 0);
	household_rows_free(rows, n);

	/* Prefixes of any word, case and punctuation ignored. */
	search(&f, "AMI", NULL, &rows, &n);
	assert_int_equal(n, 1);
	assert_string_equal(rows[0].id, h[0]);
	household_rows_free(rows, n);
	search(&f, "salak", NULL, &rows, &n);
	assert_int_equal(n, 1);
	household_rows_free(rows, n);
	search(&f, "siti budi", NULL, &rows, &n); /* two members */
	assert_int_equal(n, 1);
	household_rows_free(rows, n);
	search(&f, "mi", NULL, &rows, &n); /* no word begins with it */
	assert_int_equal(n, 0);
	household_rows_free(rows, n);

	/* An exact No. KK comes first, before the head-name order. */
	search(&f, "9901012202140002", NULL, &rows, &n);
	assert_true(n >= 1);
	assert_string_equal(rows[0].id, h[2]);
	assert_true(rows[0].exact);
	household_rows_free(rows, n);
	testdb_close(&f.t);
}

static void
test_search_index_all_posyandu(void **state)
{
	struct fixture f;
	char h[4][37];
	struct household_row *rows;
	size_t n;

	(void)state;
	fx_open(&f);
	fx_village(&f, h);
	as_actor(&f, "bidan", ROLE_NAKES, NULL);
	search(&f, "budi", NULL, &rows, &n);
	assert_int_equal(n, 2); /* both posyandu */
	/* In the index's order: budi hartono before budi santoso. */
	assert_string_equal(rows[0].id, h[3]);
	assert_string_equal(rows[1].id, h[0]);
	assert_true(rows[0].loaded);
	household_rows_free(rows, n);
	search(&f, "jl salak no 9", NULL, &rows, &n);
	assert_int_equal(n, 1);
	assert_string_equal(rows[0].id, h[3]);
	household_rows_free(rows, n);
	/* Out of order: found by the slower word-by-word pass. */
	search(&f, "aminah siti", NULL, &rows, &n);
	assert_int_equal(n, 1);
	household_rows_free(rows, n);
	/* An exact NIK. */
	search(&f, "9901010301500002", NULL, &rows, &n);
	assert_int_equal(n, 1);
	assert_string_equal(rows[0].id, h[1]);
	assert_true(rows[0].exact);
	household_rows_free(rows, n);
	/* The posyandu filter of a bidan. */
	search(&f, "budi", f.melati, &rows, &n);
	assert_int_equal(n, 1);
	assert_string_equal(rows[0].id, h[3]);
	household_rows_free(rows, n);
	testdb_close(&f.t);
}

static void
test_search_follows_edits(void **state)
{
	struct fixture f;
	char h[4][37];
	struct household_row *rows;
	struct person *m;
	struct household hh;
	size_t n, nm;
	char *cause = NULL;

	(void)state;
	fx_open(&f);
	fx_village(&f, h);
	as_actor(&f, "bidan", ROLE_NAKES, NULL);
	assert_int_equal(
		store_household_get(f.t.st, h[2], &hh, &m, &nm, &cause), 1);
	free(m[0].name);
	m[0].name = xstrdup("Citra Dewi");
	assert_int_equal(store_person_update(f.t.st, &m[0], TODAY, &cause), 0);
	free(hh.address);
	hh.address = xstrdup("Jl. Kenanga 4");
	assert_int_equal(store_household_update(f.t.st, &hh, &cause), 0);
	household_free(&hh);
	person_list_free(m, nm);
	search(&f, "citra dewi", NULL, &rows, &n);
	assert_int_equal(n, 1);
	household_rows_free(rows, n);
	search(&f, "lestari", NULL, &rows, &n);
	assert_int_equal(n, 0);
	household_rows_free(rows, n);
	search(&f, "kenanga", NULL, &rows, &n);
	assert_int_equal(n, 1);
	household_rows_free(rows, n);
	search(&f, "nuri", NULL, &rows, &n);
	assert_int_equal(n, 0);
	household_rows_free(rows, n);
	testdb_close(&f.t);
}

static void
test_concurrent_edit_refused(void **state)
{
	struct store_open_options oo = {.busy_timeout_ms = 5000};
	struct fixture f;
	struct store *other;
	struct person a, b, now;
	char h[4][37], pid[37], *cause = NULL;
	struct store_actor kader2 = {.username = (char *)"kader2",
				     .full_name = (char *)"",
				     .role = ROLE_KADER};

	(void)state;
	fx_open(&f);
	add_household(&f, f.mawar, NULL, "Jl. Salak", h[0]);
	add_person(&f, h[0], "Rina", 'P', (struct date){1990, 1, 1}, "kepala",
		   NULL, pid);
	as_actor(&f, "kader1", ROLE_KADER, f.mawar);
	assert_int_equal(store_open(f.t.path, &oo, &other, &cause), 0);
	kader2.posyandu_id = f.mawar;
	store_set_actor(other, &kader2);
	/* Both read version 1. */
	assert_int_equal(store_person_get(f.t.st, pid, &a, &cause), 1);
	assert_int_equal(store_person_get(other, pid, &b, &cause), 1);
	free(a.name);
	a.name = xstrdup("Rina Marlina");
	assert_int_equal(store_person_update(f.t.st, &a, TODAY, &cause), 0);
	free(b.name);
	b.name = xstrdup("Rini");
	assert_int_equal(store_person_update(other, &b, TODAY, &cause),
			 STORE_STALE);
	assert_non_null(strstr(cause, "kader1"));
	free(cause);
	cause = NULL;
	assert_true(store_idle(other));
	/* The first save stays; both users are in the audit log. */
	assert_int_equal(store_person_get(other, pid, &now, &cause), 1);
	assert_string_equal(now.name, "Rina Marlina");
	assert_int_equal(now.version, 2);
	/* Reloaded, the second user's change goes through. */
	free(now.name);
	now.name = xstrdup("Rini");
	assert_int_equal(store_person_update(other, &now, TODAY, &cause), 0);
	assert_int_equal(raw_count(&f, "SELECT count(*) FROM audit WHERE "
				       "tbl = 'person' AND action = 'update' "
				       "AND actor IN ('kader1', 'kader2')"),
			 2);
	person_free(&a);
	person_free(&b);
	person_free(&now);
	store_close(other);
	testdb_close(&f.t);
}

static void
test_kader_scope(void **state)
{
	struct fixture f;
	char h[4][37], pid[37], *cause = NULL;
	struct household hh;
	struct person p;
	struct person_ref *refs;
	size_t n;
	struct person_query pq = {.text = "budi"};
	struct household_row *rows;

	(void)state;
	fx_open(&f);
	fx_village(&f, h);
	as_actor(&f, "kader1", ROLE_KADER, f.mawar);
	/* Reading another posyandu's household: not found. */
	assert_int_equal(
		store_household_get(f.t.st, h[3], &hh, NULL, NULL, &cause), 0);
	/* Writing there: refused. */
	assert_int_equal(add_person_rc(&f, h[3], "Ani", 'P',
				       (struct date){2000, 1, 1}, "anak", NULL,
				       pid, &cause),
			 -1);
	assert_non_null(cause);
	free(cause);
	cause = NULL;
	/* Adding a household in MELATI is refused; without one, it is MAWAR. */
	memset(&hh, 0, sizeof hh);
	hh.posyandu_id = f.melati;
	hh.water_clean = hh.latrine_healthy = hh.jkn_all = hh.smoker_inside =
		HOUSEHOLD_UNKNOWN;
	assert_int_equal(store_household_add(f.t.st, &hh, pid, &cause), -1);
	free(cause);
	cause = NULL;
	hh.posyandu_id = NULL;
	assert_int_equal(store_household_add(f.t.st, &hh, pid, &cause), 0);
	assert_int_equal(
		store_household_get(f.t.st, pid, &hh, NULL, NULL, &cause), 1);
	assert_string_equal(hh.posyandu_id, f.mawar);
	household_free(&hh);
	/* The person search stays in MAWAR too. */
	assert_int_equal(
		store_person_search(f.t.st, &pq, &refs, &n, NULL, &cause), 0);
	assert_int_equal(n, 1);
	assert_string_equal(refs[0].name, "Budi Santoso");
	person_refs_free(refs, n);
	/* Nor move someone into another posyandu's household. */
	search(&f, "budi santoso", NULL, &rows, &n);
	assert_int_equal(n, 1);
	assert_int_equal(store_person_get(f.t.st, NULL, &p, &cause), 0);
	household_rows_free(rows, n);
	{
		struct person_query all = {.text = "budi santoso"};

		assert_int_equal(store_person_search(f.t.st, &all, &refs, &n,
						     NULL, &cause),
				 0);
		assert_int_equal(
			store_person_get(f.t.st, refs[0].id, &p, &cause), 1);
		assert_int_equal(store_person_move(f.t.st, p.id, p.version,
						   h[3], "famili", &cause),
				 -1);
		free(cause);
		person_free(&p);
		person_refs_free(refs, n);
	}
	testdb_close(&f.t);
}

static void
test_nik_in_use_and_duplicates(void **state)
{
	struct fixture f;
	char h[4][37], pid[37], *cause = NULL;
	struct person_ref ref, *dups;
	size_t n;

	(void)state;
	fx_open(&f);
	fx_village(&f, h);
	as_actor(&f, "kader1", ROLE_KADER, f.mawar);
	assert_int_equal(store_person_find_nik(f.t.st, "9901010105800001", NULL,
					       &ref, &cause),
			 1);
	assert_string_equal(ref.name, "Budi Santoso");
	assert_true(ref.visible);
	person_ref_free(&ref);
	assert_int_equal(store_person_find_nik(f.t.st, "9901019999800001", NULL,
					       &ref, &cause),
			 0);
	/* The store refuses a NIK in use, whatever the screen did. */
	assert_int_equal(add_person_rc(&f, h[1], "Budi Lain", 'L',
				       (struct date){1980, 5, 1}, "anak",
				       "9901010105800001", pid, &cause),
			 -1);
	assert_non_null(strstr(cause, "Budi Santoso"));
	free(cause);
	cause = NULL;
	/* A second active head is refused. */
	assert_int_equal(add_person_rc(&f, h[0], "Joko", 'L',
				       (struct date){1960, 5, 1}, "kepala",
				       NULL, pid, &cause),
			 -1);
	free(cause);
	cause = NULL;
	/* Same DOB, same posyandu, a spelling difference: a candidate. */
	assert_int_equal(store_person_duplicates(f.t.st, "budi  santosa",
						 (struct date){1980, 5, 1},
						 f.mawar, NULL, &dups, &n,
						 &cause),
			 0);
	assert_int_equal(n, 1);
	assert_string_equal(dups[0].name, "Budi Santoso");
	person_refs_free(dups, n);
	/* Another DOB or another posyandu: none. */
	assert_int_equal(store_person_duplicates(f.t.st, "Budi Santoso",
						 (struct date){1980, 5, 2},
						 f.mawar, NULL, &dups, &n,
						 &cause),
			 0);
	assert_int_equal(n, 0);
	person_refs_free(dups, n);
	assert_int_equal(store_person_duplicates(f.t.st, "Budi Santoso",
						 (struct date){1980, 5, 1},
						 f.melati, NULL, &dups, &n,
						 &cause),
			 0);
	assert_int_equal(n, 0);
	person_refs_free(dups, n);
	testdb_close(&f.t);
}

static void
test_never_deleted_status_and_move(void **state)
{
	struct fixture f;
	char h[4][37], *cause = NULL;
	struct person *m;
	struct household hh;
	size_t nm;
	struct household_row *rows;
	size_t n;

	(void)state;
	fx_open(&f);
	fx_village(&f, h);
	as_actor(&f, "kader1", ROLE_KADER, f.mawar);
	assert_int_equal(
		store_household_get(f.t.st, h[0], &hh, &m, &nm, &cause), 1);
	assert_int_equal(nm, 2);
	assert_string_equal(m[0].relation, "kepala");
	/* A date after today is refused; a good one marks pindah. */
	assert_int_equal(store_person_set_status(
				 f.t.st, m[1].id, m[1].version, PERSON_PINDAH,
				 (struct date){2025, 9, 1}, TODAY, &cause),
			 -1);
	free(cause);
	cause = NULL;
	assert_int_equal(store_person_set_status(
				 f.t.st, m[1].id, m[1].version, PERSON_PINDAH,
				 (struct date){2025, 8, 1}, TODAY, &cause),
			 0);
	/* The old version is stale now. */
	assert_int_equal(store_person_set_status(f.t.st, m[1].id, m[1].version,
						 PERSON_MENINGGAL,
						 (struct date){2025, 8, 1},
						 TODAY, &cause),
			 STORE_STALE);
	free(cause);
	cause = NULL;
	assert_int_equal(raw_count(&f, "SELECT count(*) FROM person WHERE "
				       "status = 'pindah' AND status_date = "
				       "'2025-08-01'"),
			 1);
	/* Deleting is refused by the schema. */
	assert_int_equal(raw_count(&f, "SELECT count(*) FROM person"), 6);
	{
		sqlite3 *db;

		assert_int_equal(sqlite3_open(f.t.path, &db), SQLITE_OK);
		assert_int_not_equal(sqlite3_exec(db, "DELETE FROM person",
						  NULL, NULL, NULL),
				     SQLITE_OK);
		assert_int_not_equal(sqlite3_exec(db, "DELETE FROM household",
						  NULL, NULL, NULL),
				     SQLITE_OK);
		sqlite3_close(db);
	}
	assert_int_equal(raw_count(&f, "SELECT count(*) FROM person"), 6);
	/* The head moves to the third household as a 'famili'. */
	assert_int_equal(store_person_move(f.t.st, m[0].id, m[0].version, h[2],
					   "famili", &cause),
			 0);
	household_free(&hh);
	person_list_free(m, nm);
	assert_int_equal(
		store_household_get(f.t.st, h[2], &hh, &m, &nm, &cause), 1);
	assert_int_equal(nm, 2);
	household_free(&hh);
	person_list_free(m, nm);
	search(&f, "budi santoso", NULL, &rows, &n);
	assert_int_equal(n, 1);
	assert_string_equal(rows[0].id, h[2]);
	household_rows_free(rows, n);
	/* The move is audited. */
	assert_int_equal(raw_count(&f, "SELECT count(*) FROM audit WHERE "
				       "tbl = 'person' AND summary LIKE "
				       "'%household_id: %'"),
			 1);
	testdb_close(&f.t);
}

static void
test_pregnancy_rules(void **state)
{
	struct fixture f;
	char h[4][37], pid[37], gid[37], *cause = NULL;
	struct person p;

	(void)state;
	fx_open(&f);
	fx_village(&f, h);
	as_actor(&f, "kader1", ROLE_KADER, f.mawar);
	add_person(&f, h[2], "Dewi", 'P', (struct date){2000, 1, 1}, "anak",
		   NULL, pid);
	/* Not for a man; not twice; HPHT not in the future. */
	{
		struct household hh;
		struct person *m;
		size_t nm;

		assert_int_equal(
			store_household_get(f.t.st, h[0], &hh, &m, &nm, &cause),
			1);
		assert_int_equal(store_pregnancy_open(f.t.st, m[0].id, 1,
						      (struct date){2025, 6, 1},
						      TODAY, NULL, NULL,
						      &cause),
				 -1);
		free(cause);
		cause = NULL;
		household_free(&hh);
		person_list_free(m, nm);
	}
	assert_int_equal(store_pregnancy_open(f.t.st, pid, 1,
					      (struct date){2025, 9, 1}, TODAY,
					      NULL, NULL, &cause),
			 -1);
	free(cause);
	cause = NULL;
	/* From HPL: HPHT is HPL - 280 days. */
	assert_int_equal(store_pregnancy_open(f.t.st, pid, 0,
					      (struct date){2026, 1, 1}, TODAY,
					      NULL, gid, &cause),
			 0);
	assert_int_equal(store_pregnancy_open(f.t.st, pid, 1,
					      (struct date){2025, 6, 1}, TODAY,
					      NULL, NULL, &cause),
			 -1);
	free(cause);
	cause = NULL;
	assert_int_equal(store_person_get(f.t.st, pid, &p, &cause), 1);
	assert_true(p.pregnant);
	assert_int_equal(p.hpht.y, 2025);
	assert_int_equal(p.hpht.m, 3);
	assert_int_equal(p.hpht.d, 27);
	assert_true(person_lifestages(&p, TODAY) & LIFESTAGE_HAMIL);
	/* Closing: an end before HPHT is refused; a birth closes it. */
	assert_int_equal(store_pregnancy_close(f.t.st, gid, p.pregnancy_version,
					       (struct date){2025, 1, 1},
					       "lahir_hidup", "faskes", TODAY,
					       &cause),
			 -1);
	free(cause);
	cause = NULL;
	assert_int_equal(store_pregnancy_close(f.t.st, gid, p.pregnancy_version,
					       (struct date){2025, 8, 10},
					       "lahir_hidup", "faskes", TODAY,
					       &cause),
			 0);
	person_free(&p);
	assert_int_equal(store_person_get(f.t.st, pid, &p, &cause), 1);
	assert_false(p.pregnant);
	assert_true(person_lifestages(&p, TODAY) & LIFESTAGE_NIFAS);
	person_free(&p);
	testdb_close(&f.t);
}

static void
test_bad_fields_refused(void **state)
{
	struct fixture f;
	char h[4][37], pid[37], *cause = NULL;
	struct household hh;

	(void)state;
	fx_open(&f);
	fx_village(&f, h);
	/* A date of birth in the future, a malformed NIK, a bad name. */
	assert_int_equal(add_person_rc(&f, h[0], "Ani", 'P',
				       (struct date){2025, 8, 13}, "anak", NULL,
				       pid, &cause),
			 -1);
	free(cause);
	cause = NULL;
	assert_int_equal(add_person_rc(&f, h[0], "Ani", 'P',
				       (struct date){2020, 1, 1}, "anak",
				       "12345", pid, &cause),
			 -1);
	free(cause);
	cause = NULL;
	assert_int_equal(add_person_rc(&f, h[0], "Ani 2", 'P',
				       (struct date){2020, 1, 1}, "anak", NULL,
				       pid, &cause),
			 -1);
	free(cause);
	cause = NULL;
	memset(&hh, 0, sizeof hh);
	hh.posyandu_id = f.mawar;
	hh.no_kk = (char *)"123";
	assert_int_equal(store_household_add(f.t.st, &hh, NULL, &cause), -1);
	free(cause);
	assert_int_equal(raw_count(&f, "SELECT count(*) FROM person"), 6);
	assert_int_equal(raw_count(&f, "SELECT count(*) FROM household"), 4);
	testdb_close(&f.t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_search_scoped_order_and_badges),
		cmocka_unit_test(test_search_index_all_posyandu),
		cmocka_unit_test(test_search_follows_edits),
		cmocka_unit_test(test_concurrent_edit_refused),
		cmocka_unit_test(test_kader_scope),
		cmocka_unit_test(test_nik_in_use_and_duplicates),
		cmocka_unit_test(test_never_deleted_status_and_move),
		cmocka_unit_test(test_pregnancy_rules),
		cmocka_unit_test(test_bad_fields_refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
