/*
 * ui/widgets: the menu, the scrolling list and the form, drawn inside a
 * screen's body. Widgets hold state and draw it; the screen that owns
 * them decides what a choice or a submit means.
 */
#ifndef ILP_UI_WIDGETS_H
#define ILP_UI_WIDGETS_H

#include <stddef.h>

#include "core/i18n.h"
#include "core/lineedit.h"
#include "ui/screen.h"

struct app;

/* ---- menu: numbered items, digits pick directly ---------------------- */

struct menu_item {
	enum msg_id label;
	enum msg_id hint; /* a line shown when the item is selected; 0 = none */
};

struct menu {
	const struct menu_item *items;
	int n;
	int sel;
};

#define MENU_NONE -1    /* the key was used, nothing chosen */
#define MENU_IGNORED -2 /* the key is not the menu's */

void menu_draw(struct app *app, const struct menu *m, int y, int x, int w);
/* Returns the chosen index (Enter, or digit 1-9), MENU_NONE or MENU_IGNORED. */
int menu_key(struct menu *m, const struct ui_key *k);

/* ---- list: rows drawn by a callback, arrows and pages ----------------- */

struct list {
	int n;      /* rows */
	int sel;    /* selected row, -1 when empty */
	int top;    /* first row shown */
	int height; /* rows shown at the last draw */
};

typedef void (*list_row_fn)(struct app *app, void *ctx, int row, int y, int x,
			    int w, int selected);

void list_init(struct list *l, int n);
/* Keeps sel and top in range after n changed. */
void list_set_count(struct list *l, int n);
void list_draw(struct app *app, struct list *l, int y, int x, int h, int w,
	       list_row_fn row, void *ctx);
/* Moves on arrows, PgUp/PgDn, Home/End; returns 1 when it used the key. */
int list_key(struct list *l, const struct ui_key *k);

/* ---- form: a table of field specs drives drawing and checking ---------- */

enum field_kind {
	FIELD_TEXT,   /* free text, checked by check() */
	FIELD_SECRET, /* shown as stars */
	FIELD_CHOICE  /* one of choices[], cycled with Left/Right/Space */
};

struct field_choice {
	const char *code;
	enum msg_id label;
	const char *text; /* shown instead of label when not NULL */
};

struct field_spec {
	const char *name; /* how the screen refers to it */
	enum msg_id label;
	enum field_kind kind;
	int maxlen; /* characters accepted */
	int width;  /* columns of the input box */
	int required;
	const struct field_choice *choices; /* FIELD_CHOICE, ends with NULL */
	/* Checks typed text (not called for an empty optional field). */
	int (*check)(const char *text, char **cause);
	enum msg_id help; /* shown below the form while the field has focus */
};

struct form {
	const struct field_spec *spec;
	int n;
	struct lineedit *edit; /* one per field (FIELD_TEXT/SECRET) */
	int *choice;           /* one per field (FIELD_CHOICE) */
	unsigned char *bad;    /* fields that failed their check */
	int focus;
	int dirty;
	int label_width;
	int cursor_y, cursor_x; /* from the last draw */
};

enum form_key_result {
	FORM_KEY_USED,
	FORM_KEY_IGNORED,
	FORM_KEY_SUBMIT /* F2, Ctrl-S, or Enter on the last field */
};

void form_init(struct form *f, const struct field_spec *spec, int n);
void form_done(struct form *f);
/* Index of the field named name, or -1. */
int form_find(const struct form *f, const char *name);
/* Sets a field's text (or a choice by code); does not mark the form dirty. */
void form_set(struct form *f, int field, const char *text);
/* A field's text, or a choice's code; valid until the field changes. */
const char *form_get(struct form *f, int field);
const char *form_get_named(struct form *f, const char *name);
/*
 * Draws the fields from row y in columns [x, x + w); the help line of
 * the focused field goes on row help_y (-1: none).
 */
void form_draw(struct app *app, struct form *f, int y, int x, int w,
	       int help_y);
/* Where the cursor goes after form_draw (-1 for a choice field). */
void form_cursor(const struct form *f, int *y, int *x);
/*
 * Handles a key. Leaving a field whose check fails keeps the focus there
 * and puts the message on the status line.
 */
enum form_key_result form_key(struct form *f, struct app *app,
			      const struct ui_key *k);
/*
 * Checks every field (required, then check()). On the first failure it
 * focuses that field, shows the message, keeps the text, returns -1.
 */
int form_validate(struct form *f, struct app *app);
/* Marks a field bad after a check the form cannot do itself. */
void form_fail(struct form *f, struct app *app, int field, char *cause);

/*
 * The line-editing operation a key stands for in a text field (arrows,
 * Home and End, Backspace and Delete, Ctrl-A, -E, -H, -U, -K, -W): 1 with
 * *op, or 0 when it is no editing key (a character, or another key).
 */
int ui_lineedit_op(const struct ui_key *k, enum lineedit_key *op);
/*
 * A key typed into a search field above a list (the arrows stay the
 * list's): Backspace, Ctrl-H, -U and -W edit it, a printable character
 * is added, '?' stays the help key. 0 when the key is not the field's,
 * 1 when it is but nothing changed, 2 when the text changed.
 */
int ui_search_key(struct lineedit *le, const struct ui_key *k);
/* 1 when op changes the text, 0 when it only moves the cursor. */
int ui_lineedit_changes(enum lineedit_key op);

#endif
