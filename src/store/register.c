/*
 * store/register: scope checks and helpers shared by the register's
 * entity files (household, person, pregnancy).
 */
#include "register.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "store/household.h"

const char *
register_scope(const struct store *st)
{
	return st->has_actor ? db_actor_scope(st) : NULL;
}

int
register_check_scope(struct store *st, const char *posyandu_id, char **cause)
{
	const char *scope = register_scope(st);

	if (scope != NULL && !str_eq(scope, posyandu_id)) {
		*cause = xstrdup(tr(MSG_DB_OTHER_POSYANDU));
		return -1;
	}
	return 0;
}

int
register_household_posyandu(struct store *st, const char *household_id,
			    char *out, char **cause)
{
	sqlite3_stmt *s;
	int rc;

	s = db_stmt(st, "SELECT posyandu_id FROM household WHERE id = ?",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, household_id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		str_copy(out, (const char *)sqlite3_column_text(s, 0), 37);
	db_done(s);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	*cause = db_error(st, rc);
	return -1;
}

int
register_stale(struct store *st, const char *table, const char *id,
	       char **cause)
{
	static const char sql_person[] =
		"SELECT updated_by, updated_at FROM person WHERE id = ?";
	static const char sql_household[] =
		"SELECT updated_by, updated_at FROM household WHERE id = ?";
	static const char sql_pregnancy[] =
		"SELECT updated_by, updated_at FROM pregnancy WHERE id = ?";
	const char *sql = str_eq(table, "person")      ? sql_person
			  : str_eq(table, "household") ? sql_household
						       : sql_pregnancy;
	sqlite3_stmt *s = db_stmt(st, sql, cause);
	int rc;

	if (s == NULL)
		return -1;
	db_bind_text(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		const char *at = (const char *)sqlite3_column_text(s, 1);
		char when[24];

		/* "2025-08-12T09:30:00Z" shown as "12-08-2025 09:30 UTC" */
		if (at != NULL && strlen(at) >= 16)
			snprintf(when, sizeof when, "%.2s-%.2s-%.4s %.5s UTC",
				 at + 8, at + 5, at, at + 11);
		else
			str_copy(when, at != NULL ? at : "?", sizeof when);
		*cause = trf(MSG_DB_STALE,
			     (const char *)sqlite3_column_text(s, 0), when);
	} else if (rc == SQLITE_DONE) {
		*cause = xstrdup(tr(MSG_REG_NOT_FOUND));
	} else {
		*cause = db_error(st, rc);
	}
	db_done(s);
	return rc == SQLITE_ROW ? STORE_STALE : -1;
}

void
register_bind_date(sqlite3_stmt *s, int i, struct date d)
{
	char buf[DATE_ISO_LEN];

	db_bind_text(s, i, date_format_iso(d, buf));
}

struct date
register_col_date(sqlite3_stmt *s, int i)
{
	struct date d = {0, 0, 0};
	const unsigned char *t = sqlite3_column_text(s, i);

	if (t == NULL || date_parse_iso((const char *)t, &d) < 0)
		memset(&d, 0, sizeof d);
	return d;
}

int
register_step_done(struct store *st, sqlite3_stmt *s, char **cause)
{
	int rc = sqlite3_step(s);

	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	return 0;
}
