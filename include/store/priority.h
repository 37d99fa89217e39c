/*
 * store/priority: "Kunjungan prioritas", the households a kader should
 * visit next (ILP.md §4), each with every reason in words. The facts come
 * from the register (life stages today), home visits (who was visited
 * when), referrals (open ones and their follow-up dates) and, through
 * store_visit_imm() and store_visit_skilas() (store/visit.h), the
 * immunisation and screening records; the rules and the order are
 * core/priority's. Scope as the register. No curses here.
 */
#ifndef ILP_STORE_PRIORITY_H
#define ILP_STORE_PRIORITY_H

#include <stddef.h>

#include "core/date.h"
#include "core/priority.h"
#include "store/db.h"
#include "util.h"

struct schedule;

struct priority_row {
	char *household_id;
	char *head_name; /* "" when the household has no active head */
	char *address;   /* "Jl. Anggrek No. 5 RT 003/RW 002" */
	char *posyandu_code;
	enum priority_rule rule;          /* the most urgent reason's rule */
	struct strlist reasons;           /* in words, most urgent first */
	enum priority_rule *reason_rules; /* each reason's rule, the same
					   * order (reasons.n entries) */
};

void priority_rows_free(struct priority_row *v, size_t n);

/*
 * The active households of posyandu_id (NULL: every posyandu the actor
 * may see; a kader always gets their own) that need a visit on date
 * today, most urgent first (core/priority's order). sched (may be NULL)
 * is what store_visit_imm() evaluates doses with. Returns 0 with an
 * allocated array, or -1 with *cause.
 */
int store_priority_list(struct store *st, const struct schedule *sched,
			const char *posyandu_id, struct date today,
			struct priority_row **out, size_t *n, char **cause);

#endif
