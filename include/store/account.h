/*
 * store/account: user accounts, logging in with a growing delay and a
 * lock after repeated failures (reference/reliability.md §4: the failure
 * count lives in the row and changes under BEGIN IMMEDIATE, so parallel
 * SSH logins cannot race), and account management for admins. Passwords
 * are hashed with Argon2id before any transaction starts. No curses.
 */
#ifndef ILP_STORE_ACCOUNT_H
#define ILP_STORE_ACCOUNT_H

#include <time.h>

#include "core/account.h"
#include "store/db.h"

struct account {
	char *id;
	char *username;
	char *full_name;
	enum role role;
	char *posyandu_id;   /* NULL for nakes/admin with the whole area */
	char *posyandu_name; /* for lists; NULL when none */
	int active;
	int failed_count;
	long long locked_until; /* seconds since the epoch; 0 = not locked */
	char *last_login_at;    /* "YYYY-MM-DDTHH:MM:SSZ" or NULL */
	long long version;
};

void account_free(struct account *a);
/* Frees an array from store_account_list(). */
void account_list_free(struct account *v, size_t n);

/* Settings that shape hashing and the login policy (from ilp.ini). */
struct account_policy {
	int min_password_length;
	int max_failed_logins;
	int lockout_minutes;
	int login_delay_seconds;
	int pwhash_memory_mib;
	int pwhash_ops;
};

/* A lock set by an admin lasts until an admin unlocks it. */
#define ACCOUNT_LOCKED_FOREVER 253402300799LL /* 9999-12-31T23:59:59Z */

enum account_login_result {
	LOGIN_OK,
	LOGIN_BAD,      /* wrong name or password; failures counted */
	LOGIN_WAIT,     /* too soon after a failure: wait_seconds */
	LOGIN_LOCKED,   /* locked until locked_until */
	LOGIN_INACTIVE, /* deactivated account */
	LOGIN_ERROR     /* the database failed: *cause */
};

struct account_login {
	enum account_login_result result;
	int failures;           /* consecutive failures after this attempt */
	int just_locked;        /* this attempt locked the account */
	long wait_seconds;      /* LOGIN_BAD/LOGIN_WAIT: before the next try */
	long long locked_until; /* LOGIN_LOCKED or just_locked */
};

/*
 * Checks a user name and password at time now. On success the account's
 * actor is set on the store and the login is audited. Every failure is
 * audited; reaching max_failed_logins locks the account for
 * lockout_minutes (audited as 'lock'). An unknown name costs the same
 * time as a wrong password and gives the same answer. Returns 0 when an
 * answer is in *res (check res->result), -1 with *cause when the
 * database failed.
 */
int store_account_login(struct store *st, const char *username,
			const char *password, const struct account_policy *pol,
			time_t now, struct account_login *res, char **cause);

/* Audits the end of a session and clears the actor. */
void store_account_logout(struct store *st);

/*
 * Adds an account (admin only). posyandu_code is required for a kader,
 * optional otherwise. The password is checked against the policy and
 * hashed. Returns 0, or -1 with *cause (duplicate name, bad role...).
 */
int store_account_add(struct store *st, const char *username,
		      const char *full_name, enum role role,
		      const char *posyandu_code, const char *password,
		      const struct account_policy *pol, char **cause);

/* All accounts, by user name. Returns 0 or -1 with *cause. */
int store_account_list(struct store *st, struct account **out, size_t *n,
		       char **cause);
/* One account by name: 1 found, 0 not found, -1 error. */
int store_account_get(struct store *st, const char *username,
		      struct account *out, char **cause);

/*
 * Sets a new password: an admin for anyone, anyone for themselves (then
 * old_password must match). Returns 0 or -1 with *cause.
 */
int store_account_set_password(struct store *st, const char *username,
			       const char *old_password,
			       const char *new_password,
			       const struct account_policy *pol, char **cause);

/* Admin: lock until unlocked, or unlock (resets the failure count). */
int store_account_lock(struct store *st, const char *username, char **cause);
int store_account_unlock(struct store *st, const char *username, char **cause);
/* Admin: (de)activate an account; an admin cannot deactivate themselves. */
int store_account_set_active(struct store *st, const char *username, int active,
			     char **cause);

/* Number of active admin accounts (to know whether init must ask for one). */
int store_account_count_admins(struct store *st, long *n, char **cause);

#endif
