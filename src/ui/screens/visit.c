/*
 * screens/visit: a home visit to one household, page by page: the date
 * and who is present, each present member's checklist, the household
 * items, then the summary that saves (visit_page.c, visit_summary.c).
 * PgDn and PgUp turn pages (each page checked first), F2 goes to the
 * summary and saves there.
 *
 * Nothing typed is lost: the visit is a draft from the moment it starts
 * (store_visit_draft_save gives it the id the visit will be saved
 * under), written again at every page turn and when the screen is left
 * for any reason -- Esc, a user switch, quitting. A draft is resumed from
 * the Kunjungan rumah menu or by starting a visit to the same household
 * again; a draft with nothing in it is removed.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "core/i18n.h"
#include "store/db.h"
#include "store/visit.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "util.h"
#include "visit_int.h"

static void
vs_members_load(struct vs *v, struct app *app)
{
	char *cause = NULL;
	size_t i;
	int rc;

	rc = store_household_get(app_store(app), v->w.household_id, &v->h,
				 &v->m, &v->nm, &cause);
	if (rc < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	v->found = rc > 0;
	v->mem = xcalloc(v->nm ? v->nm : 1, sizeof *v->mem);
	for (i = 0; i < v->nm; i++)
		if (v->m[i].status == PERSON_AKTIF)
			v->mem[v->nmem++].p = &v->m[i];
}

/* Writes the draft; a visit with nothing in it keeps no draft. */
static int
vs_keep_draft(struct vs *v, struct app *app)
{
	char *cause = NULL;

	if (visit_work_empty(&v->w)) {
		if (v->w.id[0] != '\0')
			(void)store_visit_draft_discard(app_store(app), v->w.id,
							&cause);
		free(cause);
		return 0;
	}
	v->w.page = v->cur;
	if (store_visit_draft_save(app_store(app), &v->w, &cause) < 0) {
		app_status_take(app, APP_MSG_ERROR, cause);
		return -1;
	}
	return 1;
}

/* Opens a draft (arg->draft_id), the user's draft for the household, or
 * a new visit dated today. */
static void
vs_start(struct vs *v, struct app *app, const struct visit_start *arg)
{
	char id[VISIT_ID_LEN], *cause = NULL;
	const char *draft = arg->draft_id;
	int rc = 0;

	if (draft == NULL &&
	    store_visit_draft_find(app_store(app), arg->household_id, id,
				   &cause) > 0)
		draft = id;
	free(cause);
	cause = NULL;
	if (draft != NULL) {
		rc = store_visit_draft_get(app_store(app), draft, &v->w,
					   &cause);
		if (rc < 0)
			app_status_take(app, APP_MSG_ERROR, cause);
		else if (rc > 0)
			app_statusf(app, APP_MSG_INFO, MSG_UI_VS_RESUMED);
	}
	if (rc <= 0) {
		visit_work_done(&v->w);
		visit_work_init(&v->w);
		str_copy(v->w.household_id, arg->household_id,
			 sizeof v->w.household_id);
		v->w.on = app_today(app);
	}
}

static void
vs_enter(struct screen *s, struct app *app, void *arg)
{
	struct visit_start *a = arg;
	struct vs *v = xcalloc(1, sizeof *v);

	s->state = v;
	v->app = app;
	v->today = app_today(app);
	v->cl = app_settings(app)->checklists;
	visit_work_init(&v->w);
	vs_start(v, app, a);
	vs_members_load(v, app);
	if (v->found) {
		vs_members_update(v, app);
		vs_pages_build(v);
		v->cur = v->w.page < v->npages ? v->w.page : 0;
		vs_page_open(v, app);
	}
	free(a->household_id);
	free(a->draft_id);
	free(a);
}

static void
vs_leave(struct screen *s, struct app *app)
{
	struct vs *v = s->state;
	size_t i;

	if (v->found && !v->done) {
		vs_page_close(v);
		if (vs_keep_draft(v, app) > 0)
			app_statusf(app, APP_MSG_INFO, MSG_UI_VS_DRAFT_KEPT);
	}
	vs_fields_free(v);
	for (i = 0; i < v->nmem; i++)
		free(v->mem[i].line);
	free(v->mem);
	free(v->pages);
	household_free(&v->h);
	person_list_free(v->m, v->nm);
	visit_work_done(&v->w);
	free(v->title);
	free(v);
}

/* vs_goto's `to` for the summary, however many pages there will be. */
#define VS_SUMMARY_PAGE (-2)

/*
 * Checks the page, keeps the draft and opens page `to` (VS_SUMMARY_PAGE:
 * the last one, counted after leaving the first page, which decides who
 * is present and so how many pages there are).
 */
static void
vs_goto(struct vs *v, struct app *app, int to)
{
	int summary = to == VS_SUMMARY_PAGE;

	if (summary)
		to = v->npages - 1;
	if (to < 0 || to >= v->npages || to == v->cur)
		return;
	if (clform_check(&v->form, app) < 0)
		return;
	vs_page_close(v);
	if (v->pages[v->cur].kind == VS_START) {
		if (v->w.present.n == 0) {
			vs_page_open(v, app);
			app_statusf(app, APP_MSG_ERROR, MSG_VIS_NOBODY);
			return;
		}
		vs_members_update(v, app);
		vs_pages_build(v);
		if (summary || to >= v->npages)
			to = v->npages - 1;
	}
	v->cur = to;
	(void)vs_keep_draft(v, app);
	vs_page_open(v, app);
}

static void
vs_draw(struct screen *s, struct app *app)
{
	struct vs *v = s->state;
	int y = app_body_top(app), h = app_body_height(app);
	char *line;

	if (!v->found) {
		draw_text(y + 1, 2, COLS - 4, tr(MSG_UI_HV_GONE), A_BOLD, 0);
		return;
	}
	line = vs_page_heading(v);
	draw_text(y, 1, COLS - 2, line, app_attr(app, APP_ATTR_HEADING), 1);
	free(line);
	clform_draw(app, &v->form, y + 1, 1, h - 3, COLS - 2, y + h - 2);
}

static void
vs_cursor(struct screen *s, struct app *app, int *y, int *x)
{
	struct vs *v = s->state;

	(void)app;
	clform_cursor(&v->form, y, x);
}

/*
 * F4 on a lansia's page opens the screening the checklist asks for: AKS
 * when the item in focus is the AKS one, else SKILAS. The visit stays
 * open underneath; its page is rebuilt on return (vs_resume), so the
 * last SKILAS shown is the one just recorded.
 */
static void
vs_open_screening(struct vs *v, struct app *app)
{
	const struct vs_page *pg = &v->pages[v->cur];
	const struct checklist_item *it = NULL;
	const struct vs_member *m;

	if (pg->kind != VS_MEMBER ||
	    !((m = &v->mem[pg->member])->who.stages & LIFESTAGE_LANSIA)) {
		app_statusf(app, APP_MSG_ERROR, MSG_UI_VS_SCREEN_LANSIA);
		return;
	}
	if (v->form.focus >= 0 && v->slot[v->form.focus].kind == VS_SLOT_ITEM)
		it = v->slot[v->form.focus].item;
	if (clform_check(&v->form, app) < 0)
		return;
	vs_page_close(v);
	(void)vs_keep_draft(v, app);
	vs_page_open(v, app);
	app_push(app,
		 it != NULL && it->action == CHECKLIST_ACTION_AKS
			 ? &screen_aks
			 : &screen_skilas,
		 xstrdup(m->p->id));
}

static void
vs_resume(struct screen *s, struct app *app)
{
	struct vs *v = s->state;

	if (!v->found)
		return;
	vs_page_close(v);
	vs_page_open(v, app);
}

static enum screen_result
vs_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct vs *v = s->state;
	int last;

	if (!k->fn && k->ch == 27) {
		app_pop(app);
		return SCREEN_HANDLED;
	}
	if (!v->found)
		return SCREEN_IGNORED;
	last = v->npages - 1;
	if ((k->fn && k->code == KEY_F(2)) ||
	    (!k->fn && k->ch == UI_CTRL('s'))) {
		if (v->cur == last)
			vs_save(v, app);
		else
			vs_goto(v, app, VS_SUMMARY_PAGE);
		return SCREEN_HANDLED;
	}
	if ((k->fn && k->code == KEY_F(4)) ||
	    (!k->fn && k->ch == UI_CTRL('o'))) {
		vs_open_screening(v, app);
		return SCREEN_HANDLED;
	}
	if ((k->fn && k->code == KEY_NPAGE) ||
	    (!k->fn && k->ch == UI_CTRL('n'))) {
		vs_goto(v, app, v->cur + 1);
		return SCREEN_HANDLED;
	}
	if ((k->fn && k->code == KEY_PPAGE) ||
	    (!k->fn && k->ch == UI_CTRL('p'))) {
		vs_goto(v, app, v->cur - 1);
		return SCREEN_HANDLED;
	}
	switch (clform_key(&v->form, app, k)) {
	case CLFORM_NEXT:
		if (v->cur < last)
			vs_goto(v, app, v->cur + 1);
		return SCREEN_HANDLED;
	case CLFORM_USED:
		return SCREEN_HANDLED;
	case CLFORM_IGNORED:
		break;
	}
	return SCREEN_IGNORED;
}

static const char *
vs_title(struct screen *s)
{
	struct vs *v = s->state;
	size_t i;

	if (v->title == NULL) {
		const char *head = "";

		for (i = 0; i < v->nmem; i++)
			if (str_eq(v->mem[i].p->relation, "kepala"))
				head = v->mem[i].p->name;
		v->title = trf(MSG_UI_VS_TITLE_OF, head[0] != '\0' ? head
						   : v->h.address ? v->h.address
								  : "");
	}
	return v->title;
}

static const struct keyhint vs_keys[] = {
	{"PgDn/^N", MSG_UI_KEY_VS_NEXT}, {"PgUp/^P", MSG_UI_KEY_VS_PREV},
	{"F2/^S", MSG_UI_KEY_VS_SAVE},   {"F4/^O", MSG_UI_KEY_VS_SCREEN},
	{"Esc", MSG_UI_KEY_VS_DRAFT},    {NULL, 0},
};

const struct screen_ops screen_visit = {
	.name = "visit",
	.enter = vs_enter,
	.leave = vs_leave,
	.draw = vs_draw,
	.key = vs_key,
	.resume = vs_resume,
	.cursor = vs_cursor,
	.title = MSG_UI_VS_TITLE,
	.title_fn = vs_title,
	.help = MSG_UI_VS_HELP,
	.keys = vs_keys,
};
