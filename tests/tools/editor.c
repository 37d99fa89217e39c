/*
 * editor: one of the concurrent users of tests/reliability/040-concurrent.t.
 * Edits overlapping households and persons through the store's
 * optimistic-version path, as a user does: read the row and its version,
 * think a moment, save. Each save increments a counter kept in the row
 * (a household's note "n=K", a person's JKN number K, 13 digits), so a
 * lost update shows as a counter lower than the number of saves.
 *
 *   editor DB USER COUNT ID...     ID is h:HOUSEHOLD or p:PERSON
 *
 * Makes COUNT successful saves on randomly chosen rows. Prints one line
 * per attempt, flushed: "OK h|p ID USER" after a save the store
 * accepted, "STALE h|p ID" when the version check refused it (the
 * editor reads again and retries), "ERR h|p ID: message" for any other
 * refusal (exactly the store's message: the test looks for raw SQLite
 * text in it).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/household.h"
#include "store/person.h"
#include "tool_actor.h"

static const struct date editor_today = {2025, 8, 12};

static long
editor_counter(const char *text, const char *prefix)
{
	size_t n = strlen(prefix);
	char *end;
	long v;

	if (text == NULL || strncmp(text, prefix, n) != 0)
		return 0;
	v = strtol(text + n, &end, 10);
	return *end == '\0' && v >= 0 ? v : 0;
}

/* Read, pause, save. 0 saved, STORE_STALE, -1 with *cause. */
static int
editor_household(struct store *st, const char *id, unsigned pause, char **cause)
{
	struct household h;
	char note[32];
	int rc;

	rc = store_household_get(st, id, &h, NULL, NULL, cause);
	if (rc <= 0) {
		if (rc == 0)
			*cause = xstrdup("not found");
		return -1;
	}
	snprintf(note, sizeof note, "n=%ld", editor_counter(h.note, "n=") + 1);
	free(h.note);
	h.note = xstrdup(note);
	usleep(pause);
	rc = store_household_update(st, &h, cause);
	household_free(&h);
	return rc;
}

static int
editor_person(struct store *st, const char *id, unsigned pause, char **cause)
{
	struct person p;
	char jkn[32];
	int rc;

	rc = store_person_get(st, id, &p, cause);
	if (rc <= 0) {
		if (rc == 0)
			*cause = xstrdup("not found");
		return -1;
	}
	snprintf(jkn, sizeof jkn, "%013ld", editor_counter(p.jkn_no, "") + 1);
	free(p.jkn_no);
	p.jkn_no = xstrdup(jkn);
	usleep(pause);
	rc = store_person_update(st, &p, editor_today, cause);
	person_free(&p);
	return rc;
}

int
main(int argc, char **argv)
{
	struct store *st;
	long count, done = 0, tries = 0;
	unsigned seed;
	int i;

	if (argc < 5 || (count = strtol(argv[3], NULL, 10)) <= 0) {
		fprintf(stderr, "usage: editor DB USER COUNT ID...\n");
		return 2;
	}
	for (i = 4; i < argc; i++)
		if (strncmp(argv[i], "h:", 2) != 0 &&
		    strncmp(argv[i], "p:", 2) != 0)
			die("not h:ID or p:ID: %s", argv[i]);
	st = tool_open_as(argv[1], argv[2]);
	seed = (unsigned)tool_hash(argv[2]) ^ (unsigned)getpid();
	while (done < count && tries < count * 50) {
		const char *target = argv[4 + rand_r(&seed) % (argc - 4)];
		unsigned pause = (unsigned)(rand_r(&seed) % 3000);
		char *cause = NULL;
		int rc;

		tries++;
		do {
			rc = target[0] == 'h' ? editor_household(st, target + 2,
								 pause, &cause)
					      : editor_person(st, target + 2,
							      pause, &cause);
			if (rc == STORE_STALE) {
				printf("STALE %c %s\n", target[0], target + 2);
				free(cause);
				cause = NULL;
			}
		} while (rc == STORE_STALE && ++tries < count * 50);
		if (rc == 0) {
			printf("OK %c %s %s\n", target[0], target + 2, argv[2]);
			done++;
		} else if (rc < 0) {
			printf("ERR %c %s: %s\n", target[0], target + 2,
			       cause != NULL ? cause : "?");
		}
		free(cause);
		fflush(stdout);
		if (!store_idle(st))
			die("the store is not idle after a save");
	}
	store_close(st);
	return done == count ? 0 : 1;
}
