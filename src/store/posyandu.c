/*
 * store/posyandu: desa and posyandu rows, scoped to what the actor may see.
 */
#include "store/posyandu.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/validate.h"
#include "internal.h"
#include "register.h"

void
posyandu_free(struct posyandu *p)
{
	if (p == NULL)
		return;
	free(p->id);
	free(p->code);
	free(p->name);
	free(p->desa_id);
	free(p->desa_name);
	free(p->dusun);
	memset(p, 0, sizeof *p);
}

void
posyandu_list_free(struct posyandu *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		posyandu_free(&v[i]);
	free(v);
}

#define POSYANDU_SELECT                                                        \
	"SELECT p.id, p.code, p.name, p.desa_id, w.name, p.dusun, p.active, "  \
	"(SELECT count(*) FROM household h WHERE h.posyandu_id = p.id AND "    \
	"h.status = 'aktif'), "                                                \
	"(SELECT count(*) FROM person x JOIN household h ON h.id = "           \
	"x.household_id WHERE h.posyandu_id = p.id AND x.status = 'aktif') "   \
	"FROM posyandu p JOIN wilayah w ON w.id = p.desa_id "

static void
posyandu_from_row(sqlite3_stmt *s, void *elem)
{
	struct posyandu *p = elem;

	p->id = db_col_text0(s, 0);
	p->code = db_col_text0(s, 1);
	p->name = db_col_text0(s, 2);
	p->desa_id = db_col_text0(s, 3);
	p->desa_name = db_col_text0(s, 4);
	p->dusun = db_col_text0(s, 5);
	p->active = (int)db_col_int(s, 6, 1);
	p->households = (long)db_col_int(s, 7, 0);
	p->persons = (long)db_col_int(s, 8, 0);
}

static void
posyandu_free_elem(void *p)
{
	posyandu_free(p);
}

int
store_posyandu_list(struct store *st, struct posyandu **out, size_t *n,
		    char **cause)
{
	sqlite3_stmt *s;

	*out = NULL;
	*n = 0;
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	s = db_stmt(st,
		    POSYANDU_SELECT "WHERE ?1 IS NULL OR p.id = ?1 "
				    "ORDER BY w.name, p.code",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, register_scope(st));
	return db_collect(st, s, sizeof **out, posyandu_from_row,
			  posyandu_free_elem, (void **)out, n, cause);
}

int
store_posyandu_get(struct store *st, const char *key, struct posyandu *out,
		   char **cause)
{
	sqlite3_stmt *s;

	memset(out, 0, sizeof *out);
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	s = db_stmt(st,
		    POSYANDU_SELECT "WHERE (p.code = ?2 OR p.id = ?2) AND "
				    "(?1 IS NULL OR p.id = ?1)",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, register_scope(st));
	db_bind_text(s, 2, key);
	return db_get_row(st, s, posyandu_from_row, out, cause);
}

/* A desa code from its name: upper-case letters and digits, at most 20. */
static void
posyandu_desa_code(const char *name, char out[21])
{
	size_t i, j = 0;

	for (i = 0; name[i] != '\0' && j < 20; i++)
		if (isalnum((unsigned char)name[i]))
			out[j++] = (char)toupper((unsigned char)name[i]);
	if (j == 0)
		out[j++] = 'D';
	out[j] = '\0';
}

/* Finds or creates the desa; its id into id. Inside a transaction. */
static int
posyandu_desa(struct store *st, const char *desa, char id[37], const char *now,
	      char **cause)
{
	sqlite3_stmt *s;
	char code[21];
	int rc;

	s = db_stmt(st,
		    "SELECT id FROM wilayah WHERE level = 'desa' AND name = ?",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, desa);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		str_copy(id, (const char *)sqlite3_column_text(s, 0), 37);
	db_done(s);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	posyandu_desa_code(desa, code);
	db_new_id(id);
	s = db_stmt(st,
		    "INSERT INTO wilayah (id, level, code, name, created_at, "
		    "created_by, updated_at, updated_by) VALUES (?1, 'desa', "
		    "?2 || CASE WHEN EXISTS (SELECT 1 FROM wilayah WHERE level "
		    "= 'desa' AND code = ?2) THEN '-' || substr(?1, 1, 4) "
		    "ELSE '' END, ?3, ?4, app_user(), ?4, app_user())",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, code);
	db_bind_text(s, 3, desa);
	db_bind_text(s, 4, now);
	rc = sqlite3_step(s);
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	return 0;
}

/* Names shown on every screen: no control characters, valid UTF-8. */
static int
posyandu_text(const char *text, enum msg_id what, char **cause)
{
	char *why = NULL;

	if (text == NULL || validate_text(text, 100, 0, NULL, &why) == 0)
		return 0;
	*cause = trf(what, why);
	free(why);
	return -1;
}

int
store_posyandu_add(struct store *st, const char *code, const char *name,
		   const char *desa, const char *dusun, char **cause)
{
	struct posyandu existing;
	sqlite3_stmt *s;
	char id[37], desa_id[37], now[21];
	size_t i;
	int rc;

	*cause = NULL;
	if (db_require(st, PERM_MANAGE_USERS, cause) < 0)
		return -1;
	if (str_empty(code) || strlen(code) > 32) {
		*cause = xstrdup(tr(MSG_POSYANDU_CODE));
		return -1;
	}
	for (i = 0; code[i] != '\0'; i++) {
		if (!isalnum((unsigned char)code[i]) && code[i] != '-' &&
		    code[i] != '_') {
			*cause = xstrdup(tr(MSG_POSYANDU_CODE));
			return -1;
		}
	}
	if (str_empty(name) || strlen(name) > 100 || str_empty(desa) ||
	    strlen(desa) > 100 || (dusun != NULL && strlen(dusun) > 100)) {
		*cause = xstrdup(tr(MSG_POSYANDU_NAMES));
		return -1;
	}
	if (posyandu_text(name, MSG_POSYANDU_NAME_BAD, cause) < 0 ||
	    posyandu_text(desa, MSG_POSYANDU_DESA_BAD, cause) < 0 ||
	    posyandu_text(dusun, MSG_POSYANDU_DUSUN_BAD, cause) < 0)
		return -1;
	rc = store_posyandu_get(st, code, &existing, cause);
	posyandu_free(&existing);
	if (rc < 0)
		return -1;
	if (rc > 0) {
		*cause = trf(MSG_POSYANDU_EXISTS, code);
		return -1;
	}
	db_now_text(now);
	if (db_begin(st, cause) < 0)
		return -1;
	if (posyandu_desa(st, desa, desa_id, now, cause) < 0)
		goto fail;
	db_new_id(id);
	s = db_stmt(st,
		    "INSERT INTO posyandu (id, code, name, desa_id, dusun, "
		    "created_at, created_by, updated_at, updated_by) VALUES "
		    "(?1, ?2, ?3, ?4, ?5, ?6, app_user(), ?6, app_user())",
		    cause);
	if (s == NULL)
		goto fail;
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, code);
	db_bind_text(s, 3, name);
	db_bind_text(s, 4, desa_id);
	db_bind_text(s, 5, dusun != NULL ? dusun : "");
	db_bind_text(s, 6, now);
	rc = sqlite3_step(s);
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		goto fail;
	}
	return db_commit(st, cause);
fail:
	db_rollback(st);
	return -1;
}
