/*
 * seedgen_screening: past screenings for the fictional population. Each
 * household draws from its own stream keyed by (seed, index) and kept
 * apart from the household's stream, so adding screenings changed no
 * person, and the first households of a large run equal a small one's.
 * Answers are drawn, not results: the store evaluates them with the
 * thresholds in use, as it does for a kader's save.
 */
#include "core/seedgen.h"

#include <string.h>

#include "util.h"

#define SEEDGEN_DOMAIN_SCREENING 0x534352454e49ULL /* "SCRENI" */

struct sgs {
	struct seedgen_rng r;
	const struct seedgen_household *h;
	struct seedgen_screenings *out;
	struct date today;
};

static long
sgs_range(struct sgs *g, long lo, long hi)
{
	return seedgen_rng_range(&g->r, lo, hi);
}

static int
sgs_chance(struct sgs *g, unsigned percent)
{
	return seedgen_rng_chance(&g->r, percent);
}

/*
 * A day within the last max_days, not before the person reached
 * min_years; -1 when they are too young for it even today.
 */
static int
sgs_date(struct sgs *g, struct date dob, int min_years, long max_days,
	 struct date *out)
{
	struct date from = date_add_years(dob, min_years);
	long span = date_diff_days(from, g->today);

	if (span < 0)
		return -1;
	if (span > max_days)
		span = max_days;
	*out = date_add_days(g->today, -sgs_range(g, 0, span));
	return 0;
}

static struct screening_answers *
sgs_add(struct sgs *g, struct seedgen_session *s, enum screening_kind kind)
{
	struct seedgen_screening *v = &g->out->v[g->out->n++];

	seedgen_rng_bytes(&g->r, v->id, sizeof v->id);
	screening_answers_init(&v->answers, kind);
	s->count++;
	return &v->answers;
}

static struct seedgen_session *
sgs_session(struct sgs *g, int person, struct date on)
{
	struct seedgen_session *s = &g->out->sessions[g->out->nsessions++];
	long age;

	memset(s, 0, sizeof *s);
	s->person = person;
	s->on = on;
	s->first = g->out->n;
	seedgen_rng_bytes(&g->r, s->referral_id, sizeof s->referral_id);
	seedgen_rng_bytes(&g->r, s->event_id[0], sizeof s->event_id[0]);
	seedgen_rng_bytes(&g->r, s->event_id[1], sizeof s->event_id[1]);
	/* what became of a referral: recent ones are still open */
	age = date_diff_days(on, g->today);
	s->status_on = on;
	if (age > 7) {
		long r = sgs_range(g, 0, 99);

		s->referral_status = r < 50 ? 3 : r < 70 ? 1 : r < 85 ? 2 : 0;
		if (s->referral_status != 0)
			s->status_on = date_add_days(
				on, sgs_range(g, 1, age < 14 ? age : 14));
	}
	return s;
}

/* ---- answers ---------------------------------------------------------- */

static void
sgs_skilas(struct sgs *g, struct screening_skilas *k)
{
	k->date_ok = !sgs_chance(g, 3);
	k->place_ok = !sgs_chance(g, 2);
	k->words_recalled = sgs_chance(g, 5) ? (int)sgs_range(g, 0, 2) : 3;
	k->chair_unable = sgs_chance(g, 2);
	if (!k->chair_unable)
		k->chair_seconds =
			(double)(sgs_chance(g, 5) ? sgs_range(g, 141, 250)
						  : sgs_range(g, 60, 140)) /
			10.0;
	k->weight_loss = sgs_chance(g, 3);
	k->appetite_loss = sgs_chance(g, 3);
	k->lila_cm = (double)(sgs_chance(g, 3) ? sgs_range(g, 170, 209)
					       : sgs_range(g, 210, 300)) /
		     10.0;
	k->eye_problem = sgs_chance(g, 8);
	if (!k->eye_problem)
		k->finger_count_ok = !sgs_chance(g, 3);
	k->whisper = sgs_chance(g, 5)   ? SCREENING_WHISPER_NOT_HEARD
		     : sgs_chance(g, 1) ? SCREENING_WHISPER_IMPOSSIBLE
					: SCREENING_WHISPER_HEARD;
	k->sad = sgs_chance(g, 4);
	k->little_interest = sgs_chance(g, 4);
}

static void
sgs_aks(struct sgs *g, int score[SCREENING_AKS_ITEMS])
{
	long r = sgs_range(g, 0, 99), loss;
	int i;

	loss = r < 70   ? 0
	       : r < 90 ? sgs_range(g, 1, 8)
	       : r < 97 ? sgs_range(g, 9, 11)
			: sgs_range(g, 12, 20);
	for (i = 0; i < SCREENING_AKS_ITEMS; i++)
		score[i] = screening_aks_item_max(i);
	while (loss > 0) {
		i = (int)sgs_range(g, 0, SCREENING_AKS_ITEMS - 1);
		if (score[i] > 0) {
			score[i]--;
			loss--;
		}
	}
}

static void
sgs_bp(struct sgs *g, int age, long *sys, long *dia)
{
	long r = sgs_range(g, 0, 99);

	if (r < 60)
		*sys = sgs_range(g, 100, 129);
	else if (r < 78)
		*sys = sgs_range(g, 130, 139);
	else if (r < 92)
		*sys = sgs_range(g, 140, 159);
	else if (r < 98)
		*sys = sgs_range(g, 160, 179);
	else
		*sys = sgs_range(g, 180, 210);
	if (age >= 60 && *sys < 140 && sgs_chance(g, 20))
		*sys += 20;
	*dia = *sys * 58 / 100 + sgs_range(g, -4, 8);
}

static void
sgs_glucose(struct sgs *g, struct screening_answers *a)
{
	long r = sgs_range(g, 0, 99);

	if (sgs_chance(g, 30)) {
		a->u.glucose.kind = SCREENING_GLUCOSE_FASTING;
		a->u.glucose.mg_dl = r < 75   ? sgs_range(g, 70, 99)
				     : r < 92 ? sgs_range(g, 100, 125)
					      : sgs_range(g, 126, 260);
	} else {
		a->u.glucose.kind = SCREENING_GLUCOSE_RANDOM;
		a->u.glucose.mg_dl = r < 80   ? sgs_range(g, 75, 139)
				     : r < 94 ? sgs_range(g, 140, 199)
					      : sgs_range(g, 200, 380);
	}
}

static void
sgs_bmi(struct sgs *g, char sex, struct screening_answers *a)
{
	long h10 = sex == 'L' ? sgs_range(g, 1500, 1760)
			      : sgs_range(g, 1420, 1650);
	long bmi10 = sgs_range(g, 170, 320);

	a->u.bmi.height10 = h10;
	/* weight x 10 = BMI x 10 x (height in m)^2 */
	a->u.bmi.weight10 = bmi10 * h10 * h10 / 1000000L;
}

static void
sgs_srq20(struct sgs *g, int yes[SCREENING_SRQ20_ITEMS])
{
	int i, n = sgs_chance(g, 6) ? (int)sgs_range(g, 6, 12)
				    : (int)sgs_range(g, 0, 4);

	for (i = 0; i < SCREENING_SRQ20_ITEMS; i++)
		yes[i] = 0;
	while (n > 0) {
		i = (int)sgs_range(g, 0, SCREENING_SRQ20_ITEMS - 1);
		/* item 17 only on its own, rarely */
		if (i != 16 && !yes[i]) {
			yes[i] = 1;
			n--;
		}
	}
	if (sgs_chance(g, 1))
		yes[16] = 1;
}

static void
sgs_tb(struct sgs *g, struct screening_tb *t)
{
	long r = sgs_range(g, 0, 99);

	t->cough_days = r < 80   ? 0
			: r < 95 ? (int)sgs_range(g, 1, 13)
				 : (int)sgs_range(g, 14, 60);
	t->weight_loss = sgs_chance(g, 4);
	t->fever = sgs_chance(g, 3);
	t->night_sweats = sgs_chance(g, 3);
}

/* ---- who gets what --------------------------------------------------------
 */

static void
sgs_lansia(struct sgs *g, int i)
{
	const struct seedgen_person *p = &g->h->persons[i];
	struct seedgen_session *s;
	struct date on;

	if (!sgs_chance(g, 70) ||
	    sgs_date(g, p->dob, SCREENING_LANSIA_YEARS, 730, &on) < 0)
		return;
	s = sgs_session(g, i, on);
	sgs_skilas(g, &sgs_add(g, s, SCREENING_SKILAS)->u.skilas);
	if (sgs_chance(g, 70))
		sgs_aks(g, sgs_add(g, s, SCREENING_AKS)->u.aks);
}

static void
sgs_ptm(struct sgs *g, int i, int age)
{
	const struct seedgen_person *p = &g->h->persons[i];
	struct seedgen_session *s;
	struct screening_answers *a;
	struct date on;

	if (sgs_chance(g, age >= 40 ? 30 : 15) &&
	    sgs_date(g, p->dob, SCREENING_ADULT_YEARS, 540, &on) == 0) {
		s = sgs_session(g, i, on);
		a = sgs_add(g, s, SCREENING_BP);
		sgs_bp(g, age, &a->u.bp.systolic, &a->u.bp.diastolic);
		if (sgs_chance(g, 35))
			sgs_glucose(g, sgs_add(g, s, SCREENING_GLUCOSE));
		if (sgs_chance(g, 40))
			sgs_bmi(g, p->sex, sgs_add(g, s, SCREENING_BMI));
		if (sgs_chance(g, 25)) {
			a = sgs_add(g, s, SCREENING_WAIST);
			a->u.waist.sex = p->sex;
			a->u.waist.waist10 = p->sex == 'L'
						     ? sgs_range(g, 700, 1050)
						     : sgs_range(g, 650, 1000);
		}
		if (sgs_chance(g, 10))
			sgs_tb(g, &sgs_add(g, s, SCREENING_TB)->u.tb);
	}
	if (sgs_chance(g, 4) &&
	    sgs_date(g, p->dob, SCREENING_ADULT_YEARS, 540, &on) == 0) {
		s = sgs_session(g, i, on);
		sgs_srq20(g, sgs_add(g, s, SCREENING_SRQ20)->u.srq20);
	}
}

void
seedgen_screening(const struct seedgen_layout *l,
		  const struct seedgen_household *h,
		  struct seedgen_screenings *out)
{
	struct sgs g;
	int i, age;

	out->nsessions = 0;
	out->n = 0;
	g.h = h;
	g.out = out;
	g.today = l->today;
	seedgen_rng_init(&g.r, l->seed ^ SEEDGEN_DOMAIN_SCREENING ^
				       ((uint64_t)h->index + 1) *
					       0x9e3779b97f4a7c15ULL);
	for (i = 0; i < h->npersons; i++) {
		age = date_age_years(h->persons[i].dob, l->today);
		if (age >= SCREENING_LANSIA_YEARS)
			sgs_lansia(&g, i);
		if (age >= SCREENING_ADULT_YEARS)
			sgs_ptm(&g, i, age);
	}
}
