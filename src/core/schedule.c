/*
 * schedule: reading imunisasi.ini into a struct schedule, the evaluator
 * of ILP.md §3.2 and §3.3, explanations and the TSV of `ilp schedule`.
 * Dates are compared as day numbers; evaluation allocates nothing.
 */
#include "core/schedule.h"

#include <assert.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/inidoc.h"
#include "util.h"

#define SCHEDULE_DURATION_MAX 9999
#define SCHEDULE_GRACE_MAX 30
#define SCHEDULE_OPT_JE "je_endemic"

/* ---- Durations ---- */

struct date
schedule_add(struct date dob, struct schedule_duration d)
{
	switch (d.unit) {
	case SCHEDULE_DAYS:
		return date_add_days(dob, d.n);
	case SCHEDULE_WEEKS:
		return date_add_days(dob, 7 * d.n);
	case SCHEDULE_MONTHS:
		return date_add_months(dob, (int)d.n);
	case SCHEDULE_YEARS:
		return date_add_months(dob, (int)(12 * d.n));
	}
	return dob;
}

static long
schedule_add_days(struct date base, struct schedule_duration d)
{
	return date_to_days(schedule_add(base, d));
}

static int
schedule_monthly(struct schedule_duration d)
{
	return d.unit == SCHEDULE_MONTHS || d.unit == SCHEDULE_YEARS;
}

/* The duration in its own scale: days for d/w, months for m/y. */
static long
schedule_scale(struct schedule_duration d)
{
	switch (d.unit) {
	case SCHEDULE_WEEKS:
		return 7 * d.n;
	case SCHEDULE_YEARS:
		return 12 * d.n;
	default:
		return d.n;
	}
}

/*
 * Compares two durations over every date of birth: sets *le when a <= b
 * always and *lt when a < b always. Days and months only meet through
 * the calendar, so mixed units are tried on the starts that differ (the
 * 1st, which stands for days 1..28, and 29..31 of every month of a leap
 * cycle).
 */
static void
schedule_dur_compare(struct schedule_duration a, struct schedule_duration b,
		     int *le, int *lt)
{
	static const int days[] = {1, 29, 30, 31};
	int y, m;
	size_t i;

	if (schedule_monthly(a) == schedule_monthly(b)) {
		*le = schedule_scale(a) <= schedule_scale(b);
		*lt = schedule_scale(a) < schedule_scale(b);
		return;
	}
	*le = *lt = 1;
	for (y = 2024; y < 2028; y++) {
		for (m = 1; m <= 12; m++) {
			for (i = 0; i < ILP_ARRAY_LEN(days); i++) {
				struct date start = {y, m, days[i]};
				long da, db;

				if (!date_valid(y, m, days[i]))
					continue;
				da = schedule_add_days(start, a);
				db = schedule_add_days(start, b);
				if (da > db)
					*le = 0;
				if (da >= db)
					*lt = 0;
			}
		}
	}
}

/* Returns 0, -1 when malformed, -2 when negative. */
static int
schedule_parse_duration(const char *text, struct schedule_duration *out)
{
	char num[16];
	const char *p = text;
	size_t len = 0;
	int neg = 0;
	long n;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	while (isdigit((unsigned char)*p) && len + 1 < sizeof num)
		num[len++] = *p++;
	num[len] = '\0';
	if (len == 0 || isdigit((unsigned char)*p))
		return -1;
	while (*p == ' ' || *p == '\t')
		p++;
	switch (tolower((unsigned char)*p)) {
	case 'd':
		out->unit = SCHEDULE_DAYS;
		break;
	case 'w':
		out->unit = SCHEDULE_WEEKS;
		break;
	case 'm':
		out->unit = SCHEDULE_MONTHS;
		break;
	case 'y':
		out->unit = SCHEDULE_YEARS;
		break;
	default:
		return -1;
	}
	p++;
	while (*p == ' ' || *p == '\t')
		p++;
	if (*p != '\0' || parse_long(num, 0, SCHEDULE_DURATION_MAX, &n) < 0)
		return -1;
	if (neg && n != 0)
		return -2;
	out->n = n;
	return 0;
}

/* "8w" as written in the file. */
static char *
schedule_duration_code(struct schedule_duration d, char *buf, size_t size)
{
	static const char units[] = "dwmy";

	snprintf(buf, size, "%ld%c", d.n, units[d.unit]);
	return buf;
}

static const char *
schedule_count_words(long n, enum msg_id one, enum msg_id many, char *buf,
		     size_t size)
{
	return trn(buf, size, n == 1 ? one : many, n);
}

char *
schedule_duration_words(struct schedule_duration d, char *buf, size_t size)
{
	switch (d.unit) {
	case SCHEDULE_DAYS:
		schedule_count_words(d.n, MSG_SCHED_DAY, MSG_SCHED_DAYS, buf,
				     size);
		break;
	case SCHEDULE_WEEKS:
		schedule_count_words(d.n, MSG_SCHED_WEEK, MSG_SCHED_WEEKS, buf,
				     size);
		break;
	case SCHEDULE_MONTHS:
		schedule_count_words(d.n, MSG_SCHED_MONTH, MSG_SCHED_MONTHS,
				     buf, size);
		break;
	case SCHEDULE_YEARS:
		schedule_count_words(d.n, MSG_SCHED_YEAR, MSG_SCHED_YEARS, buf,
				     size);
		break;
	}
	return buf;
}

/*
 * The time from `from` to `to` in words: "2 bulan 5 hari", or in weeks
 * and days, or days alone, as unit asks (an age, or an interval in the
 * unit of its rule).
 */
static char *
schedule_span_words(struct date from, struct date to, enum schedule_unit unit,
		    char *buf, size_t size)
{
	char big[32], small[32]; /* "12 months": the sum fits in 64 */
	long days = date_diff_days(from, to);
	long whole, rest;

	if (days < 0 || unit == SCHEDULE_DAYS)
		return (char *)schedule_count_words(days, MSG_SCHED_DAY,
						    MSG_SCHED_DAYS, buf, size);
	if (unit == SCHEDULE_WEEKS) {
		whole = days / 7;
		rest = days % 7;
		schedule_count_words(whole, MSG_SCHED_WEEK, MSG_SCHED_WEEKS,
				     big, sizeof big);
	} else {
		whole = date_age_months(from, to);
		rest = date_diff_days(date_add_months(from, (int)whole), to);
		schedule_count_words(whole, MSG_SCHED_MONTH, MSG_SCHED_MONTHS,
				     big, sizeof big);
	}
	schedule_count_words(rest, MSG_SCHED_DAY, MSG_SCHED_DAYS, small,
			     sizeof small);
	if (whole == 0)
		snprintf(buf, size, "%s", small);
	else if (rest == 0)
		snprintf(buf, size, "%s", big);
	else
		snprintf(buf, size, "%s %s", big, small);
	return buf;
}

static char *
schedule_age_words(struct date dob, struct date at, char *buf, size_t size)
{
	return schedule_span_words(dob, at, SCHEDULE_MONTHS, buf, size);
}

/* ---- Loading ---- */

struct schedule_loader {
	const char *path;
	struct strlist *errors;
	int failed;
	struct schedule *s;
	/* Which section each target and antigen came from, for messages. */
	const char *section[SCHEDULE_MAX_TARGETS];
	const char *antigen_section[SCHEDULE_MAX_ANTIGENS];
};

static void
schedule_error(struct schedule_loader *l, char *msg)
{
	strlist_take(l->errors, msg);
	l->failed = 1;
}

static void
schedule_bad_value(struct schedule_loader *l, const char *sec, const char *key,
		   const char *value, char *allowed)
{
	schedule_error(
		l, trf(MSG_CFG_BAD_VALUE, l->path, sec, key, value, allowed));
	free(allowed);
}

/* A required key is absent; takes ownership of allowed. */
static void
schedule_missing(struct schedule_loader *l, const char *sec, const char *key,
		 char *allowed)
{
	schedule_error(l,
		       trf(MSG_SCHED_CFG_MISSING, l->path, sec, key, allowed));
	free(allowed);
}

static int
schedule_valid_name(const char *name, size_t max)
{
	size_t i;

	for (i = 0; name[i] != '\0'; i++)
		if (!isalnum((unsigned char)name[i]))
			return 0;
	return i > 0 && i < max;
}

static void
schedule_upper(char *dst, const char *src, size_t size)
{
	size_t i;

	for (i = 0; src[i] != '\0' && i + 1 < size; i++)
		dst[i] = (char)toupper((unsigned char)src[i]);
	dst[i] = '\0';
}

static int
schedule_is_none(const char *v)
{
	return v[0] == '\0' || strcmp(v, "-") == 0;
}

/* Checks that every key of sec is one of the NULL-terminated keys. */
static void
schedule_check_keys(struct schedule_loader *l, const struct inidoc_section *sec,
		    const char *const *keys)
{
	size_t i, k;

	for (i = 0; i < sec->n; i++) {
		for (k = 0; keys[k] != NULL; k++)
			if (strcmp(sec->entries[i].key, keys[k]) == 0)
				break;
		if (keys[k] == NULL) {
			struct strbuf sb;

			strbuf_init(&sb);
			for (k = 0; keys[k] != NULL; k++) {
				if (k > 0)
					strbuf_adds(&sb, ", ");
				strbuf_adds(&sb, keys[k]);
			}
			schedule_error(l, trf(MSG_SCHED_CFG_UNKNOWN_KEY,
					      l->path, sec->name,
					      sec->entries[i].key, sb.buf));
			strbuf_done(&sb);
		}
	}
}

static void
schedule_load_options(struct schedule_loader *l,
		      const struct inidoc_section *sec)
{
	static const char *const keys[] = {"grace_days", SCHEDULE_OPT_JE, NULL};
	const char *v;
	long n;

	schedule_check_keys(l, sec, keys);
	v = inidoc_get(sec, "grace_days");
	if (v != NULL) {
		if (parse_long(v, 0, SCHEDULE_GRACE_MAX, &n) < 0)
			schedule_bad_value(l, sec->name, "grace_days", v,
					   trf(MSG_CFG_ALLOWED_RANGE, 0L,
					       (long)SCHEDULE_GRACE_MAX));
		else
			l->s->grace_days = (int)n;
	}
	v = inidoc_get(sec, SCHEDULE_OPT_JE);
	if (v != NULL) {
		if (str_eq_ci(v, "yes"))
			l->s->je_endemic = 1;
		else if (str_eq_ci(v, "no"))
			l->s->je_endemic = 0;
		else
			schedule_bad_value(l, sec->name, SCHEDULE_OPT_JE, v,
					   xstrdup(tr(MSG_SCHED_CFG_YES_NO)));
	}
}

static void
schedule_load_antigen(struct schedule_loader *l,
		      const struct inidoc_section *sec, const char *suffix)
{
	static const char *const keys[] = {"name", "code", "for", "only_when",
					   NULL};
	struct schedule *s = l->s;
	struct schedule_antigen *a;
	const char *v;

	if (!schedule_valid_name(suffix, SCHEDULE_CODE_MAX)) {
		schedule_error(l, trf(MSG_SCHED_CFG_BAD_NAME, l->path,
				      sec->name, SCHEDULE_CODE_MAX - 1));
		return;
	}
	if (s->n_antigens == SCHEDULE_MAX_ANTIGENS) {
		schedule_error(l,
			       trf(MSG_SCHED_CFG_TOO_MANY, l->path, sec->name,
				   tr(MSG_SCHED_CFG_WORD_ANTIGENS),
				   SCHEDULE_MAX_ANTIGENS));
		return;
	}
	l->antigen_section[s->n_antigens] = sec->name;
	a = &s->antigens[s->n_antigens++];
	schedule_upper(a->code, suffix, sizeof a->code);
	a->kind = SCHEDULE_FOR_CHILD;
	a->enabled = 1;
	schedule_check_keys(l, sec, keys);

	v = inidoc_get(sec, "code");
	if (v != NULL) {
		if (str_eq_ci(v, suffix))
			str_copy(a->code, v, sizeof a->code);
		else
			schedule_bad_value(
				l, sec->name, "code", v,
				trf(MSG_SCHED_CFG_CODE_CASE, suffix));
	}
	v = inidoc_get(sec, "name");
	if (v == NULL || v[0] == '\0')
		schedule_missing(l, sec->name, "name",
				 xstrdup(tr(MSG_SCHED_CFG_ALLOWED_TEXT)));
	a->name = xstrdup(v != NULL ? v : "");
	v = inidoc_get(sec, "for");
	if (v != NULL) {
		if (str_eq_ci(v, "child"))
			a->kind = SCHEDULE_FOR_CHILD;
		else if (str_eq_ci(v, "wus"))
			a->kind = SCHEDULE_FOR_WUS;
		else
			schedule_bad_value(
				l, sec->name, "for", v,
				trf(MSG_CFG_ALLOWED_CHOICES, "child, wus"));
	}
	v = inidoc_get(sec, "only_when");
	if (v != NULL) {
		if (str_eq_ci(v, SCHEDULE_OPT_JE))
			a->only_when = SCHEDULE_OPT_JE;
		else
			schedule_bad_value(
				l, sec->name, "only_when", v,
				trf(MSG_CFG_ALLOWED_CHOICES, SCHEDULE_OPT_JE));
	}
}

static char *
schedule_antigen_list(const struct schedule *s, int kind)
{
	struct strbuf sb;
	size_t i;

	strbuf_init(&sb);
	for (i = 0; i < s->n_antigens; i++) {
		if (kind >= 0 && (int)s->antigens[i].kind != kind)
			continue;
		if (sb.len > 0)
			strbuf_adds(&sb, ", ");
		strbuf_adds(&sb, s->antigens[i].code);
	}
	return strbuf_detach(&sb);
}

/*
 * Reads one duration key. Returns 1 when set, 0 when absent (or "-"
 * where optional), -1 after an error.
 */
static int
schedule_load_duration(struct schedule_loader *l,
		       const struct inidoc_section *sec, const char *key,
		       int required, struct schedule_duration *out)
{
	const char *v = inidoc_get(sec, key);
	enum msg_id allowed = required ? MSG_SCHED_CFG_ALLOWED_DURATION
				       : MSG_SCHED_CFG_ALLOWED_OPT_DURATION;
	int rc;

	out->n = 0;
	out->unit = SCHEDULE_DAYS;
	if (v == NULL || (!required && schedule_is_none(v))) {
		if (!required)
			return 0;
		schedule_missing(l, sec->name, key, xstrdup(tr(allowed)));
		return -1;
	}
	rc = schedule_parse_duration(v, out);
	if (rc == -2) {
		schedule_error(l, trf(MSG_SCHED_CFG_NEGATIVE, l->path,
				      sec->name, key, v));
		return -1;
	}
	if (rc < 0) {
		schedule_bad_value(l, sec->name, key, v, xstrdup(tr(allowed)));
		return -1;
	}
	return 1;
}

/* The window keys in the order they must keep. */
static const char *const schedule_window_keys[] = {"earliest", "recommended",
						   "late_from", "catchup_from",
						   "not_given_from"};

static void
schedule_check_order(struct schedule_loader *l,
		     const struct inidoc_section *sec,
		     const struct schedule_duration *w, const int *set)
{
	char a[16], b[16];
	size_t i, j;
	int le, lt;

	for (i = 0; i + 1 < ILP_ARRAY_LEN(schedule_window_keys); i++) {
		if (set[i] <= 0)
			continue;
		/* the next window that is set (catchup_from is optional) */
		for (j = i + 1; j < ILP_ARRAY_LEN(schedule_window_keys); j++)
			if (set[j] != 0)
				break;
		if (j == ILP_ARRAY_LEN(schedule_window_keys) || set[j] < 0)
			continue;
		schedule_dur_compare(w[i], w[j], &le, &lt);
		if (!le)
			schedule_error(
				l,
				trf(schedule_monthly(w[i]) ==
						    schedule_monthly(w[j])
					    ? MSG_SCHED_CFG_ORDER
					    : MSG_SCHED_CFG_ORDER_MIXED,
				    l->path, sec->name, schedule_window_keys[i],
				    schedule_duration_code(w[i], a, sizeof a),
				    schedule_window_keys[j],
				    schedule_duration_code(w[j], b, sizeof b)));
	}
	/* A dose recommended at its maximum age could never be given. */
	if (set[1] > 0 && set[4] > 0) {
		schedule_dur_compare(w[1], w[4], &le, &lt);
		if (le && !lt)
			schedule_error(
				l,
				trf(MSG_SCHED_CFG_ORDER_STRICT, l->path,
				    sec->name, schedule_window_keys[1],
				    schedule_duration_code(w[1], a, sizeof a),
				    schedule_window_keys[4],
				    schedule_duration_code(w[4], b, sizeof b)));
	}
}

static void
schedule_load_windows(struct schedule_loader *l,
		      const struct inidoc_section *sec,
		      struct schedule_target *t)
{
	struct schedule_duration w[5];
	int set[5];
	size_t i;

	for (i = 0; i < ILP_ARRAY_LEN(schedule_window_keys); i++)
		set[i] = schedule_load_duration(l, sec, schedule_window_keys[i],
						i != 3, &w[i]);
	t->earliest = w[0];
	t->recommended = w[1];
	t->late_from = w[2];
	t->catchup_from = w[3];
	t->has_catchup = set[3] > 0;
	t->not_given_from = w[4];
	schedule_check_order(l, sec, w, set);
}

static void
schedule_load_group(struct schedule_loader *l, const struct inidoc_section *sec,
		    struct schedule_target *t)
{
	const char *v = inidoc_get(sec, "group");

	t->group = SCHEDULE_GROUP_NONE;
	if (v == NULL || schedule_is_none(v) || str_eq_ci(v, "none"))
		return;
	if (str_eq_ci(v, "IDL"))
		t->group = SCHEDULE_GROUP_IDL;
	else if (str_eq_ci(v, "IBL"))
		t->group = SCHEDULE_GROUP_IBL;
	else
		schedule_bad_value(
			l, sec->name, "group", v,
			trf(MSG_CFG_ALLOWED_CHOICES, "IDL, IBL, none"));
}

/* Keys a wus (Td) target may not have. */
static void
schedule_check_wus_keys(struct schedule_loader *l,
			const struct inidoc_section *sec, const char *code)
{
	size_t i;

	for (i = 0; i < ILP_ARRAY_LEN(schedule_window_keys); i++)
		if (inidoc_get(sec, schedule_window_keys[i]) != NULL)
			schedule_error(l, trf(MSG_SCHED_CFG_WUS_KEY, l->path,
					      sec->name,
					      schedule_window_keys[i], code));
	if (inidoc_get(sec, "group") != NULL)
		schedule_error(l, trf(MSG_SCHED_CFG_WUS_KEY, l->path, sec->name,
				      "group", code));
}

static void
schedule_load_target(struct schedule_loader *l,
		     const struct inidoc_section *sec, const char *suffix)
{
	static const char *const keys[] = {"antigen",        "dose",
					   "recommended",    "earliest",
					   "late_from",      "catchup_from",
					   "not_given_from", "interval",
					   "group",          NULL};
	struct schedule *s = l->s;
	struct schedule_target *t;
	const char *v;
	long n;
	int wus = 0, iv;

	if (!schedule_valid_name(suffix, SCHEDULE_NAME_MAX)) {
		schedule_error(l, trf(MSG_SCHED_CFG_BAD_NAME, l->path,
				      sec->name, SCHEDULE_NAME_MAX - 1));
		return;
	}
	if (s->n_targets == SCHEDULE_MAX_TARGETS) {
		schedule_error(l, trf(MSG_SCHED_CFG_TOO_MANY, l->path,
				      sec->name, tr(MSG_SCHED_CFG_WORD_DOSES),
				      SCHEDULE_MAX_TARGETS));
		return;
	}
	l->section[s->n_targets] = sec->name;
	t = &s->targets[s->n_targets++];
	schedule_upper(t->name, suffix, sizeof t->name);
	t->antigen = -1;
	schedule_check_keys(l, sec, keys);

	v = inidoc_get(sec, "antigen");
	if (v == NULL || v[0] == '\0') {
		char *list = schedule_antigen_list(s, -1);

		schedule_missing(l, sec->name, "antigen",
				 trf(MSG_CFG_ALLOWED_CHOICES, list));
		free(list);
	} else if ((t->antigen = schedule_antigen_find(s, v)) < 0) {
		char *list = schedule_antigen_list(s, -1);

		schedule_bad_value(l, sec->name, "antigen", v,
				   trf(MSG_CFG_ALLOWED_CHOICES, list));
		free(list);
	} else {
		wus = s->antigens[t->antigen].kind == SCHEDULE_FOR_WUS;
	}

	v = inidoc_get(sec, "dose");
	if (v == NULL)
		schedule_missing(l, sec->name, "dose",
				 trf(MSG_CFG_ALLOWED_RANGE, 1L,
				     (long)SCHEDULE_MAX_TARGETS));
	else if (parse_long(v, 1, SCHEDULE_MAX_TARGETS, &n) < 0)
		schedule_bad_value(l, sec->name, "dose", v,
				   trf(MSG_CFG_ALLOWED_RANGE, 1L,
				       (long)SCHEDULE_MAX_TARGETS));
	else
		t->dose = (int)n;

	if (wus) {
		schedule_check_wus_keys(l, sec, s->antigens[t->antigen].code);
	} else {
		schedule_load_windows(l, sec, t);
		schedule_load_group(l, sec, t);
	}
	iv = schedule_load_duration(l, sec, "interval", 0, &t->interval);
	if (iv > 0 && t->dose == 1 && t->interval.n != 0)
		schedule_error(l, trf(MSG_SCHED_CFG_FIRST_INTERVAL, l->path,
				      sec->name, inidoc_get(sec, "interval")));
}

/*
 * Appends antigen a's targets to series[] from *k on, in dose order;
 * a second target with the same dose number is an error.
 */
static void
schedule_series_add(struct schedule_loader *l, size_t a, size_t *k)
{
	struct schedule *s = l->s;
	struct schedule_antigen *ag = &s->antigens[a];
	size_t i, j;

	for (i = 0; i < s->n_targets; i++) {
		const struct schedule_target *t = &s->targets[i];

		if (t->antigen != (int)a || t->dose <= 0)
			continue;
		for (j = ag->first; j < *k; j++)
			if (s->targets[s->series[j]].dose == t->dose)
				break;
		if (j < *k) {
			schedule_error(l, trf(MSG_SCHED_CFG_DUPLICATE, l->path,
					      l->section[i], ag->code,
					      (long)t->dose,
					      l->section[s->series[j]]));
			continue;
		}
		for (j = *k; j > ag->first &&
			     s->targets[s->series[j - 1]].dose > t->dose;
		     j--)
			s->series[j] = s->series[j - 1];
		s->series[j] = i;
		(*k)++;
	}
	ag->n = *k - ag->first;
}

/* Orders each antigen's targets by dose; finds duplicates and gaps. */
static void
schedule_build_series(struct schedule_loader *l)
{
	struct schedule *s = l->s;
	size_t a, d, k = 0;

	for (a = 0; a < s->n_antigens; a++) {
		struct schedule_antigen *ag = &s->antigens[a];

		ag->first = k;
		schedule_series_add(l, a, &k);
		if (ag->n == 0)
			schedule_error(l, trf(MSG_SCHED_CFG_NO_DOSES, l->path,
					      l->antigen_section[a]));
		/* sorted and unique: dose d sits at d - 1 unless one is
		 * missing */
		for (d = 1; d <= ag->n; d++) {
			if (s->targets[s->series[ag->first + d - 1]].dose !=
			    (int)d) {
				schedule_error(
					l, trf(MSG_SCHED_CFG_GAP, l->path,
					       l->antigen_section[a], (int)d));
				break;
			}
		}
	}
}

int
schedule_load(const struct inidoc *doc, struct schedule **out,
	      struct strlist *errors)
{
	struct schedule_loader l;
	size_t i, j;

	memset(&l, 0, sizeof l);
	l.path = doc->path;
	l.errors = errors;
	l.s = xcalloc(1, sizeof *l.s);
	l.s->path = xstrdup(doc->path);
	*out = NULL;

	/* Antigens and options first: doses name antigens anywhere. */
	for (i = 0; i < doc->n; i++) {
		const struct inidoc_section *sec = &doc->sections[i];

		if (sec->name[0] == '\0') {
			for (j = 0; j < sec->n; j++)
				schedule_error(&l, trf(MSG_SCHED_CFG_NO_SECTION,
						       l.path,
						       sec->entries[j].key));
		} else if (strcmp(sec->name, "options") == 0) {
			schedule_load_options(&l, sec);
		} else if (str_starts_with(sec->name, "antigen.")) {
			schedule_load_antigen(&l, sec,
					      sec->name + strlen("antigen."));
		} else if (!str_starts_with(sec->name, "dose.")) {
			schedule_error(&l, trf(MSG_SCHED_CFG_SECTION, l.path,
					       sec->name));
		}
	}
	for (i = 0; i < doc->n; i++) {
		const struct inidoc_section *sec = &doc->sections[i];

		if (str_starts_with(sec->name, "dose."))
			schedule_load_target(&l, sec,
					     sec->name + strlen("dose."));
	}
	if (l.s->n_targets == 0)
		schedule_error(&l, trf(MSG_SCHED_CFG_NO_TARGETS, l.path));
	schedule_build_series(&l);
	for (i = 0; i < l.s->n_antigens; i++) {
		struct schedule_antigen *a = &l.s->antigens[i];

		if (a->only_when != NULL)
			a->enabled = l.s->je_endemic;
	}
	if (l.failed) {
		schedule_free(l.s);
		return -1;
	}
	*out = l.s;
	return 0;
}

void
schedule_free(struct schedule *s)
{
	size_t i;

	if (s == NULL)
		return;
	for (i = 0; i < s->n_antigens; i++)
		free(s->antigens[i].name);
	free(s->path);
	free(s);
}

static const char *
schedule_window_code(struct schedule_duration d, int set, char *buf,
		     size_t size)
{
	if (!set)
		return "-";
	return schedule_duration_code(d, buf, size);
}

void
schedule_describe(const struct schedule *s, FILE *out)
{
	static const char *const groups[] = {"-", "IDL", "IBL"};
	char text[SCHEDULE_TEXT_MAX];
	size_t i;

	fprintf(out, "%s\n",
		trn(text, sizeof text, MSG_SCHED_DESC_TITLE, s->path,
		    s->n_targets));
	fprintf(out, "  [options] grace_days = %d, %s = %s\n", s->grace_days,
		SCHEDULE_OPT_JE, s->je_endemic ? "yes" : "no");
	fprintf(out, "  %-6s %-7s %-11s %-8s %-9s %-12s %-14s %-8s %s\n",
		"dose", "antigen", "recommended", "earliest", "late_from",
		"catchup_from", "not_given_from", "interval", "group");
	for (i = 0; i < s->n_targets; i++) {
		const struct schedule_target *t = &s->targets[i];
		const struct schedule_antigen *a = &s->antigens[t->antigen];
		int child = a->kind == SCHEDULE_FOR_CHILD;
		char b[6][16];

		fprintf(out, "  %-6s %-7s %-11s %-8s %-9s %-12s %-14s %-8s %s",
			t->name, a->code,
			schedule_window_code(t->recommended, child, b[0],
					     sizeof b[0]),
			schedule_window_code(t->earliest, child, b[1],
					     sizeof b[1]),
			schedule_window_code(t->late_from, child, b[2],
					     sizeof b[2]),
			schedule_window_code(t->catchup_from,
					     child && t->has_catchup, b[3],
					     sizeof b[3]),
			schedule_window_code(t->not_given_from, child, b[4],
					     sizeof b[4]),
			schedule_window_code(t->interval, t->interval.n != 0,
					     b[5], sizeof b[5]),
			child ? groups[t->group] : "WUS");
		if (!a->enabled)
			fprintf(out, "  (%s)",
				trn(text, sizeof text, MSG_SCHED_DESC_OFF,
				    a->only_when));
		fputc('\n', out);
	}
}

int
schedule_antigen_find(const struct schedule *s, const char *code)
{
	size_t i;

	for (i = 0; i < s->n_antigens; i++)
		if (str_eq_ci(s->antigens[i].code, code))
			return (int)i;
	return -1;
}

int
schedule_antigen_of_kind(const struct schedule *s, enum schedule_for k)
{
	size_t i;

	for (i = 0; i < s->n_antigens; i++)
		if (s->antigens[i].kind == k)
			return (int)i;
	return -1;
}

/* ---- Entry checks ---- */

int
schedule_check_given(struct date dob, struct date today,
		     const struct dose_given *g, char **err)
{
	*err = NULL;
	if (date_cmp(g->date, dob) < 0) {
		*err = xstrdup(tr(MSG_SCHED_GIVEN_BEFORE_DOB));
		return -1;
	}
	if (date_cmp(g->date, today) > 0) {
		*err = xstrdup(tr(MSG_SCHED_GIVEN_AFTER_TODAY));
		return -1;
	}
	return 0;
}

/* Parses one trimmed "AG:YYYY-MM-DD" item; messages quote it whole. */
static int
schedule_parse_item(const struct schedule *s, enum schedule_for kind,
		    const char *item, struct date dob, struct date today,
		    struct dose_given *g, char **err)
{
	char *copy = xstrdup(item);
	char *colon = strchr(copy, ':');
	char *code, *date, *why = NULL;
	int a, rc = -1;

	if (colon == NULL) {
		*err = trf(MSG_SCHED_GIVEN_SYNTAX, item);
		goto out;
	}
	*colon = '\0';
	code = str_trim(copy);
	date = str_trim(colon + 1);
	a = schedule_antigen_find(s, code);
	if (a < 0 || s->antigens[a].kind != kind) {
		char *list = schedule_antigen_list(s, (int)kind);

		*err = trf(MSG_SCHED_GIVEN_UNKNOWN, item, code, list);
		free(list);
		goto out;
	}
	g->antigen = a;
	if (date_parse_iso(date, &g->date) < 0)
		why = trf(MSG_DATE_ISO_INVALID, date);
	else if (schedule_check_given(dob, today, g, &why) == 0)
		rc = 0;
	if (rc < 0)
		*err = trf(MSG_SCHED_GIVEN_ITEM, item, why);
out:
	free(why);
	free(copy);
	return rc;
}

int
schedule_parse_given(const struct schedule *s, enum schedule_for kind,
		     const char *text, struct date dob, struct date today,
		     struct dose_given *out, size_t max, size_t *n, char **err)
{
	char *copy = xstrdup(text != NULL ? text : "");
	char *p, *next;
	int rc = 0;

	*n = 0;
	*err = NULL;
	if (str_trim(copy)[0] == '\0')
		goto done;
	for (p = copy; p != NULL; p = next) {
		next = strchr(p, ',');
		if (next != NULL)
			*next++ = '\0';
		str_trim(p);
		if (*n == max) {
			*err = trf(MSG_SCHED_GIVEN_TOO_MANY, (int)max);
			rc = -1;
			break;
		}
		if (schedule_parse_item(s, kind, p, dob, today, &out[*n], err) <
		    0) {
			rc = -1;
			break;
		}
		(*n)++;
	}
done:
	free(copy);
	if (rc < 0)
		*n = 0;
	return rc;
}

/* ---- Evaluation ---- */

/* Sorts indices of given[] by (antigen, date, index) or (date, index). */
static void
schedule_sort(size_t *idx, size_t n, const struct dose_given *given,
	      int by_antigen)
{
	size_t i, j;

	for (i = 1; i < n; i++) {
		size_t v = idx[i];
		const struct dose_given *g = &given[v];

		for (j = i; j > 0; j--) {
			const struct dose_given *h = &given[idx[j - 1]];
			int c = 0;

			if (by_antigen && h->antigen != g->antigen)
				c = h->antigen < g->antigen ? -1 : 1;
			if (c == 0)
				c = date_cmp(h->date, g->date);
			if (c == 0)
				c = idx[j - 1] < v ? -1 : 1;
			if (c < 0)
				break;
			idx[j] = idx[j - 1];
		}
		idx[j] = v;
	}
}

static struct schedule_dose_result *
schedule_add_dose(struct schedule_dose_result *d, size_t index,
		  const struct dose_given *g, enum schedule_status st,
		  enum schedule_why why, int target)
{
	memset(d, 0, sizeof *d);
	d->given_index = index;
	d->antigen = g->antigen;
	d->date = g->date;
	d->status = st;
	d->why = why;
	d->target = target;
	return d;
}

/*
 * Checks one dose against target t (§3.2.1). Returns SCHEDULE_WHY_GIVEN
 * when it is valid, else why it is not.
 */
static enum schedule_why
schedule_check_dose(const struct schedule *s, const struct schedule_target *t,
		    struct date dob, long date, int has_prev, struct date prev)
{
	long youngest = schedule_add_days(dob, t->earliest) - s->grace_days;

	/* grace never reaches before birth (a birth dose at 0 days) */
	if (youngest < date_to_days(dob))
		youngest = date_to_days(dob);
	if (date < youngest)
		return SCHEDULE_WHY_TOO_YOUNG;
	if (date >= schedule_add_days(dob, t->not_given_from))
		return SCHEDULE_WHY_TOO_OLD;
	if (has_prev &&
	    date < schedule_add_days(prev, t->interval) - s->grace_days)
		return SCHEDULE_WHY_TOO_SOON;
	return SCHEDULE_WHY_GIVEN;
}

/* The earliest date of target t: §3.2.2, also for a valid dose. */
static struct date
schedule_earliest(const struct schedule_target *t, struct date dob,
		  int has_prev, struct date prev, enum schedule_why *why)
{
	struct date by_age = schedule_add(dob, t->earliest);
	struct date by_interval;

	*why = SCHEDULE_WHY_AGE;
	if (!has_prev)
		return by_age;
	by_interval = schedule_add(prev, t->interval);
	if (date_cmp(by_interval, by_age) > 0) {
		*why = SCHEDULE_WHY_INTERVAL;
		return by_interval;
	}
	return by_age;
}

static struct date
schedule_later(struct date a, struct date b)
{
	return date_cmp(a, b) >= 0 ? a : b;
}

/* Status of the first unsatisfied target of an antigen (§3.2.2). */
static void
schedule_status_next(const struct schedule_target *t, struct date dob,
		     struct date today, struct schedule_target_result *r)
{
	long now = date_to_days(today);
	long not_given = schedule_add_days(dob, t->not_given_from);

	if (date_to_days(r->earliest) >= not_given) {
		r->status = SCHEDULE_EXPIRED;
		r->why = SCHEDULE_WHY_NEVER;
	} else if (now < date_to_days(r->earliest)) {
		r->status = SCHEDULE_UPCOMING;
	} else if (now < schedule_add_days(dob, t->late_from)) {
		r->status = SCHEDULE_DUE;
	} else if (t->has_catchup &&
		   now < schedule_add_days(dob, t->catchup_from)) {
		r->status = SCHEDULE_LATE;
	} else if (!t->has_catchup && now < not_given) {
		r->status = SCHEDULE_LATE;
	} else if (now < not_given) {
		r->status = SCHEDULE_CATCHUP;
	} else {
		r->status = SCHEDULE_EXPIRED;
		r->why = SCHEDULE_WHY_MAX_AGE;
	}
}

/* Target t is satisfied by dose g (index in given[]). */
static void
schedule_set_valid(const struct schedule_target *t, struct date dob,
		   const struct dose_given *g, size_t index, int has_prev,
		   struct date prev, struct schedule_target_result *r)
{
	enum schedule_why why;

	r->status = SCHEDULE_VALID;
	r->why = SCHEDULE_WHY_GIVEN;
	r->has_given = 1;
	r->given = g->date;
	r->given_index = index;
	r->has_prev = has_prev;
	r->prev = prev;
	r->earliest = schedule_earliest(t, dob, has_prev, prev, &why);
	r->recommended =
		schedule_later(schedule_add(dob, t->recommended), r->earliest);
	r->timing = date_cmp(g->date, schedule_add(dob, t->late_from)) < 0
			    ? SCHEDULE_IM_IDEAL
			    : SCHEDULE_IM_KEJAR;
}

/* The first unsatisfied target of an antigen (§3.2.2). */
static void
schedule_set_next(const struct schedule_target *t, struct date dob,
		  struct date today, int has_prev, struct date prev,
		  struct schedule_target_result *r)
{
	r->has_prev = has_prev;
	r->prev = prev;
	r->earliest = schedule_earliest(t, dob, has_prev, prev, &r->why);
	r->recommended =
		schedule_later(schedule_add(dob, t->recommended), r->earliest);
	schedule_status_next(t, dob, today, r);
}

/* A later target waiting for the dose before it: dates by age alone. */
static void
schedule_set_waiting(const struct schedule_target *t, struct date dob,
		     struct date today, int prev_expired,
		     struct schedule_target_result *r)
{
	r->earliest = schedule_add(dob, t->earliest);
	r->recommended =
		schedule_later(schedule_add(dob, t->recommended), r->earliest);
	if (date_cmp(today, schedule_add(dob, t->not_given_from)) >= 0) {
		r->status = SCHEDULE_EXPIRED;
		r->why = SCHEDULE_WHY_MAX_AGE;
	} else if (prev_expired) {
		r->status = SCHEDULE_EXPIRED;
		r->why = SCHEDULE_WHY_PREV_EXPIRED;
	} else {
		r->status = SCHEDULE_UPCOMING;
		r->why = SCHEDULE_WHY_WAITING;
	}
}

/*
 * Walks the doses of one antigen (idx: cnt doses, by date) against its
 * targets in dose order (§3.2.1), then sets the unsatisfied targets.
 */
static void
schedule_eval_antigen(const struct schedule *s, const int *slot,
		      const struct schedule_antigen *ag,
		      const struct dose_given *given, const size_t *idx,
		      size_t cnt, struct schedule_result *out)
{
	struct date prev = out->dob;
	int has_prev = 0, prev_expired = 0;
	size_t j, k = 0;

	for (j = 0; j < cnt; j++) {
		const struct dose_given *g = &given[idx[j]];
		struct schedule_dose_result *d;
		enum schedule_why why;
		size_t ti;

		if (k == ag->n) {
			schedule_add_dose(&out->doses[out->n_doses++], idx[j],
					  g, SCHEDULE_EXTRA,
					  SCHEDULE_WHY_COMPLETE, -1);
			continue;
		}
		ti = s->series[ag->first + k];
		why = schedule_check_dose(s, &s->targets[ti], out->dob,
					  date_to_days(g->date), has_prev,
					  prev);
		if (why != SCHEDULE_WHY_GIVEN) {
			d = schedule_add_dose(&out->doses[out->n_doses++],
					      idx[j], g, SCHEDULE_INVALID, why,
					      (int)ti);
			d->has_prev = has_prev;
			d->prev = prev;
			continue;
		}
		schedule_set_valid(&s->targets[ti], out->dob, g, idx[j],
				   has_prev, prev, &out->targets[slot[ti]]);
		has_prev = 1;
		prev = g->date;
		k++;
	}
	for (j = k; j < ag->n; j++) {
		size_t ti = s->series[ag->first + j];
		struct schedule_target_result *r = &out->targets[slot[ti]];

		if (j == k)
			schedule_set_next(&s->targets[ti], out->dob, out->today,
					  has_prev, prev, r);
		else
			schedule_set_waiting(&s->targets[ti], out->dob,
					     out->today, prev_expired, r);
		prev_expired = r->status == SCHEDULE_EXPIRED;
	}
}

static void
schedule_completeness(const struct schedule *s, struct schedule_result *out)
{
	struct date last = out->dob;
	size_t i;
	int idl = 1, ibl = 1;

	for (i = 0; i < out->n_targets; i++) {
		const struct schedule_target_result *r = &out->targets[i];
		enum schedule_group grp = s->targets[r->target].group;
		int valid = r->status == SCHEDULE_VALID;

		if (grp == SCHEDULE_GROUP_IDL) {
			idl = idl && valid;
			if (valid && date_cmp(r->given, last) > 0)
				last = r->given;
		} else if (grp == SCHEDULE_GROUP_IBL) {
			ibl = ibl && valid;
		}
	}
	out->idl_complete = idl;
	out->ibl_complete = ibl;
	if (idl) {
		out->idl_date = last;
		out->idl_before_12m =
			date_cmp(last, date_add_months(out->dob, 12)) < 0;
	}
}

/* Non-satisfying doses are listed by date, then input order. */
static void
schedule_sort_doses(struct schedule_result *out)
{
	size_t i, j;

	for (i = 1; i < out->n_doses; i++) {
		struct schedule_dose_result v = out->doses[i];

		for (j = i; j > 0; j--) {
			const struct schedule_dose_result *h =
				&out->doses[j - 1];
			int c = date_cmp(h->date, v.date);

			if (c < 0 || (c == 0 && h->given_index < v.given_index))
				break;
			out->doses[j] = out->doses[j - 1];
		}
		out->doses[j] = v;
	}
}

int
schedule_evaluate(const struct schedule *s, struct date dob, struct date today,
		  const struct dose_given *given, size_t n,
		  struct schedule_result *out)
{
	size_t idx[SCHEDULE_MAX_GIVEN];
	int slot[SCHEDULE_MAX_TARGETS];
	size_t i, m = 0, lo = 0, hi;

	out->dob = dob;
	out->today = today;
	out->grace_days = s->grace_days;
	out->n_targets = out->n_doses = 0;
	out->idl_complete = out->ibl_complete = out->idl_before_12m = 0;
	out->idl_date = dob;
	if (n > SCHEDULE_MAX_GIVEN)
		return -1;
	for (i = 0; i < s->n_targets; i++) {
		const struct schedule_antigen *a =
			&s->antigens[s->targets[i].antigen];
		struct schedule_target_result *r;

		slot[i] = -1;
		if (a->kind != SCHEDULE_FOR_CHILD || !a->enabled)
			continue;
		slot[i] = (int)out->n_targets;
		r = &out->targets[out->n_targets++];
		memset(r, 0, sizeof *r);
		r->target = i;
	}
	for (i = 0; i < n; i++) {
		assert(given[i].antigen >= 0 &&
		       (size_t)given[i].antigen < s->n_antigens);
		if (s->antigens[given[i].antigen].kind == SCHEDULE_FOR_CHILD)
			idx[m++] = i;
	}
	schedule_sort(idx, m, given, 1);
	/* idx is grouped by antigen index, so one pass visits each. */
	for (i = 0; i < s->n_antigens; i++) {
		const struct schedule_antigen *a = &s->antigens[i];

		for (hi = lo; hi < m && given[idx[hi]].antigen == (int)i; hi++)
			;
		if (a->kind != SCHEDULE_FOR_CHILD) {
			lo = hi;
			continue;
		}
		if (a->enabled) {
			schedule_eval_antigen(s, slot, a, given, idx + lo,
					      hi - lo, out);
		} else {
			for (; lo < hi; lo++)
				schedule_add_dose(&out->doses[out->n_doses++],
						  idx[lo], &given[idx[lo]],
						  SCHEDULE_EXTRA,
						  SCHEDULE_WHY_DISABLED, -1);
		}
		lo = hi;
	}
	schedule_sort_doses(out);
	schedule_completeness(s, out);
	return 0;
}

const char *
schedule_status_code(enum schedule_status st)
{
	static const char *const codes[] = {"valid",   "due",      "late",
					    "catchup", "upcoming", "expired",
					    "invalid", "extra"};

	if ((unsigned)st >= ILP_ARRAY_LEN(codes))
		return "?";
	return codes[st];
}

const char *
schedule_status_name(enum schedule_status st)
{
	static const enum msg_id names[] = {
		MSG_SCHED_ST_VALID,    MSG_SCHED_ST_DUE,
		MSG_SCHED_ST_LATE,     MSG_SCHED_ST_CATCHUP,
		MSG_SCHED_ST_UPCOMING, MSG_SCHED_ST_EXPIRED,
		MSG_SCHED_ST_INVALID,  MSG_SCHED_ST_EXTRA};

	if ((unsigned)st >= ILP_ARRAY_LEN(names))
		return "?";
	return tr(names[st]);
}

const char *
schedule_timing_code(enum schedule_timing t)
{
	switch (t) {
	case SCHEDULE_IM_IDEAL:
		return "IM-Ideal";
	case SCHEDULE_IM_KEJAR:
		return "IM-Kejar";
	case SCHEDULE_TIMING_NONE:
		break;
	}
	return "";
}

/* The name of the target before t in its antigen's series. */
static const char *
schedule_prev_name(const struct schedule *s, const struct schedule_target *t)
{
	const struct schedule_antigen *a = &s->antigens[t->antigen];

	if (t->dose <= 1)
		return "";
	return s->targets[s->series[a->first + (size_t)t->dose - 2]].name;
}

/* Words of a duration; a small helper to keep calls short. */
struct schedule_words {
	char v[4][64];
};

static const char *
schedule_dw(struct schedule_words *w, int i, struct schedule_duration d)
{
	return schedule_duration_words(d, w->v[i], sizeof w->v[i]);
}

char *
schedule_explain_target(const struct schedule *s,
			const struct schedule_result *r, size_t i, char *buf,
			size_t size)
{
	const struct schedule_target_result *x = &r->targets[i];
	const struct schedule_target *t = &s->targets[x->target];
	const char *name = t->name, *prev = schedule_prev_name(s, t);
	struct schedule_words w;
	char age[64];

	schedule_age_words(r->dob, r->today, age, sizeof age);
	switch (x->status) {
	case SCHEDULE_VALID:
		schedule_age_words(r->dob, x->given, age, sizeof age);
		return trn(buf, size,
			   x->timing == SCHEDULE_IM_IDEAL
				   ? MSG_SCHED_R_VALID_IDEAL
				   : MSG_SCHED_R_VALID_KEJAR,
			   name, age, schedule_dw(&w, 0, t->late_from));
	case SCHEDULE_UPCOMING:
		if (x->why == SCHEDULE_WHY_INTERVAL)
			return trn(buf, size, MSG_SCHED_R_UPCOMING_INTERVAL,
				   name, schedule_dw(&w, 0, t->interval), prev);
		if (x->why == SCHEDULE_WHY_WAITING)
			return trn(buf, size, MSG_SCHED_R_WAITING, name, prev,
				   schedule_dw(&w, 0, t->earliest));
		return trn(buf, size, MSG_SCHED_R_UPCOMING_AGE, name,
			   schedule_dw(&w, 0, t->earliest));
	case SCHEDULE_DUE:
		return trn(buf, size, MSG_SCHED_R_DUE, name, age,
			   schedule_dw(&w, 0, t->late_from));
	case SCHEDULE_LATE:
		if (t->has_catchup)
			return trn(buf, size, MSG_SCHED_R_LATE, name, age,
				   schedule_dw(&w, 0, t->late_from),
				   schedule_dw(&w, 1, t->catchup_from));
		return trn(buf, size, MSG_SCHED_R_LATE_LAST, name, age,
			   schedule_dw(&w, 0, t->late_from),
			   schedule_dw(&w, 1, t->not_given_from));
	case SCHEDULE_CATCHUP:
		return trn(buf, size, MSG_SCHED_R_CATCHUP, name, age,
			   schedule_dw(&w, 0, t->not_given_from));
	case SCHEDULE_EXPIRED:
		if (x->why == SCHEDULE_WHY_NEVER) {
			schedule_age_words(r->dob, x->earliest, age,
					   sizeof age);
			return trn(buf, size, MSG_SCHED_R_EXPIRED_NEVER, name,
				   schedule_dw(&w, 0, t->interval), prev, age,
				   schedule_dw(&w, 1, t->not_given_from));
		}
		if (x->why == SCHEDULE_WHY_PREV_EXPIRED)
			return trn(buf, size, MSG_SCHED_R_EXPIRED_PREV, name,
				   prev);
		return trn(buf, size, MSG_SCHED_R_EXPIRED_AGE, name, age,
			   schedule_dw(&w, 0, t->not_given_from));
	case SCHEDULE_INVALID:
	case SCHEDULE_EXTRA:
		break;
	}
	snprintf(buf, size, "%s", name);
	return buf;
}

/* Explains one administered dose; dob is unused for Td doses. */
static char *
schedule_explain_one(const struct schedule *s, struct date dob, int grace,
		     const struct schedule_dose_result *d, char *buf,
		     size_t size)
{
	const struct schedule_antigen *a = &s->antigens[d->antigen];
	const struct schedule_target *t;
	struct schedule_words w;
	char grace_text[64] = "", span[64];

	if (d->status == SCHEDULE_EXTRA) {
		if (d->why == SCHEDULE_WHY_DISABLED)
			return trn(buf, size, MSG_SCHED_R_DISABLED, a->code,
				   a->only_when != NULL ? a->only_when : "");
		return trn(buf, size, MSG_SCHED_R_EXTRA, a->code);
	}
	t = &s->targets[d->target];
	if (grace > 0)
		trn(grace_text, sizeof grace_text, MSG_SCHED_R_GRACE, grace);
	switch (d->why) {
	case SCHEDULE_WHY_GIVEN:
		if (!d->has_prev)
			return trn(buf, size, MSG_SCHED_R_TD_FIRST, t->name);
		schedule_span_words(d->prev, d->date, t->interval.unit, span,
				    sizeof span);
		return trn(buf, size, MSG_SCHED_R_TD_AFTER, t->name, span,
			   schedule_prev_name(s, t),
			   schedule_dw(&w, 0, t->interval));
	case SCHEDULE_WHY_TOO_YOUNG:
		schedule_age_words(dob, d->date, span, sizeof span);
		return trn(buf, size, MSG_SCHED_R_TOO_YOUNG, t->name, span,
			   schedule_dw(&w, 0, t->earliest), grace_text);
	case SCHEDULE_WHY_TOO_SOON:
		schedule_span_words(d->prev, d->date, t->interval.unit, span,
				    sizeof span);
		return trn(buf, size, MSG_SCHED_R_TOO_SOON, t->name, span,
			   schedule_prev_name(s, t),
			   schedule_dw(&w, 0, t->interval), grace_text);
	case SCHEDULE_WHY_TOO_OLD:
		schedule_age_words(dob, d->date, span, sizeof span);
		return trn(buf, size, MSG_SCHED_R_TOO_OLD, t->name, span,
			   schedule_dw(&w, 0, t->not_given_from));
	default:
		break;
	}
	snprintf(buf, size, "%s", t->name);
	return buf;
}

char *
schedule_explain_dose(const struct schedule *s, const struct schedule_result *r,
		      size_t i, char *buf, size_t size)
{
	return schedule_explain_one(s, r->dob, r->grace_days, &r->doses[i], buf,
				    size);
}

void
schedule_write_tsv(FILE *out, const struct schedule *s,
		   const struct schedule_result *r)
{
	char reason[SCHEDULE_TEXT_MAX];
	char given[DATE_ISO_LEN], earliest[DATE_ISO_LEN],
		recommended[DATE_ISO_LEN];
	size_t i;

	fputs("dose\tstatus\tdate_given\tearliest\trecommended\treason\n", out);
	for (i = 0; i < r->n_targets; i++) {
		const struct schedule_target_result *x = &r->targets[i];

		fprintf(out, "%s\t%s\t%s\t%s\t%s\t%s\n",
			s->targets[x->target].name,
			schedule_status_code(x->status),
			x->has_given ? date_format_iso(x->given, given) : "",
			date_format_iso(x->earliest, earliest),
			date_format_iso(x->recommended, recommended),
			schedule_explain_target(s, r, i, reason,
						sizeof reason));
	}
	for (i = 0; i < r->n_doses; i++) {
		const struct schedule_dose_result *d = &r->doses[i];

		fprintf(out, "%s\t%s\t%s\t\t\t%s\n",
			s->antigens[d->antigen].code,
			schedule_status_code(d->status),
			date_format_iso(d->date, given),
			schedule_explain_dose(s, r, i, reason, sizeof reason));
	}
	fprintf(out, "IDL\t%s\n", r->idl_complete ? "complete" : "incomplete");
	fprintf(out, "IBL\t%s\n", r->ibl_complete ? "complete" : "incomplete");
}

/* ---- Td (§3.3) ---- */

int
schedule_td_evaluate(const struct schedule *s, int antigen, struct date today,
		     const struct dose_given *given, size_t n,
		     struct schedule_td_result *out)
{
	const struct schedule_antigen *a;
	size_t idx[SCHEDULE_MAX_GIVEN];
	size_t i, m = 0, k = 0;
	struct date prev = today;
	int has_prev = 0;

	memset(out, 0, sizeof *out);
	out->antigen = antigen;
	out->next_target = -1;
	if (n > SCHEDULE_MAX_GIVEN || antigen < 0 ||
	    (size_t)antigen >= s->n_antigens)
		return -1;
	a = &s->antigens[antigen];
	for (i = 0; i < n; i++)
		if (given[i].antigen == antigen)
			idx[m++] = i;
	schedule_sort(idx, m, given, 0);
	for (i = 0; i < m; i++) {
		const struct dose_given *g = &given[idx[i]];
		struct schedule_dose_result *d = &out->doses[out->n_doses++];
		const struct schedule_target *t;
		size_t ti;

		if (k == a->n) {
			schedule_add_dose(d, idx[i], g, SCHEDULE_EXTRA,
					  SCHEDULE_WHY_COMPLETE, -1);
			continue;
		}
		ti = s->series[a->first + k];
		t = &s->targets[ti];
		schedule_add_dose(d, idx[i], g, SCHEDULE_VALID,
				  SCHEDULE_WHY_GIVEN, (int)ti);
		d->has_prev = has_prev;
		d->prev = prev;
		if (has_prev && date_to_days(g->date) <
					schedule_add_days(prev, t->interval) -
						s->grace_days) {
			d->status = SCHEDULE_INVALID;
			d->why = SCHEDULE_WHY_TOO_SOON;
			continue;
		}
		has_prev = 1;
		prev = g->date;
		k++;
	}
	out->level = (int)k;
	out->long_term = k == a->n;
	out->has_last = has_prev;
	out->last = prev;
	if (k < a->n) {
		const struct schedule_target *t =
			&s->targets[s->series[a->first + k]];

		out->next_target = (int)s->series[a->first + k];
		out->next = has_prev ? schedule_add(prev, t->interval) : today;
		out->next_due = date_cmp(today, out->next) >= 0;
	}
	return 0;
}

char *
schedule_td_explain(const struct schedule *s,
		    const struct schedule_td_result *r, char *buf, size_t size)
{
	const struct schedule_antigen *a = &s->antigens[r->antigen];
	const struct schedule_target *next, *last;
	struct schedule_words w;

	if (a->n == 0) {
		snprintf(buf, size, "%s", a->code);
		return buf;
	}
	if (r->level == 0)
		return trn(buf, size, MSG_SCHED_TD_NONE, a->code,
			   s->targets[s->series[a->first]].name);
	last = &s->targets[s->series[a->first + (size_t)r->level - 1]];
	if (r->long_term)
		return trn(buf, size, MSG_SCHED_TD_COMPLETE, last->name);
	next = &s->targets[r->next_target];
	return trn(buf, size,
		   r->next_due ? MSG_SCHED_TD_NEXT_DUE : MSG_SCHED_TD_NEXT,
		   last->name, next->name, schedule_dw(&w, 0, next->interval),
		   last->name);
}

char *
schedule_td_explain_dose(const struct schedule *s,
			 const struct schedule_td_result *r, size_t i,
			 char *buf, size_t size)
{
	return schedule_explain_one(s, r->last, s->grace_days, &r->doses[i],
				    buf, size);
}
