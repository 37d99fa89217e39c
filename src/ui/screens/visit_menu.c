/*
 * screens/visit_menu: "Kunjungan rumah" from the main menu: the priority
 * visit list, open referrals, the user's drafts, and starting a visit by
 * choosing a household. Says how many drafts and open referrals wait.
 */
#include <curses.h>
#include <stdlib.h>

#include "core/i18n.h"
#include "store/db.h"
#include "store/referral.h"
#include "store/visit.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

enum { VM_PRIORITY, VM_REFERRALS, VM_DRAFTS, VM_START, VM_COUNT };

static const struct menu_item vm_items[VM_COUNT] = {
	{MSG_UI_VM_PRIORITY, MSG_UI_VM_PRIORITY_HINT},
	{MSG_UI_VM_REFERRALS, MSG_UI_VM_REFERRALS_HINT},
	{MSG_UI_VM_DRAFTS, MSG_UI_VM_DRAFTS_HINT},
	{MSG_UI_VM_START, MSG_UI_VM_START_HINT},
};

struct vm {
	struct menu menu;
	char *summary;
};

static void
vm_count(struct vm *m, struct app *app)
{
	struct visit_draft_row *drafts = NULL;
	struct referral *refs = NULL;
	struct referral_filter f = {1, NULL, NULL};
	size_t nd = 0, nr = 0;
	char *cause = NULL;

	free(m->summary);
	m->summary = NULL;
	if (store_visit_drafts(app_store(app), &drafts, &nd, &cause) < 0 ||
	    store_referral_list(app_store(app), &f, &refs, &nr, &cause) < 0) {
		app_status_take(app, APP_MSG_ERROR, cause);
	} else {
		m->summary = trf(MSG_UI_VM_SUMMARY, nd, nr);
	}
	visit_draft_rows_free(drafts, nd);
	referral_list_free(refs, nr);
}

static void
vm_enter(struct screen *s, struct app *app, void *arg)
{
	struct vm *m = xcalloc(1, sizeof *m);

	(void)arg;
	m->menu.items = vm_items;
	m->menu.n = VM_COUNT;
	s->state = m;
	vm_count(m, app);
}

static void
vm_leave(struct screen *s, struct app *app)
{
	struct vm *m = s->state;

	(void)app;
	free(m->summary);
	free(m);
}

static void
vm_resume(struct screen *s, struct app *app)
{
	vm_count(s->state, app);
}

static void
vm_draw(struct screen *s, struct app *app)
{
	struct vm *m = s->state;
	int y = app_body_top(app) + 1;

	draw_text(y, 4, COLS - 8, tr(MSG_UI_VM_HEADING),
		  app_attr(app, APP_ATTR_HEADING), 0);
	if (m->summary != NULL)
		draw_text(y + 1, 4, COLS - 8, m->summary, A_NORMAL, 0);
	menu_draw(app, &m->menu, y + 3, 4, COLS - 8);
}

static void
vm_picked(struct app *app, const char *household_id, void *ctx)
{
	struct visit_start *a = xcalloc(1, sizeof *a);

	(void)ctx;
	a->household_id = xstrdup(household_id);
	app_push(app, &screen_visit, a);
}

static void
vm_choose(struct app *app, int item)
{
	struct household_pick *p;

	switch (item) {
	case VM_PRIORITY:
		app_push(app, &screen_priority_list, NULL);
		break;
	case VM_REFERRALS:
		app_push(app, &screen_referral_list, NULL);
		break;
	case VM_DRAFTS:
		app_push(app, &screen_visit_drafts, NULL);
		break;
	case VM_START:
		p = xcalloc(1, sizeof *p);
		p->title = MSG_UI_VM_PICK_TITLE;
		p->done = vm_picked;
		app_push(app, &screen_household_pick, p);
		break;
	default:
		break;
	}
}

static enum screen_result
vm_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct vm *m = s->state;
	int r = menu_key(&m->menu, k);

	if (r >= 0) {
		vm_choose(app, r);
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

static const struct keyhint vm_keys[] = {
	{"1-4", MSG_UI_KEY_CHOOSE},
	{"Enter", MSG_UI_KEY_OPEN},
	{"Esc", MSG_UI_KEY_BACK},
	{NULL, 0},
};

const struct screen_ops screen_visit_menu = {
	.name = "visit-menu",
	.enter = vm_enter,
	.leave = vm_leave,
	.draw = vm_draw,
	.key = vm_key,
	.resume = vm_resume,
	.title = MSG_UI_VM_TITLE,
	.help = MSG_UI_VM_HELP,
	.keys = vm_keys,
};
