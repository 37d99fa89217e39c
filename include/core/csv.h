/*
 * csv: one field of a CSV file as RFC 4180 writes it (fields holding a
 * comma, quote, CR or LF quoted, quotes doubled), optionally guarded
 * against spreadsheet formulas. Pure: appends to a buffer, never writes
 * files (cli/export does).
 */
#ifndef ILP_CORE_CSV_H
#define ILP_CORE_CSV_H

#include <stddef.h>

#include "util.h"

enum csv_flags {
	CSV_PLAIN = 0,
	/*
	 * A field starting with = + - @, a tab or a CR would be run as a
	 * formula by a spreadsheet that opens the file; it gets a leading '
	 * (shown as text, the OWASP advice for CSV injection).
	 */
	CSV_FORMULA_GUARD = 1
};

/* 1 when a field of n bytes would start a spreadsheet formula. */
int csv_formula_risk(const char *v, size_t n);

/*
 * Appends the n bytes of v (any bytes, NUL included) to sb as one field,
 * quoted when needed, with flags from enum csv_flags. Cannot fail.
 */
void csv_field(struct strbuf *sb, const char *v, size_t n, int flags);

#endif
