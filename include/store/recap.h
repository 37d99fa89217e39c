/*
 * store/recap: the monthly recap of a posyandu (ILP.md §8, "rekap
 * bulanan posyandu") -- sasaran by life stage, home visits, doses, IDL
 * and IBL, IDL coverage, drop-out DPT1->MR1, SKILAS, AKS, blood
 * pressure, referrals and families by IKS category -- for one posyandu
 * or the whole area, and its text (80 columns) and CSV (RFC 4180) forms.
 *
 * Every indicator is defined once, in recap_indicators[]: its id (for
 * CSV and tests), its name as §8 says it, the definition shown on screen
 * (F1) and where its number comes from. The counts are read by the
 * modules that own the records (store_visit_recap, store_screening_recap,
 * store_iks_household) and, where no module had the query, by
 * src/store/recap.c itself. A kader gets only their own posyandu, and is
 * refused another one. No curses here.
 */
#ifndef ILP_STORE_RECAP_H
#define ILP_STORE_RECAP_H

#include <stddef.h>
#include <stdio.h>

#include "core/date.h"
#include "core/i18n.h"
#include "store/db.h"

struct schedule;
struct checklist_set;

enum recap_section {
	RECAP_SASARAN,   /* households and persons by life stage */
	RECAP_KUNJUNGAN, /* home visits and findings */
	RECAP_IMUNISASI, /* doses, IDL, IBL, coverage, drop-out */
	RECAP_SKRINING,  /* SKILAS, AKS, blood pressure */
	RECAP_RUJUKAN,   /* referrals made, completed, overdue */
	RECAP_IKS,       /* families by IKS category */
	RECAP_SECTION_COUNT
};

enum recap_kind {
	RECAP_KIND_COUNT,  /* a number */
	RECAP_KIND_PERCENT /* numerator / denominator x 100 */
};

/* One indicator: how it is named, explained and counted. */
struct recap_indicator {
	const char *id; /* "sasaran.balita": stable, ASCII, for CSV */
	enum recap_section section;
	enum msg_id name;       /* as ILP.md §8 names it */
	enum msg_id definition; /* what is counted, for F1 and the docs */
	enum recap_kind kind;
	int sub;    /* a breakdown of the indicator above it */
	size_t num; /* offset of the numerator (a long) in the sources */
	size_t den; /* offset of the denominator (percent only) */
};

/* The table: recap_indicator_count entries, in the order shown. */
extern const struct recap_indicator recap_indicators[];
extern const size_t recap_indicator_count;

/* The section's heading in the current language. */
const char *recap_section_name(enum recap_section s);

/* What computing a recap needs besides the database. */
struct recap_params {
	const struct schedule *schedule;        /* required */
	const struct checklist_set *checklists; /* IKS answers; may be NULL */
	struct date today;                      /* the app's "today" */
};

struct recap_value {
	long num;
	long den; /* percent only */
};

struct recap {
	int year, month;
	struct date first, last; /* the month's first and last day */
	struct date asof;        /* the reference day: last, or today when
				  * the month is not over */
	char *posyandu_code;     /* "" for the whole area */
	char *posyandu_name;     /* the area's words for the whole area */
	struct recap_value *v;   /* recap_indicator_count values, in order */
};

void recap_free(struct recap *r);

/*
 * The recap of month (1..12) of year for posyandu (an id or a code; NULL
 * for the whole area: nakes and admin). A kader always gets their own
 * posyandu; asking for another one is refused. A month after today's
 * month is refused. Returns 0 (free *out with recap_free), or -1 with an
 * allocated *cause.
 */
int store_recap(struct store *st, const struct recap_params *p,
		const char *posyandu, int year, int month, struct recap *out,
		char **cause);

/*
 * An indicator's value as shown: "12", "75.0%" ("-" for a percent whose
 * denominator is 0). Into buf (RECAP_VALUE_MAX bytes); returns buf.
 */
#define RECAP_VALUE_MAX 32
char *recap_value_text(const struct recap *r, size_t i, char *buf, size_t size);

/*
 * "YYYY-MM" into *year and *month (1900..9999, 1..12). Returns 0, or -1
 * with an allocated *cause naming the text.
 */
int recap_parse_month(const char *text, int *year, int *month, char **cause);

/*
 * The recap as a printed page, every line at most 80 columns, in the
 * current language: a title, the posyandu and month, then each section's
 * indicators with their values (a percent also shows num/den).
 * Returns 0, or -1 when writing failed.
 */
int recap_write_text(FILE *out, const struct recap *r);

/*
 * The recap as CSV (RFC 4180, UTF-8, CRLF line ends, a header row):
 * month, posyandu, section, indicator, name, value, numerator,
 * denominator. value is the count, or the percent with one decimal
 * ("" when the denominator is 0). Returns 0, or -1 when writing failed.
 */
int recap_write_csv(FILE *out, const struct recap *r);

#endif
