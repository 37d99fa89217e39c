/*
 * name: folding to ASCII keys and a bounded edit distance. Folding works
 * on code points decoded strictly (core/utf8.h), so no locale is needed.
 */
#include "core/name.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "util.h"

/* ASCII forms of U+00C0..U+017F; "" for the two signs (U+00D7, U+00F7). */
static const char *const name_fold_table[0x180 - 0xc0] = {
	"a", "a", "a", "a",  "a",  "a",  "ae", "c", "e", "e", "e",  "e",  "i",
	"i", "i", "i", "d",  "n",  "o",  "o",  "o", "o", "o", "",   "o",  "u",
	"u", "u", "u", "y",  "th", "ss", "a",  "a", "a", "a", "a",  "a",  "ae",
	"c", "e", "e", "e",  "e",  "i",  "i",  "i", "i", "d", "n",  "o",  "o",
	"o", "o", "o", "",   "o",  "u",  "u",  "u", "u", "y", "th", "y",  "a",
	"a", "a", "a", "a",  "a",  "c",  "c",  "c", "c", "c", "c",  "c",  "c",
	"d", "d", "d", "d",  "e",  "e",  "e",  "e", "e", "e", "e",  "e",  "e",
	"e", "g", "g", "g",  "g",  "g",  "g",  "g", "g", "h", "h",  "h",  "h",
	"i", "i", "i", "i",  "i",  "i",  "i",  "i", "i", "i", "ij", "ij", "j",
	"j", "k", "k", "k",  "l",  "l",  "l",  "l", "l", "l", "l",  "l",  "l",
	"l", "n", "n", "n",  "n",  "n",  "n",  "n", "n", "n", "o",  "o",  "o",
	"o", "o", "o", "oe", "oe", "r",  "r",  "r", "r", "r", "r",  "s",  "s",
	"s", "s", "s", "s",  "s",  "s",  "t",  "t", "t", "t", "t",  "t",  "u",
	"u", "u", "u", "u",  "u",  "u",  "u",  "u", "u", "u", "u",  "w",  "w",
	"y", "y", "y", "z",  "z",  "z",  "z",  "z", "z", "s"};

/* Dropped without a word break: "Nur'aini" is "Nuraini". */
static int
name_is_silent(unsigned cp)
{
	return cp == '\'' || cp == '`' || cp == 0x2018 || cp == 0x2019 ||
	       cp == 0x02bc || cp == 0x00b4 ||
	       (cp >= 0x300 && cp <= 0x36f); /* combining accents */
}

/* Appends p[0..n), after one space when a word break is pending. */
static void
name_emit(struct strbuf *sb, int *brk, int spaces, const char *p, size_t n)
{
	if (*brk && spaces && sb->len > 0)
		strbuf_addc(sb, ' ');
	*brk = 0;
	strbuf_add(sb, p, n);
}

static char *
name_fold(const char *s, int spaces)
{
	struct strbuf sb;
	size_t n, i = 0;
	int brk = 0;

	strbuf_init(&sb);
	n = s != NULL ? strlen(s) : 0;
	while (i < n) {
		unsigned cp;
		int len = utf8_decode_strict(s + i, n - i, &cp);

		if (len < 0) {
			i++; /* a malformed byte is dropped */
			continue;
		}
		if (name_is_silent(cp)) {
			/* nothing */
		} else if ((cp >= 'a' && cp <= 'z') ||
			   (cp >= '0' && cp <= '9')) {
			name_emit(&sb, &brk, spaces, s + i, 1);
		} else if (cp >= 'A' && cp <= 'Z') {
			char c = (char)(cp - 'A' + 'a');

			name_emit(&sb, &brk, spaces, &c, 1);
		} else if (cp >= 0xc0 && cp < 0x180 &&
			   name_fold_table[cp - 0xc0][0] != '\0') {
			const char *f = name_fold_table[cp - 0xc0];

			name_emit(&sb, &brk, spaces, f, strlen(f));
		} else if (cp < 0x180 || (cp >= 0x2000 && cp <= 0x206f)) {
			/* blanks, punctuation, signs, controls */
			brk = 1;
		} else {
			/* a letter of another script, kept as it is */
			name_emit(&sb, &brk, spaces, s + i, (size_t)len);
		}
		i += (size_t)len;
	}
	return strbuf_detach(&sb);
}

char *
name_search_key(const char *s)
{
	return name_fold(s, 1);
}

char *
name_normalize(const char *s)
{
	return name_fold(s, 0);
}

static int
name_min3(int a, int b, int c)
{
	int m = a < b ? a : b;

	return m < c ? m : c;
}

int
name_distance(const char *a, const char *b, int max)
{
	size_t la = strlen(a), lb = strlen(b), i, j;
	int *prev2, *prev, *cur, *tmp;
	int result;

	assert(max >= 0);
	if ((la > lb ? la - lb : lb - la) > (size_t)max)
		return max + 1;
	prev2 = xcalloc(lb + 1, sizeof *prev2);
	prev = xcalloc(lb + 1, sizeof *prev);
	cur = xcalloc(lb + 1, sizeof *cur);
	for (j = 0; j <= lb; j++)
		prev[j] = (int)j;
	result = la == 0 ? (int)lb : -1;
	for (i = 1; i <= la && result < 0; i++) {
		int row_min;

		cur[0] = (int)i;
		row_min = cur[0];
		for (j = 1; j <= lb; j++) {
			int cost = a[i - 1] != b[j - 1];
			int v = name_min3(prev[j] + 1, cur[j - 1] + 1,
					  prev[j - 1] + cost);

			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < v)
				v = prev2[j - 2] + 1;
			cur[j] = v;
			if (v < row_min)
				row_min = v;
		}
		/* A row's minimum never decreases: stop once it is too big. */
		if (row_min > max)
			result = max + 1;
		tmp = prev2;
		prev2 = prev;
		prev = cur;
		cur = tmp;
	}
	if (result < 0)
		result = prev[lb];
	free(prev2);
	free(prev);
	free(cur);
	return result > max ? max + 1 : result;
}

int
name_threshold(size_t len)
{
	if (len < 4)
		return 0;
	if (len < 8)
		return 1;
	return 2;
}

int
name_similar(const char *a, const char *b)
{
	char *na = name_normalize(a), *nb = name_normalize(b);
	size_t la = strlen(na), lb = strlen(nb);
	int similar = 0;

	if (la > 0 && lb > 0) {
		int max = name_threshold(la < lb ? la : lb);

		similar = name_distance(na, nb, max) <= max;
	}
	free(na);
	free(nb);
	return similar;
}
