/*
 * store/household: the household register (ILP.md §1): a household
 * (keluarga) in one posyandu area, with its optional No. KK, address, RT,
 * RW, dusun and the household facts that feed the family health index;
 * the list of households with search as you type; opening one with its
 * members. People and households are never deleted.
 *
 * Scope: a kader sees and edits only the households of their own
 * posyandu (st->actor.posyandu_id); nakes and admin see every posyandu.
 * Every write needs PERM_EDIT_REGISTER, runs in one transaction and is
 * audited by the schema's triggers. Saves use optimistic concurrency:
 * the caller passes the version it read; when someone else saved first
 * the save is refused with STORE_STALE and a message naming who and
 * when, and nothing is overwritten. No curses here.
 *
 * For other parts of the program: a household's members come from
 * store_household_get(); one person from store_person_get()
 * (store/person.h).
 */
#ifndef ILP_STORE_HOUSEHOLD_H
#define ILP_STORE_HOUSEHOLD_H

#include <stddef.h>

#include "core/date.h"
#include "store/db.h"

/*
 * What a save returns when the row changed since it was read: *cause
 * says who changed it and when (MSG_DB_STALE). Reload, apply again.
 */
#define STORE_STALE (-2)

/* A yes/no fact that may be unknown. */
#define HOUSEHOLD_UNKNOWN (-1)

struct household {
	char *id;            /* set by the store */
	char *posyandu_id;   /* required on add; a kader's own is forced */
	char *posyandu_code; /* read only */
	char *posyandu_name; /* read only */
	char *no_kk;         /* 16 digits, or NULL */
	char *address;       /* "" when none; at most 200 characters */
	char *rt;            /* "005" or "" */
	char *rw;            /* "002" or "" */
	char *dusun;         /* "" when none */
	/* 1 yes, 0 no, HOUSEHOLD_UNKNOWN */
	int water_clean;
	int latrine_healthy;
	int jkn_all;
	int smoker_inside;
	char *note;        /* "" when none */
	char *status;      /* "aktif", "pindah", "bubar"; read only */
	long long version; /* as read; a save expects it unchanged */
	char *updated_at;  /* "YYYY-MM-DDTHH:MM:SSZ", read only */
	char *updated_by;  /* user name, read only */
	/*
	 * Add only: the form's save key (store_new_save_key()); "" for
	 * none. An add whose key is already recorded writes nothing and
	 * returns the household it made then.
	 */
	char save_key[STORE_SAVE_KEY_LEN];
};

/* Frees the strings of h (not h itself); NULL is fine. */
void household_free(struct household *h);

/* Badges of a household row: who lives there at the list's date. */
enum household_badge {
	HOUSEHOLD_BADGE_HAMIL = 1u << 0,  /* an open pregnancy */
	HOUSEHOLD_BADGE_BAYI = 1u << 1,   /* 0-11 months */
	HOUSEHOLD_BADGE_BALITA = 1u << 2, /* 0-59 months */
	HOUSEHOLD_BADGE_LANSIA = 1u << 3  /* 60 years and over */
};

/* One line of the household list. */
struct household_row {
	char *id;
	char *head_name; /* the active kepala keluarga; "" when none */
	char *no_kk;     /* "" when none */
	char *address;
	char *rt;
	char *rw;
	char *dusun;
	char *posyandu_code;
	int members;     /* active members */
	unsigned badges; /* enum household_badge bits */
	int exact;       /* 1: a member's NIK or the No. KK equals the query */
	int loaded;      /* 0: only id and exact are set (see preload) */
};

void household_rows_free(struct household_row *v, size_t n);

/*
 * The default number of rows a search returns through the index (every
 * posyandu) and for one posyandu (all of it, in practice), and the most
 * a caller may ask for. 50 rows are three screens: past that the user
 * types another letter (doc/decisions.md: larger pages cost more than
 * the 5 ms a keystroke may take on a kabupaten's database).
 */
#define HOUSEHOLD_SEARCH_LIMIT 50
#define HOUSEHOLD_SEARCH_POSYANDU 1000
#define HOUSEHOLD_SEARCH_MAX 2000

struct household_query {
	/*
	 * What was typed so far (NULL or blank: every household). Each word
	 * must begin a word of a member's name or NIK, or of the No. KK,
	 * address or dusun; case, accents and punctuation do not matter.
	 * At most SEARCH_MAX_WORDS (4) words count: the longest ones.
	 */
	const char *text;
	/*
	 * A posyandu id to list only that one (nakes/admin filter); NULL for
	 * every posyandu the actor may see. A kader always gets their own.
	 */
	const char *posyandu_id;
	struct date at; /* the date the badges are computed for */
	int limit;      /* 0: the defaults above; at most ..._MAX */
	/*
	 * Through the index, only the first preload rows are read in full
	 * (0: all); the others have loaded = 0 until
	 * store_household_fill(): a screen reads the rows it shows.
	 */
	int preload;
};

/*
 * The active households matching q, the ones the actor may see. What
 * each keystroke of search as you type runs. One posyandu (a kader's, or
 * the filter) is scanned whole and sorted: exact NIK / No. KK matches
 * first, then by the head's name. Every posyandu goes through the search
 * index, in its order: the matched name, NIK, No. KK or address
 * alphabetically (a 16-digit query finds only exact matches), and only
 * q->preload rows are read in full. *more is set when more than the
 * limit matched (the user may type more). Returns 0 with an allocated
 * array (free with household_rows_free), or -1 with *cause.
 */
int store_household_search(struct store *st, const struct household_query *q,
			   struct household_row **out, size_t *n, int *more,
			   char **cause);

/*
 * Reads rows[from .. from + count) in full where loaded is 0 (clipped to
 * n), with badges at date at. A row whose household went away meanwhile
 * keeps loaded = 0 and an empty head name. Returns 0 or -1 with *cause.
 */
int store_household_fill(struct store *st, struct household_row *rows, size_t n,
			 size_t from, size_t count, struct date at,
			 char **cause);

struct person;

/*
 * One household by id, with every member (active ones first, then
 * pindah and meninggal; the head first among the active ones, then by
 * date of birth). members and nmembers may be NULL when only the
 * household is wanted; else free the array with person_list_free()
 * (store/person.h). Returns 1 found, 0 not found or not visible to the
 * actor, -1 with *cause.
 */
int store_household_get(struct store *st, const char *id, struct household *out,
			struct person **members, size_t *nmembers,
			char **cause);

/*
 * Adds a household. Checks what core/validate and core/nik check (No. KK
 * format, RT/RW, address length, facts 0/1/unknown); a kader may add only
 * in their own posyandu. id_out (37 bytes) gets the new id; may be NULL.
 * With h->save_key already recorded: writes nothing, id_out gets the
 * household added then. Returns 0 or -1 with *cause.
 */
int store_household_add(struct store *st, const struct household *h,
			char *id_out, char **cause);

/*
 * Saves the editable fields of h (No. KK, address, RT, RW, dusun, facts,
 * note) for h->id, expecting h->version. The posyandu is changed only
 * by nakes/admin (a household moving to another posyandu area). Returns
 * 0, STORE_STALE or -1 with *cause.
 */
int store_household_update(struct store *st, const struct household *h,
			   char **cause);

/*
 * The number of active households with this No. KK other than
 * except_id (NULL: none), and one of their ids into id_out (37 bytes),
 * whichever posyandu they are in: a No. KK is meant to be unique, so
 * the UI warns. Returns the count or -1 with *cause.
 */
int store_household_find_kk(struct store *st, const char *no_kk,
			    const char *except_id, char *id_out, char **cause);

#endif
