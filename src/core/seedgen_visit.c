/*
 * seedgen_visit: the past home visits of a synthetic household, from its
 * own deterministic stream (seed, household index), answered from the
 * checklists as data: for every item an answer that calls for nothing is
 * worked out from its rules, and now and then one that does. See
 * include/core/seedgen.h.
 */
#include "core/seedgen.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/lifestage.h"
#include "core/priority.h"
#include "util.h"

#define SEEDGEN_DOMAIN_VISIT 0x5649534954ULL /* "VISIT" */

/* Percent of answers that call for rujuk or tindak lanjut. */
#define SEEDGEN_FINDING_PERCENT 3

struct sv_ctx {
	const struct seedgen_layout *l;
	const struct seedgen_household *h;
	const struct checklist_set *cl;
	struct seedgen_rng r;
	struct seedgen_visits *out;
};

/* The person's facts at date on: pregnant then, delivered before. */
static unsigned
sv_stages(const struct seedgen_household *h, int person, struct date on)
{
	const struct seedgen_person *p = &h->persons[person];
	struct lifestage_facts f;
	int i;

	memset(&f, 0, sizeof f);
	f.dob = p->dob;
	f.sex = p->sex;
	for (i = 0; i < h->npregnancies; i++) {
		const struct seedgen_pregnancy *g = &h->pregnancies[i];

		if (g->person != person || date_cmp(g->hpht, on) > 0)
			continue;
		if (!g->ended || date_cmp(g->end_date, on) > 0)
			f.pregnant = 1;
		else if (!f.delivered ||
			 date_cmp(g->end_date, f.delivery) > 0) {
			f.delivered = 1;
			f.delivery = g->end_date;
		}
	}
	return lifestage_of(&f, on);
}

/* 1 for someone who is pregnant or under one year old today. */
static int
sv_needs_visits(const struct seedgen_household *h, struct date today,
		int person)
{
	unsigned s = sv_stages(h, person, today);

	return (s & (LIFESTAGE_HAMIL | LIFESTAGE_BAYI | LIFESTAGE_NIFAS)) != 0;
}

static double
sv_round(double v, int decimals)
{
	double k = pow(10.0, decimals);

	return round(v * k) / k;
}

/* A number in [lo, hi] with the item's decimals. */
static double
sv_number(struct seedgen_rng *r, const struct checklist_item *it, double lo,
	  double hi)
{
	double k = pow(10.0, it->decimals);
	long a, b;

	if (lo < it->min)
		lo = it->min;
	if (hi > it->max)
		hi = it->max;
	if (hi < lo)
		hi = lo;
	a = (long)ceil(lo * k);
	b = (long)floor(hi * k);
	if (b < a)
		b = a;
	return sv_round((double)seedgen_rng_range(r, a, b) / k, it->decimals);
}

/* The rule that decides a "finding" answer: rujuk first. */
static const struct checklist_rule *
sv_rule(const struct checklist_item *it)
{
	if (it->refer.set)
		return &it->refer;
	if (it->followup.set)
		return &it->followup;
	return NULL;
}

static void
sv_yesno(struct seedgen_rng *r, const struct checklist_item *it, int bad,
	 struct checklist_answer *a)
{
	const struct checklist_rule *rule = sv_rule(it);

	if (rule != NULL)
		a->yes = bad ? rule->yes : !rule->yes;
	else if (it->iks >= 0)
		a->yes = seedgen_rng_chance(r, 75) ? it->iks_one : !it->iks_one;
	else
		a->yes = seedgen_rng_chance(r, 80);
}

static void
sv_numeric(struct seedgen_rng *r, const struct checklist_item *it, int bad,
	   struct checklist_answer *a)
{
	const struct checklist_rule *rule = sv_rule(it);
	double span = (it->max - it->min) / 5.0,
	       step = pow(10.0, -it->decimals);

	if (rule == NULL) {
		a->number = sv_number(r, it, it->min + span * 1.5,
				      it->min + span * 3);
		return;
	}
	if ((rule->op == CHECKLIST_LT || rule->op == CHECKLIST_LE) == !bad)
		/* the good side of "< x" is above x */
		a->number = sv_number(r, it, rule->value + step,
				      rule->value + span);
	else
		a->number = sv_number(r, it, rule->value - span,
				      rule->value - step);
}

/* The first choice in (want 1) or out of (want 0) the rule's any_of. */
static int
sv_pick(const struct checklist_item *it, uint32_t any_of, int want)
{
	int i;

	for (i = 0; i < it->n_choices; i++)
		if (((any_of >> i) & 1u) == (unsigned)want)
			return i;
	return 0;
}

static void
sv_choice(struct seedgen_rng *r, const struct checklist_item *it, int bad,
	  struct checklist_answer *a)
{
	uint32_t fire = (it->refer.set ? it->refer.any_of : 0) |
			(it->followup.set ? it->followup.any_of : 0);
	const struct checklist_rule *rule = sv_rule(it);

	if (it->iks >= 0) {
		if (it->iks_na >= 0 && seedgen_rng_chance(r, 10))
			a->choice = it->iks_na;
		else if (seedgen_rng_chance(r, 75))
			a->choice = it->iks_one;
		else
			a->choice = (int)seedgen_rng_below(
				r, (uint32_t)it->n_choices);
		return;
	}
	if (bad && rule != NULL)
		a->choice = sv_pick(it, rule->any_of, 1);
	else
		a->choice = sv_pick(it, fire, 0);
}

static void
sv_multi(const struct checklist_item *it, int bad, struct checklist_answer *a)
{
	const struct checklist_rule *rule = sv_rule(it);

	a->mask = 0;
	if (bad && rule != NULL)
		a->mask = rule->any_of != 0 ? 1u << sv_pick(it, rule->any_of, 1)
					    : 1u;
}

/* Adds one answer to the item for person (-1: household). */
static void
sv_answer(struct sv_ctx *c, int person, const struct checklist_item *it)
{
	struct seedgen_visits *o = c->out;
	struct seedgen_visit_answer *x;
	struct checklist_answer a;
	char *text, *why = NULL;
	int bad = seedgen_rng_chance(&c->r, SEEDGEN_FINDING_PERCENT);

	if (o->na >= SEEDGEN_MAX_VISIT_ANSWERS)
		return;
	memset(&a, 0, sizeof a);
	a.set = 1;
	switch (it->kind) {
	case CHECKLIST_YESNO:
		sv_yesno(&c->r, it, bad, &a);
		break;
	case CHECKLIST_NUMBER:
		sv_numeric(&c->r, it, bad, &a);
		break;
	case CHECKLIST_CHOICE:
		sv_choice(&c->r, it, bad, &a);
		break;
	case CHECKLIST_MULTI:
		sv_multi(it, bad, &a);
		break;
	}
	if (checklist_check_answer(it, &a, &why) < 0) {
		free(why);
		return;
	}
	text = checklist_format_answer(it, &a);
	if (strlen(text) < SEEDGEN_ANSWER_MAX) {
		x = &o->a[o->na++];
		x->person = person;
		x->item = it;
		str_copy(x->text, text, sizeof x->text);
		x->level = checklist_outcome(it, &a, NULL);
	}
	free(text);
}

/* The answers of one present member, or of the household (person -1). */
static void
sv_answers(struct sv_ctx *c, int person, unsigned stages, struct date on)
{
	const struct seedgen_person *p =
		person >= 0 ? &c->h->persons[person] : NULL;
	size_t i, j;

	for (i = 0; i < c->cl->n; i++) {
		const struct checklist *list = c->cl->lists[i];

		if ((p == NULL) != (list->household != 0))
			continue;
		for (j = 0; j < list->n_items; j++) {
			const struct checklist_item *it = &list->items[j];

			if (p != NULL &&
			    !checklist_applies(it, stages, p->sex,
					       date_age_months(p->dob, on)))
				continue;
			sv_answer(c, person, it);
		}
	}
}

/* The dates of the visits, oldest first; the latest one's age decides. */
static void
sv_dates(struct sv_ctx *c, int n, int needs)
{
	struct date today = c->l->today;
	long ago;
	int i;

	if (needs && seedgen_rng_chance(&c->r, 50))
		ago = seedgen_rng_range(&c->r, 31, 90);
	else if (needs)
		ago = seedgen_rng_range(&c->r, 1, 29);
	else
		ago = seedgen_rng_range(&c->r, 1, 120);
	for (i = n - 1; i >= 0; i--) {
		c->out->v[i].on = date_add_days(today, -ago);
		ago += seedgen_rng_range(&c->r, 20, 60);
	}
}

/* Who was at home: everyone born by then may be; the ones a visit is
 * for (pregnant, babies) nearly always; at least one person. */
static void
sv_present(struct sv_ctx *c, struct seedgen_visit *v)
{
	const struct seedgen_household *h = c->h;
	int i, first = -1;

	for (i = 0; i < h->npersons; i++) {
		unsigned s;

		if (date_cmp(h->persons[i].dob, v->on) > 0)
			continue;
		if (first < 0)
			first = i;
		s = sv_stages(h, i, v->on);
		if (seedgen_rng_chance(&c->r,
				       (s & (LIFESTAGE_HAMIL | LIFESTAGE_BAYI |
					     LIFESTAGE_NIFAS))
					       ? 85
					       : 40)) {
			v->present |= 1u << i;
			v->stages[i] = s;
		}
	}
	if (v->present == 0 && first >= 0) {
		v->present = 1u << first;
		v->stages[first] = sv_stages(h, first, v->on);
	}
}

/* The referral's status today, by how long ago it was made. */
static void
sv_outcome(struct sv_ctx *c, struct seedgen_visit_referral *r, struct date on)
{
	struct date today = c->l->today;
	long age = date_diff_days(on, today);
	unsigned roll;

	r->status = 0;
	r->status_on = on;
	if (age <= PRIORITY_FOLLOWUP_DAYS)
		return;
	roll = seedgen_rng_below(&c->r, 100);
	if (roll < 35)
		return; /* still dirujuk: open past its follow-up date */
	r->status = roll < 65 ? 3 : roll < 85 ? 1 : 2;
	r->status_on = date_add_days(
		on, seedgen_rng_range(&c->r, 1, age < 30 ? age : 30));
}

static void
sv_referrals(struct sv_ctx *c, int visit)
{
	struct seedgen_visits *o = c->out;
	const struct seedgen_visit *v = &o->v[visit];
	int i, k;

	for (i = 0; i < c->h->npersons; i++) {
		if (!(v->present & (1u << i)))
			continue;
		for (k = v->first; k < v->first + v->count; k++)
			if (o->a[k].person == i &&
			    o->a[k].level == CHECKLIST_LEVEL_REFER)
				break;
		if (k == v->first + v->count ||
		    o->nr >= SEEDGEN_MAX_VISIT_REFERRALS)
			continue;
		seedgen_rng_bytes(&c->r, o->r[o->nr].id, 16);
		seedgen_rng_bytes(&c->r, o->r[o->nr].event_id[0], 16);
		seedgen_rng_bytes(&c->r, o->r[o->nr].event_id[1], 16);
		o->r[o->nr].visit = visit;
		o->r[o->nr].person = i;
		sv_outcome(c, &o->r[o->nr], v->on);
		o->nr++;
	}
}

void
seedgen_visits(const struct seedgen_layout *l,
	       const struct seedgen_household *h,
	       const struct checklist_set *cl, struct seedgen_visits *out)
{
	struct sv_ctx c;
	int i, needs = 0, n;

	memset(out, 0, sizeof *out);
	if (cl == NULL || h->npersons == 0)
		return;
	c.l = l;
	c.h = h;
	c.cl = cl;
	c.out = out;
	seedgen_rng_init(&c.r,
			 l->seed ^ SEEDGEN_DOMAIN_VISIT ^
				 ((uint64_t)h->index * 0x9e3779b97f4a7c15ULL));
	for (i = 0; i < h->npersons; i++)
		needs |= sv_needs_visits(h, l->today, i);
	/*
	 * A kabupaten-sized benchmark village keeps its seed fast (each visit
	 * is some fifteen answer rows): fewer households were visited there.
	 */
	if (!seedgen_rng_chance(&c.r, l->kind == SEEDGEN_LAYOUT_DEMO
					      ? (needs ? 75 : 45)
					      : (needs ? 30 : 8)))
		return; /* never visited */
	n = 1 + seedgen_rng_chance(&c.r, 35) +
	    (needs && seedgen_rng_chance(&c.r, 40));
	if (n > SEEDGEN_MAX_VISITS)
		n = SEEDGEN_MAX_VISITS;
	out->n = n;
	sv_dates(&c, n, needs);
	for (i = 0; i < n; i++) {
		struct seedgen_visit *v = &out->v[i];
		int p;

		seedgen_rng_bytes(&c.r, v->id, sizeof v->id);
		sv_present(&c, v);
		v->first = out->na;
		for (p = 0; p < h->npersons; p++)
			if (v->present & (1u << p))
				sv_answers(&c, p, v->stages[p], v->on);
		if (i == n - 1) /* the household items: on the latest visit */
			sv_answers(&c, -1, 0, v->on);
		v->count = out->na - v->first;
		sv_referrals(&c, i);
	}
}
