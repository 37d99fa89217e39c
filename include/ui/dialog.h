/*
 * ui/dialog: modal screens over the current one: a yes/no question, and
 * a scrollable text (help). Both are screens on the stack, so resize and
 * redraw need no special case.
 */
#ifndef ILP_UI_DIALOG_H
#define ILP_UI_DIALOG_H

struct app;

typedef void (*dialog_fn)(struct app *app, void *ctx);

/*
 * Asks question (copied); y or Enter on "Ya" calls yes(app, ctx), n or
 * Esc calls no (may be NULL). Either way the dialog closes first.
 */
void dialog_confirm(struct app *app, const char *question, dialog_fn yes,
		    dialog_fn no, void *ctx);

/*
 * Leaves a form screen: at once when nothing was typed (dirty == 0), else
 * after asking whether to drop what was typed.
 */
void dialog_leave_form(struct app *app, int dirty);

/* Shows a titled text (both copied) until Esc/Enter/q. */
void dialog_text(struct app *app, const char *title, const char *text);

#endif
