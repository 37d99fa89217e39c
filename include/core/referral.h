/*
 * referral: the rules of a rujukan (ILP.md §4): where a person is sent,
 * the statuses it moves through (dirujuk -> datang/ditangani -> selesai,
 * or tidak datang), the default follow-up date (7 days, core/priority)
 * and when an open referral has become a kader's task. Home visits and
 * screening both create referrals; the store keeps them and their
 * history. Pure C: no curses, no SQL, no clock.
 */
#ifndef ILP_CORE_REFERRAL_H
#define ILP_CORE_REFERRAL_H

#include "core/date.h"

enum referral_status {
	REFERRAL_DIRUJUK,      /* sent; not yet known to have arrived */
	REFERRAL_DATANG,       /* came and was seen (datang/ditangani) */
	REFERRAL_TIDAK_DATANG, /* did not come */
	REFERRAL_SELESAI,      /* closed */
	REFERRAL_STATUS_COUNT
};

enum referral_dest {
	REFERRAL_PUSTU,
	REFERRAL_PUSKESMAS,
	REFERRAL_RS,
	REFERRAL_DEST_COUNT
};

enum referral_source {
	REFERRAL_SRC_KUNJUNGAN, /* a home visit's checklist */
	REFERRAL_SRC_SKRINING,  /* a screening result */
	REFERRAL_SRC_MANUAL,    /* entered by hand */
	REFERRAL_SRC_COUNT
};

#define REFERRAL_REASON_MAX 500
#define REFERRAL_NOTE_MAX 300

/* Stable codes for storage and CSV; NULL for a bad value. */
const char *referral_status_code(enum referral_status s);
const char *referral_dest_code(enum referral_dest d);
const char *referral_source_code(enum referral_source s);
/* Names in the current language. */
const char *referral_status_name(enum referral_status s);
const char *referral_dest_name(enum referral_dest d);
const char *referral_source_name(enum referral_source s);
/* Parse a code; 0 or -1. */
int referral_status_parse(const char *code, enum referral_status *out);
int referral_dest_parse(const char *code, enum referral_dest *out);
int referral_source_parse(const char *code, enum referral_source *out);

/*
 * 1 when a referral may move from one status to another: dirujuk ->
 * datang | tidak datang | selesai; tidak datang -> datang | selesai (a
 * late arrival, or closed after a home visit); datang -> selesai. A
 * closed referral stays closed; nothing moves to dirujuk.
 */
int referral_can_move(enum referral_status from, enum referral_status to);
/* Open = not yet selesai. */
int referral_is_open(enum referral_status s);
/*
 * 1 when the referral is the kader's task today: open, the person not
 * known to have been seen (dirujuk or tidak datang), and today after the
 * follow-up date (core/priority: on the date itself it is due, not past).
 */
int referral_is_overdue(enum referral_status s, struct date followup,
			struct date today);
/*
 * Checks an outcome being recorded: the move is allowed, the date is not
 * before the referral nor after today, the note not too long. Returns 0,
 * or -1 with an allocated *cause.
 */
int referral_check_outcome(enum referral_status from, enum referral_status to,
			   struct date referred, struct date on,
			   struct date today, const char *note, char **cause);

#endif
