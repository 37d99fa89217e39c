/*
 * store/register: what household.c, person.c and pregnancy.c share
 * inside the store: the actor's posyandu scope, the stale-save message
 * and small bind helpers for dates. Store-private: sqlite3.h.
 */
#ifndef ILP_STORE_REGISTER_H
#define ILP_STORE_REGISTER_H

#include "core/date.h"
#include "internal.h"

/*
 * The posyandu the actor is limited to: NULL for nakes/admin (every
 * posyandu), the kader's own otherwise ("-" when a kader has none, which
 * matches nothing). Needs an actor.
 */
const char *register_scope(const struct store *st);

/*
 * Fails unless the actor may see a household in posyandu_id. Returns 0,
 * or -1 with MSG_DB_OTHER_POSYANDU in *cause.
 */
int register_check_scope(struct store *st, const char *posyandu_id,
                         char **cause);

/*
 * The posyandu of a household into out (37 bytes). Returns 1, 0 when
 * there is no such household, -1 with *cause.
 */
int register_household_posyandu(struct store *st, const char *household_id,
                                char *out, char **cause);

/*
 * After an UPDATE ... WHERE version = ? changed no row: reads who saved
 * table's row id last and when, into *cause (MSG_DB_STALE), and returns
 * STORE_STALE; or -1 with MSG_REG_NOT_FOUND when the row is gone.
 * table is one of the string literals "person", "household",
 * "pregnancy".
 */
int register_stale(struct store *st, const char *table, const char *id,
                   char **cause);

/* Binds a date as YYYY-MM-DD. */
void register_bind_date(sqlite3_stmt *s, int i, struct date d);
/* Reads a YYYY-MM-DD column; {0,0,0} when NULL or malformed. */
struct date register_col_date(sqlite3_stmt *s, int i);

/* Runs a bound statement expecting no rows: 0 or -1 with *cause. */
int register_step_done(struct store *st, sqlite3_stmt *s, char **cause);

struct person;
/*
 * Every member of a household, in the order store_household_get()
 * promises (person.c). Returns 0 or -1 with *cause.
 */
int person_load_members(struct store *st, const char *household_id,
                        struct person **out, size_t *n, char **cause);

#endif
