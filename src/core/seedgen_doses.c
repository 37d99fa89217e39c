/*
 * seedgen_doses: made-up immunisation histories for the demo village and
 * `ilp seed`, drawn from the schedule itself so they follow whatever
 * imunisasi.ini says. Each child gets a profile (on time, late, caught up
 * after the first birthday, dropped out, never vaccinated); every dose is
 * placed where the schedule allows it (never before the minimum age, never
 * sooner than the interval, never at or after the maximum age), except a
 * few deliberately invalid doses copied from a card. Pure C: the caller
 * owns the output; the random stream is the household's own ("DOSES"),
 * so the persons, names and numbers of seedgen.c are unchanged.
 */
#include "core/seedgen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/schedule.h"
#include "util.h"

#define SEEDGEN_DOMAIN_DOSES 0x444f534553ULL /* "DOSES" */

enum seedgen_profile {
	PROFILE_ON_TIME,
	PROFILE_LATE,
	PROFILE_CATCHUP,
	PROFILE_DROPOUT,
	PROFILE_NONE
};

struct seedgen_dctx {
	const struct schedule *s;
	struct seedgen_rng r;
	struct date today;
	struct seedgen_dose *out;
	size_t n, max;
	int person;
	int invalid_left; /* an invalid card dose still to place (0/1) */
};

/* Adds a dose; NULL when there is no room. */
static struct seedgen_dose *
seedgen_dose_add(struct seedgen_dctx *c, int antigen, struct date d,
		 int history)
{
	struct seedgen_dose *x;

	if (c->n >= c->max)
		return NULL;
	x = &c->out[c->n++];
	memset(x, 0, sizeof *x);
	x->person = c->person;
	x->antigen = antigen;
	x->date = d;
	x->history = history;
	return x;
}

/* An index drawn with the given weights (percentages summing to 100). */
static int
seedgen_pick_w(struct seedgen_rng *r, const unsigned *w, int n)
{
	unsigned v = seedgen_rng_below(r, 100), sum = 0;
	int i;

	for (i = 0; i < n - 1; i++) {
		sum += w[i];
		if (v < sum)
			return i;
	}
	return n - 1;
}

/* Where and by whom: birth doses at a facility, the rest mostly here. */
static void
seedgen_dose_where(struct seedgen_dctx *c, struct seedgen_dose *x,
		   struct date dob)
{
	/* posyandu, pustu, puskesmas, faskes lain */
	static const unsigned birth_w[] = {0, 10, 45, 45};
	static const unsigned later_w[] = {70, 10, 15, 5};
	static const char *const givers[] = {"Bidan Latihan", "Bidan Latihan",
					     "Perawat Latihan", ""};
	const char *code = c->s->antigens[x->antigen].code;
	int birth = date_diff_days(dob, x->date) < 7;

	x->place = (enum seedgen_place)seedgen_pick_w(
		&c->r, birth ? birth_w : later_w, 4);
	if (x->history)
		return; /* a card rarely shows the batch or the vaccinator */
	snprintf(x->batch, sizeof x->batch, "%.3s%02d%02d-%03ld", code,
		 x->date.y % 100, x->date.m, seedgen_rng_range(&c->r, 1, 999));
	str_copy(x->given_by, givers[x->place], sizeof x->given_by);
}

/* Doses older than three months are mostly copied from the card. */
static int
seedgen_dose_history(struct seedgen_dctx *c, struct date d)
{
	return date_diff_days(d, c->today) > 90 &&
	       seedgen_rng_chance(&c->r, 65);
}

/* The delay after the recommended age, by profile. */
static long
seedgen_delay(struct seedgen_dctx *c, enum seedgen_profile p,
	      const struct schedule_target *t)
{
	int at_birth = t->recommended.n == 0;

	switch (p) {
	case PROFILE_LATE:
		return seedgen_rng_range(&c->r, 20, 75);
	default:
		if (at_birth)
			return seedgen_rng_chance(&c->r, 80)
				       ? seedgen_rng_range(&c->r, 0, 2)
				       : seedgen_rng_range(&c->r, 3, 40);
		return seedgen_rng_range(&c->r, 0, 14);
	}
}

/* The planned date of target t: recommended + delay, then the rules. */
static struct date
seedgen_plan(struct seedgen_dctx *c, enum seedgen_profile p, struct date dob,
	     const struct schedule_target *t, int has_prev, struct date prev)
{
	struct date d = date_add_days(schedule_add(dob, t->recommended),
				      seedgen_delay(c, p, t));
	struct date min = schedule_add(dob, t->earliest);
	struct date year = date_add_months(dob, 12);

	/* caught up: the infant doses were missed until after 12 months */
	if (p == PROFILE_CATCHUP && t->recommended.unit == SCHEDULE_MONTHS &&
	    t->recommended.n >= 2 && t->recommended.n < 12 &&
	    date_cmp(d, year) < 0)
		d = date_add_days(year, seedgen_rng_range(&c->r, 5, 120));
	if (date_cmp(d, min) < 0)
		d = min;
	if (has_prev) {
		struct date after = schedule_add(prev, t->interval);

		if (date_cmp(d, after) < 0)
			d = date_add_days(after,
					  seedgen_rng_range(&c->r, 0, 6));
	}
	return d;
}

/* An invalid dose copied from the card, before the valid one at next. */
static void
seedgen_invalid(struct seedgen_dctx *c, int antigen, struct date dob,
		const struct schedule_target *t, int has_prev, struct date prev,
		struct date next)
{
	struct date min = schedule_add(dob, t->earliest), d;
	struct seedgen_dose *x;

	if (has_prev) /* too soon: a week or more after the previous dose */
		d = date_add_days(prev, seedgen_rng_range(&c->r, 7, 20));
	else /* too young: some weeks before the minimum age */
		d = date_add_days(min, -seedgen_rng_range(&c->r, 7, 25));
	if (date_cmp(d, dob) < 0 || date_cmp(d, next) >= 0 ||
	    date_cmp(d, c->today) > 0 ||
	    (has_prev && date_cmp(d, schedule_add(prev, t->interval)) >= 0) ||
	    (!has_prev && date_cmp(d, min) >= 0))
		return;
	x = seedgen_dose_add(c, antigen, d, 1);
	if (x != NULL) {
		seedgen_dose_where(c, x, dob);
		c->invalid_left = 0;
	}
}

static void
seedgen_child_antigen(struct seedgen_dctx *c, int antigen,
		      enum seedgen_profile p, struct date dob, struct date stop)
{
	const struct schedule_antigen *a = &c->s->antigens[antigen];
	struct date prev = dob;
	int has_prev = 0;
	size_t k;

	for (k = 0; k < a->n; k++) {
		const struct schedule_target *t =
			&c->s->targets[c->s->series[a->first + k]];
		struct date d = seedgen_plan(c, p, dob, t, has_prev, prev);
		struct seedgen_dose *x;

		if (date_cmp(d, schedule_add(dob, t->not_given_from)) >= 0 ||
		    date_cmp(d, c->today) > 0 || date_cmp(d, stop) > 0)
			return;
		/* a dose due in the last month often waits for the next
		 * posyandu day: those children make today's due list */
		if (date_diff_days(d, c->today) < 30 &&
		    seedgen_rng_chance(&c->r, 55))
			return;
		if (c->invalid_left && t->recommended.n > 0 &&
		    seedgen_rng_chance(&c->r, 30))
			seedgen_invalid(c, antigen, dob, t, has_prev, prev, d);
		x = seedgen_dose_add(c, antigen, d, seedgen_dose_history(c, d));
		if (x == NULL)
			return;
		seedgen_dose_where(c, x, dob);
		prev = d;
		has_prev = 1;
	}
}

static void
seedgen_child(struct seedgen_dctx *c, const struct seedgen_person *p)
{
	static const unsigned profile_w[] = {62, 16, 9, 8, 5};
	enum seedgen_profile prof =
		(enum seedgen_profile)seedgen_pick_w(&c->r, profile_w, 5);
	struct date stop = c->today;
	size_t i;

	if (prof == PROFILE_NONE)
		return;
	if (prof == PROFILE_DROPOUT)
		stop = date_add_months(p->dob,
				       (int)seedgen_rng_range(&c->r, 1, 10));
	c->invalid_left = seedgen_rng_chance(&c->r, 4);
	for (i = 0; i < c->s->n_antigens; i++) {
		const struct schedule_antigen *a = &c->s->antigens[i];

		if (a->kind == SCHEDULE_FOR_CHILD && a->enabled)
			seedgen_child_antigen(c, (int)i, prof, p->dob, stop);
	}
}

/* Td (§3.3) for a woman of 15-49: none to the whole series. */
static void
seedgen_td(struct seedgen_dctx *c, int antigen, const struct seedgen_person *p)
{
	static const unsigned count_w[] = {35, 15, 20, 12, 10, 8};
	const struct schedule_antigen *a = &c->s->antigens[antigen];
	struct date start = date_add_years(p->dob, 15);
	struct date floor = date_add_years(c->today, -12);
	size_t k, want = (size_t)seedgen_pick_w(&c->r, count_w, 6);
	struct date d;
	long span;

	if (date_cmp(start, floor) < 0)
		start = floor;
	span = date_diff_days(start, c->today);
	if (want == 0 || span < 30)
		return;
	d = date_add_days(start, seedgen_rng_range(&c->r, 0, span * 6 / 10));
	for (k = 0; k < want && k < a->n; k++) {
		const struct schedule_target *t =
			&c->s->targets[c->s->series[a->first + k]];
		struct seedgen_dose *x;

		if (k > 0)
			d = date_add_days(schedule_add(d, t->interval),
					  seedgen_rng_range(&c->r, 0, 300));
		if (date_cmp(d, c->today) > 0)
			return;
		x = seedgen_dose_add(c, antigen, d,
				     seedgen_dose_history(c, d) ||
					     seedgen_rng_chance(&c->r, 30));
		if (x == NULL)
			return;
		seedgen_dose_where(c, x, p->dob);
	}
}

static int
seedgen_dose_cmp(const void *a, const void *b)
{
	const struct seedgen_dose *x = a, *y = b;
	int c;

	if (x->person != y->person)
		return x->person < y->person ? -1 : 1;
	c = date_cmp(x->date, y->date);
	if (c != 0)
		return c;
	return x->antigen < y->antigen ? -1 : x->antigen > y->antigen;
}

size_t
seedgen_doses(const struct seedgen_layout *l, const struct schedule *s,
	      const struct seedgen_household *h, struct seedgen_dose *out,
	      size_t max)
{
	struct seedgen_dctx c;
	int td = schedule_antigen_of_kind(s, SCHEDULE_FOR_WUS), i;
	size_t k;

	memset(&c, 0, sizeof c);
	c.s = s;
	c.today = l->today;
	c.out = out;
	c.max = max;
	seedgen_rng_init(&c.r, seedgen_key(l->seed, SEEDGEN_DOMAIN_DOSES,
					   (uint64_t)h->index));
	for (i = 0; i < h->npersons; i++) {
		const struct seedgen_person *p = &h->persons[i];
		int months = date_age_months(p->dob, l->today);
		int years = date_age_years(p->dob, l->today);

		c.person = i;
		if (months >= 0 && months < 60)
			seedgen_child(&c, p);
		else if (td >= 0 && p->sex == 'P' && years >= 15 && years <= 49)
			seedgen_td(&c, td, p);
	}
	qsort(out, c.n, sizeof *out, seedgen_dose_cmp);
	for (k = 0; k < c.n; k++) {
		/*
		 * Like a UUIDv7, the first bytes grow with the household and
		 * the dose, the rest is random: a million seeded doses then
		 * append to the primary key instead of landing all over it.
		 */
		seedgen_rng_bytes(&c.r, out[k].id, sizeof out[k].id);
		out[k].id[0] = (unsigned char)(h->index >> 24);
		out[k].id[1] = (unsigned char)(h->index >> 16);
		out[k].id[2] = (unsigned char)(h->index >> 8);
		out[k].id[3] = (unsigned char)h->index;
		out[k].id[4] = (unsigned char)k;
	}
	return c.n;
}
