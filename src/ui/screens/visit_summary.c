/*
 * screens/visit_summary: the last page of a home visit: the findings of
 * every member (rujuk and tindak lanjut, with what to do now), and for
 * each member to refer, where to (Pustu, Puskesmas, rumah sakit) and the
 * follow-up date (the visit date + 7 days unless changed). F2 saves the
 * whole visit in one transaction (store_visit_save).
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "core/i18n.h"
#include "core/priority.h"
#include "core/referral.h"
#include "core/validate.h"
#include "store/visit.h"
#include "ui/app.h"
#include "visit_int.h"

static const char *vs_dest_names[REFERRAL_DEST_COUNT];

/* The findings of one member (or the household) as information rows. */
static int
vs_add_findings(struct vs *v, const struct visit_finding *f, size_t n,
		const char *person_id, const char *group)
{
	size_t i;
	int added = 0;

	for (i = 0; i < n; i++) {
		int k;

		if (!str_eq(f[i].person_id, person_id))
			continue;
		k = vs_add(v, CLFIELD_INFO, VS_SLOT_INFO, group,
			   xstrdup(f[i].reason));
		v->f[k].mark = f[i].level == CHECKLIST_LEVEL_REFER
				       ? CLMARK_REFER
				       : CLMARK_FOLLOWUP;
		if (f[i].item->action == CHECKLIST_ACTION_SKILAS)
			v->slot[k].note = xstrdup(tr(MSG_UI_VS_DO_SKILAS));
		else if (f[i].item->action == CHECKLIST_ACTION_AKS)
			v->slot[k].note = xstrdup(tr(MSG_UI_VS_DO_AKS));
		v->f[k].note = v->slot[k].note;
		added++;
	}
	return added;
}

/* The destination and follow-up fields of a member to refer. */
static void
vs_add_referral(struct vs *v, int member, const char *reason)
{
	const char *pid = v->mem[member].p->id;
	const struct visit_dest *d = visit_work_dest(&v->w, pid);
	char *group = trf(MSG_UI_VS_GROUP_REFERRAL, v->mem[member].p->name);
	char day[DATE_ISO_LEN];
	int k, i;

	for (i = 0; i < REFERRAL_DEST_COUNT; i++)
		vs_dest_names[i] = referral_dest_name((enum referral_dest)i);
	k = vs_add(v, CLFIELD_INFO, VS_SLOT_INFO, group, xstrdup(reason));
	v->slot[k].group = group;
	k = vs_add(v, CLFIELD_CHOICE, VS_SLOT_DEST, group,
		   xstrdup(tr(MSG_UI_VS_DEST)));
	v->slot[k].member = member;
	v->f[k].choices = vs_dest_names;
	v->f[k].n_choices = REFERRAL_DEST_COUNT;
	v->f[k].set = 1;
	v->f[k].value = v->f[k].cursor =
		d != NULL ? (int)d->dest : (int)REFERRAL_PUSTU;
	v->f[k].help = tr(MSG_UI_VS_DEST_HELP);
	k = vs_add(v, CLFIELD_TEXT, VS_SLOT_FOLLOWUP, group,
		   xstrdup(tr(MSG_UI_VS_FOLLOWUP)));
	v->slot[k].member = member;
	v->f[k].maxlen = 10;
	v->f[k].help = tr(MSG_UI_VS_FOLLOWUP_HELP);
	v->slot[k].text = xstrdup(date_format_ui(
		d != NULL ? d->followup : priority_followup_date(v->w.on),
		day));
}

static int
vs_summary_check(void *ctx, int i, const char *text, char **cause)
{
	struct vs *v = ctx;
	struct date d;

	if (v->slot[i].kind != VS_SLOT_FOLLOWUP)
		return 0;
	return validate_date_range(text, v->w.on, date_add_days(v->w.on, 365),
				   &d, cause);
}

void
vs_summary_open(struct vs *v, struct app *app)
{
	struct visit_finding *f = NULL;
	size_t n = 0, i;
	int any = 0, refer = 0, k;
	char *cause = NULL;

	vs_prune(v);
	if (visit_check(&v->w, v->cl, NULL, &cause) < 0) {
		k = vs_add(v, CLFIELD_INFO, VS_SLOT_INFO, NULL, cause);
		v->f[k].mark = CLMARK_REFER;
	} else {
		visit_findings(&v->w, v->cl, &f, &n);
	}
	for (i = 0; i < v->nmem; i++)
		if (visit_work_is_present(&v->w, v->mem[i].p->id))
			any += vs_add_findings(v, f, n, v->mem[i].p->id,
					       v->mem[i].p->name) +
			       vs_add_links(v, app, (int)i, v->mem[i].p->name);
	any += vs_add_findings(v, f, n, NULL, tr(MSG_UI_VS_GROUP_HOUSEHOLD));
	if (any == 0)
		vs_add(v, CLFIELD_INFO, VS_SLOT_INFO, NULL,
		       xstrdup(tr(MSG_UI_VS_NO_FINDINGS)));
	for (i = 0; i < v->nmem; i++) {
		char *reason;

		if (!visit_work_is_present(&v->w, v->mem[i].p->id))
			continue;
		reason = visit_referral_reason(f, n, v->mem[i].p->id);
		if (reason == NULL)
			continue;
		vs_add_referral(v, (int)i, reason);
		free(reason);
		refer++;
	}
	vs_add(v, CLFIELD_INFO, VS_SLOT_INFO, tr(MSG_UI_VS_GROUP_SAVE),
	       trf(MSG_UI_VS_SAVE_HINT, refer));
	visit_findings_free(f, n);
	clform_init(&v->form, v->f, v->nf);
	v->form.ctx = v;
	v->form.check = vs_summary_check;
	for (k = 0; k < v->nf; k++)
		if (v->slot[k].text != NULL)
			clform_set_text(&v->form, k, v->slot[k].text);
	(void)app;
}

void
vs_summary_close(struct vs *v)
{
	struct date d;
	int i;

	for (i = 0; i + 1 < v->nf; i++) {
		const char *pid;

		if (v->slot[i].kind != VS_SLOT_DEST ||
		    v->slot[i + 1].kind != VS_SLOT_FOLLOWUP)
			continue;
		pid = v->mem[v->slot[i].member].p->id;
		if (date_parse_ui(clform_text(&v->form, i + 1), &d) < 0 ||
		    date_cmp(d, v->w.on) < 0)
			d = priority_followup_date(v->w.on);
		visit_work_set_dest(&v->w, pid,
				    (enum referral_dest)v->f[i].value, d);
	}
}

void
vs_save(struct vs *v, struct app *app)
{
	struct visit_saved out;
	char *cause = NULL;

	if (clform_check(&v->form, app) < 0)
		return;
	vs_page_close(v);
	vs_prune(v);
	if (store_visit_save(app_store(app), v->cl, &v->w, app_today(app), &out,
			     &cause) < 0) {
		vs_page_open(v, app);
		app_status_take(app, APP_MSG_ERROR, cause);
		return;
	}
	v->done = 1;
	if (out.already)
		app_statusf(app, APP_MSG_OK, MSG_UI_VS_ALREADY);
	else
		app_statusf(app, APP_MSG_OK, MSG_UI_VS_SAVED, out.findings,
			    out.referrals);
	app_pop(app);
}
