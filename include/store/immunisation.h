/*
 * store/immunisation: immunisation doses (ILP.md §3) as events in the
 * dose table, and the queries behind the immunisation card, the lists of
 * children and women, and the due lists ("Sasaran imunisasi", `ilp due`).
 *
 * Every rule a dose must pass is enforced here, for the UI and the CLI
 * alike: who may record (nakes and admin; a kader only where ilp.ini
 * allows it, in their own posyandu), the entry checks of §3.2.1, and the
 * evaluator of core/schedule: a dose that would be invalid is refused
 * with the rule in plain words unless it is copied from a paper card
 * (history), when it is stored and shown as invalid. Doses are never
 * edited or deleted; a nakes voids a dose with a reason. A kader sees
 * only their own posyandu. No curses here.
 */
#ifndef ILP_STORE_IMMUNISATION_H
#define ILP_STORE_IMMUNISATION_H

#include <stddef.h>
#include <stdio.h>

#include "core/date.h"
#include "core/schedule.h"
#include "store/db.h"

/* Where a dose was given (the schema's dose.place). */
enum imm_place {
	IMM_PLACE_POSYANDU,
	IMM_PLACE_PUSTU,
	IMM_PLACE_PUSKESMAS,
	IMM_PLACE_OTHER, /* faskes lain: hospital, clinic, private midwife */
	IMM_PLACE_COUNT
};

/* "posyandu", "pustu", "puskesmas", "faskes_lain". */
const char *imm_place_code(enum imm_place p);
/* The place in words of the current language. */
const char *imm_place_name(enum imm_place p);
/* Parses a code; returns 0 or -1. */
int imm_place_parse(const char *code, enum imm_place *out);

/* A child's age on day in short words: "12 hr", "5 bl", "2 th 3 bl"
 * (current language) into buf; returns buf. */
char *imm_age_words(struct date dob, struct date day, char *buf, size_t size);

#define IMM_BATCH_MAX 40 /* characters */
/*
 * A batch number: 0-40 letters, digits, blanks, '-', '/' and '.' (NULL
 * is empty). Returns 0, or -1 with an allocated *why.
 */
int imm_batch_check(const char *batch, char **why);
#define IMM_GIVEN_BY_MAX 100 /* characters */
#define IMM_REASON_MAX 200   /* characters of a void reason */

/* ---- the card -------------------------------------------------------- */

/* The person a card is about, with what the card's header shows. */
struct imm_person {
	char *id;
	char *name;
	char sex; /* 'L' or 'P' */
	struct date dob;
	int dob_estimated;
	int active;   /* status 'aktif' (not moved away, not died) */
	int pregnant; /* an open pregnancy is recorded */
	char *household_id;
	char *address; /* "Jl. Mawar No. 3, RT 001/RW 02, Krajan" */
	char *posyandu_id;
	char *posyandu_code;
	char *posyandu_name;
	/* The mother's name, or "" when the register does not tell: the
	 * woman of the household whose delivery on the child's birth date is
	 * recorded, else the wife (or female head) for an 'anak' and a
	 * daughter or daughter-in-law for a 'cucu'. */
	char *mother_name;
};

/* One recorded dose. */
struct imm_dose {
	char *id;
	char antigen[SCHEDULE_CODE_MAX]; /* as recorded: "DPT", "Td" */
	struct date date;
	enum imm_place place;
	char *batch;    /* "" when not written */
	char *given_by; /* "" when not written */
	int history;    /* copied from a paper card (KMS / Buku KIA) */
	int voided;
	char *void_reason; /* NULL unless voided */
	char *voided_by;
	char *voided_at; /* "YYYY-MM-DDTHH:MM:SSZ" */
	long version;
	char *created_by;
	char *created_at;
};

struct imm_card {
	struct imm_person person;
	struct imm_dose *doses; /* every dose, voided too, by date */
	size_t n;
};

/*
 * Reads the card of the person with id person_id: the header and every
 * dose. Returns 1 (free *out with imm_card_free), 0 when there is no such
 * person or the actor may not see them (another posyandu), or -1 with an
 * allocated *cause.
 */
int store_imm_card(struct store *st, const char *person_id,
		   struct imm_card *out, char **cause);
/* Frees what the card holds; a zeroed card is fine. */
void imm_card_free(struct imm_card *c);

/*
 * The doses of c that count (not voided, antigen known to s) as the
 * evaluator's input: out[0..*n-1], and map[k] = the index in c->doses of
 * out[k]. max is the room in out and map (SCHEDULE_MAX_GIVEN is enough
 * for any card the store accepts).
 */
void imm_card_given(const struct schedule *s, const struct imm_card *c,
		    struct dose_given *out, size_t *map, size_t max, size_t *n);

/* 1 when the card shows the child schedule: under 6 years on today, or
 * any dose of a child antigen recorded. */
int imm_card_is_child(const struct schedule *s, const struct imm_card *c,
		      struct date today);
/* 1 when the card shows the Td status: a woman of 15-49 years on today,
 * pregnant, or any Td dose recorded. */
int imm_card_is_wus(const struct schedule *s, const struct imm_card *c,
		    struct date today);

/* ---- recording and voiding ------------------------------------------- */

/* What recording needs beyond the dose: the rules of this installation. */
struct imm_policy {
	const struct schedule *schedule; /* required */
	struct date today;               /* no dose after this date */
	int kader_may_record;            /* [imunisasi] kader_may_record */
};

struct imm_new {
	const char *person_id;
	const char *antigen; /* a code of the schedule, any case */
	struct date date;
	enum imm_place place;
	const char *batch;    /* NULL or "" when not written */
	const char *given_by; /* NULL or "" when not written */
	int history;          /* copied from a paper card */
	/*
	 * The form's save key (store_new_save_key()); NULL or "" for none.
	 * A dose whose key is already recorded is not recorded again: the
	 * call returns 0 with the dose recorded then.
	 */
	const char *save_key;
};

/* Which input a refusal is about, so a form can focus that field. */
enum imm_field {
	IMM_FIELD_NONE,
	IMM_FIELD_ANTIGEN,
	IMM_FIELD_DATE,
	IMM_FIELD_PLACE,
	IMM_FIELD_BATCH,
	IMM_FIELD_GIVEN_BY
};

/*
 * Records a dose in one transaction. Refused, with nothing written, an
 * allocated *cause and the field it is about in *field (may be NULL):
 *   - no actor; a kader when pol->kader_may_record is 0; a person the
 *     actor may not see, or one who has moved away or died;
 *   - an unknown antigen; a date before the date of birth or after
 *     pol->today; a batch number that is not 0-40 letters, digits,
 *     blanks, '-', '/' and '.'; a giver's name that validate_name()
 *     refuses (when one is given);
 *   - a kader's dose given here (not history) at a place other than the
 *     posyandu;
 *   - Td for someone who is not a woman (and, unless history, not 15-49
 *     years old or pregnant); a child antigen for a person of 6 years or
 *     more, unless history;
 *   - a dose the schedule would not count (too young, too soon after the
 *     previous dose, too old, the series already complete, an antigen
 *     not scheduled here) or that would make a recorded dose invalid,
 *     unless in->history: then it is stored and shows as invalid.
 * Returns 0 and the new dose's id in id_out (may be NULL), or -1.
 */
int store_imm_record(struct store *st, const struct imm_policy *pol,
		     const struct imm_new *in, char id_out[37],
		     enum imm_field *field, char **cause);

/*
 * Voids a dose recorded by mistake (nakes and admin only): the reason
 * (1-200 characters, required), the user and the time are kept and
 * audited. version is the dose's version as read; when someone else
 * changed it since, MSG_DB_STALE says who and when. Returns 0 or -1 with
 * an allocated *cause.
 */
int store_imm_void(struct store *st, const char *dose_id, long version,
		   const char *reason, char **cause);

/* ---- lists ------------------------------------------------------------ */

enum imm_list_kind {
	IMM_LIST_CHILDREN, /* balita: under 60 months */
	IMM_LIST_WUS       /* women of 15-49 years, and pregnant women */
};

struct imm_list_row {
	char *id;
	char *name;
	char sex;
	struct date dob;
	int pregnant;
	char *mother_name; /* children; "" when unknown */
	char *address;
	char *posyandu_code;
};

/*
 * The active persons of a kind on date today in posyandu_id (NULL: every
 * posyandu the actor may see; a kader always gets their own), whose name
 * contains the words of filter in that order (ASCII case-insensitive;
 * NULL or "" for all), by name, at most limit rows. Returns 0 and *out
 * (free with imm_list_free), or -1 with *cause.
 */
int store_imm_list(struct store *st, enum imm_list_kind kind,
		   const char *posyandu_id, struct date today,
		   const char *filter, size_t limit, struct imm_list_row **out,
		   size_t *n, char **cause);
void imm_list_free(struct imm_list_row *v, size_t n);

/* ---- due lists ------------------------------------------------------- */

/* One child of a due list with the targets that are due, late or
 * catch-up on the day. The strings are borrowed for the callback. */
struct imm_due_child {
	const char *person_id;
	const char *name;
	char sex;
	struct date dob;
	const char *household_id;
	const char *mother_name; /* "" when unknown */
	const char *address;
	const char *posyandu_code;
	const struct schedule_result *result; /* the whole evaluation */
	size_t n;                             /* due targets below */
	size_t due[SCHEDULE_MAX_TARGETS];     /* indices into result->targets */
};

typedef void (*imm_due_fn)(const struct imm_due_child *c, void *arg);

/*
 * Evaluates every active child under 5 in posyandu_id (NULL: every
 * posyandu the actor may see; a kader always gets their own) on date day,
 * counting only the doses given on or before day, and calls fn for each
 * child with a due, late or catch-up dose, by posyandu code, then name.
 * fn must not call the store. Returns the number of children reported,
 * or -1 with *cause.
 */
long store_imm_due(struct store *st, const struct schedule *s,
		   const char *posyandu_id, struct date day, imm_due_fn fn,
		   void *arg, char **cause);

/* One due dose, copied for a screen or a printed list. */
struct imm_due_row {
	char *person_id;
	char *name;
	char sex;
	struct date dob;
	char *mother_name;
	char *address;
	char *posyandu_code;
	size_t target; /* index into schedule->targets */
	enum schedule_status status;
	struct date earliest;
};

/*
 * store_imm_due() collected into rows grouped by dose: in the schedule's
 * target order, then by name. Returns 0 (free with imm_due_rows_free) or
 * -1 with *cause.
 */
int store_imm_due_rows(struct store *st, const struct schedule *s,
		       const char *posyandu_id, struct date day,
		       struct imm_due_row **out, size_t *n, char **cause);
void imm_due_rows_free(struct imm_due_row *v, size_t n);
/* How many different children the rows are about. */
size_t imm_due_rows_children(const struct imm_due_row *v, size_t n);

/*
 * Writes due rows (grouped as store_imm_due_rows gives them) as a plain
 * text list for printing, 80 columns, in the current language: a title
 * with the posyandu and the day, then per dose its children with age,
 * status, earliest date, mother and address.
 */
void imm_due_write_text(FILE *out, const struct schedule *s,
			const char *posyandu_name, struct date day,
			const struct imm_due_row *v, size_t n);

#endif
