/* csv: writing one RFC 4180 field, with the formula guard. */
#include "core/csv.h"

#include <string.h>

int
csv_formula_risk(const char *v, size_t n)
{
	return n > 0 && strchr("=+-@\t\r", v[0]) != NULL && v[0] != '\0';
}

void
csv_field(struct strbuf *sb, const char *v, size_t n, int flags)
{
	int guard = (flags & CSV_FORMULA_GUARD) && csv_formula_risk(v, n);
	int quote = 0;
	size_t i;

	for (i = 0; i < n && !quote; i++)
		quote = v[i] == ',' || v[i] == '"' || v[i] == '\r' ||
			v[i] == '\n';
	if (!quote && !guard) {
		strbuf_add(sb, v, n);
		return;
	}
	if (quote)
		strbuf_addc(sb, '"');
	if (guard)
		strbuf_addc(sb, '\'');
	for (i = 0; i < n; i++) {
		if (v[i] == '"')
			strbuf_addc(sb, '"');
		strbuf_addc(sb, v[i]);
	}
	if (quote)
		strbuf_addc(sb, '"');
}
