/*
 * store/recap_count: the counts of the monthly recap that no other
 * module had a query for -- sasaran by life stage on the reference day,
 * the doses of the month per antigen, IDL and IBL reached, IDL coverage
 * among children of 12-23 months, drop-out DPT1->MR1 -- and the families
 * by IKS category, through store_iks_household(). One posyandu starts
 * from its households (few pages); the whole area from the person_recap
 * index or the month's visits. Nothing here decides a clinical rule:
 * life stages are core/lifestage's, dose validity core/schedule's, the
 * index core/iks's.
 */
#include "recap_int.h"

#include <stdlib.h>
#include <string.h>

#include "core/iks.h"
#include "core/pregnancy.h"
#include "core/schedule.h"
#include "imm_private.h"
#include "register.h"
#include "store/iks.h"

const char *const recap_antigen_codes[RECAP_AG_COUNT] = {
	"HB0", "BCG", "OPV", "DPT", "PCV", "RV", "IPV", "MR", "JE", "TD",
};

/* ---- sasaran ----------------------------------------------------------- */

/*
 * Sasaran is counted in two steps, so that life stages stay
 * core/lifestage's and the database is read once, in dob order:
 *
 *  1. every person active on ?2 and born by then, grouped by (dob, sex),
 *     each group's stages taken as if nobody were pregnant or delivered
 *     (from the person_recap index, never the person rows);
 *  2. the few women of ten years or more (?4) whose pregnancies tell
 *     something on ?2 -- a pregnancy begun by then (HPHT, or HPL - 280
 *     days) and not ended by then, or a delivery up to ?2 -- each moved
 *     from her stages of step 1 to her real ones.
 *
 * Active on ?2: status 'aktif' or a status set after ?2. The schema
 * holds status = 'aktif' exactly when status_date is NULL, so the test
 * reads status_date alone (which the index holds).
 */
#define RECAP_ACTIVE "(p.status_date IS NULL OR p.status_date > ?2)"
#define RECAP_GROUPS "SELECT p.dob, p.sex, count(*) FROM "
static const char recap_sql_groups_one[] = RECAP_GROUPS
	"household h JOIN person p ON p.household_id = h.id "
	"WHERE h.posyandu_id = ?1 AND +p.dob <= ?2 AND " RECAP_ACTIVE
	" GROUP BY p.dob, p.sex";
static const char recap_sql_groups_all[] =
	RECAP_GROUPS "person p WHERE ?1 IS NULL AND p.dob <= ?2 "
		     "AND " RECAP_ACTIVE " GROUP BY p.dob, p.sex";

/* A delivery tells something only while nifas may last (?5: a day more
 * than PREGNANCY_NIFAS_DAYS before ?2; lifestage_of decides). */
#define RECAP_PREG_TELLS                                                       \
	"(coalesce(g.hpht, date(g.hpl, '-280 days')) <= ?2 AND (g.end_date "   \
	"IS NULL OR g.end_date > ?2) OR g.end_date BETWEEN ?5 AND ?2 AND "     \
	"g.outcome IN ('lahir_hidup', 'lahir_mati'))"
#define RECAP_MOTHER_WHERE " AND p.sex = 'P' AND p.dob <= ?4 AND " RECAP_ACTIVE
/* One posyandu from its households. */
static const char recap_sql_mothers_one[] =
	"SELECT p.dob, EXISTS (SELECT 1 FROM pregnancy g WHERE g.person_id = "
	"p.id AND coalesce(g.hpht, date(g.hpl, '-280 days')) <= ?2 AND "
	"(g.end_date IS NULL OR g.end_date > ?2)), (SELECT max(g.end_date) "
	"FROM pregnancy g WHERE g.person_id = p.id AND g.end_date <= ?2 AND "
	"g.outcome IN ('lahir_hidup', 'lahir_mati')) FROM household h JOIN "
	"person p ON p.household_id = h.id WHERE h.posyandu_id = "
	"?1" RECAP_MOTHER_WHERE " AND EXISTS (SELECT 1 FROM pregnancy g WHERE "
	"g.person_id = p.id AND " RECAP_PREG_TELLS ")";
/* The whole area reads the (small) pregnancy table once, in order, and
 * looks up each woman it names in id order. */
static const char recap_sql_mothers_all[] =
	"WITH g AS MATERIALIZED (SELECT g.person_id AS id, "
	"max(coalesce(g.hpht, date(g.hpl, '-280 days')) <= ?2 AND "
	"(g.end_date IS NULL OR g.end_date > ?2)) AS pregnant, max(CASE WHEN "
	"g.end_date <= ?2 AND g.outcome IN ('lahir_hidup', 'lahir_mati') "
	"THEN g.end_date END) AS delivery FROM pregnancy g GROUP BY "
	"g.person_id HAVING max(" RECAP_PREG_TELLS ")) SELECT p.dob, "
	"g.pregnant, g.delivery FROM g CROSS JOIN person p ON p.id = g.id "
	"WHERE ?1 IS NULL" RECAP_MOTHER_WHERE;
static const char recap_sql_households_one[] =
	"SELECT count(*) FROM household h WHERE h.posyandu_id = ?1 AND "
	"(h.status = 'aktif' OR h.status_date > ?2)";
static const char recap_sql_households_all[] =
	"SELECT count(*) FROM household h WHERE ?1 IS NULL AND (h.status = "
	"'aktif' OR h.status_date > ?2)";

static void
recap_stage_add(struct recap_register *reg, unsigned stages, long n)
{
	int i;

	for (i = 0; i < LIFESTAGE_COUNT; i++)
		if (stages & (1u << i))
			reg->stage[i] += n;
}

static int
recap_step_count(struct store *st, sqlite3_stmt *s, long *out, char **cause)
{
	int rc = sqlite3_step(s);

	if (rc == SQLITE_ROW)
		*out = (long)sqlite3_column_int64(s, 0);
	db_done(s);
	if (rc != SQLITE_ROW) {
		*cause = db_error(st, rc);
		return -1;
	}
	return 0;
}

/* Prepares one of the statements above with its parameters bound. */
static sqlite3_stmt *
recap_register_stmt(const struct recap_run *run, const char *one,
		    const char *all, char **cause)
{
	char asof[DATE_ISO_LEN], girl[DATE_ISO_LEN], nifas[DATE_ISO_LEN];
	sqlite3_stmt *s =
		db_stmt(run->st, run->posyandu_id != NULL ? one : all, cause);

	if (s == NULL)
		return NULL;
	db_bind_text(s, 1, run->posyandu_id);
	db_bind_text(s, 2, date_format_iso(run->asof, asof));
	if (sqlite3_bind_parameter_count(s) >= 5) {
		db_bind_text(
			s, 4,
			date_format_iso(date_add_years(run->asof, -10), girl));
		db_bind_text(s, 5,
			     date_format_iso(
				     date_add_days(run->asof,
						   -PREGNANCY_NIFAS_DAYS - 1),
				     nifas));
	}
	return s;
}

/* Step 1: everybody by (dob, sex). */
static int
recap_count_groups(const struct recap_run *run, struct recap_register *reg,
		   char **cause)
{
	sqlite3_stmt *s = recap_register_stmt(run, recap_sql_groups_one,
					      recap_sql_groups_all, cause);
	int rc;

	if (s == NULL)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const unsigned char *sex = sqlite3_column_text(s, 1);
		long n = (long)sqlite3_column_int64(s, 2);
		struct lifestage_facts f;

		memset(&f, 0, sizeof f);
		f.dob = register_col_date(s, 0);
		f.sex = sex != NULL ? (char)sex[0] : '?';
		reg->persons += n;
		recap_stage_add(reg, lifestage_of(&f, run->asof), n);
	}
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(run->st, rc);
		return -1;
	}
	return 0;
}

/* Step 2: each woman whose pregnancies change her stages. */
static int
recap_count_mothers(const struct recap_run *run, struct recap_register *reg,
		    char **cause)
{
	sqlite3_stmt *s = recap_register_stmt(run, recap_sql_mothers_one,
					      recap_sql_mothers_all, cause);
	int rc;

	if (s == NULL)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct lifestage_facts f;

		memset(&f, 0, sizeof f);
		f.sex = 'P';
		f.dob = register_col_date(s, 0);
		recap_stage_add(reg, lifestage_of(&f, run->asof), -1);
		f.pregnant = (int)db_col_int(s, 1, 0);
		f.delivered = sqlite3_column_type(s, 2) != SQLITE_NULL;
		if (f.delivered)
			f.delivery = register_col_date(s, 2);
		recap_stage_add(reg, lifestage_of(&f, run->asof), 1);
	}
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(run->st, rc);
		return -1;
	}
	return 0;
}

int
recap_count_register(const struct recap_run *run, struct recap_src *src,
		     char **cause)
{
	struct recap_register *reg = &src->reg;
	sqlite3_stmt *s;

	s = recap_register_stmt(run, recap_sql_households_one,
				recap_sql_households_all, cause);
	if (s == NULL ||
	    recap_step_count(run->st, s, &reg->households, cause) < 0 ||
	    recap_count_groups(run, reg, cause) < 0 ||
	    recap_count_mothers(run, reg, cause) < 0)
		return -1;
	return 0;
}

/* ---- immunisation ------------------------------------------------------ */

static const char recap_sql_doses_one[] =
	"SELECT upper(d.antigen), count(*) FROM household h JOIN person p ON "
	"p.household_id = h.id JOIN dose d ON d.person_id = p.id WHERE "
	"h.posyandu_id = ?1 AND d.status = 'aktif' AND d.given_on BETWEEN ?2 "
	"AND ?3 GROUP BY 1";
static const char recap_sql_doses_all[] =
	"SELECT upper(d.antigen), count(*) FROM dose d WHERE ?1 IS NULL AND "
	"d.status = 'aktif' AND d.given_on BETWEEN ?2 AND ?3 GROUP BY 1";

/*
 * Children born after ?3 with their doses up to ?2, whatever their
 * status today (a dose given stays given); column 1: active on ?2. Only
 * the children who can change a number are read: those with a dose
 * since January (?6; IDL, IBL, DPT1 and MR1 are reached on a dose's
 * date) and those of about 12-23 months (dob in ?4 .. ?5, a margin
 * around the coverage's ages; recap_eval_child checks them exactly).
 */
#define RECAP_CHILD_DOSES                                                      \
	"(SELECT group_concat(d.antigen || ':' || d.given_on) FROM dose d "    \
	"WHERE d.person_id = p.id AND d.status = 'aktif' AND d.given_on <= "   \
	"?2)"
#define RECAP_CHILD_WANTED                                                     \
	"(p.dob > ?4 AND p.dob <= ?5 OR EXISTS (SELECT 1 FROM dose d WHERE "   \
	"d.person_id = p.id AND d.status = 'aktif' AND d.given_on BETWEEN ?6 " \
	"AND ?2))"
static const char recap_sql_children_one[] =
	"SELECT p.dob, " RECAP_ACTIVE ", " RECAP_CHILD_DOSES
	" FROM household h JOIN person p ON p.household_id "
	"= h.id WHERE h.posyandu_id = ?1 AND p.dob > ?3 AND p.dob <= ?2 "
	"AND " RECAP_CHILD_WANTED;
/* The whole area: the children in id order, so their doses are read in
 * the dose index's order (as the due list does), all read from the
 * person_recap index. */
static const char recap_sql_children_all[] =
	"WITH p AS MATERIALIZED (SELECT p.id, p.dob, p.status_date "
	"FROM person p WHERE ?1 IS NULL AND p.dob > ?3 AND p.dob <= ?2 ORDER "
	"BY +p.id) SELECT p.dob, " RECAP_ACTIVE ", " RECAP_CHILD_DOSES
	" FROM p WHERE " RECAP_CHILD_WANTED;

static int
recap_count_doses(const struct recap_run *run, struct recap_imm *imm,
		  char **cause)
{
	char first[DATE_ISO_LEN], last[DATE_ISO_LEN];
	sqlite3_stmt *s;
	int rc, a;

	s = db_stmt(run->st,
		    run->posyandu_id != NULL ? recap_sql_doses_one
					     : recap_sql_doses_all,
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, run->posyandu_id);
	db_bind_text(s, 2, date_format_iso(run->first, first));
	db_bind_text(s, 3, date_format_iso(run->last, last));
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *code = (const char *)sqlite3_column_text(s, 0);

		imm->doses_total += (long)sqlite3_column_int64(s, 1);
		for (a = 0; a < RECAP_AG_COUNT; a++)
			if (str_eq(code, recap_antigen_codes[a]))
				imm->doses[a] +=
					(long)sqlite3_column_int64(s, 1);
	}
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(run->st, rc);
		return -1;
	}
	return 0;
}

static int
recap_target(const struct schedule *s, const char *name)
{
	size_t i;

	for (i = 0; i < s->n_targets; i++)
		if (str_eq_ci(s->targets[i].name, name))
			return (int)i;
	return -1;
}

struct recap_eval {
	const struct recap_run *run;
	struct recap_imm *imm;
	struct date jan1;
	int dpt1, mr1;      /* target indices, -1 when not scheduled */
	long n_dpt1, n_mr1; /* met since January */
	struct dose_given *given;
	struct schedule_result *r;
};

static int
recap_in(struct date d, struct date from, struct date to)
{
	return date_cmp(d, from) >= 0 && date_cmp(d, to) <= 0;
}

/* The date target t (a schedule index) was met, or 0 when it was not. */
static int
recap_met(const struct schedule_result *r, int t, struct date *on)
{
	size_t i;

	for (i = 0; t >= 0 && i < r->n_targets; i++)
		if ((int)r->targets[i].target == t &&
		    r->targets[i].status == SCHEDULE_VALID) {
			*on = r->targets[i].given;
			return 1;
		}
	return 0;
}

static void
recap_eval_child(struct recap_eval *e, struct date dob, int active,
		 const char *doses)
{
	const struct schedule *s = e->run->p->schedule;
	const struct recap_run *run = e->run;
	struct schedule_result *r = e->r;
	struct date on, ibl = {0, 0, 0};
	size_t n = imm_doses_parse(s, doses, e->given, SCHEDULE_MAX_GIVEN), i;
	int months = date_age_months(dob, run->asof);

	if (n == 0) { /* nothing given: nothing reached, IDL incomplete */
		if (active && months >= 12 && months <= 23)
			e->imm->cov_den++;
		return;
	}
	if (schedule_evaluate(s, dob, run->asof, e->given, n, r) < 0)
		return;
	if (r->idl_complete && recap_in(r->idl_date, run->first, run->last))
		e->imm->idl++;
	for (i = 0; i < r->n_targets; i++)
		if (s->targets[r->targets[i].target].group ==
			    SCHEDULE_GROUP_IBL &&
		    r->targets[i].status == SCHEDULE_VALID &&
		    date_cmp(r->targets[i].given, ibl) > 0)
			ibl = r->targets[i].given;
	if (r->ibl_complete && recap_in(ibl, run->first, run->last))
		e->imm->ibl++;
	if (active && months >= 12 && months <= 23) {
		e->imm->cov_den++;
		e->imm->cov_num += r->idl_complete != 0;
	}
	if (recap_met(r, e->dpt1, &on) && recap_in(on, e->jan1, run->last))
		e->n_dpt1++;
	if (recap_met(r, e->mr1, &on) && recap_in(on, e->jan1, run->last))
		e->n_mr1++;
}

int
recap_count_imm(const struct recap_run *run, struct recap_src *src,
		char **cause)
{
	struct recap_eval e;
	char asof[DATE_ISO_LEN], oldest[DATE_ISO_LEN], jan1[DATE_ISO_LEN];
	char cov_from[DATE_ISO_LEN], cov_to[DATE_ISO_LEN];
	sqlite3_stmt *s;
	int rc;

	if (recap_count_doses(run, &src->imm, cause) < 0)
		return -1;
	memset(&e, 0, sizeof e);
	e.run = run;
	e.imm = &src->imm;
	e.jan1 = (struct date){run->first.y, 1, 1};
	e.dpt1 = recap_target(run->p->schedule, "DPT1");
	e.mr1 = recap_target(run->p->schedule, "MR1");
	s = db_stmt(run->st,
		    run->posyandu_id != NULL ? recap_sql_children_one
					     : recap_sql_children_all,
		    cause);
	if (s == NULL)
		return -1;
	/* no child target is given from 60 months: older children reached
	 * nothing this year */
	db_bind_text(s, 1, run->posyandu_id);
	db_bind_text(s, 2, date_format_iso(run->asof, asof));
	db_bind_text(s, 3,
		     date_format_iso(date_add_months(e.jan1, -61), oldest));
	db_bind_text(
		s, 4,
		date_format_iso(date_add_months(run->asof, -25), cov_from));
	db_bind_text(s, 5,
		     date_format_iso(date_add_months(run->asof, -11), cov_to));
	db_bind_text(s, 6, date_format_iso(e.jan1, jan1));
	e.given = xcalloc(SCHEDULE_MAX_GIVEN, sizeof *e.given);
	e.r = xmalloc(sizeof *e.r);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		recap_eval_child(&e, register_col_date(s, 0),
				 (int)db_col_int(s, 1, 0),
				 (const char *)sqlite3_column_text(s, 2));
	db_done(s);
	free(e.given);
	free(e.r);
	src->imm.do_num = e.n_dpt1 - e.n_mr1;
	src->imm.do_den = e.n_dpt1;
	if (rc != SQLITE_DONE) {
		*cause = db_error(run->st, rc);
		return -1;
	}
	return 0;
}

/* ---- families by IKS category ------------------------------------------ */

/* One posyandu starts from its households (the visit_household index
 * per household); the whole area from the month's visits (visit_month),
 * without the join to household that only the scope needed. */
static const char recap_sql_visited_one[] =
	"SELECT h.id FROM household h WHERE h.posyandu_id = ?1 AND EXISTS "
	"(SELECT 1 FROM visit v WHERE v.household_id = h.id AND "
	"v.visited_on BETWEEN ?2 AND ?3 AND v.voided_at IS NULL)";
static const char recap_sql_visited_all[] =
	"SELECT DISTINCT v.household_id FROM visit v WHERE ?1 IS NULL AND "
	"v.voided_at IS NULL AND v.visited_on BETWEEN ?2 AND ?3";

static void
recap_id_from(sqlite3_stmt *s, void *elem)
{
	*(char **)elem = db_col_text0(s, 0);
}

static void
recap_id_free(void *elem)
{
	free(*(char **)elem);
}

int
recap_count_iks(const struct recap_run *run, struct recap_src *src,
		char **cause)
{
	char first[DATE_ISO_LEN], last[DATE_ISO_LEN];
	char **ids = NULL;
	size_t n = 0, i;
	sqlite3_stmt *s;
	int rc = 0;

	s = db_stmt(run->st,
		    run->posyandu_id != NULL ? recap_sql_visited_one
					     : recap_sql_visited_all,
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, run->posyandu_id);
	db_bind_text(s, 2, date_format_iso(run->first, first));
	db_bind_text(s, 3, date_format_iso(run->last, last));
	if (db_collect(run->st, s, sizeof *ids, recap_id_from, recap_id_free,
		       (void **)&ids, &n, cause) < 0)
		return -1;
	for (i = 0; i < n && rc == 0; i++) {
		struct iks_view v;
		int got = store_iks_household(run->st, run->p->checklists,
					      run->p->schedule, ids[i],
					      run->asof, &v, cause);

		if (got < 0) {
			rc = -1;
		} else if (got > 0) {
			src->iks.households++;
			if (v.r.category >= 0 && v.r.category < 4)
				src->iks.category[v.r.category]++;
			iks_view_free(&v);
		}
	}
	for (i = 0; i < n; i++)
		free(ids[i]);
	free(ids);
	return rc;
}
