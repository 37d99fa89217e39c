/*
 * lifestage: the life stages of ILP.md §2, computed at a date from a
 * person's facts and never stored. A person can be in several stages at
 * once (a 12-year-old is usia sekolah and remaja), so the result is a bit
 * set. Pure C; no curses or SQL.
 */
#ifndef ILP_CORE_LIFESTAGE_H
#define ILP_CORE_LIFESTAGE_H

#include "core/date.h"

enum lifestage {
	LIFESTAGE_NEONATUS = 1u << 0,   /* bayi baru lahir: days 0-28 */
	LIFESTAGE_BAYI = 1u << 1,       /* 0-11 months */
	LIFESTAGE_BADUTA = 1u << 2,     /* under 24 months */
	LIFESTAGE_BALITA = 1u << 3,     /* 0-59 months */
	LIFESTAGE_PRASEKOLAH = 1u << 4, /* 60-83 months */
	LIFESTAGE_SEKOLAH = 1u << 5,    /* usia sekolah: 6-17 years */
	LIFESTAGE_REMAJA = 1u << 6,     /* 10-17 years */
	LIFESTAGE_DEWASA = 1u << 7,     /* usia dewasa: 18-59 years */
	LIFESTAGE_LANSIA = 1u << 8,     /* 60 years and over */
	LIFESTAGE_HAMIL = 1u << 9,      /* an open pregnancy */
	LIFESTAGE_NIFAS = 1u << 10      /* delivery 0-42 days ago */
};

#define LIFESTAGE_COUNT 11

/* What the stages are computed from. */
struct lifestage_facts {
	struct date dob;
	char sex;             /* 'L' or 'P' */
	int pregnant;         /* 1 when an open pregnancy is recorded */
	int delivered;        /* 1 when delivery is set */
	struct date delivery; /* the most recent delivery (end of pregnancy) */
};

/*
 * The stages of a person on date at, as a set of enum lifestage bits.
 * A person not yet born at that date has no stage (0). Every bound is
 * inclusive, in calendar days, completed calendar months
 * (date_age_months) or completed years (date_age_years):
 *   neonatus    0-28 days after birth (the day of birth is day 0)
 *   bayi        0-11 months           baduta      0-23 months
 *   balita      0-59 months           prasekolah  60-83 months
 *   sekolah     6-17 years            remaja      10-17 years
 *   dewasa      18-59 years           lansia      60 years and over
 * Prasekolah and sekolah overlap at 72-83 months, as in ILP.md (5-6 y
 * and 6-17 y); sekolah and remaja overlap at 10-17 years.
 *   hamil       f->pregnant and sex 'P'
 *   nifas       f->delivered, sex 'P' and 0 <= days from f->delivery to
 *               at <= 42 (pregnancy_is_nifas); a delivery after at does
 *               not count
 * Hamil and nifas are not limited by age here; pregnancy_check_mother()
 * guards what is recorded.
 */
unsigned lifestage_of(const struct lifestage_facts *f, struct date at);

/*
 * The stage's short name in the current language ("Balita"); "?" for a
 * bad value. Static storage.
 */
const char *lifestage_name(enum lifestage stage);
/* The stage's code for files and CSV ("balita"); NULL for a bad value. */
const char *lifestage_code(enum lifestage stage);
/* Parses a code (ASCII case-insensitive); returns 0 or -1. */
int lifestage_parse(const char *code, enum lifestage *out);

#endif
