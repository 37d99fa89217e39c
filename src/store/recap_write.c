/*
 * store/recap_write: the monthly recap as a printed page (every line at
 * most 80 columns) and as CSV (RFC 4180: CRLF, quoted where needed,
 * UTF-8, a header row). Both walk recap_indicators[] in order, so the
 * screen, the page and the spreadsheet show the same rows. Writes to a
 * FILE the caller opened; opens no file itself.
 */
#include "store/recap.h"

#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "util.h"

#define RECAP_PAGE_COLS 76 /* rows; a printed page has 80 */
#define RECAP_VALUE_COLS 20

/* num/den as a percent with one decimal and suffix; den 0: empty. */
static void
recap_percent(long num, long den, const char *suffix, char *buf, size_t size)
{
	long tenths;

	if (den <= 0) {
		snprintf(buf, size, "%s", suffix[0] != '\0' ? "-" : "");
		return;
	}
	/* rounded half away from zero */
	tenths = (num * 2000 / den + (num >= 0 ? 1 : -1)) / 2;
	snprintf(buf, size, "%s%ld.%ld%s", tenths < 0 ? "-" : "",
		 labs(tenths) / 10, labs(tenths) % 10, suffix);
}

char *
recap_value_text(const struct recap *r, size_t i, char *buf, size_t size)
{
	if (recap_indicators[i].kind == RECAP_KIND_COUNT)
		snprintf(buf, size, "%ld", r->v[i].num);
	else
		recap_percent(r->v[i].num, r->v[i].den, "%", buf, size);
	return buf;
}

/* s cut to at most cols columns (whole characters), into buf. */
static const char *
recap_fit(const char *s, int cols, char *buf, size_t size)
{
	size_t n = 0, len = strlen(s), k;
	uint32_t cp;
	int w = 0, cw;

	while (n < len) {
		k = utf8_decode(s + n, len - n, &cp);
		if (k == 0)
			break;
		cw = utf8_cp_width(cp);
		if (cw < 0)
			cw = 1;
		if (w + cw > cols || n + k >= size)
			break;
		w += cw;
		n += k;
	}
	memcpy(buf, s, n);
	buf[n] = '\0';
	return buf;
}

static void
recap_text_row(FILE *out, const struct recap *r, size_t i)
{
	const struct recap_indicator *d = &recap_indicators[i];
	int indent = d->sub ? 4 : 2;
	int width = RECAP_PAGE_COLS - RECAP_VALUE_COLS - indent - 1;
	char value[RECAP_VALUE_MAX * 2], num[RECAP_VALUE_MAX], name[256];

	recap_value_text(r, i, num, sizeof num);
	if (d->kind == RECAP_KIND_PERCENT)
		snprintf(value, sizeof value, "%s (%ld/%ld)", num, r->v[i].num,
			 r->v[i].den);
	else
		snprintf(value, sizeof value, "%s", num);
	fprintf(out, "%*s%-*s %*s\n", indent, "", width,
		recap_fit(tr(d->name), width, name, sizeof name),
		RECAP_VALUE_COLS, value);
}

/* A line of the header, cut to the page's width; takes line. */
static void
recap_text_line(FILE *out, char *line)
{
	char fit[512];

	fprintf(out, "%s\n", recap_fit(line, RECAP_PAGE_COLS, fit, sizeof fit));
	free(line);
}

int
recap_write_text(FILE *out, const struct recap *r)
{
	char first[DATE_ISO_LEN], last[DATE_ISO_LEN], asof[DATE_ISO_LEN];
	int section = -1;
	size_t i;

	recap_text_line(out, trf(MSG_RECAP_TITLE, r->year, r->month));
	recap_text_line(out, r->posyandu_code[0] != '\0'
				     ? trf(MSG_RECAP_POSYANDU, r->posyandu_code,
					   r->posyandu_name)
				     : xstrdup(r->posyandu_name));
	recap_text_line(out,
			trf(MSG_RECAP_PERIOD, date_format_ui(r->first, first),
			    date_format_ui(r->last, last),
			    date_format_ui(r->asof, asof)));
	for (i = 0; i < recap_indicator_count; i++) {
		if ((int)recap_indicators[i].section != section) {
			section = (int)recap_indicators[i].section;
			fprintf(out, "\n%s\n", recap_section_name(section));
		}
		recap_text_row(out, r, i);
	}
	fprintf(out, "\n%s\n", tr(MSG_RECAP_FOOT));
	return ferror(out) ? -1 : 0;
}

/* One CSV field: quoted when it holds a comma, a quote, CR or LF. */
static void
recap_csv_field(FILE *out, const char *s, int last)
{
	const char *p;

	if (strpbrk(s, ",\"\r\n") == NULL) {
		fputs(s, out);
	} else {
		fputc('"', out);
		for (p = s; *p != '\0'; p++) {
			if (*p == '"')
				fputc('"', out);
			fputc(*p, out);
		}
		fputc('"', out);
	}
	fputs(last ? "\r\n" : ",", out);
}

int
recap_write_csv(FILE *out, const struct recap *r)
{
	static const char *const head[] = {
		"month", "posyandu", "section",   "indicator",
		"name",  "value",    "numerator", "denominator",
	};
	static const char *const sections[RECAP_SECTION_COUNT] = {
		"sasaran",  "kunjungan", "imunisasi",
		"skrining", "rujukan",   "iks",
	};
	char month[16], value[RECAP_VALUE_MAX], num[32], den[32];
	size_t i, k;

	for (k = 0; k < 8; k++)
		recap_csv_field(out, head[k], k == 7);
	snprintf(month, sizeof month, "%04u-%02u", (unsigned)r->year,
		 (unsigned)r->month);
	for (i = 0; i < recap_indicator_count; i++) {
		const struct recap_indicator *d = &recap_indicators[i];
		int pct = d->kind == RECAP_KIND_PERCENT;

		if (pct) /* a bare number for the spreadsheet */
			recap_percent(r->v[i].num, r->v[i].den, "", value,
				      sizeof value);
		else
			recap_value_text(r, i, value, sizeof value);
		snprintf(num, sizeof num, "%ld", r->v[i].num);
		snprintf(den, sizeof den, "%ld", r->v[i].den);
		recap_csv_field(out, month, 0);
		recap_csv_field(out, r->posyandu_code, 0);
		recap_csv_field(out, sections[d->section], 0);
		recap_csv_field(out, d->id, 0);
		recap_csv_field(out, tr(d->name), 0);
		recap_csv_field(out, value, 0);
		recap_csv_field(out, pct ? num : "", 0);
		recap_csv_field(out, pct ? den : "", 1);
	}
	return ferror(out) ? -1 : 0;
}
