/*
 * pregnancy: the dates of a pregnancy (ILP.md section 2): HPL (hari
 * perkiraan lahir, EDD) = HPHT (first day of the last menstrual period)
 * + 280 days, gestational age, trimester, the checks made when a
 * pregnancy is recorded, and the 42 days of nifas after it ends.
 * Pure C; no curses or SQL. It never reads the clock: "today" is always
 * passed in.
 */
#ifndef ILP_CORE_PREGNANCY_H
#define ILP_CORE_PREGNANCY_H

#include "core/date.h"

#define PREGNANCY_DAYS 280 /* HPHT to HPL */
/*
 * An open pregnancy whose HPHT is more than 44 weeks old must have ended
 * (42 weeks is post-term; two weeks more for a late record).
 */
#define PREGNANCY_MAX_OPEN_DAYS (44 * 7)
/* Nifas: from the day of delivery (day 0) to day 42, both included. */
#define PREGNANCY_NIFAS_DAYS 42
/* A woman may be recorded pregnant when 10 to 55 years old at HPHT. */
#define PREGNANCY_MOTHER_MIN_AGE 10
#define PREGNANCY_MOTHER_MAX_AGE 55
/*
 * Trimesters as the Indonesian ANC standard counts them, in completed
 * weeks: the first up to 12 weeks, the second over 12 up to 24 weeks,
 * the third over 24 weeks. 12 weeks 6 days is still the first.
 */
#define PREGNANCY_T1_LAST_WEEK 12
#define PREGNANCY_T2_LAST_WEEK 24

/* Gestational age: completed weeks and the days beyond them (0..6). */
struct pregnancy_ga {
	int weeks;
	int days;
};

/* HPL from HPHT: hpht + 280 days. */
struct date pregnancy_hpl(struct date hpht);
/* HPHT from HPL: hpl - 280 days. */
struct date pregnancy_hpht(struct date hpl);

/*
 * The gestational age on date at. Returns 0, or -1 (out untouched) when
 * at is before hpht. It does not stop at 280 days: 41 weeks is 41 weeks.
 */
int pregnancy_ga(struct date hpht, struct date at, struct pregnancy_ga *out);
/* 1, 2 or 3 on date at; 0 when at is before hpht. */
int pregnancy_trimester(struct date hpht, struct date at);

/*
 * Checks an HPHT typed for an open pregnancy: not after today and not
 * more than PREGNANCY_MAX_OPEN_DAYS before it (that day itself is
 * allowed). Returns 0, or -1 and sets *cause to an allocated message
 * (the caller frees it; cause may be NULL).
 */
int pregnancy_check_hpht(struct date hpht, struct date today, char **cause);
/*
 * The same for an HPL typed instead: at most 280 days after today (its
 * HPHT is not in the future) and at most 28 days before it (its HPHT is
 * not more than 44 weeks old). Returns 0 or -1 with *cause.
 */
int pregnancy_check_hpl(struct date hpl, struct date today, char **cause);
/*
 * Whether a person may be recorded pregnant with this HPHT: sex 'P' and
 * 10 to 55 completed years old at HPHT (ILP: pregnancy only for women
 * aged 10-55). Returns 0 or -1 with *cause.
 */
int pregnancy_check_mother(char sex, struct date dob, struct date hpht,
			   char **cause);
/*
 * Checks the date a pregnancy ended (delivery, or loss): not before HPHT
 * and not after today. Returns 0 or -1 with *cause.
 */
int pregnancy_check_end(struct date hpht, struct date end, struct date today,
			char **cause);

/*
 * 1 when a mother who delivered on date delivery is nifas on date at:
 * 0 <= days from delivery to at <= PREGNANCY_NIFAS_DAYS. Else 0.
 */
int pregnancy_is_nifas(struct date delivery, struct date at);
/* The last day of nifas: delivery + 42 days. */
struct date pregnancy_nifas_end(struct date delivery);

#endif
