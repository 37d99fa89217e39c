/*
 * screens/tasks: "Tugas hari ini", what needs doing today in one
 * posyandu, one line per kind with its count (store_tasks). Enter (or
 * the kind's digit) lists that kind's items (screens/task_items), where
 * Enter goes straight to the person or household the task is done on.
 * The counts are read again whenever the screen is on top again, so a
 * task done leaves the count. A kader sees their own posyandu; nakes and
 * admin choose one with Tab.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "core/i18n.h"
#include "store/db.h"
#include "store/posyandu.h"
#include "store/tasks.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

struct tasks {
	struct task_list t;
	int loaded; /* t holds the last read */
	struct list list;
	struct posyandu *pos; /* nakes/admin: the choices */
	size_t npos;
	int pos_sel; /* index into pos, or -1 for the actor's own */
};

static const char *
tasks_pid(const struct tasks *t)
{
	return t->pos_sel >= 0 ? t->pos[t->pos_sel].id : NULL;
}

static void
tasks_load(struct tasks *t, struct app *app)
{
	char *cause = NULL;

	task_list_free(&t->t);
	t->loaded = 0;
	if (store_can(app_store(app), PERM_ALL_POSYANDU) && t->pos_sel < 0)
		return; /* no posyandu to show */
	if (store_tasks(app_store(app), app_settings(app)->schedule,
			tasks_pid(t), app_today(app), TASK_ALL, &t->t,
			&cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	else
		t->loaded = 1;
}

static void
tasks_enter(struct screen *s, struct app *app, void *arg)
{
	struct tasks *t = xcalloc(1, sizeof *t);
	const char *mine = app_settings(app)->posyandu;
	char *cause = NULL;
	size_t i;

	(void)arg;
	t->pos_sel = -1;
	list_init(&t->list, TASK_KIND_COUNT);
	if (store_can(app_store(app), PERM_ALL_POSYANDU)) {
		if (store_posyandu_list(app_store(app), &t->pos, &t->npos,
					&cause) < 0)
			app_status_take(app, APP_MSG_ERROR, cause);
		if (t->npos > 0)
			t->pos_sel = 0;
		for (i = 0; i < t->npos; i++)
			if (!str_empty(mine) && str_eq(t->pos[i].code, mine))
				t->pos_sel = (int)i;
	}
	s->state = t;
	tasks_load(t, app);
}

static void
tasks_leave(struct screen *s, struct app *app)
{
	struct tasks *t = s->state;

	(void)app;
	task_list_free(&t->t);
	posyandu_list_free(t->pos, t->npos);
	free(t);
}

static void
tasks_resume(struct screen *s, struct app *app)
{
	tasks_load(s->state, app);
}

static void
tasks_row(struct app *app, void *ctx, int row, int y, int x, int w,
	  int selected)
{
	struct tasks *t = ctx;
	int attr = selected ? app_attr(app, APP_ATTR_SELECTED) : (int)A_NORMAL;
	char *line;

	line = xasprintf("%d  %-46s %6zu", row + 1,
			 task_kind_name((enum task_kind)row), t->t.n[row]);
	draw_text(y, x, w, line, attr, 1);
	free(line);
}

static void
tasks_draw(struct screen *s, struct app *app)
{
	struct tasks *t = s->state;
	int y = app_body_top(app) + 1;
	char day[DATE_ISO_LEN];

	draw_textf(y, 2, COLS - 4, app_attr(app, APP_ATTR_HEADING),
		   MSG_UI_TASKS_HEADING, date_format_ui(app_today(app), day));
	if (t->pos_sel >= 0)
		draw_textf(y + 1, 2, COLS - 4, A_NORMAL, MSG_UI_TASKS_POSYANDU,
			   t->pos[t->pos_sel].code, t->pos[t->pos_sel].name);
	if (!t->loaded) {
		draw_wrapped(y + 3, 2, COLS - 4, 0, 3,
			     tr(MSG_UI_TASKS_NOT_LOADED), A_NORMAL);
		return;
	}
	draw_text(y + 3, 2, COLS - 4, tr(MSG_UI_TASKS_HEAD),
		  app_attr(app, APP_ATTR_HEADING), 0);
	list_draw(app, &t->list, y + 4, 2, TASK_KIND_COUNT, 60, tasks_row, t);
	draw_wrapped(y + 5 + TASK_KIND_COUNT, 2, COLS - 4, 0, 4,
		     tr(MSG_UI_TASKS_INTRO), app_attr(app, APP_ATTR_DIM));
}

static void
tasks_open(struct tasks *t, struct app *app, int kind)
{
	struct task_items_arg *a;

	if (!t->loaded || kind < 0 || kind >= TASK_KIND_COUNT)
		return;
	t->list.sel = kind;
	if (t->t.n[kind] == 0) {
		app_statusf(app, APP_MSG_INFO, MSG_UI_TASKS_NONE_OF,
			    task_kind_name((enum task_kind)kind));
		return;
	}
	a = xcalloc(1, sizeof *a);
	a->kind = kind;
	a->posyandu_id = xstrdup(t->t.posyandu_id);
	app_push(app, &screen_task_items, a);
}

static enum screen_result
tasks_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct tasks *t = s->state;

	if (list_key(&t->list, k))
		return SCREEN_HANDLED;
	if (k->fn && k->code == KEY_ENTER) {
		tasks_open(t, app, t->list.sel);
		return SCREEN_HANDLED;
	}
	if (t->npos > 0 &&
	    ((!k->fn && k->ch == '\t') || (k->fn && k->code == KEY_BTAB))) {
		int n = (int)t->npos;

		t->pos_sel = (t->pos_sel + (k->fn ? n - 1 : 1)) % n;
		tasks_load(t, app);
		return SCREEN_HANDLED;
	}
	if (k->fn)
		return SCREEN_IGNORED;
	if (k->ch >= '1' && k->ch < '1' + TASK_KIND_COUNT) {
		tasks_open(t, app, (int)(k->ch - '1'));
		return SCREEN_HANDLED;
	}
	if (k->ch == 'q') {
		app_pop(app);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

/* Tab chooses a posyandu only for those who see several. */
static int
tasks_key_shown(struct screen *s, const struct keyhint *k)
{
	const struct tasks *t = s->state;

	if (k->label == MSG_UI_KEY_POSYANDU)
		return t->npos > 0;
	return 1;
}

static const struct keyhint tasks_keys[] = {
	{"1-5", MSG_UI_KEY_CHOOSE},
	{"Enter", MSG_UI_KEY_OPEN},
	{"Tab", MSG_UI_KEY_POSYANDU},
	{"Esc", MSG_UI_KEY_BACK},
	{NULL, 0},
};

const struct screen_ops screen_tasks = {
	.name = "tasks",
	.enter = tasks_enter,
	.leave = tasks_leave,
	.draw = tasks_draw,
	.key = tasks_key,
	.resume = tasks_resume,
	.title = MSG_UI_TASKS_TITLE,
	.help = MSG_UI_TASKS_HELP,
	.keys = tasks_keys,
	.key_shown = tasks_key_shown,
};
