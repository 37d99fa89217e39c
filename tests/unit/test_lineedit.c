/* lineedit and the display widths behind every text field. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <locale.h>
#include <string.h>

#include "core/lineedit.h"
#include "core/utf8.h"

static void
type(struct lineedit *le, const char *s)
{
	size_t n = strlen(s), i = 0;
	uint32_t cp;

	while (i < n) {
		i += utf8_decode(s + i, n - i, &cp);
		lineedit_insert(le, cp);
	}
}

static void
test_insert_and_move(void **state)
{
	struct lineedit le;

	(void)state;
	lineedit_init(&le, 0);
	type(&le, "Siti");
	assert_string_equal(lineedit_text(&le), "Siti");
	lineedit_key(&le, LINEEDIT_HOME);
	type(&le, "Bu ");
	assert_string_equal(lineedit_text(&le), "Bu Siti");
	lineedit_key(&le, LINEEDIT_END);
	lineedit_key(&le, LINEEDIT_BACKSPACE);
	assert_string_equal(lineedit_text(&le), "Bu Sit");
	lineedit_key(&le, LINEEDIT_HOME);
	lineedit_key(&le, LINEEDIT_DELETE);
	assert_string_equal(lineedit_text(&le), "u Sit");
	assert_int_equal(lineedit_key(&le, LINEEDIT_LEFT), 0); /* at start */
	lineedit_done(&le);
}

static void
test_kills(void **state)
{
	struct lineedit le;

	(void)state;
	lineedit_init(&le, 0);
	type(&le, "Jl. Melati No. 5");
	lineedit_key(&le, LINEEDIT_KILL_WORD);
	assert_string_equal(lineedit_text(&le), "Jl. Melati No. ");
	lineedit_key(&le, LINEEDIT_KILL_WORD);
	assert_string_equal(lineedit_text(&le), "Jl. Melati ");
	lineedit_key(&le, LINEEDIT_HOME);
	lineedit_key(&le, LINEEDIT_RIGHT);
	lineedit_key(&le, LINEEDIT_KILL_END);
	assert_string_equal(lineedit_text(&le), "J");
	lineedit_key(&le, LINEEDIT_KILL_LINE);
	assert_string_equal(lineedit_text(&le), "");
	lineedit_done(&le);
}

static void
test_limit_and_controls(void **state)
{
	struct lineedit le;

	(void)state;
	lineedit_init(&le, 4);
	type(&le, "123456");
	assert_string_equal(lineedit_text(&le), "1234"); /* full: kept */
	assert_int_equal(lineedit_insert(&le, '7'), -1);
	lineedit_key(&le, LINEEDIT_KILL_LINE);
	assert_int_equal(lineedit_insert(&le, 0x07), -1); /* bell */
	assert_int_equal(lineedit_insert(&le, 0x1b), -1); /* escape */
	assert_int_equal(lineedit_insert(&le, 0x9b), -1); /* C1 CSI */
	assert_string_equal(lineedit_text(&le), "");
	lineedit_set(&le, "abcdefgh");
	assert_string_equal(lineedit_text(&le), "abcd");
	lineedit_done(&le);
}

static void
test_utf8_text(void **state)
{
	struct lineedit le;

	(void)state;
	lineedit_init(&le, 0);
	lineedit_set(&le, "Ni Made Sukr\xc3\xa9");
	assert_int_equal(le.len, 13);
	lineedit_key(&le, LINEEDIT_BACKSPACE);
	assert_string_equal(lineedit_text(&le), "Ni Made Sukr");
	lineedit_set(&le, "a\xff"
			  "b"); /* invalid byte -> U+FFFD */
	assert_string_equal(lineedit_text(&le), "a\xef\xbf\xbd"
						"b");
	lineedit_done(&le);
}

static void
test_view_scrolls(void **state)
{
	struct lineedit le;
	int col;

	(void)state;
	lineedit_init(&le, 0);
	type(&le, "0123456789");
	col = lineedit_view(&le, 5);
	assert_int_equal(le.scroll, 6);
	assert_int_equal(col, 4);
	lineedit_key(&le, LINEEDIT_HOME);
	col = lineedit_view(&le, 5);
	assert_int_equal(le.scroll, 0);
	assert_int_equal(col, 0);
	lineedit_done(&le);
}

static void
test_widths(void **state)
{
	(void)state;
	assert_int_equal(utf8_width("Budi"), 4);
	assert_int_equal(utf8_length("Sukr\xc3\xa9"), 5);
	if (setlocale(LC_CTYPE, "C.UTF-8") != NULL) {
		utf8_set_ascii(0);
		assert_int_equal(utf8_width("\xe6\x9d\x8e"), 2); /* CJK */
		assert_int_equal(utf8_width("e\xcc\x81"), 1);    /* combining */
	}
	utf8_set_ascii(1);
	assert_int_equal(utf8_width("\xe6\x9d\x8e"), 1);
	utf8_set_ascii(0);
	assert_true(utf8_valid_text("Siti Aminah"));
	assert_false(utf8_valid_text("a\x01z"));
	assert_false(utf8_valid_text("\xc0\x80"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_insert_and_move),
		cmocka_unit_test(test_kills),
		cmocka_unit_test(test_limit_and_controls),
		cmocka_unit_test(test_utf8_text),
		cmocka_unit_test(test_view_scrolls),
		cmocka_unit_test(test_widths),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
