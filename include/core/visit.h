/*
 * visit: a home visit while it is being filled in (ILP.md §4), and the
 * rules that turn it into findings. A visit belongs to a household and a
 * date; the kader marks who is present, answers the checklist items that
 * apply to each present member (core/checklist decides which), then the
 * household items. Answers are kept as text (as typed, and canonical once
 * checked), keyed by person id and item id, so the same structure is the
 * screen's state, the draft's content and the store's input.
 *
 * This module also writes and reads the draft text (a small line format,
 * versioned) that lets an interrupted visit be resumed, and builds the
 * findings and referral reasons from the answers with checklist_outcome().
 *
 * Pure C: no curses, no SQL, no clock. It knows nothing of the register:
 * callers pass a member's life stages, sex and age at the visit date.
 */
#ifndef ILP_CORE_VISIT_H
#define ILP_CORE_VISIT_H

#include <stddef.h>

#include "core/checklist.h"
#include "core/date.h"
#include "core/referral.h"
#include "util.h"

#define VISIT_ID_LEN 37 /* a UUID and its NUL */

/* The most characters an answer's text may have (a multi answer lists
 * up to 32 codes of up to 32 characters). */
#define VISIT_ANSWER_MAX 1100

/* One answer: an item of a member, or of the household. */
struct visit_answer {
	char *person_id; /* NULL: a household item */
	char *item;      /* the checklist item id */
	char *text;      /* as typed; canonical after visit_check() */
};

/* Where a member's referral goes and when to follow it up. */
struct visit_dest {
	char *person_id;
	enum referral_dest dest;
	struct date followup;
};

struct visit_work {
	char id[VISIT_ID_LEN];           /* "" until the store gives one */
	char household_id[VISIT_ID_LEN]; /* the household visited */
	struct date on;                  /* the visit date */
	int page;                        /* where the kader was (resume) */
	struct strlist present;          /* person ids marked present */
	struct visit_answer *a;
	size_t na, acap;
	struct visit_dest *d;
	size_t nd, dcap;
};

/* An empty visit; free with visit_work_done(). */
void visit_work_init(struct visit_work *w);
void visit_work_done(struct visit_work *w);
/* 1 when nothing is marked and nothing answered. */
int visit_work_empty(const struct visit_work *w);

int visit_work_is_present(const struct visit_work *w, const char *person_id);
/* Marks a person present (1) or not (0); the answers stay. */
void visit_work_set_present(struct visit_work *w, const char *person_id,
			    int present);

/*
 * Sets the text of an answer (copied); NULL or blank text removes it
 * (not answered). person_id NULL: a household item.
 */
void visit_work_set_answer(struct visit_work *w, const char *person_id,
			   const char *item, const char *text);
/* The text of an answer, or NULL when not answered. Borrowed. */
const char *visit_work_answer(const struct visit_work *w, const char *person_id,
			      const char *item);

/* The kader's choice for a member's referral (copied; replaces). */
void visit_work_set_dest(struct visit_work *w, const char *person_id,
			 enum referral_dest dest, struct date followup);
/* The choice, or NULL when none was made. Borrowed. */
const struct visit_dest *visit_work_dest(const struct visit_work *w,
					 const char *person_id);

/* ---- which items are asked -------------------------------------------- */

/* A member as the checklists see them at the visit date. */
struct visit_subject {
	unsigned stages; /* enum lifestage bits at the visit date */
	char sex;        /* 'L' or 'P' */
	int age_months;  /* completed months at the visit date; < 0 unknown */
};

struct visit_items {
	const struct checklist_item **item; /* borrowed from the set */
	const struct checklist **list;      /* the checklist of each item */
	size_t n;
};

/*
 * The items asked of a member (who) or of the household (who NULL), in
 * the set's order (checklist order, then file order). A member gets the
 * items of every member checklist whose stages they are in (and not in
 * its except_stages) that checklist_applies() to them. Fills *out; free
 * it with visit_items_done().
 */
void visit_items(const struct checklist_set *cl,
		 const struct visit_subject *who, struct visit_items *out);
void visit_items_done(struct visit_items *l);
/* 1 when item is one of l's. */
int visit_items_has(const struct visit_items *l,
		    const struct checklist_item *item);

/* ---- findings ----------------------------------------------------------- */

struct visit_finding {
	const char *person_id; /* borrowed from the work; NULL: household */
	const struct checklist_item *item;
	enum checklist_level level; /* FOLLOWUP or REFER */
	char *reason; /* allocated: "LiLA ...: 22.0 cm (< 23.5 cm)" */
};

/*
 * Parses every answer of w with checklist_parse_answer() and
 * checklist_check_answer(), rewrites its text in canonical form
 * (checklist_format_answer) and drops blank ones. An answer to an item
 * the set does not know, or whose text is wrong, fails: -1 with an
 * allocated *cause naming the item, and *bad (may be NULL) set to the
 * answer's index. Returns 0 when all are good.
 */
int visit_check(struct visit_work *w, const struct checklist_set *cl,
		size_t *bad, char **cause);

/*
 * The findings of w's answers (which must have passed visit_check), in
 * answer order: every answer whose outcome is FOLLOWUP or REFER, with
 * its reason. Fills *out (free with visit_findings_free) and *n.
 */
void visit_findings(const struct visit_work *w, const struct checklist_set *cl,
		    struct visit_finding **out, size_t *n);
void visit_findings_free(struct visit_finding *v, size_t n);

/*
 * The reason of a member's referral: the reasons of their REFER findings
 * joined by "; ", cut at REFERRAL_REASON_MAX characters (with "..."), or
 * NULL when they have none. Allocated.
 */
char *visit_referral_reason(const struct visit_finding *f, size_t n,
			    const char *person_id);

/* ---- drafts ---------------------------------------------------------------
 */

/*
 * The draft text of w: the date, the page, who is present, every answer
 * as typed and every referral choice, one per line (the id and household
 * are the draft row's own columns). Control characters in answers become
 * blanks. Allocated.
 */
char *visit_draft_format(const struct visit_work *w);

/*
 * Reads a draft text written by visit_draft_format() into w (which must
 * be empty: visit_work_init; id and household_id are left as they are).
 * Lines it does not know are skipped, so a newer program's draft still
 * opens. Returns 0, or -1 with an allocated *cause when the text is not
 * a draft or a line is malformed (w then holds what was read before).
 */
int visit_draft_parse(const char *text, struct visit_work *w, char **cause);

#endif
