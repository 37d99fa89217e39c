/*
 * screens/home: the main menu of DESIGN.md §1: the life-cycle workflows,
 * accounts, switching user and quitting. Digits pick directly.
 */
#include <curses.h>
#include <stdlib.h>

#include "core/i18n.h"
#include "store/db.h"
#include "store/posyandu.h"
#include "store/tasks.h"
#include "config.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

enum {
	HOME_FAMILY,
	HOME_VISIT,
	HOME_IMMUNISATION,
	HOME_SCREENING,
	HOME_TASKS,
	HOME_REPORTS,
	HOME_USERS,
	HOME_SWITCH,
	HOME_QUIT,
	HOME_COUNT
};

static const struct menu_item home_items[HOME_COUNT] = {
	{MSG_UI_HOME_FAMILY, MSG_UI_HOME_FAMILY_HINT},
	{MSG_UI_HOME_VISIT, MSG_UI_HOME_VISIT_HINT},
	{MSG_UI_HOME_IMMUNISATION, MSG_UI_HOME_IMMUNISATION_HINT},
	{MSG_UI_HOME_SCREENING, MSG_UI_HOME_SCREENING_HINT},
	{MSG_UI_HOME_TASKS, MSG_UI_HOME_TASKS_HINT},
	{MSG_UI_HOME_REPORTS, MSG_UI_HOME_REPORTS_HINT},
	{MSG_UI_HOME_USERS, MSG_UI_HOME_USERS_HINT},
	{MSG_UI_HOME_SWITCH, MSG_UI_HOME_SWITCH_HINT},
	{MSG_UI_HOME_QUIT, MSG_UI_HOME_QUIT_HINT},
};

struct home {
	struct menu menu;
	char *summary; /* the posyandu's counts, read once on entry */
	char *tasks;   /* today's task counts of a kader's posyandu */
};

/*
 * A kader's "Tugas hari ini" in one line, read on entry and whenever
 * the menu is on top again (a task done elsewhere leaves the count).
 * Nakes and admin choose a posyandu on the task screen itself.
 */
static void
home_tasks(struct home *h, struct app *app)
{
	const struct store_actor *a = store_actor(app_store(app));
	struct task_list t;
	char *cause = NULL;

	free(h->tasks);
	h->tasks = NULL;
	if (a == NULL || a->posyandu_id == NULL ||
	    store_can(app_store(app), PERM_ALL_POSYANDU))
		return;
	if (store_tasks(app_store(app), app_settings(app)->schedule, NULL,
			app_today(app), TASK_ALL, &t, &cause) < 0) {
		free(cause);
		return;
	}
	h->tasks =
		trf(MSG_UI_HOME_TASK_COUNTS, t.n[TASK_IMM], t.n[TASK_HOUSEHOLD],
		    t.n[TASK_SCREENING], t.n[TASK_REFERRAL], t.n[TASK_MOTHER]);
	task_list_free(&t);
}

static void
home_enter(struct screen *s, struct app *app, void *arg)
{
	struct home *h = xcalloc(1, sizeof *h);
	const struct store_actor *a = store_actor(app_store(app));
	struct posyandu p = {0};
	char *cause = NULL;

	(void)arg;
	h->menu.items = home_items;
	h->menu.n = HOME_COUNT;
	if (a != NULL && a->posyandu_id != NULL &&
	    store_posyandu_get(app_store(app), a->posyandu_id, &p, &cause) > 0)
		h->summary = trf(MSG_UI_HOME_SUMMARY, p.name, p.desa_name,
				 p.households, p.persons);
	posyandu_free(&p);
	free(cause);
	home_tasks(h, app);
	s->state = h;
}

static void
home_resume(struct screen *s, struct app *app)
{
	home_tasks(s->state, app);
}

static void
home_leave(struct screen *s, struct app *app)
{
	struct home *h = s->state;

	(void)app;
	free(h->summary);
	free(h->tasks);
	free(h);
}

static void
home_draw(struct screen *s, struct app *app)
{
	struct home *h = s->state;
	int y = app_body_top(app) + 1;

	draw_text(y, 4, COLS - 8, tr(MSG_UI_HOME_HEADING),
		  app_attr(app, APP_ATTR_HEADING), 0);
	if (h->summary != NULL)
		draw_text(y + 1, 4, COLS - 8, h->summary, A_NORMAL, 0);
	if (h->tasks != NULL)
		draw_text(y + 2, 4, COLS - 8, h->tasks,
			  app_attr(app, APP_ATTR_HEADING), 0);
	menu_draw(app, &h->menu, y + 3, 4, 40);
}

static void
home_choose(struct app *app, int item)
{
	switch (item) {
	case HOME_FAMILY:
		app_push(app, &screen_household_list, NULL);
		break;
	case HOME_VISIT:
		app_push(app, &screen_visit_menu, NULL);
		break;
	case HOME_SCREENING:
		app_push(app, &screen_screening, NULL);
		break;
	case HOME_IMMUNISATION:
		app_push(app, &screen_imm_menu, NULL);
		break;
	case HOME_TASKS:
		app_push(app, &screen_tasks, NULL);
		break;
	case HOME_REPORTS:
		app_push(app, &screen_recap, NULL);
		break;
	case HOME_USERS:
		app_push(app, &screen_users, NULL);
		break;
	case HOME_SWITCH:
		app_request_switch_user(app);
		break;
	case HOME_QUIT:
		app_request_quit(app);
		break;
	default:
		break;
	}
}

static enum screen_result
home_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct home *h = s->state;
	int r = menu_key(&h->menu, k);

	if (r >= 0) {
		home_choose(app, r);
		return SCREEN_HANDLED;
	}
	if (r == MENU_NONE)
		return SCREEN_HANDLED;
	if (!k->fn && (k->ch == 'q' || k->ch == 27)) {
		app_request_quit(app);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

static const struct keyhint home_keys[] = {
	{"1-9", MSG_UI_KEY_CHOOSE},
	{"Enter", MSG_UI_KEY_OPEN},
	{NULL, 0},
};

const struct screen_ops screen_home = {
	.name = "home",
	.enter = home_enter,
	.leave = home_leave,
	.draw = home_draw,
	.key = home_key,
	.resume = home_resume,
	.title = MSG_UI_HOME_TITLE,
	.help = MSG_UI_HOME_HELP,
	.keys = home_keys,
};
