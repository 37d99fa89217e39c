/*
 * store/db: the connection. Opening follows DESIGN.md §4 and the findings
 * in reference/reliability.md: WAL with synchronous=FULL (no acknowledged
 * save lost on power loss), BEGIN IMMEDIATE for every write (no
 * SQLITE_BUSY on lock upgrade), a busy timeout, defensive mode,
 * trusted_schema=OFF with app_user() registered innocuous so the audit
 * triggers can call it.
 */
#include "store/db.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/validate.h"
#include "core/name.h"
#include "crypto.h"
#include "internal.h"

#define STORE_APP_ID 0x494c5031 /* "ILP1" */

static int
store_latest(void)
{
	return db_migrations[db_migration_count - 1].version;
}

int
store_schema_version(void)
{
	return store_latest();
}

/* ---- statements ---------------------------------------------------- */

sqlite3_stmt *
db_stmt(struct store *st, const char *sql, char **cause)
{
	size_t i;
	sqlite3_stmt *s = NULL;
	int rc;

	for (i = 0; i < st->ncache; i++) {
		if (st->cache[i].sql == sql) {
			sqlite3_reset(st->cache[i].stmt);
			sqlite3_clear_bindings(st->cache[i].stmt);
			return st->cache[i].stmt;
		}
	}
	rc = sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s,
				NULL);
	if (rc != SQLITE_OK) {
		if (cause != NULL)
			*cause = db_error(st, rc);
		sqlite3_finalize(s);
		return NULL;
	}
	/*
	 * Never evict: a caller may still be stepping an older statement.
	 * The program has a fixed, small set of SQL literals, so the cache
	 * stays bounded.
	 */
	if (st->ncache == st->cap) {
		st->cap = st->cap ? st->cap * 2 : 64;
		st->cache =
			xreallocarray(st->cache, st->cap, sizeof *st->cache);
	}
	st->cache[st->ncache].sql = sql;
	st->cache[st->ncache].stmt = s;
	st->ncache++;
	return s;
}

void
db_done(sqlite3_stmt *stmt)
{
	if (stmt != NULL) {
		sqlite3_reset(stmt);
		sqlite3_clear_bindings(stmt);
	}
}

void
db_bind_text(sqlite3_stmt *s, int i, const char *v)
{
	if (v == NULL)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
}

void
db_bind_int(sqlite3_stmt *s, int i, long long v)
{
	sqlite3_bind_int64(s, i, v);
}

void
db_bind_opt_int(sqlite3_stmt *s, int i, int v)
{
	if (v < 0)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_int(s, i, v);
}

char *
db_col_text(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);

	return t != NULL ? xstrdup((const char *)t) : NULL;
}

char *
db_col_text0(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);

	return xstrdup(t != NULL ? (const char *)t : "");
}

long long
db_col_int(sqlite3_stmt *s, int i, long long def)
{
	if (sqlite3_column_type(s, i) == SQLITE_NULL)
		return def;
	return sqlite3_column_int64(s, i);
}

int
db_collect(struct store *st, sqlite3_stmt *s, size_t elem_size,
	   void (*row)(sqlite3_stmt *s, void *elem),
	   void (*free_elem)(void *elem), void **out, size_t *n, char **cause)
{
	char *v = NULL;
	size_t len = 0, cap = 0, i;
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (len == cap) {
			cap = cap ? cap * 2 : 16;
			v = xreallocarray(v, cap, elem_size);
		}
		memset(v + len * elem_size, 0, elem_size);
		row(s, v + len * elem_size);
		len++;
	}
	db_done(s);
	if (rc != SQLITE_DONE) {
		for (i = 0; i < len; i++)
			free_elem(v + i * elem_size);
		free(v);
		*cause = db_error(st, rc);
		return -1;
	}
	*out = v;
	*n = len;
	return 0;
}

int
db_exists(struct store *st, const char *sql, const char *id, char **cause)
{
	sqlite3_stmt *s = db_stmt(st, sql, cause);
	int rc;

	if (s == NULL)
		return -1;
	db_bind_text(s, 1, id);
	rc = sqlite3_step(s);
	db_done(s);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	*cause = db_error(st, rc);
	return -1;
}

int
db_get_row(struct store *st, sqlite3_stmt *s,
	   void (*row)(sqlite3_stmt *s, void *elem), void *out, char **cause)
{
	int rc = sqlite3_step(s);

	if (rc == SQLITE_ROW)
		row(s, out);
	db_done(s);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	*cause = db_error(st, rc);
	return -1;
}

const char *
db_actor_scope(const struct store *st)
{
	if (role_can(st->actor.role, PERM_ALL_POSYANDU))
		return NULL;
	return st->actor.posyandu_id != NULL ? st->actor.posyandu_id : "-";
}

int
db_check_reason(const char *reason, size_t max, enum msg_id msg, char **cause)
{
	char *out = NULL, *why = NULL;
	int rc =
		validate_text(reason != NULL ? reason : "", max, 1, &out, &why);

	free(out);
	free(why);
	if (rc < 0) {
		*cause = trf(msg, (int)max);
		return -1;
	}
	return 0;
}

int
db_exec(struct store *st, const char *sql, char **cause)
{
	char *err = NULL;
	int rc = sqlite3_exec(st->db, sql, NULL, NULL, &err);

	if (rc != SQLITE_OK) {
		if (cause != NULL && (rc & 0xff) != SQLITE_ERROR)
			*cause = db_error(st, rc);
		else if (cause != NULL)
			*cause = trf(MSG_DB_ERROR,
				     err != NULL ? err : sqlite3_errstr(rc));
		sqlite3_free(err);
		return -1;
	}
	return 0;
}

char *
db_error(struct store *st, int rc)
{
	const char *msg = st != NULL && st->db != NULL ? sqlite3_errmsg(st->db)
						       : sqlite3_errstr(rc);

	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return xstrdup(tr(MSG_DB_BUSY));
	case SQLITE_FULL:
		return xstrdup(tr(MSG_DB_FULL));
	case SQLITE_IOERR:
		/* a write that found the disk (or the quota) full */
		if (st != NULL && st->db != NULL &&
		    (sqlite3_system_errno(st->db) == ENOSPC ||
		     sqlite3_system_errno(st->db) == EDQUOT ||
		     sqlite3_system_errno(st->db) == EFBIG))
			return xstrdup(tr(MSG_DB_FULL));
		return xstrdup(tr(MSG_DB_IOERR));
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return xstrdup(tr(MSG_DB_CORRUPT));
	case SQLITE_READONLY:
		return trf(MSG_DB_READONLY, st != NULL ? st->path : "?");
	case SQLITE_CONSTRAINT:
		return trf(MSG_DB_CONSTRAINT, msg);
	default:
		return trf(MSG_DB_ERROR, msg);
	}
}

/* ---- transactions -------------------------------------------------- */

static int
db_simple(struct store *st, const char *sql, char **cause)
{
	sqlite3_stmt *s = db_stmt(st, sql, cause);
	int rc;

	if (s == NULL)
		return -1;
	rc = sqlite3_step(s);
	db_done(s);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		if (cause != NULL)
			*cause = db_error(st, rc);
		return -1;
	}
	return 0;
}

int
db_begin(struct store *st, char **cause)
{
	if (db_simple(st, "BEGIN IMMEDIATE", cause) < 0)
		return -1;
	st->in_txn = 1;
	return 0;
}

int
db_commit(struct store *st, char **cause)
{
	if (db_simple(st, "COMMIT", cause) < 0) {
		db_rollback(st);
		return -1;
	}
	st->in_txn = 0;
	return 0;
}

void
db_rollback(struct store *st)
{
	if (!sqlite3_get_autocommit(st->db))
		(void)db_simple(st, "ROLLBACK", NULL);
	st->in_txn = 0;
}

void
db_new_id(char out[37])
{
	crypto_uuid(out);
}

void
db_time_text(long long t, char out[21])
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (gmtime_r(&tt, &tm) == NULL ||
	    strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		str_copy(out, "1970-01-01T00:00:00Z", 21);
}

void
db_now_text(char out[21])
{
	db_time_text((long long)time(NULL), out);
}

static int
db_two_digits(const char *p, int max)
{
	int v;

	if (p[0] < '0' || p[0] > '9' || p[1] < '0' || p[1] > '9')
		return -1;
	v = (p[0] - '0') * 10 + (p[1] - '0');
	return v <= max ? v : -1;
}

long long
db_time_parse(const char *s)
{
	char day[DATE_ISO_LEN];
	struct date d;
	int h, mi, se;

	if (s == NULL || strlen(s) != 20 || s[10] != 'T' || s[13] != ':' ||
	    s[16] != ':' || s[19] != 'Z')
		return -1;
	memcpy(day, s, 10);
	day[10] = '\0';
	if (date_parse_iso(day, &d) < 0)
		return -1;
	h = db_two_digits(s + 11, 23);
	mi = db_two_digits(s + 14, 59);
	se = db_two_digits(s + 17, 60);
	if (h < 0 || mi < 0 || se < 0)
		return -1;
	return (long long)date_to_days(d) * 86400 + h * 3600 + mi * 60 + se;
}

/* ---- actor and the SQL functions the triggers call ------------------- */

void
store_actor_free(struct store_actor *a)
{
	if (a == NULL)
		return;
	free(a->id);
	free(a->username);
	free(a->full_name);
	free(a->posyandu_id);
	memset(a, 0, sizeof *a);
}

void
store_set_actor(struct store *st, const struct store_actor *a)
{
	store_actor_free(&st->actor);
	st->actor.id = a->id != NULL ? xstrdup(a->id) : NULL;
	st->actor.username = xstrdup(a->username);
	st->actor.full_name = xstrdup(a->full_name != NULL ? a->full_name : "");
	st->actor.role = a->role;
	st->actor.posyandu_id =
		a->posyandu_id != NULL ? xstrdup(a->posyandu_id) : NULL;
	st->has_actor = 1;
}

void
store_set_system_actor(struct store *st, const char *name)
{
	store_actor_free(&st->actor);
	st->actor.username = xstrdup(name);
	st->actor.full_name = xstrdup("");
	st->actor.role = ROLE_ADMIN;
	st->has_actor = 1;
}

void
store_clear_actor(struct store *st)
{
	store_actor_free(&st->actor);
	st->has_actor = 0;
}

const struct store_actor *
store_actor(const struct store *st)
{
	return st->has_actor ? &st->actor : NULL;
}

int
store_can(const struct store *st, enum perm p)
{
	return st->has_actor && role_can(st->actor.role, p);
}

int
db_require(struct store *st, enum perm p, char **cause)
{
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	if (!role_can(st->actor.role, p)) {
		*cause = trf(MSG_DB_DENIED, role_code(st->actor.role));
		return -1;
	}
	return 0;
}

static void
store_fn_app_user(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct store *st = sqlite3_user_data(ctx);

	(void)argc;
	(void)argv;
	if (!st->has_actor) {
		sqlite3_result_error(ctx, "no logged-in user for the audit log",
				     -1);
		return;
	}
	sqlite3_result_text(ctx, st->actor.username, -1, SQLITE_TRANSIENT);
}

static void
store_fn_app_audit(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct store *st = sqlite3_user_data(ctx);

	(void)argc;
	(void)argv;
	sqlite3_result_int(ctx, !st->audit_off);
}

static void
store_fn_app_index(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct store *st = sqlite3_user_data(ctx);

	(void)argc;
	(void)argv;
	sqlite3_result_int(ctx, !st->index_off);
}

/*
 * ilp_search_key(text): core/name's search key, for the triggers that
 * keep the search index (schema step 3). Deterministic and innocuous.
 */
static void
store_fn_search_key(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const unsigned char *in;
	char *key;

	(void)argc;
	if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
		sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
		return;
	}
	in = sqlite3_value_text(argv[0]);
	key = name_search_key((const char *)in);
	sqlite3_result_text(ctx, key, -1, free);
}

/* ---- opening ------------------------------------------------------- */

static char *
store_dirname(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

/* Refuses what would fail later with an obscure SQLite error. */
static int
store_precheck(const char *path, const struct store_open_options *opt,
	       char **cause)
{
	struct stat sb;
	char *dir = store_dirname(path);
	char *wal = xasprintf("%s-wal", path);
	int exists = stat(path, &sb) == 0;
	int rc = -1;

	if (!exists) {
		if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode))
			*cause = trf(MSG_DB_DIR_MISSING, dir);
		else if (!opt->create)
			*cause = trf(MSG_DB_NOT_FOUND, path, path);
		else if (access(dir, W_OK) != 0)
			*cause = trf(MSG_DB_DIR_READONLY, dir);
		else
			rc = 0;
	} else if (S_ISDIR(sb.st_mode)) {
		*cause = trf(MSG_DB_CANNOT_OPEN, path, strerror(EISDIR));
	} else if (sb.st_size == 0 && !opt->create) {
		*cause = trf(MSG_DB_EMPTY_FILE, path, path);
	} else if (opt->read_only) {
		rc = access(path, R_OK) == 0 ? 0 : -1;
		if (rc < 0)
			*cause = trf(MSG_DB_CANNOT_OPEN, path, strerror(errno));
	} else if (access(path, W_OK) != 0) {
		*cause = trf(MSG_DB_READONLY, path);
	} else if (access(dir, W_OK) != 0 && access(wal, W_OK) != 0) {
		*cause = trf(MSG_DB_DIR_READONLY, dir);
	} else {
		rc = 0;
	}
	free(dir);
	free(wal);
	return rc;
}

static int
store_pragma_int(struct store *st, const char *sql, long long *out,
		 int *sqlite_rc)
{
	sqlite3_stmt *s = NULL;
	int rc = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);

	if (rc == SQLITE_OK) {
		rc = sqlite3_step(s);
		if (rc == SQLITE_ROW) {
			*out = sqlite3_column_int64(s, 0);
			rc = SQLITE_OK;
		} else if (rc == SQLITE_DONE) {
			*out = 0;
			rc = SQLITE_OK;
		}
	}
	sqlite3_finalize(s);
	*sqlite_rc = rc;
	return rc == SQLITE_OK ? 0 : -1;
}

static int
store_set_pragmas(struct store *st, const struct store_open_options *opt,
		  char **cause)
{
	sqlite3_stmt *s = NULL;
	int ok = 0, rc;

	if (opt->read_only)
		return db_exec(st,
			       "PRAGMA foreign_keys = ON;"
			       "PRAGMA trusted_schema = OFF;",
			       cause);
	rc = sqlite3_prepare_v2(st->db, "PRAGMA journal_mode = WAL", -1, &s,
				NULL);
	if (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		const unsigned char *m = sqlite3_column_text(s, 0);

		ok = m != NULL && strcmp((const char *)m, "wal") == 0;
	}
	sqlite3_finalize(s);
	if (!ok && (rc & 0xff) != SQLITE_ROW && (rc & 0xff) != SQLITE_DONE &&
	    (rc & 0xff) != SQLITE_OK) {
		*cause = db_error(st, rc); /* locked by another program */
		return -1;
	}
	if (!ok) {
		*cause = trf(MSG_DB_NO_WAL, st->path);
		return -1;
	}
	return db_exec(st,
		       "PRAGMA synchronous = FULL;"
		       "PRAGMA foreign_keys = ON;"
		       "PRAGMA secure_delete = ON;"
		       "PRAGMA trusted_schema = OFF;",
		       cause);
}

/* Copies the file aside before a schema upgrade. */
static int
store_backup_before_migrate(struct store *st, int from, char **cause)
{
	char *dest = NULL;
	int i, rc;

	for (i = 0; i < 100; i++) {
		struct stat sb;

		free(dest);
		dest = i == 0 ? xasprintf("%s.pre-v%d", st->path, from + 1)
			      : xasprintf("%s.pre-v%d.%d", st->path, from + 1,
					  i);
		if (stat(dest, &sb) != 0)
			break;
	}
	rc = store_backup(st, dest, cause);
	free(dest);
	return rc;
}

static int
store_migrate(struct store *st, int from, char **cause)
{
	int i;

	for (i = 0; i < db_migration_count; i++) {
		const struct db_migration *m = &db_migrations[i];
		char pragma[96];
		sqlite3_stmt *s;
		int rc;

		if (m->version <= from)
			continue;
		if (db_begin(st, cause) < 0)
			return -1;
		if (db_exec(st, m->sql, cause) < 0)
			goto fail;
		snprintf(
			pragma, sizeof pragma,
			"PRAGMA user_version = %d; PRAGMA application_id = %d;",
			m->version, STORE_APP_ID);
		if (db_exec(st, pragma, cause) < 0)
			goto fail;
		s = db_stmt(st,
			    "INSERT INTO audit (actor, action, summary) "
			    "VALUES (?, 'migrate', ?)",
			    cause);
		if (s == NULL)
			goto fail;
		db_bind_text(s, 1, st->has_actor ? st->actor.username : "ilp");
		{
			char *summary = xasprintf("schema %d -> %d",
						  m->version - 1, m->version);

			db_bind_text(s, 2, summary);
			free(summary);
		}
		rc = sqlite3_step(s);
		db_done(s);
		if (rc != SQLITE_DONE) {
			*cause = db_error(st, rc);
			goto fail;
		}
		if (db_commit(st, cause) < 0)
			return -1;
	}
	return 0;
fail:
	db_rollback(st);
	return -1;
}

static int
store_open_db(struct store *st, const struct store_open_options *opt,
	      int created, char **cause)
{
	int flags, rc;
	long long version = 0, appid = 0, objects = 0;

	flags = opt->read_only ? SQLITE_OPEN_READONLY
			       : SQLITE_OPEN_READWRITE |
					 (opt->create ? SQLITE_OPEN_CREATE : 0);
	rc = sqlite3_open_v2(st->path, &st->db, flags | SQLITE_OPEN_NOMUTEX,
			     NULL);
	if (rc != SQLITE_OK) {
		*cause = trf(MSG_DB_CANNOT_OPEN, st->path, sqlite3_errstr(rc));
		return -1;
	}
	if (created)
		(void)chmod(st->path, opt->group_access ? 0660 : 0600);
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_db_config(st->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
	sqlite3_db_config(st->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
	sqlite3_busy_timeout(
		st->db, opt->busy_timeout_ms > 0 ? opt->busy_timeout_ms : 5000);
	sqlite3_create_function(st->db, "app_user", 0,
				SQLITE_UTF8 | SQLITE_INNOCUOUS, st,
				store_fn_app_user, NULL, NULL);
	sqlite3_create_function(st->db, "app_audit", 0,
				SQLITE_UTF8 | SQLITE_INNOCUOUS, st,
				store_fn_app_audit, NULL, NULL);
	sqlite3_create_function(st->db, "app_index", 0,
				SQLITE_UTF8 | SQLITE_INNOCUOUS, st,
				store_fn_app_index, NULL, NULL);
	sqlite3_create_function(st->db, "ilp_search_key", 1,
				SQLITE_UTF8 | SQLITE_INNOCUOUS |
					SQLITE_DETERMINISTIC,
				NULL, store_fn_search_key, NULL, NULL);

	if (store_pragma_int(st, "PRAGMA user_version", &version, &rc) < 0 ||
	    store_pragma_int(st, "PRAGMA application_id", &appid, &rc) < 0 ||
	    store_pragma_int(st, "SELECT count(*) FROM sqlite_schema", &objects,
			     &rc) < 0) {
		if ((rc & 0xff) == SQLITE_NOTADB ||
		    (rc & 0xff) == SQLITE_CORRUPT)
			*cause = trf(MSG_DB_NOT_SQLITE, st->path);
		else
			*cause = db_error(st, rc); /* busy, full, I/O... */
		return -1;
	}
	if (version > store_latest()) {
		*cause = trf(MSG_DB_TOO_NEW, st->path, (int)version,
			     store_latest());
		return -1;
	}
	if ((version == 0 && objects > 0) ||
	    (version > 0 && appid != STORE_APP_ID)) {
		*cause = trf(MSG_DB_NOT_ILP, st->path);
		return -1;
	}
	if (version == 0 && !opt->create) {
		*cause = trf(MSG_DB_NOT_FOUND, st->path, st->path);
		return -1;
	}
	if (version < store_latest() && version > 0 && !opt->migrate) {
		*cause = trf(MSG_DB_TOO_OLD, st->path, (int)version, st->path);
		return -1;
	}
	if (store_set_pragmas(st, opt, cause) < 0)
		return -1;
	if (version < store_latest() && !opt->read_only) {
		if (version > 0 &&
		    store_backup_before_migrate(st, (int)version, cause) < 0)
			return -1;
		if (store_migrate(st, (int)version, cause) < 0)
			return -1;
	}
	return 0;
}

int
store_open(const char *path, const struct store_open_options *opt,
	   struct store **out, char **cause)
{
	struct store *st;
	struct stat sb;
	int created;

	*out = NULL;
	*cause = NULL;
	if (store_precheck(path, opt, cause) < 0)
		return -1;
	created = stat(path, &sb) != 0;
	st = xcalloc(1, sizeof *st);
	st->path = xstrdup(path);
	if (store_open_db(st, opt, created, cause) < 0) {
		store_close(st);
		if (created)
			(void)unlink(path);
		return -1;
	}
	{
		char *demo = store_meta_get(st, "demo");

		st->demo = str_eq(demo, "1");
		free(demo);
	}
	*out = st;
	return 0;
}

void
store_close(struct store *st)
{
	size_t i;

	if (st == NULL)
		return;
	for (i = 0; i < st->ncache; i++)
		sqlite3_finalize(st->cache[i].stmt);
	if (st->db != NULL) {
		if (!sqlite3_db_readonly(st->db, "main"))
			sqlite3_exec(st->db, "PRAGMA wal_checkpoint(TRUNCATE)",
				     NULL, NULL, NULL);
		sqlite3_close_v2(st->db);
	}
	store_actor_free(&st->actor);
	free(st->cache);
	free(st->path);
	free(st);
}

int
store_idle(const struct store *st)
{
	size_t i;

	if (!sqlite3_get_autocommit(st->db))
		return 0;
	for (i = 0; i < st->ncache; i++)
		if (sqlite3_stmt_busy(st->cache[i].stmt))
			return 0;
	return 1;
}

const char *
store_path(const struct store *st)
{
	return st->path;
}

int
store_is_demo(const struct store *st)
{
	return st->demo;
}

char *
store_meta_get(struct store *st, const char *key)
{
	sqlite3_stmt *s;
	char *v = NULL;

	s = db_stmt(st, "SELECT value FROM meta WHERE key = ?", NULL);
	if (s == NULL)
		return NULL;
	db_bind_text(s, 1, key);
	if (sqlite3_step(s) == SQLITE_ROW)
		v = db_col_text(s, 0);
	db_done(s);
	return v;
}

/* ---- whole-database operations ------------------------------------- */

int
store_audit_event(struct store *st, const char *action, const char *tbl,
		  const char *row_id, const char *summary, char **cause)
{
	sqlite3_stmt *s;
	int rc;

	if (db_begin(st, cause) < 0)
		return -1;
	s = db_stmt(st,
		    "INSERT INTO audit (actor, action, tbl, row_id, summary) "
		    "VALUES (app_user(), ?, ?, ?, ?)",
		    cause);
	if (s == NULL) {
		db_rollback(st);
		return -1;
	}
	db_bind_text(s, 1, action);
	db_bind_text(s, 2, tbl != NULL ? tbl : "");
	db_bind_text(s, 3, row_id != NULL ? row_id : "");
	db_bind_text(s, 4, summary != NULL ? summary : "");
	rc = sqlite3_step(s);
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		db_rollback(st);
		return -1;
	}
	return db_commit(st, cause);
}

static const char *const store_expected[][2] = {
	{"table", "meta"},
	{"table", "audit"},
	{"table", "wilayah"},
	{"table", "posyandu"},
	{"table", "household"},
	{"table", "person"},
	{"table", "pregnancy"},
	{"table", "account"},
	{"trigger", "audit_no_update"},
	{"trigger", "audit_no_delete"},
	{"trigger", "person_audit_update"},
	{"trigger", "person_no_delete"},
	{"trigger", "household_no_delete"},
	{"table", "search_doc"},
	{"table", "search_word"},
	{"trigger", "person_search_insert"},
	{"trigger", "person_search_update"},
	{"trigger", "household_search_insert"},
	{"trigger", "household_search_update"},
	{"trigger", "search_doc_words_insert"},
	{"trigger", "search_doc_words_update"},
	{"table", "visit"},
	{"table", "visit_member"},
	{"table", "visit_answer"},
	{"table", "visit_household_answer"},
	{"table", "visit_draft"},
	{"trigger", "visit_no_delete"},
	{"trigger", "visit_only_void"},
	{"trigger", "visit_answer_no_update"},
	{"trigger", "visit_answer_no_delete"},
	{"table", "screening"},
	{"trigger", "screening_no_delete"},
	{"trigger", "screening_only_void"},
	{"table", "dose"},
	{"trigger", "dose_no_delete"},
	{"trigger", "dose_only_void"},
	{"table", "save_key"},
};

int
store_check(struct store *st, struct strlist *problems, char **cause)
{
	sqlite3_stmt *s;
	size_t i;
	int rc, found = 0;

	s = db_stmt(st, "PRAGMA integrity_check", cause);
	if (s == NULL)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *m = (const char *)sqlite3_column_text(s, 0);

		if (m != NULL && strcmp(m, "ok") != 0) {
			strlist_take(problems, trf(MSG_CHECK_INTEGRITY, m));
			found = 1;
		}
	}
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	s = db_stmt(st, "PRAGMA foreign_key_check", cause);
	if (s == NULL)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		strlist_take(problems,
			     trf(MSG_CHECK_FOREIGN_KEY,
				 (const char *)sqlite3_column_text(s, 0),
				 (long long)sqlite3_column_int64(s, 1),
				 (const char *)sqlite3_column_text(s, 2)));
		found = 1;
	}
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	s = db_stmt(st,
		    "SELECT 1 FROM sqlite_schema WHERE type = ? AND name = ?",
		    cause);
	if (s == NULL)
		return -1;
	for (i = 0; i < ILP_ARRAY_LEN(store_expected); i++) {
		db_bind_text(s, 1, store_expected[i][0]);
		db_bind_text(s, 2, store_expected[i][1]);
		if (sqlite3_step(s) != SQLITE_ROW) {
			strlist_take(problems, trf(MSG_CHECK_MISSING_OBJECT,
						   store_expected[i][0],
						   store_expected[i][1]));
			found = 1;
		}
		db_done(s);
	}
	return found;
}

int
store_backup(struct store *st, const char *dest, char **cause)
{
	struct stat sb;
	sqlite3 *out = NULL;
	sqlite3_backup *b;
	mode_t mode = 0600;
	int fd, rc;

	if (stat(st->path, &sb) == 0 && (sb.st_mode & S_IWGRP))
		mode = 0660;
	fd = open(dest, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
	if (fd < 0) {
		if (errno == EEXIST)
			*cause = trf(MSG_BACKUP_EXISTS, dest);
		else
			*cause = trf(MSG_BACKUP_CANNOT_CREATE, dest,
				     strerror(errno));
		return -1;
	}
	(void)fchmod(fd, mode);
	close(fd);
	rc = sqlite3_open_v2(dest, &out, SQLITE_OPEN_READWRITE, NULL);
	if (rc == SQLITE_OK) {
		b = sqlite3_backup_init(out, "main", st->db, "main");
		if (b == NULL) {
			rc = sqlite3_errcode(out);
		} else {
			rc = sqlite3_backup_step(b, -1);
			sqlite3_backup_finish(b);
			rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
		}
	}
	if (rc != SQLITE_OK) {
		*cause = trf(MSG_BACKUP_CANNOT_CREATE, dest,
			     out != NULL ? sqlite3_errmsg(out)
					 : sqlite3_errstr(rc));
		sqlite3_close_v2(out);
		(void)unlink(dest);
		return -1;
	}
	/* The copy is self-contained: no -wal beside it. */
	rc = sqlite3_exec(out, "PRAGMA journal_mode = DELETE", NULL, NULL,
			  NULL);
	sqlite3_close_v2(out);
	(void)chmod(dest, mode);
	return 0;
}

int
store_counts(struct store *st, struct store_counts *c, char **cause)
{
	static const char *const sql[] = {
		"SELECT count(*) FROM posyandu",
		"SELECT count(*) FROM household",
		"SELECT count(*) FROM person",
		"SELECT count(*) FROM account",
		"SELECT count(*) FROM audit",
	};
	long *dst[] = {&c->posyandu, &c->households, &c->persons, &c->accounts,
		       &c->audit_rows};
	size_t i;

	for (i = 0; i < ILP_ARRAY_LEN(sql); i++) {
		sqlite3_stmt *s = db_stmt(st, sql[i], cause);
		int rc;

		if (s == NULL)
			return -1;
		rc = sqlite3_step(s);
		*dst[i] =
			rc == SQLITE_ROW ? (long)sqlite3_column_int64(s, 0) : 0;
		db_done(s);
		if (rc != SQLITE_ROW) {
			*cause = db_error(st, rc);
			return -1;
		}
	}
	return 0;
}
