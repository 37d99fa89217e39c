/*
 * priority: who a kader should visit next (ILP.md §4, "Kunjungan
 * prioritas") and the referral follow-up dates. From plain facts about
 * households and their members at a date, it lists each household that
 * needs a visit with every reason and sorts the list. Also the default
 * follow-up date of a referral (7 days) and the "past follow-up" rule.
 *
 * Pure C: no curses, no SQL, no clock (today is always a parameter). It
 * does not compute life stages or dose statuses: the caller passes them.
 *
 * Boundaries (tested in tests/unit/test_priority.c):
 *   - a pregnant woman is due a visit once 30 days or more have passed
 *     since her last visit (29 days: not yet; 30: due); never visited is
 *     due at once;
 *   - a lansia is due SKILAS when today is after the last SKILAS date +
 *     12 calendar months (ILP.md §6: "older than 12 months"; on the
 *     anniversary itself it is not yet due); never screened is due;
 *   - a referral is past follow-up when today is after its follow-up date
 *     (on the follow-up date itself it is due, not past).
 */
#ifndef ILP_CORE_PRIORITY_H
#define ILP_CORE_PRIORITY_H

#include <stddef.h>

#include "core/date.h"

#define PRIORITY_FOLLOWUP_DAYS 7  /* referral follow-up default */
#define PRIORITY_HAMIL_DAYS 30    /* pregnant women: visit at least */
#define PRIORITY_SKILAS_MONTHS 12 /* lansia: SKILAS at least */

/*
 * The rules, in the order the list is sorted (most urgent first). The
 * order is a decision of this module (ILP.md lists the rules unordered):
 * the neonatal period is short and deadliest, a referral that did not
 * happen follows a danger sign, then the routine sweeps.
 */
enum priority_rule {
	PRIORITY_NEONATUS,        /* newborn not visited since birth */
	PRIORITY_HAMIL_RUJUKAN,   /* pregnant woman with an open referral */
	PRIORITY_RUJUKAN_LEWAT,   /* open referral past its follow-up date */
	PRIORITY_HAMIL_KUNJUNGAN, /* pregnant woman not visited for 30 days */
	PRIORITY_DOFU,            /* child with late or catch-up doses */
	PRIORITY_LANSIA_SKILAS,   /* lansia without SKILAS in 12 months */
	PRIORITY_RUMAH_BARU,      /* household never visited */
	PRIORITY_RULE_COUNT
};

struct priority_person {
	const char *name; /* for reasons; borrowed, may be NULL */
	unsigned stages;  /* enum lifestage bits at today */

	int visited;            /* has a home visit on record */
	struct date last_visit; /* the latest one, when visited */

	int open_referrals;   /* referrals not yet closed */
	struct date followup; /* earliest follow-up date among them */

	int late_doses;    /* doses with status late */
	int catchup_doses; /* doses with status catchup */

	int skilas_done;         /* has a SKILAS on record */
	struct date last_skilas; /* the latest one, when done */
};

struct priority_household {
	int visited; /* the household has a home visit on record */
	const struct priority_person *members;
	size_t n_members;
};

struct priority_reason {
	enum priority_rule rule;
	long member; /* index into members, or -1 for the household */
	long days;   /* days since the last visit or SKILAS, or past the
		      * follow-up date; -1 when never */
	int count;   /* DOFU: late + catch-up doses; referrals: how many */
};

struct priority_entry {
	size_t household;                /* index into the caller's array */
	struct priority_reason *reasons; /* most urgent first */
	size_t n_reasons;
};

struct priority_list {
	struct priority_entry *v;
	size_t n;
};

/* The follow-up date of a referral made on `referred`: 7 days later. */
struct date priority_followup_date(struct date referred);
/* 1 when a referral with this follow-up date is past it today. */
int priority_followup_past(struct date followup, struct date today);

/*
 * The reasons one member needs a visit today, most urgent first, written
 * to out (room for max; PRIORITY_RULE_COUNT is always enough). member is
 * copied into the reasons. Returns how many.
 */
size_t priority_person_reasons(const struct priority_person *p, long member,
			       struct date today, struct priority_reason *out,
			       size_t max);

/*
 * The households needing a visit, each with all its reasons, sorted by
 * the most urgent rule, then by more days (longest waiting first), then
 * by the caller's order. Households with no reason are left out. Fills
 * *out; free it with priority_list_done().
 */
void priority_build(const struct priority_household *h, size_t n,
		    struct date today, struct priority_list *out);
void priority_list_done(struct priority_list *list);

/*
 * A reason in words, in the current language ("Ibu hamil Siti: belum
 * dikunjungi 31 hari"). members is the household's array the reason was
 * built from. Allocated; the caller frees it.
 */
char *priority_reason_text(const struct priority_reason *r,
			   const struct priority_person *members);

#endif
