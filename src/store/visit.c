/*
 * store/visit: saving a home visit with its members, answers and
 * referrals in one transaction (idempotent by the visit's id), voiding
 * one, and reading a household's visits. Drafts are in visit_draft.c,
 * the recap counts in visit_recap.c, what visits read from immunisation
 * and screening records in visit_links.c.
 */
#include "store/visit.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/priority.h"
#include "core/utf8.h"
#include "internal.h"
#include "register.h"
#include "store/person.h"
#include "store/referral.h"
#include "visit_int.h"

const char *
visit_level_code(enum checklist_level level)
{
	switch (level) {
	case CHECKLIST_LEVEL_REFER:
		return "rujuk";
	case CHECKLIST_LEVEL_FOLLOWUP:
		return "tindak_lanjut";
	case CHECKLIST_LEVEL_NONE:
	case CHECKLIST_LEVEL_INFO:
		break;
	}
	return "info";
}

enum checklist_level
visit_level_parse(const char *code)
{
	if (str_eq(code, "rujuk"))
		return CHECKLIST_LEVEL_REFER;
	if (str_eq(code, "tindak_lanjut"))
		return CHECKLIST_LEVEL_FOLLOWUP;
	return CHECKLIST_LEVEL_INFO;
}

void
visit_stale_message(const char *who, const char *at, char **cause)
{
	char when[24];

	/* "2025-08-12T09:30:00Z" shown as "12-08-2025 09:30 UTC" */
	if (at != NULL && strlen(at) >= 16)
		snprintf(when, sizeof when, "%.2s-%.2s-%.4s %.5s UTC", at + 8,
			 at + 5, at, at + 11);
	else
		str_copy(when, at != NULL ? at : "?", sizeof when);
	*cause = trf(MSG_DB_STALE, who != NULL ? who : "?", when);
}

int
visit_household_check(struct store *st, const char *household_id, char **cause)
{
	sqlite3_stmt *s;
	int rc, active = 0, visible = 0;

	s = db_stmt(st,
		    "SELECT status = 'aktif', ?2 IS NULL OR posyandu_id = ?2 "
		    "FROM household WHERE id = ?1",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, household_id);
	db_bind_text(s, 2, register_scope(st));
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		active = sqlite3_column_int(s, 0);
		visible = sqlite3_column_int(s, 1);
	}
	db_done(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	if (rc == SQLITE_DONE || !visible) {
		*cause = xstrdup(tr(MSG_VIS_HOUSEHOLD));
		return -1;
	}
	if (!active) {
		*cause = xstrdup(tr(MSG_VIS_HOUSEHOLD_INACTIVE));
		return -1;
	}
	return 0;
}

/* 1 when a visit with this id is stored, 0 when not, -1 on error. */
static int
visit_exists(struct store *st, const char *id, char **cause)
{
	return db_exists(st, "SELECT 1 FROM visit WHERE id = ?", id, cause);
}

int
visit_draft_remove(struct store *st, const char *id, char **cause)
{
	sqlite3_stmt *s =
		db_stmt(st, "DELETE FROM visit_draft WHERE id = ?", cause);

	if (s == NULL)
		return -1;
	db_bind_text(s, 1, id);
	return register_step_done(st, s, cause);
}

static int
visit_check_date(struct date on, struct date today, char **cause)
{
	char day[DATE_ISO_LEN];

	if (!date_valid(on.y, on.m, on.d)) {
		*cause = trf(MSG_VIS_DATE_FUTURE, "?");
		return -1;
	}
	if (date_cmp(on, today) > 0) {
		*cause = trf(MSG_VIS_DATE_FUTURE, date_format_ui(on, day));
		return -1;
	}
	if (date_diff_days(on, today) > VISIT_MAX_AGE_DAYS) {
		*cause = trf(MSG_VIS_DATE_OLD, date_format_ui(on, day),
			     VISIT_MAX_AGE_DAYS);
		return -1;
	}
	return 0;
}

/* The present members, checked against the household's active ones. */
struct visit_present {
	const struct person *p;
	struct visit_subject who;
};

static int
visit_match_present(const struct visit_work *w, const struct person *m,
		    size_t nm, struct visit_present *out, char **cause)
{
	size_t i, j;

	for (i = 0; i < w->present.n; i++) {
		for (j = 0; j < nm; j++)
			if (str_eq(m[j].id, w->present.v[i]) &&
			    m[j].status == PERSON_AKTIF)
				break;
		if (j == nm) {
			*cause = xstrdup(tr(MSG_VIS_NOT_MEMBER));
			return -1;
		}
		out[i].p = &m[j];
		out[i].who.stages = person_lifestages(&m[j], w->on);
		out[i].who.sex = m[j].sex;
		out[i].who.age_months = date_age_months(m[j].dob, w->on);
	}
	return 0;
}

/* Every answer is for a present member's item, or a household item. */
static int
visit_check_asked(const struct visit_work *w, const struct checklist_set *cl,
		  const struct visit_present *pr, char **cause)
{
	size_t i, j;

	for (i = 0; i < w->na; i++) {
		const struct checklist_item *it =
			checklist_find_item(cl, w->a[i].item);

		if (w->a[i].person_id == NULL)
			continue; /* visit_check made sure it is a household
				     item */
		for (j = 0; j < w->present.n; j++)
			if (str_eq(pr[j].p->id, w->a[i].person_id))
				break;
		if (j == w->present.n) {
			*cause = trf(MSG_VIS_ABSENT_ANSWER,
				     checklist_item_text(it));
			return -1;
		}
		if (!checklist_applies(it, pr[j].who.stages, pr[j].who.sex,
				       pr[j].who.age_months)) {
			*cause = trf(MSG_VIS_NOT_ASKED, checklist_item_text(it),
				     pr[j].p->name);
			return -1;
		}
	}
	return 0;
}

static int
visit_insert_rows(struct store *st, const struct visit_work *w,
		  const struct checklist_set *cl,
		  const struct visit_present *pr, const char *now, char **cause)
{
	sqlite3_stmt *s;
	size_t i;

	s = db_stmt(st,
		    "INSERT INTO visit (id, household_id, visited_on, "
		    "created_at, created_by, updated_at, updated_by) VALUES "
		    "(?1, ?2, ?3, ?4, app_user(), ?4, app_user())",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, w->id);
	db_bind_text(s, 2, w->household_id);
	register_bind_date(s, 3, w->on);
	db_bind_text(s, 4, now);
	if (register_step_done(st, s, cause) < 0)
		return -1;
	for (i = 0; i < w->present.n; i++) {
		s = db_stmt(st,
			    "INSERT INTO visit_member (visit_id, person_id, "
			    "stages) VALUES (?1, ?2, ?3)",
			    cause);
		if (s == NULL)
			return -1;
		db_bind_text(s, 1, w->id);
		db_bind_text(s, 2, pr[i].p->id);
		db_bind_int(s, 3, pr[i].who.stages);
		if (register_step_done(st, s, cause) < 0)
			return -1;
	}
	for (i = 0; i < w->na; i++) {
		const struct checklist_item *it =
			checklist_find_item(cl, w->a[i].item);
		struct checklist_answer ans;
		char *why = NULL;
		enum checklist_level level = CHECKLIST_LEVEL_INFO;

		if (checklist_parse_answer(it, w->a[i].text, &ans, &why) == 0)
			level = checklist_outcome(it, &ans, NULL);
		free(why);
		if (w->a[i].person_id != NULL)
			s = db_stmt(st,
				    "INSERT INTO visit_answer (visit_id, item, "
				    "answer, level, person_id) VALUES (?1, ?2, "
				    "?3, ?4, ?5)",
				    cause);
		else
			s = db_stmt(
				st,
				"INSERT INTO visit_household_answer "
				"(visit_id, item, answer, level) VALUES (?1, "
				"?2, ?3, ?4)",
				cause);
		if (s == NULL)
			return -1;
		db_bind_text(s, 1, w->id);
		db_bind_text(s, 2, w->a[i].item);
		db_bind_text(s, 3, w->a[i].text);
		db_bind_text(s, 4, visit_level_code(level));
		if (w->a[i].person_id != NULL)
			db_bind_text(s, 5, w->a[i].person_id);
		if (register_step_done(st, s, cause) < 0)
			return -1;
	}
	return 0;
}

/* One referral per present member with a rujuk finding. */
static int
visit_insert_referrals(struct store *st, const struct visit_work *w,
		       const struct visit_finding *f, size_t nf, int *made,
		       char **cause)
{
	size_t i;

	for (i = 0; i < w->present.n; i++) {
		const char *pid = w->present.v[i];
		const struct visit_dest *d = visit_work_dest(w, pid);
		struct referral_new r;
		char *reason = visit_referral_reason(f, nf, pid);
		int rc;

		if (reason == NULL)
			continue;
		memset(&r, 0, sizeof r);
		r.person_id = pid;
		r.source = REFERRAL_SRC_KUNJUNGAN;
		r.source_id = w->id;
		r.reason = reason;
		r.destination = d != NULL ? d->dest : REFERRAL_PUSTU;
		r.referred_on = w->on;
		r.followup_on =
			d != NULL ? d->followup : priority_followup_date(w->on);
		rc = db_referral_insert(st, &r, NULL, cause);
		free(reason);
		if (rc < 0)
			return -1;
		(*made)++;
	}
	return 0;
}

/* The checks that need no transaction. */
static int
visit_check_work(struct store *st, const struct checklist_set *cl,
		 struct visit_work *w, struct date today, char **cause)
{
	if (db_require(st, PERM_EDIT_REGISTER, cause) < 0 ||
	    visit_check_date(w->on, today, cause) < 0)
		return -1;
	if (w->present.n == 0) {
		*cause = xstrdup(tr(MSG_VIS_NOBODY));
		return -1;
	}
	return visit_check(w, cl, NULL, cause);
}

/* Inside the transaction: everything but the idempotency check. */
static int
visit_write(struct store *st, const struct checklist_set *cl,
	    struct visit_work *w, struct visit_saved *out, char **cause)
{
	struct person *m = NULL;
	struct visit_present *pr = NULL;
	struct visit_finding *f = NULL;
	size_t nm = 0, nf = 0;
	char now[21];
	int rc = -1;

	if (visit_household_check(st, w->household_id, cause) < 0 ||
	    person_load_members(st, w->household_id, &m, &nm, cause) < 0)
		goto out;
	pr = xcalloc(w->present.n, sizeof *pr);
	if (visit_match_present(w, m, nm, pr, cause) < 0 ||
	    visit_check_asked(w, cl, pr, cause) < 0)
		goto out;
	visit_findings(w, cl, &f, &nf);
	db_now_text(now);
	if (visit_insert_rows(st, w, cl, pr, now, cause) < 0 ||
	    visit_insert_referrals(st, w, f, nf, &out->referrals, cause) < 0 ||
	    visit_draft_remove(st, w->id, cause) < 0)
		goto out;
	out->findings = (int)nf;
	rc = 0;
out:
	visit_findings_free(f, nf);
	free(pr);
	person_list_free(m, nm);
	return rc;
}

int
store_visit_save(struct store *st, const struct checklist_set *cl,
		 struct visit_work *w, struct date today,
		 struct visit_saved *out, char **cause)
{
	struct visit_saved tmp;
	int rc;

	*cause = NULL;
	if (out == NULL)
		out = &tmp;
	memset(out, 0, sizeof *out);
	if (visit_check_work(st, cl, w, today, cause) < 0)
		return -1;
	if (w->id[0] == '\0')
		db_new_id(w->id);
	if (db_begin(st, cause) < 0)
		return -1;
	rc = visit_exists(st, w->id, cause);
	if (rc == 1) {
		/* saved before (a retry after a crash): only the draft goes */
		out->already = 1;
		if (visit_draft_remove(st, w->id, cause) < 0)
			goto fail;
		return db_commit(st, cause);
	}
	/* the visit's id is its save key too: one ledger of saves (v7) */
	if (rc < 0 || visit_write(st, cl, w, out, cause) < 0 ||
	    db_save_key_record(st, w->id, "visit", w->id, cause) < 0)
		goto fail;
	if (db_commit(st, cause) < 0) {
		memset(out, 0, sizeof *out);
		return -1;
	}
	return 0;
fail:
	db_rollback(st);
	memset(out, 0, sizeof *out);
	return -1;
}

/* ---- voiding ------------------------------------------------------------- */

/* Reads what voiding checks: 1 found (and visible), 0 not, -1. */
static int
visit_void_read(struct store *st, const char *id, long long *version,
		int *voided, char **who, char **when, char **cause)
{
	sqlite3_stmt *s;
	int rc;

	s = db_stmt(st,
		    "SELECT v.version, v.voided_at IS NOT NULL, v.updated_by, "
		    "v.updated_at FROM visit v JOIN household h ON h.id = "
		    "v.household_id WHERE v.id = ?1 AND (?2 IS NULL OR "
		    "h.posyandu_id = ?2)",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, register_scope(st));
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*version = sqlite3_column_int64(s, 0);
		*voided = sqlite3_column_int(s, 1);
		*who = db_col_text0(s, 2);
		*when = db_col_text0(s, 3);
	}
	db_done(s);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	*cause = db_error(st, rc);
	return -1;
}

int
store_visit_void(struct store *st, const char *id, long long version,
		 const char *reason, char **cause)
{
	sqlite3_stmt *s;
	char now[21], *who = NULL, *when = NULL, *clean = NULL;
	long long cur = 0;
	int voided = 0, rc;

	*cause = NULL;
	if (db_require(st, PERM_VOID_RECORD, cause) < 0 ||
	    db_check_reason(reason, VISIT_VOID_REASON_MAX, MSG_VIS_VOID_REASON,
			    cause) < 0)
		return -1;
	if (db_begin(st, cause) < 0)
		return -1;
	rc = visit_void_read(st, id, &cur, &voided, &who, &when, cause);
	if (rc <= 0) {
		if (rc == 0)
			*cause = xstrdup(tr(MSG_VIS_UNKNOWN));
		goto fail;
	}
	if (voided) {
		*cause = xstrdup(tr(MSG_VIS_ALREADY_VOID));
		goto fail;
	}
	if (cur != version) {
		visit_stale_message(who, when, cause);
		goto fail;
	}
	clean = xstrdup(reason);
	str_trim(clean);
	db_now_text(now);
	s = db_stmt(st,
		    "UPDATE visit SET voided_at = ?3, voided_by = app_user(), "
		    "void_reason = ?4, version = version + 1, updated_at = ?3, "
		    "updated_by = app_user() WHERE id = ?1 AND version = ?2",
		    cause);
	if (s == NULL)
		goto fail;
	db_bind_text(s, 1, id);
	db_bind_int(s, 2, version);
	db_bind_text(s, 3, now);
	db_bind_text(s, 4, clean);
	if (register_step_done(st, s, cause) < 0)
		goto fail;
	if (sqlite3_changes(st->db) != 1) {
		visit_stale_message(who, when, cause);
		goto fail;
	}
	free(who);
	free(when);
	free(clean);
	return db_commit(st, cause);
fail:
	free(who);
	free(when);
	free(clean);
	db_rollback(st);
	return -1;
}

/* ---- reading ------------------------------------------------------------- */

void
visit_row_free(struct visit_row *r)
{
	if (r == NULL)
		return;
	free(r->id);
	free(r->household_id);
	free(r->created_by);
	free(r->created_at);
	free(r->present);
	free(r->void_reason);
	free(r->voided_by);
	memset(r, 0, sizeof *r);
}

static void
visit_row_free_elem(void *r)
{
	visit_row_free(r);
}

void
visit_rows_free(struct visit_row *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		visit_row_free(&v[i]);
	free(v);
}

/* The answers of visit v at one level, members' and household's. */
#define VISIT_LEVEL_COUNT(level)                                                 \
	"((SELECT count(*) FROM visit_answer a WHERE a.visit_id = v.id AND "     \
	"a.level = '" level "') + (SELECT count(*) FROM "                        \
	"visit_household_answer a WHERE a.visit_id = v.id AND a.level = '" level \
	"'))"

#define VISIT_ROW_SELECT                                                                                                           \
	"SELECT v.id, v.household_id, v.visited_on, v.created_by, "                                                                \
	"v.created_at, (SELECT group_concat(p.name, ', ') FROM visit_member "                                                      \
	"m JOIN person p ON p.id = m.person_id WHERE m.visit_id = v.id), " VISIT_LEVEL_COUNT(                                      \
		"rujuk") ", " VISIT_LEVEL_COUNT("tindak_lanjut") ", v.voided_at IS NOT NULL, v.void_reason, "                      \
								 "v.voided_by, v.version FROM visit v JOIN household h ON h.id = " \
								 "v.household_id "

static void
visit_row_from(sqlite3_stmt *s, void *elem)
{
	struct visit_row *r = elem;

	r->id = db_col_text0(s, 0);
	r->household_id = db_col_text0(s, 1);
	r->on = register_col_date(s, 2);
	r->created_by = db_col_text0(s, 3);
	r->created_at = db_col_text0(s, 4);
	r->present = db_col_text0(s, 5);
	r->refer = (int)db_col_int(s, 6, 0);
	r->followup = (int)db_col_int(s, 7, 0);
	r->voided = (int)db_col_int(s, 8, 0);
	r->void_reason = db_col_text(s, 9);
	r->voided_by = db_col_text(s, 10);
	r->version = db_col_int(s, 11, 1);
}

int
store_visit_history(struct store *st, const char *household_id,
		    struct visit_row **out, size_t *n, char **cause)
{
	sqlite3_stmt *s;

	*out = NULL;
	*n = 0;
	*cause = NULL;
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	s = db_stmt(st,
		    VISIT_ROW_SELECT
		    "WHERE v.household_id = ?1 AND (?2 IS NULL "
		    "OR h.posyandu_id = ?2) ORDER BY "
		    "v.visited_on DESC, v.created_at DESC",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, household_id);
	db_bind_text(s, 2, register_scope(st));
	return db_collect(st, s, sizeof **out, visit_row_from,
			  visit_row_free_elem, (void **)out, n, cause);
}

static void
visit_answer_free_elem(void *elem)
{
	struct visit_detail_answer *a = elem;

	free(a->person_id);
	free(a->person_name);
	free(a->item);
	free(a->answer);
}

static void
visit_answer_from(sqlite3_stmt *s, void *elem)
{
	struct visit_detail_answer *a = elem;
	char *level;

	a->person_id = db_col_text(s, 0);
	a->person_name = db_col_text0(s, 1);
	a->item = db_col_text0(s, 2);
	a->answer = db_col_text0(s, 3);
	level = db_col_text0(s, 4);
	a->level = visit_level_parse(level);
	free(level);
}

void
visit_detail_free(struct visit_detail *d)
{
	size_t i;

	if (d == NULL)
		return;
	visit_row_free(&d->row);
	for (i = 0; i < d->na; i++)
		visit_answer_free_elem(&d->a[i]);
	free(d->a);
	referral_list_free(d->ref, d->nref);
	memset(d, 0, sizeof *d);
}

static int
visit_load_answers(struct store *st, struct visit_detail *d, char **cause)
{
	sqlite3_stmt *s;

	s = db_stmt(st,
		    "SELECT a.person_id, p.name, a.item, a.answer, a.level, 0 "
		    "FROM visit_answer a JOIN person p ON p.id = a.person_id "
		    "WHERE a.visit_id = ?1 UNION ALL SELECT NULL, '', item, "
		    "answer, level, 1 FROM visit_household_answer WHERE "
		    "visit_id = ?1 ORDER BY 6, 2, 1, 3",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, d->row.id);
	return db_collect(st, s, sizeof *d->a, visit_answer_from,
			  visit_answer_free_elem, (void **)&d->a, &d->na,
			  cause);
}

static void
visit_id_from(sqlite3_stmt *s, void *elem)
{
	*(char **)elem = db_col_text0(s, 0);
}

static void
visit_id_free(void *elem)
{
	free(*(char **)elem);
}

static int
visit_load_referrals(struct store *st, struct visit_detail *d, char **cause)
{
	sqlite3_stmt *s;
	char **ids = NULL;
	size_t n = 0, i;
	int rc = 0;

	s = db_stmt(st,
		    "SELECT id FROM referral WHERE source = 'kunjungan' AND "
		    "source_id = ? ORDER BY created_at, id",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, d->row.id);
	if (db_collect(st, s, sizeof *ids, visit_id_from, visit_id_free,
		       (void **)&ids, &n, cause) < 0)
		return -1;
	d->ref = xcalloc(n ? n : 1, sizeof *d->ref);
	for (i = 0; i < n && rc == 0; i++) {
		int got = store_referral_get(st, ids[i], &d->ref[d->nref], NULL,
					     NULL, cause);

		if (got < 0)
			rc = -1;
		else if (got > 0)
			d->nref++;
	}
	for (i = 0; i < n; i++)
		free(ids[i]);
	free(ids);
	return rc;
}

int
store_visit_get(struct store *st, const char *id, struct visit_detail *out,
		char **cause)
{
	sqlite3_stmt *s;
	int rc;

	*cause = NULL;
	memset(out, 0, sizeof *out);
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	s = db_stmt(st,
		    VISIT_ROW_SELECT
		    "WHERE v.id = ?1 AND (?2 IS NULL OR h.posyandu_id = ?2)",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, register_scope(st));
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		visit_row_from(s, &out->row);
	db_done(s);
	if (rc == SQLITE_DONE)
		return 0;
	if (rc != SQLITE_ROW) {
		*cause = db_error(st, rc);
		return -1;
	}
	if (visit_load_answers(st, out, cause) < 0 ||
	    visit_load_referrals(st, out, cause) < 0) {
		visit_detail_free(out);
		return -1;
	}
	return 1;
}
