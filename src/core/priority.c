/*
 * priority: the rules of the priority visit list (ILP.md §4) applied to
 * facts the store gathered, and the order of the list. The boundaries
 * are described in include/core/priority.h.
 */
#include "core/priority.h"

#include <limits.h>
#include <stdlib.h>

#include "core/i18n.h"
#include "core/lifestage.h"
#include "util.h"

struct date
priority_followup_date(struct date referred)
{
	return date_add_days(referred, PRIORITY_FOLLOWUP_DAYS);
}

int
priority_followup_past(struct date followup, struct date today)
{
	return date_cmp(today, followup) > 0;
}

static size_t
priority_add(struct priority_reason *out, size_t n, size_t max,
	     enum priority_rule rule, long member, long days, int count)
{
	if (n < max) {
		out[n].rule = rule;
		out[n].member = member;
		out[n].days = days;
		out[n].count = count;
	}
	return n + 1;
}

size_t
priority_person_reasons(const struct priority_person *p, long member,
			struct date today, struct priority_reason *out,
			size_t max)
{
	size_t n = 0;
	int dofu = p->late_doses + p->catchup_doses;

	if ((p->stages & LIFESTAGE_NEONATUS) && !p->visited)
		n = priority_add(out, n, max, PRIORITY_NEONATUS, member, -1, 0);
	if ((p->stages & LIFESTAGE_HAMIL) && p->open_referrals > 0)
		n = priority_add(out, n, max, PRIORITY_HAMIL_RUJUKAN, member, 0,
				 p->open_referrals);
	if (p->open_referrals > 0 && priority_followup_past(p->followup, today))
		n = priority_add(out, n, max, PRIORITY_RUJUKAN_LEWAT, member,
				 date_diff_days(p->followup, today),
				 p->open_referrals);
	if ((p->stages & LIFESTAGE_HAMIL) && !p->visited)
		n = priority_add(out, n, max, PRIORITY_HAMIL_KUNJUNGAN, member,
				 -1, 0);
	else if ((p->stages & LIFESTAGE_HAMIL) &&
		 date_diff_days(p->last_visit, today) >= PRIORITY_HAMIL_DAYS)
		n = priority_add(out, n, max, PRIORITY_HAMIL_KUNJUNGAN, member,
				 date_diff_days(p->last_visit, today), 0);
	if (dofu > 0)
		n = priority_add(out, n, max, PRIORITY_DOFU, member, 0, dofu);
	if (p->stages & LIFESTAGE_LANSIA) {
		if (!p->skilas_done)
			n = priority_add(out, n, max, PRIORITY_LANSIA_SKILAS,
					 member, -1, 0);
		else if (date_cmp(today,
				  date_add_months(p->last_skilas,
						  PRIORITY_SKILAS_MONTHS)) > 0)
			n = priority_add(
				out, n, max, PRIORITY_LANSIA_SKILAS, member,
				date_diff_days(p->last_skilas, today), 0);
	}
	return n < max ? n : max;
}

/* How pressing a reason is within its rule: never beats any number of
 * days; for DOFU, more doses first. */
static long
priority_urgency(const struct priority_reason *r)
{
	if (r->rule == PRIORITY_DOFU)
		return r->count;
	return r->days < 0 ? LONG_MAX : r->days;
}

static int
priority_reason_cmp(const void *pa, const void *pb)
{
	const struct priority_reason *a = pa, *b = pb;
	long ua = priority_urgency(a), ub = priority_urgency(b);

	if (a->rule != b->rule)
		return a->rule < b->rule ? -1 : 1;
	if (ua != ub)
		return ua > ub ? -1 : 1;
	if (a->member != b->member)
		return a->member < b->member ? -1 : 1;
	return 0;
}

/* Households by their most urgent reason, then in the caller's order. */
static int
priority_entry_cmp(const void *pa, const void *pb)
{
	const struct priority_entry *ea = pa, *eb = pb;
	const struct priority_reason *a = &ea->reasons[0], *b = &eb->reasons[0];
	long ua = priority_urgency(a), ub = priority_urgency(b);

	if (a->rule != b->rule)
		return a->rule < b->rule ? -1 : 1;
	if (ua != ub)
		return ua > ub ? -1 : 1;
	if (ea->household != eb->household)
		return ea->household < eb->household ? -1 : 1;
	return 0;
}

void
priority_build(const struct priority_household *h, size_t n, struct date today,
	       struct priority_list *out)
{
	size_t i, j;

	out->v = xcalloc(n ? n : 1, sizeof *out->v);
	out->n = 0;
	for (i = 0; i < n; i++) {
		struct priority_entry *e = &out->v[out->n];
		size_t cap = (h[i].n_members + 1) * PRIORITY_RULE_COUNT;

		e->household = i;
		e->reasons = xcalloc(cap, sizeof *e->reasons);
		e->n_reasons = 0;
		for (j = 0; j < h[i].n_members; j++)
			e->n_reasons += priority_person_reasons(
				&h[i].members[j], (long)j, today,
				e->reasons + e->n_reasons, cap - e->n_reasons);
		if (!h[i].visited)
			e->n_reasons =
				priority_add(e->reasons, e->n_reasons, cap,
					     PRIORITY_RUMAH_BARU, -1, -1, 0);
		if (e->n_reasons == 0) {
			free(e->reasons);
			e->reasons = NULL;
			continue;
		}
		qsort(e->reasons, e->n_reasons, sizeof *e->reasons,
		      priority_reason_cmp);
		out->n++;
	}
	qsort(out->v, out->n, sizeof *out->v, priority_entry_cmp);
}

void
priority_list_done(struct priority_list *list)
{
	size_t i;

	if (list == NULL)
		return;
	for (i = 0; i < list->n; i++)
		free(list->v[i].reasons);
	free(list->v);
	list->v = NULL;
	list->n = 0;
}

char *
priority_reason_text(const struct priority_reason *r,
		     const struct priority_person *members)
{
	const char *name = NULL;

	if (r->member >= 0 && members != NULL)
		name = members[r->member].name;
	if (str_empty(name))
		name = tr(MSG_IKS_NO_NAME);
	switch (r->rule) {
	case PRIORITY_NEONATUS:
		return trf(MSG_PRI_NEONATUS, name);
	case PRIORITY_HAMIL_RUJUKAN:
		return trf(MSG_PRI_HAMIL_RUJUKAN, name, r->count);
	case PRIORITY_RUJUKAN_LEWAT:
		return trf(MSG_PRI_RUJUKAN_LEWAT, name, r->days);
	case PRIORITY_HAMIL_KUNJUNGAN:
		if (r->days < 0)
			return trf(MSG_PRI_HAMIL_BELUM, name);
		return trf(MSG_PRI_HAMIL_KUNJUNGAN, name, r->days);
	case PRIORITY_DOFU:
		return trf(MSG_PRI_DOFU, name, r->count);
	case PRIORITY_LANSIA_SKILAS:
		if (r->days < 0)
			return trf(MSG_PRI_LANSIA_BELUM, name);
		return trf(MSG_PRI_LANSIA_SKILAS, name, r->days);
	case PRIORITY_RUMAH_BARU:
		return trf(MSG_PRI_RUMAH_BARU);
	case PRIORITY_RULE_COUNT:
		break;
	}
	return xstrdup("?");
}
