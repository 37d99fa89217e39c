/*
 * ui/scrui: what the screening screens share -- the thresholds in use,
 * the person being screened (loaded through the store), the header line
 * naming them, the screening date field that heads every form, the
 * referral destination choice, the short names of the kinds, and saving
 * with the message that says what was stored and whether a referral was
 * made. No SQL here.
 */
#ifndef ILP_UI_SCRUI_H
#define ILP_UI_SCRUI_H

#include <stddef.h>

#include "core/screening_answers.h"
#include "store/screening.h"

struct app;
struct qfield;
struct qform;

/* skrining.ini as loaded, or the built-in defaults. */
const struct screening_config *scrui_config(struct app *app);

/*
 * Loads the person (id borrowed) into *p. On failure says why on the
 * status line and returns -1 (*p is then empty).
 */
int scrui_person_load(struct app *app, const char *id,
		      struct screening_person *p);
/* The person's age in whole years today. */
int scrui_age(struct app *app, const struct screening_person *p);
/* "Sutini (P, 72 tahun) - Jl. Mawar 3 RT 001/RW 02" on row y. */
void scrui_person_line(struct app *app, const struct screening_person *p,
		       int y);

/* A short name for lists: "SKILAS", "Tekanan darah", "SRQ-20". */
const char *scrui_kind_short(enum screening_kind kind);

/* Choice labels for the referral destination (NULL-terminated). */
const char *const *scrui_dest_choices(void);
/* The destination for a choice index (-1 or bad: Puskesmas). */
enum referral_dest scrui_dest(int choice);

/*
 * The "Tanggal skrining" field: scrui_date_field() makes f a 10-character
 * number field (before qform_init), scrui_date_today() fills field of q
 * with today's date (after qform_init; not dirty) and puts the focus on
 * the field after it, the first answer.
 */
void scrui_date_field(struct qfield *f);
void scrui_date_today(struct app *app, struct qform *q, int field);

/*
 * A typed screening date (DD-MM-YYYY or DDMMYYYY) for screening p with
 * kind: not after today, not more than SCREENING_MAX_AGE_DAYS back, not
 * before p's birth, and p old enough for kind on that day. Returns 0
 * with *on, or -1 with an allocated *cause.
 */
int scrui_date_check(struct date today, const struct screening_person *p,
		     enum screening_kind kind, const char *text,
		     struct date *on, char **cause);

/*
 * The date in field of q, checked as above, for saving: 0 with *on, or
 * -1 with the field focused and marked and the message on the status
 * line (the typed text is kept).
 */
int scrui_date_get(struct app *app, struct qform *q, int field,
		   const struct screening_person *p, enum screening_kind kind,
		   struct date *on);

/*
 * Saves n screenings of p done on `on`, with referral destination dest.
 * save_key: the form's key, made once when it opened
 * (store_new_save_key()), so a save retried after an error is written
 * once. Shows what was saved (and the referral made) on the status line
 * as success, or the store's message as an error. Returns 0 or -1.
 */
int scrui_save(struct app *app, const struct screening_person *p,
	       struct date on, const char *save_key,
	       const struct screening_answers *a, size_t n,
	       enum referral_dest dest);

/* The live line of a result: "hipertensi derajat 2 - rujuk: <reason>". */
char *scrui_result_line(const struct screening_eval *e);

/*
 * What every screening form holds besides its fields: the person (id
 * taken from the screen's argument), the thresholds, one save key for
 * every attempt to save the form, today, and the kind whose age rule the
 * screening date is checked with.
 */
struct scrui_form {
	const struct screening_config *cfg;
	char *id;
	struct screening_person p;
	char save_key[STORE_SAVE_KEY_LEN];
	int loaded;
	struct date today;
	enum screening_kind kind;
};

/* Fills h from the screen's argument (a person id, taken) at entry. */
void scrui_form_open(struct scrui_form *h, struct app *app, void *arg,
		     enum screening_kind kind);
/* Reads the person; when that fails, says why and leaves the screen. */
void scrui_form_load(struct scrui_form *h, struct app *app);
/* The form's date field check: scrui_date_check for h's person. */
int scrui_form_check_date(const struct scrui_form *h, const char *text,
			  char **cause);
/* Frees what h holds. */
void scrui_form_done(struct scrui_form *h);

#endif
