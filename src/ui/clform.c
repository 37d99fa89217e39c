/*
 * ui/clform: a scrolling page of questions with answers on the right. See
 * include/ui/clform.h. Layout of a field (w columns):
 *
 *   heading (when the group changes)
 *   1. question, wrapped in the left part        < Ya >        RUJUK
 *      -> the owner's note, when set
 *      [x] 1 choice ... (CHOICE and MULTI, while focused)
 */
#include "ui/clform.h"

#include <ctype.h>
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/utf8.h"
#include "ui/app.h"
#include "ui/widgets.h"
#include "ui/draw.h"
#include "util.h"

#define CL_MARK_W 14   /* "TINDAK LANJUT" */
#define CL_ANSWER_W 22 /* the answer column */
#define CL_TEXT_MAX 64

static int
cl_focusable(const struct clfield *f)
{
	return f->kind != CLFIELD_INFO;
}

void
clform_init(struct clform *q, struct clfield *f, int n)
{
	int i;

	memset(q, 0, sizeof *q);
	q->f = f;
	q->n = n;
	q->focus = -1;
	for (i = 0; i < n; i++) {
		if (f[i].kind == CLFIELD_TEXT)
			lineedit_init(&f[i].edit,
				      (size_t)(f[i].maxlen > 0 ? f[i].maxlen
							       : CL_TEXT_MAX));
		if (q->focus < 0 && cl_focusable(&f[i]))
			q->focus = i;
	}
}

void
clform_done(struct clform *q)
{
	int i;

	for (i = 0; i < q->n; i++)
		if (q->f[i].kind == CLFIELD_TEXT)
			lineedit_done(&q->f[i].edit);
	memset(q, 0, sizeof *q);
}

const char *
clform_text(const struct clform *q, int i)
{
	return lineedit_text((struct lineedit *)&q->f[i].edit);
}

void
clform_set_text(struct clform *q, int i, const char *text)
{
	lineedit_set(&q->f[i].edit, text != NULL ? text : "");
}

void
clform_focus(struct clform *q, int i)
{
	if (i >= 0 && i < q->n && cl_focusable(&q->f[i]))
		q->focus = i;
}

/* ---- geometry ------------------------------------------------------------ */

static int
cl_question_w(int w)
{
	int qw = w - CL_ANSWER_W - CL_MARK_W - 2;

	return qw > 10 ? qw : 10;
}

static int
cl_new_group(const struct clform *q, int i)
{
	const char *g = q->f[i].group;

	if (g == NULL)
		return 0;
	return i == 0 || q->f[i - 1].group == NULL ||
	       strcmp(q->f[i - 1].group, g) != 0;
}

/* The question as drawn: "3. LiLA (lingkar lengan atas)". Allocated. */
static char *
cl_question(const struct clform *q, int i)
{
	int k, num = 0;

	if (q->f[i].kind == CLFIELD_INFO)
		return xstrdup(q->f[i].label);
	for (k = 0; k <= i; k++)
		num += cl_focusable(&q->f[k]);
	return xasprintf("%d. %s", num, q->f[i].label);
}

static int
cl_expanded(const struct clform *q, int i)
{
	const struct clfield *f = &q->f[i];

	return i == q->focus &&
	       (f->kind == CLFIELD_CHOICE || f->kind == CLFIELD_MULTI);
}

/* Rows field i takes at width w. */
static int
cl_height(const struct clform *q, int i, int w)
{
	const struct clfield *f = &q->f[i];
	char *text = cl_question(q, i);
	int rows = draw_wrapped_rows(f->kind == CLFIELD_INFO ? w - CL_MARK_W - 1
							     : cl_question_w(w),
				     text);

	free(text);
	if (rows < 1)
		rows = 1;
	if (cl_new_group(q, i))
		rows++;
	if (f->note != NULL)
		rows += draw_wrapped_rows(w - 6, f->note);
	if (cl_expanded(q, i))
		rows += f->n_choices;
	return rows;
}

/* Keeps the focused field on the page of h rows. */
static void
cl_scroll(struct clform *q, int h, int w)
{
	int rows, i;

	if (q->top > q->n - 1)
		q->top = q->n > 0 ? q->n - 1 : 0;
	if (q->top < 0)
		q->top = 0;
	if (q->focus < 0)
		return;
	if (q->focus < q->top)
		q->top = q->focus;
	/* show the information rows just above the first question too */
	while (q->top > 0 && q->top == q->focus &&
	       q->f[q->top - 1].kind == CLFIELD_INFO &&
	       cl_height(q, q->top - 1, w) + cl_height(q, q->focus, w) <= h)
		q->top--;
	for (;;) {
		rows = 0;
		for (i = q->top; i <= q->focus; i++)
			rows += cl_height(q, i, w);
		if (rows <= h || q->top >= q->focus)
			break;
		q->top++;
	}
}

/* ---- drawing ------------------------------------------------------------- */

/* The answer as text, for the column on the right. Allocated. */
static char *
cl_answer_text(struct clfield *f)
{
	struct strbuf sb;
	int i;

	switch (f->kind) {
	case CLFIELD_YESNO:
		if (!f->set)
			return xstrdup("< - >");
		return xasprintf("< %s >",
				 tr(f->value ? MSG_UI_CL_YES : MSG_UI_CL_NO));
	case CLFIELD_CHOICE:
		if (!f->set || f->value < 0 || f->value >= f->n_choices)
			return xstrdup("< - >");
		return xasprintf("< %s >", f->choices[f->value]);
	case CLFIELD_MULTI:
		if (!f->set)
			return xstrdup("< - >");
		if (f->mask == 0)
			return xasprintf("< %s >", tr(MSG_UI_CL_NONE));
		strbuf_init(&sb);
		for (i = 0; i < f->n_choices; i++) {
			if (!(f->mask & (1u << i)))
				continue;
			if (sb.len > 0)
				strbuf_adds(&sb, ", ");
			strbuf_adds(&sb, f->choices[i]);
		}
		return strbuf_detach(&sb);
	case CLFIELD_TEXT:
	case CLFIELD_INFO:
		break;
	}
	return xstrdup("");
}

static void
cl_draw_mark(struct app *app, const struct clfield *f, int y, int x)
{
	if (f->mark == CLMARK_REFER)
		draw_text(y, x, CL_MARK_W, tr(MSG_UI_CL_MARK_REFER),
			  app_attr(app, APP_ATTR_ERROR) | A_BOLD, 0);
	else if (f->mark == CLMARK_FOLLOWUP)
		draw_text(y, x, CL_MARK_W, tr(MSG_UI_CL_MARK_FOLLOWUP),
			  app_attr(app, APP_ATTR_HEADING), 0);
}

/* The answer box of field i on row y from column ax. */
static void
cl_draw_answer(struct app *app, struct clform *q, int i, int y, int ax)
{
	struct clfield *f = &q->f[i];
	int attr = app_attr(app, i == q->focus ? APP_ATTR_FIELD_FOCUS
					       : APP_ATTR_FIELD);
	char *text;

	if (f->kind == CLFIELD_TEXT) {
		int unit = f->unit != NULL ? (int)strlen(f->unit) + 1 : 0;
		int bw = CL_ANSWER_W - 2 - unit, col;

		const char *t;
		size_t skip = 0, c;

		col = lineedit_view(&f->edit, bw);
		t = lineedit_text(&f->edit);
		/* the characters scrolled off to the left */
		for (c = 0; c < f->edit.scroll && t[skip] != '\0'; c++) {
			uint32_t cp;

			skip += utf8_decode(t + skip, strlen(t + skip), &cp);
		}
		mvaddch(y, ax, '[');
		draw_text(y, ax + 1, bw, t + skip, attr, 1);
		mvaddch(y, ax + 1 + bw, ']');
		if (f->unit != NULL)
			draw_text(y, ax + 2 + bw, unit, f->unit, A_NORMAL, 0);
		if (i == q->focus) {
			q->cursor_y = y;
			q->cursor_x = ax + 1 + col;
		}
		return;
	}
	text = cl_answer_text(f);
	draw_text(y, ax, CL_ANSWER_W, text, attr, 0);
	free(text);
}

/* The choices of a focused CHOICE or MULTI field, from row y. */
static int
cl_draw_choices(struct app *app, const struct clfield *f, int y, int x, int w,
		int last)
{
	int i, n = 0;

	for (i = 0; i < f->n_choices && y + n < last; i++, n++) {
		int on = f->kind == CLFIELD_MULTI
				 ? f->set && (f->mask & (1u << i))
				 : f->set && f->value == i;
		char *line = xasprintf("%s %c %s",
				       f->kind == CLFIELD_MULTI
					       ? (on ? "[x]" : "[ ]")
					       : (on ? "(*)" : "( )"),
				       i < 9 ? '1' + i : ' ', f->choices[i]);

		draw_text(y + n, x + 5, w - 5, line,
			  i == f->cursor ? app_attr(app, APP_ATTR_SELECTED)
					 : (int)A_NORMAL,
			  0);
		free(line);
	}
	return n;
}

/* Draws field i from row y (at most until last); returns the rows used. */
static int
cl_draw_field(struct app *app, struct clform *q, int i, int y, int x, int w,
	      int last)
{
	struct clfield *f = &q->f[i];
	int row = y, qw = cl_question_w(w), rows;
	char *text;

	if (cl_new_group(q, i)) {
		draw_text(row++, x, w, f->group,
			  app_attr(app, APP_ATTR_HEADING), 0);
		if (row >= last)
			return row - y;
	}
	text = cl_question(q, i);
	if (f->kind == CLFIELD_INFO) {
		rows = draw_wrapped(row, x, w - CL_MARK_W - 1, 0, last - row,
				    text, A_NORMAL);
	} else {
		rows = draw_wrapped(row, x, qw, 0, last - row, text,
				    f->bad ? app_attr(app, APP_ATTR_ERROR)
				    : i == q->focus ? (int)A_BOLD
						    : (int)A_NORMAL);
		cl_draw_answer(app, q, i, row, x + qw + 1);
	}
	free(text);
	cl_draw_mark(app, f, row, x + w - CL_MARK_W);
	row += rows > 0 ? rows : 1;
	if (f->note != NULL && row < last) {
		char *note = xasprintf("-> %s", f->note);

		row += draw_wrapped(row, x + 3, w - 6, 0, last - row, note,
				    app_attr(app, APP_ATTR_HEADING));
		free(note);
	}
	if (cl_expanded(q, i) && row < last)
		row += cl_draw_choices(app, f, row, x, w, last);
	return row - y;
}

void
clform_draw(struct app *app, struct clform *q, int y, int x, int h, int w,
	    int help_y)
{
	int i, row = y;

	q->cursor_y = q->cursor_x = -1;
	q->rows = h;
	cl_scroll(q, h, w);
	for (i = q->top; i < q->n && row < y + h; i++)
		row += cl_draw_field(app, q, i, row, x, w, y + h);
	if (q->top > 0)
		mvaddch(y, x + w - 1, app_ascii_lines(app) ? '^' : ACS_UARROW);
	if (i < q->n)
		mvaddch(y + h - 1, x + w - 1,
			app_ascii_lines(app) ? 'v' : ACS_DARROW);
	if (help_y >= 0 && q->focus >= 0 && q->f[q->focus].help != NULL)
		draw_wrapped(help_y, x, w, 0, 2, q->f[q->focus].help,
			     app_attr(app, APP_ATTR_DIM));
}

void
clform_cursor(const struct clform *q, int *y, int *x)
{
	*y = q->cursor_y;
	*x = q->cursor_x;
}

/* ---- keys ---------------------------------------------------------------- */

static int
cl_check_field(struct clform *q, int i, char **cause)
{
	const char *text;

	*cause = NULL;
	if (q->f[i].kind != CLFIELD_TEXT || q->check == NULL)
		return 0;
	text = clform_text(q, i);
	if (text[strspn(text, " \t")] == '\0')
		return 0;
	return q->check(q->ctx, i, text, cause);
}

static void
cl_fail(struct clform *q, struct app *app, int i, char *cause)
{
	q->focus = i;
	q->f[i].bad = 1;
	app_status_take(app, APP_MSG_ERROR, cause);
}

static void
cl_changed(struct clform *q, int i)
{
	q->dirty = 1;
	q->f[i].bad = 0;
	if (q->changed != NULL)
		q->changed(q->ctx, i);
}

/* Moves to the next focusable field; 1 when there is none after it. */
static int
cl_next(struct clform *q, struct app *app)
{
	char *cause;
	int i;

	if (cl_check_field(q, q->focus, &cause) < 0) {
		cl_fail(q, app, q->focus, cause);
		return 0;
	}
	q->f[q->focus].bad = 0;
	for (i = q->focus + 1; i < q->n; i++) {
		if (cl_focusable(&q->f[i])) {
			q->focus = i;
			return 0;
		}
	}
	return 1;
}

static void
cl_prev(struct clform *q)
{
	int i;

	for (i = q->focus - 1; i >= 0; i--) {
		if (cl_focusable(&q->f[i])) {
			q->focus = i;
			return;
		}
	}
	q->top = 0;
}

static int
cl_edit_key(struct clform *q, struct clfield *f, const struct ui_key *k)
{
	struct lineedit *le = &f->edit;
	enum lineedit_key op;

	if (ui_lineedit_op(k, &op)) {
		if (lineedit_key(le, op) && ui_lineedit_changes(op))
			cl_changed(q, q->focus);
		return 1;
	}
	/* '?' stays the help key: no answer needs one */
	if (k->fn || k->ch < 0x20 || k->ch == 0x7f || k->ch == '?')
		return 0;
	if (lineedit_insert(le, (uint32_t)k->ch) == 0)
		cl_changed(q, q->focus);
	return 1;
}

static int
cl_is_clear(const struct ui_key *k)
{
	return (k->fn && (k->code == KEY_BACKSPACE || k->code == KEY_DC)) ||
	       (!k->fn && (k->ch == 0x7f || k->ch == UI_CTRL('h')));
}

/* Yes/no: y answers ya, t or n tidak; 1 to move on. */
static int
cl_yesno_key(struct clform *q, struct clfield *f, const struct ui_key *k)
{
	int c = k->fn ? 0 : tolower((int)(k->ch < 0x80 ? k->ch : 0));

	if (c == 'y' || c == 't' || c == 'n') {
		f->set = 1;
		f->value = c == 'y';
		cl_changed(q, q->focus);
		return 2;
	}
	if ((!k->fn && k->ch == ' ') ||
	    (k->fn && (k->code == KEY_LEFT || k->code == KEY_RIGHT))) {
		f->value = f->set ? !f->value : 1;
		f->set = 1;
		cl_changed(q, q->focus);
		return 1;
	}
	if (cl_is_clear(k)) {
		f->set = 0;
		cl_changed(q, q->focus);
		return 1;
	}
	return 0;
}

static int
cl_choice_key(struct clform *q, struct clfield *f, const struct ui_key *k)
{
	int n = f->n_choices;

	if (!k->fn && k->ch >= '1' && k->ch <= '9' && (int)(k->ch - '1') < n) {
		f->set = 1;
		f->value = f->cursor = (int)(k->ch - '1');
		cl_changed(q, q->focus);
		return 2;
	}
	if (k->fn && (k->code == KEY_LEFT || k->code == KEY_RIGHT)) {
		f->cursor = (f->cursor + (k->code == KEY_LEFT ? n - 1 : 1)) % n;
		f->set = 1;
		f->value = f->cursor;
		cl_changed(q, q->focus);
		return 1;
	}
	if (!k->fn && k->ch == ' ') {
		f->set = 1;
		f->value = f->cursor;
		cl_changed(q, q->focus);
		return 1;
	}
	if (cl_is_clear(k)) {
		f->set = 0;
		cl_changed(q, q->focus);
		return 1;
	}
	return 0;
}

/* Any of the choices: digits and Space tick, 0 or - for none. */
static int
cl_multi_key(struct clform *q, struct clfield *f, const struct ui_key *k)
{
	int n = f->n_choices, i = -1;

	if (!k->fn && k->ch >= '1' && k->ch <= '9' && (int)(k->ch - '1') < n)
		i = (int)(k->ch - '1');
	else if (!k->fn && k->ch == ' ')
		i = f->cursor;
	if (i >= 0) {
		f->mask = f->set ? f->mask ^ (1u << i) : 1u << i;
		f->set = 1;
		f->cursor = i;
		cl_changed(q, q->focus);
		return 1;
	}
	if (!k->fn && (k->ch == '0' || k->ch == '-')) {
		f->set = 1;
		f->mask = 0;
		cl_changed(q, q->focus);
		return 2;
	}
	if (k->fn && (k->code == KEY_LEFT || k->code == KEY_RIGHT)) {
		f->cursor = (f->cursor + (k->code == KEY_LEFT ? n - 1 : 1)) % n;
		return 1;
	}
	if (cl_is_clear(k)) {
		f->set = 0;
		f->mask = 0;
		cl_changed(q, q->focus);
		return 1;
	}
	return 0;
}

static int
cl_answer_key(struct clform *q, struct clfield *f, const struct ui_key *k)
{
	switch (f->kind) {
	case CLFIELD_YESNO:
		return cl_yesno_key(q, f, k);
	case CLFIELD_CHOICE:
		return cl_choice_key(q, f, k);
	case CLFIELD_MULTI:
		return cl_multi_key(q, f, k);
	case CLFIELD_TEXT:
		return cl_edit_key(q, f, k);
	case CLFIELD_INFO:
		break;
	}
	return 0;
}

enum clform_key_result
clform_key(struct clform *q, struct app *app, const struct ui_key *k)
{
	int used;

	if (q->focus < 0)
		return CLFORM_IGNORED;
	if ((k->fn && (k->code == KEY_DOWN || k->code == KEY_ENTER)) ||
	    (!k->fn && k->ch == '\t')) {
		if (cl_next(q, app) && k->fn && k->code == KEY_ENTER)
			return CLFORM_NEXT;
		return CLFORM_USED;
	}
	if (k->fn && (k->code == KEY_UP || k->code == KEY_BTAB)) {
		cl_prev(q);
		return CLFORM_USED;
	}
	used = cl_answer_key(q, &q->f[q->focus], k);
	if (used == 2) /* answered with one key: on to the next question */
		(void)cl_next(q, app);
	return used ? CLFORM_USED : CLFORM_IGNORED;
}

int
clform_check(struct clform *q, struct app *app)
{
	char *cause;
	int i;

	for (i = 0; i < q->n; i++)
		q->f[i].bad = 0;
	for (i = 0; i < q->n; i++) {
		if (cl_check_field(q, i, &cause) < 0) {
			cl_fail(q, app, i, cause);
			return -1;
		}
	}
	return 0;
}
