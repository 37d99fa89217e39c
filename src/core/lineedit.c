/* lineedit: editing state for one text field. */
#include "core/lineedit.h"

#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "util.h"

void
lineedit_init(struct lineedit *le, size_t max)
{
	memset(le, 0, sizeof *le);
	le->max = max;
}

void
lineedit_done(struct lineedit *le)
{
	if (le->cp != NULL)
		mem_wipe(le->cp, le->cap * sizeof *le->cp);
	free(le->cp);
	if (le->text != NULL)
		mem_wipe(le->text, strlen(le->text));
	free(le->text);
	memset(le, 0, sizeof *le);
}

static void
lineedit_reserve(struct lineedit *le, size_t n)
{
	if (n <= le->cap)
		return;
	le->cap = n < 16 ? 16 : n * 2;
	le->cp = xreallocarray(le->cp, le->cap, sizeof *le->cp);
}

void
lineedit_set(struct lineedit *le, const char *s)
{
	size_t n = s != NULL ? strlen(s) : 0, i = 0;
	uint32_t cp;

	le->len = le->cursor = le->scroll = 0;
	while (i < n) {
		i += utf8_decode(s + i, n - i, &cp);
		if (le->max != 0 && le->len >= le->max)
			break;
		lineedit_reserve(le, le->len + 1);
		le->cp[le->len++] = cp;
	}
	le->cursor = le->len;
}

int
lineedit_insert(struct lineedit *le, uint32_t cp)
{
	if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) ||
	    cp > 0x10ffff)
		return -1;
	if (le->max != 0 && le->len >= le->max)
		return -1;
	lineedit_reserve(le, le->len + 1);
	memmove(&le->cp[le->cursor + 1], &le->cp[le->cursor],
		(le->len - le->cursor) * sizeof *le->cp);
	le->cp[le->cursor++] = cp;
	le->len++;
	return 0;
}

static void
lineedit_erase(struct lineedit *le, size_t from, size_t to)
{
	memmove(&le->cp[from], &le->cp[to], (le->len - to) * sizeof *le->cp);
	le->len -= to - from;
	le->cursor = from;
}

int
lineedit_key(struct lineedit *le, enum lineedit_key key)
{
	size_t c = le->cursor;

	switch (key) {
	case LINEEDIT_LEFT:
		if (c == 0)
			return 0;
		le->cursor--;
		return 1;
	case LINEEDIT_RIGHT:
		if (c == le->len)
			return 0;
		le->cursor++;
		return 1;
	case LINEEDIT_HOME:
		le->cursor = 0;
		return c != 0;
	case LINEEDIT_END:
		le->cursor = le->len;
		return c != le->len;
	case LINEEDIT_BACKSPACE:
		if (c == 0)
			return 0;
		lineedit_erase(le, c - 1, c);
		return 1;
	case LINEEDIT_DELETE:
		if (c == le->len)
			return 0;
		lineedit_erase(le, c, c + 1);
		return 1;
	case LINEEDIT_KILL_LINE:
		if (le->len == 0)
			return 0;
		le->len = le->cursor = le->scroll = 0;
		return 1;
	case LINEEDIT_KILL_END:
		if (c == le->len)
			return 0;
		le->len = c;
		return 1;
	case LINEEDIT_KILL_WORD: {
		size_t from = c;

		while (from > 0 && le->cp[from - 1] == ' ')
			from--;
		while (from > 0 && le->cp[from - 1] != ' ')
			from--;
		if (from == c)
			return 0;
		lineedit_erase(le, from, c);
		return 1;
	}
	}
	return 0;
}

const char *
lineedit_text(struct lineedit *le)
{
	size_t i, j = 0;

	if (le->text != NULL)
		mem_wipe(le->text, strlen(le->text));
	free(le->text);
	le->text = xmalloc(le->len * 4 + 1);
	for (i = 0; i < le->len; i++)
		j += utf8_encode(le->cp[i], le->text + j);
	le->text[j] = '\0';
	return le->text;
}

int
lineedit_view(struct lineedit *le, int width)
{
	int w = 0;
	size_t i;

	if (width < 1)
		width = 1;
	if (le->scroll > le->cursor)
		le->scroll = le->cursor;
	/* Scroll right until the cursor (and one cell after it) fits. */
	for (;;) {
		w = 0;
		for (i = le->scroll; i < le->cursor; i++)
			w += utf8_cp_width(le->cp[i]);
		if (w < width || le->scroll >= le->cursor)
			break;
		le->scroll++;
	}
	return w;
}
