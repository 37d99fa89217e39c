/*
 * store/save_key: idempotent saves. A form (or a CLI command) makes a
 * random key once, when it opens, and sends it with every attempt to
 * save. The save records the key with the new row's id in the same
 * transaction as the row; an attempt whose key is already recorded
 * writes nothing and answers with that row. So a save that was cut off
 * (a crash, a power cut, "sedang dipakai" after the commit) can be
 * retried without making a second household, dose or screening.
 * No curses here.
 */
#include <string.h>

#include "core/i18n.h"
#include "crypto.h"
#include "internal.h"

void
store_new_save_key(char out[37])
{
	crypto_uuid(out);
}

/* 8-64 letters, digits and '-': what the schema's CHECK allows. */
static int
save_key_valid(const char *key)
{
	size_t n = strlen(key), i;

	if (n < 8 || n > 64)
		return 0;
	for (i = 0; i < n; i++) {
		char c = key[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c >= '0' && c <= '9') || c == '-'))
			return 0;
	}
	return 1;
}

int
db_save_key_seen(struct store *st, const char *key, const char *kind,
		 char row_id[37], char **cause)
{
	sqlite3_stmt *s;
	int rc, found = 0;

	if (key == NULL || key[0] == '\0')
		return 0;
	if (!save_key_valid(key)) {
		*cause = xstrdup(tr(MSG_SAVE_KEY_BAD));
		return -1;
	}
	s = db_stmt(st, "SELECT kind, row_id FROM save_key WHERE key = ?",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, key);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		const char *k = (const char *)sqlite3_column_text(s, 0);

		if (str_eq(k, kind)) {
			str_copy(row_id,
				 (const char *)sqlite3_column_text(s, 1), 37);
			found = 1;
		} else {
			*cause = trf(MSG_SAVE_KEY_KIND, k != NULL ? k : "?");
			found = -1;
		}
	} else if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		found = -1;
	}
	db_done(s);
	return found;
}

int
db_save_key_record(struct store *st, const char *key, const char *kind,
		   const char *row_id, char **cause)
{
	sqlite3_stmt *s;
	char now[21];
	int rc;

	if (key == NULL || key[0] == '\0')
		return 0;
	s = db_stmt(st,
		    "INSERT INTO save_key (key, kind, row_id, created_at, "
		    "created_by) VALUES (?, ?, ?, ?, app_user())",
		    cause);
	if (s == NULL)
		return -1;
	db_now_text(now);
	db_bind_text(s, 1, key);
	db_bind_text(s, 2, kind);
	db_bind_text(s, 3, row_id);
	db_bind_text(s, 4, now);
	rc = sqlite3_step(s);
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	return 0;
}
