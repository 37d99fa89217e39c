/*
 * ui/qform: the question page. Drawing is a full repaint from the
 * fields' state; the page scrolls by whole questions so the focused one
 * is always on screen.
 */
#include "ui/qform.h"

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

#define QFORM_MAX_ROWS 4 /* a question longer than this is clipped */

void
qform_init(struct qform *q, struct qfield *f, int n, int answer_width)
{
	int i;

	memset(q, 0, sizeof *q);
	q->f = f;
	q->n = n;
	q->answer_width = answer_width;
	for (i = 0; i < n; i++) {
		f[i].value = -1;
		f[i].bad = 0;
		lineedit_init(&f[i].edit,
			      (size_t)(f[i].maxlen > 0 ? f[i].maxlen : 8));
	}
	q->cursor_y = q->cursor_x = -1;
}

void
qform_done(struct qform *q)
{
	int i;

	for (i = 0; i < q->n; i++)
		lineedit_done(&q->f[i].edit);
}

const char *
qform_text(struct qform *q, int field)
{
	return lineedit_text(&q->f[field].edit);
}

void
qform_set_text(struct qform *q, int field, const char *text)
{
	lineedit_set(&q->f[field].edit, text);
}

static int
qform_next_shown(const struct qform *q, int from, int step)
{
	int i;

	for (i = from + step; i >= 0 && i < q->n; i += step)
		if (!q->f[i].hidden)
			return i;
	return -1;
}

void
qform_first(struct qform *q)
{
	int i = qform_next_shown(q, -1, 1);

	q->focus = i >= 0 ? i : 0;
	q->top = 0;
}

/* ---- drawing ---------------------------------------------------------- */

static int
qform_rows(const struct qfield *f, int qw)
{
	int rows = draw_wrapped_rows(qw, f->question);

	if (rows < 1)
		rows = 1;
	if (rows > QFORM_MAX_ROWS)
		rows = QFORM_MAX_ROWS;
	/* a choice lists its numbered options below the question */
	return rows + (f->kind == QFIELD_CHOICE);
}

/* "1 terdengar  2 tidak terdengar  3 ..." for a choice field. */
static char *
qform_options(const struct qfield *f)
{
	struct strbuf sb;
	int i;

	strbuf_init(&sb);
	for (i = 0; f->choices[i] != NULL; i++)
		strbuf_addf(&sb, "%s%d %s", i > 0 ? "  " : "", i + 1,
			    f->choices[i]);
	return strbuf_detach(&sb);
}

/* Keeps the focused field inside h rows. */
static void
qform_scroll(struct qform *q, int qw, int h)
{
	int used, i;

	if (q->focus < q->top)
		q->top = q->focus;
	for (;;) {
		used = 0;
		for (i = q->top; i <= q->focus && i < q->n; i++)
			if (!q->f[i].hidden)
				used += qform_rows(&q->f[i], qw);
		if (used <= h || q->top >= q->focus)
			break;
		q->top++;
	}
}

static const char *
qform_yes(const struct qfield *f)
{
	return f->yes != NULL ? f->yes : tr(MSG_UI_YES_KEY);
}

static const char *
qform_no(const struct qfield *f)
{
	return f->no != NULL ? f->no : tr(MSG_UI_NO_KEY);
}

static void
qform_draw_answer(struct app *app, struct qform *q, int i, int y, int x, int w)
{
	struct qfield *f = &q->f[i];
	int focus = i == q->focus;
	int attr = app_attr(app, focus ? APP_ATTR_FIELD_FOCUS : APP_ATTR_FIELD);
	char *s = NULL;

	switch (f->kind) {
	case QFIELD_YESNO:
		if (f->value < 0)
			s = xasprintf("[%s/%s?]", qform_yes(f), qform_no(f));
		else
			s = xasprintf("[%s]", f->value == 1 ? qform_yes(f)
							    : qform_no(f));
		break;
	case QFIELD_CHOICE:
		s = xasprintf("< %s >",
			      f->value < 0 ? "?" : f->choices[f->value]);
		break;
	case QFIELD_SCORE:
		if (f->value < 0)
			s = xasprintf("[?] 0-%d", f->max);
		else
			s = xasprintf("[%d] %s", f->value,
				      f->meaning != NULL
					      ? f->meaning(f->item, f->value)
					      : "");
		break;
	case QFIELD_NUMBER: {
		int width = w - 2;
		int col = lineedit_view(&f->edit, width);
		const char *text = lineedit_text(&f->edit);
		size_t k, skip = 0;

		for (k = 0; k < f->edit.scroll; k++) {
			uint32_t cp;

			skip += utf8_decode(text + skip, strlen(text + skip),
					    &cp);
		}
		mvaddch(y, x, '[');
		mvaddch(y, x + 1 + width, ']');
		draw_text(y, x + 1, width, text + skip, attr, 1);
		if (focus) {
			q->cursor_y = y;
			q->cursor_x = x + 1 + col;
		}
		return;
	}
	}
	draw_text(y, x, w, s, focus ? attr : (int)A_NORMAL, 0);
	free(s);
}

void
qform_draw(struct app *app, struct qform *q, int y, int x, int h, int w)
{
	int aw = q->answer_width < w / 2 ? q->answer_width : w / 2;
	int qw = w - aw - 2, row = 0, i;

	q->cursor_y = q->cursor_x = -1;
	qform_scroll(q, qw, h);
	for (i = q->top; i < q->n && row < h; i++) {
		struct qfield *f = &q->f[i];
		int rows, attr;

		if (f->hidden)
			continue;
		rows = qform_rows(f, qw);
		if (row + rows > h)
			rows = h - row;
		attr = f->bad          ? app_attr(app, APP_ATTR_ERROR)
		       : i == q->focus ? (int)A_BOLD
				       : (int)A_NORMAL;
		if (f->kind == QFIELD_CHOICE && rows > 1) {
			char *opts = qform_options(f);

			draw_wrapped(y + row, x, qw, 0, rows - 1, f->question,
				     attr);
			draw_text(y + row + rows - 1, x + 2, w - 2, opts,
				  app_attr(app, APP_ATTR_DIM), 0);
			free(opts);
		} else {
			draw_wrapped(y + row, x, qw, 0, rows, f->question,
				     attr);
		}
		qform_draw_answer(app, q, i, y + row, x + qw + 2, aw);
		row += rows;
	}
	if (q->top > 0)
		mvaddch(y, x + w - 1, app_ascii_lines(app) ? '^' : ACS_UARROW);
	if (i < q->n && qform_next_shown(q, i - 1, 1) >= 0)
		mvaddch(y + h - 1, x + w - 1,
			app_ascii_lines(app) ? 'v' : ACS_DARROW);
}

void
qform_cursor(const struct qform *q, int *y, int *x)
{
	*y = q->cursor_y;
	*x = q->cursor_x;
}

/* ---- checking ----------------------------------------------------------- */

static int
qform_blank(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return *s == '\0';
}

static void
qform_fail(struct qform *q, struct app *app, int i, char *cause)
{
	q->focus = i;
	q->f[i].bad = 1;
	app_status_take(app, APP_MSG_ERROR, cause);
}

/* Checks a typed number before the focus leaves it forward. */
static int
qform_leave_ok(struct qform *q, struct app *app)
{
	struct qfield *f = &q->f[q->focus];
	const char *text;
	char *cause = NULL;

	if (f->kind != QFIELD_NUMBER || q->check == NULL)
		return 1;
	text = lineedit_text(&f->edit);
	if (qform_blank(text))
		return 1;
	if (q->check(q->ctx, q->focus, text, &cause) < 0) {
		qform_fail(q, app, q->focus, cause);
		return 0;
	}
	f->bad = 0;
	return 1;
}

/* One shown field is answered (and a number passes check): 0, or -1. */
static int
qform_field_ok(struct qform *q, int i, char **cause)
{
	struct qfield *f = &q->f[i];
	const char *text;

	if (f->hidden)
		return 0;
	if (f->kind != QFIELD_NUMBER) {
		if (f->value >= 0)
			return 0;
		*cause = trf(MSG_SCRU_UNANSWERED, f->question);
		return -1;
	}
	text = lineedit_text(&f->edit);
	if (qform_blank(text)) {
		*cause = trf(MSG_SCRU_UNANSWERED, f->question);
		return -1;
	}
	return q->check != NULL ? q->check(q->ctx, i, text, cause) : 0;
}

int
qform_check(struct qform *q, struct app *app)
{
	int i;

	for (i = 0; i < q->n; i++)
		q->f[i].bad = 0;
	for (i = 0; i < q->n; i++) {
		char *cause = NULL;

		if (qform_field_ok(q, i, &cause) < 0) {
			qform_fail(q, app, i, cause);
			return -1;
		}
	}
	return 0;
}

/* ---- keys ------------------------------------------------------------ */

/* Moves forward after an answer; 1 when there was no next field. */
static int
qform_advance(struct qform *q)
{
	int next = qform_next_shown(q, q->focus, 1);

	if (next < 0)
		return 1;
	q->focus = next;
	return 0;
}

static void
qform_answer(struct qform *q, int value)
{
	struct qfield *f = &q->f[q->focus];

	f->value = value;
	f->bad = 0;
	q->dirty = 1;
	/* the answer may show or hide the questions after it */
	if (q->changed != NULL)
		q->changed(q->ctx);
	(void)qform_advance(q);
}

static int
qform_first_letter(const char *s, wint_t ch)
{
	return ch < 0x80 && s[0] != '\0' &&
	       tolower((unsigned char)s[0]) == tolower((int)ch);
}

static int
qform_yesno_key(struct qform *q, const struct ui_key *k)
{
	struct qfield *f = &q->f[q->focus];

	if (k->fn) {
		if (k->code != KEY_LEFT && k->code != KEY_RIGHT)
			return 0;
		f->value = f->value == 1 ? 0 : 1;
		q->dirty = 1;
		return 1;
	}
	if (k->ch == ' ') {
		f->value = f->value == 1 ? 0 : 1;
		q->dirty = 1;
		return 1;
	}
	if (k->ch == 'y' || k->ch == 'Y' || k->ch == '1' ||
	    qform_first_letter(qform_yes(f), k->ch)) {
		qform_answer(q, 1);
		return 1;
	}
	if (k->ch == 't' || k->ch == 'T' || k->ch == 'n' || k->ch == 'N' ||
	    k->ch == '0' || qform_first_letter(qform_no(f), k->ch)) {
		qform_answer(q, 0);
		return 1;
	}
	return 0;
}

static int
qform_choice_key(struct qform *q, const struct ui_key *k)
{
	struct qfield *f = &q->f[q->focus];
	int n = 0, i;

	while (f->choices[n] != NULL)
		n++;
	if ((k->fn && k->code == KEY_RIGHT) || (!k->fn && k->ch == ' ')) {
		f->value = f->value < 0 ? 0 : (f->value + 1) % n;
	} else if (k->fn && k->code == KEY_LEFT) {
		f->value = f->value <= 0 ? n - 1 : f->value - 1;
	} else if (!k->fn && k->ch >= '1' && k->ch <= '9' &&
		   (int)(k->ch - '1') < n) {
		qform_answer(q, (int)(k->ch - '1'));
		return 1;
	} else if (!k->fn && k->ch < 0x80 && isalpha((int)k->ch)) {
		for (i = 1; i <= n; i++) {
			int j = ((f->value < 0 ? -1 : f->value) + i + n) % n;

			if (qform_first_letter(f->choices[j], k->ch)) {
				f->value = j;
				break;
			}
		}
		if (i > n)
			return 0;
	} else {
		return 0;
	}
	f->bad = 0;
	q->dirty = 1;
	return 1;
}

static int
qform_score_key(struct qform *q, const struct ui_key *k)
{
	struct qfield *f = &q->f[q->focus];

	if (!k->fn && k->ch >= '0' && k->ch <= '9') {
		if ((int)(k->ch - '0') > f->max)
			return 1; /* no such score: swallow the key */
		qform_answer(q, (int)(k->ch - '0'));
		return 1;
	}
	if ((k->fn && k->code == KEY_RIGHT) || (!k->fn && k->ch == ' '))
		f->value = f->value < f->max ? f->value + 1 : 0;
	else if (k->fn && k->code == KEY_LEFT)
		f->value = f->value > 0 ? f->value - 1 : f->max;
	else
		return 0;
	f->bad = 0;
	q->dirty = 1;
	return 1;
}

static int
qform_edit_key(struct qform *q, const struct ui_key *k)
{
	struct lineedit *le = &q->f[q->focus].edit;
	enum lineedit_key op;

	if (ui_lineedit_op(k, &op)) {
		if (lineedit_key(le, op) && ui_lineedit_changes(op)) {
			q->dirty = 1;
			q->f[q->focus].bad = 0;
		}
		return 1;
	}
	if (k->fn || k->ch < 0x20 || k->ch == 0x7f)
		return 0;
	if (lineedit_insert(le, (uint32_t)k->ch) == 0) {
		q->dirty = 1;
		q->f[q->focus].bad = 0;
	}
	return 1;
}

enum qform_key_result
qform_key(struct qform *q, struct app *app, const struct ui_key *k)
{
	struct qfield *f;
	int prev;

	if (q->n == 0)
		return QFORM_IGNORED;
	f = &q->f[q->focus];
	if ((k->fn && k->code == KEY_F(2)) || (!k->fn && k->ch == UI_CTRL('s')))
		return QFORM_SUBMIT;
	if ((k->fn && (k->code == KEY_DOWN || k->code == KEY_ENTER)) ||
	    (!k->fn && k->ch == '\t')) {
		if (!qform_leave_ok(q, app))
			return QFORM_USED;
		if (qform_advance(q) && k->fn && k->code == KEY_ENTER)
			return QFORM_SUBMIT;
		return QFORM_USED;
	}
	if (k->fn && (k->code == KEY_UP || k->code == KEY_BTAB)) {
		prev = qform_next_shown(q, q->focus, -1);
		if (prev >= 0)
			q->focus = prev;
		return QFORM_USED;
	}
	switch (f->kind) {
	case QFIELD_YESNO:
		return qform_yesno_key(q, k) ? QFORM_USED : QFORM_IGNORED;
	case QFIELD_CHOICE:
		return qform_choice_key(q, k) ? QFORM_USED : QFORM_IGNORED;
	case QFIELD_SCORE:
		return qform_score_key(q, k) ? QFORM_USED : QFORM_IGNORED;
	case QFIELD_NUMBER:
		return qform_edit_key(q, k) ? QFORM_USED : QFORM_IGNORED;
	}
	return QFORM_IGNORED;
}
