/*
 * store/visit_int: what the visit files of the store share (visit.c,
 * visit_draft.c, visit_recap.c, priority.c, iks.c) and nobody else sees.
 * Store-private: sqlite3.h.
 */
#ifndef ILP_STORE_VISIT_INT_H
#define ILP_STORE_VISIT_INT_H

#include "core/checklist.h"
#include "internal.h"

/* The schema's answer level: "info", "tindak_lanjut", "rujuk". */
const char *visit_level_code(enum checklist_level level);
/* The level of a stored code (anything else reads as INFO). */
enum checklist_level visit_level_parse(const char *code);

/* MSG_DB_STALE for a row last changed by who at at ("...Z"). */
void visit_stale_message(const char *who, const char *at, char **cause);

/*
 * Fails unless household_id is an active household the actor may see:
 * 0, or -1 with MSG_VIS_HOUSEHOLD / MSG_VIS_HOUSEHOLD_INACTIVE or a
 * database error in *cause.
 */
int visit_household_check(struct store *st, const char *household_id,
			  char **cause);

/* Deletes the draft id (any owner), inside the caller's transaction. */
int visit_draft_remove(struct store *st, const char *id, char **cause);

#endif
