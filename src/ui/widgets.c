/*
 * ui/widgets: menu, list and form. Each draws from its state and changes
 * state on keys; none of them reads the database.
 */
#include "ui/widgets.h"

#include <assert.h>
#include <ctype.h>
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "util.h"

/* ---- menu ------------------------------------------------------------- */

void
menu_draw(struct app *app, const struct menu *m, int y, int x, int w)
{
	int i;
	char num[16];

	for (i = 0; i < m->n; i++) {
		int attr = i == m->sel ? app_attr(app, APP_ATTR_SELECTED)
				       : (int)A_NORMAL;

		snprintf(num, sizeof num, " %d ", i + 1);
		draw_text(y + i, x, 4, num, attr | app_attr(app, APP_ATTR_KEY),
			  1);
		draw_text(y + i, x + 4, w - 4, tr(m->items[i].label), attr, 1);
	}
	if (m->sel >= 0 && m->sel < m->n && m->items[m->sel].hint != 0)
		draw_wrapped(y + m->n + 1, x, w, 0, 3,
			     tr(m->items[m->sel].hint),
			     app_attr(app, APP_ATTR_DIM));
}

int
menu_key(struct menu *m, const struct ui_key *k)
{
	if (k->fn) {
		switch (k->code) {
		case KEY_UP:
			m->sel = m->sel > 0 ? m->sel - 1 : m->n - 1;
			return MENU_NONE;
		case KEY_DOWN:
			m->sel = m->sel < m->n - 1 ? m->sel + 1 : 0;
			return MENU_NONE;
		case KEY_HOME:
		case KEY_PPAGE:
			m->sel = 0;
			return MENU_NONE;
		case KEY_END:
		case KEY_NPAGE:
			m->sel = m->n - 1;
			return MENU_NONE;
		case KEY_ENTER:
			return m->sel;
		default:
			return MENU_IGNORED;
		}
	}
	if (k->ch >= '1' && k->ch <= '9' && (int)(k->ch - '1') < m->n) {
		m->sel = (int)(k->ch - '1');
		return m->sel;
	}
	if (k->ch == 'k') {
		m->sel = m->sel > 0 ? m->sel - 1 : m->n - 1;
		return MENU_NONE;
	}
	if (k->ch == 'j') {
		m->sel = m->sel < m->n - 1 ? m->sel + 1 : 0;
		return MENU_NONE;
	}
	return MENU_IGNORED;
}

/* ---- list ------------------------------------------------------------- */

void
list_init(struct list *l, int n)
{
	l->n = n;
	l->sel = n > 0 ? 0 : -1;
	l->top = 0;
	l->height = 1;
}

void
list_set_count(struct list *l, int n)
{
	l->n = n;
	if (n == 0) {
		l->sel = -1;
		l->top = 0;
		return;
	}
	if (l->sel < 0)
		l->sel = 0;
	if (l->sel >= n)
		l->sel = n - 1;
	if (l->top > l->sel)
		l->top = l->sel;
}

static void
list_scroll(struct list *l)
{
	if (l->sel < 0)
		return;
	if (l->sel < l->top)
		l->top = l->sel;
	if (l->sel >= l->top + l->height)
		l->top = l->sel - l->height + 1;
	if (l->top < 0)
		l->top = 0;
}

void
list_draw(struct app *app, struct list *l, int y, int x, int h, int w,
	  list_row_fn row, void *ctx)
{
	int i;

	l->height = h > 0 ? h : 1;
	list_scroll(l);
	for (i = 0; i < h && l->top + i < l->n; i++) {
		int r = l->top + i;

		if (r == l->sel) {
			attrset(app_attr(app, APP_ATTR_SELECTED));
			mvhline(y + i, x, ' ', w);
			attrset(A_NORMAL);
		}
		row(app, ctx, r, y + i, x, w, r == l->sel);
	}
	if (l->top > 0)
		mvaddch(y, x + w - 1, app_ascii_lines(app) ? '^' : ACS_UARROW);
	if (l->top + h < l->n)
		mvaddch(y + h - 1, x + w - 1,
			app_ascii_lines(app) ? 'v' : ACS_DARROW);
}

int
list_key(struct list *l, const struct ui_key *k)
{
	int page = l->height > 1 ? l->height - 1 : 1;

	if (!k->fn || l->n == 0)
		return 0;
	switch (k->code) {
	case KEY_UP:
		if (l->sel > 0)
			l->sel--;
		break;
	case KEY_DOWN:
		if (l->sel < l->n - 1)
			l->sel++;
		break;
	case KEY_PPAGE:
		l->sel = l->sel > page ? l->sel - page : 0;
		l->top = l->top > page ? l->top - page : 0;
		break;
	case KEY_NPAGE:
		l->sel = l->sel + page < l->n ? l->sel + page : l->n - 1;
		l->top += page;
		if (l->top > l->n - l->height)
			l->top = l->n - l->height > 0 ? l->n - l->height : 0;
		break;
	case KEY_HOME:
		l->sel = 0;
		break;
	case KEY_END:
		l->sel = l->n - 1;
		break;
	default:
		return 0;
	}
	list_scroll(l);
	return 1;
}

/* ---- form ------------------------------------------------------------- */

static int
form_choice_count(const struct field_spec *sp)
{
	int n = 0;

	while (sp->choices != NULL && sp->choices[n].code != NULL)
		n++;
	return n;
}

static const char *
form_choice_text(const struct field_choice *c)
{
	return c->text != NULL ? c->text : tr(c->label);
}

void
form_init(struct form *f, const struct field_spec *spec, int n)
{
	int i, w;

	memset(f, 0, sizeof *f);
	f->spec = spec;
	f->n = n;
	f->edit = xcalloc((size_t)n, sizeof *f->edit);
	f->choice = xcalloc((size_t)n, sizeof *f->choice);
	f->bad = xcalloc((size_t)n, 1);
	for (i = 0; i < n; i++) {
		lineedit_init(&f->edit[i], (size_t)spec[i].maxlen);
		w = utf8_width(tr(spec[i].label));
		if (w > f->label_width)
			f->label_width = w;
	}
}

void
form_done(struct form *f)
{
	int i;

	for (i = 0; i < f->n; i++)
		lineedit_done(&f->edit[i]);
	free(f->edit);
	free(f->choice);
	free(f->bad);
	memset(f, 0, sizeof *f);
}

int
form_find(const struct form *f, const char *name)
{
	int i;

	for (i = 0; i < f->n; i++)
		if (strcmp(f->spec[i].name, name) == 0)
			return i;
	return -1;
}

void
form_set(struct form *f, int field, const char *text)
{
	const struct field_spec *sp = &f->spec[field];
	int i;

	if (sp->kind == FIELD_CHOICE) {
		for (i = 0; sp->choices[i].code != NULL; i++)
			if (str_eq(sp->choices[i].code, text))
				f->choice[field] = i;
		return;
	}
	lineedit_set(&f->edit[field], text);
}

const char *
form_get(struct form *f, int field)
{
	const struct field_spec *sp = &f->spec[field];

	if (sp->kind == FIELD_CHOICE)
		return sp->choices[f->choice[field]].code;
	return lineedit_text(&f->edit[field]);
}

const char *
form_get_named(struct form *f, const char *name)
{
	int i = form_find(f, name);

	assert(i >= 0);
	return form_get(f, i);
}

static void
form_draw_input(struct app *app, struct form *f, int i, int y, int x, int w)
{
	const struct field_spec *sp = &f->spec[i];
	int focus = i == f->focus;
	int attr = app_attr(app, focus ? APP_ATTR_FIELD_FOCUS : APP_ATTR_FIELD);
	int width = sp->width < w - 2 ? sp->width : w - 2;

	if (sp->kind == FIELD_CHOICE) {
		char *s = xasprintf(
			"< %s >", form_choice_text(&sp->choices[f->choice[i]]));

		draw_text(y, x, w, s, attr, 0);
		free(s);
		return;
	}
	/* Brackets show where a field is on any terminal, even monochrome. */
	mvaddch(y, x, '[');
	mvaddch(y, x + 1 + width, ']');
	{
		struct lineedit *le = &f->edit[i];
		int col = lineedit_view(le, width);
		const char *text = lineedit_text(le);
		char *shown;
		size_t k, skip = 0;

		/* skip the characters scrolled off to the left */
		for (k = 0; k < le->scroll; k++) {
			uint32_t cp;

			skip += utf8_decode(text + skip, strlen(text + skip),
					    &cp);
		}
		if (sp->kind == FIELD_SECRET) {
			size_t n = le->len - le->scroll;

			shown = xmalloc(n + 1);
			memset(shown, '*', n);
			shown[n] = '\0';
		} else {
			shown = xstrdup(text + skip);
		}
		draw_text(y, x + 1, width, shown, attr, 1);
		free(shown);
		if (focus) {
			f->cursor_y = y;
			f->cursor_x = x + 1 + col;
		}
	}
}

void
form_draw(struct app *app, struct form *f, int y, int x, int w, int help_y)
{
	int i, lw = f->label_width + 2;

	f->cursor_y = f->cursor_x = -1;
	for (i = 0; i < f->n; i++) {
		const struct field_spec *sp = &f->spec[i];
		int lattr = f->bad[i] ? app_attr(app, APP_ATTR_ERROR)
				      : (i == f->focus ? (int)A_BOLD
						       : (int)A_NORMAL);
		char *label = xasprintf("%s%s", tr(sp->label),
					sp->required ? " *" : "");

		draw_text(y + i, x, lw, label, lattr, 0);
		free(label);
		form_draw_input(app, f, i, y + i, x + lw + 1, w - lw - 1);
	}
	if (help_y >= 0 && f->focus >= 0 && f->focus < f->n &&
	    f->spec[f->focus].help != 0)
		draw_wrapped(help_y, x, w, 0, 2, tr(f->spec[f->focus].help),
			     app_attr(app, APP_ATTR_DIM));
}

void
form_cursor(const struct form *f, int *y, int *x)
{
	*y = f->cursor_y;
	*x = f->cursor_x;
}

/* Checks one field; 0 or -1 with an allocated *cause. */
static int
form_check_field(struct form *f, int i, char **cause)
{
	const struct field_spec *sp = &f->spec[i];
	const char *text;
	char *copy;
	int rc = 0;

	*cause = NULL;
	if (sp->kind == FIELD_CHOICE)
		return 0;
	text = form_get(f, i);
	copy = xstrdup(text);
	str_trim(copy);
	if (copy[0] == '\0') {
		if (sp->required) {
			*cause = xasprintf("%s: %s", tr(sp->label),
					   tr(MSG_REQUIRED));
			rc = -1;
		}
	} else if (sp->check != NULL && sp->check(text, cause) < 0) {
		char *why = *cause;

		*cause = xasprintf("%s: %s", tr(sp->label),
				   why != NULL ? why : "?");
		free(why);
		rc = -1;
	}
	free(copy);
	return rc;
}

void
form_fail(struct form *f, struct app *app, int field, char *cause)
{
	if (field >= 0 && field < f->n) {
		f->focus = field;
		f->bad[field] = 1;
	}
	app_status_take(app, APP_MSG_ERROR, cause);
}

int
form_validate(struct form *f, struct app *app)
{
	int i;
	char *cause;

	for (i = 0; i < f->n; i++)
		f->bad[i] = 0;
	for (i = 0; i < f->n; i++) {
		if (form_check_field(f, i, &cause) < 0) {
			form_fail(f, app, i, cause);
			return -1;
		}
	}
	return 0;
}

/* Leaves the focused field forward, unless its text is wrong. */
static int
form_next(struct form *f, struct app *app)
{
	char *cause;

	if (form_check_field(f, f->focus, &cause) < 0) {
		form_fail(f, app, f->focus, cause);
		return 0;
	}
	f->bad[f->focus] = 0;
	if (f->focus < f->n - 1) {
		f->focus++;
		return 0;
	}
	return 1; /* past the last field */
}

int
ui_lineedit_op(const struct ui_key *k, enum lineedit_key *op)
{
	static const struct {
		int fn, code;
		enum lineedit_key op;
	} map[] = {
		{1, KEY_LEFT, LINEEDIT_LEFT},
		{1, KEY_RIGHT, LINEEDIT_RIGHT},
		{1, KEY_HOME, LINEEDIT_HOME},
		{1, KEY_END, LINEEDIT_END},
		{1, KEY_BACKSPACE, LINEEDIT_BACKSPACE},
		{1, KEY_DC, LINEEDIT_DELETE},
		{0, 0x7f, LINEEDIT_BACKSPACE},
		{0, UI_CTRL('h'), LINEEDIT_BACKSPACE},
		{0, UI_CTRL('a'), LINEEDIT_HOME},
		{0, UI_CTRL('e'), LINEEDIT_END},
		{0, UI_CTRL('u'), LINEEDIT_KILL_LINE},
		{0, UI_CTRL('k'), LINEEDIT_KILL_END},
		{0, UI_CTRL('w'), LINEEDIT_KILL_WORD},
	};
	size_t i;

	for (i = 0; i < ILP_ARRAY_LEN(map); i++)
		if (map[i].fn == (k->fn != 0) &&
		    map[i].code == (k->fn ? k->code : (int)k->ch)) {
			*op = map[i].op;
			return 1;
		}
	return 0;
}

int
ui_search_key(struct lineedit *le, const struct ui_key *k)
{
	enum lineedit_key op;

	if (k->fn) {
		if (k->code != KEY_BACKSPACE)
			return 0;
		op = LINEEDIT_BACKSPACE;
	} else if (k->ch == 0x7f || k->ch == UI_CTRL('h')) {
		op = LINEEDIT_BACKSPACE;
	} else if (k->ch == UI_CTRL('u')) {
		op = LINEEDIT_KILL_LINE;
	} else if (k->ch == UI_CTRL('w')) {
		op = LINEEDIT_KILL_WORD;
	} else if (k->ch < 0x20 || k->ch == '?') {
		return 0; /* '?' stays the help key: no name or NIK has one */
	} else {
		return lineedit_insert(le, (uint32_t)k->ch) == 0 ? 2 : 1;
	}
	return lineedit_key(le, op) ? 2 : 1;
}

int
ui_lineedit_changes(enum lineedit_key op)
{
	return op != LINEEDIT_LEFT && op != LINEEDIT_RIGHT &&
	       op != LINEEDIT_HOME && op != LINEEDIT_END;
}

static int
form_edit_key(struct form *f, const struct ui_key *k)
{
	struct lineedit *le = &f->edit[f->focus];
	enum lineedit_key op;

	if (ui_lineedit_op(k, &op)) {
		if (lineedit_key(le, op) && ui_lineedit_changes(op)) {
			f->dirty = 1;
			f->bad[f->focus] = 0;
		}
		return 1;
	}
	if (k->fn || k->ch < 0x20 || k->ch == 0x7f)
		return 0;
	if (lineedit_insert(le, (uint32_t)k->ch) == 0) {
		f->dirty = 1;
		f->bad[f->focus] = 0;
	}
	return 1; /* a full field swallows the key */
}

static int
form_choice_key(struct form *f, const struct ui_key *k)
{
	const struct field_spec *sp = &f->spec[f->focus];
	int n = form_choice_count(sp), i;
	int *c = &f->choice[f->focus];

	if (k->fn && k->code == KEY_LEFT) {
		*c = (*c + n - 1) % n;
	} else if ((k->fn && k->code == KEY_RIGHT) ||
		   (!k->fn && k->ch == ' ')) {
		*c = (*c + 1) % n;
	} else if (!k->fn && k->ch < 0x7f && isalnum((int)k->ch)) {
		/* a letter picks the next choice whose label starts with it */
		for (i = 1; i <= n; i++) {
			int j = (*c + i) % n;
			const char *label = form_choice_text(&sp->choices[j]);

			if (tolower((unsigned char)label[0]) ==
			    tolower((int)k->ch))
				break;
		}
		if (i > n)
			return 0;
		*c = (*c + i) % n;
	} else {
		return 0;
	}
	f->dirty = 1;
	return 1;
}

enum form_key_result
form_key(struct form *f, struct app *app, const struct ui_key *k)
{
	if ((k->fn && k->code == KEY_F(2)) || (!k->fn && k->ch == UI_CTRL('s')))
		return FORM_KEY_SUBMIT;
	if ((k->fn && (k->code == KEY_DOWN || k->code == KEY_ENTER)) ||
	    (!k->fn && k->ch == '\t')) {
		if (form_next(f, app) && k->fn && k->code == KEY_ENTER)
			return FORM_KEY_SUBMIT;
		return FORM_KEY_USED;
	}
	if ((k->fn && (k->code == KEY_UP || k->code == KEY_BTAB))) {
		if (f->focus > 0)
			f->focus--;
		return FORM_KEY_USED;
	}
	if (f->spec[f->focus].kind == FIELD_CHOICE)
		return form_choice_key(f, k) ? FORM_KEY_USED : FORM_KEY_IGNORED;
	return form_edit_key(f, k) ? FORM_KEY_USED : FORM_KEY_IGNORED;
}
