/*
 * ui/clform: a page of questions built from data -- the checklist items
 * of a home visit, the members present, a referral's destination --
 * each question wrapped on the left, its answer on the right and a mark
 * (RUJUK, TINDAK LANJUT) beside it. Kinds: yes/no, one of a few choices,
 * any of several choices (danger signs), typed text (a number with its
 * unit, a date), and information rows that take no answer. One key
 * answers a yes/no or a choice and moves on, so a checklist goes as fast
 * as it is read aloud. The page scrolls; a focused choice list opens
 * below its question.
 *
 * The screen that owns the page decides what answers mean: it checks
 * typed text (check), and after every change (changed) it may set the
 * marks and notes. The widget never reads the database.
 */
#ifndef ILP_UI_CLFORM_H
#define ILP_UI_CLFORM_H

#include <stdint.h>

#include "core/lineedit.h"
#include "ui/screen.h"

struct app;

enum clfield_kind {
	CLFIELD_YESNO,  /* set: answered; value 1 ya, 0 tidak */
	CLFIELD_CHOICE, /* set: answered; value: index into choices */
	CLFIELD_MULTI,  /* set: answered; mask: bit i = choices[i] */
	CLFIELD_TEXT,   /* typed text; empty = not answered */
	CLFIELD_INFO    /* a line of text; never focused */
};

enum clmark { CLMARK_NONE, CLMARK_FOLLOWUP, CLMARK_REFER };

struct clfield {
	enum clfield_kind kind;
	const char *group; /* a heading drawn when it changes (NULL: none) */
	const char *label; /* the question or the text (borrowed) */
	const char *help;  /* shown below the page while focused (borrowed) */
	/* CHOICE, MULTI: the choices' labels (borrowed) */
	const char *const *choices;
	int n_choices;
	/* TEXT */
	const char *unit; /* after the box ("cm"); may be NULL */
	int maxlen;
	/* state */
	int set;
	int value;
	uint32_t mask;
	int cursor; /* CHOICE, MULTI: the choice under the cursor */
	struct lineedit edit;
	int bad;
	/* set by the owner: a mark beside the answer, a note under it */
	enum clmark mark;
	const char *note; /* borrowed; NULL: none */
};

struct clform {
	struct clfield *f; /* the caller's; clform_init sets up the editors */
	int n;
	int focus; /* -1 when no field can take focus */
	int top;   /* first field shown */
	int dirty;
	int cursor_y, cursor_x;
	int rows; /* rows shown at the last draw */
	/*
	 * Checks a TEXT field's text when it is left forward and in
	 * clform_check(); not called for an empty one. 0, or -1 with an
	 * allocated *cause. May be NULL.
	 */
	int (*check)(void *ctx, int field, const char *text, char **cause);
	/* Called after any answer changed (may be NULL). */
	void (*changed)(void *ctx, int field);
	void *ctx;
};

enum clform_key_result {
	CLFORM_USED,
	CLFORM_IGNORED,
	CLFORM_NEXT /* Enter (or an answer key) on the last field */
};

/* f[] stays the caller's; TEXT editors get maxlen (0: 64). */
void clform_init(struct clform *q, struct clfield *f, int n);
/* Frees the line editors (not f itself). */
void clform_done(struct clform *q);
/* Draws in rows [y, y + h) and columns [x, x + w); the focused field's
 * help (if any) goes on row help_y (-1: none). */
void clform_draw(struct app *app, struct clform *q, int y, int x, int h, int w,
		 int help_y);
void clform_cursor(const struct clform *q, int *y, int *x);
/* Handles a key; a failed check keeps the focus and says why. */
enum clform_key_result clform_key(struct clform *q, struct app *app,
				  const struct ui_key *k);
/* Every TEXT field passes check(): 0; else -1, focused, message shown. */
int clform_check(struct clform *q, struct app *app);
/* Focuses field i (when it can take focus). */
void clform_focus(struct clform *q, int i);
/* A TEXT field's text. */
const char *clform_text(const struct clform *q, int i);
/* Sets a TEXT field's text (not dirty). */
void clform_set_text(struct clform *q, int i, const char *text);

#endif
