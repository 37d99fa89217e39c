/*
 * The catalogue: every message exists in both languages, is ASCII (so it
 * shows under LANG=C and on any terminal), and both languages use the
 * same printf conversions in the same order (trf() formats whichever
 * language is chosen with the same arguments).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"

/* The conversions of a format, e.g. "%s %ld %%" -> "s ld". */
static void
conversions(const char *fmt, char *out, size_t size)
{
	size_t j = 0;
	const char *p;

	for (p = fmt; *p != '\0'; p++) {
		if (*p != '%')
			continue;
		p++;
		if (*p == '%')
			continue;
		while (*p != '\0' && strchr("-+ #0123456789.*", *p) != NULL)
			p++;
		while (*p != '\0' && strchr("hlqjzt", *p) != NULL) {
			if (j + 2 < size)
				out[j++] = *p;
			p++;
		}
		if (*p == '\0')
			break;
		if (j + 2 < size) {
			out[j++] = *p;
			out[j++] = ' ';
		}
	}
	out[j] = '\0';
}

static void
test_both_languages_match(void **state)
{
	int id;
	char a[128], b[128];

	(void)state;
	for (id = 0; id < MSG_COUNT_; id++) {
		const char *id_text = tr_lang(I18N_ID, (enum msg_id)id);
		const char *en_text = tr_lang(I18N_EN, (enum msg_id)id);

		assert_non_null(id_text);
		assert_non_null(en_text);
		conversions(id_text, a, sizeof a);
		conversions(en_text, b, sizeof b);
		if (strcmp(a, b) != 0)
			fail_msg("%s: conversions differ: '%s' vs '%s'",
				 i18n_msg_name((enum msg_id)id), a, b);
	}
}

static void
test_ascii_only(void **state)
{
	int id, lang;
	const unsigned char *p;

	(void)state;
	for (lang = 0; lang < 2; lang++) {
		for (id = 0; id < MSG_COUNT_; id++) {
			for (p = (const unsigned char *)tr_lang(
				     (enum i18n_lang)lang, (enum msg_id)id);
			     *p != '\0'; p++)
				if (*p >= 0x80)
					fail_msg(
						"%s is not ASCII",
						i18n_msg_name((enum msg_id)id));
		}
	}
}

static void
test_language_switch(void **state)
{
	enum i18n_lang l;
	char buf[64];

	(void)state;
	assert_int_equal(i18n_parse_lang("en", &l), 0);
	assert_int_equal(l, I18N_EN);
	assert_int_equal(i18n_parse_lang("jw", &l), -1);
	i18n_set_lang(I18N_EN);
	assert_string_equal(tr(MSG_YES), "yes");
	trn(buf, sizeof buf, MSG_NUMBER_RANGE, 1L, 9L);
	assert_string_equal(buf, "must be a number from 1 to 9");
	i18n_set_lang(I18N_ID);
	assert_string_equal(tr(MSG_YES), "ya");
	assert_string_equal(i18n_msg_name(MSG_YES), "YES");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_both_languages_match),
		cmocka_unit_test(test_ascii_only),
		cmocka_unit_test(test_language_switch),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
