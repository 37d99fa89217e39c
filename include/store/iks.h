/*
 * store/iks: the family health index of one household today (ILP.md §5)
 * from what ilp knows: the register (ages, who is a PUS, births in a
 * facility from closed pregnancies, JKN numbers, the household facts),
 * the latest home-visit answers (the household items tagged with an
 * indicator in config/checklists/keluarga.ini, and a few member items:
 * smoking, weighing this month, exclusive breastfeeding) and, through
 * store_visit_imm(), immunisation (IDL). core/iks computes the
 * indicators and explains each one. No curses here.
 */
#ifndef ILP_STORE_IKS_H
#define ILP_STORE_IKS_H

#include <stddef.h>

#include "core/checklist.h"
#include "core/date.h"
#include "core/iks.h"
#include "store/db.h"

struct schedule;

struct iks_view {
	struct iks_member *m; /* the active members; names below */
	char **names;         /* owned: m[i].name points here */
	size_t n;
	struct iks_household hh;
	struct iks_result r; /* iks_explain(&r, ind, m, n) says why */
	int visited;         /* the household has a visit on record */
	struct date last_visit;
};

void iks_view_free(struct iks_view *v);

/*
 * The index of household_id on date today. cl: the checklists whose
 * household items feed indicators (may be NULL: no visit answer counts);
 * sched: passed to store_visit_imm() (may be NULL). Returns 1, 0 when
 * the household does not exist or the actor may not see it, -1 with
 * *cause.
 */
int store_iks_household(struct store *st, const struct checklist_set *cl,
			const struct schedule *sched, const char *household_id,
			struct date today, struct iks_view *out, char **cause);

#endif
