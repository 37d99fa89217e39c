/*
 * writer: the writer of the crash loop (tests/reliability/030-crash-loop.t).
 * Saves households, their head and a child, doses and screenings through
 * the store, each with a fresh save key, until it is killed:
 *
 *   writer DB USER loop             save until killed (or 100,000 saves)
 *   writer DB USER retry KIND KEY ARG
 *                                   repeat one save cut off by the kill
 *
 * Before each save it prints "TRY KIND KEY ARG", after the store answered
 * success "ACK KIND KEY ARG ID", and a refusal as "ERR KIND KEY ARG: why";
 * every line flushed at once, so a line the test reads was written before
 * the kill. A record's content is derived from its key (and ARG names
 * the household or person it belongs to), so "retry" makes the same call
 * again. Kinds: household (ARG "-"), head and child (ARG the household),
 * dose (ARG the child), screening (ARG the head), visit (ARG the
 * household: every active member present, each answering "ya" to their
 * first yes/no item; the key is the visit's id).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "core/inidoc.h"
#include "core/schedule.h"
#include "core/screening_answers.h"
#include "core/visit.h"
#include "store/household.h"
#include "store/immunisation.h"
#include "store/person.h"
#include "store/posyandu.h"
#include "store/screening.h"
#include "store/visit.h"
#include "tool_actor.h"

#define WRITER_MAX_SAVES 100000

static const struct date writer_today = {2025, 8, 12};

struct writer {
	struct store *st;
	struct settings cfg; /* the checklists of home visits */
	struct schedule *schedule;
	struct posyandu *posyandu;
	size_t nposyandu;
	const char *child_antigens[SCHEDULE_MAX_ANTIGENS];
	size_t nchild_antigens;
};

static const char *const writer_names[] = {
	"Budi Santoso", "Siti Aminah", "Agus Salim",  "Dewi Lestari",
	"Joko Widodo",  "Sri Wahyuni", "Bambang Eko", "Rina Marlina",
};

static void
writer_load(struct writer *w, const char *db, const char *user)
{
	struct inidoc *doc;
	struct strlist errors;
	char *cause = NULL;
	size_t i;

	w->st = tool_open_as(db, user);
	config_defaults(&w->cfg);
	strlist_init(&errors);
	if (config_load_data(&w->cfg, &errors) != 0)
		die("%s", errors.n > 0 ? errors.v[0] : "data files");
	strlist_done(&errors);
	doc = config_read_inidoc(ILP_SOURCE_CONFIG_DIR "/imunisasi.ini",
				 &cause);
	if (doc == NULL)
		die("%s", cause);
	strlist_init(&errors);
	if (schedule_load(doc, &w->schedule, &errors) < 0)
		die("%s", errors.n > 0 ? errors.v[0] : "schedule");
	strlist_done(&errors);
	inidoc_free(doc);
	for (i = 0; i < w->schedule->n_antigens; i++)
		if (w->schedule->antigens[i].kind != SCHEDULE_FOR_WUS &&
		    w->schedule->antigens[i].enabled)
			w->child_antigens[w->nchild_antigens++] =
				w->schedule->antigens[i].code;
	if (store_posyandu_list(w->st, &w->posyandu, &w->nposyandu, &cause) <
		    0 ||
	    w->nposyandu == 0)
		die("posyandu: %s", cause != NULL ? cause : "none");
}

static void
writer_free(struct writer *w)
{
	posyandu_list_free(w->posyandu, w->nposyandu);
	schedule_free(w->schedule);
	config_free(&w->cfg);
	store_close(w->st);
}

static int
writer_household(struct writer *w, const char *key, char *id, char **cause)
{
	struct household h;
	unsigned long x = tool_hash(key);
	char addr[64];

	memset(&h, 0, sizeof h);
	/* a kader's own posyandu is forced by the store */
	h.posyandu_id = w->posyandu[x % w->nposyandu].id;
	snprintf(addr, sizeof addr, "Jl. Kenanga %lu", x % 500 + 1);
	h.address = addr;
	h.rt = (char *)"1";
	h.rw = (char *)"2";
	h.water_clean = (int)(x >> 8 & 1);
	h.latrine_healthy = h.jkn_all = h.smoker_inside = HOUSEHOLD_UNKNOWN;
	str_copy(h.save_key, key, sizeof h.save_key);
	return store_household_add(w->st, &h, id, cause);
}

static int
writer_person(struct writer *w, const char *key, const char *hh, int head,
	      char *id, char **cause)
{
	struct person p;
	unsigned long x = tool_hash(key);

	(void)w;
	memset(&p, 0, sizeof p);
	p.household_id = (char *)hh;
	p.name = (char *)writer_names[x % ILP_ARRAY_LEN(writer_names)];
	p.sex = x >> 4 & 1 ? 'P' : 'L';
	/* heads born 1960-1999; children 0-2 years before today */
	p.dob = head ? date_add_days((struct date){1960, 1, 1},
				     (long)((x >> 8) % 14000))
		     : date_add_days(writer_today, -(long)((x >> 8) % 700) - 1);
	p.relation = (char *)(head ? "kepala" : "anak");
	str_copy(p.save_key, key, sizeof p.save_key);
	return store_person_add(w->st, &p, writer_today, id, cause);
}

static int
writer_dose(struct writer *w, const char *key, const char *child, char *id,
	    char **cause)
{
	struct imm_policy pol;
	struct imm_new in;
	struct person p;
	unsigned long x = tool_hash(key);
	long age;
	int rc;

	rc = store_person_get(w->st, child, &p, cause);
	if (rc <= 0) {
		if (rc == 0)
			*cause = xstrdup("no such child");
		return -1;
	}
	memset(&pol, 0, sizeof pol);
	pol.schedule = w->schedule;
	pol.today = writer_today;
	pol.kader_may_record = 1;
	memset(&in, 0, sizeof in);
	in.person_id = child;
	in.antigen = w->child_antigens[x % w->nchild_antigens];
	age = date_to_days(writer_today) - date_to_days(p.dob);
	in.date = date_add_days(p.dob, (long)(x >> 8) % (age + 1));
	in.place = IMM_PLACE_POSYANDU;
	/* copied from a card: stored whatever the schedule says */
	in.history = 1;
	in.save_key = key;
	person_free(&p);
	return store_imm_record(w->st, &pol, &in, id, NULL, cause);
}

static int
writer_screening(struct writer *w, const char *key, const char *adult, char *id,
		 char **cause)
{
	struct screening_answers a;
	struct screening_saved out;
	unsigned long x = tool_hash(key);

	screening_answers_init(&a, SCREENING_BP);
	/* some of them over 160 mmHg: a referral in the same transaction */
	a.u.bp.systolic = 110 + (long)(x % 70);
	a.u.bp.diastolic = 70 + (long)((x >> 8) % 30);
	if (store_screening_save(w->st, screening_config_defaults(), adult,
				 writer_today, writer_today, &a, 1,
				 REFERRAL_PUSKESMAS, key, &out, cause) < 0)
		return -1;
	str_copy(id, out.id[0], 37);
	return 0;
}

/* Answers "ya" to the first yes/no item asked of p, when there is one. */
static void
writer_visit_answer(struct writer *w, struct visit_work *v,
		    const struct person *p)
{
	struct visit_subject who;
	struct visit_items items;
	size_t k;

	who.stages = person_lifestages(p, writer_today);
	who.sex = p->sex;
	who.age_months = date_age_months(p->dob, writer_today);
	visit_items(w->cfg.checklists, &who, &items);
	for (k = 0; k < items.n; k++)
		if (items.item[k]->kind == CHECKLIST_YESNO) {
			visit_work_set_answer(v, p->id, items.item[k]->id,
					      "ya");
			break;
		}
	visit_items_done(&items);
}

static int
writer_visit(struct writer *w, const char *key, const char *hh, char *id,
	     char **cause)
{
	struct household h;
	struct person *m = NULL;
	struct visit_work v;
	size_t n = 0, i;
	int rc;

	rc = store_household_get(w->st, hh, &h, &m, &n, cause);
	if (rc <= 0) {
		if (rc == 0)
			*cause = xstrdup("no such household");
		return -1;
	}
	visit_work_init(&v);
	str_copy(v.id, key, sizeof v.id);
	str_copy(v.household_id, hh, sizeof v.household_id);
	v.on = writer_today;
	for (i = 0; i < n; i++) {
		if (m[i].status != PERSON_AKTIF)
			continue;
		visit_work_set_present(&v, m[i].id, 1);
		writer_visit_answer(w, &v, &m[i]);
	}
	rc = store_visit_save(w->st, w->cfg.checklists, &v, writer_today, NULL,
			      cause);
	if (rc == 0)
		str_copy(id, v.id, 37);
	visit_work_done(&v);
	household_free(&h);
	person_list_free(m, n);
	return rc;
}

/*
 * One save of kind for key (see the kinds at the top of this file).
 */
static int
writer_save(struct writer *w, const char *kind, const char *key,
	    const char *arg, char *id)
{
	char *cause = NULL;
	int rc;

	/*
	 * A breath between saves, as between people: without it one
	 * writer retakes the lock at once and the other's busy handler
	 * (which polls) can wait until its timeout.
	 */
	usleep(200 + (useconds_t)(tool_hash(key) % 800));
	printf("TRY %s %s %s\n", kind, key, arg);
	fflush(stdout);
	if (str_eq(kind, "household"))
		rc = writer_household(w, key, id, &cause);
	else if (str_eq(kind, "head") || str_eq(kind, "child"))
		rc = writer_person(w, key, arg, str_eq(kind, "head"), id,
				   &cause);
	else if (str_eq(kind, "dose"))
		rc = writer_dose(w, key, arg, id, &cause);
	else if (str_eq(kind, "screening"))
		rc = writer_screening(w, key, arg, id, &cause);
	else if (str_eq(kind, "visit"))
		rc = writer_visit(w, key, arg, id, &cause);
	else
		die("unknown kind %s", kind);
	if (rc < 0) {
		printf("ERR %s %s %s: %s\n", kind, key, arg,
		       cause != NULL ? cause : "?");
		free(cause);
	} else {
		printf("ACK %s %s %s %s\n", kind, key, arg, id);
	}
	fflush(stdout);
	return rc;
}

static void
writer_loop(struct writer *w)
{
	char key[STORE_SAVE_KEY_LEN], hh[37], head[37], child[37], id[37];
	long saves = 0;

	while (saves < WRITER_MAX_SAVES) {
		store_new_save_key(key);
		saves++;
		if (writer_save(w, "household", key, "-", hh) < 0)
			continue;
		store_new_save_key(key);
		if (writer_save(w, "head", key, hh, head) < 0)
			continue;
		store_new_save_key(key);
		if (writer_save(w, "child", key, hh, child) < 0)
			continue;
		store_new_save_key(key);
		(void)writer_save(w, "dose", key, child, id);
		store_new_save_key(key);
		(void)writer_save(w, "screening", key, head, id);
		store_new_save_key(key);
		(void)writer_save(w, "dose", key, child, id);
		store_new_save_key(key);
		(void)writer_save(w, "visit", key, hh, id);
		saves += 6;
	}
}

int
main(int argc, char **argv)
{
	struct writer w;
	char id[37];
	int rc = 0;

	if (argc < 4 || (str_eq(argv[3], "retry") && argc != 7)) {
		fprintf(stderr, "usage: writer DB USER loop\n"
				"       writer DB USER retry KIND KEY ARG\n");
		return 2;
	}
	memset(&w, 0, sizeof w);
	writer_load(&w, argv[1], argv[2]);
	if (str_eq(argv[3], "loop"))
		writer_loop(&w);
	else if (str_eq(argv[3], "retry"))
		rc = writer_save(&w, argv[4], argv[5], argv[6], id) < 0;
	else
		die("unknown mode %s", argv[3]);
	writer_free(&w);
	return rc;
}
