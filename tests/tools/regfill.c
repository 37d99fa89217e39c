/*
 * regfill: adds one household with members to a test database through
 * the store API (the sqlite3 shell cannot: the triggers call ilp's own
 * SQL functions). For the CLI tests of the register.
 *
 *   regfill DB POSYANDU_CODE ADDRESS NAME[:NIK] ...
 *
 * The first name is the head; the others are children born 2020-01-01.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"
#include "store/household.h"
#include "store/person.h"
#include "store/posyandu.h"
#include "util.h"

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
	for (i = 4; i < argc; i++) {
		struct person m;
		char *name = xstrdup(argv[i]), *nik = strchr(name, ':');

		if (nik != NULL)
			*nik++ = '\0';
		memset(&m, 0, sizeof m);
		m.household_id = hid;
		m.name = name;
		m.sex = 'L';
		m.dob = i == 4 ? (struct date){1980, 5, 1}
		               : (struct date){2020, 1, 1};
		m.relation = (char *)(i == 4 ? "kepala" : "anak");
		m.nik = nik;
		if (store_person_add(st, &m, today, NULL, &cause) < 0)
			die("%s: %s", name, cause);
		free(name);
	}
	posyandu_free(&p);
	store_close(st);
	printf("%s\n", hid);
	return 0;
}
