/*
 * store/recap_int: what recap.c (the table, the text and CSV forms) and
 * recap_count.c (the counts no other module had) share: the sources an
 * indicator's offset points into. Store-private.
 */
#ifndef ILP_STORE_RECAP_INT_H
#define ILP_STORE_RECAP_INT_H

#include "core/lifestage.h"
#include "core/screening.h"
#include "internal.h"
#include "store/recap.h"
#include "store/screening.h"
#include "store/visit.h"

/* The antigens whose doses are counted, as ILP.md §3 codes them. */
enum recap_antigen {
	RECAP_AG_HB0,
	RECAP_AG_BCG,
	RECAP_AG_OPV,
	RECAP_AG_DPT,
	RECAP_AG_PCV,
	RECAP_AG_RV,
	RECAP_AG_IPV,
	RECAP_AG_MR,
	RECAP_AG_JE,
	RECAP_AG_TD,
	RECAP_AG_COUNT
};
extern const char *const recap_antigen_codes[RECAP_AG_COUNT];

/* Sasaran on the reference day. */
struct recap_register {
	long households;
	long persons;
	long stage[LIFESTAGE_COUNT]; /* by the stage's bit number */
};

struct recap_imm {
	long doses_total;           /* given in the month, not voided */
	long doses[RECAP_AG_COUNT]; /* of which per antigen */
	long idl;                   /* children whose IDL completed in it */
	long ibl;                   /* children whose IBL completed in it */
	long cov_num, cov_den;      /* IDL among children 12-23 months */
	long do_num, do_den;        /* DPT1 - MR1, DPT1 since January */
};

struct recap_iks {
	long households;  /* visited in the month */
	long category[4]; /* enum iks_category */
};

struct recap_src {
	struct recap_register reg;
	struct visit_recap visit;
	struct recap_imm imm;
	struct screening_recap scr;
	struct recap_iks iks;
};

/* The scope of one run: posyandu_id NULL for the whole area. */
struct recap_run {
	struct store *st;
	const struct recap_params *p;
	const char *posyandu_id;
	struct date first, last, asof;
};

/* recap_count.c: each fills its part of src; 0 or -1 with *cause. */
int recap_count_register(const struct recap_run *run, struct recap_src *src,
			 char **cause);
int recap_count_imm(const struct recap_run *run, struct recap_src *src,
		    char **cause);
int recap_count_iks(const struct recap_run *run, struct recap_src *src,
		    char **cause);

#endif
