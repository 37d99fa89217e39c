/*
 * screens/person_move: moving a member to another household: the
 * household list in pick mode chooses the target, then a one-field form
 * asks the new relation to its head and saves.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "store/db.h"
#include "store/household.h"
#include "store/person.h"
#include "ui/app.h"
#include "ui/dialog.h"
#include "ui/draw.h"
#include "ui/regtext.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

struct pm_arg {
	char *person_id;
	char *household_id; /* the target */
	char *from;         /* the household now: not offered */
};

static const struct field_spec pm_fields[] = {
	{"relation", MSG_UI_PF_RELATION, FIELD_CHOICE, 0, 20, 1,
	 regtext_relation_choices, NULL, MSG_UI_MV_RELATION_HELP},
};

struct pm {
	struct form form;
	struct pm_arg *arg;
	struct person p;
	char *target_head;
	int found;
};

static void
pm_enter(struct screen *s, struct app *app, void *arg)
{
	struct pm *f = xcalloc(1, sizeof *f);
	struct household h;
	struct person *m = NULL;
	size_t n = 0, i;
	char *cause = NULL;

	f->arg = arg;
	form_init(&f->form, pm_fields, 1);
	form_set(&f->form, 0, "famili");
	f->found = store_person_get(app_store(app), f->arg->person_id, &f->p,
				    &cause) > 0 &&
		   store_household_get(app_store(app), f->arg->household_id, &h,
				       &m, &n, &cause) > 0;
	if (cause != NULL)
		app_status_take(app, APP_MSG_ERROR, cause);
	for (i = 0; f->found && i < n; i++)
		if (m[i].status == PERSON_AKTIF &&
		    str_eq(m[i].relation, "kepala"))
			f->target_head = xstrdup(m[i].name);
	if (f->found)
		household_free(&h);
	person_list_free(m, n);
	if (f->target_head == NULL)
		f->target_head = xstrdup("-");
	s->state = f;
}

static void
pm_leave(struct screen *s, struct app *app)
{
	struct pm *f = s->state;

	(void)app;
	form_done(&f->form);
	person_free(&f->p);
	free(f->target_head);
	free(f->arg->person_id);
	free(f->arg->household_id);
	free(f->arg->from);
	free(f->arg);
	free(f);
}

static void
pm_draw(struct screen *s, struct app *app)
{
	struct pm *f = s->state;
	int y = app_body_top(app) + 1;

	if (!f->found)
		return;
	draw_textf(y, 2, COLS - 4, app_attr(app, APP_ATTR_HEADING),
		   MSG_UI_MV_HEADING, f->p.name, f->target_head);
	form_draw(app, &f->form, y + 2, 2, COLS - 4, y + 4);
}

static void
pm_save(struct pm *f, struct app *app)
{
	char *cause = NULL;
	int rc;

	rc = store_person_move(app_store(app), f->p.id, f->p.version,
			       f->arg->household_id, form_get(&f->form, 0),
			       &cause);
	if (rc < 0) {
		form_fail(&f->form, app, 0, cause);
		return;
	}
	app_statusf(app, APP_MSG_OK, MSG_UI_MV_SAVED, f->p.name);
	app_pop(app);
}

static enum screen_result
pm_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct pm *f = s->state;

	if (!k->fn && k->ch == 27) {
		app_pop(app);
		return SCREEN_HANDLED;
	}
	if (!f->found)
		return SCREEN_IGNORED;
	switch (form_key(&f->form, app, k)) {
	case FORM_KEY_SUBMIT:
		pm_save(f, app);
		return SCREEN_HANDLED;
	case FORM_KEY_USED:
		return SCREEN_HANDLED;
	default:
		return SCREEN_IGNORED;
	}
}

static const struct keyhint pm_keys[] = {
	{"F2/^S", MSG_UI_KEY_SAVE},
	{"Esc", MSG_UI_KEY_CANCEL},
	{NULL, 0},
};

static const struct screen_ops screen_person_move = {
	.name = "person-move",
	.enter = pm_enter,
	.leave = pm_leave,
	.draw = pm_draw,
	.key = pm_key,
	.title = MSG_UI_MV_TITLE,
	.help = MSG_UI_MV_HELP,
	.keys = pm_keys,
};

static void
pm_picked(struct app *app, const char *household_id, void *ctx)
{
	struct pm_arg *a = ctx;

	a->household_id = xstrdup(household_id);
	app_push(app, &screen_person_move, a);
}

static void
pm_cancelled(struct app *app, void *ctx)
{
	struct pm_arg *a = ctx;

	(void)app;
	free(a->person_id);
	free(a->from);
	free(a);
}

void
person_move_start(struct app *app, const char *person_id)
{
	struct household_pick *pick = xcalloc(1, sizeof *pick);
	struct pm_arg *a = xcalloc(1, sizeof *a);
	struct person p;
	char *cause = NULL;

	a->person_id = xstrdup(person_id);
	pick->title = MSG_UI_HH_PICK_TITLE;
	if (store_person_get(app_store(app), person_id, &p, &cause) > 0) {
		/* The list copies it when it opens; a lives until then. */
		a->from = xstrdup(p.household_id);
		pick->except_id = a->from;
	}
	free(cause);
	pick->done = pm_picked;
	pick->cancel = pm_cancelled;
	pick->ctx = a;
	app_push(app, &screen_household_pick, pick);
	person_free(&p);
}
