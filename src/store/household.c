/*
 * store/household: household rows, the household list with search as you
 * type, and opening a household with its members.
 *
 * The search runs in two steps: the ids of matching households (one
 * posyandu: a scan of its ~100-400 households, whose docs are checked
 * word by word; every posyandu: a range scan of search_word for the
 * longest word), then one summary row per id (head, members, badges).
 * Sorting happens here, in C, on the few rows found.
 */
#include "store/household.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/lifestage.h"
#include "core/name.h"
#include "core/nik.h"
#include "core/validate.h"
#include "register.h"
#include "search.h"
#include "store/person.h"

void
household_free(struct household *h)
{
	if (h == NULL)
		return;
	free(h->id);
	free(h->posyandu_id);
	free(h->posyandu_code);
	free(h->posyandu_name);
	free(h->no_kk);
	free(h->address);
	free(h->rt);
	free(h->rw);
	free(h->dusun);
	free(h->note);
	free(h->status);
	free(h->updated_at);
	free(h->updated_by);
	memset(h, 0, sizeof *h);
}

void
household_rows_free(struct household_row *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].id);
		free(v[i].head_name);
		free(v[i].no_kk);
		free(v[i].address);
		free(v[i].rt);
		free(v[i].rw);
		free(v[i].dusun);
		free(v[i].posyandu_code);
	}
	free(v);
}

/* ---- search ------------------------------------------------------------ */

/* A word ?N begins a word of one of the household's docs. */
#define HH_WORD(n)                                                             \
	"(?" n " IS NULL OR EXISTS (SELECT 1 FROM search_doc x WHERE "         \
	"x.household_id = h.id AND instr(' ' || x.body, ' ' || ?" n ") > 0))"

static const char hh_sql_scan[] =
	"SELECT h.id FROM household h WHERE h.posyandu_id = ?5 AND "
	"h.status = 'aktif' AND " HH_WORD("1") " AND " HH_WORD(
		"2") " AND " HH_WORD("3") " AND " HH_WORD("4") " LIMIT ?6";

static const char hh_sql_index[] =
	"SELECT DISTINCT h.id FROM search_word w JOIN search_doc d ON d.id "
	"= w.doc JOIN household h ON h.id = d.household_id WHERE w.word >= "
	"?1 AND w.word < ?1 || char(1114111) AND h.status = 'aktif' AND "
	"" HH_WORD("2") " AND " HH_WORD("3") " AND " HH_WORD("4") " LIMIT ?6";

static const char hh_sql_all[] =
	"SELECT h.id FROM household h WHERE h.status = 'aktif' LIMIT ?6";

/*
 * The summary of one household: the head's name and, for every active
 * member, "YYYY-MM-DD" + sex + 'H' (open pregnancy) or '-' + NIK, joined
 * by commas.
 */
static const char hh_sql_summary[] =
	"SELECT h.id, coalesce(h.no_kk, ''), h.address, h.rt, h.rw, "
	"h.dusun, p.code, coalesce((SELECT m.name FROM person m WHERE "
	"m.household_id = h.id AND m.relation = 'kepala' AND m.status = "
	"'aktif'), ''), (SELECT group_concat(m.dob || m.sex || CASE WHEN "
	"g.id IS NULL THEN '-' ELSE 'H' END || coalesce(m.nik, ''), ',') "
	"FROM person m LEFT JOIN pregnancy g ON g.person_id = m.id AND "
	"g.status = 'hamil' WHERE m.household_id = h.id AND m.status = "
	"'aktif') FROM household h JOIN posyandu p ON p.id = h.posyandu_id "
	"WHERE h.id = ?1";

struct hh_ids {
	char **v;
	size_t n, cap;
};

static void
hh_ids_free(struct hh_ids *ids)
{
	size_t i;

	for (i = 0; i < ids->n; i++)
		free(ids->v[i]);
	free(ids->v);
}

static int
hh_collect(struct store *st, const char *sql, const struct search_query *q,
	   int phrase, const char *posyandu, int limit, struct hh_ids *ids,
	   char **cause)
{
	sqlite3_stmt *s = db_stmt(st, sql, cause);
	int rc;

	if (s == NULL)
		return -1;
	search_bind_words(s, q, 1, phrase);
	if (posyandu != NULL)
		db_bind_text(s, 5, posyandu);
	db_bind_int(s, 6, limit);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (ids->n == ids->cap) {
			ids->cap = ids->cap ? ids->cap * 2 : 64;
			ids->v =
				xreallocarray(ids->v, ids->cap, sizeof *ids->v);
		}
		ids->v[ids->n++] = db_col_text0(s, 0);
	}
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	return 0;
}

/*
 * Every posyandu, through the index: the words as typed, in order, begin
 * one doc's text (one range scan: "siti rah" finds "Siti Rahayu", "jl
 * veteran 1" finds "Jl. Veteran No. 12"); only when that finds nothing
 * are several words looked for in any order and in different docs
 * ("rahayu siti", a member's name with the address), by scanning the
 * range of the longest word, which is slower.
 */
static int
hh_find_indexed(struct store *st, const struct search_query *q, int limit,
		struct hh_ids *ids, char **cause)
{
	if (hh_collect(st, hh_sql_index, q, 1, NULL, limit, ids, cause) < 0)
		return -1;
	if (ids->n > 0 || q->nwords < 2)
		return 0;
	return hh_collect(st, hh_sql_index, q, 0, NULL, limit, ids, cause);
}

/* Badges and the exact-match flag from the members' summary text. */
static void
hh_members(struct household_row *r, const char *list, const char *key,
	   struct date at)
{
	const char *p = list;

	r->members = 0;
	r->badges = 0;
	while (p != NULL && *p != '\0') {
		const char *end = strchr(p, ',');
		size_t len = end != NULL ? (size_t)(end - p) : strlen(p);
		char dob[DATE_ISO_LEN];
		struct lifestage_facts f;
		unsigned ls;

		if (len >= 12) {
			memset(&f, 0, sizeof f);
			memcpy(dob, p, 10);
			dob[10] = '\0';
			if (date_parse_iso(dob, &f.dob) == 0) {
				f.sex = p[10];
				f.pregnant = p[11] == 'H';
				ls = lifestage_of(&f, at);
				if (ls & LIFESTAGE_HAMIL)
					r->badges |= HOUSEHOLD_BADGE_HAMIL;
				if (ls & LIFESTAGE_BAYI)
					r->badges |= HOUSEHOLD_BADGE_BAYI;
				if (ls & LIFESTAGE_BALITA)
					r->badges |= HOUSEHOLD_BADGE_BALITA;
				if (ls & LIFESTAGE_LANSIA)
					r->badges |= HOUSEHOLD_BADGE_LANSIA;
			}
			if (key != NULL && len == 12 + NIK_LEN &&
			    memcmp(p + 12, key, NIK_LEN) == 0)
				r->exact = 1;
		}
		r->members++;
		p = end != NULL ? end + 1 : NULL;
	}
}

/*
 * Reads row r (whose id is set) in full; key: a 16-digit query or NULL.
 * Returns 1, 0 when the household is gone, -1 with *cause.
 */
static int
hh_summary(struct store *st, const char *key, struct date at,
	   struct household_row *r, char **cause)
{
	sqlite3_stmt *s = db_stmt(st, hh_sql_summary, cause);
	int rc;

	if (s == NULL)
		return -1;
	db_bind_text(s, 1, r->id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		const char *members = (const char *)sqlite3_column_text(s, 8);

		r->no_kk = db_col_text0(s, 1);
		r->address = db_col_text0(s, 2);
		r->rt = db_col_text0(s, 3);
		r->rw = db_col_text0(s, 4);
		r->dusun = db_col_text0(s, 5);
		r->posyandu_code = db_col_text0(s, 6);
		r->head_name = db_col_text0(s, 7);
		r->exact = key != NULL && str_eq(r->no_kk, key);
		hh_members(r, members, key, at);
		r->loaded = 1;
	}
	db_done(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	return rc == SQLITE_ROW;
}

/* Empty strings for a row not (yet) read, so every field is usable. */
static void
hh_row_blank(struct household_row *r)
{
	char **f[] = {&r->head_name, &r->no_kk, &r->address,      &r->rt,
		      &r->rw,        &r->dusun, &r->posyandu_code};
	size_t i;

	for (i = 0; i < ILP_ARRAY_LEN(f); i++)
		if (*f[i] == NULL)
			*f[i] = xstrdup("");
}

static void
hh_row_clear(struct household_row *r)
{
	free(r->head_name);
	free(r->no_kk);
	free(r->address);
	free(r->rt);
	free(r->rw);
	free(r->dusun);
	free(r->posyandu_code);
	r->head_name = r->no_kk = r->address = r->rt = r->rw = r->dusun =
		r->posyandu_code = NULL;
}

static int
hh_fill(struct store *st, struct household_row *rows, size_t n, size_t from,
	size_t count, const char *key, struct date at, char **cause)
{
	size_t i;

	for (i = from; i < n && i < from + count; i++) {
		if (rows[i].loaded)
			continue;
		hh_row_clear(&rows[i]);
		if (hh_summary(st, key, at, &rows[i], cause) < 0) {
			hh_row_blank(&rows[i]);
			return -1;
		}
		hh_row_blank(&rows[i]);
	}
	return 0;
}

int
store_household_fill(struct store *st, struct household_row *rows, size_t n,
		     size_t from, size_t count, struct date at, char **cause)
{
	return hh_fill(st, rows, n, from, count, NULL, at, cause);
}

struct hh_sorted {
	struct household_row row;
	char *key; /* the head's name as a search key; "" sorts last */
};

static int
hh_compare(const void *a, const void *b)
{
	const struct hh_sorted *x = a, *y = b;
	int c;

	if (x->row.exact != y->row.exact)
		return y->row.exact - x->row.exact;
	if ((x->key[0] == '\0') != (y->key[0] == '\0'))
		return x->key[0] == '\0' ? 1 : -1;
	c = strcmp(x->key, y->key);
	if (c != 0)
		return c;
	c = strcmp(x->row.address, y->row.address);
	return c != 0 ? c : strcmp(x->row.id, y->row.id);
}

static void
hh_sort(struct household_row *v, size_t n)
{
	struct hh_sorted *t = xcalloc(n > 0 ? n : 1, sizeof *t);
	size_t i;

	for (i = 0; i < n; i++) {
		t[i].row = v[i];
		t[i].key = name_search_key(v[i].head_name);
	}
	qsort(t, n, sizeof *t, hh_compare);
	for (i = 0; i < n; i++) {
		v[i] = t[i].row;
		free(t[i].key);
	}
	free(t);
}

/* The posyandu to scan, or NULL to use the whole index. */
static const char *
hh_search_scope(struct store *st, const struct household_query *q)
{
	const char *scope = register_scope(st);

	if (scope != NULL)
		return scope;
	return q->posyandu_id != NULL && q->posyandu_id[0] != '\0'
		       ? q->posyandu_id
		       : NULL;
}

int
store_household_search(struct store *st, const struct household_query *hq,
		       struct household_row **out, size_t *n, int *more,
		       char **cause)
{
	struct search_query q;
	struct hh_ids ids = {NULL, 0, 0};
	struct household_row *rows = NULL;
	const char *scope;
	size_t i, len = 0;
	int limit, rc;

	*out = NULL;
	*n = 0;
	if (more != NULL)
		*more = 0;
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	scope = hh_search_scope(st, hq);
	limit = hq->limit > 0   ? hq->limit
		: scope != NULL ? HOUSEHOLD_SEARCH_POSYANDU
				: HOUSEHOLD_SEARCH_LIMIT;
	if (limit > HOUSEHOLD_SEARCH_MAX)
		limit = HOUSEHOLD_SEARCH_MAX;
	search_query_parse(&q, hq->text);
	/* One more than the limit tells whether there are more. */
	if (scope != NULL)
		rc = hh_collect(st, hh_sql_scan, &q, 0, scope, limit + 1, &ids,
				cause);
	else if (q.nwords == 0)
		rc = hh_collect(st, hh_sql_all, &q, 0, NULL, limit + 1, &ids,
				cause);
	else
		rc = hh_find_indexed(st, &q, limit + 1, &ids, cause);
	if (rc < 0)
		goto out;
	if (ids.n > (size_t)limit) {
		if (more != NULL)
			*more = 1;
		ids.n--;
		free(ids.v[ids.n]);
	}
	rows = xcalloc(ids.n > 0 ? ids.n : 1, sizeof *rows);
	for (i = 0; i < ids.n; i++) {
		rows[i].id = ids.v[i];
		ids.v[i] = NULL;
		/* Through the index a 16-digit query finds exact matches only.
		 */
		rows[i].exact = scope == NULL && q.number;
		hh_row_blank(&rows[i]);
	}
	len = ids.n;
	rc = hh_fill(st, rows, len, 0,
		     scope == NULL && hq->preload > 0 ? (size_t)hq->preload
						      : len,
		     q.number ? q.key : NULL, hq->at, cause);
	if (rc < 0) {
		household_rows_free(rows, len);
		rows = NULL;
		goto out;
	}
	if (scope != NULL)
		hh_sort(rows, len);
	*out = rows;
	*n = len;
	rc = 0;
out:
	hh_ids_free(&ids);
	search_query_free(&q);
	return rc < 0 ? -1 : 0;
}

/* ---- one household ------------------------------------------------------ */

static const char hh_sql_get[] =
	"SELECT h.id, h.posyandu_id, p.code, p.name, h.no_kk, h.address, "
	"h.rt, h.rw, h.dusun, h.water_clean, h.latrine_healthy, h.jkn_all, "
	"h.smoker_inside, h.note, h.status, h.version, h.updated_at, "
	"h.updated_by FROM household h JOIN posyandu p ON p.id = "
	"h.posyandu_id WHERE h.id = ?1 AND (?2 IS NULL OR h.posyandu_id = "
	"?2)";

static void
hh_from_row(sqlite3_stmt *s, void *elem)
{
	struct household *h = elem;
	h->id = db_col_text0(s, 0);
	h->posyandu_id = db_col_text0(s, 1);
	h->posyandu_code = db_col_text0(s, 2);
	h->posyandu_name = db_col_text0(s, 3);
	h->no_kk = db_col_text(s, 4);
	h->address = db_col_text0(s, 5);
	h->rt = db_col_text0(s, 6);
	h->rw = db_col_text0(s, 7);
	h->dusun = db_col_text0(s, 8);
	h->water_clean = (int)db_col_int(s, 9, HOUSEHOLD_UNKNOWN);
	h->latrine_healthy = (int)db_col_int(s, 10, HOUSEHOLD_UNKNOWN);
	h->jkn_all = (int)db_col_int(s, 11, HOUSEHOLD_UNKNOWN);
	h->smoker_inside = (int)db_col_int(s, 12, HOUSEHOLD_UNKNOWN);
	h->note = db_col_text0(s, 13);
	h->status = db_col_text0(s, 14);
	h->version = db_col_int(s, 15, 1);
	h->updated_at = db_col_text0(s, 16);
	h->updated_by = db_col_text0(s, 17);
}

int
store_household_get(struct store *st, const char *id, struct household *out,
		    struct person **members, size_t *nmembers, char **cause)
{
	sqlite3_stmt *s;
	int rc;

	memset(out, 0, sizeof *out);
	if (members != NULL) {
		*members = NULL;
		*nmembers = 0;
	}
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	s = db_stmt(st, hh_sql_get, cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, register_scope(st));
	rc = db_get_row(st, s, hh_from_row, out, cause);
	if (rc <= 0)
		return rc;
	if (members != NULL &&
	    person_load_members(st, id, members, nmembers, cause) < 0) {
		household_free(out);
		return -1;
	}
	return 1;
}

/* ---- writing ------------------------------------------------------------ */

/* Checked and normalised fields of a household to write. */
struct hh_clean {
	char no_kk[NIK_LEN + 1]; /* "" when none */
	char *address;
	char rt[VALIDATE_RTRW_LEN];
	char rw[VALIDATE_RTRW_LEN];
	char *dusun;
	char *note;
};

static void
hh_clean_free(struct hh_clean *c)
{
	free(c->address);
	free(c->dusun);
	free(c->note);
}

static int
hh_fact_ok(int v)
{
	return v == 0 || v == 1 || v == HOUSEHOLD_UNKNOWN;
}

static int
hh_check(const struct household *h, struct hh_clean *c, char **cause)
{
	memset(c, 0, sizeof *c);
	if (!validate_is_blank(h->no_kk) &&
	    nik_kk_parse(h->no_kk, c->no_kk, cause) < 0)
		return -1;
	if (validate_text(h->address, 200, 0, &c->address, cause) < 0 ||
	    validate_text(h->dusun, 100, 0, &c->dusun, cause) < 0 ||
	    validate_text(h->note, 500, 0, &c->note, cause) < 0)
		return -1;
	if (!validate_is_blank(h->rt) && validate_rtrw(h->rt, c->rt, cause) < 0)
		return -1;
	if (!validate_is_blank(h->rw) && validate_rtrw(h->rw, c->rw, cause) < 0)
		return -1;
	if (!hh_fact_ok(h->water_clean) || !hh_fact_ok(h->latrine_healthy) ||
	    !hh_fact_ok(h->jkn_all) || !hh_fact_ok(h->smoker_inside)) {
		*cause = xstrdup(tr(MSG_REG_FACT));
		return -1;
	}
	return 0;
}

static void
hh_bind_fields(sqlite3_stmt *s, const struct household *h,
	       const struct hh_clean *c)
{
	db_bind_text(s, 3, c->no_kk[0] != '\0' ? c->no_kk : NULL);
	db_bind_text(s, 4, c->address);
	db_bind_text(s, 5, c->rt);
	db_bind_text(s, 6, c->rw);
	db_bind_text(s, 7, c->dusun);
	db_bind_opt_int(s, 8, h->water_clean);
	db_bind_opt_int(s, 9, h->latrine_healthy);
	db_bind_opt_int(s, 10, h->jkn_all);
	db_bind_opt_int(s, 11, h->smoker_inside);
	db_bind_text(s, 12, c->note);
}

static int
hh_posyandu_exists(struct store *st, const char *id, char **cause)
{
	int rc =
		db_exists(st, "SELECT 1 FROM posyandu WHERE id = ?", id, cause);

	if (rc == 0)
		*cause = xstrdup(tr(MSG_REG_POSYANDU_UNKNOWN));
	return rc > 0 ? 0 : -1;
}

int
store_household_add(struct store *st, const struct household *h, char *id_out,
		    char **cause)
{
	struct hh_clean c;
	sqlite3_stmt *s;
	char id[37], now[21];
	const char *posyandu = h->posyandu_id;
	int rc = -1;

	*cause = NULL;
	if (db_require(st, PERM_EDIT_REGISTER, cause) < 0)
		return -1;
	if (register_scope(st) != NULL && str_empty(posyandu))
		posyandu = register_scope(st);
	if (str_empty(posyandu)) {
		*cause = xstrdup(tr(MSG_REG_POSYANDU_REQUIRED));
		return -1;
	}
	if (register_check_scope(st, posyandu, cause) < 0)
		return -1;
	if (hh_check(h, &c, cause) < 0)
		goto out;
	if (hh_posyandu_exists(st, posyandu, cause) < 0)
		goto out;
	db_new_id(id);
	db_now_text(now);
	if (db_begin(st, cause) < 0)
		goto out;
	switch (db_save_key_seen(st, h->save_key, "household", id, cause)) {
	case 0:
		break;
	case 1:
		db_rollback(st);
		goto done;
	default:
		goto fail;
	}
	s = db_stmt(st,
		    "INSERT INTO household (id, posyandu_id, no_kk, address, "
		    "rt, rw, dusun, water_clean, latrine_healthy, jkn_all, "
		    "smoker_inside, note, created_at, created_by, updated_at, "
		    "updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
		    "?10, ?11, ?12, ?13, app_user(), ?13, app_user())",
		    cause);
	if (s == NULL)
		goto fail;
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, posyandu);
	hh_bind_fields(s, h, &c);
	db_bind_text(s, 13, now);
	if (register_step_done(st, s, cause) < 0 ||
	    db_save_key_record(st, h->save_key, "household", id, cause) < 0)
		goto fail;
	if (db_commit(st, cause) < 0)
		goto out;
done:
	if (id_out != NULL)
		str_copy(id_out, id, 37);
	rc = 0;
	goto out;
fail:
	db_rollback(st);
out:
	hh_clean_free(&c);
	return rc;
}

/* Inside the transaction: may the actor change this household? */
static int
hh_check_existing(struct store *st, const struct household *h,
		  const char **posyandu, char current[37], char **cause)
{
	int rc = register_household_posyandu(st, h->id, current, cause);

	if (rc <= 0) {
		if (rc == 0)
			*cause = xstrdup(tr(MSG_REG_NOT_FOUND));
		return -1;
	}
	if (register_check_scope(st, current, cause) < 0)
		return -1;
	/* Only nakes and admin move a household to another posyandu. */
	*posyandu = current;
	if (!str_empty(h->posyandu_id) && !str_eq(h->posyandu_id, current)) {
		if (register_check_scope(st, h->posyandu_id, cause) < 0 ||
		    hh_posyandu_exists(st, h->posyandu_id, cause) < 0)
			return -1;
		*posyandu = h->posyandu_id;
	}
	return 0;
}

int
store_household_update(struct store *st, const struct household *h,
		       char **cause)
{
	struct hh_clean c;
	sqlite3_stmt *s;
	char now[21], current[37];
	const char *posyandu = NULL;
	int rc = -1;

	*cause = NULL;
	if (db_require(st, PERM_EDIT_REGISTER, cause) < 0)
		return -1;
	if (hh_check(h, &c, cause) < 0)
		goto out;
	db_now_text(now);
	if (db_begin(st, cause) < 0)
		goto out;
	if (hh_check_existing(st, h, &posyandu, current, cause) < 0)
		goto fail;
	s = db_stmt(st,
		    "UPDATE household SET posyandu_id = ?2, no_kk = ?3, "
		    "address = ?4, rt = ?5, rw = ?6, dusun = ?7, water_clean "
		    "= ?8, latrine_healthy = ?9, jkn_all = ?10, smoker_inside "
		    "= ?11, note = ?12, updated_at = ?13, updated_by = "
		    "app_user(), version = version + 1 WHERE id = ?1 AND "
		    "version = ?14",
		    cause);
	if (s == NULL)
		goto fail;
	db_bind_text(s, 1, h->id);
	db_bind_text(s, 2, posyandu);
	hh_bind_fields(s, h, &c);
	db_bind_text(s, 13, now);
	db_bind_int(s, 14, h->version);
	if (register_step_done(st, s, cause) < 0)
		goto fail;
	if (sqlite3_changes(st->db) == 0) {
		rc = register_stale(st, "household", h->id, cause);
		goto fail;
	}
	if (db_commit(st, cause) < 0)
		goto out;
	rc = 0;
	goto out;
fail:
	db_rollback(st);
out:
	hh_clean_free(&c);
	return rc;
}

int
store_household_find_kk(struct store *st, const char *no_kk,
			const char *except_id, char *id_out, char **cause)
{
	sqlite3_stmt *s;
	int rc, count = 0;

	s = db_stmt(st,
		    "SELECT id FROM household WHERE no_kk = ?1 AND status = "
		    "'aktif' AND (?2 IS NULL OR id <> ?2)",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, no_kk);
	db_bind_text(s, 2, except_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (count == 0 && id_out != NULL)
			str_copy(id_out,
				 (const char *)sqlite3_column_text(s, 0), 37);
		count++;
	}
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	return count;
}
