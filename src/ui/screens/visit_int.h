/*
 * screens/visit_int: the state of the home-visit screen, shared by its
 * three files: visit.c (the screen, moving between pages, drafts),
 * visit_page.c (the date and members page, each member's checklist, the
 * household items) and visit_summary.c (findings, referrals, saving).
 * Nothing else includes it.
 */
#ifndef ILP_UI_SCREENS_VISIT_INT_H
#define ILP_UI_SCREENS_VISIT_INT_H

#include "core/checklist.h"
#include "core/visit.h"
#include "store/household.h"
#include "store/person.h"
#include "ui/clform.h"

struct app;

/* An active member of the household, as the visit date sees them. */
struct vs_member {
	const struct person *p; /* borrowed from vs->m */
	struct visit_subject who;
	char *line; /* "Siti Aminah - istri, P, 30 tahun - Ibu hamil" */
};

enum vs_page_kind { VS_START, VS_MEMBER, VS_HOUSEHOLD, VS_SUMMARY };

struct vs_page {
	enum vs_page_kind kind;
	int member; /* VS_MEMBER: index into vs->mem */
};

/* What a field of the page stands for. */
enum vs_slot_kind {
	VS_SLOT_INFO,    /* text only */
	VS_SLOT_DATE,    /* the visit date */
	VS_SLOT_PRESENT, /* a member's presence */
	VS_SLOT_ITEM,    /* a checklist item */
	VS_SLOT_DEST,    /* a referral's destination */
	VS_SLOT_FOLLOWUP /* a referral's follow-up date */
};

struct vs_slot {
	enum vs_slot_kind kind;
	const struct checklist_item *item; /* VS_SLOT_ITEM */
	int member;                        /* index into vs->mem, or -1 */
	char *label;                       /* owned text of the field */
	const char **choices;              /* owned array (borrowed texts) */
	char *note;                        /* owned note under the field */
	char *group;                       /* owned heading, when not static */
	char *text;                        /* TEXT: the text to start with */
};

struct vs {
	struct app *app;
	struct date today;
	struct visit_work w;
	int found;
	struct household h;
	struct person *m; /* every member, from the store */
	size_t nm;
	struct vs_member *mem; /* the active ones */
	size_t nmem;
	const struct checklist_set *cl;
	struct vs_page *pages;
	int npages;
	int cur;
	/* the current page */
	struct clform form;
	struct clfield *f;
	struct vs_slot *slot;
	int nf, capf;
	int done; /* saved or discarded: leaving keeps no draft */
	char *title;
};

/* ---- visit_page.c ---- */

/* Works out each active member's stages and line at vs->w.on. */
void vs_members_update(struct vs *v, struct app *app);
/* The pages: start, each present member, household, summary. */
void vs_pages_build(struct vs *v);
/* Builds the fields of pages[cur] from vs->w. */
void vs_page_open(struct vs *v, struct app *app);
/* Writes the fields back into vs->w and frees them. */
void vs_page_close(struct vs *v);
/* Adds a field to the page being built; returns its index. */
int vs_add(struct vs *v, enum clfield_kind kind, enum vs_slot_kind what,
	   const char *group, char *label);
/*
 * Adds what other records say of member (DOFU: late and catch-up doses;
 * a lansia's last SKILAS, or none) as information rows under group;
 * returns how many of them call for a follow-up.
 */
int vs_add_links(struct vs *v, struct app *app, int member, const char *group);
/* Frees the fields of the page. */
void vs_fields_free(struct vs *v);
/* Drops answers of members not present or items no longer asked. */
void vs_prune(struct vs *v);
/* The heading of the current page. Allocated. */
char *vs_page_heading(const struct vs *v);

/* ---- visit_summary.c ---- */

void vs_summary_open(struct vs *v, struct app *app);
void vs_summary_close(struct vs *v);
/* Saves the visit; on success the screen closes. */
void vs_save(struct vs *v, struct app *app);

#endif
