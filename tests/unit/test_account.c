/* core/account: roles, permissions, user names, passwords, delays. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "core/account.h"

static void
test_roles(void **state)
{
	enum role r;

	(void)state;
	assert_int_equal(role_parse("kader", &r), 0);
	assert_int_equal(r, ROLE_KADER);
	assert_int_equal(role_parse("nakes", &r), 0);
	assert_int_equal(role_parse("admin", &r), 0);
	assert_int_equal(role_parse("Admin", &r), -1);
	assert_int_equal(role_parse("", &r), -1);
	assert_string_equal(role_code(ROLE_NAKES), "nakes");
}

static void
test_permissions(void **state)
{
	(void)state;
	/* DESIGN.md §5 */
	assert_false(role_can(ROLE_KADER, PERM_MANAGE_USERS));
	assert_false(role_can(ROLE_KADER, PERM_ALL_POSYANDU));
	assert_false(role_can(ROLE_KADER, PERM_VOID_RECORD));
	assert_false(role_can(ROLE_KADER, PERM_EXPORT));
	assert_true(role_can(ROLE_KADER, PERM_EDIT_REGISTER));
	assert_true(role_can(ROLE_NAKES, PERM_VOID_RECORD));
	assert_true(role_can(ROLE_NAKES, PERM_ALL_POSYANDU));
	assert_false(role_can(ROLE_NAKES, PERM_MANAGE_USERS));
	assert_true(role_can(ROLE_ADMIN, PERM_MANAGE_USERS));
	assert_false(role_can((enum role)7, PERM_EDIT_REGISTER));
}

static void
check_name(const char *name, int want)
{
	char *cause = NULL;
	int rc = account_check_username(name, &cause);

	assert_int_equal(rc, want);
	if (want < 0)
		assert_non_null(cause);
	free(cause);
}

static void
test_usernames(void **state)
{
	(void)state;
	check_name("kader1", 0);
	check_name("siti.r", 0);
	check_name("bd_rina-2", 0);
	check_name("a", -1);
	check_name("1kader", -1);
	check_name("Kader", -1);
	check_name("kader 1", -1);
	check_name("kader'1", -1);
	check_name("abcdefghijabcdefghijabcdefghijabc", -1); /* 33 */
	check_name("abcdefghijabcdefghijabcdefghijab", 0);   /* 32 */
	check_name("", -1);
}

static void
check_pw(const char *pw, int want)
{
	char *cause = NULL;
	int rc = account_check_password(pw, "kader1", 8, &cause);

	assert_int_equal(rc, want);
	free(cause);
}

static void
test_passwords(void **state)
{
	char long_pw[200];

	(void)state;
	check_pw("rahasia1", 0);
	check_pw("rahasia", -1); /* 7 */
	check_pw("        ", -1);
	check_pw("KADER1", -1);
	check_pw("kader1", -1);
	check_pw("tab\there1", -1);
	memset(long_pw, 'x', 128);
	long_pw[128] = '\0';
	check_pw(long_pw, 0);
	long_pw[128] = 'x';
	long_pw[129] = '\0';
	check_pw(long_pw, -1);
}

static void
test_delay(void **state)
{
	(void)state;
	assert_int_equal(account_login_delay(0, 1), 0);
	assert_int_equal(account_login_delay(1, 1), 1);
	assert_int_equal(account_login_delay(3, 1), 3);
	assert_int_equal(account_login_delay(3, 2), 6);
	assert_int_equal(account_login_delay(3, 0), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roles),
		cmocka_unit_test(test_permissions),
		cmocka_unit_test(test_usernames),
		cmocka_unit_test(test_passwords),
		cmocka_unit_test(test_delay),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
