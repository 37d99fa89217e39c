/*
 * ui/draw: writing text on the screen. Text is UTF-8 from the catalogue
 * or the database; it is decoded here (not by the locale), clipped to a
 * width in columns, and shown as '?' where the terminal cannot show it.
 * Everything draws on stdscr; the app loop refreshes once per key.
 */
#ifndef ILP_UI_DRAW_H
#define ILP_UI_DRAW_H

#include "core/i18n.h"

struct app;

/*
 * Writes s at row y, column x, using at most width columns, with the
 * curses attribute attr. With pad, fills the rest of width with spaces.
 * Returns the columns written (without padding).
 */
int draw_text(int y, int x, int width, const char *s, int attr, int pad);
/* The same for a catalogue message formatted with printf arguments. */
int draw_textf(int y, int x, int width, int attr, enum msg_id id, ...);
/* Centres s in [x, x + width). */
void draw_center(int y, int x, int width, const char *s, int attr);
/* A horizontal line (ACS or '-'). */
void draw_hline(const struct app *app, int y, int x, int width);
/* A box outline with an optional title; fills the inside with blanks. */
void draw_box(const struct app *app, int y, int x, int h, int w,
	      const char *title);
/*
 * Wraps s into lines of at most width columns (breaking at spaces and at
 * newlines), skips the first skip lines, and draws the next max_rows from
 * row y. Returns the rows the whole text needs.
 */
int draw_wrapped(int y, int x, int width, int skip, int max_rows, const char *s,
		 int attr);
/* Counts the rows draw_wrapped would need. */
int draw_wrapped_rows(int width, const char *s);

#endif
