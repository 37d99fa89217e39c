/*
 * schedule: the immunisation schedule of ILP.md §3 as data read from
 * config/imunisasi.ini (through a struct inidoc), the evaluator of §3.2
 * for a child's doses, the Td status of §3.3 for a woman's doses, the
 * plain-words explanation of every status, dose entry checks and the TSV
 * of `ilp schedule`.
 *
 * Pure C: no curses, SQLite or iniparser here, and no clinical rule that
 * is not in ILP.md or the configuration. Evaluation allocates nothing:
 * results live in fixed-size structs the caller provides.
 */
#ifndef ILP_CORE_SCHEDULE_H
#define ILP_CORE_SCHEDULE_H

#include <stddef.h>
#include <stdio.h>

#include "core/date.h"

struct inidoc;
struct strlist;

#define SCHEDULE_MAX_ANTIGENS 32
#define SCHEDULE_MAX_TARGETS 64
/* Doses of one person given to one evaluation. */
#define SCHEDULE_MAX_GIVEN 128
#define SCHEDULE_CODE_MAX 8  /* antigen code and NUL: "DPT", "Td" */
#define SCHEDULE_NAME_MAX 16 /* target name and NUL: "DPT2", "T5" */
/* Enough for any explanation or duration in words. */
#define SCHEDULE_TEXT_MAX 256

enum schedule_unit {
	SCHEDULE_DAYS,
	SCHEDULE_WEEKS,
	SCHEDULE_MONTHS, /* calendar months, CDSi roll (core/date.h) */
	SCHEDULE_YEARS   /* 12 calendar months */
};

/* A duration as written in the file ("8w"); n >= 0. */
struct schedule_duration {
	long n;
	enum schedule_unit unit;
};

/* Whose schedule an antigen belongs to. */
enum schedule_for {
	SCHEDULE_FOR_CHILD, /* evaluated by age (§3.1, §3.2) */
	SCHEDULE_FOR_WUS    /* Td status T1..T5 (§3.3) */
};

enum schedule_group {
	SCHEDULE_GROUP_NONE,
	SCHEDULE_GROUP_IDL,
	SCHEDULE_GROUP_IBL
};

struct schedule_antigen {
	char code[SCHEDULE_CODE_MAX]; /* as shown: "DPT", "Td" */
	char *name;                   /* "DPT-HB-Hib (pentavalen)" */
	enum schedule_for kind;
	/* 0 when an only_when option (je_endemic) is off: its targets are
	 * not scheduled and its doses count as extra. */
	int enabled;
	const char *only_when; /* the option's name, or NULL */
	/* Its targets in dose order: series[first .. first+n-1] of struct
	 * schedule. */
	size_t first;
	size_t n;
};

/* One target dose: a row of the §3.1 table. */
struct schedule_target {
	char name[SCHEDULE_NAME_MAX]; /* "DPT2" */
	int antigen;                  /* index into antigens */
	int dose;                     /* 1-based number within the antigen */
	/* Ages from the date of birth; unused for a wus antigen. */
	struct schedule_duration recommended;
	struct schedule_duration earliest;
	struct schedule_duration late_from;
	struct schedule_duration catchup_from; /* valid when has_catchup */
	struct schedule_duration not_given_from;
	int has_catchup;
	/* After the previous valid dose of the antigen; 0d when none. */
	struct schedule_duration interval;
	enum schedule_group group;
};

/*
 * A loaded schedule: plain read-only data once schedule_load() returns.
 * targets[] is in file order (the order of the card and of the TSV);
 * series[] lists target indices grouped by antigen, in dose order.
 */
struct schedule {
	char *path;
	int grace_days;
	int je_endemic;
	size_t n_antigens;
	struct schedule_antigen antigens[SCHEDULE_MAX_ANTIGENS];
	size_t n_targets;
	struct schedule_target targets[SCHEDULE_MAX_TARGETS];
	size_t series[SCHEDULE_MAX_TARGETS];
};

/*
 * Reads and checks a schedule from doc (imunisasi.ini). Every problem is
 * appended to errors as one sentence naming the file, [section], key and
 * what is allowed; all problems are collected, not just the first.
 * Returns 0 and a new schedule in *out (free with schedule_free()), or -1
 * with *out NULL when there was any error. doc is only borrowed.
 */
int schedule_load(const struct inidoc *doc, struct schedule **out,
		  struct strlist *errors);
/* NULL is a no-op. */
void schedule_free(struct schedule *s);
/*
 * Writes the schedule as understood, one row per target in file order,
 * then the options, for `ilp config check` (current language).
 */
void schedule_describe(const struct schedule *s, FILE *out);

/* The antigen index of a code (case-insensitive), or -1. */
int schedule_antigen_find(const struct schedule *s, const char *code);
/* The first antigen of a kind (the Td antigen for SCHEDULE_FOR_WUS), or
 * -1 when the schedule has none. */
int schedule_antigen_of_kind(const struct schedule *s, enum schedule_for k);

/* dob + d, with calendar months for m and y. */
struct date schedule_add(struct date dob, struct schedule_duration d);
/* "1 bulan", "8 minggu" (current language) into buf; returns buf. */
char *schedule_duration_words(struct schedule_duration d, char *buf,
			      size_t size);

/* ---- Doses given and their entry checks ---- */

struct dose_given {
	int antigen; /* index into schedule->antigens */
	struct date date;
};

/*
 * The entry rules of §3.2.1: the date given may not be before dob or
 * after today. Returns 0, or -1 and an allocated message (current
 * language) in *err for the caller to show and free.
 */
int schedule_check_given(struct date dob, struct date today,
			 const struct dose_given *g, char **err);

/*
 * Parses "AG:YYYY-MM-DD[,AG:YYYY-MM-DD...]" (blanks around items are
 * ignored; an empty text is no dose) into out[0..max-1], checking each
 * dose with schedule_check_given(). The antigen must be known and of the
 * given kind; JE is accepted even when not scheduled. Returns 0 and sets
 * *n, or -1 and an allocated message naming the bad item in *err.
 */
int schedule_parse_given(const struct schedule *s, enum schedule_for kind,
			 const char *text, struct date dob, struct date today,
			 struct dose_given *out, size_t max, size_t *n,
			 char **err);

/* ---- Evaluation (§3.2) ---- */

enum schedule_status {
	SCHEDULE_VALID,
	SCHEDULE_DUE,
	SCHEDULE_LATE,
	SCHEDULE_CATCHUP,
	SCHEDULE_UPCOMING,
	SCHEDULE_EXPIRED,
	SCHEDULE_INVALID, /* an administered dose that satisfied nothing */
	SCHEDULE_EXTRA    /* an administered dose beyond the series */
};

/* SATUSEHAT timing code of a valid dose (§3.2.3). */
enum schedule_timing {
	SCHEDULE_TIMING_NONE,
	SCHEDULE_IM_IDEAL,
	SCHEDULE_IM_KEJAR
};

/* Which rule produced a status; drives the explanation. */
enum schedule_why {
	SCHEDULE_WHY_GIVEN,        /* valid: satisfied by a dose */
	SCHEDULE_WHY_AGE,          /* next dose; earliest set by age */
	SCHEDULE_WHY_INTERVAL,     /* next dose; earliest set by interval */
	SCHEDULE_WHY_WAITING,      /* a later dose waiting for an earlier */
	SCHEDULE_WHY_MAX_AGE,      /* expired: today reached not_given_from */
	SCHEDULE_WHY_NEVER,        /* expired: earliest >= not_given_from */
	SCHEDULE_WHY_PREV_EXPIRED, /* expired: waits for an expired dose */
	SCHEDULE_WHY_TOO_YOUNG,    /* invalid: before the minimum age */
	SCHEDULE_WHY_TOO_SOON,     /* invalid: before the interval */
	SCHEDULE_WHY_TOO_OLD,      /* invalid: at or after not_given_from */
	SCHEDULE_WHY_COMPLETE,     /* extra: the series was complete */
	SCHEDULE_WHY_DISABLED      /* extra: antigen not scheduled here */
};

struct schedule_target_result {
	size_t target; /* index into schedule->targets */
	enum schedule_status status;
	enum schedule_why why;
	enum schedule_timing timing; /* valid targets only */
	int has_given;
	struct date given;  /* the satisfying dose */
	size_t given_index; /* its index in the caller's given[] */
	/*
	 * Valid: the dates that applied when it was given. Next unsatisfied
	 * dose of its antigen: §3.2.2. A later dose: from age alone.
	 */
	struct date earliest;
	struct date recommended;
	int has_prev;
	struct date prev; /* the previous valid dose of the antigen */
};

struct schedule_dose_result {
	size_t given_index; /* index in the caller's given[] */
	int antigen;
	struct date date;
	enum schedule_status status; /* INVALID or EXTRA (VALID for Td) */
	enum schedule_why why;
	int target; /* the target it was checked against; -1 when extra */
	int has_prev;
	struct date prev; /* the previous valid dose (too soon) */
};

struct schedule_result {
	struct date dob;
	struct date today;
	int grace_days;
	/* Child targets of enabled antigens, in file order. */
	size_t n_targets;
	struct schedule_target_result targets[SCHEDULE_MAX_TARGETS];
	/* Doses that satisfied no target, by date (then input order). */
	size_t n_doses;
	struct schedule_dose_result doses[SCHEDULE_MAX_GIVEN];
	int idl_complete;
	int ibl_complete;
	/* IDL complete with every IDL dose given before age 12 months. */
	int idl_before_12m;
	struct date idl_date; /* the last IDL dose, when idl_complete */
};

/*
 * Evaluates a child's doses (any order) against the schedule on date
 * today, as §3.2 defines. Doses of wus antigens are ignored; doses of an
 * antigen that is not enabled are extra. The caller is expected to have
 * checked entries (schedule_check_given()); a dose before dob is simply
 * too young. Allocates nothing. Returns 0, or -1 when n exceeds
 * SCHEDULE_MAX_GIVEN (out is then left empty).
 */
int schedule_evaluate(const struct schedule *s, struct date dob,
		      struct date today, const struct dose_given *given,
		      size_t n, struct schedule_result *out);

/* "valid", "due", ... as in the TSV (never translated). */
const char *schedule_status_code(enum schedule_status st);
/* The status in words of the current language ("terlambat"). */
const char *schedule_status_name(enum schedule_status st);
/* "IM-Ideal", "IM-Kejar" or "". */
const char *schedule_timing_code(enum schedule_timing t);

/*
 * The rule behind targets[i] (or doses[i]) of r in plain words of the
 * current language ("DPT2 terlalu cepat: 20 hari setelah DPT1, minimal
 * 1 bulan"), written into buf (SCHEDULE_TEXT_MAX is always enough).
 * Returns buf.
 */
char *schedule_explain_target(const struct schedule *s,
			      const struct schedule_result *r, size_t i,
			      char *buf, size_t size);
char *schedule_explain_dose(const struct schedule *s,
			    const struct schedule_result *r, size_t i,
			    char *buf, size_t size);

/*
 * Writes the TSV of `ilp schedule` (issue 4): a header line, one row per
 * target in file order, one row per dose that satisfied no target in
 * date order, then the IDL and IBL rows. Reasons in the current language.
 */
void schedule_write_tsv(FILE *out, const struct schedule *s,
			const struct schedule_result *r);

/* ---- Td status for WUS and ibu hamil (§3.3) ---- */

struct schedule_td_result {
	int antigen; /* the antigen evaluated */
	/* Valid doses counted: 0 = none, 2 = T2 ... n = the whole series. */
	int level;
	int long_term; /* every target valid (T5) */
	int has_last;
	struct date last; /* the last valid dose */
	/*
	 * The next dose's target and the earliest date it counts (the last
	 * valid dose + interval; today for T1, which may be given any
	 * time); next_target is -1 when the series is complete.
	 */
	int next_target;
	struct date next;
	int next_due; /* today >= next */
	/* Every dose of the antigen, by date: VALID, INVALID or EXTRA. */
	size_t n_doses;
	struct schedule_dose_result doses[SCHEDULE_MAX_GIVEN];
};

/*
 * Evaluates a woman's doses of antigen (usually the Td antigen from
 * schedule_antigen_of_kind(s, SCHEDULE_FOR_WUS)) on date today: each dose
 * at least its target's interval after the previous valid dose (less
 * grace_days) is valid. Doses of other antigens are ignored. Returns 0,
 * or -1 when n exceeds SCHEDULE_MAX_GIVEN or antigen is out of range.
 */
int schedule_td_evaluate(const struct schedule *s, int antigen,
			 struct date today, const struct dose_given *given,
			 size_t n, struct schedule_td_result *out);
/* The Td status in plain words ("status T2; T3 minimal 6 bulan setelah
 * T2") into buf; returns buf. */
char *schedule_td_explain(const struct schedule *s,
			  const struct schedule_td_result *r, char *buf,
			  size_t size);
/* The rule behind r->doses[i] in plain words; returns buf. */
char *schedule_td_explain_dose(const struct schedule *s,
			       const struct schedule_td_result *r, size_t i,
			       char *buf, size_t size);

#endif
