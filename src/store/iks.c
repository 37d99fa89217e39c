/*
 * store/iks: fills core/iks's member and household facts for one
 * household and computes its index. Where the facts come from:
 *
 *   - PUS: an active woman of 15-49 years who is the wife ('istri'), a
 *     daughter-in-law ('menantu'), or the head ('kepala') of a household
 *     with an active husband ('suami'); one person per couple. Whether
 *     the couple uses contraception is not in the register: the
 *     household item tagged `iks = kb` answers it.
 *   - born in a facility: the closed pregnancy (lahir hidup) of a woman
 *     of the household that ended on the baby's date of birth, by its
 *     birth place (faskes = 1, rumah/lainnya = 0, not recorded = unknown).
 *   - IDL: store_visit_imm() (visit_links.c).
 *   - JKN: a member with a JKN number is covered; without one, unknown.
 *   - smoking, weighing, exclusive breastfeeding: the latest answer of
 *     the member items in iks_member_items[] below (weighing only from a
 *     visit in the last 31 days: "ditimbang bulan ini").
 *   - TB, hypertension and severe mental disorder: the register records
 *     no diagnosis, so no member counts as a patient; a household item
 *     tagged with the indicator (iks_n_if for "no patient") answers it.
 *   - household indicators: the latest answer of each household item
 *     tagged `iks`, else the register's household facts (clean water,
 *     healthy latrine, everyone in JKN, a smoker in the house).
 */
#include "store/iks.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "internal.h"
#include "register.h"
#include "store/household.h"
#include "store/person.h"
#include "store/visit.h"

#define IKS_WEIGHED_DAYS 31

enum iks_item_fact { IKS_ITEM_SMOKER, IKS_ITEM_WEIGHED, IKS_ITEM_ASI };

/*
 * Member items of the shipped checklists that tell a member's fact;
 * "yes" means the fact is true. An item missing from the configuration
 * simply tells nothing.
 */
static const struct {
	const char *item;
	enum iks_item_fact fact;
} iks_member_items[] = {
	{"dewasa.merokok", IKS_ITEM_SMOKER},
	{"sekolah.merokok", IKS_ITEM_SMOKER},
	{"balita.ditimbang", IKS_ITEM_WEIGHED},
	{"balita.asi_eksklusif", IKS_ITEM_ASI},
	{"neonatus.asi", IKS_ITEM_ASI},
};

struct iks_answer {
	char *person_id; /* NULL: household item */
	char *item;
	char *answer;
	struct date on;
};

static void
iks_answer_free(void *elem)
{
	struct iks_answer *a = elem;

	free(a->person_id);
	free(a->item);
	free(a->answer);
}

static void
iks_answer_from(sqlite3_stmt *s, void *elem)
{
	struct iks_answer *a = elem;

	a->person_id = db_col_text(s, 0);
	a->item = db_col_text0(s, 1);
	a->answer = db_col_text0(s, 2);
	a->on = register_col_date(s, 3);
}

/* The household's answers, newest visit first. */
static int
iks_load_answers(struct store *st, const char *household_id,
		 struct iks_answer **out, size_t *n, char **cause)
{
	sqlite3_stmt *s;

	s = db_stmt(st,
		    "SELECT a.person_id, a.item, a.answer, v.visited_on, "
		    "v.created_at FROM visit_answer a JOIN visit v ON v.id = "
		    "a.visit_id WHERE v.household_id = ?1 AND v.voided_at IS "
		    "NULL UNION ALL SELECT NULL, a.item, a.answer, "
		    "v.visited_on, v.created_at FROM visit_household_answer a "
		    "JOIN visit v ON v.id = a.visit_id WHERE v.household_id = "
		    "?1 AND v.voided_at IS NULL ORDER BY 4 DESC, 5 DESC",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, household_id);
	return db_collect(st, s, sizeof **out, iks_answer_from, iks_answer_free,
			  (void **)out, n, cause);
}

/* The newest answer of (person_id, item), or NULL. */
static const struct iks_answer *
iks_latest(const struct iks_answer *a, size_t n, const char *person_id,
	   const char *item)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (str_eq(a[i].person_id, person_id) &&
		    str_eq(a[i].item, item))
			return &a[i];
	return NULL;
}

static enum iks_fact
iks_yes_fact(const char *answer)
{
	if (str_eq(answer, "yes"))
		return IKS_FACT_YES;
	if (str_eq(answer, "no"))
		return IKS_FACT_NO;
	return IKS_FACT_UNKNOWN;
}

static void
iks_member_answers(struct iks_member *m, const char *person_id,
		   const struct iks_answer *a, size_t n, struct date today)
{
	size_t i;

	for (i = 0; i < ILP_ARRAY_LEN(iks_member_items); i++) {
		const struct iks_answer *x =
			iks_latest(a, n, person_id, iks_member_items[i].item);
		enum iks_fact f;

		if (x == NULL)
			continue;
		f = iks_yes_fact(x->answer);
		switch (iks_member_items[i].fact) {
		case IKS_ITEM_SMOKER:
			if (m->smoker == IKS_FACT_UNKNOWN)
				m->smoker = f;
			break;
		case IKS_ITEM_WEIGHED:
			if (date_diff_days(x->on, today) <= IKS_WEIGHED_DAYS &&
			    m->weighed_last_month == IKS_FACT_UNKNOWN)
				m->weighed_last_month = f;
			break;
		case IKS_ITEM_ASI:
			/* any "no" is final: breastfeeding was not exclusive */
			if (m->asi_exclusive != IKS_FACT_NO &&
			    f != IKS_FACT_UNKNOWN)
				m->asi_exclusive = f;
			break;
		}
	}
}

static int
iks_is_pus(const struct person *p, const struct person *all, size_t n,
	   struct date today)
{
	int age = date_age_years(p->dob, today);
	size_t i;

	if (p->sex != 'P' || age < 15 || age > 49)
		return 0;
	if (str_eq(p->relation, "istri") || str_eq(p->relation, "menantu"))
		return 1;
	if (!str_eq(p->relation, "kepala"))
		return 0;
	for (i = 0; i < n; i++)
		if (all[i].status == PERSON_AKTIF &&
		    str_eq(all[i].relation, "suami"))
			return 1;
	return 0;
}

/* The birth place of a baby born in this household on dob. */
static int
iks_birth_place(struct store *st, const char *household_id, struct date dob,
		enum iks_fact *out, char **cause)
{
	sqlite3_stmt *s;
	int rc;

	*out = IKS_FACT_UNKNOWN;
	s = db_stmt(
		st,
		"SELECT g.birth_place FROM pregnancy g JOIN person m ON "
		"m.id = g.person_id WHERE m.household_id = ?1 AND g.status "
		"= 'selesai' AND g.outcome = 'lahir_hidup' AND g.end_date = "
		"?2 ORDER BY g.birth_place IS NULL LIMIT 1",
		cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, household_id);
	register_bind_date(s, 2, dob);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL)
		*out = str_eq((const char *)sqlite3_column_text(s, 0), "faskes")
			       ? IKS_FACT_YES
			       : IKS_FACT_NO;
	db_done(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	return 0;
}

/* The facts of one active member (register and links). */
static int
iks_member_facts(struct store *st, const struct schedule *sched,
		 const struct household *h, const struct person *p,
		 const struct person *all, size_t n, struct date today,
		 struct iks_member *m, char **cause)
{
	m->age_months = date_age_months(p->dob, today);
	m->pus = iks_is_pus(p, all, n, today);
	m->jkn = p->jkn_no != NULL ? IKS_FACT_YES : IKS_FACT_UNKNOWN;
	if (m->age_months >= 0 && m->age_months <= 11 &&
	    iks_birth_place(st, h->id, p->dob, &m->born_in_facility, cause) < 0)
		return -1;
	if (m->age_months >= 12 && m->age_months <= 23) {
		struct visit_imm imm;

		visit_imm_init(&imm);
		if (store_visit_imm(st, sched, p->id, today, &imm, cause) < 0) {
			visit_imm_done(&imm);
			return -1;
		}
		m->idl = imm.idl;
		visit_imm_done(&imm);
	}
	return 0;
}

/* A register fact (1, 0, HOUSEHOLD_UNKNOWN) as an indicator value. */
static enum iks_value
iks_register_value(int fact, int one_when)
{
	if (fact == HOUSEHOLD_UNKNOWN)
		return IKS_VALUE_UNKNOWN;
	return fact == one_when ? IKS_VALUE_1 : IKS_VALUE_0;
}

static void
iks_household_answers(const struct checklist_set *cl, const struct household *h,
		      const struct iks_answer *a, size_t n,
		      struct iks_household *hh)
{
	size_t i;

	memset(hh, 0, sizeof *hh);
	for (i = 0; i < n; i++) {
		const struct checklist_item *it;
		struct checklist_answer ans;
		char *why = NULL;

		if (a[i].person_id != NULL || cl == NULL)
			continue;
		it = checklist_find_item(cl, a[i].item);
		if (it == NULL || it->iks < 0 || it->iks >= IKS_COUNT ||
		    hh->answer[it->iks] != IKS_VALUE_UNKNOWN)
			continue; /* newest first: the first answer stands */
		if (checklist_parse_answer(it, a[i].answer, &ans, &why) == 0)
			hh->answer[it->iks] = checklist_iks_value(it, &ans);
		free(why);
	}
	if (hh->answer[IKS_AIR] == IKS_VALUE_UNKNOWN)
		hh->answer[IKS_AIR] = iks_register_value(h->water_clean, 1);
	if (hh->answer[IKS_JAMBAN] == IKS_VALUE_UNKNOWN)
		hh->answer[IKS_JAMBAN] =
			iks_register_value(h->latrine_healthy, 1);
	if (hh->answer[IKS_JKN] == IKS_VALUE_UNKNOWN)
		hh->answer[IKS_JKN] = iks_register_value(h->jkn_all, 1);
	if (hh->answer[IKS_ROKOK] == IKS_VALUE_UNKNOWN)
		hh->answer[IKS_ROKOK] = iks_register_value(h->smoker_inside, 0);
}

void
iks_view_free(struct iks_view *v)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < v->n; i++)
		free(v->names[i]);
	free(v->names);
	free(v->m);
	memset(v, 0, sizeof *v);
}

static int
iks_fill(struct store *st, const struct checklist_set *cl,
	 const struct schedule *sched, const struct household *h,
	 const struct person *p, size_t np, struct date today,
	 struct iks_view *out, char **cause)
{
	struct iks_answer *a = NULL;
	size_t na = 0, i;
	int rc = -1;

	if (iks_load_answers(st, h->id, &a, &na, cause) < 0)
		return -1;
	out->m = xcalloc(np ? np : 1, sizeof *out->m);
	out->names = xcalloc(np ? np : 1, sizeof *out->names);
	for (i = 0; i < np; i++) {
		struct iks_member *m = &out->m[out->n];

		if (p[i].status != PERSON_AKTIF)
			continue;
		out->names[out->n] = xstrdup(p[i].name);
		m->name = out->names[out->n];
		out->n++;
		if (iks_member_facts(st, sched, h, &p[i], p, np, today, m,
				     cause) < 0)
			goto out;
		iks_member_answers(m, p[i].id, a, na, today);
	}
	iks_household_answers(cl, h, a, na, &out->hh);
	iks_compute(&out->hh, out->m, out->n, &out->r);
	rc = 0;
out:
	for (i = 0; i < na; i++)
		iks_answer_free(&a[i]);
	free(a);
	return rc;
}

/* The last visit, whether or not it has answers. */
static int
iks_last_visit(struct store *st, const char *household_id, struct iks_view *out,
	       char **cause)
{
	sqlite3_stmt *s;
	int rc;

	s = db_stmt(st,
		    "SELECT max(visited_on) FROM visit WHERE household_id = ? "
		    "AND voided_at IS NULL",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, household_id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL) {
		out->visited = 1;
		out->last_visit = register_col_date(s, 0);
	}
	db_done(s);
	if (rc != SQLITE_ROW) {
		*cause = db_error(st, rc);
		return -1;
	}
	return 0;
}

int
store_iks_household(struct store *st, const struct checklist_set *cl,
		    const struct schedule *sched, const char *household_id,
		    struct date today, struct iks_view *out, char **cause)
{
	struct household h;
	struct person *p = NULL;
	size_t np = 0;
	int rc;

	*cause = NULL;
	memset(out, 0, sizeof *out);
	rc = store_household_get(st, household_id, &h, &p, &np, cause);
	if (rc <= 0)
		return rc;
	if (iks_fill(st, cl, sched, &h, p, np, today, out, cause) < 0 ||
	    iks_last_visit(st, household_id, out, cause) < 0) {
		iks_view_free(out);
		rc = -1;
	}
	household_free(&h);
	person_list_free(p, np);
	return rc;
}
