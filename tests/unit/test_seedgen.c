/*
 * core/seedgen: determinism, every life stage in a demo village, NIK and
 * No. KK with province 99 consistent with birth date and sex, valid
 * names, plausible pregnancies, and the two layouts. Life stages are
 * computed here from date.h, independently of core/lifestage.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/seedgen.h"
#include "util.h"

static const struct date today0 = {2025, 8, 12};

/* ---- helpers ---------------------------------------------------------- */

static int
digits(const char *s, size_t n)
{
	size_t i;

	if (strlen(s) != n)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static int
num(const char *s, int n)
{
	int v = 0, i;

	for (i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

/* Calls fn for each of the first n households of a layout. */
static void
each_household(enum seedgen_layout_kind kind, uint64_t seed, struct date at,
	       long n,
	       void (*fn)(const struct seedgen_layout *l,
			  const struct seedgen_household *h, void *arg),
	       void *arg)
{
	struct seedgen_layout *l = seedgen_layout_new(kind, seed, at, n);
	struct seedgen_household *h = xmalloc(sizeof *h);
	long i;

	for (i = 0; i < n; i++) {
		seedgen_household(l, i, h);
		fn(l, h, arg);
	}
	free(h);
	seedgen_layout_free(l);
}

/* ---- the PRNG ---------------------------------------------------------- */

static void
test_rng(void **state)
{
	struct seedgen_rng a, b;
	int i, seen[7] = {0};

	(void)state;
	seedgen_rng_init(&a, 12345);
	seedgen_rng_init(&b, 12345);
	for (i = 0; i < 1000; i++)
		assert_true(seedgen_rng_next(&a) == seedgen_rng_next(&b));
	seedgen_rng_init(&b, 12346);
	assert_true(seedgen_rng_next(&a) != seedgen_rng_next(&b));
	for (i = 0; i < 10000; i++) {
		long v = seedgen_rng_range(&a, -3, 3);

		assert_in_range(v + 3, 0, 6);
		seen[v + 3]++;
	}
	for (i = 0; i < 7; i++) /* each about 1428 */
		assert_in_range(seen[i], 1200, 1650);
	for (i = 0; i < 1000; i++)
		assert_int_equal(seedgen_rng_below(&a, 1), 0);
}

/* ---- determinism ------------------------------------------------------- */

struct collect {
	struct seedgen_person *v;
	long n, want;
	unsigned char hh_ids[2000][16];
	long nh;
};

static void
collect_fn(const struct seedgen_layout *l, const struct seedgen_household *h,
	   void *arg)
{
	struct collect *c = arg;
	int i;

	(void)l;
	if (c->nh < 2000)
		memcpy(c->hh_ids[c->nh++], h->id, 16);
	for (i = 0; i < h->npersons && c->n < c->want; i++)
		c->v[c->n++] = h->persons[i];
}

static struct collect *
collect(enum seedgen_layout_kind kind, uint64_t seed, struct date at, long nh)
{
	struct collect *c = xcalloc(1, sizeof *c);

	c->want = 1000;
	c->v = xcalloc((size_t)c->want, sizeof *c->v);
	each_household(kind, seed, at, nh, collect_fn, c);
	assert_int_equal(c->n, c->want);
	return c;
}

static void
collect_free(struct collect *c)
{
	free(c->v);
	free(c);
}

static int
same_person(const struct seedgen_person *a, const struct seedgen_person *b)
{
	return memcmp(a->id, b->id, 16) == 0 && str_eq(a->name, b->name) &&
	       a->sex == b->sex && date_cmp(a->dob, b->dob) == 0 &&
	       a->dob_estimated == b->dob_estimated &&
	       a->relation == b->relation && str_eq(a->nik, b->nik) &&
	       str_eq(a->phone, b->phone);
}

static void
test_same_seed_same_persons(void **state)
{
	struct collect *a = collect(SEEDGEN_LAYOUT_LARGE, 7, today0, 400);
	struct collect *b = collect(SEEDGEN_LAYOUT_LARGE, 7, today0, 400);
	long i;

	(void)state;
	for (i = 0; i < a->want; i++) {
		const struct seedgen_person *p = &a->v[i], *q = &b->v[i];

		assert_memory_equal(p->id, q->id, 16);
		assert_string_equal(p->name, q->name);
		assert_int_equal(p->sex, q->sex);
		assert_int_equal(date_cmp(p->dob, q->dob), 0);
		assert_int_equal(p->dob_estimated, q->dob_estimated);
		assert_int_equal(p->relation, q->relation);
		assert_string_equal(p->nik, q->nik);
		assert_string_equal(p->phone, q->phone);
	}
	assert_int_equal(a->nh, b->nh);
	assert_memory_equal(a->hh_ids, b->hh_ids, (size_t)a->nh * 16);
	collect_free(a);
	collect_free(b);
}

static void
test_different_seed_differs(void **state)
{
	struct collect *a = collect(SEEDGEN_LAYOUT_LARGE, 7, today0, 400);
	struct collect *b = collect(SEEDGEN_LAYOUT_LARGE, 8, today0, 400);
	long i, alike = 0, same_id = 0;

	(void)state;
	for (i = 0; i < a->want; i++) {
		alike += str_eq(a->v[i].name, b->v[i].name) &&
			 date_cmp(a->v[i].dob, b->v[i].dob) == 0;
		same_id += memcmp(a->v[i].id, b->v[i].id, 16) == 0;
	}
	assert_true(alike < 10);
	assert_int_equal(same_id, 0);
	collect_free(a);
	collect_free(b);
}

/* A household depends on (seed, index) only: a bigger run starts alike. */
static void
test_prefix_independent_of_size(void **state)
{
	struct collect *a = collect(SEEDGEN_LAYOUT_DEMO, 3, today0, 300);
	struct collect *b = collect(SEEDGEN_LAYOUT_LARGE, 3, today0, 5000);
	long i;

	(void)state;
	for (i = 0; i < a->want; i++)
		assert_true(same_person(&a->v[i], &b->v[i]));
	collect_free(a);
	collect_free(b);
}

/* ---- life stages ------------------------------------------------------- */

enum {
	ST_NEONATUS,
	ST_BAYI,
	ST_BADUTA,
	ST_BALITA,
	ST_PRASEKOLAH,
	ST_SEKOLAH,
	ST_REMAJA,
	ST_DEWASA,
	ST_LANSIA,
	ST_HAMIL,
	ST_NIFAS,
	ST_COUNT
};

static const char *const st_names[ST_COUNT] = {
	"neonatus", "bayi",   "baduta", "balita", "prasekolah", "sekolah",
	"remaja",   "dewasa", "lansia", "hamil",  "nifas"};

struct stages {
	struct date at;
	long count[ST_COUNT];
	int month[60];
	int max_age;
};

static void
stages_fn(const struct seedgen_layout *l, const struct seedgen_household *h,
	  void *arg)
{
	struct stages *s = arg;
	int i;

	(void)l;
	for (i = 0; i < h->npersons; i++) {
		const struct seedgen_person *p = &h->persons[i];
		long days = date_diff_days(p->dob, s->at);
		int m = date_age_months(p->dob, s->at);
		int y = date_age_years(p->dob, s->at);

		assert_true(days >= 0);
		if (days <= 28)
			s->count[ST_NEONATUS]++;
		if (m <= 11)
			s->count[ST_BAYI]++;
		if (m < 24)
			s->count[ST_BADUTA]++;
		if (m <= 59) {
			s->count[ST_BALITA]++;
			s->month[m]++;
		}
		if (m >= 60 && m <= 83)
			s->count[ST_PRASEKOLAH]++;
		if (y >= 6 && y <= 17)
			s->count[ST_SEKOLAH]++;
		if (y >= 10 && y <= 17)
			s->count[ST_REMAJA]++;
		if (y >= 18 && y <= 59)
			s->count[ST_DEWASA]++;
		if (y >= 60)
			s->count[ST_LANSIA]++;
		if (y > s->max_age)
			s->max_age = y;
	}
	for (i = 0; i < h->npregnancies; i++) {
		const struct seedgen_pregnancy *g = &h->pregnancies[i];

		if (!g->ended)
			s->count[ST_HAMIL]++;
		else if (date_diff_days(g->end_date, s->at) <= 42)
			s->count[ST_NIFAS]++;
	}
}

static void
check_stages(uint64_t seed, struct date at)
{
	struct stages s;
	char msg[80];
	int i;

	memset(&s, 0, sizeof s);
	s.at = at;
	each_household(SEEDGEN_LAYOUT_DEMO, seed, at, 150, stages_fn, &s);
	for (i = 0; i < ST_COUNT; i++) {
		snprintf(msg, sizeof msg, "seed %llu %04d-%02d-%02d: no %s",
			 (unsigned long long)seed, at.y, at.m, at.d,
			 st_names[i]);
		if (s.count[i] == 0)
			fail_msg("%s", msg);
	}
	for (i = 0; i < 60; i++)
		if (s.month[i] == 0)
			fail_msg("seed %llu: no child of %d months",
				 (unsigned long long)seed, i);
	assert_in_range(s.max_age, 75, 90);
	/* a few of each kind, not a handful of freaks */
	assert_true(s.count[ST_HAMIL] >= 5);
	assert_true(s.count[ST_LANSIA] >= 15);
	assert_true(s.count[ST_SEKOLAH] >= 50);
}

static void
test_every_life_stage_in_demo(void **state)
{
	static const struct date days[] = {
		{2025, 8, 12}, {2024, 2, 29}, {2025, 3, 31}, {2030, 1, 1}};
	static const uint64_t seeds[] = {1, 2, 42, 2025, 0xdeadbeefULL};
	size_t i, j;

	(void)state;
	for (i = 0; i < ILP_ARRAY_LEN(days); i++)
		for (j = 0; j < ILP_ARRAY_LEN(seeds); j++)
			check_stages(seeds[j], days[i]);
}

/* ---- numbers and names ------------------------------------------------- */

struct numbers {
	char (*niks)[17];
	long nniks, adults, adult_niks;
	char (*kks)[17];
	long nkks;
};

static void
check_nik(const struct seedgen_person *p)
{
	int dd, mm, yy;

	assert_true(digits(p->nik, 16));
	assert_memory_equal(p->nik, "99", 2);
	dd = num(p->nik + 6, 2);
	mm = num(p->nik + 8, 2);
	yy = num(p->nik + 10, 2);
	if (p->sex == 'P') {
		assert_in_range(dd, 41, 71);
		dd -= 40;
	} else {
		assert_in_range(dd, 1, 31);
	}
	assert_int_equal(dd, p->dob.d);
	assert_int_equal(mm, p->dob.m);
	assert_int_equal(yy, p->dob.y % 100);
	assert_int_not_equal(num(p->nik + 12, 4), 0);
}

static void
check_name(const char *name)
{
	size_t i, n = strlen(name);

	assert_true(n > 0 && n < SEEDGEN_NAME_MAX);
	assert_true(name[0] >= 'A' && name[0] <= 'Z');
	assert_true(name[n - 1] != ' ');
	for (i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)name[i];

		/* ASCII letters and single spaces: valid UTF-8 by itself */
		assert_true((ch >= 'A' && ch <= 'Z') ||
			    (ch >= 'a' && ch <= 'z') ||
			    (ch == ' ' && name[i + 1] != ' '));
	}
}

static void
numbers_fn(const struct seedgen_layout *l, const struct seedgen_household *h,
	   void *arg)
{
	struct numbers *s = arg;
	int i;

	if (h->no_kk[0] != '\0') {
		assert_true(digits(h->no_kk, 16));
		assert_memory_equal(h->no_kk, "99", 2);
		assert_int_not_equal(num(h->no_kk + 12, 4), 0);
		memcpy(s->kks[s->nkks++], h->no_kk, 17);
	}
	for (i = 0; i < h->npersons; i++) {
		const struct seedgen_person *p = &h->persons[i];
		int adult = date_age_years(p->dob, l->today) >= 17;

		check_name(p->name);
		s->adults += adult;
		if (p->nik[0] != '\0') {
			check_nik(p);
			memcpy(s->niks[s->nniks++], p->nik, 17);
			s->adult_niks += adult;
		}
		if (p->phone[0] != '\0') {
			assert_true(digits(p->phone, 12));
			assert_memory_equal(p->phone, "0810", 4);
			assert_true(adult);
		}
	}
}

static int
cmp17(const void *a, const void *b)
{
	return memcmp(a, b, 17);
}

static void
test_nik_kk_and_names(void **state)
{
	struct numbers s;
	long n = 3000, i;

	(void)state;
	memset(&s, 0, sizeof s);
	s.niks = xcalloc((size_t)n * SEEDGEN_MAX_PERSONS, sizeof *s.niks);
	s.kks = xcalloc((size_t)n, sizeof *s.kks);
	each_household(SEEDGEN_LAYOUT_LARGE, 11, today0, n, numbers_fn, &s);
	/* most adults have a NIK, and every NIK and No. KK is unique */
	assert_true(s.adult_niks * 100 > s.adults * 80);
	assert_true(s.nkks * 100 > n * 80);
	qsort(s.niks, (size_t)s.nniks, sizeof *s.niks, cmp17);
	for (i = 1; i < s.nniks; i++)
		assert_true(memcmp(s.niks[i - 1], s.niks[i], 17) != 0);
	qsort(s.kks, (size_t)s.nkks, sizeof *s.kks, cmp17);
	for (i = 1; i < s.nkks; i++)
		assert_true(memcmp(s.kks[i - 1], s.kks[i], 17) != 0);
	free(s.niks);
	free(s.kks);
}

/* ---- households and pregnancies --------------------------------------- */

struct shape {
	long open, ended, estimated;
};

static int
has_child_born(const struct seedgen_household *h, struct date d)
{
	int i;

	for (i = 0; i < h->npersons; i++)
		if (date_cmp(h->persons[i].dob, d) == 0)
			return 1;
	return 0;
}

static void
check_pregnancies(const struct seedgen_layout *l,
		  const struct seedgen_household *h, struct shape *s)
{
	int i, k, open_of[SEEDGEN_MAX_PERSONS] = {0};

	for (i = 0; i < h->npregnancies; i++) {
		const struct seedgen_pregnancy *g = &h->pregnancies[i];
		const struct seedgen_person *w;
		struct date end = g->ended ? g->end_date : l->today;

		assert_in_range(g->person, 0, h->npersons - 1);
		w = &h->persons[g->person];
		assert_int_equal(w->sex, 'P');
		assert_in_range(date_age_years(w->dob, g->hpht), 15, 49);
		assert_in_range(date_age_years(w->dob, end), 15, 49);
		assert_int_equal(date_diff_days(g->hpht, g->hpl), 280);
		for (k = 0; k < 16; k++)
			if (g->id[k] != 0)
				break;
		assert_true(k < 16);
		if (!g->ended) {
			long weeks_days = date_diff_days(g->hpht, l->today);

			assert_in_range(weeks_days, 4 * 7, 40 * 7);
			assert_int_equal(open_of[g->person]++, 0);
			s->open++;
		} else {
			assert_true(date_cmp(g->end_date, l->today) <= 0);
			assert_in_range(date_diff_days(g->hpht, g->end_date),
					37 * 7, 42 * 7);
			assert_true(has_child_born(h, g->end_date));
			s->ended++;
		}
	}
}

static void
shape_fn(const struct seedgen_layout *l, const struct seedgen_household *h,
	 void *arg)
{
	struct shape *s = arg;
	const struct seedgen_posyandu *p;
	int i, heads = 0, rt, rw;

	assert_in_range(h->npersons, 1, SEEDGEN_MAX_PERSONS);
	assert_int_equal(h->persons[0].relation, SEEDGEN_KEPALA);
	assert_in_range(h->posyandu, 0, (long)l->nposyandu - 1);
	p = &l->posyandu[h->posyandu];
	assert_true(h->index >= p->first &&
		    h->index < p->first + p->households);
	for (i = 0; i < h->npersons; i++) {
		const struct seedgen_person *q = &h->persons[i];
		int age = date_age_years(q->dob, l->today);

		heads += q->relation == SEEDGEN_KEPALA;
		assert_true(q->sex == 'L' || q->sex == 'P');
		assert_in_range(age, 0, 90);
		assert_true(date_valid(q->dob.y, q->dob.m, q->dob.d));
		assert_in_range(q->relation, SEEDGEN_KEPALA, SEEDGEN_LAINNYA);
		if (q->dob_estimated) {
			assert_int_equal(q->dob.m, 7);
			assert_int_equal(q->dob.d, 1);
			assert_true(age >= 60);
			s->estimated++;
		}
	}
	assert_int_equal(heads, 1);
	assert_true(digits(h->rt, 3));
	assert_true(digits(h->rw, 2));
	rt = num(h->rt, 3);
	rw = num(h->rw, 2);
	assert_in_range(rt, 1, 10);
	assert_in_range(rw, p->rw_first, p->rw_first + p->rw_count - 1);
	assert_string_equal(h->dusun, p->dusun);
	assert_true(str_starts_with(h->address, "Jl. ") ||
		    str_starts_with(h->address, "Gg. "));
	assert_in_range(h->water_clean + 1, 0, 2);
	assert_in_range(h->latrine_healthy + 1, 0, 2);
	assert_in_range(h->jkn_all + 1, 0, 2);
	assert_in_range(h->smoker_inside + 1, 0, 2);
	check_pregnancies(l, h, s);
}

static void
test_households_and_pregnancies(void **state)
{
	struct shape s;

	(void)state;
	memset(&s, 0, sizeof s);
	each_household(SEEDGEN_LAYOUT_LARGE, 5, today0, 5000, shape_fn, &s);
	assert_true(s.open > 50);
	assert_true(s.ended > 50);
	assert_true(s.estimated > 10);
	memset(&s, 0, sizeof s);
	each_household(SEEDGEN_LAYOUT_DEMO, 9, (struct date){2024, 2, 29}, 150,
		       shape_fn, &s);
}

/* ---- layouts ------------------------------------------------------------ */

static void
check_shares(const struct seedgen_layout *l)
{
	long next = 0;
	size_t i;

	for (i = 0; i < l->nposyandu; i++) {
		assert_int_equal(l->posyandu[i].first, next);
		next += l->posyandu[i].households;
	}
	assert_int_equal(next, l->households);
}

static void
test_layout_demo(void **state)
{
	struct seedgen_layout *l =
		seedgen_layout_new(SEEDGEN_LAYOUT_DEMO, 1, today0, 150);
	static const char *const codes[] = {"MAWAR", "MELATI", "ANGGREK"};
	size_t i;

	(void)state;
	assert_int_equal(l->nposyandu, 3);
	assert_int_equal(l->nwilayah, 4);
	assert_int_equal(l->wilayah[3].level, SEEDGEN_DESA);
	assert_string_equal(l->wilayah[3].name, "Sukamaju");
	assert_string_equal(l->wilayah[0].code, "99");
	for (i = 0; i < 3; i++) {
		assert_string_equal(l->posyandu[i].code, codes[i]);
		assert_int_equal(l->posyandu[i].desa, 3);
		assert_in_range(l->posyandu[i].households, 35, 65);
	}
	check_shares(l);
	seedgen_layout_free(l);
	/* fewer households than posyandu still adds up */
	l = seedgen_layout_new(SEEDGEN_LAYOUT_DEMO, 1, today0, 2);
	check_shares(l);
	seedgen_layout_free(l);
}

static void
test_layout_large(void **state)
{
	struct seedgen_layout *l =
		seedgen_layout_new(SEEDGEN_LAYOUT_LARGE, 4, today0, 100000);
	long levels[4] = {0};
	size_t i, j;

	(void)state;
	assert_in_range((long)l->nposyandu, 780, 820);
	check_shares(l);
	for (i = 0; i < l->nwilayah; i++) {
		const struct seedgen_wilayah *w = &l->wilayah[i];

		levels[w->level]++;
		if (w->level == SEEDGEN_PROVINSI) {
			assert_int_equal(w->parent, -1);
		} else {
			assert_in_range(w->parent, 0, (long)i - 1);
			assert_int_equal(l->wilayah[w->parent].level,
					 w->level - 1);
			assert_true(str_starts_with(
				w->code, l->wilayah[w->parent].code));
		}
		for (j = 0; j < i; j++)
			if (l->wilayah[j].level == w->level) {
				assert_string_not_equal(l->wilayah[j].code,
							w->code);
				if (w->level == SEEDGEN_DESA)
					assert_string_not_equal(
						l->wilayah[j].name, w->name);
			}
	}
	assert_int_equal(levels[SEEDGEN_PROVINSI], 1);
	assert_int_equal(levels[SEEDGEN_KABUPATEN], 1);
	assert_in_range(levels[SEEDGEN_KECAMATAN], 10, 25);
	assert_in_range(levels[SEEDGEN_DESA], 130, 200);
	for (i = 0; i < l->nposyandu; i++) {
		const struct seedgen_posyandu *p = &l->posyandu[i];

		assert_int_equal(l->wilayah[p->desa].level, SEEDGEN_DESA);
		assert_in_range(p->households, 80, 190);
		for (j = 0; j < i; j++)
			assert_string_not_equal(l->posyandu[j].code, p->code);
		for (j = 0; p->code[j] != '\0'; j++)
			assert_true((p->code[j] >= 'A' && p->code[j] <= 'Z') ||
				    (p->code[j] >= '0' && p->code[j] <= '9') ||
				    p->code[j] == '-');
	}
	seedgen_layout_free(l);
}

static void
test_codes(void **state)
{
	enum seedgen_layout_kind k;

	(void)state;
	assert_int_equal(seedgen_layout_parse("demo", &k), 0);
	assert_int_equal(k, SEEDGEN_LAYOUT_DEMO);
	assert_int_equal(seedgen_layout_parse("large", &k), 0);
	assert_int_equal(k, SEEDGEN_LAYOUT_LARGE);
	assert_int_equal(seedgen_layout_parse("huge", &k), -1);
	assert_string_equal(seedgen_layout_code(SEEDGEN_LAYOUT_LARGE), "large");
	assert_string_equal(seedgen_level_code(SEEDGEN_KECAMATAN), "kecamatan");
	assert_string_equal(seedgen_relation_code(SEEDGEN_MERTUA), "mertua");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rng),
		cmocka_unit_test(test_same_seed_same_persons),
		cmocka_unit_test(test_different_seed_differs),
		cmocka_unit_test(test_prefix_independent_of_size),
		cmocka_unit_test(test_every_life_stage_in_demo),
		cmocka_unit_test(test_nik_kk_and_names),
		cmocka_unit_test(test_households_and_pregnancies),
		cmocka_unit_test(test_layout_demo),
		cmocka_unit_test(test_layout_large),
		cmocka_unit_test(test_codes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
