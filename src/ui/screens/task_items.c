/*
 * screens/task_items: the items of one kind of "Tugas hari ini" (arg: a
 * struct task_items_arg). Each line is a person or a household with why;
 * the selected one's reasons and address are shown in full below. Enter
 * goes straight to where the task is done: a child's immunisation card,
 * a person's screening page, a referral, or a household (v starts its
 * visit). When this screen is on top again the list is read again, so a
 * task done there has left it.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "core/i18n.h"
#include "store/tasks.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

#define TI_DETAIL_ROWS 4

struct ti {
	int kind;
	char *posyandu_id;
	struct task_list t;
	struct list list;
	size_t before; /* the count before the last item was opened */
	int opened;
};

static void
ti_load(struct ti *t, struct app *app)
{
	char *cause = NULL;
	int sel = t->list.sel;

	task_list_free(&t->t);
	if (store_tasks(app_store(app), app_settings(app)->schedule,
			t->posyandu_id, app_today(app), 1u << t->kind, &t->t,
			&cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	list_set_count(&t->list, (int)t->t.n[t->kind]);
	if (sel >= 0 && sel < (int)t->t.n[t->kind])
		t->list.sel = sel;
}

static void
ti_enter(struct screen *s, struct app *app, void *arg)
{
	struct task_items_arg *a = arg;
	struct ti *t = xcalloc(1, sizeof *t);

	t->kind = a->kind;
	t->posyandu_id = a->posyandu_id;
	free(a);
	list_init(&t->list, 0);
	s->state = t;
	ti_load(t, app);
}

static void
ti_leave(struct screen *s, struct app *app)
{
	struct ti *t = s->state;

	(void)app;
	task_list_free(&t->t);
	free(t->posyandu_id);
	free(t);
}

static void
ti_resume(struct screen *s, struct app *app)
{
	struct ti *t = s->state;

	ti_load(t, app);
	if (t->opened && t->t.n[t->kind] < t->before)
		app_statusf(app, APP_MSG_OK, MSG_UI_TASKS_DONE,
			    t->t.n[t->kind]);
	t->opened = 0;
}

static void
ti_row(struct app *app, void *ctx, int row, int y, int x, int w, int selected)
{
	struct ti *t = ctx;
	const struct task_item *it = &t->t.v[t->kind][row];
	int attr = selected ? app_attr(app, APP_ATTR_SELECTED) : (int)A_NORMAL;

	draw_text(y, x, 24, it->name[0] != '\0' ? it->name : "-", attr, 1);
	draw_text(y, x + 25, w - 25, it->detail, attr, 1);
}

static void
ti_draw(struct screen *s, struct app *app)
{
	struct ti *t = s->state;
	int y = app_body_top(app), h = app_body_height(app), rows, row;
	const struct task_item *it;
	char day[DATE_ISO_LEN], *line;

	draw_textf(y, 1, COLS - 2, A_BOLD, MSG_UI_TASKS_ITEMS_HEADING,
		   task_kind_name((enum task_kind)t->kind),
		   date_format_ui(app_today(app), day), t->t.n[t->kind]);
	rows = h - 2 - TI_DETAIL_ROWS;
	if (t->t.n[t->kind] == 0) {
		draw_text(y + 2, 1, COLS - 2, tr(MSG_UI_TASKS_ALL_DONE),
			  app_attr(app, APP_ATTR_DIM), 0);
		return;
	}
	list_draw(app, &t->list, y + 1, 1, rows, COLS - 2, ti_row, t);
	if (t->list.sel < 0)
		return;
	it = &t->t.v[t->kind][t->list.sel];
	row = y + 1 + rows;
	draw_hline(app, row++, 1, COLS - 2);
	line = xasprintf("%s - %s", it->name, it->address);
	draw_text(row++, 2, COLS - 4, line, A_BOLD, 0);
	free(line);
	draw_wrapped(row, 2, COLS - 4, 0, y + h - row, it->detail, A_NORMAL);
}

/* Goes where the task is done. */
static void
ti_open(struct ti *t, struct app *app, int visit)
{
	const struct task_item *it;
	struct visit_start *v;

	if (t->list.sel < 0 || (size_t)t->list.sel >= t->t.n[t->kind])
		return;
	it = &t->t.v[t->kind][t->list.sel];
	t->before = t->t.n[t->kind];
	t->opened = 1;
	switch (t->kind) {
	case TASK_IMM:
		app_push(app, &screen_imm_card, xstrdup(it->id));
		break;
	case TASK_SCREENING:
		app_push(app, &screen_screening_person, xstrdup(it->id));
		break;
	case TASK_REFERRAL:
		app_push(app, &screen_referral_view, xstrdup(it->id));
		break;
	default:
		if (!visit) {
			app_push(app, &screen_household_view, xstrdup(it->id));
			break;
		}
		v = xcalloc(1, sizeof *v);
		v->household_id = xstrdup(it->household_id);
		app_push(app, &screen_visit, v);
		break;
	}
}

static enum screen_result
ti_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct ti *t = s->state;

	if (list_key(&t->list, k))
		return SCREEN_HANDLED;
	if (k->fn && k->code == KEY_ENTER) {
		ti_open(t, app, 0);
		return SCREEN_HANDLED;
	}
	if (k->fn)
		return SCREEN_IGNORED;
	if (k->ch == 'v' &&
	    (t->kind == TASK_HOUSEHOLD || t->kind == TASK_MOTHER)) {
		ti_open(t, app, 1);
		return SCREEN_HANDLED;
	}
	if (k->ch == 'q') {
		app_pop(app);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

/* v starts a visit only from the lists of households. */
static int
ti_key_shown(struct screen *s, const struct keyhint *k)
{
	const struct ti *t = s->state;

	if (k->label == MSG_UI_KEY_VISIT)
		return t->kind == TASK_HOUSEHOLD || t->kind == TASK_MOTHER;
	return 1;
}

static const struct keyhint ti_keys[] = {
	{"Enter", MSG_UI_KEY_OPEN},
	{"v", MSG_UI_KEY_VISIT},
	{"Esc", MSG_UI_KEY_BACK},
	{NULL, 0},
};

const struct screen_ops screen_task_items = {
	.name = "task-items",
	.enter = ti_enter,
	.leave = ti_leave,
	.draw = ti_draw,
	.key = ti_key,
	.resume = ti_resume,
	.title = MSG_UI_TASKS_TITLE,
	.help = MSG_UI_TASKS_ITEMS_HELP,
	.keys = ti_keys,
	.key_shown = ti_key_shown,
};
