/*
 * store/person_find: finding persons: by NIK (is it in use?), likely
 * duplicates (same DOB in the posyandu, similar name), and the person
 * search behind the person picker. Like the household search: one
 * posyandu is scanned, every posyandu goes through search_word; then
 * one reference row per person, sorted here.
 */
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/name.h"
#include "core/nik.h"
#include "register.h"
#include "search.h"
#include "store/person.h"

void
person_ref_free(struct person_ref *r)
{
	if (r == NULL)
		return;
	free(r->id);
	free(r->household_id);
	free(r->name);
	free(r->nik);
	free(r->posyandu_name);
	free(r->address);
	free(r->head_name);
	memset(r, 0, sizeof *r);
}

void
person_refs_free(struct person_ref *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		person_ref_free(&v[i]);
	free(v);
}

static const char ref_sql[] =
	"SELECT p.id, p.household_id, p.name, p.sex, p.dob, "
	"p.dob_estimated, coalesce(p.nik, ''), o.name, trim(h.address || "
	"CASE WHEN h.rt <> '' OR h.rw <> '' THEN ' RT ' || h.rt || '/RW ' "
	"|| h.rw ELSE '' END), coalesce((SELECT m.name FROM person m WHERE "
	"m.household_id = h.id AND m.relation = 'kepala' AND m.status = "
	"'aktif'), ''), p.status, h.posyandu_id, coalesce(h.no_kk, '') "
	"FROM person p JOIN household h ON h.id = p.household_id JOIN "
	"posyandu o ON o.id = h.posyandu_id WHERE p.id = ?1";

/* Reads one reference; 1, 0 (gone) or -1. key: a 16-digit query. */
static int
ref_load(struct store *st, const char *id, const char *key,
	 struct person_ref *r, char **cause)
{
	sqlite3_stmt *s = db_stmt(st, ref_sql, cause);
	const char *scope = register_scope(st);
	int rc;

	if (s == NULL)
		return -1;
	db_bind_text(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		const char *status = (const char *)sqlite3_column_text(s, 10);
		const char *sex = (const char *)sqlite3_column_text(s, 3);

		memset(r, 0, sizeof *r);
		r->id = db_col_text0(s, 0);
		r->household_id = db_col_text0(s, 1);
		r->name = db_col_text0(s, 2);
		r->sex = sex != NULL ? sex[0] : '?';
		r->dob = register_col_date(s, 4);
		r->dob_estimated = (int)db_col_int(s, 5, 0);
		r->nik = db_col_text0(s, 6);
		r->posyandu_name = db_col_text0(s, 7);
		r->address = db_col_text0(s, 8);
		r->head_name = db_col_text0(s, 9);
		r->status = str_eq(status, "pindah")      ? PERSON_PINDAH
			    : str_eq(status, "meninggal") ? PERSON_MENINGGAL
							  : PERSON_AKTIF;
		r->visible =
			scope == NULL ||
			str_eq(scope, (const char *)sqlite3_column_text(s, 11));
		r->exact =
			key != NULL &&
			(str_eq(r->nik, key) ||
			 str_eq((const char *)sqlite3_column_text(s, 12), key));
	}
	db_done(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	return rc == SQLITE_ROW;
}

int
store_person_find_nik(struct store *st, const char *nik, const char *except_id,
		      struct person_ref *out, char **cause)
{
	struct nik_info ni;
	sqlite3_stmt *s;
	char *id = NULL;
	int rc;

	memset(out, 0, sizeof *out);
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	if (nik_parse(nik, &ni, NULL) < 0)
		return 0;
	s = db_stmt(st,
		    "SELECT id FROM person WHERE nik = ?1 AND status = "
		    "'aktif' AND (?2 IS NULL OR id <> ?2)",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, ni.digits);
	db_bind_text(s, 2, except_id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		id = db_col_text0(s, 0);
	db_done(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	if (id == NULL)
		return 0;
	rc = ref_load(st, id, NULL, out, cause);
	free(id);
	return rc;
}

/* Appends ids from a statement to a growing list; returns the count. */
struct ref_ids {
	char **v;
	size_t n, cap;
};

static void
ref_ids_add(struct ref_ids *ids, const char *id)
{
	size_t i;

	for (i = 0; i < ids->n; i++)
		if (str_eq(ids->v[i], id))
			return;
	if (ids->n == ids->cap) {
		ids->cap = ids->cap ? ids->cap * 2 : 32;
		ids->v = xreallocarray(ids->v, ids->cap, sizeof *ids->v);
	}
	ids->v[ids->n++] = xstrdup(id);
}

static void
ref_ids_free(struct ref_ids *ids)
{
	size_t i;

	for (i = 0; i < ids->n; i++)
		free(ids->v[i]);
	free(ids->v);
}

/* Loads references for ids; sets exact against key (may be NULL). */
static int
ref_load_all(struct store *st, const struct ref_ids *ids, const char *key,
	     struct person_ref **out, size_t *n, char **cause)
{
	struct person_ref *v = xcalloc(ids->n > 0 ? ids->n : 1, sizeof *v);
	size_t i, len = 0;

	for (i = 0; i < ids->n; i++) {
		int rc = ref_load(st, ids->v[i], key, &v[len], cause);

		if (rc < 0) {
			person_refs_free(v, len);
			return -1;
		}
		len += (size_t)rc;
	}
	*out = v;
	*n = len;
	return 0;
}

int
store_person_duplicates(struct store *st, const char *name, struct date dob,
			const char *posyandu_id, const char *except_id,
			struct person_ref **out, size_t *n, char **cause)
{
	struct ref_ids ids = {NULL, 0, 0};
	sqlite3_stmt *s;
	int rc;

	*out = NULL;
	*n = 0;
	s = db_stmt(st,
		    "SELECT p.id, p.name FROM person p JOIN household h ON "
		    "h.id = p.household_id WHERE p.dob = ?1 AND p.status = "
		    "'aktif' AND h.posyandu_id = ?2 AND (?3 IS NULL OR p.id <> "
		    "?3)",
		    cause);
	if (s == NULL)
		return -1;
	register_bind_date(s, 1, dob);
	db_bind_text(s, 2, posyandu_id);
	db_bind_text(s, 3, except_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		if (name_similar(name, (const char *)sqlite3_column_text(s, 1)))
			ref_ids_add(&ids,
				    (const char *)sqlite3_column_text(s, 0));
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		ref_ids_free(&ids);
		return -1;
	}
	rc = ref_load_all(st, &ids, NULL, out, n, cause);
	ref_ids_free(&ids);
	return rc;
}

/* ---- search ------------------------------------------------------------- */

/* Word ?N begins a word of the person's doc or their household's doc. */
#define PW(n)                                                                  \
	"(?" n " IS NULL OR EXISTS (SELECT 1 FROM search_doc x WHERE "         \
	"x.household_id = p.household_id AND (x.person_id = p.id OR "          \
	"x.person_id IS NULL) AND instr(' ' || x.body, ' ' || ?" n ") > 0))"

static const char pf_sql_scan[] =
	"SELECT p.id FROM household h JOIN person p ON p.household_id = "
	"h.id WHERE h.posyandu_id = ?5 AND (?7 OR p.status = 'aktif') AND "
	"" PW("1") " AND " PW("2") " AND " PW("3") " AND " PW("4") " LIMIT ?6";

/* Persons whose own doc has a word in the range of ?1. */
static const char pf_sql_person[] =
	"SELECT DISTINCT p.id FROM search_word w JOIN search_doc d ON d.id "
	"= w.doc JOIN person p ON p.id = d.person_id WHERE w.word >= ?1 "
	"AND w.word < ?1 || char(1114111) AND d.person_id IS NOT NULL AND "
	"(?7 OR p.status = 'aktif') AND " PW("2") " AND " PW("3") " AND " PW(
		"4") " LIMIT ?6";

/* Members of households whose doc has a word in the range of ?1. */
static const char pf_sql_household[] =
	"SELECT DISTINCT p.id FROM search_word w JOIN search_doc d ON d.id "
	"= w.doc JOIN person p ON p.household_id = d.household_id WHERE "
	"w.word >= ?1 AND w.word < ?1 || char(1114111) AND d.person_id IS "
	"NULL AND (?7 OR p.status = 'aktif') AND " PW("2") " AND " PW(
		"3") " AND " PW("4") " LIMIT ?6";

static const char pf_sql_all[] =
	"SELECT p.id FROM person p WHERE (?7 OR p.status = 'aktif') LIMIT "
	"?6";

static int
pf_collect(struct store *st, const char *sql, const struct search_query *q,
	   int phrase, const char *posyandu, int include_inactive, int limit,
	   struct ref_ids *ids, char **cause)
{
	sqlite3_stmt *s = db_stmt(st, sql, cause);
	int rc;

	if (s == NULL)
		return -1;
	search_bind_words(s, q, 1, phrase);
	if (posyandu != NULL)
		db_bind_text(s, 5, posyandu);
	db_bind_int(s, 6, limit);
	db_bind_int(s, 7, include_inactive ? 1 : 0);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW && ids->n < (size_t)limit)
		ref_ids_add(ids, (const char *)sqlite3_column_text(s, 0));
	db_done(s);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		*cause = db_error(st, rc);
		return -1;
	}
	return 0;
}

struct pf_sorted {
	struct person_ref ref;
	char *key;
};

static int
pf_compare(const void *a, const void *b)
{
	const struct pf_sorted *x = a, *y = b;
	int c;

	if (x->ref.exact != y->ref.exact)
		return y->ref.exact - x->ref.exact;
	if (x->ref.status != y->ref.status)
		return (int)x->ref.status - (int)y->ref.status;
	c = strcmp(x->key, y->key);
	if (c != 0)
		return c;
	c = date_cmp(x->ref.dob, y->ref.dob);
	return c != 0 ? c : strcmp(x->ref.id, y->ref.id);
}

static void
pf_sort(struct person_ref *v, size_t n)
{
	struct pf_sorted *t = xcalloc(n > 0 ? n : 1, sizeof *t);
	size_t i;

	for (i = 0; i < n; i++) {
		t[i].ref = v[i];
		t[i].key = name_search_key(v[i].name);
	}
	qsort(t, n, sizeof *t, pf_compare);
	for (i = 0; i < n; i++) {
		v[i] = t[i].ref;
		free(t[i].key);
	}
	free(t);
}

/* Persons, then households' members, in the range of ?1. */
static int
pf_indexed(struct store *st, const struct search_query *q, int phrase,
	   int include_inactive, int limit, struct ref_ids *ids, char **cause)
{
	if (pf_collect(st, pf_sql_person, q, phrase, NULL, include_inactive,
		       limit, ids, cause) < 0)
		return -1;
	if (ids->n >= (size_t)limit)
		return 0;
	return pf_collect(st, pf_sql_household, q, phrase, NULL,
			  include_inactive, limit, ids, cause);
}

/* The same plan as the household search (household.c). */
static int
pf_find(struct store *st, const struct person_query *pq,
	const struct search_query *q, int limit, struct ref_ids *ids,
	char **cause)
{
	const char *scope = register_scope(st);

	if (scope == NULL && pq->posyandu_id != NULL &&
	    pq->posyandu_id[0] != '\0')
		scope = pq->posyandu_id;
	if (scope != NULL)
		return pf_collect(st, pf_sql_scan, q, 0, scope,
				  pq->include_inactive, limit, ids, cause);
	if (q->nwords == 0)
		return pf_collect(st, pf_sql_all, q, 0, NULL,
				  pq->include_inactive, limit, ids, cause);
	if (pf_indexed(st, q, 1, pq->include_inactive, limit, ids, cause) < 0)
		return -1;
	if (ids->n > 0 || q->nwords < 2)
		return 0;
	return pf_indexed(st, q, 0, pq->include_inactive, limit, ids, cause);
}

int
store_person_search(struct store *st, const struct person_query *pq,
		    struct person_ref **out, size_t *n, int *more, char **cause)
{
	struct search_query q;
	struct ref_ids ids = {NULL, 0, 0};
	int limit = pq->limit > 0 ? pq->limit : PERSON_SEARCH_LIMIT;
	int rc;

	*out = NULL;
	*n = 0;
	if (more != NULL)
		*more = 0;
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	if (limit > PERSON_SEARCH_MAX)
		limit = PERSON_SEARCH_MAX;
	search_query_parse(&q, pq->text);
	rc = pf_find(st, pq, &q, limit + 1, &ids, cause);
	if (rc == 0 && ids.n > (size_t)limit) {
		if (more != NULL)
			*more = 1;
		free(ids.v[--ids.n]);
	}
	if (rc == 0)
		rc = ref_load_all(st, &ids, q.number ? q.key : NULL, out, n,
				  cause);
	if (rc == 0)
		pf_sort(*out, *n);
	ref_ids_free(&ids);
	search_query_free(&q);
	return rc;
}
