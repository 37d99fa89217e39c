/*
 * The CSV writer of `ilp export csv` (core/csv) round-trips: arbitrary
 * fields are written as one record and read back by an independent RFC
 * 4180 parser here; every field must come back byte for byte (with the
 * leading ' of the formula guard where it applies), and the record must
 * be well formed: quotes balanced, fields separated by commas, CRLF at
 * the end only. The first input byte picks the flags; byte 0x1f splits
 * the rest into fields.
 */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

#include "core/csv.h"
#include "util.h"

#define FUZZ_CSV_MAX_FIELDS 64

struct field {
	const char *p;
	size_t n;
};

/*
 * Reads one record of buf (ending in CRLF) into out[], each field a
 * fresh strbuf. Returns the number of fields, or -1 when the record is
 * not RFC 4180.
 */
static int
csv_parse(const char *buf, size_t len, struct strbuf *out, int max)
{
	size_t pos = 0;
	int n = 0;

	for (;;) {
		struct strbuf *f;

		if (n == max)
			return -1;
		f = &out[n++];
		strbuf_init(f);
		if (pos < len && buf[pos] == '"') {
			pos++;
			for (;;) {
				if (pos >= len)
					return -1; /* unclosed quote */
				if (buf[pos] == '"') {
					if (pos + 1 < len && buf[pos + 1] == '"') {
						strbuf_addc(f, '"');
						pos += 2;
						continue;
					}
					pos++;
					break;
				}
				strbuf_addc(f, buf[pos++]);
			}
		} else {
			while (pos < len && buf[pos] != ',' && buf[pos] != '\r') {
				if (buf[pos] == '"' || buf[pos] == '\n')
					return -1; /* must have been quoted */
				strbuf_addc(f, buf[pos++]);
			}
		}
		if (pos < len && buf[pos] == ',') {
			pos++;
			continue;
		}
		if (pos + 2 == len && buf[pos] == '\r' && buf[pos + 1] == '\n')
			return n;
		return -1;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct field in[FUZZ_CSV_MAX_FIELDS];
	struct strbuf rec, back[FUZZ_CSV_MAX_FIELDS + 1];
	const char *p, *end;
	int flags, n = 0, got, i;

	if (size < 1 || size > 65536)
		return 0;
	flags = data[0] & 1 ? CSV_FORMULA_GUARD : CSV_PLAIN;
	p = (const char *)data + 1;
	end = (const char *)data + size;
	for (;;) {
		const char *sep = memchr(p, 0x1f, (size_t)(end - p));

		if (n == FUZZ_CSV_MAX_FIELDS)
			return 0;
		in[n].p = p;
		in[n].n = (size_t)((sep != NULL ? sep : end) - p);
		n++;
		if (sep == NULL)
			break;
		p = sep + 1;
	}
	strbuf_init(&rec);
	for (i = 0; i < n; i++) {
		if (i > 0)
			strbuf_addc(&rec, ',');
		csv_field(&rec, in[i].p, in[i].n, flags);
	}
	strbuf_add(&rec, "\r\n", 2);
	memset(back, 0, sizeof back);
	got = csv_parse(rec.buf, rec.len, back, FUZZ_CSV_MAX_FIELDS + 1);
	if (got != n)
		abort(); /* malformed, or a field split or merged */
	for (i = 0; i < n; i++) {
		size_t skip = (flags & CSV_FORMULA_GUARD) &&
		                              csv_formula_risk(in[i].p, in[i].n)
		                      ? 1
		                      : 0;

		if (back[i].len != in[i].n + skip ||
		    (skip && back[i].buf[0] != '\'') ||
		    (in[i].n > 0 &&
		     memcmp(back[i].buf + skip, in[i].p, in[i].n) != 0))
			abort(); /* a field changed on the way */
		if ((flags & CSV_FORMULA_GUARD) && back[i].len > 0 &&
		    strchr("=+-@\t\r", back[i].buf[0]) != NULL &&
		    back[i].buf[0] != '\0')
			abort(); /* a formula got through */
	}
	for (i = 0; i < FUZZ_CSV_MAX_FIELDS + 1; i++)
		strbuf_done(&back[i]);
	strbuf_done(&rec);
	return 0;
}
