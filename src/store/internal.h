/*
 * store/internal: what the store's own files share and nobody else may
 * see: the struct store, the statement cache, binding helpers and the
 * transaction calls. Every statement goes through db_stmt() and is reset
 * by db_done() before the function returns, so no statement is ever left
 * open while the UI waits for a key.
 */
#ifndef ILP_STORE_INTERNAL_H
#define ILP_STORE_INTERNAL_H

#include <sqlite3.h>

#include "core/i18n.h"
#include "store/db.h"

struct db_cached {
	const char *sql; /* a static string: its address is the key */
	sqlite3_stmt *stmt;
};

struct store {
	sqlite3 *db;
	char *path;
	struct store_actor actor;
	int has_actor;
	int audit_off; /* bulk synthetic loads only (ilp seed) */
	int index_off; /* the same: search triggers off, search_rebuild() */
	int demo;
	int in_txn;
	struct db_cached *cache; /* every statement prepared, never evicted */
	size_t ncache;
	size_t cap;
};

/*
 * A prepared statement for sql (a string literal: statements are cached by
 * address). Reset and unbound. NULL with *cause on failure.
 */
sqlite3_stmt *db_stmt(struct store *st, const char *sql, char **cause);
/* Resets a statement from db_stmt(); NULL is fine. */
void db_done(sqlite3_stmt *stmt);

/* Bind helpers: NULL text binds SQL NULL. Indices start at 1. */
void db_bind_text(sqlite3_stmt *s, int i, const char *v);
void db_bind_int(sqlite3_stmt *s, int i, long long v);
/* Binds an int that may be "unknown" (< 0 binds NULL). */
void db_bind_opt_int(sqlite3_stmt *s, int i, int v);

/* Copies a text column (NULL stays NULL). */
char *db_col_text(sqlite3_stmt *s, int i);
/* Copies a text column, "" for NULL. */
char *db_col_text0(sqlite3_stmt *s, int i);
/* An integer column; NULL reads as def. */
long long db_col_int(sqlite3_stmt *s, int i, long long def);

/*
 * Steps s to its end, filling a growing array of elements of elem_size
 * bytes: row(s, elem) fills each (the element starts zeroed). Resets s.
 * On success *out (caller frees each element, then the array) and *n;
 * on failure frees what was read with free_elem, sets *cause, returns -1.
 */
int db_collect(struct store *st, sqlite3_stmt *s, size_t elem_size,
	       void (*row)(sqlite3_stmt *s, void *elem),
	       void (*free_elem)(void *elem), void **out, size_t *n,
	       char **cause);

/*
 * Runs sql (a string literal: the statement cache is keyed by its
 * address) with id bound to ?1: 1 when it returns a row, 0 when none,
 * -1 with *cause.
 */
int db_exists(struct store *st, const char *sql, const char *id, char **cause);

/*
 * The posyandu an actor's reads are limited to, for binding to a
 * "(?N IS NULL OR h.posyandu_id = ?N)" scope: NULL for an actor who may
 * see every posyandu, a kader's own, "-" (matches nothing) for a kader
 * without one. register_scope() is the same, NULL without an actor.
 */
const char *db_actor_scope(const struct store *st);

/*
 * A void reason: 1..max characters of text once trimmed (validate_text).
 * 0, or -1 with *cause = msg formatted with max.
 */
int db_check_reason(const char *reason, size_t max, enum msg_id msg,
		    char **cause);

/*
 * Steps s once: row(s, out) fills out when there is a row. Resets s.
 * Returns 1 (a row), 0 (none) or -1 with *cause.
 */
int db_get_row(struct store *st, sqlite3_stmt *s,
	       void (*row)(sqlite3_stmt *s, void *elem), void *out,
	       char **cause);

/* Runs a script of statements without results (schema steps). */
int db_exec(struct store *st, const char *sql, char **cause);

/*
 * BEGIN IMMEDIATE: waits up to the busy timeout for other writers, then
 * gives up with "sedang dipakai, coba lagi". Returns 0 or -1.
 */
int db_begin(struct store *st, char **cause);
int db_commit(struct store *st, char **cause);
/* Rolls back when a transaction is open; never fails loudly. */
void db_rollback(struct store *st);

/* An allocated user-facing message for a SQLite result code. */
char *db_error(struct store *st, int rc);

/* A fresh random UUID into out. */
void db_new_id(char out[37]);

/*
 * Fails with MSG_DB_NO_ACTOR / MSG_DB_DENIED unless the actor may do p.
 * Returns 0 or -1 with *cause.
 */
int db_require(struct store *st, enum perm p, char **cause);

/* The current UTC time as "YYYY-MM-DDTHH:MM:SSZ". */
void db_now_text(char out[21]);
void db_time_text(long long t, char out[21]);
/* Parses the form above back to seconds since the epoch; -1 on error. */
long long db_time_parse(const char *s);

/*
 * Shared between store files: creates a referral (status dirujuk, first
 * history row) inside the caller's open transaction, so a visit or a
 * screening and its referral commit together. 0 or -1 with *cause.
 */
struct referral_new;
int db_referral_insert(struct store *st, const struct referral_new *r,
		       char *id_out, char **cause);

/*
 * Idempotent saves (save_key.c), inside the save's open transaction,
 * before anything is written: db_save_key_seen() returns 0 when key is
 * NULL or "" (no idempotency) or not recorded yet, 1 when it was
 * recorded for kind (the row saved then goes into row_id, 37 bytes: the
 * caller writes nothing and answers with it), -1 with *cause when the
 * key is malformed or was used for another kind. After the row is
 * written, db_save_key_record() records the key (nothing for NULL or
 * ""); 0 or -1 with *cause. kind is a short lower-case literal:
 * "household", "person", "pregnancy", "dose", "screening", "referral".
 */
int db_save_key_seen(struct store *st, const char *key, const char *kind,
		     char row_id[37], char **cause);
int db_save_key_record(struct store *st, const char *key, const char *kind,
		       const char *row_id, char **cause);

/* Schema: the migration steps, applied by db.c. */
struct db_migration {
	int version;
	const char *sql;
};
extern const struct db_migration db_migrations[];
extern const int db_migration_count;

#endif
