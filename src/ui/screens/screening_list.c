/*
 * screens/screening_list: "Skrining" from the main menu. The persons
 * aged 15 or more of the actor's posyandu (a nakes or admin picks a
 * posyandu first), lansia first, each with the screenings that are
 * overdue or never done; typing filters by name. Enter opens the
 * person's screening page.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/lineedit.h"
#include "core/name.h"
#include "core/utf8.h"
#include "store/db.h"
#include "store/posyandu.h"
#include "store/screening.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/scrui.h"
#include "ui/widgets.h"
#include "util.h"

#define SL_FILTER_MAX 40

struct sl_row {
	char *key; /* the name's search key */
	int age;
	unsigned task;    /* kinds overdue or never done */
	unsigned overdue; /* kinds overdue */
	enum screening_due_status worst;
};

struct sl {
	/* choosing a posyandu (nakes and admin) */
	int picking;
	struct posyandu *pos;
	size_t npos;
	struct list plist;
	/* the persons of one posyandu */
	char *posyandu_id; /* NULL: the kader's own */
	char *posyandu_name;
	struct screening_person *v;
	struct sl_row *rows;
	size_t n;
	long lansia;
	int *shown; /* indices of v matching the filter */
	int nshown;
	struct list list;
	struct lineedit filter;
};

static const enum msg_id sl_codes[SCREENING_KIND_COUNT] = {
	[SCREENING_SKILAS] = MSG_SCRU_CODE_SKILAS,
	[SCREENING_AKS] = MSG_SCRU_CODE_AKS,
	[SCREENING_BP] = MSG_SCRU_CODE_BP,
	[SCREENING_GLUCOSE] = MSG_SCRU_CODE_GLUCOSE,
	[SCREENING_BMI] = MSG_SCRU_CODE_BMI,
	[SCREENING_WAIST] = MSG_SCRU_CODE_WAIST,
	[SCREENING_SRQ20] = MSG_SCRU_CODE_SRQ20,
	[SCREENING_TB] = MSG_SCRU_CODE_TB,
};

/* Orders statuses from nothing to do to the most urgent. */
static int
sl_urgency(enum screening_due_status s)
{
	switch (s) {
	case SCREENING_DUE_OVERDUE:
		return 4;
	case SCREENING_DUE_NEVER:
		return 3;
	case SCREENING_DUE_TODAY:
		return 2;
	case SCREENING_DUE_NOT_YET:
		return 1;
	default:
		return 0;
	}
}

/* The person's most urgent status, in a word for the list. */
static const char *
sl_status(enum screening_due_status s)
{
	switch (s) {
	case SCREENING_DUE_OVERDUE:
		return tr(MSG_SCRU_ST_OVERDUE);
	case SCREENING_DUE_NEVER:
		return tr(MSG_SCRU_ST_NEVER);
	case SCREENING_DUE_TODAY:
		return tr(MSG_SCRU_ST_TODAY);
	case SCREENING_DUE_NOT_YET:
		return tr(MSG_SCRU_ST_OK);
	default:
		return "-";
	}
}

static void
sl_row_fill(struct app *app, const struct screening_person *p, struct sl_row *r)
{
	const struct screening_config *cfg = scrui_config(app);
	unsigned kinds;
	int k;

	memset(r, 0, sizeof *r);
	r->key = name_search_key(p->name);
	r->age = scrui_age(app, p);
	r->worst = SCREENING_DUE_EVERY_CONTACT;
	kinds = screening_kinds_for_age(r->age);
	for (k = 0; k < SCREENING_KIND_COUNT; k++) {
		struct screening_due due;

		if (!(kinds & 1u << k))
			continue;
		screening_due(cfg, (enum screening_kind)k,
			      p->has_last[k] ? &p->last[k] : NULL,
			      app_today(app), &due);
		if (due.task)
			r->task |= 1u << k;
		if (due.status == SCREENING_DUE_OVERDUE)
			r->overdue |= 1u << k;
		if (sl_urgency(due.status) > sl_urgency(r->worst))
			r->worst = due.status;
	}
}

static void
sl_people_free(struct sl *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		free(s->rows[i].key);
	free(s->rows);
	screening_person_list_free(s->v, s->n);
	free(s->shown);
	s->rows = NULL;
	s->v = NULL;
	s->shown = NULL;
	s->n = 0;
	s->nshown = 0;
}

static void
sl_apply_filter(struct sl *s)
{
	char *key = name_search_key(lineedit_text(&s->filter));
	size_t i;

	s->nshown = 0;
	for (i = 0; i < s->n; i++)
		if (key[0] == '\0' || strstr(s->rows[i].key, key) != NULL)
			s->shown[s->nshown++] = (int)i;
	free(key);
	list_set_count(&s->list, s->nshown);
}

static void
sl_load(struct sl *s, struct app *app)
{
	char *cause = NULL, *keep = NULL;
	size_t i;

	if (s->list.sel >= 0 && s->list.sel < s->nshown)
		keep = xstrdup(s->v[s->shown[s->list.sel]].id);
	sl_people_free(s);
	s->lansia = 0;
	if (store_screening_people(app_store(app), s->posyandu_id,
				   app_today(app), &s->v, &s->n, &cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	s->rows = xcalloc(s->n + 1, sizeof *s->rows);
	s->shown = xcalloc(s->n + 1, sizeof *s->shown);
	for (i = 0; i < s->n; i++) {
		sl_row_fill(app, &s->v[i], &s->rows[i]);
		if (s->rows[i].age >= SCREENING_LANSIA_YEARS)
			s->lansia++;
	}
	sl_apply_filter(s);
	for (i = 0; keep != NULL && i < (size_t)s->nshown; i++)
		if (str_eq(s->v[s->shown[i]].id, keep))
			s->list.sel = (int)i;
	free(keep);
}

static void
sl_pick(struct sl *s, struct app *app, const struct posyandu *p)
{
	free(s->posyandu_id);
	free(s->posyandu_name);
	s->posyandu_id = xstrdup(p->id);
	s->posyandu_name = xstrdup(p->name);
	s->picking = 0;
	list_init(&s->list, 0);
	sl_load(s, app);
}

static void
sl_enter(struct screen *scr, struct app *app, void *arg)
{
	struct sl *s = xcalloc(1, sizeof *s);
	const struct store_actor *a = store_actor(app_store(app));
	struct posyandu p = {0};
	char *cause = NULL;

	(void)arg;
	lineedit_init(&s->filter, SL_FILTER_MAX);
	list_init(&s->list, 0);
	list_init(&s->plist, 0);
	scr->state = s;
	if (a != NULL && a->posyandu_id != NULL) {
		if (store_posyandu_get(app_store(app), a->posyandu_id, &p,
				       &cause) > 0)
			s->posyandu_name = xstrdup(p.name);
		posyandu_free(&p);
		free(cause);
		sl_load(s, app);
		return;
	}
	s->picking = 1;
	if (store_posyandu_list(app_store(app), &s->pos, &s->npos, &cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	list_set_count(&s->plist, (int)s->npos);
	if (s->npos == 1)
		sl_pick(s, app, &s->pos[0]);
}

static void
sl_leave(struct screen *scr, struct app *app)
{
	struct sl *s = scr->state;

	(void)app;
	sl_people_free(s);
	posyandu_list_free(s->pos, s->npos);
	lineedit_done(&s->filter);
	free(s->posyandu_id);
	free(s->posyandu_name);
	free(s);
}

static void
sl_resume(struct screen *scr, struct app *app)
{
	struct sl *s = scr->state;

	if (!s->picking)
		sl_load(s, app);
}

/* ---- drawing ---------------------------------------------------------- */

static void
sl_pos_row(struct app *app, void *ctx, int row, int y, int x, int w,
	   int selected)
{
	struct sl *s = ctx;
	const struct posyandu *p = &s->pos[row];
	int attr = selected ? app_attr(app, APP_ATTR_SELECTED) : (int)A_NORMAL;

	draw_text(y, x, 12, p->code, attr, 0);
	draw_text(y, x + 13, 26, p->name, attr, 0);
	draw_text(y, x + 40, w - 40, p->desa_name, attr, 0);
}

static void
sl_person_row(struct app *app, void *ctx, int row, int y, int x, int w,
	      int selected)
{
	struct sl *s = ctx;
	int i = s->shown[row];
	const struct screening_person *p = &s->v[i];
	const struct sl_row *r = &s->rows[i];
	int attr = selected ? app_attr(app, APP_ATTR_SELECTED) : (int)A_NORMAL;
	int sattr = attr;
	struct strbuf due;
	char age[16];
	int k;

	snprintf(age, sizeof age, "%c  %3d", p->sex, r->age);
	if (!selected && r->worst == SCREENING_DUE_OVERDUE)
		sattr = app_attr(app, APP_ATTR_ERROR);
	strbuf_init(&due);
	for (k = 0; k < SCREENING_KIND_COUNT; k++) {
		if (!(r->task & 1u << k))
			continue;
		if (due.len > 0)
			strbuf_addc(&due, ' ');
		strbuf_adds(&due, tr(sl_codes[k]));
		if (r->overdue & 1u << k)
			strbuf_addc(&due, '!');
	}
	draw_text(y, x, 22, p->name, attr, 0);
	draw_text(y, x + 23, 7, age, attr, 0);
	draw_text(y, x + 31, 13, sl_status(r->worst), sattr, 0);
	draw_text(y, x + 45, w - 45, due.buf, attr, 0);
	strbuf_done(&due);
}

static void
sl_draw(struct screen *scr, struct app *app)
{
	struct sl *s = scr->state;
	int y = app_body_top(app) + 1, h = app_body_height(app);
	char *line;

	if (s->picking) {
		draw_text(y, 2, COLS - 4, tr(MSG_SCRU_PICK_HEAD),
			  app_attr(app, APP_ATTR_HEADING), 0);
		list_draw(app, &s->plist, y + 2, 2, h - 3, COLS - 4, sl_pos_row,
			  s);
		return;
	}
	line = trf(MSG_SCRU_LIST_COUNT,
		   s->posyandu_name != NULL ? s->posyandu_name : "", (long)s->n,
		   s->lansia);
	draw_text(y, 2, COLS - 4, line, app_attr(app, APP_ATTR_HEADING), 0);
	free(line);
	line = trf(MSG_SCRU_LIST_FILTER, lineedit_text(&s->filter));
	draw_text(y + 1, 2, COLS - 20, line, A_BOLD, 0);
	free(line);
	if (lineedit_text(&s->filter)[0] != '\0') {
		line = trf(MSG_SCRU_LIST_SHOWN, (long)s->nshown);
		draw_text(y + 1, COLS - 16, 14, line, A_NORMAL, 0);
		free(line);
	}
	draw_text(y + 3, 2, COLS - 4, tr(MSG_SCRU_LIST_HEAD),
		  app_attr(app, APP_ATTR_DIM), 0);
	if (s->nshown == 0)
		draw_wrapped(y + 5, 2, COLS - 4, 0, 3,
			     tr(s->n == 0 ? MSG_SCRU_LIST_EMPTY
					  : MSG_SCRU_LIST_NO_MATCH),
			     A_NORMAL);
	list_draw(app, &s->list, y + 4, 2, h - 5, COLS - 4, sl_person_row, s);
}

static void
sl_cursor(struct screen *scr, struct app *app, int *y, int *x)
{
	struct sl *s = scr->state;
	char *prefix;

	if (s->picking) {
		*y = *x = -1;
		return;
	}
	prefix = trf(MSG_SCRU_LIST_FILTER, "");
	*y = app_body_top(app) + 2;
	*x = 2 + utf8_width(prefix) + lineedit_view(&s->filter, COLS - 30);
	free(prefix);
}

/* ---- keys ------------------------------------------------------------- */

static enum screen_result
sl_pick_key(struct sl *s, struct app *app, const struct ui_key *k)
{
	if (list_key(&s->plist, k))
		return SCREEN_HANDLED;
	if (k->fn && k->code == KEY_ENTER && s->plist.sel >= 0) {
		sl_pick(s, app, &s->pos[s->plist.sel]);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

static int
sl_filter_key(struct sl *s, const struct ui_key *k)
{
	/* digits pick a screening, not a name */
	if (!k->fn && k->ch >= '0' && k->ch <= '9')
		return 0;
	if (ui_search_key(&s->filter, k) == 0)
		return 0;
	if (!k->fn && k->ch >= 0x20 && k->ch != 0x7f) {
		s->list.sel = 0; /* a letter more: from the top */
		s->list.top = 0;
	}
	sl_apply_filter(s);
	return 1;
}

static enum screen_result
sl_key(struct screen *scr, struct app *app, const struct ui_key *k)
{
	struct sl *s = scr->state;

	if (s->picking)
		return sl_pick_key(s, app, k);
	if (list_key(&s->list, k))
		return SCREEN_HANDLED;
	if (k->fn && k->code == KEY_ENTER) {
		if (s->list.sel >= 0 && s->list.sel < s->nshown)
			app_push(app, &screen_screening_person,
				 xstrdup(s->v[s->shown[s->list.sel]].id));
		return SCREEN_HANDLED;
	}
	if (!k->fn && k->ch == 27 && lineedit_text(&s->filter)[0] != '\0') {
		lineedit_set(&s->filter, "");
		sl_apply_filter(s);
		return SCREEN_HANDLED;
	}
	if (sl_filter_key(s, k))
		return SCREEN_HANDLED;
	return SCREEN_IGNORED;
}

static const struct keyhint sl_keys[] = {
	{"a-z", MSG_SCRU_KEY_FIND},
	{"Enter", MSG_UI_KEY_OPEN},
	{"Esc", MSG_UI_KEY_BACK},
	{NULL, 0},
};

const struct screen_ops screen_screening = {
	.name = "screening",
	.enter = sl_enter,
	.leave = sl_leave,
	.draw = sl_draw,
	.key = sl_key,
	.resume = sl_resume,
	.cursor = sl_cursor,
	.title = MSG_SCRU_LIST_TITLE,
	.help = MSG_SCRU_LIST_HELP,
	.keys = sl_keys,
};
