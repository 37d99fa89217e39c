/*
 * store/search: what the register's search shares inside the store: a
 * typed query cut into normalised words, binding them, and rebuilding the
 * search index after a bulk load. The index itself (search_doc,
 * search_word and their triggers) is schema step 3; doc/decisions.md
 * says why it is a word table and not FTS5. Store-private: sqlite3.h.
 */
#ifndef ILP_STORE_SEARCH_H
#define ILP_STORE_SEARCH_H

#include "internal.h"

/*
 * Words a query may use; more are dropped (the shortest first), since
 * four words already pick out one household among 100,000.
 */
#define SEARCH_MAX_WORDS 4
/* search_word holds a doc's text from each word on, this many characters. */
#define SEARCH_PHRASE_MAX 64

struct search_query {
	char *key;    /* the whole query as a search key; "" when empty */
	char *phrase; /* key cut to SEARCH_PHRASE_MAX characters */
	char *buf;    /* owns the words */
	const char *words[SEARCH_MAX_WORDS]; /* longest first, NULL after */
	int nwords;
	int number; /* the query is one 16-digit number: NIK or No. KK */
};

/*
 * Cuts text (as typed; NULL is empty) into search-key words (core/name's
 * name_search_key: lower case, accents folded, punctuation a word break).
 * Free with search_query_free().
 */
void search_query_parse(struct search_query *q, const char *text);
void search_query_free(struct search_query *q);

/*
 * Binds words[0..SEARCH_MAX_WORDS) to parameters first .. first + 3
 * (NULL where there is no word), or with phrase set, the phrase to first
 * and NULL to the other three.
 */
void search_bind_words(sqlite3_stmt *s, const struct search_query *q, int first,
                       int phrase);

/*
 * Fills search_doc and search_word from every household and person, for
 * a bulk load that ran with st->index_off set. Inside the caller's
 * transaction. Returns 0 or -1 with *cause.
 */
int search_rebuild(struct store *st, char **cause);

#endif
