/* core/csv: RFC 4180 fields and the spreadsheet formula guard. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/csv.h"

static void
assert_field(const char *in, int flags, const char *want)
{
	struct strbuf sb;

	strbuf_init(&sb);
	csv_field(&sb, in, strlen(in), flags);
	assert_string_equal(sb.buf, want);
	strbuf_done(&sb);
}

static void
test_plain(void **state)
{
	(void)state;
	assert_field("Siti Aminah", CSV_PLAIN, "Siti Aminah");
	assert_field("", CSV_PLAIN, "");
	assert_field("Jl. Mawar, No. 5", CSV_PLAIN, "\"Jl. Mawar, No. 5\"");
	assert_field("say \"hi\"", CSV_PLAIN, "\"say \"\"hi\"\"\"");
	assert_field("a\r\nb", CSV_PLAIN, "\"a\r\nb\"");
	assert_field("=1+1", CSV_PLAIN, "=1+1");
}

static void
test_formula_guard(void **state)
{
	(void)state;
	assert_field("=1+1", CSV_FORMULA_GUARD, "'=1+1");
	assert_field("+62812", CSV_FORMULA_GUARD, "'+62812");
	assert_field("-5", CSV_FORMULA_GUARD, "'-5");
	assert_field("@SUM(A1)", CSV_FORMULA_GUARD, "'@SUM(A1)");
	assert_field("\tx", CSV_FORMULA_GUARD, "'\tx");
	assert_field("=HYPERLINK(\"http://x\",\"y\")", CSV_FORMULA_GUARD,
		     "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
	assert_field("\r", CSV_FORMULA_GUARD, "\"'\r\"");
	/* only the first character counts */
	assert_field("Siti-Aminah", CSV_FORMULA_GUARD, "Siti-Aminah");
	assert_field("9901010105800001", CSV_FORMULA_GUARD, "9901010105800001");
	assert_field("", CSV_FORMULA_GUARD, "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain),
		cmocka_unit_test(test_formula_guard),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
