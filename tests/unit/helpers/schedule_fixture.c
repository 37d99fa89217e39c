/* Shared set-up of the schedule tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "schedule_fixture.h"

#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "core/inidoc.h"
#include "util.h"

struct schedule *
fixture_schedule(const char *grace_days, const char *je_endemic)
{
	struct inidoc *doc;
	struct inidoc_section *opt;
	struct schedule *s = NULL;
	struct strlist errors;
	char *cause = NULL;
	size_t i;

	doc = config_read_inidoc(ILP_SOURCE_CONFIG_DIR "/imunisasi.ini",
				 &cause);
	if (doc == NULL)
		fail_msg("%s", cause);
	opt = inidoc_section(doc, "options");
	if (grace_days != NULL)
		inidoc_set(opt, "grace_days", grace_days);
	if (je_endemic != NULL)
		inidoc_set(opt, "je_endemic", je_endemic);
	strlist_init(&errors);
	if (schedule_load(doc, &s, &errors) < 0) {
		for (i = 0; i < errors.n; i++)
			print_error("%s\n", errors.v[i]);
		fail_msg("the shipped schedule does not load");
	}
	strlist_done(&errors);
	inidoc_free(doc);
	return s;
}

struct date
fixture_date(const char *iso)
{
	struct date d = {0, 0, 0};

	if (date_parse_iso(iso, &d) < 0)
		fail_msg("bad test date %s", iso);
	return d;
}

size_t
fixture_doses(const struct schedule *s, enum schedule_for kind,
	      const char *text, struct dose_given *out, size_t max)
{
	struct date lo = {1, 1, 1}, hi = {9999, 12, 31};
	size_t n = 0;
	char *err = NULL;

	if (schedule_parse_given(s, kind, text, lo, hi, out, max, &n, &err) < 0)
		fail_msg("bad test doses '%s': %s", text, err);
	return n;
}
