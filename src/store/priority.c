/*
 * store/priority: gathers, for every active member of the households in
 * scope, the facts core/priority's rules read -- life stages today, the
 * last visit they were present at, open referrals and the earliest
 * follow-up date of those not yet seen, late and catch-up doses, the
 * last SKILAS -- and turns core/priority's list into rows with reasons
 * in words. Two reads (households, then members, both in household
 * order), then the per-person look-ups of visit_links.c, so no statement
 * is open while another runs.
 */
#include "store/priority.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/lifestage.h"
#include "internal.h"
#include "register.h"
#include "store/visit.h"

/* A follow-up date no referral has: "not past" whatever today is. */
static const struct date priority_never = {9999, 12, 31};

struct pri_household {
	char *id;
	char *head;
	char *address;
	char *posyandu_code;
	int visited;
	size_t first, n; /* its members in the member array */
};

struct pri_member {
	char *household_id;
	char *id;
	char *name;
	struct lifestage_facts f;
	struct priority_person p;
};

struct pri_data {
	struct pri_household *h;
	size_t nh;
	struct pri_member *m;
	size_t nm;
};

static void
pri_household_free(void *elem)
{
	struct pri_household *h = elem;

	free(h->id);
	free(h->head);
	free(h->address);
	free(h->posyandu_code);
}

static void
pri_member_free(void *elem)
{
	struct pri_member *m = elem;

	free(m->household_id);
	free(m->id);
	free(m->name);
}

static void
pri_data_free(struct pri_data *d)
{
	size_t i;

	for (i = 0; i < d->nh; i++)
		pri_household_free(&d->h[i]);
	free(d->h);
	for (i = 0; i < d->nm; i++)
		pri_member_free(&d->m[i]);
	free(d->m);
	memset(d, 0, sizeof *d);
}

static void
pri_household_from(sqlite3_stmt *s, void *elem)
{
	struct pri_household *h = elem;

	h->id = db_col_text0(s, 0);
	h->head = db_col_text0(s, 1);
	h->address = db_col_text0(s, 2);
	h->posyandu_code = db_col_text0(s, 3);
	h->visited = (int)db_col_int(s, 4, 0);
}

static void
pri_member_from(sqlite3_stmt *s, void *elem)
{
	struct pri_member *m = elem;
	const unsigned char *sex = sqlite3_column_text(s, 3);

	m->household_id = db_col_text0(s, 0);
	m->id = db_col_text0(s, 1);
	m->name = db_col_text0(s, 2);
	m->f.sex = sex != NULL ? (char)sex[0] : '?';
	m->f.dob = register_col_date(s, 4);
	m->f.pregnant = (int)db_col_int(s, 5, 0);
	m->f.delivered = sqlite3_column_type(s, 6) != SQLITE_NULL;
	m->f.delivery = register_col_date(s, 6);
	m->p.visited = sqlite3_column_type(s, 7) != SQLITE_NULL;
	m->p.last_visit = register_col_date(s, 7);
	m->p.open_referrals = (int)db_col_int(s, 8, 0);
	m->p.followup = sqlite3_column_type(s, 9) != SQLITE_NULL
				? register_col_date(s, 9)
				: priority_never;
}

/*
 * The households and the members of one posyandu (?1) or of every one
 * (?1 NULL); ?2 is the actor's scope. One posyandu gets its own
 * statements: "?1 IS NULL OR ..." would hide the posyandu index from the
 * planner, which would then read the whole area.
 */
#define PRI_HOUSEHOLDS                                                          \
	"SELECT h.id, coalesce((SELECT p.name FROM person p WHERE "             \
	"p.household_id = h.id AND p.relation = 'kepala' AND p.status = "       \
	"'aktif'), ''), trim(h.address || CASE WHEN h.rt <> '' THEN ' RT ' || " \
	"h.rt ELSE '' END || CASE WHEN h.rw <> '' THEN '/RW ' || h.rw ELSE '' " \
	"END), y.code, EXISTS (SELECT 1 FROM visit v WHERE v.household_id = "   \
	"h.id AND v.voided_at IS NULL) FROM household h JOIN posyandu y ON "    \
	"y.id = h.posyandu_id WHERE h.status = 'aktif' AND (?2 IS NULL OR "     \
	"h.posyandu_id = ?2) "
static const char pri_sql_households_one[] =
	PRI_HOUSEHOLDS "AND h.posyandu_id = ?1 ORDER BY h.id";
static const char pri_sql_households_all[] =
	PRI_HOUSEHOLDS "AND ?1 IS NULL ORDER BY h.id";

#define PRI_MEMBERS                                                            \
	"SELECT p.household_id, p.id, p.name, p.sex, p.dob, g.id IS NOT "      \
	"NULL, (SELECT max(e.end_date) FROM pregnancy e WHERE e.person_id = "  \
	"p.id AND e.status = 'selesai' AND e.outcome IN ('lahir_hidup', "      \
	"'lahir_mati')), (SELECT max(v.visited_on) FROM visit_member m JOIN "  \
	"visit v ON v.id = m.visit_id WHERE m.person_id = p.id AND "           \
	"v.voided_at IS NULL), (SELECT count(*) FROM referral r WHERE "        \
	"r.person_id = p.id AND r.status <> 'selesai'), (SELECT "              \
	"min(r.followup_on) FROM referral r WHERE r.person_id = p.id AND "     \
	"r.status IN ('dirujuk', 'tidak_datang')) FROM household h CROSS "     \
	"JOIN person p ON p.household_id = h.id LEFT JOIN pregnancy g ON "     \
	"g.person_id = p.id AND g.status = 'hamil' WHERE p.status = 'aktif' "  \
	"AND h.status = 'aktif' AND (?2 IS NULL OR h.posyandu_id = ?2) "
#define PRI_MEMBERS_ORDER                                                      \
	" ORDER BY p.household_id, p.relation <> 'kepala', p.dob, p.name"
static const char pri_sql_members_one[] =
	PRI_MEMBERS "AND h.posyandu_id = ?1" PRI_MEMBERS_ORDER;
static const char pri_sql_members_all[] =
	PRI_MEMBERS "AND ?1 IS NULL" PRI_MEMBERS_ORDER;

static int
pri_read(struct store *st, const char *posyandu_id, struct pri_data *d,
	 char **cause)
{
	int one = posyandu_id != NULL;
	sqlite3_stmt *s;

	s = db_stmt(st, one ? pri_sql_households_one : pri_sql_households_all,
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, posyandu_id);
	db_bind_text(s, 2, register_scope(st));
	if (db_collect(st, s, sizeof *d->h, pri_household_from,
		       pri_household_free, (void **)&d->h, &d->nh, cause) < 0)
		return -1;
	s = db_stmt(st, one ? pri_sql_members_one : pri_sql_members_all, cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, posyandu_id);
	db_bind_text(s, 2, register_scope(st));
	return db_collect(st, s, sizeof *d->m, pri_member_from, pri_member_free,
			  (void **)&d->m, &d->nm, cause);
}

/* Stages today; DOFU for the under-fives, SKILAS for lansia
 * (visit_links.c). */
static int
pri_links(struct store *st, const struct schedule *sched, struct date today,
	  struct pri_data *d, char **cause)
{
	size_t i;

	for (i = 0; i < d->nm; i++) {
		struct priority_person *p = &d->m[i].p;

		p->name = d->m[i].name;
		p->stages = lifestage_of(&d->m[i].f, today);
		if (p->stages & LIFESTAGE_BALITA) {
			struct visit_imm imm;

			visit_imm_init(&imm);
			if (store_visit_imm(st, sched, d->m[i].id, today, &imm,
					    cause) < 0) {
				visit_imm_done(&imm);
				return -1;
			}
			p->late_doses = (int)imm.late.n;
			p->catchup_doses = (int)imm.catchup.n;
			visit_imm_done(&imm);
		}
		if (p->stages & LIFESTAGE_LANSIA) {
			int rc = store_visit_skilas(st, d->m[i].id,
						    &p->last_skilas, cause);

			if (rc < 0)
				return -1;
			p->skilas_done = rc > 0;
		}
	}
	return 0;
}

/* Each household's members: both arrays are in household id order. */
static void
pri_group(struct pri_data *d)
{
	size_t i, j = 0;

	for (i = 0; i < d->nh; i++) {
		while (j < d->nm &&
		       strcmp(d->m[j].household_id, d->h[i].id) < 0)
			j++;
		d->h[i].first = j;
		while (j < d->nm && str_eq(d->m[j].household_id, d->h[i].id))
			j++;
		d->h[i].n = j - d->h[i].first;
	}
}

void
priority_rows_free(struct priority_row *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].household_id);
		free(v[i].head_name);
		free(v[i].address);
		free(v[i].posyandu_code);
		strlist_done(&v[i].reasons);
		free(v[i].reason_rules);
	}
	free(v);
}

static void
pri_rows(const struct pri_data *d, const struct priority_household *ph,
	 const struct priority_list *list, struct priority_row **out, size_t *n)
{
	size_t i, j;

	*out = xcalloc(list->n ? list->n : 1, sizeof **out);
	*n = list->n;
	for (i = 0; i < list->n; i++) {
		const struct priority_entry *e = &list->v[i];
		const struct pri_household *h = &d->h[e->household];
		struct priority_row *r = &(*out)[i];

		r->household_id = xstrdup(h->id);
		r->head_name = xstrdup(h->head);
		r->address = xstrdup(h->address);
		r->posyandu_code = xstrdup(h->posyandu_code);
		r->rule = e->reasons[0].rule;
		strlist_init(&r->reasons);
		r->reason_rules = xcalloc(e->n_reasons ? e->n_reasons : 1,
					  sizeof *r->reason_rules);
		for (j = 0; j < e->n_reasons; j++)
			r->reason_rules[j] = e->reasons[j].rule;
		for (j = 0; j < e->n_reasons; j++)
			strlist_take(
				&r->reasons,
				priority_reason_text(&e->reasons[j],
						     ph[e->household].members));
	}
}

int
store_priority_list(struct store *st, const struct schedule *sched,
		    const char *posyandu_id, struct date today,
		    struct priority_row **out, size_t *n, char **cause)
{
	struct pri_data d;
	struct priority_household *ph = NULL;
	struct priority_person *pp = NULL;
	struct priority_list list = {NULL, 0};
	size_t i;
	int rc = -1;

	*out = NULL;
	*n = 0;
	*cause = NULL;
	memset(&d, 0, sizeof d);
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	if (pri_read(st, posyandu_id, &d, cause) < 0 ||
	    pri_links(st, sched, today, &d, cause) < 0)
		goto out;
	pri_group(&d);
	ph = xcalloc(d.nh ? d.nh : 1, sizeof *ph);
	pp = xcalloc(d.nm ? d.nm : 1, sizeof *pp);
	for (i = 0; i < d.nm; i++)
		pp[i] = d.m[i].p;
	for (i = 0; i < d.nh; i++) {
		ph[i].visited = d.h[i].visited;
		ph[i].members = pp + d.h[i].first;
		ph[i].n_members = d.h[i].n;
	}
	priority_build(ph, d.nh, today, &list);
	pri_rows(&d, ph, &list, out, n);
	rc = 0;
out:
	priority_list_done(&list);
	free(ph);
	free(pp);
	pri_data_free(&d);
	return rc;
}
