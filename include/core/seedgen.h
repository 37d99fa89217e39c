/*
 * seedgen: the synthetic, clearly fictional population behind `ilp --demo`
 * and `ilp seed`. A deterministic PRNG (xoshiro256** seeded through
 * splitmix64; never rand()) drives a layout of places (provinsi 99 down to
 * posyandu) and one household at a time: names from Javanese, Sundanese,
 * Malay/Islamic, Christian and Balinese traditions, family structures,
 * addresses, every life stage of ILP.md §2 at a given `today`, open and
 * recently ended pregnancies, household facts, NIK and No. KK with the
 * fictional province code 99, phone numbers with an unassigned prefix.
 *
 * The same (seed, today, layout, households) always yields the same data,
 * including the 16 bytes behind every UUID (the store formats them). A
 * household depends only on (seed, today, its index), so the first
 * households of a large run equal those of a small one.
 *
 * Pure C: no SQL, no curses, no clock reads, no libsodium. It allocates
 * the layout once; households are filled into caller-owned structs.
 */
#ifndef ILP_CORE_SEEDGEN_H
#define ILP_CORE_SEEDGEN_H

#include <stddef.h>
#include <stdint.h>

#include "core/checklist.h"
#include "core/date.h"
#include "core/screening_answers.h"

/* ---- the PRNG -------------------------------------------------------- */

struct seedgen_rng {
	uint64_t s[4];
};

/* Seeds a xoshiro256** state from one 64-bit value (via splitmix64). */
void seedgen_rng_init(struct seedgen_rng *r, uint64_t seed);
/* The next 64 random bits. */
uint64_t seedgen_rng_next(struct seedgen_rng *r);
/* Uniform in [0, n) without modulo bias; n must be >= 1. */
uint32_t seedgen_rng_below(struct seedgen_rng *r, uint32_t n);
/* Uniform in [lo, hi]; lo <= hi. */
long seedgen_rng_range(struct seedgen_rng *r, long lo, long hi);
/* 1 with probability percent/100. */
int seedgen_rng_chance(struct seedgen_rng *r, unsigned percent);
/* Fills n bytes (UUID material). */
void seedgen_rng_bytes(struct seedgen_rng *r, unsigned char *out, size_t n);
/* One 64-bit seed from a (seed, domain, index) triple: independent
 * streams for independent parts of the data. */
uint64_t seedgen_key(uint64_t seed, uint64_t domain, uint64_t index);

/* ---- the layout: places --------------------------------------------- */

enum seedgen_layout_kind {
	SEEDGEN_LAYOUT_DEMO, /* one desa with three posyandu */
	SEEDGEN_LAYOUT_LARGE /* a kabupaten: kecamatan, desa, ~125/posyandu */
};

/* Parses "demo" or "large"; returns 0 or -1. */
int seedgen_layout_parse(const char *s, enum seedgen_layout_kind *out);
const char *seedgen_layout_code(enum seedgen_layout_kind kind);

#define SEEDGEN_MAX_HOUSEHOLDS 1000000L
/* The earliest and latest `today` the generator accepts (whole years). */
#define SEEDGEN_MIN_YEAR 1995
#define SEEDGEN_MAX_YEAR 2199

enum seedgen_level {
	SEEDGEN_PROVINSI,
	SEEDGEN_KABUPATEN,
	SEEDGEN_KECAMATAN,
	SEEDGEN_DESA
};

/* "provinsi", "kabupaten", "kecamatan", "desa": the schema's level names. */
const char *seedgen_level_code(enum seedgen_level level);

struct seedgen_wilayah {
	unsigned char id[16];
	int parent; /* index into the layout's wilayah; -1 for the provinsi */
	enum seedgen_level level;
	char code[21]; /* BPS-style: "99", "99.01", "99.01.03", "99.01.03.2004"
			*/
	char name[48];
};

struct seedgen_posyandu {
	unsigned char id[16];
	int desa;      /* index into the layout's wilayah */
	char code[33]; /* "MAWAR" (demo) or "MAWAR-012" (large) */
	char name[48]; /* "Posyandu Mawar" */
	char dusun[32];
	int rw_first; /* the RWs it serves: rw_first .. rw_first+rw_count-1 */
	int rw_count;
	long first;      /* global index of its first household */
	long households; /* how many households it holds */
};

struct seedgen_layout {
	enum seedgen_layout_kind kind;
	uint64_t seed;
	struct date today;
	long households;                 /* total */
	struct seedgen_wilayah *wilayah; /* parents before children */
	size_t nwilayah;
	struct seedgen_posyandu *posyandu; /* in household order */
	size_t nposyandu;
};

/*
 * Builds the places for `households` households (1..SEEDGEN_MAX_HOUSEHOLDS)
 * as of today (a valid date in SEEDGEN_MIN_YEAR..SEEDGEN_MAX_YEAR). The
 * demo layout is one desa "Sukamaju" with posyandu MAWAR, MELATI and
 * ANGGREK; the large one puts ~125 households in a posyandu, 4-6 posyandu
 * in a desa and 8-12 desa in a kecamatan. The caller frees the result
 * with seedgen_layout_free(). Arguments out of range are programmer
 * errors (assert); callers check them first.
 */
struct seedgen_layout *seedgen_layout_new(enum seedgen_layout_kind kind,
					  uint64_t seed, struct date today,
					  long households);
/* NULL is fine. */
void seedgen_layout_free(struct seedgen_layout *l);

/*
 * Deterministic id bytes for the n-th extra row that is not a place or a
 * household (the demo accounts), from the layout's seed.
 */
void seedgen_extra_id(const struct seedgen_layout *l, unsigned n,
		      unsigned char out[16]);

/* ---- households ------------------------------------------------------ */

#define SEEDGEN_MAX_PERSONS 10
#define SEEDGEN_MAX_PREGNANCIES 4
#define SEEDGEN_NAME_MAX 48

/* The schema's person.relation values. */
enum seedgen_relation {
	SEEDGEN_KEPALA,
	SEEDGEN_ISTRI,
	SEEDGEN_SUAMI,
	SEEDGEN_ANAK,
	SEEDGEN_MENANTU,
	SEEDGEN_CUCU,
	SEEDGEN_ORANGTUA,
	SEEDGEN_MERTUA,
	SEEDGEN_FAMILI,
	SEEDGEN_LAINNYA
};

const char *seedgen_relation_code(enum seedgen_relation rel);

struct seedgen_person {
	unsigned char id[16];
	char name[SEEDGEN_NAME_MAX]; /* ASCII, never empty */
	char sex;                    /* 'L' or 'P' */
	struct date dob;
	int dob_estimated; /* 1 for some lansia: 1 July of the year */
	enum seedgen_relation relation;
	char nik[17];   /* 16 digits, province 99; "" when none */
	char phone[17]; /* "0810" and 8 digits; "" when none */
};

enum seedgen_outcome { SEEDGEN_LAHIR_HIDUP };
enum seedgen_birth_place { SEEDGEN_FASKES, SEEDGEN_RUMAH };

struct seedgen_pregnancy {
	unsigned char id[16];
	int person;           /* index into the household's persons */
	struct date hpht;     /* first day of the last period */
	struct date hpl;      /* hpht + 280 days */
	int ended;            /* 0 = open (status 'hamil') */
	struct date end_date; /* ended: the delivery, a child's dob */
	enum seedgen_outcome outcome;
	enum seedgen_birth_place birth_place;
};

struct seedgen_household {
	unsigned char id[16];
	long index;     /* global index, 0 .. households-1 */
	int posyandu;   /* index into the layout's posyandu */
	char no_kk[17]; /* 16 digits, province 99; "" when none */
	char address[64];
	char rt[4]; /* "001".."010" */
	char rw[4]; /* "01".."12": one of the posyandu's RWs */
	char dusun[32];
	/* 1 yes, 0 no, -1 unknown */
	int water_clean;
	int latrine_healthy;
	int jkn_all;
	int smoker_inside;
	int npersons; /* 1..SEEDGEN_MAX_PERSONS; persons[0] is the head */
	struct seedgen_person persons[SEEDGEN_MAX_PERSONS];
	int npregnancies;
	struct seedgen_pregnancy pregnancies[SEEDGEN_MAX_PREGNANCIES];
};

/*
 * Fills *out with household `index` (0 <= index < l->households) of the
 * layout. Never allocates. The first 150 households of any seed hold
 * every life stage: children of every month 0-59 (one neonate of at most
 * 28 days whose mother is in nifas), open pregnancies, school children,
 * remaja, adults and lansia.
 */
void seedgen_household(const struct seedgen_layout *l, long index,
		       struct seedgen_household *out);

/* ---- home visits ------------------------------------------------------ */

#define SEEDGEN_MAX_VISITS 3
#define SEEDGEN_MAX_VISIT_ANSWERS 160
#define SEEDGEN_MAX_VISIT_REFERRALS 6
#define SEEDGEN_ANSWER_MAX 64

/* One answer: checklist_format_answer()'s text, and its outcome. */
struct seedgen_visit_answer {
	int person; /* index into the household's persons; -1 household */
	const struct checklist_item *item; /* borrowed from the set */
	char text[SEEDGEN_ANSWER_MAX];
	enum checklist_level level;
};

struct seedgen_visit {
	unsigned char id[16];
	struct date on;
	unsigned present; /* bit i: persons[i] was present */
	unsigned stages[SEEDGEN_MAX_PERSONS]; /* of the present, at `on` */
	int first, count;                     /* its answers in a[] */
};

/*
 * A referral a visit made for one person (the reasons of their rujuk
 * answers), with its status today (core/referral order: 0 dirujuk,
 * 1 datang, 2 tidak datang, 3 selesai) reached on status_on after the
 * first history row.
 */
struct seedgen_visit_referral {
	unsigned char id[16];
	unsigned char event_id[2][16];
	int visit;  /* index into v[] */
	int person; /* index into the household's persons */
	int status;
	struct date status_on;
};

struct seedgen_visits {
	int n;
	struct seedgen_visit v[SEEDGEN_MAX_VISITS];
	int na;
	struct seedgen_visit_answer a[SEEDGEN_MAX_VISIT_ANSWERS];
	int nr;
	struct seedgen_visit_referral r[SEEDGEN_MAX_VISIT_REFERRALS];
};

/*
 * The past home visits of household h (made by seedgen_household() from
 * the same layout), deterministic from (seed, today, h->index) and
 * independent of the household's own stream. In the demo layout about
 * half the households were visited in the last four months, once or
 * twice (in the large layout about one in ten, to keep a kabupaten's
 * seed fast); households with a pregnant woman or a baby more often
 * (three in four; large: three in ten), and a pregnant woman's last visit
 * is as often over 30 days ago as under. Present members answer the
 * items of cl that apply to them at the visit date (checklist_applies;
 * the household items on the latest visit), mostly with an answer that
 * calls for nothing; a few call for tindak lanjut or rujuk, and each
 * person with a rujuk answer gets a referral to the Pustu with a 7-day
 * follow-up, whose outcome depends on its age (some still open past the
 * follow-up date). With cl NULL no visit is made. No date is after
 * today, no visit is before a present member's birth. Keeps nothing
 * allocated (answer texts are formatted into out).
 */
void seedgen_visits(const struct seedgen_layout *l,
		    const struct seedgen_household *h,
		    const struct checklist_set *cl, struct seedgen_visits *out);

/* ---- screenings --------------------------------------------------------- */

/* At most: SKILAS+AKS, the PTM measurements with TB, and SRQ-20. */
#define SEEDGEN_MAX_SESSIONS (SEEDGEN_MAX_PERSONS * 3)
#define SEEDGEN_MAX_SCREENINGS (SEEDGEN_MAX_PERSONS * SCREENING_KIND_COUNT)

/* One screening: a person's answers of one kind. */
struct seedgen_screening {
	unsigned char id[16];
	struct screening_answers answers;
};

/*
 * The screenings one person had on one day. When any result is rujuk
 * the store makes one referral from these ids: its status today
 * (core/referral order: 0 dirujuk, 1 datang, 2 tidak datang, 3 selesai)
 * was reached on status_on, after the referral's own history row.
 */
struct seedgen_session {
	int person; /* index into the household's persons */
	struct date on;
	int first, count; /* its screenings in v[] */
	unsigned char referral_id[16];
	unsigned char event_id[2][16];
	int referral_status;
	struct date status_on;
};

struct seedgen_screenings {
	int nsessions;
	struct seedgen_session sessions[SEEDGEN_MAX_SESSIONS];
	int n;
	struct seedgen_screening v[SEEDGEN_MAX_SCREENINGS];
};

/*
 * The past screenings of household h (made by seedgen_household() from
 * the same layout), deterministic from (seed, today, h->index) and
 * independent of the household's own stream: about seven lansia in ten
 * had SKILAS (most with AKS) in the last two years -- so about half are
 * overdue -- and about a quarter of the persons aged 15+ had blood
 * pressure measured in the last 18 months (some with glucose, BMI, waist
 * or TB symptoms on the same day), a few SRQ-20. Most results are normal; some
 * call for a referral. Each person is old enough for each screening on its
 * date, and no date is after today. Never allocates.
 */
void seedgen_screening(const struct seedgen_layout *l,
		       const struct seedgen_household *h,
		       struct seedgen_screenings *out);
/* ---- immunisation histories ------------------------------------------ */

struct schedule;

enum seedgen_place {
	SEEDGEN_PLACE_POSYANDU,
	SEEDGEN_PLACE_PUSTU,
	SEEDGEN_PLACE_PUSKESMAS,
	SEEDGEN_PLACE_FASKES_LAIN
};

/* Room for the doses of one household. */
#define SEEDGEN_MAX_DOSES 200

struct seedgen_dose {
	unsigned char id[16];
	int person;  /* index into the household's persons */
	int antigen; /* index into the schedule's antigens */
	struct date date;
	enum seedgen_place place;
	int history;       /* copied from a paper card */
	char batch[16];    /* "" when not written */
	char given_by[24]; /* "" when not written */
};

/*
 * The immunisation history of household h as of the layout's today,
 * from schedule s (its enabled child antigens and the Td antigen):
 * children under five mostly vaccinated on time, some late, some caught
 * up after their first birthday, some who dropped out, a few with no
 * dose; about three children in a hundred with an invalid dose (too
 * soon or too young) copied from the card; Td doses for women of 15-49 years.
 * Every dose not marked history is valid for the schedule, so the data
 * obeys the same rules as doses recorded through the store. Older doses
 * are mostly history (copied from the card). Deterministic from (seed,
 * today, the household's index); the household's own data is unchanged.
 * Fills out[0..max-1] by person, then date; returns the count.
 */
size_t seedgen_doses(const struct seedgen_layout *l, const struct schedule *s,
		     const struct seedgen_household *h,
		     struct seedgen_dose *out, size_t max);

#endif
