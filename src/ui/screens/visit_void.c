/*
 * screens/visit_void: voiding a visit recorded by mistake (nakes and
 * admin): one reason, required. The visit, its answers and referrals
 * stay; the store keeps who voided it, when and why.
 */
#include <curses.h>
#include <stdlib.h>

#include "core/i18n.h"
#include "core/validate.h"
#include "store/visit.h"
#include "ui/app.h"
#include "ui/dialog.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

static int
vvd_check_reason(const char *text, char **cause)
{
	char *out = NULL;
	int rc = validate_text(text, VISIT_VOID_REASON_MAX, 1, &out, cause);

	free(out);
	return rc;
}

static const struct field_spec vvd_fields[] = {
	{"reason", MSG_UI_VVD_REASON, FIELD_TEXT, VISIT_VOID_REASON_MAX, 50, 1,
	 NULL, vvd_check_reason, MSG_UI_VVD_REASON_HELP},
};

struct vvd {
	struct visit_void_arg *a;
	struct form form;
};

static void
vvd_enter(struct screen *s, struct app *app, void *arg)
{
	struct vvd *v = xcalloc(1, sizeof *v);

	(void)app;
	v->a = arg;
	form_init(&v->form, vvd_fields, 1);
	s->state = v;
}

static void
vvd_leave(struct screen *s, struct app *app)
{
	struct vvd *v = s->state;

	(void)app;
	form_done(&v->form);
	free(v->a->visit_id);
	free(v->a);
	free(v);
}

static void
vvd_draw(struct screen *s, struct app *app)
{
	struct vvd *v = s->state;
	int y = app_body_top(app) + 1;

	draw_wrapped(y, 2, COLS - 4, 0, 3, tr(MSG_UI_VVD_TEXT), A_NORMAL);
	form_draw(app, &v->form, y + 4, 2, COLS - 4, y + 6);
}

static void
vvd_cursor(struct screen *s, struct app *app, int *y, int *x)
{
	struct vvd *v = s->state;

	(void)app;
	form_cursor(&v->form, y, x);
}

static int
vvd_dirty(struct screen *s)
{
	struct vvd *v = s->state;

	return v->form.dirty;
}

static enum screen_result
vvd_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct vvd *v = s->state;
	char *cause = NULL;

	if (!k->fn && k->ch == 27) {
		dialog_leave_form(app, v->form.dirty);
		return SCREEN_HANDLED;
	}
	switch (form_key(&v->form, app, k)) {
	case FORM_KEY_SUBMIT:
		if (form_validate(&v->form, app) < 0)
			return SCREEN_HANDLED;
		if (store_visit_void(app_store(app), v->a->visit_id,
				     v->a->version, form_get(&v->form, 0),
				     &cause) < 0) {
			form_fail(&v->form, app, 0, cause);
			return SCREEN_HANDLED;
		}
		app_statusf(app, APP_MSG_OK, MSG_UI_VVD_DONE);
		v->form.dirty = 0;
		app_pop(app);
		return SCREEN_HANDLED;
	case FORM_KEY_USED:
		return SCREEN_HANDLED;
	default:
		return SCREEN_IGNORED;
	}
}

static const struct keyhint vvd_keys[] = {
	{"F2/^S", MSG_UI_KEY_SAVE},
	{"Esc", MSG_UI_KEY_CANCEL},
	{NULL, 0},
};

const struct screen_ops screen_visit_void = {
	.name = "visit-void",
	.enter = vvd_enter,
	.leave = vvd_leave,
	.draw = vvd_draw,
	.key = vvd_key,
	.dirty = vvd_dirty,
	.cursor = vvd_cursor,
	.title = MSG_UI_VVD_TITLE,
	.help = MSG_UI_VVD_HELP,
	.keys = vvd_keys,
};
