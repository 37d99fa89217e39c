/*
 * ui/draw: text output through the wide curses calls, so that UTF-8
 * names show correctly in a UTF-8 locale and degrade to '?' elsewhere.
 */
#include "ui/draw.h"

#include <curses.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "ui/app.h"
#include "util.h"

static void
draw_cp(uint32_t cp, int attr)
{
	wchar_t wc[2];
	cchar_t cc;

	if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && utf8_ascii()))
		cp = '?';
	wc[0] = (wchar_t)cp;
	wc[1] = L'\0';
	if (setcchar(&cc, wc, (attr_t)attr, 0, NULL) == OK)
		add_wch(&cc);
}

int
draw_text(int y, int x, int width, const char *s, int attr, int pad)
{
	size_t n = s != NULL ? strlen(s) : 0, i = 0;
	int used = 0;
	uint32_t cp;

	if (width <= 0)
		return 0;
	move(y, x);
	while (i < n) {
		size_t k = utf8_decode(s + i, n - i, &cp);
		int w = utf8_cp_width(cp);

		if (w == 0 && used == 0)
			w = 1; /* a lone combining mark still takes a cell */
		if (used + w > width)
			break;
		if (w > 0)
			draw_cp(cp, attr);
		used += w;
		i += k;
	}
	if (pad) {
		attrset(attr);
		while (used < width) {
			addch(' ');
			used++;
		}
		attrset(A_NORMAL);
		return used;
	}
	return used;
}

int
draw_textf(int y, int x, int width, int attr, enum msg_id id, ...)
{
	va_list ap;
	char *s;
	int w;

	va_start(ap, id);
	s = vtrf(id, ap);
	va_end(ap);
	w = draw_text(y, x, width, s, attr, 0);
	free(s);
	return w;
}

void
draw_center(int y, int x, int width, const char *s, int attr)
{
	int w = utf8_width(s);

	if (w > width)
		w = width;
	draw_text(y, x + (width - w) / 2, width, s, attr, 0);
}

void
draw_hline(const struct app *app, int y, int x, int width)
{
	if (width <= 0)
		return;
	if (app_ascii_lines(app))
		mvhline(y, x, '-', width);
	else
		mvhline(y, x, ACS_HLINE, width);
}

void
draw_box(const struct app *app, int y, int x, int h, int w, const char *title)
{
	int i, ascii = app_ascii_lines(app);

	if (h < 2 || w < 2)
		return;
	for (i = 0; i < h; i++)
		mvhline(y + i, x, ' ', w);
	if (ascii) {
		mvhline(y, x + 1, '-', w - 2);
		mvhline(y + h - 1, x + 1, '-', w - 2);
		mvvline(y + 1, x, '|', h - 2);
		mvvline(y + 1, x + w - 1, '|', h - 2);
		mvaddch(y, x, '+');
		mvaddch(y, x + w - 1, '+');
		mvaddch(y + h - 1, x, '+');
		mvaddch(y + h - 1, x + w - 1, '+');
	} else {
		mvhline(y, x + 1, ACS_HLINE, w - 2);
		mvhline(y + h - 1, x + 1, ACS_HLINE, w - 2);
		mvvline(y + 1, x, ACS_VLINE, h - 2);
		mvvline(y + 1, x + w - 1, ACS_VLINE, h - 2);
		mvaddch(y, x, ACS_ULCORNER);
		mvaddch(y, x + w - 1, ACS_URCORNER);
		mvaddch(y + h - 1, x, ACS_LLCORNER);
		mvaddch(y + h - 1, x + w - 1, ACS_LRCORNER);
	}
	if (title != NULL && *title != '\0') {
		mvaddch(y, x + 1, ' ');
		draw_text(y, x + 2, w - 4, title, A_BOLD, 0);
		addch(' ');
	}
}

/*
 * The byte length of the next line of s that fits width columns,
 * breaking at a space where one is available; *next gets the start of
 * the following line.
 */
static size_t
draw_line_len(const char *s, int width, const char **next)
{
	size_t n = strlen(s), i = 0, last_space = 0;
	int used = 0, have_space = 0;
	uint32_t cp;

	while (i < n && s[i] != '\n') {
		size_t k = utf8_decode(s + i, n - i, &cp);
		int w = utf8_cp_width(cp);

		if (used + w > width) {
			if (have_space) {
				*next = s + last_space + 1;
				return last_space;
			}
			*next = s + i;
			return i;
		}
		if (cp == ' ') {
			last_space = i;
			have_space = 1;
		}
		used += w;
		i += k;
	}
	*next = s[i] == '\n' ? s + i + 1 : s + i;
	return i;
}

int
draw_wrapped(int y, int x, int width, int skip, int max_rows, const char *s,
	     int attr)
{
	int rows = 0;
	const char *next;

	if (width < 1)
		return 0;
	while (*s != '\0') {
		size_t len = draw_line_len(s, width, &next);

		if (rows >= skip && rows - skip < max_rows) {
			char *line = xstrndup(s, len);

			draw_text(y + rows - skip, x, width, line, attr, 0);
			free(line);
		}
		rows++;
		s = next;
	}
	return rows;
}

int
draw_wrapped_rows(int width, const char *s)
{
	int rows = 0;
	const char *next;

	if (width < 1)
		return 0;
	while (*s != '\0') {
		(void)draw_line_len(s, width, &next);
		rows++;
		s = next;
	}
	return rows;
}
