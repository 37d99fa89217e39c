/*
 * store/account: accounts and logging in. Hashing (tens of milliseconds)
 * happens before BEGIN IMMEDIATE so the write lock is held only for the
 * few statements that change the row and the audit log.
 */
#include "store/account.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/validate.h"
#include "crypto.h"
#include "internal.h"

#define ACCOUNT_COLUMNS                                                        \
	"a.id, a.username, a.full_name, a.role, a.posyandu_id, p.name, "       \
	"a.active, a.failed_count, a.locked_until, a.last_login_at, "          \
	"a.version, a.pwhash, a.last_failed_at "

void
account_free(struct account *a)
{
	if (a == NULL)
		return;
	free(a->id);
	free(a->username);
	free(a->full_name);
	free(a->posyandu_id);
	free(a->posyandu_name);
	free(a->last_login_at);
	memset(a, 0, sizeof *a);
}

void
account_list_free(struct account *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		account_free(&v[i]);
	free(v);
}

static void
account_from_row(sqlite3_stmt *s, void *elem)
{
	struct account *a = elem;
	char *role = db_col_text0(s, 3);
	char *locked = db_col_text(s, 8);

	memset(a, 0, sizeof *a);
	a->id = db_col_text0(s, 0);
	a->username = db_col_text0(s, 1);
	a->full_name = db_col_text0(s, 2);
	if (role_parse(role, &a->role) < 0)
		a->role = ROLE_KADER;
	a->posyandu_id = db_col_text(s, 4);
	a->posyandu_name = db_col_text(s, 5);
	a->active = (int)db_col_int(s, 6, 1);
	a->failed_count = (int)db_col_int(s, 7, 0);
	a->locked_until = locked != NULL ? db_time_parse(locked) : 0;
	if (a->locked_until < 0)
		a->locked_until = 0;
	a->last_login_at = db_col_text(s, 9);
	a->version = db_col_int(s, 10, 1);
	free(role);
	free(locked);
}

static const char account_get_sql[] =
	"SELECT " ACCOUNT_COLUMNS
	"FROM account a LEFT JOIN posyandu p ON p.id = a.posyandu_id "
	"WHERE a.username = ?";

/* Reads the row, plus its hash and last failure time when asked. */
static int
account_load(struct store *st, const char *username, struct account *out,
	     char **pwhash, long long *last_failed, char **cause)
{
	sqlite3_stmt *s = db_stmt(st, account_get_sql, cause);
	int rc;

	if (s == NULL)
		return -1;
	db_bind_text(s, 1, username);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		account_from_row(s, out);
		if (pwhash != NULL)
			*pwhash = db_col_text0(s, 11);
		if (last_failed != NULL) {
			char *t = db_col_text(s, 12);

			*last_failed = t != NULL ? db_time_parse(t) : 0;
			free(t);
		}
		db_done(s);
		return 1;
	}
	db_done(s);
	if (rc == SQLITE_DONE)
		return 0;
	*cause = db_error(st, rc);
	return -1;
}

int
store_account_get(struct store *st, const char *username, struct account *out,
		  char **cause)
{
	return account_load(st, username, out, NULL, NULL, cause);
}

/* Runs one bound statement to completion; 0 or -1 with *cause. */
static int
account_step(struct store *st, sqlite3_stmt *s, char **cause)
{
	int rc = sqlite3_step(s);

	db_done(s);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		*cause = db_error(st, rc);
		return -1;
	}
	return 0;
}

static int
account_audit(struct store *st, const char *actor, const char *action,
	      const char *row_id, const char *summary, char **cause)
{
	sqlite3_stmt *s = db_stmt(st,
				  "INSERT INTO audit (actor, action, tbl, "
				  "row_id, summary) VALUES (?, ?, 'account', "
				  "?, ?)",
				  cause);

	if (s == NULL)
		return -1;
	db_bind_text(s, 1, actor);
	db_bind_text(s, 2, action);
	db_bind_text(s, 3, row_id != NULL ? row_id : "");
	db_bind_text(s, 4, summary != NULL ? summary : "");
	return account_step(st, s, cause);
}

/* Records a failed attempt (and maybe the lock) in one transaction. */
static int
account_fail(struct store *st, const struct account *a,
	     const struct account_policy *pol, time_t now, int failures,
	     struct account_login *res, char **cause)
{
	sqlite3_stmt *s;
	char nowt[21], until[21];
	char *summary;
	long long locked = 0;

	if (failures >= pol->max_failed_logins)
		locked = (long long)now + (long long)pol->lockout_minutes * 60;
	db_time_text((long long)now, nowt);
	if (db_begin(st, cause) < 0)
		return -1;
	s = db_stmt(st,
		    "UPDATE account SET failed_count = ?, last_failed_at = ?, "
		    "locked_until = ? WHERE id = ?",
		    cause);
	if (s == NULL)
		goto fail;
	db_bind_int(s, 1, failures);
	db_bind_text(s, 2, nowt);
	if (locked != 0) {
		db_time_text(locked, until);
		db_bind_text(s, 3, until);
	} else {
		db_bind_text(s, 3, NULL);
	}
	db_bind_text(s, 4, a->id);
	if (account_step(st, s, cause) < 0)
		goto fail;
	summary =
		xasprintf("failure %d of %d", failures, pol->max_failed_logins);
	if (account_audit(st, a->username, "login_failed", a->id, summary,
			  cause) < 0) {
		free(summary);
		goto fail;
	}
	free(summary);
	if (locked != 0) {
		summary = xasprintf("locked until %s after %d failed logins",
				    until, failures);
		if (account_audit(st, a->username, "lock", a->id, summary,
				  cause) < 0) {
			free(summary);
			goto fail;
		}
		free(summary);
	}
	if (db_commit(st, cause) < 0)
		return -1;
	res->result = LOGIN_BAD;
	res->failures = failures;
	res->just_locked = locked != 0;
	res->locked_until = locked;
	res->wait_seconds =
		locked != 0 ? 0
			    : account_login_delay(failures,
						  pol->login_delay_seconds);
	return 0;
fail:
	db_rollback(st);
	return -1;
}

static int
account_succeed(struct store *st, const struct account *a, time_t now,
		char **cause)
{
	sqlite3_stmt *s;
	char nowt[21];

	db_time_text((long long)now, nowt);
	if (db_begin(st, cause) < 0)
		return -1;
	s = db_stmt(st,
		    "UPDATE account SET failed_count = 0, last_failed_at = "
		    "NULL, locked_until = NULL, last_login_at = ? WHERE id = ?",
		    cause);
	if (s == NULL)
		goto fail;
	db_bind_text(s, 1, nowt);
	db_bind_text(s, 2, a->id);
	if (account_step(st, s, cause) < 0 ||
	    account_audit(st, a->username, "login", a->id, "", cause) < 0)
		goto fail;
	return db_commit(st, cause);
fail:
	db_rollback(st);
	return -1;
}

static int
account_unknown(struct store *st, const char *username, const char *password,
		struct account_login *res, char **cause)
{
	char *summary;
	char name[ACCOUNT_USERNAME_MAX + 1];
	size_t i;
	int rc;

	crypto_verify_dummy(password);
	/* Keep only printable ASCII of what was typed, for the log. */
	for (i = 0; i < sizeof name - 1 && username[i] != '\0'; i++)
		name[i] = username[i] > 0x20 && username[i] < 0x7f ? username[i]
								   : '?';
	name[i] = '\0';
	summary = xasprintf("unknown user '%s'", name);
	if (db_begin(st, cause) < 0) {
		free(summary);
		return -1;
	}
	rc = account_audit(st, "-", "login_failed", "", summary, cause);
	free(summary);
	if (rc < 0 || db_commit(st, cause) < 0) {
		db_rollback(st);
		return -1;
	}
	res->result = LOGIN_BAD;
	return 0;
}

int
store_account_login(struct store *st, const char *username,
		    const char *password, const struct account_policy *pol,
		    time_t now, struct account_login *res, char **cause)
{
	struct account a;
	char *hash = NULL;
	long long last_failed = 0;
	int found, failures, ok;

	memset(res, 0, sizeof *res);
	*cause = NULL;
	found = account_load(st, username, &a, &hash, &last_failed, cause);
	if (found < 0) {
		res->result = LOGIN_ERROR;
		return -1;
	}
	if (found == 0)
		return account_unknown(st, username, password, res, cause);

	failures = a.failed_count;
	if (a.locked_until != 0 && a.locked_until > (long long)now) {
		res->result = LOGIN_LOCKED;
		res->locked_until = a.locked_until;
		res->failures = failures;
		goto out;
	}
	if (a.locked_until != 0)
		failures = 0; /* the lock has run out: a fresh start */
	if (failures > 0 && last_failed > 0) {
		long long ready =
			last_failed +
			account_login_delay(failures, pol->login_delay_seconds);

		if (ready > (long long)now) {
			res->result = LOGIN_WAIT;
			res->failures = failures;
			res->wait_seconds = (long)(ready - (long long)now);
			goto out;
		}
	}
	ok = crypto_verify_password(hash, password);
	if (!ok) {
		if (account_fail(st, &a, pol, now, failures + 1, res, cause) <
		    0)
			res->result = LOGIN_ERROR;
		goto out;
	}
	if (!a.active) {
		res->result = LOGIN_INACTIVE;
		goto out;
	}
	if (account_succeed(st, &a, now, cause) < 0) {
		res->result = LOGIN_ERROR;
		goto out;
	}
	{
		struct store_actor actor;

		actor.id = a.id;
		actor.username = a.username;
		actor.full_name = a.full_name;
		actor.role = a.role;
		actor.posyandu_id = a.posyandu_id;
		store_set_actor(st, &actor);
	}
	res->result = LOGIN_OK;
out:
	str_wipe_free(hash);
	account_free(&a);
	return res->result == LOGIN_ERROR ? -1 : 0;
}

void
store_account_logout(struct store *st)
{
	char *cause = NULL;

	if (st->has_actor && st->actor.id != NULL) {
		if (store_audit_event(st, "logout", "account", st->actor.id, "",
				      &cause) < 0)
			free(cause);
	}
	store_clear_actor(st);
}

/* Resolves a posyandu code to its id; 1 found, 0 not, -1 error. */
static int
account_posyandu_id(struct store *st, const char *code, char **id, char **cause)
{
	sqlite3_stmt *s =
		db_stmt(st, "SELECT id FROM posyandu WHERE code = ?", cause);
	int rc;

	if (s == NULL)
		return -1;
	db_bind_text(s, 1, code);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*id = db_col_text0(s, 0);
	db_done(s);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	*cause = db_error(st, rc);
	return -1;
}

/*
 * A staff member's full name is free text (titles such as "A.Md.Keb"
 * need commas and digits) but, like every stored text, at most 100
 * characters without control characters that would scramble a screen.
 */
static int
account_full_name(const char *in, char **out, char **cause)
{
	char *why = NULL;

	if (validate_text(in != NULL ? in : "", 100, 0, out, &why) < 0) {
		*cause = trf(MSG_ACCOUNT_FULL_NAME_BAD, why);
		free(why);
		return -1;
	}
	return 0;
}

int
store_account_add(struct store *st, const char *username, const char *full_name,
		  enum role role, const char *posyandu_code,
		  const char *password, const struct account_policy *pol,
		  char **cause)
{
	char hash[CRYPTO_HASH_MAX];
	char id[37], nowt[21];
	char *posyandu_id = NULL, *name = NULL;
	sqlite3_stmt *s;
	struct account existing;
	int rc = -1, found;

	*cause = NULL;
	if (db_require(st, PERM_MANAGE_USERS, cause) < 0 ||
	    account_check_username(username, cause) < 0 ||
	    account_check_password(password, username, pol->min_password_length,
				   cause) < 0)
		return -1;
	if (account_full_name(full_name, &name, cause) < 0)
		return -1;
	found = store_account_get(st, username, &existing, cause);
	if (found < 0)
		goto out;
	if (found) {
		account_free(&existing);
		*cause = trf(MSG_ACCOUNT_EXISTS, username);
		goto out;
	}
	if (!str_empty(posyandu_code)) {
		found = account_posyandu_id(st, posyandu_code, &posyandu_id,
					    cause);
		if (found < 0)
			goto out;
		if (found == 0) {
			*cause = trf(MSG_POSYANDU_UNKNOWN, posyandu_code);
			goto out;
		}
	} else if (role == ROLE_KADER) {
		*cause = xstrdup(tr(MSG_ACCOUNT_KADER_POSYANDU));
		goto out;
	}
	if (crypto_hash_password(password, pol->pwhash_memory_mib,
				 pol->pwhash_ops, hash) < 0) {
		*cause = xstrdup(tr(MSG_ACCOUNT_HASH_FAILED));
		goto out;
	}
	db_new_id(id);
	db_now_text(nowt);
	if (db_begin(st, cause) < 0)
		goto out;
	s = db_stmt(st,
		    "INSERT INTO account (id, username, full_name, role, "
		    "posyandu_id, pwhash, created_at, created_by, updated_at, "
		    "updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
		    "app_user(), ?7, app_user())",
		    cause);
	if (s == NULL) {
		db_rollback(st);
		goto out;
	}
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, username);
	db_bind_text(s, 3, name);
	db_bind_text(s, 4, role_code(role));
	db_bind_text(s, 5, posyandu_id);
	db_bind_text(s, 6, hash);
	db_bind_text(s, 7, nowt);
	if (account_step(st, s, cause) < 0) {
		db_rollback(st);
		goto out;
	}
	rc = db_commit(st, cause);
out:
	crypto_wipe(hash, sizeof hash);
	free(posyandu_id);
	free(name);
	return rc;
}

static void
account_free_elem(void *a)
{
	account_free(a);
}

int
store_account_list(struct store *st, struct account **out, size_t *n,
		   char **cause)
{
	sqlite3_stmt *s;

	*out = NULL;
	*n = 0;
	s = db_stmt(st,
		    "SELECT " ACCOUNT_COLUMNS
		    "FROM account a LEFT JOIN posyandu p ON p.id = "
		    "a.posyandu_id ORDER BY a.username",
		    cause);
	if (s == NULL)
		return -1;
	return db_collect(st, s, sizeof **out, account_from_row,
			  account_free_elem, (void **)out, n, cause);
}

/* Loads the target account, failing with a message when it is missing. */
static int
account_target(struct store *st, const char *username, struct account *a,
	       char **cause)
{
	int found = store_account_get(st, username, a, cause);

	if (found < 0)
		return -1;
	if (found == 0) {
		*cause = trf(MSG_ACCOUNT_UNKNOWN, username);
		return -1;
	}
	return 0;
}

/*
 * One UPDATE of the account row plus an optional audit event. The SQL
 * uses ?1 id, ?2 now, ?3 text and ?4 num as it needs; binding a
 * parameter the statement lacks is harmless (SQLITE_RANGE, ignored).
 */
static int
account_update(struct store *st, const char *sql, const struct account *a,
	       const char *text, long long num, const char *action,
	       const char *summary, char **cause)
{
	sqlite3_stmt *s;
	char nowt[21];

	db_now_text(nowt);
	if (db_begin(st, cause) < 0)
		return -1;
	s = db_stmt(st, sql, cause);
	if (s == NULL)
		goto fail;
	db_bind_text(s, 1, a->id);
	db_bind_text(s, 2, nowt);
	db_bind_text(s, 3, text);
	db_bind_int(s, 4, num);
	if (account_step(st, s, cause) < 0)
		goto fail;
	if (action != NULL && account_audit(st, st->actor.username, action,
					    a->id, summary, cause) < 0)
		goto fail;
	return db_commit(st, cause);
fail:
	db_rollback(st);
	return -1;
}

int
store_account_set_password(struct store *st, const char *username,
			   const char *old_password, const char *new_password,
			   const struct account_policy *pol, char **cause)
{
	struct account a;
	char hash[CRYPTO_HASH_MAX];
	char *old_hash = NULL;
	int self, rc = -1, found;

	*cause = NULL;
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	self = str_eq(st->actor.username, username);
	if (!self && db_require(st, PERM_MANAGE_USERS, cause) < 0)
		return -1;
	found = account_load(st, username, &a, &old_hash, NULL, cause);
	if (found <= 0) {
		if (found == 0)
			*cause = trf(MSG_ACCOUNT_UNKNOWN, username);
		return -1;
	}
	if (self && !role_can(st->actor.role, PERM_MANAGE_USERS) &&
	    !crypto_verify_password(old_hash, old_password)) {
		*cause = xstrdup(tr(MSG_PASSWORD_OLD_WRONG));
		goto out;
	}
	if (account_check_password(new_password, username,
				   pol->min_password_length, cause) < 0)
		goto out;
	if (crypto_hash_password(new_password, pol->pwhash_memory_mib,
				 pol->pwhash_ops, hash) < 0) {
		*cause = xstrdup(tr(MSG_ACCOUNT_HASH_FAILED));
		goto out;
	}
	rc = account_update(st,
			    "UPDATE account SET pwhash = ?3, version = version "
			    "+ 1, updated_at = ?2, updated_by = app_user() "
			    "WHERE id = ?1",
			    &a, hash, 0, NULL, NULL, cause);
	crypto_wipe(hash, sizeof hash);
out:
	str_wipe_free(old_hash);
	account_free(&a);
	return rc;
}

int
store_account_lock(struct store *st, const char *username, char **cause)
{
	struct account a;
	char until[21];
	int rc;

	*cause = NULL;
	if (db_require(st, PERM_MANAGE_USERS, cause) < 0 ||
	    account_target(st, username, &a, cause) < 0)
		return -1;
	if (str_eq(a.username, st->actor.username)) {
		account_free(&a);
		*cause = xstrdup(tr(MSG_ACCOUNT_NOT_SELF));
		return -1;
	}
	db_time_text(ACCOUNT_LOCKED_FOREVER, until);
	rc = account_update(st,
			    "UPDATE account SET locked_until = ?3, "
			    "updated_at = ?2, updated_by = app_user() "
			    "WHERE id = ?1",
			    &a, until, 0, "lock", "locked by an admin", cause);
	account_free(&a);
	return rc;
}

int
store_account_unlock(struct store *st, const char *username, char **cause)
{
	struct account a;
	int rc;

	*cause = NULL;
	if (db_require(st, PERM_MANAGE_USERS, cause) < 0 ||
	    account_target(st, username, &a, cause) < 0)
		return -1;
	rc = account_update(st,
			    "UPDATE account SET locked_until = ?3, "
			    "failed_count = ?4, last_failed_at = NULL, "
			    "updated_at = ?2, updated_by = app_user() "
			    "WHERE id = ?1",
			    &a, NULL, 0, "unlock", "unlocked by an admin",
			    cause);
	account_free(&a);
	return rc;
}

int
store_account_set_active(struct store *st, const char *username, int active,
			 char **cause)
{
	struct account a;
	int rc;

	*cause = NULL;
	if (db_require(st, PERM_MANAGE_USERS, cause) < 0 ||
	    account_target(st, username, &a, cause) < 0)
		return -1;
	if (!active && str_eq(a.username, st->actor.username)) {
		account_free(&a);
		*cause = xstrdup(tr(MSG_ACCOUNT_NOT_SELF));
		return -1;
	}
	rc = account_update(st,
			    "UPDATE account SET active = ?4, version = "
			    "version + 1, updated_at = ?2, updated_by = "
			    "app_user() WHERE id = ?1",
			    &a, NULL, active ? 1 : 0, NULL, NULL, cause);
	account_free(&a);
	return rc;
}

int
store_account_count_admins(struct store *st, long *n, char **cause)
{
	sqlite3_stmt *s = db_stmt(st,
				  "SELECT count(*) FROM account WHERE role = "
				  "'admin' AND active = 1",
				  cause);
	int rc;

	if (s == NULL)
		return -1;
	rc = sqlite3_step(s);
	*n = rc == SQLITE_ROW ? (long)sqlite3_column_int64(s, 0) : 0;
	db_done(s);
	if (rc != SQLITE_ROW) {
		*cause = db_error(st, rc);
		return -1;
	}
	return 0;
}
