/*
 * store/seed: bulk insert of core/seedgen's population. Speed comes from
 * cached prepared statements, large transactions, text bound without a
 * copy (SQLITE_STATIC: the buffers outlive each step) and the audit
 * triggers switched off through st->audit_off; the one 'seed' audit row
 * says what was written. Passwords are hashed before the write lock.
 */
#include "store/seed.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/priority.h"
#include "core/referral.h"
#include "core/utf8.h"
#include "core/visit.h"
#include "core/schedule.h"
#include "crypto.h"
#include "internal.h"
#include "search.h"

const struct seed_account seed_accounts[] = {
	{"kader1", "Kader Latihan 1", ROLE_KADER, 0},
	{"kader2", "Kader Latihan 2", ROLE_KADER, 1},
	{"bidan", "Bidan Latihan", ROLE_NAKES, -1},
	{"admin", "Admin Latihan", ROLE_ADMIN, -1},
};
const int seed_account_count = (int)ILP_ARRAY_LEN(seed_accounts);

/* Argon2id's minimum cost: the demo password is public anyway. */
#define SEED_PWHASH_MIB 19
#define SEED_PWHASH_OPS 2
/* PRAGMA cache_size during the load: negative = KiB. */
#define SEED_CACHE_KIB (-16384LL)

struct seed_run {
	struct store *st;
	const struct seedgen_layout *l;
	const char *actor;
	char now[21];
	char (*posyandu_ids)[CRYPTO_UUID_LEN];
	long persons;
	long pregnancies;
	long visits;
	const struct checklist_set *checklists;
	struct seedgen_visits *sv; /* one household's, reused */
	/* screenings */
	const struct screening_config *cfg;
	struct seedgen_screenings *scr;
	long screenings;
	long referrals;
	long doses;
	struct seedgen_dose *dose_buf; /* SEEDGEN_MAX_DOSES, with a schedule */
};

static const char seed_sql_empty[] =
	"SELECT EXISTS (SELECT 1 FROM wilayah) OR EXISTS (SELECT 1 FROM "
	"posyandu) OR EXISTS (SELECT 1 FROM account) OR EXISTS (SELECT 1 "
	"FROM household) OR EXISTS (SELECT 1 FROM person) OR EXISTS "
	"(SELECT 1 FROM pregnancy)";
static const char seed_sql_meta[] =
	"INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) "
	"DO UPDATE SET value = excluded.value";
static const char seed_sql_wilayah[] =
	"INSERT INTO wilayah (id, parent_id, level, code, name, created_at, "
	"created_by, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, "
	"?6, ?7, ?6, ?7)";
static const char seed_sql_posyandu[] =
	"INSERT INTO posyandu (id, code, name, desa_id, dusun, created_at, "
	"created_by, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, "
	"?6, ?7, ?6, ?7)";
static const char seed_sql_account[] =
	"INSERT INTO account (id, username, full_name, role, posyandu_id, "
	"pwhash, created_at, created_by, updated_at, updated_by) VALUES "
	"(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?7, ?8)";
static const char seed_sql_household[] =
	"INSERT INTO household (id, posyandu_id, no_kk, address, rt, rw, "
	"dusun, water_clean, latrine_healthy, jkn_all, smoker_inside, "
	"created_at, created_by, updated_at, updated_by) VALUES (?1, ?2, "
	"?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?12, ?13)";
static const char seed_sql_person[] =
	"INSERT INTO person (id, household_id, name, sex, dob, "
	"dob_estimated, relation, nik, phone, created_at, created_by, "
	"updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
	"?9, ?10, ?11, ?10, ?11)";
static const char seed_sql_pregnancy[] =
	"INSERT INTO pregnancy (id, person_id, hpht, hpl, status, end_date, "
	"outcome, birth_place, created_at, created_by, updated_at, "
	"updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?9, "
	"?10)";
static const char seed_sql_screening[] =
	"INSERT INTO screening (id, person_id, kind, screened_on, answers, "
	"category, outcome, domains, referral_id, created_at, created_by, "
	"updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
	"?10, ?11, ?10, ?11)";
static const char seed_sql_referral[] =
	"INSERT INTO referral (id, person_id, source, source_id, reason, "
	"destination, referred_on, followup_on, status, status_on, "
	"version, created_at, created_by, updated_at, updated_by) VALUES "
	"(?1, ?2, 'skrining', ?3, ?4, 'puskesmas', ?5, ?6, ?7, ?8, ?9, "
	"?10, ?11, ?10, ?11)";
static const char seed_sql_referral_event[] =
	"INSERT INTO referral_event (id, referral_id, status, on_date, note, "
	"created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
static const char seed_sql_dose[] =
	"INSERT INTO dose (id, person_id, antigen, given_on, place, batch, "
	"given_by, history, created_at, created_by, updated_at, updated_by) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?9, ?10)";
static const char seed_sql_visit[] =
	"INSERT INTO visit (id, household_id, visited_on, created_at, "
	"created_by, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?4, "
	"?5)";
static const char seed_sql_visit_member[] =
	"INSERT INTO visit_member (visit_id, person_id, stages) VALUES (?1, "
	"?2, ?3)";
static const char seed_sql_visit_answer[] =
	"INSERT INTO visit_answer (visit_id, item, answer, level, person_id) "
	"VALUES (?1, ?2, ?3, ?4, ?5)";
static const char seed_sql_visit_household_answer[] =
	"INSERT INTO visit_household_answer (visit_id, item, answer, level) "
	"VALUES (?1, ?2, ?3, ?4)";
static const char seed_sql_visit_referral[] =
	"INSERT INTO referral (id, person_id, source, source_id, reason, "
	"destination, referred_on, followup_on, status, status_on, version, "
	"created_at, created_by, updated_at, updated_by) VALUES (?1, ?2, "
	"'kunjungan', ?3, ?4, 'pustu', ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?10, "
	"?11)";
static const char seed_sql_audit[] =
	"INSERT INTO audit (actor, action, tbl, row_id, summary) VALUES "
	"(app_user(), 'seed', '', '', ?1)";

/* Text that lives until the statement has run (no copy). */
static void
seed_bind(sqlite3_stmt *s, int i, const char *v)
{
	sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
}

/* The same; NULL or "" binds SQL NULL. */
static void
seed_bind_opt(sqlite3_stmt *s, int i, const char *v)
{
	if (v == NULL || v[0] == '\0')
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
}

/* Runs a bound statement from db_stmt(); 0 or -1 with *cause. */
static int
seed_step(struct store *st, sqlite3_stmt *s, char **cause)
{
	int rc = sqlite3_step(s);

	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	return 0;
}

static int
seed_check_options(const struct seed_options *opt, char **cause)
{
	const struct date *t = &opt->today;

	if (opt->households < 1 || opt->households > SEEDGEN_MAX_HOUSEHOLDS) {
		*cause = trf(MSG_SEED_HOUSEHOLDS, 1L, SEEDGEN_MAX_HOUSEHOLDS);
		return -1;
	}
	if (!date_valid(t->y, t->m, t->d) || t->y < SEEDGEN_MIN_YEAR ||
	    t->y > SEEDGEN_MAX_YEAR) {
		*cause =
			trf(MSG_SEED_TODAY, SEEDGEN_MIN_YEAR, SEEDGEN_MAX_YEAR);
		return -1;
	}
	if (opt->layout != SEEDGEN_LAYOUT_DEMO &&
	    opt->layout != SEEDGEN_LAYOUT_LARGE) {
		*cause = trf(MSG_SEED_LAYOUT, "?");
		return -1;
	}
	return 0;
}

/* Inside the transaction: refuses a database that holds any record. */
static int
seed_check_empty(struct store *st, char **cause)
{
	sqlite3_stmt *s = db_stmt(st, seed_sql_empty, cause);
	int rc, used;

	if (s == NULL)
		return -1;
	rc = sqlite3_step(s);
	used = rc == SQLITE_ROW && sqlite3_column_int(s, 0) != 0;
	db_done(s);
	if (rc != SQLITE_ROW) {
		*cause = db_error(st, rc);
		return -1;
	}
	if (used) {
		char *demo = store_meta_get(st, "demo");

		*cause = trf(str_eq(demo, "1") ? MSG_SEED_ALREADY
					       : MSG_SEED_NOT_EMPTY,
			     st->path);
		free(demo);
		return -1;
	}
	return 0;
}

static int
seed_meta(struct store *st, const char *key, const char *value, char **cause)
{
	sqlite3_stmt *s = db_stmt(st, seed_sql_meta, cause);

	if (s == NULL)
		return -1;
	seed_bind(s, 1, key);
	seed_bind(s, 2, value);
	return seed_step(st, s, cause);
}

static int
seed_write_meta(struct seed_run *run, const struct seed_options *opt,
		char **cause)
{
	char seed[24], today[DATE_ISO_LEN], households[24];

	snprintf(seed, sizeof seed, "%" PRIu64, opt->seed);
	snprintf(households, sizeof households, "%ld", opt->households);
	date_format_iso(opt->today, today);
	if (seed_meta(run->st, "demo", "1", cause) < 0 ||
	    seed_meta(run->st, "seed", seed, cause) < 0 ||
	    seed_meta(run->st, "seed_today", today, cause) < 0 ||
	    seed_meta(run->st, "seed_layout", seedgen_layout_code(opt->layout),
		      cause) < 0 ||
	    seed_meta(run->st, "seed_households", households, cause) < 0)
		return -1;
	return 0;
}

static int
seed_write_places(struct seed_run *run, char **cause)
{
	const struct seedgen_layout *l = run->l;
	char(*wids)[CRYPTO_UUID_LEN] = xcalloc(l->nwilayah, sizeof *wids);
	sqlite3_stmt *s;
	size_t i;
	int rc = -1;

	for (i = 0; i < l->nwilayah; i++) {
		const struct seedgen_wilayah *w = &l->wilayah[i];

		crypto_uuid_from_bytes(w->id, wids[i]);
		if ((s = db_stmt(run->st, seed_sql_wilayah, cause)) == NULL)
			goto out;
		seed_bind(s, 1, wids[i]);
		seed_bind_opt(s, 2, w->parent >= 0 ? wids[w->parent] : NULL);
		seed_bind(s, 3, seedgen_level_code(w->level));
		seed_bind(s, 4, w->code);
		seed_bind(s, 5, w->name);
		seed_bind(s, 6, run->now);
		seed_bind(s, 7, run->actor);
		if (seed_step(run->st, s, cause) < 0)
			goto out;
	}
	for (i = 0; i < l->nposyandu; i++) {
		const struct seedgen_posyandu *p = &l->posyandu[i];

		crypto_uuid_from_bytes(p->id, run->posyandu_ids[i]);
		if ((s = db_stmt(run->st, seed_sql_posyandu, cause)) == NULL)
			goto out;
		seed_bind(s, 1, run->posyandu_ids[i]);
		seed_bind(s, 2, p->code);
		seed_bind(s, 3, p->name);
		seed_bind(s, 4, wids[p->desa]);
		seed_bind(s, 5, p->dusun);
		seed_bind(s, 6, run->now);
		seed_bind(s, 7, run->actor);
		if (seed_step(run->st, s, cause) < 0)
			goto out;
	}
	rc = 0;
out:
	free(wids);
	return rc;
}

/* Hashes before the transaction: each takes tens of milliseconds. */
static int
seed_hash_passwords(char (*hashes)[CRYPTO_HASH_MAX], char **cause)
{
	int i;

	for (i = 0; i < seed_account_count; i++) {
		if (crypto_hash_password(SEED_DEMO_PASSWORD, SEED_PWHASH_MIB,
					 SEED_PWHASH_OPS, hashes[i]) < 0) {
			*cause = xstrdup(tr(MSG_ACCOUNT_HASH_FAILED));
			return -1;
		}
	}
	return 0;
}

static int
seed_write_accounts(struct seed_run *run, char (*hashes)[CRYPTO_HASH_MAX],
		    char **cause)
{
	int i;

	for (i = 0; i < seed_account_count; i++) {
		const struct seed_account *a = &seed_accounts[i];
		unsigned char b[16];
		char id[CRYPTO_UUID_LEN];
		const char *posyandu = NULL;
		sqlite3_stmt *s;

		if (a->posyandu >= 0) {
			size_t k = (size_t)a->posyandu < run->l->nposyandu
					   ? (size_t)a->posyandu
					   : run->l->nposyandu - 1;

			posyandu = run->posyandu_ids[k];
		}
		seedgen_extra_id(run->l, (unsigned)i, b);
		crypto_uuid_from_bytes(b, id);
		if ((s = db_stmt(run->st, seed_sql_account, cause)) == NULL)
			return -1;
		seed_bind(s, 1, id);
		seed_bind(s, 2, a->username);
		seed_bind(s, 3, a->full_name);
		seed_bind(s, 4, role_code(a->role));
		seed_bind_opt(s, 5, posyandu);
		seed_bind(s, 6, hashes[i]);
		seed_bind(s, 7, run->now);
		seed_bind(s, 8, run->actor);
		if (seed_step(run->st, s, cause) < 0)
			return -1;
	}
	return 0;
}

static void
seed_bind_fact(sqlite3_stmt *s, int i, int v)
{
	if (v < 0)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_int(s, i, v);
}

static int
seed_write_persons(struct seed_run *run, const struct seedgen_household *h,
		   const char *hid, char (*pids)[CRYPTO_UUID_LEN], char **cause)
{
	int i;

	for (i = 0; i < h->npersons; i++) {
		const struct seedgen_person *p = &h->persons[i];
		char dob[DATE_ISO_LEN], sex[2] = {p->sex, '\0'};
		sqlite3_stmt *s = db_stmt(run->st, seed_sql_person, cause);

		if (s == NULL)
			return -1;
		crypto_uuid_from_bytes(p->id, pids[i]);
		date_format_iso(p->dob, dob);
		seed_bind(s, 1, pids[i]);
		seed_bind(s, 2, hid);
		seed_bind(s, 3, p->name);
		seed_bind(s, 4, sex);
		seed_bind(s, 5, dob);
		sqlite3_bind_int(s, 6, p->dob_estimated);
		seed_bind(s, 7, seedgen_relation_code(p->relation));
		seed_bind_opt(s, 8, p->nik);
		seed_bind_opt(s, 9, p->phone);
		seed_bind(s, 10, run->now);
		seed_bind(s, 11, run->actor);
		if (seed_step(run->st, s, cause) < 0)
			return -1;
	}
	run->persons += h->npersons;
	return 0;
}

static int
seed_write_pregnancies(struct seed_run *run, const struct seedgen_household *h,
		       char (*pids)[CRYPTO_UUID_LEN], char **cause)
{
	int i;

	for (i = 0; i < h->npregnancies; i++) {
		const struct seedgen_pregnancy *g = &h->pregnancies[i];
		char id[CRYPTO_UUID_LEN], hpht[DATE_ISO_LEN], hpl[DATE_ISO_LEN],
			end[DATE_ISO_LEN];
		sqlite3_stmt *s = db_stmt(run->st, seed_sql_pregnancy, cause);

		if (s == NULL)
			return -1;
		crypto_uuid_from_bytes(g->id, id);
		seed_bind(s, 1, id);
		seed_bind(s, 2, pids[g->person]);
		seed_bind(s, 3, date_format_iso(g->hpht, hpht));
		seed_bind(s, 4, date_format_iso(g->hpl, hpl));
		seed_bind(s, 5, g->ended ? "selesai" : "hamil");
		if (g->ended) {
			seed_bind(s, 6, date_format_iso(g->end_date, end));
			seed_bind(s, 7, "lahir_hidup");
			seed_bind(s, 8,
				  g->birth_place == SEEDGEN_FASKES ? "faskes"
								   : "rumah");
		}
		seed_bind(s, 9, run->now);
		seed_bind(s, 10, run->actor);
		if (seed_step(run->st, s, cause) < 0)
			return -1;
	}
	run->pregnancies += h->npregnancies;
	return 0;
}

/* The schema's dose.place for seedgen's places. */
static const char *
seed_place_code(enum seedgen_place p)
{
	static const char *const codes[] = {"posyandu", "pustu", "puskesmas",
					    "faskes_lain"};

	return (unsigned)p < ILP_ARRAY_LEN(codes) ? codes[p] : "faskes_lain";
}

static int
seed_write_referral_event(struct seed_run *run, const unsigned char b[16],
			  const char *rid, enum referral_status status,
			  struct date on, const char *note, char **cause)
{
	char id[CRYPTO_UUID_LEN], day[DATE_ISO_LEN];
	sqlite3_stmt *s = db_stmt(run->st, seed_sql_referral_event, cause);

	if (s == NULL)
		return -1;
	crypto_uuid_from_bytes(b, id);
	seed_bind(s, 1, id);
	seed_bind(s, 2, rid);
	seed_bind(s, 3, referral_status_code(status));
	seed_bind(s, 4, date_format_iso(on, day));
	seed_bind(s, 5, note);
	seed_bind(s, 6, run->now);
	seed_bind(s, 7, run->actor);
	return seed_step(run->st, s, cause);
}

/* The referral of a session whose results call for one, with history. */
static int
seed_write_referral(struct seed_run *run, const struct seedgen_session *ss,
		    const char *pid, const char *source_id,
		    const struct screening_eval *ev, char *rid, char **cause)
{
	enum referral_status st = (enum referral_status)ss->referral_status;
	char d1[DATE_ISO_LEN], d2[DATE_ISO_LEN], d3[DATE_ISO_LEN];
	char *reason = screening_referral_reason(ev, (size_t)ss->count,
						 REFERRAL_REASON_MAX);
	sqlite3_stmt *s = db_stmt(run->st, seed_sql_referral, cause);
	int rc = -1;

	if (s == NULL)
		goto out;
	crypto_uuid_from_bytes(ss->referral_id, rid);
	seed_bind(s, 1, rid);
	seed_bind(s, 2, pid);
	seed_bind(s, 3, source_id);
	seed_bind(s, 4, reason);
	seed_bind(s, 5, date_format_iso(ss->on, d1));
	seed_bind(s, 6, date_format_iso(priority_followup_date(ss->on), d2));
	seed_bind(s, 7, referral_status_code(st));
	seed_bind(s, 8, date_format_iso(ss->status_on, d3));
	sqlite3_bind_int(s, 9, st == REFERRAL_DIRUJUK ? 1 : 2);
	seed_bind(s, 10, run->now);
	seed_bind(s, 11, run->actor);
	if (seed_step(run->st, s, cause) < 0 ||
	    seed_write_referral_event(run, ss->event_id[0], rid,
				      REFERRAL_DIRUJUK, ss->on, "",
				      cause) < 0 ||
	    (st != REFERRAL_DIRUJUK &&
	     seed_write_referral_event(run, ss->event_id[1], rid, st,
				       ss->status_on, "", cause) < 0))
		goto out;
	run->referrals++;
	rc = 0;
out:
	free(reason);
	return rc;
}

static int
seed_write_screening(struct seed_run *run, const struct seedgen_screening *v,
		     const struct screening_eval *e, const char *pid,
		     struct date on, const char *rid, char **cause)
{
	char id[CRYPTO_UUID_LEN], day[DATE_ISO_LEN], *text;
	sqlite3_stmt *s = db_stmt(run->st, seed_sql_screening, cause);
	int rc;

	if (s == NULL)
		return -1;
	crypto_uuid_from_bytes(v->id, id);
	text = screening_answers_encode(&v->answers);
	seed_bind(s, 1, id);
	seed_bind(s, 2, pid);
	seed_bind(s, 3, screening_kind_code(v->answers.kind));
	seed_bind(s, 4, date_format_iso(on, day));
	seed_bind(s, 5, text);
	seed_bind(s, 6, e->result.code);
	seed_bind(s, 7, screening_outcome_code(e->result.outcome));
	if (v->answers.kind == SCREENING_SKILAS)
		sqlite3_bind_int(s, 8, (int)e->domains);
	if (e->result.outcome == SCREENING_REFER)
		seed_bind(s, 9, rid);
	seed_bind(s, 10, run->now);
	seed_bind(s, 11, run->actor);
	rc = seed_step(run->st, s, cause);
	free(text);
	run->screenings += rc == 0;
	return rc;
}

/* Each session: evaluate, refer when a result calls for it, then write. */
static int
seed_write_screenings(struct seed_run *run, const struct seedgen_household *h,
		      char (*pids)[CRYPTO_UUID_LEN], char **cause)
{
	struct seedgen_screenings *scr = run->scr;
	struct screening_eval ev[SCREENING_KIND_COUNT];
	char rid[CRYPTO_UUID_LEN], src[CRYPTO_UUID_LEN];
	int i, j, refer;

	seedgen_screening(run->l, h, scr);
	for (i = 0; i < scr->nsessions; i++) {
		const struct seedgen_session *ss = &scr->sessions[i];
		const struct seedgen_screening *v = &scr->v[ss->first];

		refer = -1;
		for (j = 0; j < ss->count; j++) {
			if (screening_answers_eval(run->cfg, &v[j].answers,
						   &ev[j], cause) < 0)
				return -1;
			if (refer < 0 &&
			    ev[j].result.outcome == SCREENING_REFER)
				refer = j;
		}
		rid[0] = '\0';
		if (refer >= 0) {
			crypto_uuid_from_bytes(v[refer].id, src);
			if (seed_write_referral(run, ss, pids[ss->person], src,
						ev, rid, cause) < 0)
				return -1;
		}
		for (j = 0; j < ss->count; j++)
			if (seed_write_screening(run, &v[j], &ev[j],
						 pids[ss->person], ss->on, rid,
						 cause) < 0)
				return -1;
	}
	return 0;
}

static int
seed_write_doses(struct seed_run *run, const struct seed_options *opt,
		 const struct seedgen_household *h,
		 char (*pids)[CRYPTO_UUID_LEN], char **cause)
{
	size_t i, n;

	if (opt->schedule == NULL)
		return 0;
	n = seedgen_doses(run->l, opt->schedule, h, run->dose_buf,
			  SEEDGEN_MAX_DOSES);
	for (i = 0; i < n; i++) {
		const struct seedgen_dose *d = &run->dose_buf[i];
		char id[CRYPTO_UUID_LEN], day[DATE_ISO_LEN];
		sqlite3_stmt *s = db_stmt(run->st, seed_sql_dose, cause);

		if (s == NULL)
			return -1;
		crypto_uuid_from_bytes(d->id, id);
		seed_bind(s, 1, id);
		seed_bind(s, 2, pids[d->person]);
		seed_bind(s, 3, opt->schedule->antigens[d->antigen].code);
		seed_bind(s, 4, date_format_iso(d->date, day));
		seed_bind(s, 5, seed_place_code(d->place));
		seed_bind(s, 6, d->batch);
		seed_bind(s, 7, d->given_by);
		sqlite3_bind_int(s, 8, d->history);
		seed_bind(s, 9, run->now);
		seed_bind(s, 10, run->actor);
		if (seed_step(run->st, s, cause) < 0)
			return -1;
	}
	run->doses += (long)n;
	return 0;
}

/* The reason of person's referral from visit: its rujuk answers. */
static char *
seed_referral_reason(const struct seedgen_visits *sv, int visit, int person,
		     const char *pid)
{
	const struct seedgen_visit *v = &sv->v[visit];
	struct visit_finding f[SEEDGEN_MAX_VISIT_ANSWERS];
	size_t n = 0, i;
	int k;
	char *reason;

	for (k = v->first; k < v->first + v->count; k++) {
		const struct seedgen_visit_answer *a = &sv->a[k];
		struct checklist_answer ans;
		char *why = NULL;

		if (a->person != person || a->level != CHECKLIST_LEVEL_REFER)
			continue;
		if (checklist_parse_answer(a->item, a->text, &ans, &why) < 0) {
			free(why);
			continue;
		}
		f[n].person_id = pid;
		f[n].item = a->item;
		f[n].level = checklist_outcome(a->item, &ans, &f[n].reason);
		n++;
	}
	reason = visit_referral_reason(f, n, pid);
	for (i = 0; i < n; i++)
		free(f[i].reason);
	return reason;
}

static int
seed_write_visit_referral(struct seed_run *run, const struct seedgen_visits *sv,
			  const struct seedgen_visit_referral *r,
			  char (*vids)[CRYPTO_UUID_LEN],
			  char (*pids)[CRYPTO_UUID_LEN], char **cause)
{
	char rid[CRYPTO_UUID_LEN], on[DATE_ISO_LEN], fu[DATE_ISO_LEN],
		st_on[DATE_ISO_LEN], note[REFERRAL_NOTE_MAX + 1];
	struct date day = sv->v[r->visit].on;
	char *reason =
		seed_referral_reason(sv, r->visit, r->person, pids[r->person]);
	sqlite3_stmt *s;
	int rc = -1;

	if (reason == NULL)
		return 0;
	s = db_stmt(run->st, seed_sql_visit_referral, cause);
	if (s == NULL)
		goto out;
	crypto_uuid_from_bytes(r->id, rid);
	date_format_iso(day, on);
	date_format_iso(priority_followup_date(day), fu);
	date_format_iso(r->status_on, st_on);
	seed_bind(s, 1, rid);
	seed_bind(s, 2, pids[r->person]);
	seed_bind(s, 3, vids[r->visit]);
	seed_bind(s, 4, reason);
	seed_bind(s, 5, on);
	seed_bind(s, 6, fu);
	seed_bind(s, 7, referral_status_code((enum referral_status)r->status));
	seed_bind(s, 8, st_on);
	sqlite3_bind_int(s, 9, r->status == 0 ? 1 : 2);
	seed_bind(s, 10, run->now);
	seed_bind(s, 11, run->actor);
	if (seed_step(run->st, s, cause) < 0)
		goto out;
	/* the first row's note is the reason, as db_referral_insert keeps it */
	if (utf8_length(reason) > REFERRAL_NOTE_MAX)
		snprintf(note, sizeof note, "%.*s...", REFERRAL_NOTE_MAX - 3,
			 reason);
	else
		str_copy(note, reason, sizeof note);
	if (seed_write_referral_event(run, r->event_id[0], rid,
				      REFERRAL_DIRUJUK, day, note, cause) < 0 ||
	    (r->status != 0 &&
	     seed_write_referral_event(run, r->event_id[1], rid,
				       (enum referral_status)r->status,
				       r->status_on, "", cause) < 0))
		goto out;
	run->referrals++;
	rc = 0;
out:
	free(reason);
	return rc;
}

static int
seed_write_visit(struct seed_run *run, const struct seedgen_household *h,
		 const struct seedgen_visit *v, const char *hid,
		 const char *vid, char (*pids)[CRYPTO_UUID_LEN], char **cause)
{
	const struct seedgen_visits *sv = run->sv;
	char on[DATE_ISO_LEN];
	sqlite3_stmt *s = db_stmt(run->st, seed_sql_visit, cause);
	int i;

	if (s == NULL)
		return -1;
	seed_bind(s, 1, vid);
	seed_bind(s, 2, hid);
	seed_bind(s, 3, date_format_iso(v->on, on));
	seed_bind(s, 4, run->now);
	seed_bind(s, 5, run->actor);
	if (seed_step(run->st, s, cause) < 0)
		return -1;
	for (i = 0; i < h->npersons; i++) {
		if (!(v->present & (1u << i)))
			continue;
		if ((s = db_stmt(run->st, seed_sql_visit_member, cause)) ==
		    NULL)
			return -1;
		seed_bind(s, 1, vid);
		seed_bind(s, 2, pids[i]);
		sqlite3_bind_int(s, 3, (int)v->stages[i]);
		if (seed_step(run->st, s, cause) < 0)
			return -1;
	}
	for (i = v->first; i < v->first + v->count; i++) {
		const struct seedgen_visit_answer *a = &sv->a[i];

		s = db_stmt(run->st,
			    a->person >= 0 ? seed_sql_visit_answer
					   : seed_sql_visit_household_answer,
			    cause);
		if (s == NULL)
			return -1;
		seed_bind(s, 1, vid);
		seed_bind(s, 2, a->item->id);
		seed_bind(s, 3, a->text);
		seed_bind(s, 4,
			  a->level == CHECKLIST_LEVEL_REFER ? "rujuk"
			  : a->level == CHECKLIST_LEVEL_FOLLOWUP
				  ? "tindak_lanjut"
				  : "info");
		if (a->person >= 0)
			seed_bind(s, 5, pids[a->person]);
		if (seed_step(run->st, s, cause) < 0)
			return -1;
	}
	return 0;
}

static int
seed_write_visits(struct seed_run *run, const struct seedgen_household *h,
		  const char *hid, char (*pids)[CRYPTO_UUID_LEN], char **cause)
{
	char vids[SEEDGEN_MAX_VISITS][CRYPTO_UUID_LEN];
	struct seedgen_visits *sv = run->sv;
	int i;

	if (run->checklists == NULL)
		return 0;
	seedgen_visits(run->l, h, run->checklists, sv);
	for (i = 0; i < sv->n; i++) {
		crypto_uuid_from_bytes(sv->v[i].id, vids[i]);
		if (seed_write_visit(run, h, &sv->v[i], hid, vids[i], pids,
				     cause) < 0)
			return -1;
	}
	for (i = 0; i < sv->nr; i++)
		if (seed_write_visit_referral(run, sv, &sv->r[i], vids, pids,
					      cause) < 0)
			return -1;
	run->visits += sv->n;
	return 0;
}

static int
seed_write_household(struct seed_run *run, const struct seed_options *opt,
		     const struct seedgen_household *h, char **cause)
{
	char hid[CRYPTO_UUID_LEN];
	char pids[SEEDGEN_MAX_PERSONS][CRYPTO_UUID_LEN];
	sqlite3_stmt *s = db_stmt(run->st, seed_sql_household, cause);

	if (s == NULL)
		return -1;
	crypto_uuid_from_bytes(h->id, hid);
	seed_bind(s, 1, hid);
	seed_bind(s, 2, run->posyandu_ids[h->posyandu]);
	seed_bind_opt(s, 3, h->no_kk);
	seed_bind(s, 4, h->address);
	seed_bind(s, 5, h->rt);
	seed_bind(s, 6, h->rw);
	seed_bind(s, 7, h->dusun);
	seed_bind_fact(s, 8, h->water_clean);
	seed_bind_fact(s, 9, h->latrine_healthy);
	seed_bind_fact(s, 10, h->jkn_all);
	seed_bind_fact(s, 11, h->smoker_inside);
	seed_bind(s, 12, run->now);
	seed_bind(s, 13, run->actor);
	if (seed_step(run->st, s, cause) < 0 ||
	    seed_write_persons(run, h, hid, pids, cause) < 0 ||
	    seed_write_pregnancies(run, h, pids, cause) < 0 ||
	    seed_write_visits(run, h, hid, pids, cause) < 0 ||
	    seed_write_screenings(run, h, pids, cause) < 0 ||
	    seed_write_doses(run, opt, h, pids, cause) < 0)
		return -1;
	return 0;
}

static int
seed_write_audit(struct seed_run *run, const struct seed_options *opt,
		 char **cause)
{
	const struct seedgen_layout *l = run->l;
	char today[DATE_ISO_LEN];
	sqlite3_stmt *s;
	char *summary;
	int rc;

	summary = xasprintf("layout=%s seed=%" PRIu64 " today=%s wilayah=%zu "
			    "posyandu=%zu households=%ld persons=%ld "
			    "pregnancies=%ld visits=%ld screenings=%ld "
			    "referrals=%ld doses=%ld accounts=%d",
			    seedgen_layout_code(opt->layout), opt->seed,
			    date_format_iso(opt->today, today), l->nwilayah,
			    l->nposyandu, l->households, run->persons,
			    run->pregnancies, run->visits, run->screenings,
			    run->referrals, run->doses, seed_account_count);
	s = db_stmt(run->st, seed_sql_audit, cause);
	if (s == NULL) {
		free(summary);
		return -1;
	}
	seed_bind(s, 1, summary);
	rc = seed_step(run->st, s, cause);
	free(summary);
	return rc;
}

/* The households in batches; the caller's transaction is open. */
static int
seed_write_households(struct seed_run *run, const struct seed_options *opt,
		      char **cause)
{
	struct seedgen_household *h = xmalloc(sizeof *h);
	long i;
	int rc = -1;

	for (i = 0; i < run->l->households; i++) {
		if (i > 0 && i % SEED_BATCH == 0) {
			if (db_commit(run->st, cause) < 0)
				goto out;
			run->st->demo = 1; /* meta demo = '1' is committed */
			if (opt->progress != NULL)
				opt->progress(i, run->l->households,
					      opt->progress_arg);
			if (db_begin(run->st, cause) < 0)
				goto out;
		}
		seedgen_household(run->l, i, h);
		if (seed_write_household(run, opt, h, cause) < 0)
			goto out;
	}
	rc = 0;
out:
	free(h);
	return rc;
}

/*
 * Doses arrive in household order, their persons' random ids all over the
 * dose_person index: building the index once at the end (a sort) is much
 * cheaper than a million random inserts. The index's own SQL is read from
 * the schema, so this never drifts from schema.c.
 */
static char *
seed_index_drop(struct store *st, char **cause)
{
	sqlite3_stmt *s;
	char *sql = NULL;
	int rc;

	s = db_stmt(st,
		    "SELECT sql FROM sqlite_schema WHERE type = 'index' AND "
		    "name = 'dose_person'",
		    cause);
	if (s == NULL)
		return NULL;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		sql = db_col_text(s, 0);
	db_done(s);
	if (sql == NULL) {
		*cause = db_error(st, rc == SQLITE_ROW ? SQLITE_ERROR : rc);
		return NULL;
	}
	if (db_exec(st, "DROP INDEX dose_person", cause) < 0) {
		free(sql);
		return NULL;
	}
	return sql;
}

/* The connection's page cache size (PRAGMA cache_size units). */
static long long
seed_cache_get(struct store *st)
{
	sqlite3_stmt *s = db_stmt(st, "PRAGMA cache_size", NULL);
	long long v = -2000; /* SQLite's default: 2000 KiB */

	if (s != NULL && sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	db_done(s);
	return v;
}

/* A pragma takes no parameters; v is our own number, never user text. */
static void
seed_cache_set(struct store *st, long long v)
{
	char sql[48];

	snprintf(sql, sizeof sql, "PRAGMA cache_size = %lld", v);
	(void)db_exec(st, sql, NULL);
}

int
store_seed(struct store *st, const struct seed_options *opt, char **cause)
{
	char hashes[ILP_ARRAY_LEN(seed_accounts)][CRYPTO_HASH_MAX];
	struct seedgen_layout *l = NULL;
	struct seed_run run;
	int audit_off = st->audit_off, index_off = st->index_off, rc = -1;
	char *index_sql = NULL;
	long long cache = 0;

	*cause = NULL;
	if (seed_check_options(opt, cause) < 0 ||
	    db_require(st, PERM_MANAGE_USERS, cause) < 0 ||
	    seed_hash_passwords(hashes, cause) < 0)
		goto wipe;
	l = seedgen_layout_new(opt->layout, opt->seed, opt->today,
			       opt->households);
	memset(&run, 0, sizeof run);
	run.st = st;
	run.l = l;
	run.actor = st->actor.username;
	run.posyandu_ids = xcalloc(l->nposyandu, sizeof *run.posyandu_ids);
	run.checklists = opt->checklists;
	run.sv = xmalloc(sizeof *run.sv);
	run.cfg = opt->screening != NULL ? opt->screening
					 : screening_config_defaults();
	run.scr = xmalloc(sizeof *run.scr);
	if (opt->schedule != NULL)
		run.dose_buf = xcalloc(SEEDGEN_MAX_DOSES, sizeof *run.dose_buf);
	db_now_text(run.now);
	/*
	 * Random UUID keys touch pages all over the indexes: a 16 MiB cache
	 * makes the bulk load about a fifth faster.
	 */
	cache = seed_cache_get(st);
	seed_cache_set(st, SEED_CACHE_KIB);
	if (db_begin(st, cause) < 0)
		goto out;
	if (seed_check_empty(st, cause) < 0)
		goto fail;
	st->audit_off = 1;
	/* The search index is built in one sorted pass at the end. */
	st->index_off = 1;
	if (opt->schedule != NULL &&
	    (index_sql = seed_index_drop(st, cause)) == NULL)
		goto fail;
	if (seed_write_meta(&run, opt, cause) < 0 ||
	    seed_write_places(&run, cause) < 0 ||
	    seed_write_accounts(&run, hashes, cause) < 0 ||
	    seed_write_households(&run, opt, cause) < 0 ||
	    (index_sql != NULL && db_exec(st, index_sql, cause) < 0) ||
	    search_rebuild(st, cause) < 0 ||
	    seed_write_audit(&run, opt, cause) < 0)
		goto fail;
	st->audit_off = audit_off;
	st->index_off = index_off;
	if (db_commit(st, cause) < 0)
		goto out;
	st->demo = 1;
	if (opt->progress != NULL)
		opt->progress(l->households, l->households, opt->progress_arg);
	rc = 0;
	goto out;
fail:
	db_rollback(st);
out:
	st->audit_off = audit_off;
	st->index_off = index_off;
	seed_cache_set(st, cache);
	free(run.posyandu_ids);
	free(run.sv);
	free(run.scr);
	free(run.dose_buf);
	free(index_sql);
	seedgen_layout_free(l);
wipe:
	crypto_wipe(hashes, sizeof hashes);
	return rc;
}
