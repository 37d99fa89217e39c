/*
 * store/search: query words and the bulk rebuild of the search index.
 * The words are sorted longest first because the longest word makes the
 * narrowest range in search_word: the store scans that range and checks
 * the other words against the candidates' docs.
 */
#include "search.h"

#include <stdlib.h>
#include <string.h>

#include "core/name.h"

static int
search_longer_first(const void *a, const void *b)
{
	size_t la = strlen(*(const char *const *)a);
	size_t lb = strlen(*(const char *const *)b);

	return la < lb ? 1 : la > lb ? -1 : 0;
}

void
search_query_parse(struct search_query *q, const char *text)
{
	const char *all[64];
	size_t i, n = 0, len;
	char *p, *save = NULL;

	memset(q, 0, sizeof *q);
	q->key = name_search_key(text);
	q->buf = xstrdup(q->key);
	for (p = strtok_r(q->buf, " ", &save);
	     p != NULL && n < ILP_ARRAY_LEN(all);
	     p = strtok_r(NULL, " ", &save))
		all[n++] = p;
	qsort(all, n, sizeof all[0], search_longer_first);
	for (i = 0; i < n && i < SEARCH_MAX_WORDS; i++)
		q->words[i] = all[i];
	q->nwords = (int)i;
	/* Characters, as SQL's substr() counts them in the index. */
	for (i = 0, len = 0; q->key[len] != '\0'; len++)
		if (((unsigned char)q->key[len] & 0xc0) != 0x80 &&
		    ++i > SEARCH_PHRASE_MAX)
			break;
	q->phrase = xstrndup(q->key, len);
	len = strlen(q->key);
	q->number = len == 16 && strspn(q->key, "0123456789") == 16;
}

void
search_query_free(struct search_query *q)
{
	free(q->key);
	free(q->phrase);
	free(q->buf);
	memset(q, 0, sizeof *q);
}

void
search_bind_words(sqlite3_stmt *s, const struct search_query *q, int first,
		  int phrase)
{
	int i;

	for (i = 0; i < SEARCH_MAX_WORDS; i++)
		db_bind_text(s, first + i,
			     phrase ? (i == 0 ? q->phrase : NULL)
				    : q->words[i]);
}

static const char *const search_rebuild_sql[] = {
	"INSERT INTO search_doc (household_id, person_id, body) "
	"SELECT id, NULL, trim(coalesce(no_kk, '') || ' ' || "
	"ilp_search_key(address) || ' ' || ilp_search_key(dusun)) "
	"FROM household WHERE id NOT IN (SELECT household_id FROM "
	"search_doc WHERE person_id IS NULL)",
	"INSERT INTO search_doc (household_id, person_id, body) "
	"SELECT household_id, id, trim(ilp_search_key(name) || ' ' || "
	"coalesce(nik, '')) FROM person WHERE id NOT IN (SELECT person_id "
	"FROM search_doc WHERE person_id IS NOT NULL)",
	/* Sorted, so the B-tree fills in order: several times faster. */
	"INSERT OR IGNORE INTO search_word (word, doc) "
	"WITH RECURSIVE split(doc, w) AS (SELECT id, body FROM search_doc "
	"WHERE id NOT IN (SELECT doc FROM search_word) UNION ALL SELECT "
	"doc, substr(w, instr(w, ' ') + 1) FROM split WHERE instr(w, ' ') "
	"> 0) SELECT substr(w, 1, 64), doc FROM split WHERE w <> '' AND "
	"substr(w, 1, 1) <> ' ' ORDER BY 1, 2",
};

int
search_rebuild(struct store *st, char **cause)
{
	size_t i;

	for (i = 0; i < ILP_ARRAY_LEN(search_rebuild_sql); i++) {
		sqlite3_stmt *s = db_stmt(st, search_rebuild_sql[i], cause);
		int rc;

		if (s == NULL)
			return -1;
		rc = sqlite3_step(s);
		db_done(s);
		if (rc != SQLITE_DONE) {
			*cause = db_error(st, rc);
			return -1;
		}
	}
	return 0;
}
