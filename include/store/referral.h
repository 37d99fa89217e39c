/*
 * store/referral: referrals (rujukan) and their history, shared by home
 * visits and screening. A kader sees and updates the referrals of their
 * own posyandu; nakes and admin those of the whole area. Outcomes are
 * recorded with the optimistic version check, and each one adds a row to
 * the append-only history. No curses.
 */
#ifndef ILP_STORE_REFERRAL_H
#define ILP_STORE_REFERRAL_H

#include <stddef.h>

#include "core/date.h"
#include "core/referral.h"
#include "store/db.h"

struct referral_new {
	const char *person_id;
	enum referral_source source;
	const char *source_id; /* the visit or screening; NULL for manual */
	const char *reason;
	enum referral_dest destination;
	struct date referred_on;
	struct date followup_on; /* use priority_followup_date() by default */
	/*
	 * store_referral_create() only: the form's save key
	 * (store_new_save_key()); NULL or "" for none. A key already
	 * recorded creates nothing and answers with the referral made then.
	 */
	const char *save_key;
};

struct referral {
	char *id;
	char *person_id;
	char *person_name;
	char *household_id;
	char *posyandu_id;
	char *address; /* of the person's household, for lists */
	enum referral_source source;
	char *source_id;
	char *reason;
	enum referral_dest destination;
	struct date referred_on;
	struct date followup_on;
	enum referral_status status;
	struct date status_on;
	long long version;
	char *updated_by;
	char *updated_at;
};

struct referral_event {
	enum referral_status status;
	struct date on_date;
	char *note;
	char *created_by;
	char *created_at;
};

void referral_free(struct referral *r);
void referral_list_free(struct referral *v, size_t n);
void referral_events_free(struct referral_event *v, size_t n);

/*
 * Creates a referral with status dirujuk and its first history row, in
 * its own transaction. The person must be visible to the actor. Writes
 * the new id into id_out (37 bytes) when not NULL. 0 or -1 with *cause.
 */
int store_referral_create(struct store *st, const struct referral_new *r,
			  char *id_out, char **cause);

struct referral_filter {
	int open_only;           /* only status other than selesai */
	const char *person_id;   /* NULL: any */
	const char *posyandu_id; /* NULL: every posyandu the actor sees */
};

/*
 * The referrals matching filter that the actor may see, oldest first.
 * Returns 0 or -1 with *cause.
 */
int store_referral_list(struct store *st, const struct referral_filter *f,
			struct referral **out, size_t *n, char **cause);

/* One referral and its history (oldest first): 1, 0 not found, -1. */
int store_referral_get(struct store *st, const char *id, struct referral *out,
		       struct referral_event **events, size_t *nevents,
		       char **cause);

/*
 * Records an outcome: moves the referral read at `version` to status
 * `to` on date `on` (checked by referral_check_outcome at today), with a
 * note. A referral changed meanwhile by someone else is refused with
 * who and when (MSG_DB_STALE). 0 or -1 with *cause.
 */
int store_referral_outcome(struct store *st, const char *id, long long version,
			   enum referral_status to, struct date on,
			   struct date today, const char *note, char **cause);

#endif
