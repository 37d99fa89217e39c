/*
 * store/db: opening the one SQLite database with the pragmas of DESIGN.md
 * §4, the embedded schema and its migrations, the logged-in actor whose
 * name every audit row carries, and whole-database operations (check,
 * backup, meta facts). The rest of the program sees only struct store;
 * sqlite3.h stays inside src/store. No curses here.
 */
#ifndef ILP_STORE_DB_H
#define ILP_STORE_DB_H

#include "core/account.h"
#include "util.h"

struct store;

/* The schema version this program writes (PRAGMA user_version). */
int store_schema_version(void);

struct store_open_options {
	int create;          /* create the file when missing */
	int busy_timeout_ms; /* >= 1000 */
	int read_only;       /* for `ilp check` of a file we must not touch */
	int migrate;         /* upgrade an older schema (after a backup) */
	int group_access;    /* a new file gets 0660 instead of 0600 */
};

/*
 * Opens (and when asked creates) the database at path, sets the pragmas,
 * registers app_user() and migrates an older schema. A database written
 * by a newer program, a file that is not SQLite or not ilp's, a missing or
 * read-only directory are refused with an allocated *cause, and the file
 * is left untouched. Returns 0 and *out, or -1.
 */
int store_open(const char *path, const struct store_open_options *opt,
	       struct store **out, char **cause);
/* Checkpoints and closes; NULL is fine. */
void store_close(struct store *st);
const char *store_path(const struct store *st);
/*
 * 1 when no transaction is open and no statement is part-way through its
 * rows: what must hold whenever the screen waits for a key (a pinned
 * snapshot would block checkpoints and other users' writes).
 */
int store_idle(const struct store *st);

/* Who is working: every write is audited with this name. */
struct store_actor {
	char *id;       /* account id; NULL for a system actor */
	char *username; /* "kader1", or "os:root" for the CLI admin tools */
	char *full_name;
	enum role role;
	char *posyandu_id; /* a kader's posyandu; NULL = every posyandu */
};

/* Copies actor into the store (the store owns its copy). */
void store_set_actor(struct store *st, const struct store_actor *actor);
/* A system actor with admin rights, e.g. "os:root" for CLI tools. */
void store_set_system_actor(struct store *st, const char *name);
/* Forgets the actor: writes fail until another is set. */
void store_clear_actor(struct store *st);
/* The current actor, or NULL. Borrowed until the actor changes. */
const struct store_actor *store_actor(const struct store *st);
void store_actor_free(struct store_actor *a);
/* 1 when the actor may do p (0 without an actor). */
int store_can(const struct store *st, enum perm p);

/* 1 for a training database (demo or seeded): shows the LATIHAN banner. */
int store_is_demo(const struct store *st);
/* Reads a meta value into an allocated string; NULL when absent. */
char *store_meta_get(struct store *st, const char *key);

/*
 * Runs integrity_check, foreign_key_check and the schema checks; appends
 * each problem found. Returns 0 when the database is sound, 1 when
 * problems were found, -1 when the check itself failed (*cause).
 */
int store_check(struct store *st, struct strlist *problems, char **cause);

/*
 * Copies the live database to dest through the SQLite backup API; dest
 * must not exist and is created with mode 0600 (0660 when the database
 * itself is group-writable). Returns 0 or -1 with *cause.
 */
int store_backup(struct store *st, const char *dest, char **cause);

/* Counts for the status of `ilp check` and the start-up banner. */
struct store_counts {
	long posyandu;
	long households;
	long persons;
	long accounts;
	long audit_rows;
};
int store_counts(struct store *st, struct store_counts *out, char **cause);

/*
 * A fresh random save key (a UUID) into out. A form makes one when it
 * opens and passes it with every attempt to save the same new record:
 * the store then writes the record at most once (store/save_key.c),
 * however often a save cut off by a crash or a busy database is
 * retried. The create calls take it as `save_key`; NULL or "" means no
 * idempotency.
 */
#define STORE_SAVE_KEY_LEN 37
void store_new_save_key(char out[STORE_SAVE_KEY_LEN]);

/* Writes an explicit audit row (login, export...) in its own transaction. */
int store_audit_event(struct store *st, const char *action, const char *tbl,
		      const char *row_id, const char *summary, char **cause);

#endif
