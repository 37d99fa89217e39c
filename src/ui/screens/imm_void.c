/*
 * screens/imm_void: voiding a dose recorded by mistake (nakes and admin).
 * The reason is required; the store keeps it with the user and the time,
 * audits it, and refuses when someone else changed the dose meanwhile.
 */
#include <curses.h>
#include <stdlib.h>

#include "core/i18n.h"
#include "store/immunisation.h"
#include "ui/app.h"
#include "ui/dialog.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

static const struct field_spec imm_void_fields[] = {
	{"reason", MSG_UI_IMM_F_REASON, FIELD_TEXT, IMM_REASON_MAX, 50, 1, NULL,
	 NULL, MSG_UI_IMM_F_REASON_HELP},
};

struct imm_void {
	struct form form;
	struct imm_form_arg *arg;
};

static void
imm_void_enter(struct screen *s, struct app *app, void *arg)
{
	struct imm_void *v = xcalloc(1, sizeof *v);

	(void)app;
	v->arg = arg;
	form_init(&v->form, imm_void_fields, 1);
	s->state = v;
}

static void
imm_void_leave(struct screen *s, struct app *app)
{
	struct imm_void *v = s->state;

	(void)app;
	form_done(&v->form);
	imm_form_arg_free(v->arg);
	free(v);
}

static void
imm_void_draw(struct screen *s, struct app *app)
{
	struct imm_void *v = s->state;
	int y = app_body_top(app) + 1;

	draw_textf(y, 4, COLS - 8, app_attr(app, APP_ATTR_HEADING),
		   MSG_UI_IMM_VOID_HEADING, v->arg->summary);
	draw_wrapped(y + 1, 4, COLS - 8, 0, 2, tr(MSG_UI_IMM_VOID_NOTE),
		     A_NORMAL);
	form_draw(app, &v->form, y + 4, 4, COLS - 8, y + 6);
}

static void
imm_void_submit(struct imm_void *v, struct app *app)
{
	char *cause = NULL;

	if (form_validate(&v->form, app) < 0)
		return;
	if (store_imm_void(app_store(app), v->arg->dose_id, v->arg->version,
			   form_get(&v->form, 0), &cause) < 0) {
		form_fail(&v->form, app, 0, cause);
		return;
	}
	app_statusf(app, APP_MSG_OK, MSG_UI_IMM_VOID_DONE, v->arg->summary);
	app_pop(app);
}

static enum screen_result
imm_void_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct imm_void *v = s->state;

	switch (form_key(&v->form, app, k)) {
	case FORM_KEY_SUBMIT:
		imm_void_submit(v, app);
		return SCREEN_HANDLED;
	case FORM_KEY_USED:
		return SCREEN_HANDLED;
	default:
		if (!k->fn && k->ch == 27) {
			dialog_leave_form(app, v->form.dirty);
			return SCREEN_HANDLED;
		}
		return SCREEN_IGNORED;
	}
}

static void
imm_void_cursor(struct screen *s, struct app *app, int *y, int *x)
{
	struct imm_void *v = s->state;

	(void)app;
	form_cursor(&v->form, y, x);
}

static int
imm_void_dirty(struct screen *s)
{
	struct imm_void *v = s->state;

	return v->form.dirty;
}

static const struct keyhint imm_void_keys[] = {
	{"F2/^S", MSG_UI_KEY_SAVE},
	{"Esc", MSG_UI_KEY_CANCEL},
	{NULL, 0},
};

const struct screen_ops screen_imm_void = {
	.name = "imm-void",
	.enter = imm_void_enter,
	.leave = imm_void_leave,
	.draw = imm_void_draw,
	.key = imm_void_key,
	.dirty = imm_void_dirty,
	.cursor = imm_void_cursor,
	.title = MSG_UI_IMM_VOID_TITLE,
	.help = MSG_UI_IMM_VOID_HELP,
	.keys = imm_void_keys,
};
