/*
 * store/visit_draft: a user's unfinished visits. The body is core/visit's
 * draft text; the row's id is the id the visit will be saved under, so
 * saving the visit (store_visit_save) removes the draft in the same
 * transaction and a draft can never become two visits.
 */
#include "store/visit.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "internal.h"
#include "register.h"
#include "visit_int.h"

static int
visit_draft_need_actor(struct store *st, char **cause)
{
	if (!st->has_actor || st->actor.username == NULL) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	return 0;
}

/* 1 when a visit with this id is stored; -1 on error. */
static int
visit_draft_is_saved(struct store *st, const char *id, char **cause)
{
	return db_exists(st, "SELECT 1 FROM visit WHERE id = ?", id, cause);
}

static int
visit_draft_write(struct store *st, const struct visit_work *w,
		  const char *body, char **cause)
{
	sqlite3_stmt *s;
	char now[21];

	db_now_text(now);
	s = db_stmt(
		st,
		"INSERT INTO visit_draft (id, owner, household_id, "
		"visited_on, body, created_at, updated_at) VALUES (?1, "
		"app_user(), ?2, ?3, ?4, ?5, ?5) ON CONFLICT (id) DO UPDATE "
		"SET visited_on = excluded.visited_on, body = excluded.body, "
		"updated_at = excluded.updated_at WHERE visit_draft.owner = "
		"excluded.owner AND visit_draft.household_id = "
		"excluded.household_id",
		cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, w->id);
	db_bind_text(s, 2, w->household_id);
	register_bind_date(s, 3, w->on);
	db_bind_text(s, 4, body);
	db_bind_text(s, 5, now);
	if (register_step_done(st, s, cause) < 0)
		return -1;
	if (sqlite3_changes(st->db) != 1) {
		*cause = xstrdup(tr(MSG_VIS_DRAFT_UNKNOWN));
		return -1;
	}
	return 0;
}

int
store_visit_draft_save(struct store *st, struct visit_work *w, char **cause)
{
	char *body;
	int rc;

	*cause = NULL;
	if (visit_draft_need_actor(st, cause) < 0 ||
	    db_require(st, PERM_EDIT_REGISTER, cause) < 0)
		return -1;
	if (!date_valid(w->on.y, w->on.m, w->on.d)) {
		*cause = trf(MSG_VIS_DATE_FUTURE, "?");
		return -1;
	}
	if (w->id[0] == '\0')
		db_new_id(w->id);
	body = visit_draft_format(w);
	if (db_begin(st, cause) < 0) {
		free(body);
		return -1;
	}
	if (visit_household_check(st, w->household_id, cause) < 0)
		goto fail;
	rc = visit_draft_is_saved(st, w->id, cause);
	if (rc != 0) {
		if (rc > 0)
			*cause = xstrdup(tr(MSG_VIS_DRAFT_SAVED));
		goto fail;
	}
	if (visit_draft_write(st, w, body, cause) < 0)
		goto fail;
	free(body);
	return db_commit(st, cause);
fail:
	free(body);
	db_rollback(st);
	return -1;
}

int
store_visit_draft_get(struct store *st, const char *id, struct visit_work *w,
		      char **cause)
{
	sqlite3_stmt *s;
	char *body = NULL, *household = NULL;
	int rc;

	*cause = NULL;
	if (visit_draft_need_actor(st, cause) < 0)
		return -1;
	s = db_stmt(st,
		    "SELECT d.household_id, d.body FROM visit_draft d JOIN "
		    "household h ON h.id = d.household_id WHERE d.id = ?1 AND "
		    "d.owner = ?2 AND (?3 IS NULL OR h.posyandu_id = ?3)",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, st->actor.username);
	db_bind_text(s, 3, register_scope(st));
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		household = db_col_text0(s, 0);
		body = db_col_text0(s, 1);
	}
	db_done(s);
	if (rc == SQLITE_DONE)
		return 0;
	if (rc != SQLITE_ROW) {
		*cause = db_error(st, rc);
		return -1;
	}
	rc = visit_draft_parse(body, w, cause);
	if (rc == 0) {
		str_copy(w->id, id, sizeof w->id);
		str_copy(w->household_id, household, sizeof w->household_id);
	}
	free(body);
	free(household);
	return rc < 0 ? -1 : 1;
}

int
store_visit_draft_find(struct store *st, const char *household_id, char *id_out,
		       char **cause)
{
	sqlite3_stmt *s;
	int rc;

	*cause = NULL;
	if (visit_draft_need_actor(st, cause) < 0)
		return -1;
	s = db_stmt(st,
		    "SELECT id FROM visit_draft WHERE owner = ?1 AND "
		    "household_id = ?2 ORDER BY updated_at DESC, id LIMIT 1",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, st->actor.username);
	db_bind_text(s, 2, household_id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		str_copy(id_out, (const char *)sqlite3_column_text(s, 0),
			 VISIT_ID_LEN);
	db_done(s);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	*cause = db_error(st, rc);
	return -1;
}

static void
visit_draft_row_free_elem(void *elem)
{
	struct visit_draft_row *r = elem;

	free(r->id);
	free(r->household_id);
	free(r->head_name);
	free(r->address);
	free(r->updated_at);
}

void
visit_draft_rows_free(struct visit_draft_row *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		visit_draft_row_free_elem(&v[i]);
	free(v);
}

static void
visit_draft_row_from(sqlite3_stmt *s, void *elem)
{
	struct visit_draft_row *r = elem;
	struct visit_work w;
	char *why = NULL;

	r->id = db_col_text0(s, 0);
	r->household_id = db_col_text0(s, 1);
	r->head_name = db_col_text0(s, 2);
	r->address = db_col_text0(s, 3);
	r->on = register_col_date(s, 4);
	r->updated_at = db_col_text0(s, 5);
	visit_work_init(&w);
	(void)visit_draft_parse((const char *)sqlite3_column_text(s, 6), &w,
				&why);
	r->present = (int)w.present.n;
	r->answers = (int)w.na;
	visit_work_done(&w);
	free(why);
}

int
store_visit_drafts(struct store *st, struct visit_draft_row **out, size_t *n,
		   char **cause)
{
	sqlite3_stmt *s;

	*out = NULL;
	*n = 0;
	*cause = NULL;
	if (visit_draft_need_actor(st, cause) < 0)
		return -1;
	s = db_stmt(
		st,
		"SELECT d.id, d.household_id, coalesce((SELECT p.name FROM "
		"person p WHERE p.household_id = h.id AND p.relation = "
		"'kepala' AND p.status = 'aktif'), ''), trim(h.address || "
		"CASE WHEN h.rt <> '' THEN ' RT ' || h.rt ELSE '' END || "
		"CASE WHEN h.rw <> '' THEN '/RW ' || h.rw ELSE '' END), "
		"d.visited_on, d.updated_at, d.body FROM visit_draft d JOIN "
		"household h ON h.id = d.household_id WHERE d.owner = ?1 "
		"AND (?2 IS NULL OR h.posyandu_id = ?2) ORDER BY "
		"d.updated_at DESC, d.id",
		cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, st->actor.username);
	db_bind_text(s, 2, register_scope(st));
	return db_collect(st, s, sizeof **out, visit_draft_row_from,
			  visit_draft_row_free_elem, (void **)out, n, cause);
}

int
store_visit_draft_discard(struct store *st, const char *id, char **cause)
{
	sqlite3_stmt *s;

	*cause = NULL;
	if (visit_draft_need_actor(st, cause) < 0)
		return -1;
	if (db_begin(st, cause) < 0)
		return -1;
	s = db_stmt(st, "DELETE FROM visit_draft WHERE id = ?1 AND owner = ?2",
		    cause);
	if (s == NULL)
		goto fail;
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, st->actor.username);
	if (register_step_done(st, s, cause) < 0)
		goto fail;
	if (sqlite3_changes(st->db) != 1) {
		*cause = xstrdup(tr(MSG_VIS_DRAFT_UNKNOWN));
		goto fail;
	}
	return db_commit(st, cause);
fail:
	db_rollback(st);
	return -1;
}
