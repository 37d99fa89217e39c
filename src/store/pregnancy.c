/*
 * store/pregnancy: recording and closing pregnancies, with the checks of
 * core/pregnancy made again here whatever the screen checked.
 */
#include "store/pregnancy.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/pregnancy.h"
#include "register.h"
#include "store/person.h"

const char *const pregnancy_outcomes[] = {
	"lahir_hidup", "lahir_mati", "keguguran", "lainnya", NULL,
};
const char *const pregnancy_birth_places[] = {
	"faskes",
	"rumah",
	"lainnya",
	NULL,
};

void
pregnancy_free(struct pregnancy *g)
{
	if (g == NULL)
		return;
	free(g->id);
	free(g->person_id);
	free(g->outcome);
	free(g->birth_place);
	memset(g, 0, sizeof *g);
}

void
pregnancy_list_free(struct pregnancy *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		pregnancy_free(&v[i]);
	free(v);
}

static int
pregnancy_code_ok(const char *const *codes, const char *code)
{
	size_t i;

	for (i = 0; codes[i] != NULL; i++)
		if (str_eq(codes[i], code))
			return 1;
	return 0;
}

/* Reads the person (scope checked) and checks they may be pregnant. */
static int
pregnancy_check_open(struct store *st, const char *person_id, int has_hpht,
		     struct date date, struct date today, struct date *hpht,
		     struct date *hpl, char **cause)
{
	struct person p;
	int rc = store_person_get(st, person_id, &p, cause);

	if (rc == 0)
		*cause = xstrdup(tr(MSG_REG_NOT_FOUND));
	if (rc <= 0)
		return -1;
	rc = -1;
	if (p.status != PERSON_AKTIF) {
		*cause = xstrdup(tr(MSG_REG_PREG_PERSON_INACTIVE));
		goto out;
	}
	if (p.pregnant) {
		*cause = xstrdup(tr(MSG_REG_PREG_OPEN));
		goto out;
	}
	if (has_hpht) {
		if (pregnancy_check_hpht(date, today, cause) < 0)
			goto out;
		*hpht = date;
		*hpl = pregnancy_hpl(date);
	} else {
		if (pregnancy_check_hpl(date, today, cause) < 0)
			goto out;
		*hpl = date;
		*hpht = pregnancy_hpht(date);
	}
	if (pregnancy_check_mother(p.sex, p.dob, *hpht, cause) < 0)
		goto out;
	rc = 0;
out:
	person_free(&p);
	return rc;
}

int
store_pregnancy_open(struct store *st, const char *person_id, int has_hpht,
		     struct date date, struct date today, const char *save_key,
		     char *id_out, char **cause)
{
	struct date hpht, hpl;
	sqlite3_stmt *s;
	char id[37], now[21];

	*cause = NULL;
	if (db_require(st, PERM_EDIT_REGISTER, cause) < 0)
		return -1;
	if (db_begin(st, cause) < 0)
		return -1;
	switch (db_save_key_seen(st, save_key, "pregnancy", id, cause)) {
	case 0:
		break;
	case 1:
		db_rollback(st);
		goto done;
	default:
		goto fail;
	}
	if (pregnancy_check_open(st, person_id, has_hpht, date, today, &hpht,
				 &hpl, cause) < 0)
		goto fail;
	db_new_id(id);
	db_now_text(now);
	s = db_stmt(st,
		    "INSERT INTO pregnancy (id, person_id, hpht, hpl, "
		    "created_at, created_by, updated_at, updated_by) VALUES "
		    "(?1, ?2, ?3, ?4, ?5, app_user(), ?5, app_user())",
		    cause);
	if (s == NULL)
		goto fail;
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, person_id);
	if (has_hpht)
		register_bind_date(s, 3, hpht);
	register_bind_date(s, 4, hpl);
	db_bind_text(s, 5, now);
	if (register_step_done(st, s, cause) < 0 ||
	    db_save_key_record(st, save_key, "pregnancy", id, cause) < 0)
		goto fail;
	if (db_commit(st, cause) < 0)
		return -1;
done:
	if (id_out != NULL)
		str_copy(id_out, id, 37);
	return 0;
fail:
	db_rollback(st);
	return -1;
}

static const char preg_sql_select[] =
	"SELECT g.id, g.person_id, g.hpht, g.hpl, g.status, g.end_date, "
	"g.outcome, g.birth_place, g.version FROM pregnancy g JOIN person "
	"p ON p.id = g.person_id JOIN household h ON h.id = p.household_id "
	"WHERE (?1 IS NULL OR g.id = ?1) AND (?2 IS NULL OR g.person_id = "
	"?2) AND (?3 IS NULL OR h.posyandu_id = ?3) ORDER BY g.hpl DESC";

static void
pregnancy_from_row(sqlite3_stmt *s, struct pregnancy *g)
{
	g->id = db_col_text0(s, 0);
	g->person_id = db_col_text0(s, 1);
	g->has_hpht = sqlite3_column_type(s, 2) != SQLITE_NULL;
	g->hpl = register_col_date(s, 3);
	g->hpht =
		g->has_hpht ? register_col_date(s, 2) : pregnancy_hpht(g->hpl);
	g->open = str_eq((const char *)sqlite3_column_text(s, 4), "hamil");
	g->end_date = register_col_date(s, 5);
	g->outcome = db_col_text(s, 6);
	g->birth_place = db_col_text(s, 7);
	g->version = db_col_int(s, 8, 1);
}

static int
pregnancy_select(struct store *st, const char *id, const char *person_id,
		 struct pregnancy **out, size_t *n, char **cause)
{
	sqlite3_stmt *s = db_stmt(st, preg_sql_select, cause);
	struct pregnancy *v = NULL;
	size_t len = 0, cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, person_id);
	db_bind_text(s, 3, register_scope(st));
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (len == cap) {
			cap = cap ? cap * 2 : 4;
			v = xreallocarray(v, cap, sizeof *v);
		}
		memset(&v[len], 0, sizeof v[len]);
		pregnancy_from_row(s, &v[len++]);
	}
	db_done(s);
	if (rc != SQLITE_DONE) {
		pregnancy_list_free(v, len);
		*cause = db_error(st, rc);
		return -1;
	}
	*out = v;
	*n = len;
	return 0;
}

int
store_pregnancy_list(struct store *st, const char *person_id,
		     struct pregnancy **out, size_t *n, char **cause)
{
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	return pregnancy_select(st, NULL, person_id, out, n, cause);
}

/* Inside the transaction: the pregnancy is visible, open, and dates fit. */
static int
pregnancy_check_close(struct store *st, const char *id, struct date end,
		      struct date today, char **cause)
{
	struct pregnancy *v;
	size_t n;
	int rc = -1;

	if (pregnancy_select(st, id, NULL, &v, &n, cause) < 0)
		return -1;
	if (n == 0)
		*cause = xstrdup(tr(MSG_REG_NOT_FOUND));
	else if (!v[0].open)
		*cause = xstrdup(tr(MSG_REG_PREG_CLOSED));
	else if (pregnancy_check_end(v[0].hpht, end, today, cause) == 0)
		rc = 0;
	pregnancy_list_free(v, n);
	return rc;
}

int
store_pregnancy_close(struct store *st, const char *id, long long version,
		      struct date end_date, const char *outcome,
		      const char *birth_place, struct date today, char **cause)
{
	sqlite3_stmt *s;
	char now[21];
	int rc = -1;

	*cause = NULL;
	if (db_require(st, PERM_EDIT_REGISTER, cause) < 0)
		return -1;
	if (!pregnancy_code_ok(pregnancy_outcomes, outcome)) {
		*cause = xstrdup(tr(MSG_REG_PREG_OUTCOME));
		return -1;
	}
	if (birth_place != NULL &&
	    !pregnancy_code_ok(pregnancy_birth_places, birth_place)) {
		*cause = xstrdup(tr(MSG_REG_PREG_PLACE));
		return -1;
	}
	db_now_text(now);
	if (db_begin(st, cause) < 0)
		return -1;
	if (pregnancy_check_close(st, id, end_date, today, cause) < 0)
		goto fail;
	s = db_stmt(st,
		    "UPDATE pregnancy SET status = 'selesai', end_date = ?3, "
		    "outcome = ?4, birth_place = ?5, updated_at = ?6, "
		    "updated_by = app_user(), version = version + 1 WHERE id = "
		    "?1 AND version = ?2",
		    cause);
	if (s == NULL)
		goto fail;
	db_bind_text(s, 1, id);
	db_bind_int(s, 2, version);
	register_bind_date(s, 3, end_date);
	db_bind_text(s, 4, outcome);
	db_bind_text(s, 5, birth_place);
	db_bind_text(s, 6, now);
	if (register_step_done(st, s, cause) < 0)
		goto fail;
	if (sqlite3_changes(st->db) == 0) {
		rc = register_stale(st, "pregnancy", id, cause);
		goto fail;
	}
	return db_commit(st, cause);
fail:
	db_rollback(st);
	return rc < -1 ? rc : -1;
}
