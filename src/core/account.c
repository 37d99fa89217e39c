/*
 * account: role permissions and credential rules, in one table each so
 * the menus, the store and the tests read the same answer.
 */
#include "core/account.h"

#include <string.h>

#include "core/i18n.h"
#include "util.h"

static const char *const account_role_codes[] = {"kader", "nakes", "admin"};

/* Rows: perm; columns: kader, nakes, admin. */
static const unsigned char account_perms[][3] = {
	[PERM_MANAGE_USERS] = {0, 0, 1},  [PERM_ALL_POSYANDU] = {0, 1, 1},
	[PERM_EDIT_REGISTER] = {1, 1, 1}, [PERM_RECORD_DOSE] = {1, 1, 1},
	[PERM_VOID_RECORD] = {0, 1, 1},   [PERM_CONFIRM_REFERRAL] = {1, 1, 1},
	[PERM_EXPORT] = {0, 1, 1},
};

const char *
role_code(enum role r)
{
	if ((unsigned)r >= ILP_ARRAY_LEN(account_role_codes))
		return "?";
	return account_role_codes[r];
}

const char *
role_name(enum role r)
{
	switch (r) {
	case ROLE_KADER:
		return tr(MSG_ROLE_KADER);
	case ROLE_NAKES:
		return tr(MSG_ROLE_NAKES);
	case ROLE_ADMIN:
		return tr(MSG_ROLE_ADMIN);
	}
	return "?";
}

int
role_parse(const char *code, enum role *out)
{
	size_t i;

	for (i = 0; i < ILP_ARRAY_LEN(account_role_codes); i++) {
		if (str_eq(code, account_role_codes[i])) {
			*out = (enum role)i;
			return 0;
		}
	}
	return -1;
}

int
role_can(enum role r, enum perm p)
{
	if ((unsigned)r > ROLE_ADMIN ||
	    (unsigned)p >= ILP_ARRAY_LEN(account_perms))
		return 0;
	return account_perms[p][r];
}

int
account_check_username(const char *name, char **cause)
{
	size_t i, len = name != NULL ? strlen(name) : 0;

	*cause = NULL;
	if (len < 2 || len > ACCOUNT_USERNAME_MAX) {
		*cause = trf(MSG_USERNAME_LENGTH, ACCOUNT_USERNAME_MAX);
		return -1;
	}
	if (!(name[0] >= 'a' && name[0] <= 'z')) {
		*cause = xstrdup(tr(MSG_USERNAME_FIRST));
		return -1;
	}
	for (i = 0; i < len; i++) {
		char c = name[i];

		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		      c == '.' || c == '_' || c == '-')) {
			*cause = xstrdup(tr(MSG_USERNAME_CHARS));
			return -1;
		}
	}
	return 0;
}

int
account_check_password(const char *pw, const char *username, int min_len,
		       char **cause)
{
	size_t i, len = pw != NULL ? strlen(pw) : 0;
	int blank = 1;

	*cause = NULL;
	if (len < (size_t)min_len) {
		*cause = trf(MSG_PASSWORD_SHORT, min_len);
		return -1;
	}
	if (len > ACCOUNT_PASSWORD_MAX) {
		*cause = trf(MSG_PASSWORD_LONG, ACCOUNT_PASSWORD_MAX);
		return -1;
	}
	for (i = 0; i < len; i++) {
		if ((unsigned char)pw[i] < 0x20 || pw[i] == 0x7f) {
			*cause = xstrdup(tr(MSG_PASSWORD_CONTROL));
			return -1;
		}
		if (pw[i] != ' ')
			blank = 0;
	}
	if (blank) {
		*cause = xstrdup(tr(MSG_PASSWORD_BLANK));
		return -1;
	}
	if (username != NULL && str_eq_ci(pw, username)) {
		*cause = xstrdup(tr(MSG_PASSWORD_IS_USERNAME));
		return -1;
	}
	return 0;
}

long
account_login_delay(int failures, int delay_seconds)
{
	if (failures <= 0 || delay_seconds <= 0)
		return 0;
	return (long)failures * delay_seconds;
}
