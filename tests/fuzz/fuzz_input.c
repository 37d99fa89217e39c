/*
 * Everything a kader types that core parses: dates, ages, NIK, No. KK,
 * names, phone numbers, RT/RW, numbers, and a dose list for
 * `ilp schedule --given`. Arbitrary bytes must give a value or a clear
 * error, never a crash.
 */
#include "fuzz.h"

#include <stdlib.h>

#include "config.h"
#include "core/date.h"
#include "core/inidoc.h"
#include "core/name.h"
#include "core/nik.h"
#include "core/schedule.h"
#include "core/validate.h"
#include "util.h"

static void
fuzz_dates(const char *s, struct date today)
{
	struct date d;
	char *cause = NULL;
	int est;

	(void)date_parse_ui(s, &d);
	(void)date_parse_iso(s, &d);
	if (validate_date(s, today, &d, &cause) < 0)
		free(cause);
	if (validate_dob(s, today, &d, &est, &cause) < 0)
		free(cause);
	if (validate_age(s, today, &d, &cause) < 0)
		free(cause);
}

static void
fuzz_people(const char *s, struct date today)
{
	struct nik_info n;
	char kk[17], rt[8], *out = NULL, *cause = NULL;
	long l;
	double x;

	if (nik_parse(s, &n, &cause) == 0) {
		struct date dob;
		char *warning = NULL;

		(void)nik_birth_date(&n, today, &dob);
		(void)nik_check_person(&n, 'P', today, 0, &warning);
		free(warning);
	}
	free(cause);
	cause = NULL;
	if (nik_kk_parse(s, kk, &cause) < 0)
		free(cause);
	cause = NULL;
	if (validate_name(s, &out, &cause) == 0)
		free(out);
	free(cause);
	cause = NULL;
	out = NULL;
	if (validate_text(s, 200, 1, &out, &cause) == 0)
		free(out);
	free(cause);
	cause = NULL;
	out = NULL;
	if (validate_phone(s, &out, &cause) == 0)
		free(out);
	free(cause);
	cause = NULL;
	if (validate_rtrw(s, rt, &cause) < 0)
		free(cause);
	cause = NULL;
	if (validate_long(s, -1000, 1000, &l, &cause) < 0)
		free(cause);
	cause = NULL;
	if (validate_decimal(s, 0, 300, &x, &cause) < 0)
		free(cause);
	free(name_search_key(s));
	(void)name_similar(s, "Siti Aminah");
}

/* The shipped schedule, loaded once. */
static struct schedule *
fuzz_schedule(void)
{
	struct schedule *sch = NULL;
	struct inidoc *doc;
	struct strlist err;
	char *cause = NULL;

	strlist_init(&err);
	doc = config_read_inidoc(ILP_SOURCE_CONFIG_DIR "/imunisasi.ini",
				 &cause);
	if (doc == NULL || schedule_load(doc, &sch, &err) < 0)
		abort();
	inidoc_free(doc);
	strlist_done(&err);
	return sch;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct schedule *sch;
	struct date today = {2025, 8, 12}, dob = {2025, 1, 10};
	struct dose_given given[32];
	char *s = fuzz_string(data, size);
	char *cause = NULL;
	size_t n;

	if (size > 4096) {
		free(s);
		return 0;
	}
	fuzz_dates(s, today);
	fuzz_people(s, today);
	if (sch == NULL)
		sch = fuzz_schedule();
	if (sch != NULL &&
	    schedule_parse_given(sch, SCHEDULE_FOR_CHILD, s, dob, today, given,
				 32, &n, &cause) < 0)
		free(cause);
	free(s);
	return 0;
}
