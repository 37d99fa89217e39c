/*
 * regfill: adds one household with members to a test database through
 * the store API (the sqlite3 shell cannot: the triggers call ilp's own
 * SQL functions). For the CLI tests of the register.
 *
 *   regfill DB POSYANDU_CODE ADDRESS MEMBER ...
 *
 * A MEMBER is NAME[:NIK] (the first is a man born 1980-05-01, the head;
 * the others boys born 2020-01-01), or NAME|SEX|DOB|RELATION[|HPHT] with
 * ISO dates: a woman with HPHT has an open pregnancy from that date.
 * Prints the household id.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"
#include "store/household.h"
#include "store/person.h"
#include "store/posyandu.h"
#include "store/pregnancy.h"
#include "util.h"

/* Splits s at each '|' into at most max fields; returns the count. */
static int
regfill_split(char *s, char **f, int max)
{
	int n = 0;

	while (n < max) {
		f[n++] = s;
		s = strchr(s, '|');
		if (s == NULL)
			break;
		*s++ = '\0';
	}
	return n;
}

static void
regfill_member(struct store *st, const char *hid, const char *spec, int head,
	       struct date today)
{
	char *buf = xstrdup(spec), *f[5], *nik, pid[37], *cause = NULL;
	struct date hpht;
	struct person m;
	int n = regfill_split(buf, f, 5);

	memset(&m, 0, sizeof m);
	m.household_id = (char *)hid;
	m.name = f[0];
	if ((nik = strchr(f[0], ':')) != NULL)
		*nik++ = '\0';
	m.nik = nik;
	m.sex = 'L';
	m.dob = head ? (struct date){1980, 5, 1} : (struct date){2020, 1, 1};
	m.relation = (char *)(head ? "kepala" : "anak");
	if (n >= 4) {
		m.sex = f[1][0];
		if (date_parse_iso(f[2], &m.dob) < 0)
			die("%s: bad date of birth %s", f[0], f[2]);
		m.relation = f[3];
	}
	if (store_person_add(st, &m, today, pid, &cause) < 0)
		die("%s: %s", f[0], cause);
	if (n == 5 && (date_parse_iso(f[4], &hpht) < 0 ||
		       store_pregnancy_open(st, pid, 1, hpht, today, NULL, NULL,
					    &cause) < 0))
		die("%s: pregnancy: %s", f[0], cause ? cause : f[4]);
	free(buf);
}

int
main(int argc, char **argv)
{
	struct store_open_options oo = {.busy_timeout_ms = 5000};
	struct date today = {2025, 8, 12};
	struct store *st;
	struct posyandu p;
	struct household h;
	char hid[37], *cause = NULL;
	int i;

	if (argc < 5) {
		fprintf(stderr, "usage: regfill DB POSYANDU ADDRESS NAME...\n");
		return 2;
	}
	crypto_init();
	if (store_open(argv[1], &oo, &st, &cause) < 0)
		die("%s", cause);
	store_set_system_actor(st, "regfill");
	if (store_posyandu_get(st, argv[2], &p, &cause) <= 0)
		die("posyandu %s", argv[2]);
	memset(&h, 0, sizeof h);
	h.posyandu_id = p.id;
	h.address = argv[3];
	h.water_clean = h.latrine_healthy = h.jkn_all = h.smoker_inside =
		HOUSEHOLD_UNKNOWN;
	if (store_household_add(st, &h, hid, &cause) < 0)
		die("%s", cause);
	for (i = 4; i < argc; i++)
		regfill_member(st, hid, argv[i], i == 4, today);
	posyandu_free(&p);
	store_close(st);
	printf("%s\n", hid);
	return 0;
}
