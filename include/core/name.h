/*
 * name: person names compared for the duplicate guard (ILP.md section 1:
 * same name, case/spacing-insensitive with a small edit distance, and the
 * same DOB in the same posyandu) and folded into keys for search as you
 * type. It only compares text; which records to compare is the store's
 * business. Pure C; no curses, SQL or locale.
 */
#ifndef ILP_CORE_NAME_H
#define ILP_CORE_NAME_H

#include <stddef.h>

/*
 * The search key of a name: ASCII letters lower-cased; Latin-1 and Latin
 * Extended-A letters folded to ASCII ("Sé" -> "se", "ß" -> "ss", "Æ" ->
 * "ae"); combining accents and apostrophes (' ` and U+2018, U+2019,
 * U+02BC, U+00B4) dropped ("Nur'aini" -> "nuraini"); blanks, dots,
 * hyphens and other ASCII punctuation turned into one space between
 * words, none at the ends ("M. Yusuf-Ali" -> "m yusuf ali"); digits and
 * other letters (Greek, Arabic, ...) kept as they are; malformed UTF-8
 * bytes dropped. Never NULL (NULL in gives ""); the caller frees it.
 */
char *name_search_key(const char *s);

/*
 * The compact form the duplicate guard compares: the search key without
 * its spaces ("Nur Aini" and "Nuraini" both give "nuraini"). The caller
 * frees it.
 */
char *name_normalize(const char *s);

/*
 * The optimal-string-alignment (restricted Damerau-Levenshtein) distance
 * between a and b, counted in bytes: insertions, deletions, substitutions
 * and transpositions of two neighbours cost 1. The work stops as soon as
 * the distance must exceed max (>= 0), and then max + 1 is returned.
 */
int name_distance(const char *a, const char *b, int max);

/*
 * The largest distance at which two normalised names, the shorter of
 * them len bytes long, still count as the same: 0 below 4 bytes (in
 * "Ani" one letter makes another name: Adi, Ana), 1 from 4 to 7 (Rina/
 * Rini, Muhamad/Muhammad), 2 from 8 (Mohamad Rizki/Muhammad Rizki).
 */
int name_threshold(size_t len);

/*
 * 1 when two names are the same for the duplicate guard: their
 * name_normalize() forms are non-empty and within name_threshold() of
 * the shorter one's length. Twins with close names (Rina and Rini) do
 * match: the guard only warns and offers the existing record.
 */
int name_similar(const char *a, const char *b);

#endif
