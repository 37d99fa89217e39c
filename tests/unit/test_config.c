/* config: defaults, loading, every kind of bad file, the search order. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "config.h"
#include "core/i18n.h"
#include "helpers/testdb.h"
#include "util.h"

static int
has(const struct strlist *l, const char *needle)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strstr(l->v[i], needle) != NULL)
			return 1;
	return 0;
}

static void
test_defaults(void **state)
{
	struct settings s;

	(void)state;
	config_defaults(&s);
	assert_string_equal(s.db_path, "/var/lib/ilp/ilp.db");
	assert_int_equal(s.busy_timeout_ms, 5000);
	assert_int_equal(s.max_failed_logins, 5);
	assert_int_equal(s.lockout_minutes, 15);
	assert_int_equal(s.min_password_length, 8);
	assert_int_equal(s.pwhash_memory_mib, 64);
	assert_int_equal(s.lang, I18N_ID);
	assert_int_equal(s.group_access, 0);
	config_free(&s);
}

static void
test_load_values(void **state)
{
	char *dir = testdb_mkdtemp();
	char *p =
		testdb_write_file(dir, "ilp.ini",
				  "; a comment\n"
				  "[database]\npath = /data/ilp.db\n"
				  "busy_timeout_ms = 8000\ngroup_access = yes\n"
				  "[app]\nlanguage = en\ntheme = mono\n"
				  "posyandu = MAWAR\n"
				  "[security]\nmax_failed_logins = 3\n");
	struct settings s;
	struct strlist err, warn;

	(void)state;
	strlist_init(&err);
	strlist_init(&warn);
	config_defaults(&s);
	assert_int_equal(config_load_file(&s, p, &err, &warn), 0);
	assert_int_equal(err.n, 0);
	assert_int_equal(warn.n, 0);
	assert_string_equal(s.db_path, "/data/ilp.db");
	assert_int_equal(s.busy_timeout_ms, 8000);
	assert_int_equal(s.group_access, 1);
	assert_int_equal(s.lang, I18N_EN);
	assert_int_equal(s.theme, CONFIG_THEME_MONO);
	assert_string_equal(s.posyandu, "MAWAR");
	assert_int_equal(s.max_failed_logins, 3);
	config_free(&s);
	strlist_done(&err);
	strlist_done(&warn);
	free(p);
	testdb_rmtree(dir);
	free(dir);
}

static void
test_bad_values_all_reported(void **state)
{
	char *dir = testdb_mkdtemp();
	char *p = testdb_write_file(dir, "ilp.ini",
				    "[database]\nbusy_timeout_ms = 10\n"
				    "[app]\ntheme = pink\nposyandu = a b\n"
				    "[security]\nmax_failed_logins = many\n"
				    "lockout_minutes = -5\n"
				    "[app]\nfont = big\n"
				    "[extra]\nx = 1\n");
	struct settings s;
	struct strlist err, warn;

	(void)state;
	i18n_set_lang(I18N_EN);
	strlist_init(&err);
	strlist_init(&warn);
	config_defaults(&s);
	assert_int_equal(config_load_file(&s, p, &err, &warn), -1);
	assert_int_equal(err.n, 5);
	assert_true(has(&err, "[database] busy_timeout_ms: invalid value "
			      "'10'; allowed: a whole number from 1000 to "
			      "60000"));
	assert_true(has(&err, "[app] theme: invalid value 'pink'; allowed: "
			      "one of auto, color, mono"));
	assert_true(has(&err, "[app] posyandu: invalid value 'a b'"));
	assert_true(has(&err, "max_failed_logins: invalid value 'many'"));
	assert_true(has(&err, "lockout_minutes: invalid value '-5'"));
	assert_true(has(&err, p)); /* every message names the file */
	assert_true(has(&warn, "[app] font: unknown key"));
	assert_true(has(&warn, "[extra]: unknown section"));
	/* the defaults stay where the value was bad */
	assert_int_equal(s.busy_timeout_ms, 5000);
	i18n_set_lang(I18N_ID);
	config_free(&s);
	strlist_done(&err);
	strlist_done(&warn);
	free(p);
	testdb_rmtree(dir);
	free(dir);
}

static void
test_unreadable_and_binary(void **state)
{
	char *dir = testdb_mkdtemp();
	char *missing = xasprintf("%s/none.ini", dir);
	char *bin = testdb_write_file(dir, "bin.ini", "[app]\nx\001y = 1\n");
	struct settings s;
	struct strlist err, warn;

	(void)state;
	strlist_init(&err);
	strlist_init(&warn);
	config_defaults(&s);
	assert_int_equal(config_load_file(&s, missing, &err, &warn), -1);
	assert_true(has(&err, "tidak bisa dibaca"));
	assert_int_equal(config_load_file(&s, bin, &err, &warn), -1);
	assert_true(has(&err, "bukan berkas teks"));
	assert_int_equal(config_load_file(&s, dir, &err, &warn), -1);
	config_free(&s);
	strlist_done(&err);
	strlist_done(&warn);
	free(missing);
	free(bin);
	testdb_rmtree(dir);
	free(dir);
}

static void
test_search_order(void **state)
{
	char *dir = testdb_mkdtemp();
	char *xdg = xasprintf("%s/xdg", dir);
	char *xdg_ilp = xasprintf("%s/xdg/ilp", dir);
	char *env, *opt, *inxdg;
	struct settings s;
	struct strlist err, warn;
	enum config_source src;

	(void)state;
	assert_int_equal(mkdir(xdg, 0700), 0);
	assert_int_equal(mkdir(xdg_ilp, 0700), 0);
	inxdg = testdb_write_file(xdg_ilp, "ilp.ini", "[app]\ntheme = mono\n");
	env = testdb_write_file(dir, "env.ini", "[app]\ntheme = color\n");
	opt = testdb_write_file(dir, "opt.ini", "[app]\ntheme = auto\n");
	strlist_init(&err);
	strlist_init(&warn);
	setenv("XDG_CONFIG_HOME", xdg, 1);
	setenv("ILP_CONFIG", env, 1);
	assert_int_equal(config_load(&s, opt, -1, &err, &warn, &src), 0);
	assert_int_equal(src, CONFIG_SRC_OPTION);
	assert_int_equal(s.theme, CONFIG_THEME_AUTO);
	config_free(&s);
	assert_int_equal(config_load(&s, NULL, -1, &err, &warn, &src), 0);
	assert_int_equal(src, CONFIG_SRC_ENV);
	assert_int_equal(s.theme, CONFIG_THEME_COLOR);
	config_free(&s);
	unsetenv("ILP_CONFIG");
	assert_int_equal(config_load(&s, NULL, -1, &err, &warn, &src), 0);
	assert_int_equal(src, CONFIG_SRC_XDG);
	assert_int_equal(s.theme, CONFIG_THEME_MONO);
	/* data files are looked for beside the ilp.ini in use first */
	{
		char *d = config_data_path(&s, "imunisasi.ini");

		assert_true(strstr(d, "imunisasi.ini") != NULL);
		free(d);
	}
	config_free(&s);
	unsetenv("XDG_CONFIG_HOME");
	strlist_done(&err);
	strlist_done(&warn);
	free(inxdg);
	free(env);
	free(opt);
	free(xdg);
	free(xdg_ilp);
	testdb_rmtree(dir);
	free(dir);
}

static void
test_shipped_file_is_sound(void **state)
{
	struct settings s;
	struct strlist err, warn;

	(void)state;
	strlist_init(&err);
	strlist_init(&warn);
	config_defaults(&s);
	assert_int_equal(config_load_file(&s, ILP_SOURCE_CONFIG_DIR "/ilp.ini",
					  &err, &warn),
			 0);
	assert_int_equal(err.n, 0);
	assert_int_equal(warn.n, 0);
	assert_int_equal(config_check_data(&s, NULL, &err), 0);
	config_free(&s);
	strlist_done(&err);
	strlist_done(&warn);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_load_values),
		cmocka_unit_test(test_bad_values_all_reported),
		cmocka_unit_test(test_unreadable_and_binary),
		cmocka_unit_test(test_search_order),
		cmocka_unit_test(test_shipped_file_is_sound),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
