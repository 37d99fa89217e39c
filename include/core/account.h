/*
 * account: roles and what each may do (DESIGN.md §5), and the rules for
 * user names and passwords. Pure C: the store enforces these rules on
 * every path (UI and CLI alike) by calling the functions here.
 */
#ifndef ILP_CORE_ACCOUNT_H
#define ILP_CORE_ACCOUNT_H

enum role { ROLE_KADER = 0, ROLE_NAKES = 1, ROLE_ADMIN = 2 };

/* Things a role may or may not do. */
enum perm {
	PERM_MANAGE_USERS,     /* add, lock, unlock accounts; reset passwords */
	PERM_ALL_POSYANDU,     /* see and edit every posyandu, not only one */
	PERM_EDIT_REGISTER,    /* households, persons, pregnancies */
	PERM_RECORD_DOSE,      /* record an immunisation dose */
	PERM_VOID_RECORD,      /* void a dose, visit or screening */
	PERM_CONFIRM_REFERRAL, /* record a referral's outcome */
	PERM_EXPORT /* CSV exports and reports for the whole area; without
		       it, only one's own posyandu (doc/security.md) */
};

#define ACCOUNT_USERNAME_MAX 32
#define ACCOUNT_PASSWORD_MAX 128

/* "kader", "nakes", "admin". */
const char *role_code(enum role r);
/* The role's name in the current language ("Bidan/perawat"). */
const char *role_name(enum role r);
/* Parses a role code; returns 0 or -1. */
int role_parse(const char *code, enum role *out);
/* 1 when role r may do p. */
int role_can(enum role r, enum perm p);

/*
 * A user name is 2-32 characters of a-z, 0-9, '.', '_' and '-', starting
 * with a letter. Returns 0, or -1 with an allocated *cause.
 */
int account_check_username(const char *name, char **cause);
/*
 * A password is min_len..128 bytes, not only blanks, and not the user
 * name. Returns 0, or -1 with an allocated *cause.
 */
int account_check_password(const char *password, const char *username,
			   int min_len, char **cause);
/*
 * Seconds a user must wait after `failures` consecutive failed logins
 * before trying again: delay_seconds * failures (0 when failures is 0).
 */
long account_login_delay(int failures, int delay_seconds);

#endif
