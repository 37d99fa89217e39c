/*
 * store/visit_links: the only place home visits read immunisation and
 * screening records. The visit screens (a child's late and catch-up
 * doses), the priority list (DOFU, lansia without SKILAS) and the family
 * health index (IDL) call these two functions and nothing else.
 *
 * Doses come from the immunisation store (store_imm_card, evaluated by
 * core/schedule exactly as the child's card shows them), SKILAS dates
 * from the screening store; neither is read any other way here.
 */
#include "store/visit.h"

#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "store/immunisation.h"
#include "store/screening.h"
#include "util.h"

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
 * DOFU: the child's card evaluated at today; each target late or in
 * catch-up by its name ("DPT2"), and IDL (complete or not) for a child
 * the schedule applies to.
 */
int
store_visit_imm(struct store *st, const struct schedule *sched,
		const char *person_id, struct date today, struct visit_imm *out,
		char **cause)
{
	struct dose_given given[SCHEDULE_MAX_GIVEN];
	size_t map[SCHEDULE_MAX_GIVEN], n = 0, i;
	struct schedule_result *r;
	struct imm_card card;
	int rc;

	*cause = NULL;
	visit_imm_done(out);
	visit_imm_init(out);
	if (sched == NULL)
		return 0;
	memset(&card, 0, sizeof card);
	rc = store_imm_card(st, person_id, &card, cause);
	if (rc <= 0)
		return rc;
	if (!imm_card_is_child(sched, &card, today)) {
		imm_card_free(&card);
		return 0;
	}
	imm_card_given(sched, &card, given, map, SCHEDULE_MAX_GIVEN, &n);
	r = xmalloc(sizeof *r);
	if (schedule_evaluate(sched, card.person.dob, today, given, n, r) ==
	    0) {
		for (i = 0; i < r->n_targets; i++) {
			const char *name =
				sched->targets[r->targets[i].target].name;

			if (r->targets[i].status == SCHEDULE_LATE)
				strlist_add(&out->late, name);
			else if (r->targets[i].status == SCHEDULE_CATCHUP)
				strlist_add(&out->catchup, name);
		}
		out->idl = r->idl_complete ? IKS_FACT_YES : IKS_FACT_NO;
	}
	free(r);
	imm_card_free(&card);
	return 0;
}

/* SKILAS: the date of the person's newest SKILAS that is not voided. */
int
store_visit_skilas(struct store *st, const char *person_id, struct date *out,
		   char **cause)
{
	struct screening_person p;
	int rc;

	memset(out, 0, sizeof *out);
	memset(&p, 0, sizeof p);
	rc = store_screening_person(st, person_id, &p, cause);
	if (rc <= 0)
		return rc;
	rc = p.has_last[SCREENING_SKILAS];
	if (rc)
		*out = p.last[SCREENING_SKILAS];
	screening_person_free(&p);
	return rc;
}
