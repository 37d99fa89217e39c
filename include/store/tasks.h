/*
 * store/tasks: "Tugas hari ini", what needs doing today in one posyandu,
 * by kind: children with due, late or catch-up doses (store_imm_due);
 * priority households (store_priority_list, ILP.md §4); lansia and
 * adults due for a yearly screening (ILP.md §6.3); referrals past their
 * follow-up date; pregnant women and newborns to visit (the priority
 * list's rules for them). Every item names what to open to do the task,
 * and a task done there is simply absent from the next call: nothing is
 * stored about tasks. A kader gets their own posyandu; nakes and admin
 * name one. No curses here.
 */
#ifndef ILP_STORE_TASKS_H
#define ILP_STORE_TASKS_H

#include <stddef.h>

#include "core/date.h"
#include "store/db.h"

struct schedule;

enum task_kind {
	TASK_IMM,       /* a child with due, late or catch-up doses */
	TASK_HOUSEHOLD, /* a household on the priority visit list */
	TASK_SCREENING, /* a person of 15+ due for a yearly screening */
	TASK_REFERRAL,  /* an open referral past its follow-up date */
	TASK_MOTHER,    /* a household with a pregnant woman or a newborn
			 * to visit */
	TASK_KIND_COUNT
};
#define TASK_ALL ((1u << TASK_KIND_COUNT) - 1)

/* The kind's name ("Imunisasi anak") in the current language. */
const char *task_kind_name(enum task_kind k);

struct task_item {
	char *id; /* what to open: TASK_IMM and TASK_SCREENING a
		   * person, TASK_REFERRAL a referral, the rest a
		   * household */
	char *household_id;
	char *name;   /* the child, the person, the head of the household */
	char *detail; /* why, in words: "DPT2 terlambat; OPV3 ..." */
	char *address;
};

struct task_list {
	struct task_item *v[TASK_KIND_COUNT];
	size_t n[TASK_KIND_COUNT];
	char *posyandu_id;
};

void task_list_free(struct task_list *l);

/*
 * The tasks of the kinds in mask (bits 1u << enum task_kind) of
 * posyandu (an id or code; NULL: the kader's own; nakes and admin must
 * name one) on date today. The lists are in the order their source
 * gives (the priority list's urgency, the due list's posyandu and name,
 * the screening list's lansia first, referrals oldest first). Returns 0
 * (free *out with task_list_free) or -1 with *cause.
 */
int store_tasks(struct store *st, const struct schedule *sched,
		const char *posyandu, struct date today, unsigned mask,
		struct task_list *out, char **cause);

#endif
