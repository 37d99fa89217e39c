/*
 * store/pregnancy: recording a pregnancy (HPHT or HPL; the other is
 * computed, HPL = HPHT + 280 days) and closing it (delivery or loss,
 * with a date and outcome). A woman has at most one open pregnancy; the
 * rows are never deleted. Checks are core/pregnancy's: a woman aged 10 to
 * 55 at HPHT, HPHT not in the future nor over 44 weeks old, an end date
 * between HPHT and today. Scope and concurrency as store/person.h.
 * No curses here.
 */
#ifndef ILP_STORE_PREGNANCY_H
#define ILP_STORE_PREGNANCY_H

#include <stddef.h>

#include "core/date.h"
#include "store/db.h"

/* The schema's outcome and birth place codes; NULL-ended. */
extern const char *const pregnancy_outcomes[];
extern const char *const pregnancy_birth_places[];

struct pregnancy {
	char *id;
	char *person_id;
	int has_hpht;     /* 0: only HPL was known */
	struct date hpht; /* computed from HPL when !has_hpht */
	struct date hpl;
	int open; /* status 'hamil' */
	struct date end_date;
	char *outcome;     /* NULL while open */
	char *birth_place; /* NULL when unknown */
	long long version;
};

void pregnancy_free(struct pregnancy *g);
void pregnancy_list_free(struct pregnancy *v, size_t n);

/*
 * Records an open pregnancy for person_id: from HPHT when has_hpht, else
 * from HPL (date). Returns 0 (id_out, 37 bytes, may be NULL) or -1 with
 * *cause (a man, age outside 10-55, dates out of range, already
 * pregnant, not visible to the actor). save_key: the form's key
 * (store_new_save_key(), NULL or "" for none); when already recorded
 * nothing is written and id_out gets the pregnancy opened then.
 */
int store_pregnancy_open(struct store *st, const char *person_id, int has_hpht,
			 struct date date, struct date today,
			 const char *save_key, char *id_out, char **cause);

/*
 * Closes the open pregnancy id (expecting version) on end_date with an
 * outcome from pregnancy_outcomes and, for a birth, a birth place from
 * pregnancy_birth_places (NULL: unknown). Returns 0, STORE_STALE or -1.
 */
int store_pregnancy_close(struct store *st, const char *id, long long version,
			  struct date end_date, const char *outcome,
			  const char *birth_place, struct date today,
			  char **cause);

/* A person's pregnancies, newest first. Returns 0 or -1 with *cause. */
int store_pregnancy_list(struct store *st, const char *person_id,
			 struct pregnancy **out, size_t *n, char **cause);

#endif
