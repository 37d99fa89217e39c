/*
 * store/screening: screening events (ILP.md §6) -- SKILAS, AKS, blood
 * pressure, glucose, BMI, waist, SRQ-20 and TB symptoms -- with their
 * answers and the result computed from them by core/screening; the
 * referral a result calls for, created in the same transaction (shared
 * with home visits: store/referral); voiding by a nakes or an admin; the
 * queries behind a person's screening page and the posyandu's list; and
 * the counts of the monthly recap.
 *
 * Events are never edited nor deleted. A kader reads and writes only the
 * persons of their own posyandu; nakes and admin the whole area. The
 * result is always computed here from the answers: a caller cannot store
 * a category of its own. No curses.
 */
#ifndef ILP_STORE_SCREENING_H
#define ILP_STORE_SCREENING_H

#include <stddef.h>

#include "core/date.h"
#include "core/referral.h"
#include "core/screening_answers.h"
#include "store/db.h"

#define SCREENING_VOID_REASON_MAX 300
/* How far back a screening may be dated (a paper form typed in later). */
#define SCREENING_MAX_AGE_DAYS 365

/* One stored screening. */
struct screening_event {
	char *id;
	char *person_id;
	enum screening_kind kind;
	struct date on;
	char *answers_text;               /* canonical text, as stored */
	struct screening_answers answers; /* decoded from answers_text */
	int category;                     /* core/screening's category */
	enum screening_outcome outcome;
	unsigned domains;  /* SKILAS: positive domains */
	char *referral_id; /* NULL when none */
	int voided;
	char *voided_at, *voided_by, *void_reason; /* NULL unless voided */
	char *created_at, *created_by;
	long long version;
};

void screening_event_free(struct screening_event *e);
void screening_event_list_free(struct screening_event *v, size_t n);

/* What one save wrote. */
struct screening_saved {
	size_t n;
	char id[SCREENING_KIND_COUNT][37]; /* in the order given */
	struct screening_eval eval[SCREENING_KIND_COUNT];
	char referral_id[37]; /* "" when no result called for one */
	struct date followup_on;
};

/*
 * Records n (1..SCREENING_KIND_COUNT) screenings of different kinds of
 * one person on date `on` (not after today, not more than
 * SCREENING_MAX_AGE_DAYS before it, not before the person's birth), all
 * in one transaction. Each result is computed here from the
 * answers with cfg; implausible or incomplete answers refuse the whole
 * save with core/screening's message. A kind must apply at the person's
 * age on `on` (SKILAS and AKS from 60 years, the rest from 15), and the
 * person must be active and visible to the actor. When any result is
 * rujuk, one referral to dest naming every such result (source
 * skrining, follow-up after 7 days) is created in the same transaction
 * and each referring event points to it. Fills *out when not NULL.
 * save_key: the form's key (store_new_save_key(); NULL or "" for none);
 * when it is already recorded nothing is written and *out describes the
 * events saved then. Returns 0, or -1 with an allocated *cause and
 * nothing written.
 */
int store_screening_save(struct store *st, const struct screening_config *cfg,
			 const char *person_id, struct date on,
			 struct date today,
			 const struct screening_answers *answers, size_t n,
			 enum referral_dest dest, const char *save_key,
			 struct screening_saved *out, char **cause);

/*
 * Voids the event read at `version`, with a reason (1..300 characters):
 * nakes and admin only (PERM_VOID_RECORD). A referral it created stays:
 * its outcome is recorded on the referral. An event changed meanwhile is
 * refused with who and when (MSG_DB_STALE); a voided one stays voided.
 * Returns 0 or -1 with *cause.
 */
int store_screening_void(struct store *st, const char *id, long long version,
			 const char *reason, char **cause);

/* One event the actor may see: 1 found, 0 not found, -1 with *cause. */
int store_screening_get(struct store *st, const char *id,
			struct screening_event *out, char **cause);

/*
 * Every event of a person (kind < 0: of every kind), voided ones too,
 * newest first. Returns 0 or -1 with *cause.
 */
int store_screening_history(struct store *st, const char *person_id, int kind,
			    struct screening_event **out, size_t *n,
			    char **cause);

/*
 * The newest event of each kind that is not voided: have[k] says whether
 * latest[k] was filled (free each filled one with screening_event_free).
 * Returns 0 or -1 with *cause.
 */
int store_screening_latest(struct store *st, const char *person_id,
			   struct screening_event latest[SCREENING_KIND_COUNT],
			   int have[SCREENING_KIND_COUNT], char **cause);

/*
 * Recomputes a stored event's result from its stored answers with cfg
 * (today's thresholds) into *out; *same is 1 when the category and
 * outcome equal the stored ones. Returns 0, or -1 with *cause (also
 * when the stored answers cannot be read).
 */
int store_screening_recompute(struct store *st,
			      const struct screening_config *cfg,
			      const char *id, struct screening_eval *out,
			      int *same, char **cause);

/* A person as the screening screens show them. */
struct screening_person {
	char *id;
	char *name;
	char sex; /* 'L' or 'P' */
	struct date dob;
	int dob_estimated;
	int active;    /* status aktif */
	char *address; /* household address with RT/RW */
	char *posyandu_id;
	char *posyandu_name;
	/* The date of the newest event of each kind that is not voided. */
	int has_last[SCREENING_KIND_COUNT];
	struct date last[SCREENING_KIND_COUNT];
};

void screening_person_free(struct screening_person *p);
void screening_person_list_free(struct screening_person *v, size_t n);

/* One person the actor may see: 1, 0 not found, -1 with *cause. */
int store_screening_person(struct store *st, const char *person_id,
			   struct screening_person *out, char **cause);

/*
 * The active persons aged 15 or more at `today` of a posyandu (NULL:
 * the actor's; a nakes or admin without one must name it), lansia (60+)
 * first, then by name, with their last screening dates. A kader asking
 * for another posyandu is refused. Returns 0 or -1 with *cause.
 */
int store_screening_people(struct store *st, const char *posyandu_id,
			   struct date today, struct screening_person **out,
			   size_t *n, char **cause);

/* ---- the monthly recap (ILP.md §8) ---- */

#define SCREENING_RECAP_CATEGORIES 6 /* the most of any kind (BP) */

/*
 * Screenings of one month, not voided. A person screened twice in the
 * month with the same kind counts once, with the newest result.
 */
struct screening_recap {
	long persons;                        /* screened with any kind */
	long screened[SCREENING_KIND_COUNT]; /* persons per kind */
	/* persons per kind and category (index: core/screening category) */
	long category[SCREENING_KIND_COUNT][SCREENING_RECAP_CATEGORIES];
	long refer[SCREENING_KIND_COUNT]; /* newest result was rujuk */
	long skilas_domain[SCREENING_SKILAS_DOMAINS]; /* positive per domain */
	long aks_home_care;                           /* AKS sedang or worse */
	long referred; /* persons with a referral */
};

/*
 * The recap counts of month (1..12) of year for one posyandu, or the
 * whole area when posyandu_id is NULL (nakes and admin; a kader gets
 * their own posyandu, and is refused another one). Returns 0 or -1 with
 * *cause.
 */
int store_screening_recap(struct store *st, int year, int month,
			  const char *posyandu_id, struct screening_recap *out,
			  char **cause);

#endif
