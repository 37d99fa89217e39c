/*
 * store/visit_links: the only place home visits read immunisation and
 * screening records. The visit screens (a child's late and catch-up
 * doses), the priority list (DOFU, lansia without SKILAS) and the family
 * health index (IDL) call these two functions and nothing else.
 *
 * NOT YET WIRED. The immunisation store (store/immunisation.h:
 * store_imm_card, imm_card_given, with core/schedule's
 * schedule_evaluate) and the screening store (store/screening.h) are
 * built on other branches; the lead connects them here at merge. Until
 * then both report what this branch's database can hold: no dose and no
 * SKILAS on record -- never invented data.
 */
#include "store/visit.h"

#include <string.h>

#include "internal.h"

void
visit_imm_init(struct visit_imm *m)
{
	strlist_init(&m->late);
	strlist_init(&m->catchup);
	m->idl = IKS_FACT_UNKNOWN;
}

void
visit_imm_done(struct visit_imm *m)
{
	if (m == NULL)
		return;
	strlist_done(&m->late);
	strlist_done(&m->catchup);
	m->idl = IKS_FACT_UNKNOWN;
}

/*
 * DOFU. To wire it at merge: read the card (store_imm_card(st,
 * person_id, &card, cause); 0 = not visible: return 0 with nothing),
 * take its valid doses (imm_card_given(sched, &card, given, map, ...)),
 * evaluate them at today (schedule_evaluate) and add each target whose
 * status is late to out->late and catchup to out->catchup, by its name
 * ("DPT2"); set out->idl from the result's IDL flag (YES or NO) for a
 * child the schedule applies to. With sched NULL, return nothing.
 * tests/unit/test_store_visit.c's test_dofu_not_wired shows the
 * expected results to enable then.
 */
int
store_visit_imm(struct store *st, const struct schedule *sched,
		const char *person_id, struct date today, struct visit_imm *out,
		char **cause)
{
	(void)st;
	(void)sched;
	(void)person_id;
	(void)today;
	*cause = NULL;
	visit_imm_done(out);
	visit_imm_init(out);
	return 0;
}

/*
 * SKILAS. To wire it at merge: the date of the person's latest SKILAS
 * that is not voided (store/screening.h, e.g. store_screening_person()'s
 * last[SKILAS]) into *out, returning 1; 0 when none.
 */
int
store_visit_skilas(struct store *st, const char *person_id, struct date *out,
		   char **cause)
{
	(void)st;
	(void)person_id;
	*cause = NULL;
	memset(out, 0, sizeof *out);
	return 0;
}
