/*
 * screens/visit_view: one saved visit: when, by whom, who was present,
 * every answer per member in checklist order with its outcome, and the
 * referrals it made with their status today. A nakes or admin voids a
 * visit recorded by mistake with b (a reason is asked; visit_void.c).
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "core/checklist.h"
#include "core/i18n.h"
#include "store/db.h"
#include "store/referral.h"
#include "store/visit.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

enum vv_style { VV_TEXT, VV_HEADING, VV_REFER, VV_FOLLOWUP, VV_DIM };

struct vv_line {
	char *text;
	enum vv_style style;
};

struct vv {
	char *id;
	struct visit_detail d;
	int found;
	struct vv_line *lines;
	size_t n, cap;
	struct list list;
};

static void
vv_add(struct vv *v, enum vv_style style, char *text)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 32;
		v->lines = xreallocarray(v->lines, v->cap, sizeof *v->lines);
	}
	v->lines[v->n].text = text;
	v->lines[v->n].style = style;
	v->n++;
}

static void
vv_clear(struct vv *v)
{
	size_t i;

	for (i = 0; i < v->n; i++)
		free(v->lines[i].text);
	v->n = 0;
	visit_detail_free(&v->d);
}

/* An item's place in the checklists, for sorting a member's answers. */
static long
vv_item_pos(const struct checklist_set *cl, const char *id)
{
	size_t i, j;
	long pos = 0;

	for (i = 0; cl != NULL && i < cl->n; i++)
		for (j = 0; j < cl->lists[i]->n_items; j++, pos++)
			if (str_eq(cl->lists[i]->items[j].id, id))
				return pos;
	return pos;
}

static const struct checklist_set *vv_sort_cl;

static int
vv_answer_cmp(const void *pa, const void *pb)
{
	const struct visit_detail_answer *a = pa, *b = pb;
	long x, y;

	if ((a->person_id == NULL) != (b->person_id == NULL))
		return a->person_id == NULL ? 1 : -1;
	if (a->person_id != NULL && !str_eq(a->person_id, b->person_id)) {
		int c = strcmp(a->person_name, b->person_name);

		return c != 0 ? c : strcmp(a->person_id, b->person_id);
	}
	x = vv_item_pos(vv_sort_cl, a->item);
	y = vv_item_pos(vv_sort_cl, b->item);
	return x < y ? -1 : x > y;
}

static void
vv_add_answer(struct vv *v, const struct checklist_set *cl,
	      const struct visit_detail_answer *a)
{
	const struct checklist_item *it = checklist_find_item(cl, a->item);
	struct checklist_answer ans;
	char *label = NULL, *why = NULL;

	if (it != NULL &&
	    checklist_parse_answer(it, a->answer, &ans, &why) == 0)
		label = checklist_answer_label(it, &ans);
	free(why);
	vv_add(v,
	       a->level == CHECKLIST_LEVEL_REFER      ? VV_REFER
	       : a->level == CHECKLIST_LEVEL_FOLLOWUP ? VV_FOLLOWUP
						      : VV_TEXT,
	       trf(a->level == CHECKLIST_LEVEL_REFER ? MSG_UI_VV_ANSWER_REFER
		   : a->level == CHECKLIST_LEVEL_FOLLOWUP
			   ? MSG_UI_VV_ANSWER_FOLLOWUP
			   : MSG_UI_VV_ANSWER,
		   it != NULL ? checklist_item_text(it) : a->item,
		   label != NULL ? label : a->answer));
	free(label);
}

static void
vv_build(struct vv *v, struct app *app)
{
	const struct checklist_set *cl = app_settings(app)->checklists;
	const struct visit_row *r = &v->d.row;
	const char *last = NULL;
	char day[DATE_ISO_LEN], day2[DATE_ISO_LEN], *when;
	size_t i;

	when = date_stamp_ui(r->created_at);
	vv_add(v, VV_HEADING,
	       trf(MSG_UI_VV_HEAD, date_format_ui(r->on, day), r->created_by,
		   when));
	free(when);
	vv_add(v, VV_TEXT, trf(MSG_UI_VV_PRESENT, r->present));
	if (r->voided)
		vv_add(v, VV_REFER,
		       trf(MSG_UI_VV_VOIDED, r->voided_by, r->void_reason));
	vv_sort_cl = cl;
	qsort(v->d.a, v->d.na, sizeof *v->d.a, vv_answer_cmp);
	for (i = 0; i < v->d.na; i++) {
		const char *who = v->d.a[i].person_id != NULL
					  ? v->d.a[i].person_name
					  : tr(MSG_UI_VS_GROUP_HOUSEHOLD);

		if (last == NULL || !str_eq(last, who))
			vv_add(v, VV_HEADING, xstrdup(who));
		last = who;
		vv_add_answer(v, cl, &v->d.a[i]);
	}
	if (v->d.nref > 0)
		vv_add(v, VV_HEADING, xstrdup(tr(MSG_UI_VV_REFERRALS)));
	for (i = 0; i < v->d.nref; i++) {
		const struct referral *f = &v->d.ref[i];

		vv_add(v, VV_TEXT,
		       trf(MSG_UI_VV_REFERRAL, f->person_name,
			   referral_dest_name(f->destination),
			   date_format_ui(f->followup_on, day),
			   referral_status_name(f->status),
			   date_format_ui(f->status_on, day2)));
	}
}

static void
vv_load(struct vv *v, struct app *app)
{
	char *cause = NULL;
	int rc;

	vv_clear(v);
	rc = store_visit_get(app_store(app), v->id, &v->d, &cause);
	if (rc < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	v->found = rc > 0;
	if (v->found)
		vv_build(v, app);
	list_set_count(&v->list, (int)v->n);
}

static void
vv_enter(struct screen *s, struct app *app, void *arg)
{
	struct vv *v = xcalloc(1, sizeof *v);

	v->id = arg;
	list_init(&v->list, 0);
	s->state = v;
	vv_load(v, app);
}

static void
vv_leave(struct screen *s, struct app *app)
{
	struct vv *v = s->state;

	(void)app;
	vv_clear(v);
	free(v->lines);
	free(v->id);
	free(v);
}

static void
vv_resume(struct screen *s, struct app *app)
{
	vv_load(s->state, app);
}

static void
vv_row(struct app *app, void *ctx, int row, int y, int x, int w, int selected)
{
	struct vv *v = ctx;
	const struct vv_line *l = &v->lines[row];
	int attr = A_NORMAL;

	switch (l->style) {
	case VV_HEADING:
		attr = app_attr(app, APP_ATTR_HEADING);
		break;
	case VV_REFER:
		attr = app_attr(app, APP_ATTR_ERROR);
		break;
	case VV_FOLLOWUP:
		attr = A_BOLD;
		break;
	case VV_DIM:
		attr = app_attr(app, APP_ATTR_DIM);
		break;
	case VV_TEXT:
		break;
	}
	if (selected)
		attr = app_attr(app, APP_ATTR_SELECTED);
	draw_text(y, x + (l->style == VV_HEADING ? 0 : 2), w - 2, l->text, attr,
		  0);
}

static void
vv_draw(struct screen *s, struct app *app)
{
	struct vv *v = s->state;
	int y = app_body_top(app);

	if (!v->found) {
		draw_text(y + 1, 2, COLS - 4, tr(MSG_VIS_UNKNOWN), A_BOLD, 0);
		return;
	}
	list_draw(app, &v->list, y, 1, app_body_height(app), COLS - 2, vv_row,
		  v);
}

static enum screen_result
vv_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct vv *v = s->state;

	if (list_key(&v->list, k))
		return SCREEN_HANDLED;
	if (!k->fn && k->ch == 'b' && v->found) {
		struct visit_void_arg *a;

		if (!store_can(app_store(app), PERM_VOID_RECORD)) {
			app_statusf(app, APP_MSG_ERROR, MSG_UI_VV_NO_VOID);
			return SCREEN_HANDLED;
		}
		if (v->d.row.voided) {
			app_statusf(app, APP_MSG_ERROR, MSG_VIS_ALREADY_VOID);
			return SCREEN_HANDLED;
		}
		a = xcalloc(1, sizeof *a);
		a->visit_id = xstrdup(v->id);
		a->version = v->d.row.version;
		app_push(app, &screen_visit_void, a);
		return SCREEN_HANDLED;
	}
	if (!k->fn && k->ch == 'q') {
		app_pop(app);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

static const struct keyhint vv_keys[] = {
	{"Up/Down", MSG_UI_KEY_SCROLL},
	{"b", MSG_UI_KEY_VV_VOID},
	{"Esc", MSG_UI_KEY_BACK},
	{NULL, 0},
};

const struct screen_ops screen_visit_view = {
	.name = "visit-view",
	.enter = vv_enter,
	.leave = vv_leave,
	.draw = vv_draw,
	.key = vv_key,
	.resume = vv_resume,
	.title = MSG_UI_VV_TITLE,
	.help = MSG_UI_VV_HELP,
	.keys = vv_keys,
};
