/*
 * store/imm_private: what the two immunisation files of the store share
 * and nobody else sees: the SQL that finds a child's mother and the
 * address as shown on cards and lists.
 */
#ifndef ILP_STORE_IMM_PRIVATE_H
#define ILP_STORE_IMM_PRIVATE_H

#include <sqlite3.h>

#include "core/date.h"
#include "store/immunisation.h"

/*
 * The mother's name of the child p (struct imm_person says the rule): a
 * delivery on the child's birth date recorded for a woman of the
 * household first, then the relation to the head; '' when unknown.
 */
#define IMM_MOTHER                                                             \
	"coalesce((SELECT m.name FROM person m JOIN pregnancy g ON "           \
	"g.person_id = m.id WHERE m.household_id = p.household_id AND "        \
	"g.status = 'selesai' AND g.end_date = p.dob LIMIT 1), (SELECT "       \
	"m.name FROM person m WHERE m.household_id = p.household_id AND "      \
	"m.sex = 'P' AND m.id <> p.id AND m.dob <= date(p.dob, '-12 years') "  \
	"AND m.dob > date(p.dob, '-56 years') AND ((p.relation = 'anak' AND "  \
	"m.relation IN ('kepala', 'istri')) OR (p.relation = 'cucu' AND "      \
	"m.relation IN ('anak', 'menantu'))) ORDER BY m.relation = 'istri' "   \
	"DESC, m.dob DESC LIMIT 1), '')"

/* A date column; 1900-01-01 when NULL or malformed. */
struct date imm_col_date(sqlite3_stmt *s, int i);
/* 1 for a woman of 15-49 completed years on date at. */
int imm_wus_age(const struct imm_person *p, struct date at);

/*
 * "DPT:2025-03-10,OPV:2025-01-20" (a child's doses folded by
 * group_concat) into given[0..max); unknown codes are skipped. Returns
 * how many were read (immunisation_due.c; the recap reads the same).
 */
size_t imm_doses_parse(const struct schedule *s, const char *text,
		       struct dose_given *given, size_t max);

/*
 * "Jl. Mawar No. 3, RT 001/RW 02, Krajan" from a household's address,
 * RT, RW and dusun (any may be NULL or empty). The caller frees it.
 */
char *imm_address_text(const char *address, const char *rt, const char *rw,
		       const char *dusun);

#endif
