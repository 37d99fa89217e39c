/*
 * screens/visit_page: the pages of a home visit built as question forms
 * (ui/clform) from the checklists: the date and the members present, then
 * each present member's items (their life stages at the visit date
 * choose them, core/visit), then the household items. Every answer is
 * marked RUJUK or TINDAK LANJUT as it is typed (checklist_outcome), and
 * an item with an action (SKILAS, AKS) says what to do now. A child's
 * late and catch-up doses, and a lansia's last SKILAS, come from
 * store_visit_imm() and store_visit_skilas().
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "core/i18n.h"
#include "core/lifestage.h"
#include "core/validate.h"
#include "store/visit.h"
#include "ui/app.h"
#include "ui/regtext.h"
#include "visit_int.h"

void
vs_members_update(struct vs *v, struct app *app)
{
	size_t i;

	(void)app;
	for (i = 0; i < v->nmem; i++) {
		struct vs_member *m = &v->mem[i];
		char age[32], stages[160];

		m->who.stages = person_lifestages(m->p, v->w.on);
		m->who.sex = m->p->sex;
		m->who.age_months = date_age_months(m->p->dob, v->w.on);
		regtext_age(m->p->dob, v->w.on, age, sizeof age);
		regtext_stages(m->who.stages, stages, sizeof stages);
		free(m->line);
		m->line = trf(MSG_UI_VS_MEMBER_LINE, m->p->name,
			      regtext_relation(m->p->relation), m->p->sex, age,
			      stages[0] != '\0' ? stages : "-");
	}
}

void
vs_pages_build(struct vs *v)
{
	size_t i;

	free(v->pages);
	v->pages = xcalloc(v->nmem + 3, sizeof *v->pages);
	v->npages = 0;
	v->pages[v->npages++].kind = VS_START;
	for (i = 0; i < v->nmem; i++) {
		if (!visit_work_is_present(&v->w, v->mem[i].p->id))
			continue;
		v->pages[v->npages].kind = VS_MEMBER;
		v->pages[v->npages++].member = (int)i;
	}
	v->pages[v->npages++].kind = VS_HOUSEHOLD;
	v->pages[v->npages++].kind = VS_SUMMARY;
	if (v->cur >= v->npages)
		v->cur = v->npages - 1;
}

int
vs_add(struct vs *v, enum clfield_kind kind, enum vs_slot_kind what,
       const char *group, char *label)
{
	int i = v->nf;

	if (v->nf == v->capf) {
		v->capf = v->capf ? v->capf * 2 : 16;
		v->f = xreallocarray(v->f, (size_t)v->capf, sizeof *v->f);
		v->slot = xreallocarray(v->slot, (size_t)v->capf,
					sizeof *v->slot);
	}
	memset(&v->f[i], 0, sizeof v->f[i]);
	memset(&v->slot[i], 0, sizeof v->slot[i]);
	v->f[i].kind = kind;
	v->f[i].group = group;
	v->f[i].label = label;
	v->slot[i].kind = what;
	v->slot[i].label = label;
	v->slot[i].member = -1;
	v->nf++;
	return i;
}

void
vs_fields_free(struct vs *v)
{
	int i;

	clform_done(&v->form);
	for (i = 0; i < v->nf; i++) {
		free(v->slot[i].label);
		free(v->slot[i].choices);
		free(v->slot[i].note);
		free(v->slot[i].group);
		free(v->slot[i].text);
	}
	free(v->f);
	free(v->slot);
	v->f = NULL;
	v->slot = NULL;
	v->nf = v->capf = 0;
}

/* ---- an item's field and its answer ---------------------------------------
 */

static const char *
vs_person_id(const struct vs *v, int member)
{
	return member >= 0 ? v->mem[member].p->id : NULL;
}

/*
 * The answer in field i: 1 answered (*a set), 0 not answered, -1 typed
 * text that is not a valid answer.
 */
static int
vs_field_answer(struct vs *v, int i, struct checklist_answer *a)
{
	const struct clfield *f = &v->f[i];
	const struct checklist_item *it = v->slot[i].item;
	char *why = NULL;
	int rc = 1;

	memset(a, 0, sizeof *a);
	switch (f->kind) {
	case CLFIELD_YESNO:
		a->yes = f->value;
		break;
	case CLFIELD_CHOICE:
		a->choice = f->value;
		break;
	case CLFIELD_MULTI:
		a->mask = f->mask;
		break;
	case CLFIELD_TEXT:
		if (checklist_parse_answer(it, clform_text(&v->form, i), a,
					   &why) < 0)
			rc = -1;
		else if (!a->set)
			rc = 0;
		free(why);
		why = NULL;
		if (rc <= 0)
			return rc;
		break;
	case CLFIELD_INFO:
		return 0;
	}
	if (f->kind != CLFIELD_TEXT) {
		if (!f->set)
			return 0;
		a->set = 1;
	}
	if (checklist_check_answer(it, a, &why) < 0) {
		free(why);
		return -1;
	}
	return 1;
}

/* The mark and note of item field i from its answer. */
static void
vs_mark(struct vs *v, int i)
{
	struct checklist_answer a;
	const struct checklist_item *it = v->slot[i].item;
	enum checklist_level level = CHECKLIST_LEVEL_NONE;

	if (vs_field_answer(v, i, &a) > 0)
		level = checklist_outcome(it, &a, NULL);
	v->f[i].mark = level == CHECKLIST_LEVEL_REFER      ? CLMARK_REFER
		       : level == CHECKLIST_LEVEL_FOLLOWUP ? CLMARK_FOLLOWUP
							   : CLMARK_NONE;
	free(v->slot[i].note);
	v->slot[i].note = NULL;
	if (level >= CHECKLIST_LEVEL_FOLLOWUP &&
	    it->action == CHECKLIST_ACTION_SKILAS)
		v->slot[i].note = xstrdup(tr(MSG_UI_VS_DO_SKILAS));
	else if (level >= CHECKLIST_LEVEL_FOLLOWUP &&
		 it->action == CHECKLIST_ACTION_AKS)
		v->slot[i].note = xstrdup(tr(MSG_UI_VS_DO_AKS));
	v->f[i].note = v->slot[i].note;
}

/* Puts a stored answer text into field i (the editors exist). */
static void
vs_fill(struct vs *v, int i, const char *text)
{
	struct clfield *f = &v->f[i];
	struct checklist_answer a;
	char *why = NULL;

	if (text == NULL)
		return;
	if (f->kind == CLFIELD_TEXT) {
		clform_set_text(&v->form, i, text);
	} else if (checklist_parse_answer(v->slot[i].item, text, &a, &why) ==
			   0 &&
		   a.set) {
		f->set = 1;
		f->value = f->kind == CLFIELD_YESNO ? a.yes : a.choice;
		f->cursor = f->kind == CLFIELD_CHOICE ? a.choice : 0;
		f->mask = a.mask;
	}
	free(why);
	vs_mark(v, i);
}

static void
vs_add_item(struct vs *v, const struct checklist *list,
	    const struct checklist_item *it, int member)
{
	static const enum clfield_kind kinds[] = {
		[CHECKLIST_YESNO] = CLFIELD_YESNO,
		[CHECKLIST_NUMBER] = CLFIELD_TEXT,
		[CHECKLIST_CHOICE] = CLFIELD_CHOICE,
		[CHECKLIST_MULTI] = CLFIELD_MULTI,
	};
	int i = vs_add(v, kinds[it->kind], VS_SLOT_ITEM, checklist_title(list),
		       xstrdup(checklist_item_text(it)));
	int k;

	v->slot[i].item = it;
	v->slot[i].member = member;
	v->f[i].help = checklist_item_help(it);
	if (it->kind == CHECKLIST_NUMBER) {
		v->f[i].unit = it->unit;
		v->f[i].maxlen = 12;
	}
	if (it->n_choices > 0) {
		v->slot[i].choices =
			xcalloc((size_t)it->n_choices, sizeof(char *));
		for (k = 0; k < it->n_choices; k++)
			v->slot[i].choices[k] = checklist_choice_text(it, k);
		v->f[i].choices = v->slot[i].choices;
		v->f[i].n_choices = it->n_choices;
	}
}

int
vs_add_links(struct vs *v, struct app *app, int member, const char *group)
{
	const struct vs_member *m = &v->mem[member];
	char *cause = NULL;
	int marked = 0;

	if (m->who.stages & LIFESTAGE_BALITA) {
		struct visit_imm imm;

		visit_imm_init(&imm);
		if (store_visit_imm(app_store(app), app_settings(app)->schedule,
				    m->p->id, v->w.on, &imm, &cause) < 0)
			app_status_take(app, APP_MSG_ERROR, cause);
		if (imm.late.n > 0 || imm.catchup.n > 0) {
			struct strbuf sb;
			size_t k;

			strbuf_init(&sb);
			for (k = 0; k < imm.late.n; k++)
				strbuf_addf(&sb, "%s%s", sb.len ? ", " : "",
					    imm.late.v[k]);
			for (k = 0; k < imm.catchup.n; k++)
				strbuf_addf(&sb, "%s%s (%s)",
					    sb.len ? ", " : "",
					    imm.catchup.v[k],
					    tr(MSG_UI_VS_CATCHUP));
			vs_add(v, CLFIELD_INFO, VS_SLOT_INFO, group,
			       trf(MSG_UI_VS_DOFU, sb.buf));
			v->f[v->nf - 1].mark = CLMARK_FOLLOWUP;
			marked++;
			strbuf_done(&sb);
		}
		visit_imm_done(&imm);
	}
	if (m->who.stages & LIFESTAGE_LANSIA) {
		struct date last;
		char day[DATE_ISO_LEN];
		int rc = store_visit_skilas(app_store(app), m->p->id, &last,
					    &cause);

		if (rc < 0)
			app_status_take(app, APP_MSG_ERROR, cause);
		else if (rc > 0)
			vs_add(v, CLFIELD_INFO, VS_SLOT_INFO, group,
			       trf(MSG_UI_VS_LAST_SKILAS,
				   date_format_ui(last, day)));
		else {
			vs_add(v, CLFIELD_INFO, VS_SLOT_INFO, group,
			       xstrdup(tr(MSG_UI_VS_NO_SKILAS)));
			v->f[v->nf - 1].mark = CLMARK_FOLLOWUP;
			marked++;
		}
	}
	return marked;
}

static void
vs_build_items(struct vs *v, int member)
{
	struct visit_items items;
	size_t k;

	visit_items(v->cl, member >= 0 ? &v->mem[member].who : NULL, &items);
	for (k = 0; k < items.n; k++)
		vs_add_item(v, items.list[k], items.item[k], member);
	if (items.n == 0)
		vs_add(v, CLFIELD_INFO, VS_SLOT_INFO, NULL,
		       xstrdup(tr(MSG_UI_VS_NO_ITEMS)));
	visit_items_done(&items);
}

static void
vs_build_start(struct vs *v)
{
	size_t i;
	int k;

	k = vs_add(v, CLFIELD_TEXT, VS_SLOT_DATE, tr(MSG_UI_VS_GROUP_VISIT),
		   xstrdup(tr(MSG_UI_VS_DATE)));
	v->f[k].maxlen = 10;
	v->f[k].help = tr(MSG_UI_VS_DATE_HELP);
	for (i = 0; i < v->nmem; i++) {
		k = vs_add(v, CLFIELD_YESNO, VS_SLOT_PRESENT,
			   tr(MSG_UI_VS_GROUP_PRESENT), NULL);
		v->f[k].label = v->mem[i].line;
		v->f[k].help = tr(MSG_UI_VS_PRESENT_HELP);
		v->slot[k].member = (int)i;
	}
	if (v->nmem == 0)
		vs_add(v, CLFIELD_INFO, VS_SLOT_INFO, NULL,
		       xstrdup(tr(MSG_UI_VS_NO_MEMBERS)));
}

/* ---- callbacks ------------------------------------------------------------
 */

static int
vs_check(void *ctx, int i, const char *text, char **cause)
{
	struct vs *v = ctx;
	struct checklist_answer a;
	struct date d, today = v->today;

	switch (v->slot[i].kind) {
	case VS_SLOT_DATE:
		return validate_date_range(
			text, date_add_days(today, -VISIT_MAX_AGE_DAYS), today,
			&d, cause);
	case VS_SLOT_ITEM:
		if (checklist_parse_answer(v->slot[i].item, text, &a, cause) <
		    0)
			return -1;
		return checklist_check_answer(v->slot[i].item, &a, cause);
	default:
		return 0;
	}
}

static void
vs_changed(void *ctx, int i)
{
	struct vs *v = ctx;
	struct date d;
	int k;

	if (v->slot[i].kind == VS_SLOT_ITEM) {
		vs_mark(v, i);
		return;
	}
	if (v->slot[i].kind != VS_SLOT_DATE ||
	    date_parse_ui(clform_text(&v->form, i), &d) < 0)
		return;
	/* the members' stages at the date being typed */
	v->w.on = d;
	vs_members_update(v, v->app);
	for (k = 0; k < v->nf; k++)
		if (v->slot[k].kind == VS_SLOT_PRESENT)
			v->f[k].label = v->mem[v->slot[k].member].line;
}

/* ---- opening and closing a page ------------------------------------------ */

void
vs_page_open(struct vs *v, struct app *app)
{
	const struct vs_page *pg = &v->pages[v->cur];
	char day[DATE_ISO_LEN];
	int i;

	vs_fields_free(v);
	switch (pg->kind) {
	case VS_START:
		vs_build_start(v);
		break;
	case VS_MEMBER:
		(void)vs_add_links(v, app, pg->member, NULL);
		vs_build_items(v, pg->member);
		break;
	case VS_HOUSEHOLD:
		vs_build_items(v, -1);
		break;
	case VS_SUMMARY:
		vs_summary_open(v, app);
		return;
	}
	clform_init(&v->form, v->f, v->nf);
	v->form.check = vs_check;
	v->form.changed = vs_changed;
	v->form.ctx = v;
	for (i = 0; i < v->nf; i++) {
		switch (v->slot[i].kind) {
		case VS_SLOT_DATE:
			clform_set_text(&v->form, i,
					date_format_ui(v->w.on, day));
			break;
		case VS_SLOT_PRESENT:
			v->f[i].set = 1;
			v->f[i].value = visit_work_is_present(
				&v->w, v->mem[v->slot[i].member].p->id);
			break;
		case VS_SLOT_ITEM:
			vs_fill(v, i,
				visit_work_answer(
					&v->w,
					vs_person_id(v, v->slot[i].member),
					v->slot[i].item->id));
			break;
		default:
			break;
		}
	}
}

void
vs_page_close(struct vs *v)
{
	struct checklist_answer a;
	struct date d;
	int i;

	if (v->nf > 0 && v->pages[v->cur].kind == VS_SUMMARY)
		vs_summary_close(v);
	for (i = 0; i < v->nf; i++) {
		const struct vs_slot *s = &v->slot[i];
		char *text;
		int rc;

		switch (s->kind) {
		case VS_SLOT_DATE:
			if (date_parse_ui(clform_text(&v->form, i), &d) == 0)
				v->w.on = d;
			break;
		case VS_SLOT_PRESENT:
			visit_work_set_present(&v->w, v->mem[s->member].p->id,
					       v->f[i].set && v->f[i].value);
			break;
		case VS_SLOT_ITEM:
			rc = vs_field_answer(v, i, &a);
			text = rc > 0   ? checklist_format_answer(s->item, &a)
			       : rc < 0 ? xstrdup(clform_text(&v->form, i))
					: NULL;
			visit_work_set_answer(&v->w, vs_person_id(v, s->member),
					      s->item->id, text);
			free(text);
			break;
		default:
			break;
		}
	}
	vs_fields_free(v);
}

void
vs_prune(struct vs *v)
{
	struct visit_work *w = &v->w;
	size_t i = 0, k;

	while (i < w->na) {
		const struct checklist_item *it =
			checklist_find_item(v->cl, w->a[i].item);
		int keep = it != NULL;

		if (keep && w->a[i].person_id != NULL) {
			keep = 0;
			for (k = 0; k < v->nmem; k++)
				if (str_eq(v->mem[k].p->id, w->a[i].person_id))
					keep = visit_work_is_present(
						       w, w->a[i].person_id) &&
					       checklist_applies(
						       it, v->mem[k].who.stages,
						       v->mem[k].who.sex,
						       v->mem[k]
							       .who.age_months);
		}
		if (keep) {
			i++;
		} else {
			char *pid = w->a[i].person_id != NULL
					    ? xstrdup(w->a[i].person_id)
					    : NULL;
			char *item = xstrdup(w->a[i].item);

			visit_work_set_answer(w, pid, item, NULL);
			free(pid);
			free(item);
		}
	}
}

char *
vs_page_heading(const struct vs *v)
{
	const struct vs_page *pg = &v->pages[v->cur];
	char day[DATE_ISO_LEN];

	date_format_ui(v->w.on, day);
	switch (pg->kind) {
	case VS_START:
		return trf(MSG_UI_VS_HEAD_START, v->cur + 1, v->npages);
	case VS_MEMBER:
		return trf(MSG_UI_VS_HEAD_MEMBER, v->cur + 1, v->npages, day,
			   v->mem[pg->member].line);
	case VS_HOUSEHOLD:
		return trf(MSG_UI_VS_HEAD_HOUSEHOLD, v->cur + 1, v->npages,
			   day);
	case VS_SUMMARY:
		break;
	}
	return trf(MSG_UI_VS_HEAD_SUMMARY, v->cur + 1, v->npages, day);
}
