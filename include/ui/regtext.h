/*
 * ui/regtext: how the Keluarga screens (household list and view, the
 * forms, the person picker) write register facts: ages, life stages,
 * relations, yes/no facts, badges, and the choice lists the forms offer.
 * Text only; no curses, no store calls.
 */
#ifndef ILP_UI_REGTEXT_H
#define ILP_UI_REGTEXT_H

#include <stddef.h>

#include "core/date.h"
#include "ui/widgets.h"

/*
 * An age at date at: "12 hari" under a month, "8 bulan" under two years,
 * "3 th 2 bl" under five, else "35 tahun". "-" before birth. Returns buf.
 */
char *regtext_age(struct date dob, struct date at, char *buf, size_t n);
/* "DD-MM-YYYY", with "~" in front when estimated. Returns buf. */
char *regtext_dob(struct date dob, int estimated, char *buf, size_t n);
/* Life stage names joined by ", " (core/lifestage bits). Returns buf. */
char *regtext_stages(unsigned stages, char *buf, size_t n);
/* Household badges ("hamil bayi balita lansia"). Returns buf. */
char *regtext_badges(unsigned badges, char *buf, size_t n);
/* The label of a relation code; the code itself when unknown. */
const char *regtext_relation(const char *code);
/* "ya", "tidak", "?" for 1, 0, unknown. */
const char *regtext_fact(int v);

/* Choice lists for form fields (ended by a NULL code). */
extern const struct field_choice regtext_sex_choices[];
extern const struct field_choice regtext_relation_choices[];
/* "" (unknown), "1", "0". */
extern const struct field_choice regtext_fact_choices[];

#endif
