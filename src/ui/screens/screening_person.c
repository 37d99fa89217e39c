/*
 * screens/screening_person: one person's screening page. The latest
 * result of every screening that applies at their age and when each is
 * due again (core/screening's rescreen intervals), and a menu to record
 * a new one or see the history. Pushed with the person's id, from the
 * screening list or from any other screen that knows a person.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "store/screening.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/scrui.h"
#include "ui/widgets.h"
#include "util.h"

#define SP_COL_RESULT 28
#define SP_COL_NEXT 59

enum sp_action {
	SP_SKILAS,
	SP_AKS,
	SP_PTM,
	SP_SRQ20,
	SP_TB,
	SP_HISTORY,
	SP_ACTION_COUNT
};

static const struct menu_item sp_items[SP_ACTION_COUNT] = {
	[SP_SKILAS] = {MSG_SCRU_MENU_SKILAS, 0},
	[SP_AKS] = {MSG_SCRU_MENU_AKS, 0},
	[SP_PTM] = {MSG_SCRU_MENU_PTM, 0},
	[SP_SRQ20] = {MSG_SCRU_MENU_SRQ20, 0},
	[SP_TB] = {MSG_SCRU_MENU_TB, 0},
	[SP_HISTORY] = {MSG_SCRU_MENU_HISTORY, 0},
};

struct sp {
	char *id;
	int loaded;
	struct screening_person p;
	int age;
	unsigned kinds; /* what applies at this age */
	struct screening_event latest[SCREENING_KIND_COUNT];
	int have[SCREENING_KIND_COUNT];
	struct menu menu;
	struct menu_item items[SP_ACTION_COUNT];
	enum sp_action actions[SP_ACTION_COUNT];
};

static void
sp_unload(struct sp *s)
{
	int k;

	for (k = 0; k < SCREENING_KIND_COUNT; k++)
		if (s->have[k])
			screening_event_free(&s->latest[k]);
	memset(s->have, 0, sizeof s->have);
	screening_person_free(&s->p);
	s->loaded = 0;
}

static void
sp_add(struct sp *s, enum sp_action a)
{
	s->items[s->menu.n] = sp_items[a];
	s->actions[s->menu.n] = a;
	s->menu.n++;
}

static void
sp_build_menu(struct sp *s)
{
	int keep = s->menu.sel;

	s->menu.items = s->items;
	s->menu.n = 0;
	if (s->loaded && s->p.active) {
		if (s->kinds & 1u << SCREENING_SKILAS)
			sp_add(s, SP_SKILAS);
		if (s->kinds & 1u << SCREENING_AKS)
			sp_add(s, SP_AKS);
		if (s->kinds & 1u << SCREENING_BP) {
			sp_add(s, SP_PTM);
			sp_add(s, SP_SRQ20);
			sp_add(s, SP_TB);
		}
	}
	sp_add(s, SP_HISTORY);
	s->menu.sel = keep >= 0 && keep < s->menu.n ? keep : 0;
}

static void
sp_load(struct sp *s, struct app *app)
{
	char *cause = NULL;

	sp_unload(s);
	if (scrui_person_load(app, s->id, &s->p) == 0) {
		s->loaded = 1;
		s->age = scrui_age(app, &s->p);
		s->kinds = screening_kinds_for_age(s->age);
		if (store_screening_latest(app_store(app), s->id, s->latest,
					   s->have, &cause) < 0)
			app_status_take(app, APP_MSG_ERROR, cause);
	}
	sp_build_menu(s);
}

static void
sp_enter(struct screen *scr, struct app *app, void *arg)
{
	struct sp *s = xcalloc(1, sizeof *s);

	s->id = arg; /* taken */
	scr->state = s;
	sp_load(s, app);
}

static void
sp_leave(struct screen *scr, struct app *app)
{
	struct sp *s = scr->state;

	(void)app;
	sp_unload(s);
	free(s->id);
	free(s);
}

static void
sp_resume(struct screen *scr, struct app *app)
{
	sp_load(scr->state, app);
}

/* ---- drawing ------------------------------------------------------------ */

static void
sp_result(struct app *app, const struct screening_event *e, char *buf,
	  size_t size)
{
	struct screening_eval ev;
	char value[160], *err = NULL;

	if (screening_answers_eval(scrui_config(app), &e->answers, &ev, &err) <
	    0) {
		free(err);
		str_copy(buf, screening_category_name(e->kind, e->category),
			 size);
		return;
	}
	screening_answers_value(&e->answers, &ev, value, sizeof value);
	if (e->kind == SCREENING_SKILAS)
		str_copy(buf, value, size);
	else
		snprintf(buf, size, "%s: %s", value,
			 screening_category_name(e->kind, e->category));
}

static void
sp_draw_kind(struct app *app, struct sp *s, int k, int y)
{
	struct screening_due due;
	char day[DATE_ISO_LEN], result[200], next[64];
	int attr = A_NORMAL;

	screening_due(scrui_config(app), (enum screening_kind)k,
		      s->have[k] ? &s->latest[k].on : NULL, app_today(app),
		      &due);
	draw_text(y, 2, 14, scrui_kind_short((enum screening_kind)k), A_BOLD,
		  0);
	if (s->have[k]) {
		draw_text(y, 17, 10, date_format_ui(s->latest[k].on, day),
			  A_NORMAL, 0);
		sp_result(app, &s->latest[k], result, sizeof result);
		if (s->latest[k].outcome == SCREENING_REFER)
			attr = app_attr(app, APP_ATTR_ERROR);
	} else {
		draw_text(y, 17, 10, "-", A_NORMAL, 0);
		str_copy(result, "-", sizeof result);
	}
	draw_text(y, SP_COL_RESULT, SP_COL_NEXT - SP_COL_RESULT - 1, result,
		  attr, 0);
	attr = A_NORMAL;
	switch (due.status) {
	case SCREENING_DUE_NOT_YET:
		date_format_ui(due.next, next);
		break;
	case SCREENING_DUE_OVERDUE:
		trn(next, sizeof next, MSG_SCRU_DUE_LATE,
		    date_format_ui(due.next, day));
		attr = app_attr(app, APP_ATTR_ERROR);
		break;
	default:
		str_copy(next, screening_due_status_name(due.status),
			 sizeof next);
		if (due.task)
			attr = app_attr(app, APP_ATTR_ERROR);
		break;
	}
	draw_text(y, SP_COL_NEXT, COLS - SP_COL_NEXT - 1, next, attr, 0);
}

static void
sp_draw_head(struct app *app, int y)
{
	int attr = app_attr(app, APP_ATTR_DIM);

	draw_text(y, 2, 14, tr(MSG_SCRU_PH_KIND), attr, 0);
	draw_text(y, 17, 10, tr(MSG_SCRU_PH_LAST), attr, 0);
	draw_text(y, SP_COL_RESULT, 20, tr(MSG_SCRU_PH_RESULT), attr, 0);
	draw_text(y, SP_COL_NEXT, 20, tr(MSG_SCRU_PH_NEXT), attr, 0);
}

static void
sp_draw(struct screen *scr, struct app *app)
{
	struct sp *s = scr->state;
	int y = app_body_top(app) + 1, k;

	if (!s->loaded) {
		menu_draw(app, &s->menu, y + 2, 4, 50);
		return;
	}
	scrui_person_line(app, &s->p, y);
	if (!s->p.active || s->kinds == 0) {
		char *m = !s->p.active
				  ? trf(MSG_SCRU_INACTIVE, s->p.name)
				  : trf(MSG_SCRU_TOO_YOUNG, s->p.name, s->age);

		draw_wrapped(y + 2, 2, COLS - 4, 0, 3, m, A_NORMAL);
		free(m);
		menu_draw(app, &s->menu, y + 6, 4, 50);
		return;
	}
	sp_draw_head(app, y + 2);
	y += 3;
	for (k = 0; k < SCREENING_KIND_COUNT; k++) {
		if (!(s->kinds & 1u << k))
			continue;
		sp_draw_kind(app, s, k, y++);
	}
	menu_draw(app, &s->menu, y + 1, 4, 50);
}

/* ---- keys -----------------------------------------------------------------
 */

static void
sp_choose(struct sp *s, struct app *app, enum sp_action a)
{
	static const struct screen_ops *const ops[SP_ACTION_COUNT] = {
		[SP_SKILAS] = &screen_skilas,
		[SP_AKS] = &screen_aks,
		[SP_PTM] = &screen_ptm,
		[SP_SRQ20] = &screen_srq20,
		[SP_TB] = &screen_tb,
		[SP_HISTORY] = &screen_screening_history,
	};

	app_push(app, ops[a], xstrdup(s->id));
}

static enum screen_result
sp_key(struct screen *scr, struct app *app, const struct ui_key *k)
{
	struct sp *s = scr->state;
	int r = menu_key(&s->menu, k);

	if (r >= 0) {
		sp_choose(s, app, s->actions[r]);
		return SCREEN_HANDLED;
	}
	if (r == MENU_NONE)
		return SCREEN_HANDLED;
	if (!k->fn && k->ch == 'q') {
		app_pop(app);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

static const char *
sp_title(struct screen *scr)
{
	struct sp *s = scr->state;

	return s->loaded ? s->p.name : tr(MSG_SCRU_PERSON_TITLE);
}

static const struct keyhint sp_keys[] = {
	{"1-9", MSG_UI_KEY_CHOOSE},
	{"Esc", MSG_UI_KEY_BACK},
	{NULL, 0},
};

const struct screen_ops screen_screening_person = {
	.name = "screening-person",
	.enter = sp_enter,
	.leave = sp_leave,
	.draw = sp_draw,
	.key = sp_key,
	.resume = sp_resume,
	.title = MSG_SCRU_PERSON_TITLE,
	.title_fn = sp_title,
	.help = MSG_SCRU_PERSON_HELP,
	.keys = sp_keys,
};
