/*
 * lineedit: a one-line text editor without curses (after htop's
 * LineEditor): insert, delete, move, kill, and the horizontal scroll that
 * keeps the cursor visible in a field of a given width. Text is kept as
 * code points and handed out as UTF-8. The form widget draws it; this
 * module only changes state, so every editing rule is unit-tested.
 */
#ifndef ILP_CORE_LINEEDIT_H
#define ILP_CORE_LINEEDIT_H

#include <stddef.h>
#include <stdint.h>

struct lineedit {
	uint32_t *cp; /* the characters */
	size_t len;
	size_t cap;
	size_t cursor; /* 0..len */
	size_t scroll; /* first character shown */
	size_t max;    /* most characters accepted; 0 = no limit */
	char *text;    /* UTF-8 copy, rebuilt by lineedit_text() */
};

enum lineedit_key {
	LINEEDIT_LEFT,
	LINEEDIT_RIGHT,
	LINEEDIT_HOME,
	LINEEDIT_END,
	LINEEDIT_BACKSPACE,
	LINEEDIT_DELETE,
	LINEEDIT_KILL_LINE, /* Ctrl-U: clear */
	LINEEDIT_KILL_END,  /* Ctrl-K: to the end */
	LINEEDIT_KILL_WORD  /* Ctrl-W: the word before the cursor */
};

void lineedit_init(struct lineedit *le, size_t max);
void lineedit_done(struct lineedit *le);
/* Replaces the text (UTF-8; invalid bytes become U+FFFD) and ends there. */
void lineedit_set(struct lineedit *le, const char *utf8);
/*
 * Inserts one printable character at the cursor. Returns 0, or -1 when
 * it is a control character or the field is full (nothing changes).
 */
int lineedit_insert(struct lineedit *le, uint32_t cp);
/* Applies an editing key; returns 1 when the text or cursor changed. */
int lineedit_key(struct lineedit *le, enum lineedit_key key);
/* The text as UTF-8, valid until the next change. */
const char *lineedit_text(struct lineedit *le);
/*
 * Adjusts scroll so the cursor fits in a field of width columns and
 * returns the cursor's column inside the field.
 */
int lineedit_view(struct lineedit *le, int width);

#endif
