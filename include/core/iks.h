/*
 * iks: the family health index of PIS-PK (ILP.md §5). Twelve indicators,
 * each 1, 0 or N (not applicable), worked out from plain facts about the
 * members and the household that the store fills from records and
 * home-visit answers; IKS = count(1) / (12 - count(N)) and its category.
 * Every value can be explained in words (catalogue text).
 *
 * Pure C: no curses, no SQL. This module decides nothing about who is a
 * PUS, whether a person is a TB or hypertension patient or how a dose
 * record makes IDL: those facts come in already decided.
 */
#ifndef ILP_CORE_IKS_H
#define ILP_CORE_IKS_H

#include <stddef.h>

enum iks_indicator {
	IKS_KB,        /* 1 PUS uses contraception */
	IKS_FASKES,    /* 2 delivery in a health facility (baby 0-11 m) */
	IKS_IMUNISASI, /* 3 imunisasi dasar lengkap (child 12-23 m) */
	IKS_ASI,       /* 4 exclusive breastfeeding (baby 7-23 m) */
	IKS_TUMBUH,    /* 5 growth monitoring (balita 2-59 m) */
	IKS_TB,        /* 6 TB patient treated to standard (>= 15 y) */
	IKS_HT,        /* 7 hypertension treated regularly (>= 15 y) */
	IKS_JIWA,      /* 8 severe mental disorder treated */
	IKS_ROKOK,     /* 9 no family member smokes */
	IKS_JKN,       /* 10 the family is in JKN */
	IKS_AIR,       /* 11 clean water */
	IKS_JAMBAN,    /* 12 healthy latrine */
	IKS_COUNT
};

/*
 * An indicator's value. UNKNOWN is only an input state (nothing was
 * recorded); a computed indicator is 1, 0 or N, and missing facts count
 * as 0 with the indicator flagged unknown (the index is never flattered
 * by what was not asked).
 */
enum iks_value { IKS_VALUE_UNKNOWN, IKS_VALUE_0, IKS_VALUE_1, IKS_VALUE_N };

/* A yes/no fact about a person, in its natural sense (smoker YES =
 * smokes). Zero is unknown, so a zeroed struct knows nothing. */
enum iks_fact { IKS_FACT_UNKNOWN, IKS_FACT_NO, IKS_FACT_YES };

enum iks_category {
	IKS_CATEGORY_NONE,        /* no indicator applies: no index */
	IKS_CATEGORY_TIDAK_SEHAT, /* < 0.500 */
	IKS_CATEGORY_PRA_SEHAT,   /* 0.500 to 0.800, both included */
	IKS_CATEGORY_SEHAT        /* > 0.800 */
};

/*
 * One active member at the assessment date. The indicator windows are
 * ages, not life stages (ASI: 7-23 months), so the age is what counts.
 */
struct iks_member {
	const char *name; /* for explanations; borrowed, may be NULL */
	int age_months;   /* completed months (date_age_months); < 0 =
			   * unknown: no age-bound indicator applies */

	int pus;          /* 1 for the one member who stands for a pasangan usia
			   * subur (the store decides; mark one person per couple) */
	enum iks_fact kb; /* the couple uses contraception */

	enum iks_fact born_in_facility;   /* for a baby 0-11 months */
	enum iks_fact idl;                /* child 12-23 m: IDL complete */
	enum iks_fact asi_exclusive;      /* baby 7-23 m: only breast milk
					   * during 0-6 months */
	enum iks_fact weighed_last_month; /* balita 2-59 m */

	int tb;                       /* diagnosed TB or cough >= 2 weeks */
	enum iks_fact tb_treated;     /* treated to standard */
	int hypertension;             /* diagnosed hypertension */
	enum iks_fact ht_treated;     /* takes treatment regularly */
	int severe_mental;            /* gangguan jiwa berat */
	enum iks_fact mental_treated; /* treated and not neglected */

	enum iks_fact smoker;
	enum iks_fact jkn; /* has JKN membership */
};

/*
 * Household-level answers in indicator terms (1 = the indicator is met),
 * from the household checklist items tagged `iks = ...` through
 * checklist_iks_value(); IKS_VALUE_UNKNOWN where nothing was answered.
 * For indicators 1-8 an answer stands beside the member facts (a 0 from
 * either side makes 0; a household 1 covers members whose fact is
 * unknown); 9-12 can never be N, so an N there counts as unknown.
 */
struct iks_household {
	enum iks_value answer[IKS_COUNT];
};

struct iks_state {
	enum iks_value value; /* IKS_VALUE_0, _1 or _N */
	int unknown;          /* 0 only because facts were missing */
	int by_household;     /* decided by the household answer */
	int applicable;       /* members the indicator applies to */
	int member;           /* the member who made it 0, or -1 */
};

struct iks_result {
	struct iks_state ind[IKS_COUNT];
	int ones;
	int nas;
	int unknowns;    /* indicators that are 0 for missing facts */
	int denominator; /* 12 - nas */
	double index;    /* ones / denominator; 0 when the denominator is 0 */
	enum iks_category category;
};

/* Works out the 12 indicators and the index. hh may be NULL (nothing
 * answered); m may be NULL when n is 0. */
void iks_compute(const struct iks_household *hh, const struct iks_member *m,
		 size_t n, struct iks_result *out);
/* Recounts ones, nas, denominator, index and category from ind[].value. */
void iks_score(struct iks_result *r);
/*
 * The category of ones out of denominator, in exact integer arithmetic
 * so 4/8 is Pra-Sehat and 8/10 is Pra-Sehat (only > 0.800 is Sehat).
 * A denominator of 0 (every indicator N) has no index and no category.
 */
enum iks_category iks_category_of(int ones, int denominator);

/* "kb" ... "jamban"; static. NULL for a bad value. */
const char *iks_indicator_code(enum iks_indicator ind);
/* Parses a code; returns 0 or -1. */
int iks_indicator_parse(const char *code, enum iks_indicator *out);
/* The indicator's name in the current language; static. */
const char *iks_indicator_name(enum iks_indicator ind);
const char *iks_category_name(enum iks_category cat);
/* 1 for the member-level indicators 1-8 (which can be N). */
int iks_indicator_can_be_n(enum iks_indicator ind);

/*
 * Why an indicator has its value, in the current language, naming the
 * member who made it 0 ("0: Siti (PUS) tidak ber-KB"). m and n must be
 * the ones given to iks_compute(). Allocated; the caller frees it.
 */
char *iks_explain(const struct iks_result *r, enum iks_indicator ind,
		  const struct iks_member *m, size_t n);

#endif
