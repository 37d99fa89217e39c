/*
 * seedgen: a fictional population, deterministic for a seed. Layout first
 * (places and how many households each posyandu gets), then each
 * household from its own PRNG stream keyed by (seed, index), so that
 * households can be made one at a time without any shared state.
 *
 * Coverage of every life stage does not rest on luck: two households in
 * five are young families whose youngest child's age in months is taken
 * from a shuffled 0..59 (so any 150 consecutive households from index 0
 * hold every month of balita, month 0 being a neonate whose mother is in
 * nifas), and one household in 25 is a newly married, pregnant couple.
 */
#include "core/seedgen.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* ---- PRNG: splitmix64 to seed xoshiro256** -------------------------- */

static uint64_t
seedgen_splitmix(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

void
seedgen_rng_init(struct seedgen_rng *r, uint64_t seed)
{
	uint64_t x = seed;
	int i;

	for (i = 0; i < 4; i++)
		r->s[i] = seedgen_splitmix(&x);
}

static uint64_t
seedgen_rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

uint64_t
seedgen_rng_next(struct seedgen_rng *r)
{
	uint64_t *s = r->s;
	uint64_t result = seedgen_rotl(s[1] * 5, 7) * 9;
	uint64_t t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = seedgen_rotl(s[3], 45);
	return result;
}

uint32_t
seedgen_rng_below(struct seedgen_rng *r, uint32_t n)
{
	/* Lemire's multiply-and-reject: no modulo bias. */
	uint64_t m = (seedgen_rng_next(r) >> 32) * (uint64_t)n;
	uint32_t low = (uint32_t)m;

	assert(n >= 1);
	if (low < n) {
		uint32_t floor = (uint32_t)(-n) % n;

		while (low < floor) {
			m = (seedgen_rng_next(r) >> 32) * (uint64_t)n;
			low = (uint32_t)m;
		}
	}
	return (uint32_t)(m >> 32);
}

long
seedgen_rng_range(struct seedgen_rng *r, long lo, long hi)
{
	assert(lo <= hi && hi - lo < 0xffffffffL);
	return lo + (long)seedgen_rng_below(r, (uint32_t)(hi - lo + 1));
}

int
seedgen_rng_chance(struct seedgen_rng *r, unsigned percent)
{
	return seedgen_rng_below(r, 100) < percent;
}

void
seedgen_rng_bytes(struct seedgen_rng *r, unsigned char *out, size_t n)
{
	while (n > 0) {
		uint64_t v = seedgen_rng_next(r);
		size_t k = n < 8 ? n : 8;

		memcpy(out, &v, k);
		out += k;
		n -= k;
	}
}

uint64_t
seedgen_key(uint64_t seed, uint64_t domain, uint64_t index)
{
	uint64_t x = seed ^ domain;
	uint64_t a = seedgen_splitmix(&x);

	x = a ^ (index * 0xd1342543de82ef95ULL);
	return seedgen_splitmix(&x);
}

#define SEEDGEN_DOMAIN_LAYOUT 0x4c41594f5554ULL    /* "LAYOUT" */
#define SEEDGEN_DOMAIN_HOUSEHOLD 0x484f5553454bULL /* "HOUSEK" */
#define SEEDGEN_DOMAIN_MONTHS 0x4d4f4e544853ULL    /* "MONTHS" */
#define SEEDGEN_DOMAIN_EXTRA 0x4558545241ULL       /* "EXTRA" */

/* ---- codes ------------------------------------------------------------ */

int
seedgen_layout_parse(const char *s, enum seedgen_layout_kind *out)
{
	if (str_eq(s, "demo"))
		*out = SEEDGEN_LAYOUT_DEMO;
	else if (str_eq(s, "large"))
		*out = SEEDGEN_LAYOUT_LARGE;
	else
		return -1;
	return 0;
}

const char *
seedgen_layout_code(enum seedgen_layout_kind kind)
{
	return kind == SEEDGEN_LAYOUT_LARGE ? "large" : "demo";
}

const char *
seedgen_level_code(enum seedgen_level level)
{
	static const char *const codes[] = {"provinsi", "kabupaten",
					    "kecamatan", "desa"};

	assert((unsigned)level < ILP_ARRAY_LEN(codes));
	return codes[level];
}

const char *
seedgen_relation_code(enum seedgen_relation rel)
{
	static const char *const codes[] = {
		"kepala", "istri",    "suami",  "anak",   "menantu",
		"cucu",   "orangtua", "mertua", "famili", "lainnya"};

	assert((unsigned)rel < ILP_ARRAY_LEN(codes));
	return codes[rel];
}

/* ---- word lists --------------------------------------------------------
 * Common given names only. Combinations that would name a well-known
 * public figure are avoided by keeping each tradition's second names
 * apart from its first names.
 */

#define LIST(a) a, ILP_ARRAY_LEN(a)

struct seedgen_words {
	const char *const *v;
	size_t n;
};

static const char *const jawa_m[] = {
	"Budi",    "Agus",    "Slamet", "Sutrisno", "Joko",    "Bambang",
	"Heru",    "Wahyu",   "Eko",    "Dwi",      "Sugeng",  "Supriyadi",
	"Suparno", "Sumarno", "Hadi",   "Teguh",    "Bayu",    "Yanto",
	"Mulyono", "Darmaji", "Suroto", "Sukirman", "Wagiman", "Tri"};
static const char *const jawa_f[] = {
	"Siti",     "Dewi",    "Sri",    "Wulan",   "Endang",  "Suparmi",
	"Sumarni",  "Ratna",   "Yuli",   "Rini",    "Lestari", "Sulastri",
	"Sumiyati", "Tuminah", "Painem", "Wartini", "Murni",   "Sarinah",
	"Ngatini",  "Kasiyem", "Puji",   "Indah",   "Retno",   "Ani"};
static const char *const jawa_m2[] = {
	"Santoso",  "Wibowo",   "Susanto",  "Prasetyo", "Nugroho",
	"Setiawan", "Purnomo",  "Hartanto", "Sulistyo", "Raharjo",
	"Wahyudi",  "Haryanto", "Suryono",  "Utomo",    "Kuncoro"};
static const char *const jawa_f2[] = {
	"Lestari",  "Rahayu",     "Wulandari", "Handayani", "Susilowati",
	"Purwanti", "Astuti",     "Rahmawati", "Ningsih",   "Pratiwi",
	"Wahyuni",  "Kusumawati", "Hartini",   "Suryani",   "Sulistyowati"};

static const char *const sunda_m[] = {
	"Asep",   "Ujang", "Dede", "Cecep", "Yayat", "Dadang", "Ade",
	"Engkos", "Iwan",  "Dodi", "Aep",   "Acep",  "Usep",   "Jajang",
	"Deden",  "Dedi",  "Oman", "Udin",  "Encep", "Wawan"};
static const char *const sunda_f[] = {
	"Iis",   "Euis", "Neneng", "Imas", "Tati",  "Nining", "Rina",
	"Enok",  "Cucu", "Popon",  "Elis", "Yayah", "Entin",  "Nani",
	"Lilis", "Ai",   "Eneng",  "Teti", "Wiwin", "Yeni"};
static const char *const sunda_m2[] = {
	"Sunarya",   "Hidayat",  "Permana", "Suryana", "Kusnadi",
	"Supriatna", "Ruhiyat",  "Sopandi", "Mulyana", "Hermawan",
	"Rustandi",  "Saepuloh", "Sobari",  "Nurdin"};
static const char *const sunda_f2[] = {
	"Rohaeti",   "Nurjanah", "Kurniasih", "Rahayu", "Komalasari",
	"Sumiati",   "Hayati",   "Suryani",   "Rosita", "Mulyati",
	"Nurhayati", "Setiasih", "Wartini"};

static const char *const melayu_m[] = {
	"Muhammad", "Ahmad", "Abdul",    "Rizki",   "Fajar",
	"Hendra",   "Fauzi", "Ridwan",   "Irfan",   "Hasan",
	"Yusuf",    "Ilham", "Zulkifli", "Syahrul", "Azhar",
	"Rahmat",   "Arif",  "Firdaus",  "Hamzah",  "Zainal"};
static const char *const melayu_f[] = {
	"Nur",    "Aisyah", "Fatimah", "Nurul",    "Siti",
	"Putri",  "Rahma",  "Annisa",  "Zahra",    "Khadijah",
	"Nabila", "Aulia",  "Halimah", "Zubaidah", "Rosmawati",
	"Maryam", "Hafsah", "Salmah",  "Zainab",   "Rukiah"};
static const char *const melayu_m2[] = {
	"Hidayat", "Ramadhan", "Saputra", "Kurniawan", "Firmansyah",
	"Maulana", "Hakim",    "Rahman",  "Syahputra", "Iskandar",
	"Hamid",   "Ismail",   "Fadli"};
static const char *const melayu_f2[] = {
	"Hasanah", "Aminah",      "Fitriani", "Safitri", "Nuraini", "Rahmawati",
	"Azizah",  "Khairunnisa", "Marlina",  "Yuliani", "Fadilah", "Mardiah"};

static const char *const kristen_m[] = {
	"Yohanes",   "Yosef",     "Petrus",     "Paulus",  "Markus",
	"Stefanus",  "Agustinus", "Fransiskus", "Andreas", "Daniel",
	"Samuel",    "Yakobus",   "Matius",     "Lukas",   "Benediktus",
	"Kornelius", "Timotius",  "Yosua"};
static const char *const kristen_f[] = {
	"Maria",   "Theresia", "Elisabeth", "Fransiska", "Katarina",  "Agnes",
	"Natalia", "Kristina", "Veronika",  "Magdalena", "Debora",    "Yohana",
	"Monika",  "Lusia",    "Rosalia",   "Yuliana",   "Margaretha"};
static const char *const kristen_m2[] = {
	"Wijaya",  "Gunawan", "Setiadi",   "Kristanto", "Susanto",  "Halim",
	"Pranoto", "Budiman", "Hendrawan", "Santosa",   "Kurniadi", "Siswanto"};
static const char *const kristen_f2[] = {
	"Wijaya",    "Kristiani", "Susanti",   "Hendrawati", "Setiawati",
	"Oktaviani", "Yuliani",   "Anggraini", "Lestari",    "Purnamasari"};

static const char *const bali_m[] = {
	"Sudarsana", "Artawan",  "Suardana", "Wirawan",  "Sukadana", "Adnyana",
	"Suarjana",  "Mahendra", "Budiarta", "Sudiarta", "Darmawan", "Parwata",
	"Widiana",   "Astawa",   "Sutama",   "Arsana"};
static const char *const bali_f[] = {
	"Ayu",     "Sri",        "Ari",     "Lestari", "Sukarini", "Suartini",
	"Wahyuni", "Sudiani",    "Astiti",  "Rai",     "Sekar",    "Dewi",
	"Puspa",   "Widiastuti", "Suryani", "Sulastri"};

static const char *const modern_m[] = {
	"Rizky",  "Aditya", "Bagus", "Dimas",  "Farhan", "Raka", "Kevin",
	"Fikri",  "Reza",   "Arkan", "Rafi",   "Alif",   "Danu", "Gilang",
	"Haikal", "Naufal", "Zidan", "Rangga", "Satria", "Arya"};
static const char *const modern_f[] = {
	"Nayla", "Keisha", "Alya",    "Salsabila", "Aurel",
	"Citra", "Dinda",  "Kirana",  "Syifa",     "Anindya",
	"Najwa", "Shafa",  "Azzahra", "Khanza",    "Nadia",
	"Tiara", "Amelia", "Fitri",   "Kayla",     "Zahwa"};
static const char *const modern_m2[] = {
	"Pratama", "Ramadhan", "Saputra", "Maulana",  "Firmansyah", "Putra",
	"Wijaya",  "Hidayat",  "Akbar",   "Alfarizi", "Nugraha",    "Permana"};
static const char *const modern_f2[] = {
	"Putri",   "Aulia",   "Anggraini", "Maharani", "Ramadhani", "Azzahra",
	"Safitri", "Nuraini", "Rahmadani", "Kirana",   "Oktavia",   "Larasati"};

enum seedgen_culture {
	CULTURE_JAWA,
	CULTURE_SUNDA,
	CULTURE_MELAYU,
	CULTURE_KRISTEN,
	CULTURE_BALI
};

/* first male, first female, second male, second female per culture */
static const struct seedgen_words seedgen_names[][4] = {
	{{LIST(jawa_m)}, {LIST(jawa_f)}, {LIST(jawa_m2)}, {LIST(jawa_f2)}},
	{{LIST(sunda_m)}, {LIST(sunda_f)}, {LIST(sunda_m2)}, {LIST(sunda_f2)}},
	{{LIST(melayu_m)},
	 {LIST(melayu_f)},
	 {LIST(melayu_m2)},
	 {LIST(melayu_f2)}},
	{{LIST(kristen_m)},
	 {LIST(kristen_f)},
	 {LIST(kristen_m2)},
	 {LIST(kristen_f2)}},
	{{LIST(bali_m)}, {LIST(bali_f)}, {LIST(bali_m)}, {LIST(bali_f)}},
};
static const struct seedgen_words seedgen_modern[4] = {{LIST(modern_m)},
						       {LIST(modern_f)},
						       {LIST(modern_m2)},
						       {LIST(modern_f2)}};

/* Balinese birth-order names: first, second, third, fourth child. */
static const char *const bali_order_m[4][3] = {{"Wayan", "Putu", "Gede"},
					       {"Made", "Kadek", "Made"},
					       {"Nyoman", "Komang", "Nyoman"},
					       {"Ketut", "Ketut", "Ketut"}};
static const char *const bali_order_f[4][3] = {{"Wayan", "Putu", "Luh"},
					       {"Made", "Kadek", "Made"},
					       {"Nyoman", "Komang", "Nyoman"},
					       {"Ketut", "Ketut", "Ketut"}};

static const char *const street_names[] = {
	"Kenanga", "Cempaka", "Flamboyan",  "Mangga",    "Rambutan",
	"Durian",  "Nangka",  "Kelapa",     "Pahlawan",  "Masjid",
	"Pasar",   "Sawah",   "Merdeka",    "Kamboja",   "Beringin",
	"Delima",  "Salak",   "Jambu",      "Pepaya",    "Sukun",
	"Veteran", "Pemuda",  "Pendidikan", "Balai Desa"};
static const char *const gang_names[] = {
	"Damai",   "Rukun",  "Sejahtera", "Mawar", "Melati",   "Harapan",
	"Bahagia", "Makmur", "Kenari",    "Murai", "Kutilang", "Nuri"};
static const char *const roman[] = {"", " I", " II", " III", " IV"};

static const char *const dusun_names[] = {
	"Krajan",    "Kidul",       "Wetan",       "Kulon",
	"Lor",       "Tengah",      "Karanganyar", "Babakan",
	"Pasirjaya", "Sindangsari", "Gunungsari",  "Sumbersari",
	"Mekarsari", "Tegalsari",   "Sukamulya",   "Cibodas"};
static const char *const flower_names[] = {
	"Mawar",      "Melati",  "Anggrek",     "Kenanga", "Dahlia",  "Cempaka",
	"Flamboyan",  "Teratai", "Seruni",      "Asoka",   "Kamboja", "Tulip",
	"Nusa Indah", "Anyelir", "Bougenville", "Lili"};
static const char *const desa_prefix[] = {
	"Suka",   "Cipta", "Mekar", "Sindang", "Karang", "Tanjung",
	"Sumber", "Harja", "Mulya", "Jaya",    "Bojong", "Wana",
	"Giri",   "Banyu", "Tirta", "Sari",    "Marga",  "Purwa",
	"Kerta",  "Sido",  "Margo", "Tegal",   "Rejo",   "Puspa"};
static const char *const desa_suffix[] = {
	"maju",   "jaya",  "mulya",   "sari", "asih",  "rahayu",
	"makmur", "wangi", "harja",   "tani", "raja",  "agung",
	"indah",  "baru",  "laksana", "rejo", "mukti", "karya"};

static const char *
seedgen_pick(struct seedgen_rng *r, const char *const *v, size_t n)
{
	return v[seedgen_rng_below(r, (uint32_t)n)];
}

#define PICK(r, a) seedgen_pick((r), (a), ILP_ARRAY_LEN(a))

/* Picks an index by integer weights. */
static int
seedgen_weighted(struct seedgen_rng *r, const unsigned *w, int n)
{
	unsigned total = 0, x;
	int i;

	for (i = 0; i < n; i++)
		total += w[i];
	x = seedgen_rng_below(r, total);
	for (i = 0; i < n - 1; i++) {
		if (x < w[i])
			return i;
		x -= w[i];
	}
	return n - 1;
}

/* ---- dates ------------------------------------------------------------ */

/* The latest birth date that is at least `months` old at `at`. */
static long
seedgen_latest_dob(struct date at, int months)
{
	long d = date_to_days(date_add_months(at, -months));

	while (date_age_months(date_from_days(d), at) < months)
		d--;
	while (date_age_months(date_from_days(d + 1), at) >= months)
		d++;
	return d;
}

/* A uniform birth date whose age at `at` is minm..maxm completed months. */
static struct date
seedgen_dob_months(struct seedgen_rng *r, struct date at, int minm, int maxm)
{
	long hi = seedgen_latest_dob(at, minm);
	long lo = seedgen_latest_dob(at, maxm + 1) + 1;

	return date_from_days(seedgen_rng_range(r, lo, hi));
}

static struct date
seedgen_dob_years(struct seedgen_rng *r, struct date at, int miny, int maxy)
{
	return seedgen_dob_months(r, at, miny * 12, maxy * 12 + 11);
}

static int
seedgen_age(struct date dob, struct date at)
{
	return date_age_years(dob, at);
}

/* ---- the layout ------------------------------------------------------- */

static struct seedgen_wilayah *
seedgen_add_wilayah(struct seedgen_layout *l, size_t *cap,
		    struct seedgen_rng *r, int parent, enum seedgen_level level,
		    const char *code, const char *name)
{
	struct seedgen_wilayah *w;

	if (l->nwilayah == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		l->wilayah = xreallocarray(l->wilayah, *cap, sizeof *w);
	}
	w = &l->wilayah[l->nwilayah++];
	memset(w, 0, sizeof *w);
	seedgen_rng_bytes(r, w->id, sizeof w->id);
	w->parent = parent;
	w->level = level;
	str_copy(w->code, code, sizeof w->code);
	str_copy(w->name, name, sizeof w->name);
	return w;
}

static struct seedgen_posyandu *
seedgen_add_posyandu(struct seedgen_layout *l, size_t *cap,
		     struct seedgen_rng *r, int desa, const char *flower,
		     long desa_no, const char *dusun, int rw_first)
{
	struct seedgen_posyandu *p;
	size_t i, j = 0;

	if (l->nposyandu == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		l->posyandu = xreallocarray(l->posyandu, *cap, sizeof *p);
	}
	p = &l->posyandu[l->nposyandu++];
	memset(p, 0, sizeof *p);
	seedgen_rng_bytes(r, p->id, sizeof p->id);
	p->desa = desa;
	/* The code: the flower's letters in upper case, then the desa. */
	for (i = 0; flower[i] != '\0' && j < 20; i++)
		if (flower[i] != ' ')
			p->code[j++] =
				(char)(flower[i] >= 'a' && flower[i] <= 'z'
					       ? flower[i] - 'a' + 'A'
					       : flower[i]);
	if (desa_no > 0)
		snprintf(p->code + j, sizeof p->code - j, "-%03ld", desa_no);
	snprintf(p->name, sizeof p->name, "Posyandu %s", flower);
	str_copy(p->dusun, dusun, sizeof p->dusun);
	p->rw_first = rw_first;
	p->rw_count = 1 + (int)seedgen_rng_below(r, 2);
	return p;
}

/* Shares the households among the posyandu in proportion to a weight. */
static void
seedgen_share_households(struct seedgen_layout *l, struct seedgen_rng *r)
{
	long long total = 0, acc = 0;
	long *w = xcalloc(l->nposyandu, sizeof *w);
	long prev = 0;
	size_t i;

	for (i = 0; i < l->nposyandu; i++) {
		w[i] = seedgen_rng_range(r, 100, 150);
		total += w[i];
	}
	for (i = 0; i < l->nposyandu; i++) {
		long end;

		acc += w[i];
		end = (long)((long long)l->households * acc / total);
		l->posyandu[i].first = prev;
		l->posyandu[i].households = end - prev;
		prev = end;
	}
	free(w);
}

static void
seedgen_layout_demo(struct seedgen_layout *l, struct seedgen_rng *r)
{
	size_t wcap = 0, pcap = 0;
	static const char *const dusun[] = {"Krajan", "Kidul", "Wetan"};
	int rw = 1;
	size_t i;

	seedgen_add_wilayah(l, &wcap, r, -1, SEEDGEN_PROVINSI, "99",
			    "Provinsi Latihan");
	seedgen_add_wilayah(l, &wcap, r, 0, SEEDGEN_KABUPATEN, "99.01",
			    "Kabupaten Latihan");
	seedgen_add_wilayah(l, &wcap, r, 1, SEEDGEN_KECAMATAN, "99.01.01",
			    "Mekarjaya");
	seedgen_add_wilayah(l, &wcap, r, 2, SEEDGEN_DESA, "99.01.01.2001",
			    "Sukamaju");
	for (i = 0; i < 3; i++) {
		struct seedgen_posyandu *p = seedgen_add_posyandu(
			l, &pcap, r, 3, flower_names[i], 0, dusun[i], rw);

		rw += p->rw_count;
	}
}

/* A desa name from the shuffled list of prefix+suffix pairs. */
static void
seedgen_desa_name(const unsigned *order, size_t norder, size_t k, char *out,
		  size_t outsz)
{
	unsigned pair = order[k % norder];
	size_t round = k / norder;
	const char *pre = desa_prefix[pair / ILP_ARRAY_LEN(desa_suffix)];
	const char *suf = desa_suffix[pair % ILP_ARRAY_LEN(desa_suffix)];

	if (round == 0)
		snprintf(out, outsz, "%s%s", pre, suf);
	else
		snprintf(out, outsz, "%s%s %zu", pre, suf, round + 1);
}

static void
seedgen_shuffle(struct seedgen_rng *r, unsigned *v, size_t n)
{
	size_t i;

	for (i = n; i > 1; i--) {
		size_t j = seedgen_rng_below(r, (uint32_t)i);
		unsigned t = v[i - 1];

		v[i - 1] = v[j];
		v[j] = t;
	}
}

/* The state of building a large layout. */
struct seedgen_build {
	struct seedgen_layout *l;
	struct seedgen_rng *r;
	size_t wcap, pcap;
	unsigned *order; /* shuffled prefix+suffix pairs for desa names */
	size_t npairs;
	long desa_no;    /* desa made so far, over all kecamatan */
	long made, want; /* posyandu */
};

/* A desa of 4-6 posyandu (fewer when the want is reached). */
static void
seedgen_large_desa(struct seedgen_build *b, int kec, int kec_no, int d)
{
	struct seedgen_layout *l = b->l;
	int desa = (int)l->nwilayah, rw = 1, k;
	long n = seedgen_rng_range(b->r, 4, 6);
	size_t fl = seedgen_rng_below(b->r, ILP_ARRAY_LEN(flower_names));
	size_t du = seedgen_rng_below(b->r, ILP_ARRAY_LEN(dusun_names));
	char code[40], name[48];

	snprintf(code, sizeof code, "99.01.%02d.%04d", kec_no, 2001 + d);
	seedgen_desa_name(b->order, b->npairs, (size_t)b->desa_no, name,
			  sizeof name);
	b->desa_no++;
	seedgen_add_wilayah(l, &b->wcap, b->r, kec, SEEDGEN_DESA, code, name);
	for (k = 0; k < n && b->made < b->want; k++, b->made++) {
		const char *flower =
			flower_names[(fl + k) % ILP_ARRAY_LEN(flower_names)];
		const char *dusun =
			dusun_names[(du + k) % ILP_ARRAY_LEN(dusun_names)];
		struct seedgen_posyandu *p = seedgen_add_posyandu(
			l, &b->pcap, b->r, desa, flower, b->desa_no, dusun, rw);

		rw += p->rw_count;
	}
}

/* A kecamatan of 8-12 desa, named after its first desa. */
static void
seedgen_large_kecamatan(struct seedgen_build *b, int kec_no)
{
	int kec = (int)b->l->nwilayah, ndesa, d;
	char code[40], name[48];

	ndesa = (int)seedgen_rng_range(b->r, 8, 12);
	snprintf(code, sizeof code, "99.01.%02d", kec_no);
	seedgen_desa_name(b->order, b->npairs, (size_t)b->desa_no, name,
			  sizeof name);
	seedgen_add_wilayah(b->l, &b->wcap, b->r, 1, SEEDGEN_KECAMATAN, code,
			    name);
	for (d = 0; d < ndesa && b->made < b->want; d++)
		seedgen_large_desa(b, kec, kec_no, d);
}

/* A kabupaten with about 125 households per posyandu. */
static void
seedgen_layout_large(struct seedgen_layout *l, struct seedgen_rng *r)
{
	struct seedgen_build b;
	size_t i;
	int kec_no = 0;

	memset(&b, 0, sizeof b);
	b.l = l;
	b.r = r;
	b.npairs = ILP_ARRAY_LEN(desa_prefix) * ILP_ARRAY_LEN(desa_suffix);
	b.order = xcalloc(b.npairs, sizeof *b.order);
	b.want = (l->households + 62) / 125;
	if (b.want < 1)
		b.want = 1;
	for (i = 0; i < b.npairs; i++)
		b.order[i] = (unsigned)i;
	seedgen_shuffle(r, b.order, b.npairs);
	seedgen_add_wilayah(l, &b.wcap, r, -1, SEEDGEN_PROVINSI, "99",
			    "Provinsi Latihan");
	seedgen_add_wilayah(l, &b.wcap, r, 0, SEEDGEN_KABUPATEN, "99.01",
			    "Kabupaten Latihan");
	while (b.made < b.want)
		seedgen_large_kecamatan(&b, ++kec_no);
	free(b.order);
}

struct seedgen_layout *
seedgen_layout_new(enum seedgen_layout_kind kind, uint64_t seed,
		   struct date today, long households)
{
	struct seedgen_layout *l = xcalloc(1, sizeof *l);
	struct seedgen_rng r;

	assert(households >= 1 && households <= SEEDGEN_MAX_HOUSEHOLDS);
	assert(date_valid(today.y, today.m, today.d) &&
	       today.y >= SEEDGEN_MIN_YEAR && today.y <= SEEDGEN_MAX_YEAR);
	l->kind = kind;
	l->seed = seed;
	l->today = today;
	l->households = households;
	seedgen_rng_init(&r, seedgen_key(seed, SEEDGEN_DOMAIN_LAYOUT, 0));
	if (kind == SEEDGEN_LAYOUT_LARGE)
		seedgen_layout_large(l, &r);
	else
		seedgen_layout_demo(l, &r);
	seedgen_share_households(l, &r);
	return l;
}

void
seedgen_layout_free(struct seedgen_layout *l)
{
	if (l == NULL)
		return;
	free(l->wilayah);
	free(l->posyandu);
	free(l);
}

void
seedgen_extra_id(const struct seedgen_layout *l, unsigned n,
		 unsigned char out[16])
{
	struct seedgen_rng r;

	seedgen_rng_init(&r, seedgen_key(l->seed, SEEDGEN_DOMAIN_EXTRA, n));
	seedgen_rng_bytes(&r, out, 16);
}

/* ---- households -------------------------------------------------------- */

struct seedgen_ctx {
	const struct seedgen_layout *l;
	struct seedgen_rng r;
	struct seedgen_household *h;
	enum seedgen_culture culture;
	struct date today;
};

/* Adds a person without a name yet; -1 when the household is full. */
static int
seedgen_person(struct seedgen_ctx *c, char sex, struct date dob,
	       enum seedgen_relation rel)
{
	struct seedgen_household *h = c->h;
	struct seedgen_person *p;

	if (h->npersons >= SEEDGEN_MAX_PERSONS)
		return -1;
	p = &h->persons[h->npersons];
	memset(p, 0, sizeof *p);
	p->sex = sex;
	p->dob = dob;
	p->relation = rel;
	return h->npersons++;
}

static char
seedgen_sex(struct seedgen_ctx *c)
{
	return seedgen_rng_below(&c->r, 2) ? 'P' : 'L';
}

/* A husband's birth date from his wife's: mostly older, at least 19. */
static struct date
seedgen_husband_dob(struct seedgen_ctx *c, struct date wife)
{
	struct date h =
		date_add_days(wife, -seedgen_rng_range(&c->r, -730, 8 * 365));

	while (seedgen_age(h, c->today) < 19)
		h = date_add_days(h, -365);
	return h;
}

/* A child born when the parent was min..max years old (roughly). */
static struct date
seedgen_child_of(struct seedgen_ctx *c, struct date parent, int min, int max)
{
	struct date d =
		date_add_years(parent, (int)seedgen_rng_range(&c->r, min, max));

	return date_add_days(d, seedgen_rng_range(&c->r, 0, 364));
}

/*
 * The youngest child's birth date and older siblings spaced 18-60 months
 * apart while the mother was at least 19 and the child at most max_age
 * (-1: no limit). Writes the dates oldest first; returns how many.
 */
static int
seedgen_siblings(struct seedgen_ctx *c, struct date mother,
		 struct date youngest, int more, int max_age,
		 struct date out[4])
{
	struct date rev[4];
	int n = 0, i;

	rev[n++] = youngest;
	while (n <= more && n < 4) {
		struct date sib = date_add_days(
			rev[n - 1], -seedgen_rng_range(&c->r, 548, 1826));

		if (seedgen_age(mother, sib) < 19 ||
		    (max_age >= 0 && seedgen_age(sib, c->today) > max_age))
			break;
		rev[n++] = sib;
	}
	for (i = 0; i < n; i++)
		out[i] = rev[n - 1 - i];
	return n;
}

/* Adds children (oldest first); returns the youngest's index or -1. */
static int
seedgen_add_children(struct seedgen_ctx *c, const struct date *dobs, int n,
		     enum seedgen_relation rel)
{
	int i, last = -1;

	for (i = 0; i < n; i++) {
		int k = seedgen_person(c, seedgen_sex(c), dobs[i], rel);

		if (k >= 0)
			last = k;
	}
	return last;
}

static int
seedgen_fertile(struct seedgen_ctx *c, int woman, struct date at)
{
	const struct seedgen_person *p = &c->h->persons[woman];
	int age = seedgen_age(p->dob, at);

	return p->sex == 'P' && age >= 15 && age <= 49;
}

/* A delivery of a live child born on birth: an ended pregnancy. */
static void
seedgen_delivery(struct seedgen_ctx *c, int mother, struct date birth)
{
	struct seedgen_household *h = c->h;
	struct seedgen_pregnancy *g;
	long gestation = seedgen_rng_range(&c->r, 259, 290);

	if (mother < 0 || h->npregnancies >= SEEDGEN_MAX_PREGNANCIES)
		return;
	g = &h->pregnancies[h->npregnancies];
	memset(g, 0, sizeof *g);
	g->person = mother;
	g->hpht = date_add_days(birth, -gestation);
	g->hpl = date_add_days(g->hpht, 280);
	g->ended = 1;
	g->end_date = birth;
	g->outcome = SEEDGEN_LAHIR_HIDUP;
	g->birth_place =
		seedgen_rng_chance(&c->r, 85) ? SEEDGEN_FASKES : SEEDGEN_RUMAH;
	if (seedgen_fertile(c, mother, g->hpht) &&
	    seedgen_fertile(c, mother, birth))
		h->npregnancies++;
}

/* An open pregnancy: HPHT 4-40 weeks before today. */
static void
seedgen_pregnant(struct seedgen_ctx *c, int mother)
{
	struct seedgen_household *h = c->h;
	struct seedgen_pregnancy *g;

	if (mother < 0 || h->npregnancies >= SEEDGEN_MAX_PREGNANCIES)
		return;
	g = &h->pregnancies[h->npregnancies];
	memset(g, 0, sizeof *g);
	g->person = mother;
	g->hpht = date_add_days(c->today, -seedgen_rng_range(&c->r, 28, 280));
	g->hpl = date_add_days(g->hpht, 280);
	if (seedgen_fertile(c, mother, g->hpht) &&
	    seedgen_fertile(c, mother, c->today))
		h->npregnancies++;
}

/* A parent of someone in the house (21-35 years older), if at most 90. */
static void
seedgen_grandparent(struct seedgen_ctx *c, struct date child,
		    enum seedgen_relation rel)
{
	struct date dob = seedgen_child_of(c, child, -35, -21);
	char sex = seedgen_rng_chance(&c->r, 70) ? 'P' : 'L';

	if (seedgen_age(dob, c->today) <= 90)
		seedgen_person(c, sex, dob, rel);
}

/* Head, spouse and children with the youngest `month` months old. */
static void
seedgen_young_family(struct seedgen_ctx *c, int month)
{
	static const unsigned more_w[] = {25, 35, 25, 15};
	struct date kids[4], youngest, mother, father;
	int n, m, with_father = seedgen_rng_chance(&c->r, 92), k;

	if (month == 0) /* a neonate */
		youngest = date_add_days(c->today,
					 -seedgen_rng_range(&c->r, 0, 28));
	else
		youngest = seedgen_dob_months(&c->r, c->today, month, month);
	mother = seedgen_dob_years(&c->r, youngest, 19, 38);
	n = seedgen_siblings(c, mother, youngest,
			     seedgen_weighted(&c->r, more_w, 4), -1, kids);
	if (with_father) {
		father = seedgen_husband_dob(c, mother);
		seedgen_person(c, 'L', father, SEEDGEN_KEPALA);
		m = seedgen_person(c, 'P', mother, SEEDGEN_ISTRI);
	} else {
		m = seedgen_person(c, 'P', mother, SEEDGEN_KEPALA);
	}
	k = seedgen_add_children(c, kids, n, SEEDGEN_ANAK);
	if (seedgen_rng_chance(&c->r, 25)) {
		if (with_father && seedgen_rng_chance(&c->r, 50))
			seedgen_grandparent(c, father, SEEDGEN_ORANGTUA);
		else
			seedgen_grandparent(c, mother,
					    with_father ? SEEDGEN_MERTUA
							: SEEDGEN_ORANGTUA);
	}
	if (k >= 0 && month < 12 &&
	    (month < 2 || seedgen_rng_chance(&c->r, 85)))
		seedgen_delivery(c, m, youngest);
	else if (month >= 18 && seedgen_rng_chance(&c->r, 8))
		seedgen_pregnant(c, m);
}

/* A couple without children yet; the wife is pregnant when asked. */
static void
seedgen_young_couple(struct seedgen_ctx *c, int pregnant)
{
	struct date wife = seedgen_dob_years(&c->r, c->today, 19, 30);
	struct date husband = seedgen_husband_dob(c, wife);
	int w;

	seedgen_person(c, 'L', husband, SEEDGEN_KEPALA);
	w = seedgen_person(c, 'P', wife, SEEDGEN_ISTRI);
	if (seedgen_rng_chance(&c->r, 20))
		seedgen_grandparent(c, husband, SEEDGEN_ORANGTUA);
	if (pregnant)
		seedgen_pregnant(c, w);
}

static void
seedgen_couple(struct seedgen_ctx *c)
{
	struct date wife;

	if (seedgen_rng_chance(&c->r, 60)) {
		seedgen_young_couple(c, seedgen_rng_chance(&c->r, 30));
		return;
	}
	wife = seedgen_dob_years(&c->r, c->today, 40, 65);
	seedgen_person(c, 'L', seedgen_husband_dob(c, wife), SEEDGEN_KEPALA);
	seedgen_person(c, 'P', wife, SEEDGEN_ISTRI);
}

/* Parents with children of school age (5-24). */
static void
seedgen_school_family(struct seedgen_ctx *c)
{
	static const unsigned more_w[] = {20, 35, 30, 15};
	struct date kids[4];
	struct date youngest = seedgen_dob_years(&c->r, c->today, 5, 14);
	struct date mother = seedgen_dob_years(&c->r, youngest, 22, 40);
	int n, m;

	n = seedgen_siblings(c, mother, youngest,
			     seedgen_weighted(&c->r, more_w, 4), 24, kids);
	if (seedgen_rng_chance(&c->r, 90)) {
		seedgen_person(c, 'L', seedgen_husband_dob(c, mother),
			       SEEDGEN_KEPALA);
		m = seedgen_person(c, 'P', mother, SEEDGEN_ISTRI);
	} else {
		m = seedgen_person(c, 'P', mother, SEEDGEN_KEPALA);
	}
	seedgen_add_children(c, kids, n, SEEDGEN_ANAK);
	if (seedgen_rng_chance(&c->r, 15))
		seedgen_person(c, seedgen_sex(c),
			       seedgen_dob_years(&c->r, c->today, 10, 25),
			       SEEDGEN_FAMILI);
	if (seedgen_age(mother, c->today) <= 42 && seedgen_rng_chance(&c->r, 5))
		seedgen_pregnant(c, m);
}

/* A married child, their spouse and grandchildren in the parents' home. */
static void
seedgen_married_child(struct seedgen_ctx *c, struct date mother)
{
	static const unsigned more_w[] = {40, 35, 25};
	struct date kids[4], child, spouse, youngest;
	int max_a = seedgen_age(mother, c->today) - 20, a, b, mum, n, k;
	char sex = seedgen_sex(c);

	child = seedgen_child_of(c, mother, 20, max_a < 38 ? max_a : 38);
	if (sex == 'L')
		spouse =
			date_add_days(child, seedgen_rng_range(&c->r, 0, 1825));
	else
		spouse = seedgen_husband_dob(c, child);
	a = seedgen_person(c, sex, child, SEEDGEN_ANAK);
	b = seedgen_person(c, sex == 'L' ? 'P' : 'L', spouse, SEEDGEN_MENANTU);
	if (a < 0 || b < 0)
		return;
	mum = sex == 'P' ? a : b;
	if (seedgen_rng_chance(&c->r, 25)) {
		if (seedgen_age(c->h->persons[mum].dob, c->today) <= 40 &&
		    seedgen_rng_chance(&c->r, 20))
			seedgen_pregnant(c, mum);
		return;
	}
	youngest = seedgen_dob_months(&c->r, c->today, 0, 143);
	if (seedgen_age(c->h->persons[mum].dob, youngest) < 19)
		return;
	n = seedgen_siblings(c, c->h->persons[mum].dob, youngest,
			     seedgen_weighted(&c->r, more_w, 3), 17, kids);
	k = seedgen_add_children(c, kids, n, SEEDGEN_CUCU);
	if (k >= 0 && date_age_months(youngest, c->today) < 12 &&
	    seedgen_rng_chance(&c->r, 85))
		seedgen_delivery(c, mum, youngest);
	else if (date_age_months(youngest, c->today) >= 18 &&
		 seedgen_rng_chance(&c->r, 10))
		seedgen_pregnant(c, mum);
}

/* Parents of 45-70 with unmarried or married children at home. */
static void
seedgen_older_family(struct seedgen_ctx *c)
{
	static const unsigned more_w[] = {30, 40, 30};
	struct date mother = seedgen_dob_years(&c->r, c->today, 45, 68);
	struct date kids[4], youngest;
	int age = seedgen_age(mother, c->today), lo, hi, n;

	if (seedgen_rng_chance(&c->r, 88)) {
		seedgen_person(c, 'L', seedgen_husband_dob(c, mother),
			       SEEDGEN_KEPALA);
		seedgen_person(c, 'P', mother, SEEDGEN_ISTRI);
	} else {
		seedgen_person(c, 'P', mother, SEEDGEN_KEPALA);
	}
	if (seedgen_rng_chance(&c->r, 50)) {
		seedgen_married_child(c, mother);
		return;
	}
	/* unmarried children of 15-30, born when she was 20-42 */
	lo = age - 30 > 20 ? age - 30 : 20;
	hi = age - 15 < 42 ? age - 15 : 42;
	if (lo > hi)
		return;
	youngest = seedgen_child_of(c, mother, lo, hi);
	if (seedgen_age(youngest, c->today) < 15)
		return;
	n = seedgen_siblings(c, mother, youngest,
			     seedgen_weighted(&c->r, more_w, 3), 30, kids);
	seedgen_add_children(c, kids, n, SEEDGEN_ANAK);
}

/* Lansia: a couple, a widow(er) alone, or with a grandchild or child. */
static void
seedgen_lansia(struct seedgen_ctx *c)
{
	struct date head, other;
	int age, lo, hi;

	if (seedgen_rng_chance(&c->r, 30)) {
		head = seedgen_dob_years(&c->r, c->today, 62, 90);
		other = date_add_days(head, seedgen_rng_range(&c->r, 0, 2920));
		seedgen_person(c, 'L', head, SEEDGEN_KEPALA);
		seedgen_person(c, 'P', other, SEEDGEN_ISTRI);
		return;
	}
	head = seedgen_dob_years(&c->r, c->today, 60, 90);
	seedgen_person(c, seedgen_rng_chance(&c->r, 70) ? 'P' : 'L', head,
		       SEEDGEN_KEPALA);
	switch (seedgen_rng_below(&c->r, 3)) {
	case 0:
		seedgen_person(c, seedgen_sex(c),
			       seedgen_dob_years(&c->r, c->today, 8, 20),
			       SEEDGEN_CUCU);
		break;
	case 1:
		age = seedgen_age(head, c->today);
		lo = age - 50 > 20 ? age - 50 : 20;
		hi = age - 30 < 40 ? age - 30 : 40;
		if (lo <= hi)
			seedgen_person(c, seedgen_sex(c),
				       seedgen_child_of(c, head, lo, hi),
				       SEEDGEN_ANAK);
		break;
	default:
		break; /* alone */
	}
}

static void
seedgen_single(struct seedgen_ctx *c)
{
	char sex = seedgen_sex(c);

	seedgen_person(c, sex, seedgen_dob_years(&c->r, c->today, 20, 55),
		       SEEDGEN_KEPALA);
	if (seedgen_rng_chance(&c->r, 20))
		seedgen_person(c, sex,
			       seedgen_dob_years(&c->r, c->today, 18, 40),
			       seedgen_rng_chance(&c->r, 50) ? SEEDGEN_FAMILI
							     : SEEDGEN_LAINNYA);
}

/* The youngest child's age in months for the n-th young family. */
static int
seedgen_slot_month(uint64_t seed, long ordinal)
{
	struct seedgen_rng r;
	unsigned perm[60];
	size_t i;

	seedgen_rng_init(&r, seedgen_key(seed, SEEDGEN_DOMAIN_MONTHS,
					 (uint64_t)(ordinal / 60)));
	for (i = 0; i < 60; i++)
		perm[i] = (unsigned)i;
	seedgen_shuffle(&r, perm, 60);
	return (int)perm[ordinal % 60];
}

static void
seedgen_family(struct seedgen_ctx *c, long index)
{
	static const unsigned kind_w[] = {40, 30, 18, 7, 5};

	if (index % 25 == 8) {
		seedgen_young_couple(c, 1);
		return;
	}
	if (index % 5 == 0 || index % 5 == 2) {
		long ordinal = index / 5 * 2 + (index % 5 == 2);

		seedgen_young_family(c,
				     seedgen_slot_month(c->l->seed, ordinal));
		return;
	}
	switch (seedgen_weighted(&c->r, kind_w, 5)) {
	case 0:
		seedgen_school_family(c);
		break;
	case 1:
		seedgen_older_family(c);
		break;
	case 2:
		seedgen_lansia(c);
		break;
	case 3:
		seedgen_couple(c);
		break;
	default:
		seedgen_single(c);
		break;
	}
}

/* ---- names, numbers, facts ------------------------------------------- */

/* Given names that never stand alone ("Muhammad Rizki", "Siti Aminah"). */
static int
seedgen_needs_second(const char *first)
{
	static const char *const v[] = {"Muhammad", "Ahmad", "Abdul",
					"Nur",      "Nurul", "Siti"};
	size_t i;

	for (i = 0; i < ILP_ARRAY_LEN(v); i++)
		if (str_eq(first, v[i]))
			return 1;
	return 0;
}

static void
seedgen_name(struct seedgen_ctx *c, const struct seedgen_person *p, int order,
	     char *out, size_t outsz)
{
	int f = p->sex == 'P';
	const struct seedgen_words *w;
	const char *first, *second = NULL;
	int tries;

	if (c->culture == CULTURE_BALI) {
		const char *const(*ord)[3] = f ? bali_order_f : bali_order_m;
		const char *o = ord[order % 4][seedgen_rng_below(&c->r, 3)];

		w = &seedgen_names[CULTURE_BALI][f];
		first = seedgen_pick(&c->r, w->v, w->n);
		if (seedgen_rng_chance(&c->r, 30))
			second = seedgen_pick(&c->r, w->v, w->n);
		if (second != NULL && !str_eq(first, second))
			snprintf(out, outsz, "%s %s %s %s", f ? "Ni" : "I", o,
				 first, second);
		else
			snprintf(out, outsz, "%s %s %s", f ? "Ni" : "I", o,
				 first);
		return;
	}
	w = seedgen_names[c->culture];
	if (c->culture != CULTURE_KRISTEN && p->dob.y >= 2000 &&
	    seedgen_rng_chance(&c->r, p->dob.y >= 2010 ? 75 : 40))
		w = seedgen_modern;
	first = seedgen_pick(&c->r, w[f].v, w[f].n);
	if (seedgen_needs_second(first) ||
	    seedgen_rng_chance(&c->r, w == seedgen_modern ? 75 : 55)) {
		for (tries = 0; tries < 4; tries++) {
			second = seedgen_pick(&c->r, w[2 + f].v, w[2 + f].n);
			if (!str_eq(first, second))
				break;
		}
		if (tries == 4)
			second = NULL;
	}
	if (second != NULL)
		snprintf(out, outsz, "%s %s", first, second);
	else
		snprintf(out, outsz, "%s", first);
}

/* Birth order among siblings of the same relation (0 = eldest). */
static int
seedgen_order(struct seedgen_ctx *c, int i)
{
	const struct seedgen_household *h = c->h;
	enum seedgen_relation rel = h->persons[i].relation;
	int k, order = 0;

	if (rel != SEEDGEN_ANAK && rel != SEEDGEN_CUCU)
		return (int)seedgen_rng_below(&c->r, 4);
	for (k = 0; k < h->npersons; k++)
		if (k != i && h->persons[k].relation == rel &&
		    date_cmp(h->persons[k].dob, h->persons[i].dob) < 0)
			order++;
	return order;
}

static void
seedgen_names_all(struct seedgen_ctx *c)
{
	struct seedgen_household *h = c->h;
	int i, k, tries;

	for (i = 0; i < h->npersons; i++) {
		struct seedgen_person *p = &h->persons[i];
		int order = seedgen_order(c, i);

		for (tries = 0; tries < 8; tries++) {
			int same = 0;

			seedgen_name(c, p, order, p->name, sizeof p->name);
			for (k = 0; k < i; k++)
				same |= str_eq(h->persons[k].name, p->name);
			if (!same)
				break;
		}
	}
}

/*
 * NIK and No. KK region: "99" and a fictional kabupaten/kecamatan pair
 * per block of 999 households; the serial comes from the household's
 * place in the block and the member's, so every NIK is unique.
 */
static void
seedgen_region(long index, char out[7])
{
	long unit = index / 999;

	snprintf(out, 7, "99%02u%02u", (unsigned)(unit / 99 % 99) + 1u,
		 (unsigned)(unit % 99) + 1u);
}

static void
seedgen_nik(const struct seedgen_household *h, int member,
	    const struct seedgen_person *p, char out[17])
{
	char region[7];
	unsigned dd = (unsigned)p->dob.d + (p->sex == 'P' ? 40u : 0u);
	unsigned serial =
		(unsigned)(h->index % 999) * 10u + (unsigned)member + 1;

	seedgen_region(h->index, region);
	snprintf(out, 17, "%.6s%02u%02u%02u%04u", region, dd % 100,
		 (unsigned)p->dob.m % 100, (unsigned)p->dob.y % 100,
		 serial % 10000);
}

static void
seedgen_kk(struct seedgen_ctx *c, char out[17])
{
	struct seedgen_household *h = c->h;
	char region[7];
	long lo = date_to_days(date_add_years(h->persons[0].dob, 17));
	long hi = date_to_days(c->today) - 7;
	long floor = date_to_days(date_add_years(c->today, -20));
	struct date issued;

	if (lo < floor)
		lo = floor;
	issued = lo <= hi ? date_from_days(seedgen_rng_range(&c->r, lo, hi))
			  : c->today;
	seedgen_region(h->index, region);
	snprintf(out, 17, "%.6s%02u%02u%02u%04u", region,
		 (unsigned)issued.d % 100, (unsigned)issued.m % 100,
		 (unsigned)issued.y % 100,
		 (unsigned)(h->index % 999 + 1) % 10000);
}

static void
seedgen_numbers(struct seedgen_ctx *c)
{
	struct seedgen_household *h = c->h;
	int i;

	for (i = 0; i < h->npersons; i++) {
		struct seedgen_person *p = &h->persons[i];
		int days = (int)date_diff_days(p->dob, c->today);
		int age = seedgen_age(p->dob, c->today);
		unsigned nik_pct = age >= 17   ? 90
				   : age >= 1  ? 60
				   : days > 28 ? 15
					       : 0;
		unsigned phone_pct = age < 17 ? 0
				     : i == 0 ? 55
				     : i == 1 ? 45
					      : 25;

		/* Lansia whose birth date is only known by its year. */
		if (age >= 61 && age <= 89 && seedgen_rng_chance(&c->r, 35)) {
			p->dob.m = 7;
			p->dob.d = 1;
			p->dob_estimated = 1;
		}
		if (seedgen_rng_chance(&c->r, nik_pct))
			seedgen_nik(h, i, p, p->nik);
		if (seedgen_rng_chance(&c->r, phone_pct))
			snprintf(p->phone, sizeof p->phone, "0810%08ld",
				 seedgen_rng_range(&c->r, 10000000, 99999999));
	}
}

/* 1 yes, 0 no, -1 unknown. */
static int
seedgen_fact(struct seedgen_rng *r, unsigned yes, unsigned no)
{
	unsigned x = seedgen_rng_below(r, 100);

	return x < yes ? 1 : x < yes + no ? 0 : -1;
}

static void
seedgen_place(struct seedgen_ctx *c, const struct seedgen_posyandu *p)
{
	struct seedgen_household *h = c->h;

	if (seedgen_rng_chance(&c->r, 65))
		snprintf(h->address, sizeof h->address, "Jl. %s No. %ld",
			 PICK(&c->r, street_names),
			 seedgen_rng_range(&c->r, 1, 150));
	else
		snprintf(h->address, sizeof h->address, "Gg. %s%s No. %ld",
			 PICK(&c->r, gang_names), PICK(&c->r, roman),
			 seedgen_rng_range(&c->r, 1, 60));
	snprintf(h->rt, sizeof h->rt, "%03u",
		 1u + seedgen_rng_below(&c->r, 10));
	snprintf(h->rw, sizeof h->rw, "%02ld",
		 (p->rw_first +
		  (long)seedgen_rng_below(&c->r, (uint32_t)p->rw_count)) %
			 100);
	str_copy(h->dusun, p->dusun, sizeof h->dusun);
	h->water_clean = seedgen_fact(&c->r, 85, 10);
	h->latrine_healthy = seedgen_fact(&c->r, 78, 17);
	h->jkn_all = seedgen_fact(&c->r, 65, 27);
	h->smoker_inside = seedgen_fact(&c->r, 40, 50);
}

static int
seedgen_posyandu_of(const struct seedgen_layout *l, long index)
{
	size_t lo = 0, hi = l->nposyandu;

	/* the last posyandu whose first household is <= index */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (l->posyandu[mid].first <= index)
			lo = mid;
		else
			hi = mid;
	}
	return (int)lo;
}

void
seedgen_household(const struct seedgen_layout *l, long index,
		  struct seedgen_household *out)
{
	static const unsigned culture_w[] = {40, 20, 20, 10, 10};
	struct seedgen_ctx c;
	int i;

	assert(index >= 0 && index < l->households);
	memset(out, 0, sizeof *out);
	c.l = l;
	c.h = out;
	c.today = l->today;
	seedgen_rng_init(&c.r, seedgen_key(l->seed, SEEDGEN_DOMAIN_HOUSEHOLD,
					   (uint64_t)index));
	out->index = index;
	out->posyandu = seedgen_posyandu_of(l, index);
	seedgen_rng_bytes(&c.r, out->id, sizeof out->id);
	c.culture = (enum seedgen_culture)seedgen_weighted(&c.r, culture_w, 5);
	seedgen_family(&c, index);
	seedgen_names_all(&c);
	seedgen_numbers(&c);
	if (seedgen_rng_chance(&c.r, 90))
		seedgen_kk(&c, out->no_kk);
	seedgen_place(&c, &l->posyandu[out->posyandu]);
	for (i = 0; i < out->npersons; i++)
		seedgen_rng_bytes(&c.r, out->persons[i].id,
				  sizeof out->persons[i].id);
	for (i = 0; i < out->npregnancies; i++)
		seedgen_rng_bytes(&c.r, out->pregnancies[i].id,
				  sizeof out->pregnancies[i].id);
}
