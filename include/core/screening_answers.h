/*
 * screening_answers: one screening as data -- the answers of any kind
 * (SKILAS, AKS, blood pressure, glucose, BMI, waist, SRQ-20, TB) in one
 * struct, their canonical text form for storage ("sistolik=165;
 * diastolik=95"), and the evaluation of that text through core/screening,
 * so a stored result can always be recomputed from its answers. Also the
 * typed-number checks of the screening forms (with the plausible ranges
 * of config/skrining.ini), which kinds apply at an age, and the referral
 * reason built from results.
 *
 * The clinical rules stay in core/screening; this module only routes
 * answers to them. Pure C: no curses, SQL or clock reads.
 */
#ifndef ILP_CORE_SCREENING_ANSWERS_H
#define ILP_CORE_SCREENING_ANSWERS_H

#include <stddef.h>

#include "core/screening.h"

/* The longest canonical text (SRQ-20 and SKILAS are the longest). */
#define SCREENING_ANSWERS_TEXT_MAX 400
/* Age from which the PTM kinds apply, and SKILAS/AKS (lansia). */
#define SCREENING_ADULT_YEARS 15
#define SCREENING_LANSIA_YEARS 60
#define SCREENING_COUGH_DAYS_MAX 3650

struct screening_answers {
	enum screening_kind kind;
	union {
		struct screening_skilas skilas;
		int aks[SCREENING_AKS_ITEMS]; /* 0 = BAB .. 9 = mandi */
		struct {
			long systolic, diastolic; /* mmHg */
		} bp;
		struct {
			enum screening_glucose_kind kind;
			long mg_dl;
		} glucose;
		struct {
			long weight10, height10; /* tenths of kg and cm */
		} bmi;
		struct {
			char sex;     /* 'L' or 'P', the person's */
			long waist10; /* tenths of cm */
		} waist;
		int srq20[SCREENING_SRQ20_ITEMS]; /* 1 yes, 0 no */
		struct screening_tb tb;
	} u;
};

/* What evaluating answers gives, whatever the kind. */
struct screening_eval {
	enum screening_kind kind;
	struct screening_result result;
	unsigned domains; /* SKILAS: 1u << positive domain */
	int number;       /* AKS total, SRQ-20 yes answers, TB symptoms,
			     BMI x 10; 0 for the rest */
	int home_care;    /* AKS sedang or worse */
};

/* Sets kind and every answer to SCREENING_UNSET (glucose: sewaktu). */
void screening_answers_init(struct screening_answers *a,
			    enum screening_kind kind);

/*
 * Evaluates complete answers with core/screening. Returns 0 and *out, or
 * -1 with an allocated *err (incomplete or implausible answers).
 */
int screening_answers_eval(const struct screening_config *cfg,
			   const struct screening_answers *a,
			   struct screening_eval *out, char **err);

/*
 * The canonical text of complete answers: "key=value" pairs joined by
 * ';' in a fixed order, decimals with a point and one digit, an answer
 * that was not asked written "-". Language-independent. Returns an
 * allocated string.
 */
char *screening_answers_encode(const struct screening_answers *a);

/*
 * Parses text written by screening_answers_encode() for kind: every key
 * present once, in order, with a valid value. Returns 0 and *out, or -1
 * with an allocated *err naming the bad part. It does not evaluate.
 */
int screening_answers_decode(enum screening_kind kind, const char *text,
			     struct screening_answers *out, char **err);

/*
 * The measured values in a few words for lists, in the current
 * language: "165/95", "GDS 150", "IMT 24,9", "92,0 cm", "7 ya",
 * "2 gejala", "skor 11", and for SKILAS the positive domains
 * ("kognitif, pendengaran") or "negatif". e is the evaluation of a.
 * Returns buf.
 */
char *screening_answers_value(const struct screening_answers *a,
			      const struct screening_eval *e, char *buf,
			      size_t size);

/* The kinds that apply at an age in whole years: 1u << kind. */
unsigned screening_kinds_for_age(int years);

/*
 * A referral reason from the evaluations that call for one (outcome
 * rujuk): "tekanan darah: hipertensi derajat 2 (sistolik 165 mmHg
 * (>= 160)); ..." at most max bytes (cut at a character boundary with
 * "..."), in the current language. Returns an allocated string; "" when
 * none refers.
 */
char *screening_referral_reason(const struct screening_eval *e, size_t n,
				size_t max);

/* ---- typed numbers ---- */

enum screening_input {
	SCREENING_IN_SYSTOLIC,   /* mmHg, whole */
	SCREENING_IN_DIASTOLIC,  /* mmHg, whole */
	SCREENING_IN_GLUCOSE,    /* mg/dL, whole */
	SCREENING_IN_WEIGHT,     /* kg, tenths */
	SCREENING_IN_HEIGHT,     /* cm, tenths */
	SCREENING_IN_WAIST,      /* cm, tenths */
	SCREENING_IN_LILA,       /* cm, tenths */
	SCREENING_IN_CHAIR,      /* seconds, tenths */
	SCREENING_IN_COUGH_DAYS, /* days, whole, 0 = no cough */
	SCREENING_INPUT_COUNT
};

/*
 * Parses what was typed into a screening number field and checks it
 * against the plausible range of cfg: whole numbers for mmHg, mg/dL and
 * days; at most one decimal (point or comma) for the rest, returned in
 * tenths. Blanks around are ignored. Returns 0 and *out, or -1 with an
 * allocated *err that names the value and, when out of range, the range
 * ("sistolik 301 mmHg tidak wajar; boleh 60 sampai 300 mmHg").
 */
int screening_input_parse(const struct screening_config *cfg,
			  enum screening_input in, const char *text, long *out,
			  char **err);
/* The field's name in the current language ("sistolik"). */
const char *screening_input_name(enum screening_input in);

#endif
