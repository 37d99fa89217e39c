/*
 * screens/visit_drafts: the user's unfinished visits (an Esc, a user
 * switch or a killed program left them), newest first. Enter resumes one
 * where it was left; d discards one after asking. Other users' drafts
 * are never shown.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "store/db.h"
#include "store/visit.h"
#include "ui/app.h"
#include "ui/dialog.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

struct vd {
	struct visit_draft_row *rows;
	size_t n;
	struct list list;
	char *discard; /* the draft the question is about */
};

static void
vd_load(struct vd *d, struct app *app)
{
	char *cause = NULL;
	int sel = d->list.sel;

	visit_draft_rows_free(d->rows, d->n);
	d->rows = NULL;
	d->n = 0;
	if (store_visit_drafts(app_store(app), &d->rows, &d->n, &cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	list_set_count(&d->list, (int)d->n);
	if (sel >= 0 && sel < (int)d->n)
		d->list.sel = sel;
}

static void
vd_enter(struct screen *s, struct app *app, void *arg)
{
	struct vd *d = xcalloc(1, sizeof *d);

	(void)arg;
	list_init(&d->list, 0);
	s->state = d;
	vd_load(d, app);
}

static void
vd_leave(struct screen *s, struct app *app)
{
	struct vd *d = s->state;

	(void)app;
	visit_draft_rows_free(d->rows, d->n);
	free(d->discard);
	free(d);
}

static void
vd_resume(struct screen *s, struct app *app)
{
	vd_load(s->state, app);
}

static void
vd_row(struct app *app, void *ctx, int row, int y, int x, int w, int selected)
{
	struct vd *d = ctx;
	const struct visit_draft_row *r = &d->rows[row];
	int attr = selected ? app_attr(app, APP_ATTR_SELECTED) : (int)A_NORMAL;
	char day[DATE_ISO_LEN], *what;

	draw_text(y, x, 10, date_format_ui(r->on, day), attr, 0);
	draw_text(y, x + 12, 20,
		  r->head_name[0] != '\0' ? r->head_name
					  : tr(MSG_UI_HH_NO_HEAD),
		  attr, 0);
	draw_text(y, x + 33, 22, r->address, attr, 0);
	what = trf(MSG_UI_VD_WHAT, r->present, r->answers);
	draw_text(y, x + 56, w - 56, what, attr, 0);
	free(what);
}

static void
vd_draw(struct screen *s, struct app *app)
{
	struct vd *d = s->state;
	int y = app_body_top(app), h = app_body_height(app);
	char *line;

	line = trf(MSG_UI_VD_HEADING, d->n);
	draw_text(y, 1, COLS - 2, line, A_BOLD, 0);
	free(line);
	draw_text(y + 1, 1, COLS - 2, tr(MSG_UI_VD_HEAD),
		  app_attr(app, APP_ATTR_HEADING), 0);
	if (d->n == 0)
		draw_text(y + 2, 1, COLS - 2, tr(MSG_UI_VD_NONE),
			  app_attr(app, APP_ATTR_DIM), 0);
	list_draw(app, &d->list, y + 2, 1, h - 3, COLS - 2, vd_row, d);
}

static void
vd_do_discard(struct app *app, void *ctx)
{
	struct vd *d = ctx;
	char *cause = NULL;

	if (store_visit_draft_discard(app_store(app), d->discard, &cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	else
		app_statusf(app, APP_MSG_OK, MSG_UI_VD_DISCARDED);
	vd_load(d, app);
}

static enum screen_result
vd_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct vd *d = s->state;
	const struct visit_draft_row *r;
	struct visit_start *a;

	if (list_key(&d->list, k))
		return SCREEN_HANDLED;
	if (!k->fn && k->ch == 'q') {
		app_pop(app);
		return SCREEN_HANDLED;
	}
	if (d->list.sel < 0 || (size_t)d->list.sel >= d->n)
		return SCREEN_IGNORED;
	r = &d->rows[d->list.sel];
	if (k->fn && k->code == KEY_ENTER) {
		a = xcalloc(1, sizeof *a);
		a->household_id = xstrdup(r->household_id);
		a->draft_id = xstrdup(r->id);
		app_push(app, &screen_visit, a);
		return SCREEN_HANDLED;
	}
	if ((!k->fn && k->ch == 'd') || (k->fn && k->code == KEY_DC)) {
		char *q, day[DATE_ISO_LEN];

		free(d->discard);
		d->discard = xstrdup(r->id);
		q = trf(MSG_UI_VD_ASK, date_format_ui(r->on, day),
			r->head_name[0] != '\0' ? r->head_name : r->address);
		dialog_confirm(app, q, vd_do_discard, NULL, d);
		free(q);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

static const struct keyhint vd_keys[] = {
	{"Enter", MSG_UI_KEY_VD_RESUME},
	{"d", MSG_UI_KEY_VD_DISCARD},
	{"Esc", MSG_UI_KEY_BACK},
	{NULL, 0},
};

const struct screen_ops screen_visit_drafts = {
	.name = "visit-drafts",
	.enter = vd_enter,
	.leave = vd_leave,
	.draw = vd_draw,
	.key = vd_key,
	.resume = vd_resume,
	.title = MSG_UI_VD_TITLE,
	.help = MSG_UI_VD_HELP,
	.keys = vd_keys,
};
