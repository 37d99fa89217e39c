/*
 * ui/qform: a page of questions as a kader reads them from a paper form:
 * each question wrapped on the left, its answer on the right -- yes/no,
 * one of a few choices, a score with what it means, or a typed number.
 * One key answers and moves on (y/t, a digit), so a questionnaire goes as
 * fast as it is read aloud. The screen owning the page decides what the
 * answers mean and draws any live result; the widget never reads the
 * database.
 */
#ifndef ILP_UI_QFORM_H
#define ILP_UI_QFORM_H

#include "core/lineedit.h"
#include "ui/screen.h"

struct app;

enum qfield_kind {
	QFIELD_YESNO,  /* value 1 yes, 0 no */
	QFIELD_CHOICE, /* value: index into choices */
	QFIELD_SCORE,  /* value 0..max */
	QFIELD_NUMBER  /* typed text, checked by the page's check() */
};

struct qfield {
	enum qfield_kind kind;
	const char *question; /* borrowed: catalogue text or the screen's */
	/* QFIELD_YESNO: labels; NULL means Ya / Tidak */
	const char *yes, *no;
	/* QFIELD_CHOICE: labels, NULL-terminated */
	const char *const *choices;
	/* QFIELD_SCORE: highest score, and what a score means (may be NULL) */
	int max;
	int item;
	const char *(*meaning)(int item, int score);
	/* QFIELD_NUMBER: most characters */
	int maxlen;
	int hidden; /* set by the screen: not shown, not asked */
	/* state */
	int value; /* -1 (SCREENING_UNSET) until answered */
	struct lineedit edit;
	int bad;
};

struct qform {
	struct qfield *f;
	int n;
	int focus;
	int top;          /* first field shown */
	int answer_width; /* columns of the answer column */
	int dirty;
	int cursor_y, cursor_x;
	/*
	 * Checks a number field's text (not called for an empty one) when
	 * it is left forward and by qform_check(). Returns 0, or -1 with an
	 * allocated *cause. May be NULL.
	 */
	int (*check)(void *ctx, int field, const char *text, char **cause);
	/* Called after an answer, before moving on (may be NULL). */
	void (*changed)(void *ctx);
	void *ctx;
};

enum qform_key_result {
	QFORM_USED,
	QFORM_IGNORED,
	QFORM_SUBMIT /* F2, Ctrl-S, or Enter on the last field */
};

/* f[] belongs to the caller; values start unanswered (-1). */
void qform_init(struct qform *q, struct qfield *f, int n, int answer_width);
/* Frees the line editors (not f itself). */
void qform_done(struct qform *q);
/* Draws the fields in rows [y, y+h) and columns [x, x+w). */
void qform_draw(struct app *app, struct qform *q, int y, int x, int h, int w);
void qform_cursor(const struct qform *q, int *y, int *x);
/* Handles a key; a failed check keeps the focus and says why. */
enum qform_key_result qform_key(struct qform *q, struct app *app,
				const struct ui_key *k);
/*
 * Every shown field answered and every number passing check(): 0; or
 * -1 with the field focused and the message on the status line.
 */
int qform_check(struct qform *q, struct app *app);
/* A number field's text. */
const char *qform_text(struct qform *q, int field);
/* Sets a number field's text (not dirty). */
void qform_set_text(struct qform *q, int field, const char *text);
/* Focuses the first shown field. */
void qform_first(struct qform *q);

#endif
