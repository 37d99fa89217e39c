/*
 * store/export: the register's rows for `ilp export csv`, limited to
 * what the actor may see: a kader their own posyandu, nakes and admin
 * every posyandu (or one, with a filter). Values come out as text for the
 * CLI to write as CSV; the store never writes files. Every export is
 * audited (action 'export', with the table and the row count). No curses.
 */
#ifndef ILP_STORE_EXPORT_H
#define ILP_STORE_EXPORT_H

#include "store/db.h"

enum export_table { EXPORT_HOUSEHOLDS, EXPORT_PERSONS };

/* "households" or "persons"; returns 0 or -1. */
int export_table_parse(const char *name, enum export_table *out);
/* The column names of a table's rows, NULL-ended (static). */
const char *const *export_columns(enum export_table t);

/* Called for each row: n values ("" for none). Non-zero stops. */
typedef int (*export_row_fn)(void *ctx, const char *const *values, int n);

/*
 * Calls row() for every household or person the actor may see, in
 * posyandu and address order (posyandu_id: NULL for all the actor may
 * see). Returns the number of rows, or -1 with *cause (no actor, a
 * posyandu out of scope, a database error, or row() stopped: *cause is
 * then NULL and the caller knows why).
 */
long store_export(struct store *st, enum export_table t,
		  const char *posyandu_id, export_row_fn row, void *ctx,
		  char **cause);

#endif
