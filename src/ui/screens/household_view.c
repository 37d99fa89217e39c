/*
 * screens/household_view: one household: its address and facts, and its
 * members with age, sex and life stages at app_today(), active ones
 * first. The selected member's details (NIK, JKN, phone, pregnancy with
 * HPL and gestational age) show below the list. Member actions come from
 * the member_actions[] table (member_actions.c), so other parts of the
 * program add theirs without changing this screen; 'a' (add a member)
 * and 'h' (edit the household) belong to the household itself, as do
 * the household_actions[] (household_actions.c: a home visit, the
 * visits, the family health index). A line under the address says the
 * household's IKS and its last visit.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/pregnancy.h"
#include "store/db.h"
#include "store/household.h"
#include "store/person.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/regtext.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

struct hv {
	char *id;
	struct household h;
	struct person *m;
	size_t n;
	int found;
	struct list list;
	char *summary; /* the IKS and last visit line */
};

static void
hv_load(struct hv *v, struct app *app)
{
	char *cause = NULL;
	int rc;

	household_free(&v->h);
	person_list_free(v->m, v->n);
	v->m = NULL;
	v->n = 0;
	rc = store_household_get(app_store(app), v->id, &v->h, &v->m, &v->n,
				 &cause);
	if (rc < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	v->found = rc > 0;
	list_set_count(&v->list, (int)v->n);
	free(v->summary);
	v->summary = v->found ? visit_household_line(app, v->id) : NULL;
}

static void
hv_enter(struct screen *s, struct app *app, void *arg)
{
	struct hv *v = xcalloc(1, sizeof *v);

	v->id = arg;
	list_init(&v->list, 0);
	s->state = v;
	hv_load(v, app);
}

static void
hv_leave(struct screen *s, struct app *app)
{
	struct hv *v = s->state;

	(void)app;
	household_free(&v->h);
	person_list_free(v->m, v->n);
	free(v->summary);
	free(v->id);
	free(v);
}

static void
hv_resume(struct screen *s, struct app *app)
{
	hv_load(s->state, app);
}

static void
hv_member_row(struct app *app, void *ctx, int row, int y, int x, int w,
	      int selected)
{
	struct hv *v = ctx;
	const struct person *p = &v->m[row];
	int attr = selected ? app_attr(app, APP_ATTR_SELECTED) : (int)A_NORMAL;
	char age[32], stages[128], sex[2] = {p->sex, '\0'}, day[DATE_ISO_LEN];
	char *status = NULL;

	if (p->status != PERSON_AKTIF) {
		attr |= app_attr(app, APP_ATTR_DIM);
		status = trf(p->status == PERSON_PINDAH
				     ? MSG_UI_STATUS_PINDAH
				     : MSG_UI_STATUS_MENINGGAL,
			     date_format_ui(p->status_date, day));
	}
	regtext_age(p->dob, app_today(app), age, sizeof age);
	if (p->dob_estimated) {
		size_t len = strlen(age);

		snprintf(age + len, sizeof age - len, "~");
	}
	regtext_stages(person_lifestages(p, app_today(app)), stages,
		       sizeof stages);
	draw_text(y, x, 23, p->name, attr, 0);
	draw_text(y, x + 24, 10, regtext_relation(p->relation), attr, 0);
	draw_text(y, x + 35, 3, sex, attr, 0);
	draw_text(y, x + 39, 13, age, attr, 0);
	draw_text(y, x + 53, w - 53, status != NULL ? status : stages, attr, 0);
	free(status);
}

/* The household's address and facts on rows y.. y + 2. */
static void
hv_draw_household(struct hv *v, struct app *app, int y)
{
	const struct household *h = &v->h;
	char *line;
	int w = COLS - 4;

	line = trf(MSG_UI_HV_KK,
		   h->no_kk != NULL ? h->no_kk : tr(MSG_UI_HV_NO_KK));
	draw_text(y, 2, 34, line, app_attr(app, APP_ATTR_HEADING), 0);
	free(line);
	line = trf(MSG_UI_HV_POSYANDU, h->posyandu_name);
	draw_text(y, 38, COLS - 40, line, A_NORMAL, 0);
	free(line);
	line = trf(MSG_UI_HV_ADDRESS, h->address, h->rt, h->rw, h->dusun);
	draw_text(y + 1, 2, w, line, A_NORMAL, 0);
	free(line);
	line = trf(MSG_UI_HV_FACTS, regtext_fact(h->water_clean),
		   regtext_fact(h->latrine_healthy), regtext_fact(h->jkn_all),
		   regtext_fact(h->smoker_inside));
	draw_text(y + 2, 2, w, line, A_NORMAL, 0);
	free(line);
	if (v->summary != NULL)
		draw_text(y + 3, 2, w, v->summary, A_NORMAL, 0);
}

/* The selected member's details, two rows from y. */
static void
hv_draw_details(const struct person *p, struct app *app, int y)
{
	char dob[24], *line;

	regtext_dob(p->dob, p->dob_estimated, dob, sizeof dob);
	line = trf(MSG_UI_HV_SELECTED, p->name, p->nik != NULL ? p->nik : "-",
		   dob, p->dob_estimated ? tr(MSG_UI_ESTIMATED) : "",
		   p->jkn_no != NULL ? p->jkn_no : "-",
		   p->phone != NULL ? p->phone : "-");
	draw_text(y, 2, COLS - 4, line, A_NORMAL, 0);
	free(line);
	if (p->pregnant) {
		struct pregnancy_ga ga = {0, 0};
		char hpht[DATE_ISO_LEN], hpl[DATE_ISO_LEN];

		(void)pregnancy_ga(p->hpht, app_today(app), &ga);
		line = trf(MSG_UI_HV_PREGNANT, date_format_ui(p->hpht, hpht),
			   date_format_ui(p->hpl, hpl), ga.weeks, ga.days);
		draw_text(y + 1, 2, COLS - 4, line,
			  app_attr(app, APP_ATTR_HEADING), 0);
		free(line);
	}
}

/* "e Ubah anggota  s Pindah/meninggal ..." for the selected member. */
static void
hv_draw_actions(const struct person *p, struct app *app, int y)
{
	struct strbuf sb;
	const struct member_action *a;
	const struct household_action *ha;
	char *line;

	strbuf_init(&sb);
	strbuf_addf(&sb, "a %s  h %s", tr(MSG_UI_HV_ACT_ADD),
		    tr(MSG_UI_HV_ACT_HOUSEHOLD));
	for (ha = household_actions; ha->key != 0; ha++)
		strbuf_addf(&sb, "  %c %s", ha->key, tr(ha->label));
	for (a = member_actions; p != NULL && a->key != 0; a++)
		if (a->applies == NULL || a->applies(p, app_today(app)))
			strbuf_addf(&sb, "  %c %s", a->key, tr(a->label));
	line = trf(MSG_UI_HV_ACTIONS, sb.buf);
	draw_wrapped(y, 2, COLS - 4, 0, 2, line, app_attr(app, APP_ATTR_DIM));
	free(line);
	strbuf_done(&sb);
}

static void
hv_draw(struct screen *s, struct app *app)
{
	struct hv *v = s->state;
	int y = app_body_top(app), rows;
	char *line;

	if (!v->found) {
		draw_text(y + 1, 2, COLS - 4, tr(MSG_UI_HV_GONE), A_BOLD, 0);
		return;
	}
	hv_draw_household(v, app, y);
	line = trf(MSG_UI_HV_MEMBERS, v->n);
	draw_text(y + 4, 2, COLS - 4, line, A_BOLD, 0);
	free(line);
	draw_text(y + 5, 2, COLS - 4, tr(MSG_UI_HV_MEMBER_HEAD),
		  app_attr(app, APP_ATTR_HEADING), 0);
	rows = app_body_height(app) - 11;
	if (v->n == 0)
		draw_text(y + 6, 2, COLS - 4, tr(MSG_UI_HV_NO_MEMBERS),
			  app_attr(app, APP_ATTR_DIM), 0);
	list_draw(app, &v->list, y + 6, 2, rows, COLS - 4, hv_member_row, v);
	if (v->list.sel >= 0 && (size_t)v->list.sel < v->n)
		hv_draw_details(&v->m[v->list.sel], app, y + 6 + rows);
	hv_draw_actions(v->list.sel >= 0 && (size_t)v->list.sel < v->n
				? &v->m[v->list.sel]
				: NULL,
			app, y + 8 + rows);
}

static enum screen_result
hv_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct hv *v = s->state;
	const struct person *p;
	const struct member_action *a;
	const struct household_action *ha;
	struct person_form_arg *pa;

	if (list_key(&v->list, k))
		return SCREEN_HANDLED;
	if (!v->found || (k->fn && k->code != KEY_ENTER))
		return SCREEN_IGNORED;
	p = v->list.sel >= 0 && (size_t)v->list.sel < v->n ? &v->m[v->list.sel]
							   : NULL;
	if (!k->fn && (k->ch == 'a' || k->ch == 'h')) {
		if (k->ch == 'h') {
			app_push(app, &screen_household_form, xstrdup(v->id));
			return SCREEN_HANDLED;
		}
		pa = xcalloc(1, sizeof *pa);
		pa->household_id = xstrdup(v->id);
		pa->relation = v->n == 0 ? "kepala" : "anak";
		app_push(app, &screen_person_form, pa);
		return SCREEN_HANDLED;
	}
	for (ha = household_actions; !k->fn && ha->key != 0; ha++) {
		if ((int)k->ch == ha->key) {
			ha->run(app, &v->h);
			return SCREEN_HANDLED;
		}
	}
	if (!k->fn && k->ch == 'q') {
		app_pop(app);
		return SCREEN_HANDLED;
	}
	if (p == NULL)
		return SCREEN_IGNORED;
	for (a = member_actions; a->key != 0; a++) {
		/* Enter edits, as the first action does. */
		if ((k->fn && a == member_actions) ||
		    (!k->fn && (int)k->ch == a->key)) {
			if (a->applies != NULL &&
			    !a->applies(p, app_today(app))) {
				app_statusf(app, APP_MSG_ERROR, a->refused);
				return SCREEN_HANDLED;
			}
			a->run(app, p, &v->h);
			return SCREEN_HANDLED;
		}
	}
	return SCREEN_IGNORED;
}

static const struct keyhint hv_keys[] = {
	{"a", MSG_UI_HV_ACT_ADD},
	{"Enter", MSG_UI_KEY_EDIT},
	{"Esc", MSG_UI_KEY_BACK},
	{NULL, 0},
};

const struct screen_ops screen_household_view = {
	.name = "household-view",
	.enter = hv_enter,
	.leave = hv_leave,
	.draw = hv_draw,
	.key = hv_key,
	.resume = hv_resume,
	.title = MSG_UI_HV_TITLE,
	.help = MSG_UI_HV_HELP,
	.keys = hv_keys,
};
