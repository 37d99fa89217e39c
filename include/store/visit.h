/*
 * store/visit: home visits (ILP.md §4) as events: a household, a date,
 * the members present (with the life stages their checklists were chosen
 * by) and their answers, stored as the canonical text of
 * checklist_format_answer() with the outcome level, plus the referrals
 * the answers call for, all written in one transaction. A visit is never
 * deleted or edited; a nakes or admin voids one with a reason.
 *
 * Drafts: a user's unfinished visit, kept under the id the visit will
 * have, so a visit interrupted by Esc, a user switch or a killed program
 * is resumed by the same user; saving the visit removes its draft in the
 * same transaction. Saving is idempotent: a visit id that is already
 * stored is not stored again.
 *
 * Scope as the register: a kader sees and visits only the households of
 * their own posyandu, nakes and admin every posyandu; writes are audited
 * by the schema's triggers. Also the monthly counts the recap needs, and
 * the one place visits learn about immunisation and screening records.
 * No curses here.
 */
#ifndef ILP_STORE_VISIT_H
#define ILP_STORE_VISIT_H

#include <stddef.h>

#include "core/checklist.h"
#include "core/date.h"
#include "core/iks.h"
#include "core/lifestage.h"
#include "core/visit.h"
#include "store/db.h"

struct schedule;
struct referral;

/* How far back a visit may be dated (a paper record typed in later). */
#define VISIT_MAX_AGE_DAYS 365
#define VISIT_VOID_REASON_MAX 300

/* ---- saving -------------------------------------------------------------- */

struct visit_saved {
	int already;   /* this visit id was stored before: nothing written */
	int referrals; /* referrals created */
	int findings;  /* answers calling for rujuk or tindak lanjut */
};

/*
 * Saves w as a visit of w->household_id on w->on, in one transaction:
 * the visit row, one row per member present, one per answer, one
 * referral (status dirujuk, source kunjungan) per member with a rujuk
 * finding -- the reasons joined, to the destination and follow-up date
 * of visit_work_dest() or by default the Pustu and w->on + 7 days
 * (priority_followup_date) -- and the removal of the draft with the same
 * id. When w->id is "" a new id is written into it first, so that a
 * retry of the same w cannot store the visit twice; when the id is
 * already stored, nothing is written and out->already is 1.
 *
 * The store checks everything again: an actor allowed to record
 * (PERM_EDIT_REGISTER), an active household the actor may see, a date
 * not after today nor more than VISIT_MAX_AGE_DAYS before it, at least
 * one member present and every one an active member of the household,
 * every answer parsed and checked against cl (its text is made canonical
 * in w), each member item asked of a present member whose life stages,
 * sex and age at the visit date it applies to, household items only as
 * such. Returns 0 (out may be NULL), or -1 with an allocated *cause and
 * nothing written.
 */
int store_visit_save(struct store *st, const struct checklist_set *cl,
		     struct visit_work *w, struct date today,
		     struct visit_saved *out, char **cause);

/*
 * Voids a visit recorded by mistake (nakes and admin): the reason (1 to
 * VISIT_VOID_REASON_MAX characters), the user and the time are kept and
 * audited; its answers and referrals stay (a referral has its own
 * outcome). version is the visit's as read; when someone changed it
 * since, MSG_DB_STALE says who and when. Returns 0 or -1 with *cause.
 */
int store_visit_void(struct store *st, const char *id, long long version,
		     const char *reason, char **cause);

/* ---- reading ------------------------------------------------------------- */

/* One visit in a household's history. */
struct visit_row {
	char *id;
	char *household_id;
	struct date on;
	char *created_by; /* the user who saved it */
	char *created_at;
	char *present; /* the names of the members present, ", " */
	int refer;     /* answers with outcome rujuk */
	int followup;  /* answers with outcome tindak lanjut */
	int voided;
	char *void_reason; /* NULL unless voided */
	char *voided_by;
	long long version;
};

void visit_row_free(struct visit_row *r);
void visit_rows_free(struct visit_row *v, size_t n);

/*
 * The visits of a household the actor may see, newest first (voided ones
 * too, marked). Returns 0 with an allocated array, or -1 with *cause.
 */
int store_visit_history(struct store *st, const char *household_id,
			struct visit_row **out, size_t *n, char **cause);

/* One answer of a stored visit. */
struct visit_detail_answer {
	char *person_id;   /* NULL: household item */
	char *person_name; /* "" for a household item */
	char *item;        /* item id */
	char *answer;      /* canonical text */
	enum checklist_level level;
};

struct visit_detail {
	struct visit_row row;
	struct visit_detail_answer *a; /* in member order, then household */
	size_t na;
	struct referral *ref; /* the referrals the visit created */
	size_t nref;
};

void visit_detail_free(struct visit_detail *d);

/*
 * One visit with its answers and referrals. Returns 1, 0 when there is
 * no such visit or the actor may not see it, or -1 with *cause.
 */
int store_visit_get(struct store *st, const char *id, struct visit_detail *out,
		    char **cause);

/* ---- drafts -------------------------------------------------------------- */

/*
 * Writes w as the actor's draft (core/visit's draft text), creating it
 * the first time: when w->id is "" a new id is written into it. The
 * household must be visible to the actor; a draft belongs to the user
 * who started it and nobody else reads or overwrites it; the id of a
 * visit already saved is refused. Returns 0 or -1 with *cause.
 */
int store_visit_draft_save(struct store *st, struct visit_work *w,
			   char **cause);

/*
 * The actor's draft id into w (which must be empty: visit_work_init).
 * Returns 1, 0 when the actor has no such draft, -1 with *cause (also
 * when the text cannot be read).
 */
int store_visit_draft_get(struct store *st, const char *id,
			  struct visit_work *w, char **cause);

/*
 * The actor's most recent draft for a household, its id into id_out
 * (VISIT_ID_LEN bytes). Returns 1, 0 when there is none, -1 with *cause.
 */
int store_visit_draft_find(struct store *st, const char *household_id,
			   char *id_out, char **cause);

struct visit_draft_row {
	char *id;
	char *household_id;
	char *head_name; /* "" when the household has no active head */
	char *address;   /* "Jl. Anggrek No. 5 RT 003/RW 002" */
	struct date on;
	char *updated_at;
	int present; /* members marked present so far */
	int answers; /* answers typed so far */
};

void visit_draft_rows_free(struct visit_draft_row *v, size_t n);

/* The actor's drafts, newest first. 0 or -1 with *cause. */
int store_visit_drafts(struct store *st, struct visit_draft_row **out,
		       size_t *n, char **cause);

/* Removes one of the actor's drafts (audited). 0 or -1 with *cause. */
int store_visit_draft_discard(struct store *st, const char *id, char **cause);

/* ---- the monthly recap ------------------------------------------------- */

struct visit_recap {
	long visits;     /* visits dated in the month, not voided */
	long households; /* households with such a visit */
	long members;    /* persons present at one, each counted once */
	/* Persons present at a visit by life stage, each once per stage
	 * (a baby is bayi and balita); indexed by the stage's bit number
	 * (LIFESTAGE_NEONATUS = 0 ... LIFESTAGE_NIFAS = 10). */
	long by_stage[LIFESTAGE_COUNT];
	long findings_refer;    /* answers with outcome rujuk */
	long findings_followup; /* answers with outcome tindak lanjut */
	long referrals_made;    /* referrals dated in the month, any source */
	long referrals_from_visits; /* of which from home visits */
	long referrals_came;        /* "datang" outcomes dated in the month */
	long referrals_completed;   /* "selesai" outcomes dated in the month */
	long referrals_overdue;     /* on the month's last day: not yet seen
				     * (dirujuk or tidak datang) and past the
				     * follow-up date */
};

/*
 * The counts of one calendar month for one posyandu (posyandu_id), or
 * every posyandu the actor may see (NULL; a kader gets their own).
 * Returns 0 or -1 with *cause.
 */
int store_visit_recap(struct store *st, const char *posyandu_id, int year,
		      int month, struct visit_recap *out, char **cause);

/* ---- what visits read from other records ------------------------------- */

/*
 * A child's immunisation as a visit shows it (DOFU: late and catch-up
 * doses on the child's page and in the priority list) and as the family
 * health index counts it (IDL).
 */
struct visit_imm {
	struct strlist late;    /* target names with status late ("DPT2") */
	struct strlist catchup; /* target names with status catchup */
	enum iks_fact idl;      /* imunisasi dasar lengkap */
};

void visit_imm_init(struct visit_imm *m);
void visit_imm_done(struct visit_imm *m);

/*
 * The immunisation status of person_id on date today under schedule
 * sched (may be NULL). Everything the visit screens, the priority list
 * and the IKS need from immunisation records comes through here, and
 * only here (src/store/visit_links.c). Until it is wired to the
 * immunisation store it reports no late or catch-up dose and an unknown
 * IDL. Returns 0 or -1 with *cause.
 */
int store_visit_imm(struct store *st, const struct schedule *sched,
		    const char *person_id, struct date today,
		    struct visit_imm *out, char **cause);

/*
 * The date of person_id's latest SKILAS screening into *out: 1, 0 when
 * none is recorded, -1 with *cause. The priority list's lansia rule
 * reads it (src/store/visit_links.c); until it is wired to the screening
 * store no SKILAS is on record.
 */
int store_visit_skilas(struct store *st, const char *person_id,
		       struct date *out, char **cause);

#endif
