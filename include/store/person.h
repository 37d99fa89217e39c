/*
 * store/person: household members (ILP.md §1): name, sex, date of birth
 * (exact or estimated), relation to the head, optional NIK, JKN number
 * and phone, and status aktif / pindah / meninggal with its date. A
 * person is never deleted. Also the look-ups the register's forms need:
 * a NIK already in use, likely duplicates, and the person search behind
 * the reusable person picker.
 *
 * The same rules as store/household.h: a kader reads and writes only
 * people whose household is in their posyandu; nakes and admin all;
 * writes need PERM_EDIT_REGISTER, run in one transaction, are audited
 * and use optimistic concurrency (STORE_STALE). The store checks every
 * field again with core/validate and core/nik whatever the caller
 * checked. No curses here.
 *
 * Other issues (immunisation, screening, visits) use: store_person_get()
 * for a person's facts, person_lifestage_facts() + core/lifestage for
 * their stages, store_person_search() or the UI's person picker to find
 * one, and store_household_get() for the members of a household.
 */
#ifndef ILP_STORE_PERSON_H
#define ILP_STORE_PERSON_H

#include <stddef.h>

#include "core/date.h"
#include "core/lifestage.h"
#include "store/db.h"
#include "store/household.h"

enum person_status { PERSON_AKTIF, PERSON_PINDAH, PERSON_MENINGGAL };

/* The schema's relation codes, in the order forms offer them; NULL-ended. */
extern const char *const person_relations[];

struct person {
	char *id;           /* set by the store */
	char *household_id; /* required on add */
	char *name;         /* as typed, spaces normalised */
	char sex;           /* 'L' or 'P' */
	struct date dob;
	int dob_estimated; /* 1: computed from an age */
	char *relation;    /* one of person_relations ("kepala", "anak"...) */
	char *nik;         /* 16 digits, or NULL */
	char *jkn_no;      /* 13 digits, or NULL */
	char *phone;       /* national form "0812...", or NULL */
	enum person_status status;
	struct date status_date; /* pindah/meninggal: since when */
	long long version;       /* as read; a save expects it unchanged */
	char *updated_at;        /* read only */
	char *updated_by;        /* read only */
	/* Read only, for life stages (filled by get and household_get): */
	char *posyandu_id;
	int pregnant;       /* an open pregnancy is recorded */
	struct date hpht;   /* of the open pregnancy */
	struct date hpl;    /* of the open pregnancy */
	char *pregnancy_id; /* the open pregnancy, or NULL */
	long long pregnancy_version;
	int delivered;        /* a birth was recorded */
	struct date delivery; /* the latest one */
	/*
	 * Add only: the form's save key (store_new_save_key()); "" for
	 * none. An add whose key is already recorded writes nothing and
	 * returns the person added then.
	 */
	char save_key[STORE_SAVE_KEY_LEN];
};

/* Frees the strings of p (not p itself); NULL is fine. */
void person_free(struct person *p);
/* Frees an array of persons. */
void person_list_free(struct person *v, size_t n);

/* The facts core/lifestage needs, from a person read by the store. */
void person_lifestage_facts(const struct person *p,
			    struct lifestage_facts *out);
/* lifestage_of() for the person at date at; 0 for pindah/meninggal. */
unsigned person_lifestages(const struct person *p, struct date at);

/* "aktif", "pindah", "meninggal". */
const char *person_status_code(enum person_status s);

/*
 * One person by id. Returns 1 found, 0 not found or not visible to the
 * actor, -1 with *cause. Free out with person_free().
 */
int store_person_get(struct store *st, const char *id, struct person *out,
		     char **cause);

/*
 * Adds p to p->household_id as an active member. Checks the name
 * (validate_name), sex, date of birth (not after today, not before
 * 1900), relation, NIK (nik_parse; unique among active persons), JKN
 * number (13 digits), phone (validate_phone) and that a household has at
 * most one active head. A NIK whose date or sex disagrees is not refused
 * here: the UI asks the user first. id_out (37 bytes) may be NULL.
 * With p->save_key already recorded: writes nothing and checks nothing
 * more, id_out gets the person added then. Returns 0 or -1 with *cause.
 */
int store_person_add(struct store *st, const struct person *p,
		     struct date today, char *id_out, char **cause);

/*
 * Saves name, sex, date of birth, relation, NIK, JKN number and phone of
 * p->id, expecting p->version. Status and household change only through
 * the functions below. Returns 0, STORE_STALE (who and when in *cause:
 * nothing written) or -1 with *cause.
 */
int store_person_update(struct store *st, const struct person *p,
			struct date today, char **cause);

/*
 * Marks a person pindah (moved out) or meninggal (died) on date (not
 * after today, not before their birth), or aktif again (date ignored;
 * NIK and head rules checked again). The row stays; an open pregnancy of
 * someone who died or moved stays as it is. Returns 0, STORE_STALE or -1.
 */
int store_person_set_status(struct store *st, const char *id, long long version,
			    enum person_status status, struct date date,
			    struct date today, char **cause);

/*
 * Moves an active person to another household (both visible to the
 * actor) with a new relation to its head. Returns 0, STORE_STALE or -1.
 */
int store_person_move(struct store *st, const char *id, long long version,
		      const char *household_id, const char *relation,
		      char **cause);

/* A short reference to a person found by a look-up. */
struct person_ref {
	char *id;
	char *household_id;
	char *name;
	char sex;
	struct date dob;
	int dob_estimated;
	char *nik; /* "" when none */
	char *posyandu_name;
	char *address;   /* the household's address, RT/RW */
	char *head_name; /* the household's head; "" when none */
	enum person_status status;
	int visible; /* the actor may open this person */
	int exact;   /* a search: NIK or No. KK equals the query */
};

void person_ref_free(struct person_ref *r);
void person_refs_free(struct person_ref *v, size_t n);

/*
 * The active person holding nik, other than except_id (NULL: none), in
 * any posyandu (a NIK is unique among active persons; ref->visible says
 * whether the actor may open them). Returns 1 and *out, 0 when the NIK
 * is free, -1 with *cause.
 */
int store_person_find_nik(struct store *st, const char *nik,
			  const char *except_id, struct person_ref *out,
			  char **cause);

/*
 * Likely duplicates (ILP.md §1): active persons in posyandu_id with the
 * same date of birth and a similar name (core/name's name_similar: case,
 * spaces and a small spelling difference ignored), other than except_id.
 * Returns 0 with an allocated array (maybe empty), or -1 with *cause.
 */
int store_person_duplicates(struct store *st, const char *name, struct date dob,
			    const char *posyandu_id, const char *except_id,
			    struct person_ref **out, size_t *n, char **cause);

/* The default and largest number of persons a search returns. */
#define PERSON_SEARCH_LIMIT 50
#define PERSON_SEARCH_MAX 2000

struct person_query {
	/*
	 * As for households: every word must begin a word of the person's
	 * name or NIK or of their household's No. KK, address or dusun.
	 */
	const char *text;
	const char *posyandu_id; /* NULL: every posyandu the actor may see */
	int include_inactive;    /* also pindah and meninggal */
	int limit;               /* 0: PERSON_SEARCH_LIMIT */
};

/*
 * Persons matching q, exact NIK / No. KK matches first, then by name.
 * The person picker runs this on every keystroke. Returns 0 with an
 * allocated array (free with person_refs_free), or -1 with *cause.
 */
int store_person_search(struct store *st, const struct person_query *q,
			struct person_ref **out, size_t *n, int *more,
			char **cause);

#endif
