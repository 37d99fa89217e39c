/*
 * store/screening: screening events, their referrals and the queries of
 * the screening screens and the monthly recap. Every result is computed
 * here by core/screening_answers from the answers being stored; the
 * referral goes through db_referral_insert() inside the same
 * transaction, so an event and its referral commit together or not at
 * all.
 */
#include "store/screening.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/priority.h"
#include "core/utf8.h"
#include "internal.h"
#include "store/referral.h"

/* ---- freeing -------------------------------------------------------- */

void
screening_event_free(struct screening_event *e)
{
	if (e == NULL)
		return;
	free(e->id);
	free(e->person_id);
	free(e->answers_text);
	free(e->referral_id);
	free(e->voided_at);
	free(e->voided_by);
	free(e->void_reason);
	free(e->created_at);
	free(e->created_by);
	memset(e, 0, sizeof *e);
}

void
screening_event_list_free(struct screening_event *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		screening_event_free(&v[i]);
	free(v);
}

void
screening_person_free(struct screening_person *p)
{
	if (p == NULL)
		return;
	free(p->id);
	free(p->name);
	free(p->address);
	free(p->posyandu_id);
	free(p->posyandu_name);
	memset(p, 0, sizeof *p);
}

void
screening_person_list_free(struct screening_person *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		screening_person_free(&v[i]);
	free(v);
}

/* ---- helpers -------------------------------------------------------- */

static int
screening_need_actor(struct store *st, char **cause)
{
	if (st->has_actor)
		return 0;
	*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
	return -1;
}

static struct date
screening_col_date(sqlite3_stmt *s, int i)
{
	struct date d = {1900, 1, 1};
	const unsigned char *t = sqlite3_column_text(s, i);

	if (t != NULL)
		(void)date_parse_iso((const char *)t, &d);
	return d;
}

static int
screening_outcome_parse(const char *code, enum screening_outcome *out)
{
	int o;

	for (o = SCREENING_NORMAL; o <= SCREENING_REFER; o++) {
		if (str_eq(code,
			   screening_outcome_code((enum screening_outcome)o))) {
			*out = (enum screening_outcome)o;
			return 0;
		}
	}
	return -1;
}

/* ---- reading events ------------------------------------------------- */

#define SCREENING_SELECT                                                       \
	"SELECT s.id, s.person_id, s.kind, s.screened_on, s.answers, "         \
	"s.category, s.outcome, s.domains, s.referral_id, s.voided_at, "       \
	"s.voided_by, s.void_reason, s.created_at, s.created_by, "             \
	"s.version FROM screening s JOIN person p ON p.id = s.person_id "      \
	"JOIN household h ON h.id = p.household_id "

/*
 * Fills *e from a SCREENING_SELECT row. Damaged answers (edited outside
 * ilp) leave e->answers initialised but empty; the rest still reads.
 */
static void
screening_from_row(sqlite3_stmt *s, void *elem)
{
	struct screening_event *e = elem;
	char *kind, *category, *outcome, *err = NULL;

	memset(e, 0, sizeof *e);
	e->id = db_col_text0(s, 0);
	e->person_id = db_col_text0(s, 1);
	kind = db_col_text0(s, 2);
	if (screening_kind_parse(kind, &e->kind) < 0)
		e->kind = SCREENING_TB;
	free(kind);
	e->on = screening_col_date(s, 3);
	e->answers_text = db_col_text0(s, 4);
	if (screening_answers_decode(e->kind, e->answers_text, &e->answers,
				     &err) < 0) {
		screening_answers_init(&e->answers, e->kind);
		free(err);
	}
	category = db_col_text0(s, 5);
	if (screening_category_parse(e->kind, category, &e->category) < 0)
		e->category = 0;
	free(category);
	outcome = db_col_text0(s, 6);
	if (screening_outcome_parse(outcome, &e->outcome) < 0)
		e->outcome = SCREENING_NORMAL;
	free(outcome);
	e->domains = (unsigned)db_col_int(s, 7, 0);
	e->referral_id = db_col_text(s, 8);
	e->voided_at = db_col_text(s, 9);
	e->voided_by = db_col_text(s, 10);
	e->void_reason = db_col_text(s, 11);
	e->voided = e->voided_at != NULL;
	e->created_at = db_col_text0(s, 12);
	e->created_by = db_col_text0(s, 13);
	e->version = db_col_int(s, 14, 1);
}

int
store_screening_get(struct store *st, const char *id,
		    struct screening_event *out, char **cause)
{
	sqlite3_stmt *s;

	*cause = NULL;
	memset(out, 0, sizeof *out);
	if (screening_need_actor(st, cause) < 0)
		return -1;
	s = db_stmt(st,
		    SCREENING_SELECT "WHERE s.id = ?1 AND (?2 IS NULL OR "
				     "h.posyandu_id = ?2)",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, db_actor_scope(st));
	return db_get_row(st, s, screening_from_row, out, cause);
}

int
store_screening_history(struct store *st, const char *person_id, int kind,
			struct screening_event **out, size_t *n, char **cause)
{
	sqlite3_stmt *s;
	struct screening_event *v = NULL;
	size_t len = 0, cap = 0;
	int rc;

	*cause = NULL;
	*out = NULL;
	*n = 0;
	if (screening_need_actor(st, cause) < 0)
		return -1;
	s = db_stmt(st,
		    SCREENING_SELECT
		    "WHERE s.person_id = ?1 AND (?2 IS NULL OR h.posyandu_id = "
		    "?2) AND (?3 IS NULL OR s.kind = ?3) ORDER BY "
		    "s.screened_on DESC, s.rowid DESC",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, person_id);
	db_bind_text(s, 2, db_actor_scope(st));
	db_bind_text(s, 3,
		     kind >= 0 ? screening_kind_code((enum screening_kind)kind)
			       : NULL);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (len == cap) {
			cap = cap ? cap * 2 : 16;
			v = xreallocarray(v, cap, sizeof *v);
		}
		screening_from_row(s, &v[len++]);
	}
	db_done(s);
	if (rc != SQLITE_DONE) {
		screening_event_list_free(v, len);
		*cause = db_error(st, rc);
		return -1;
	}
	*out = v;
	*n = len;
	return 0;
}

int
store_screening_latest(struct store *st, const char *person_id,
		       struct screening_event latest[SCREENING_KIND_COUNT],
		       int have[SCREENING_KIND_COUNT], char **cause)
{
	struct screening_event *v;
	size_t n, i;

	memset(latest, 0, SCREENING_KIND_COUNT * sizeof latest[0]);
	memset(have, 0, SCREENING_KIND_COUNT * sizeof have[0]);
	if (store_screening_history(st, person_id, -1, &v, &n, cause) < 0)
		return -1;
	/* newest first: the first event of a kind that stands is its latest */
	for (i = 0; i < n; i++) {
		int k = (int)v[i].kind;

		if (v[i].voided || have[k])
			continue;
		latest[k] = v[i];
		memset(&v[i], 0, sizeof v[i]);
		have[k] = 1;
	}
	screening_event_list_free(v, n);
	return 0;
}

int
store_screening_recompute(struct store *st, const struct screening_config *cfg,
			  const char *id, struct screening_eval *out, int *same,
			  char **cause)
{
	struct screening_event e;
	struct screening_answers a;
	int found, rc = -1;

	*same = 0;
	found = store_screening_get(st, id, &e, cause);
	if (found <= 0) {
		if (found == 0)
			*cause = xstrdup(tr(MSG_SCRS_UNKNOWN));
		return -1;
	}
	if (screening_answers_decode(e.kind, e.answers_text, &a, cause) == 0 &&
	    screening_answers_eval(cfg, &a, out, cause) == 0) {
		*same = out->result.category == e.category &&
			out->result.outcome == e.outcome &&
			(e.kind != SCREENING_SKILAS ||
			 out->domains == e.domains);
		rc = 0;
	}
	screening_event_free(&e);
	return rc;
}

/* ---- persons -------------------------------------------------------- */

#define SCREENING_LAST(code)                                                   \
	"(SELECT max(s.screened_on) FROM screening s WHERE s.person_id = "     \
	"p.id AND s.kind = '" code "' AND s.voided_at IS NULL)"

/* Columns 9.. are the last dates in enum screening_kind order. */
#define SCREENING_PERSON_SELECT                                                                                                                                                                    \
	"SELECT p.id, p.name, p.sex, p.dob, p.dob_estimated, p.status, "                                                                                                                           \
	"trim(h.address || CASE WHEN h.rt <> '' THEN ' RT ' || h.rt ELSE "                                                                                                                         \
	"'' END || CASE WHEN h.rw <> '' THEN '/RW ' || h.rw ELSE '' END), "                                                                                                                        \
	"h.posyandu_id, y.name, " SCREENING_LAST("skilas") ", " SCREENING_LAST("aks") ", " SCREENING_LAST("tekanan_darah") ", " SCREENING_LAST(                                                    \
		"gula_darah") ", " SCREENING_LAST("imt") ", " SCREENING_LAST("lingkar_perut") ", " SCREENING_LAST("srq20") ", " SCREENING_LAST("tbc") " FROM person p JOIN household h ON h.id = " \
																		      "p.household_id JOIN posyandu y ON y.id = h.posyandu_id "

static void
screening_person_from_row(sqlite3_stmt *s, void *elem)
{
	struct screening_person *p = elem;
	const unsigned char *sex;
	char *status;
	int k;

	memset(p, 0, sizeof *p);
	p->id = db_col_text0(s, 0);
	p->name = db_col_text0(s, 1);
	sex = sqlite3_column_text(s, 2);
	p->sex = sex != NULL && sex[0] == 'L' ? 'L' : 'P';
	p->dob = screening_col_date(s, 3);
	p->dob_estimated = (int)db_col_int(s, 4, 0);
	status = db_col_text0(s, 5);
	p->active = str_eq(status, "aktif");
	free(status);
	p->address = db_col_text0(s, 6);
	p->posyandu_id = db_col_text0(s, 7);
	p->posyandu_name = db_col_text0(s, 8);
	for (k = 0; k < SCREENING_KIND_COUNT; k++) {
		p->has_last[k] = sqlite3_column_type(s, 9 + k) != SQLITE_NULL;
		if (p->has_last[k])
			p->last[k] = screening_col_date(s, 9 + k);
	}
}

int
store_screening_person(struct store *st, const char *person_id,
		       struct screening_person *out, char **cause)
{
	sqlite3_stmt *s;

	*cause = NULL;
	memset(out, 0, sizeof *out);
	if (screening_need_actor(st, cause) < 0)
		return -1;
	s = db_stmt(st,
		    SCREENING_PERSON_SELECT "WHERE p.id = ?1 AND (?2 IS NULL "
					    "OR h.posyandu_id = ?2)",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, person_id);
	db_bind_text(s, 2, db_actor_scope(st));
	return db_get_row(st, s, screening_person_from_row, out, cause);
}

/*
 * The posyandu a list or recap is about: the kader's own one, or the one
 * asked for. Sets *out (borrowed). 0 or -1 with *cause.
 */
static int
screening_posyandu(struct store *st, const char *asked, int required,
		   const char **out, char **cause)
{
	const char *scope = db_actor_scope(st);

	*out = asked;
	if (scope != NULL) {
		if (asked != NULL && !str_eq(asked, scope)) {
			*cause = xstrdup(tr(MSG_SCRS_OTHER_POSYANDU));
			return -1;
		}
		*out = scope;
	}
	if (*out == NULL && required) {
		*cause = xstrdup(tr(MSG_SCRS_NEED_POSYANDU));
		return -1;
	}
	return 0;
}

int
store_screening_people(struct store *st, const char *posyandu_id,
		       struct date today, struct screening_person **out,
		       size_t *n, char **cause)
{
	sqlite3_stmt *s;
	struct screening_person *v = NULL;
	const char *pos;
	size_t len = 0, cap = 0;
	char adult[DATE_ISO_LEN], lansia[DATE_ISO_LEN];
	int rc;

	*cause = NULL;
	*out = NULL;
	*n = 0;
	if (screening_need_actor(st, cause) < 0 ||
	    screening_posyandu(st, posyandu_id, 1, &pos, cause) < 0)
		return -1;
	date_format_iso(date_add_years(today, -SCREENING_ADULT_YEARS), adult);
	date_format_iso(date_add_years(today, -SCREENING_LANSIA_YEARS), lansia);
	s = db_stmt(st,
		    SCREENING_PERSON_SELECT
		    "WHERE h.posyandu_id = ?1 AND p.status = 'aktif' AND "
		    "p.dob <= ?2 ORDER BY p.dob <= ?3 DESC, p.name COLLATE "
		    "NOCASE, p.id",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, pos);
	db_bind_text(s, 2, adult);
	db_bind_text(s, 3, lansia);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (len == cap) {
			cap = cap ? cap * 2 : 64;
			v = xreallocarray(v, cap, sizeof *v);
		}
		screening_person_from_row(s, &v[len]);
		/* the SQL bound is a day loose around 29 February */
		if (date_age_years(v[len].dob, today) < SCREENING_ADULT_YEARS)
			screening_person_free(&v[len]);
		else
			len++;
	}
	db_done(s);
	if (rc != SQLITE_DONE) {
		screening_person_list_free(v, len);
		*cause = db_error(st, rc);
		return -1;
	}
	*out = v;
	*n = len;
	return 0;
}

/* ---- saving --------------------------------------------------------- */

/* Checks the answers and computes the results before any write. */
static int
screening_evaluate_all(const struct screening_config *cfg,
		       const struct screening_answers *a, size_t n,
		       struct screening_eval *eval, char **cause)
{
	unsigned seen = 0;
	size_t i;

	if (n == 0 || n > SCREENING_KIND_COUNT) {
		*cause = xstrdup(tr(MSG_SCRS_NONE));
		return -1;
	}
	for (i = 0; i < n; i++) {
		unsigned bit = 1u << a[i].kind;

		if ((unsigned)a[i].kind >= SCREENING_KIND_COUNT) {
			*cause = xstrdup(tr(MSG_SCRS_NONE));
			return -1;
		}
		if (seen & bit) {
			*cause = trf(MSG_SCRS_TWICE,
				     screening_kind_name(a[i].kind));
			return -1;
		}
		seen |= bit;
		if (screening_answers_eval(cfg, &a[i], &eval[i], cause) < 0)
			return -1;
	}
	return 0;
}

/* Inside the transaction: the person may be screened with these kinds. */
static int
screening_check_person(struct store *st, const char *person_id, struct date on,
		       const struct screening_answers *a, size_t n,
		       char **cause)
{
	struct screening_person p;
	char d1[DATE_ISO_LEN], d2[DATE_ISO_LEN];
	size_t i;
	int found, age, rc = -1;

	found = store_screening_person(st, person_id, &p, cause);
	if (found <= 0) {
		if (found == 0)
			*cause = xstrdup(tr(MSG_SCRS_PERSON_UNKNOWN));
		return -1;
	}
	age = date_age_years(p.dob, on);
	if (!p.active) {
		*cause = trf(MSG_SCRS_PERSON_INACTIVE, p.name);
		goto out;
	}
	if (date_cmp(on, p.dob) < 0) {
		*cause = trf(MSG_SCRS_BEFORE_BIRTH, date_format_ui(on, d1),
			     date_format_ui(p.dob, d2));
		goto out;
	}
	for (i = 0; i < n; i++) {
		if (!(screening_kinds_for_age(age) & 1u << a[i].kind)) {
			*cause = trf(MSG_SCRS_KIND_AGE,
				     screening_kind_name(a[i].kind),
				     a[i].kind == SCREENING_SKILAS ||
						     a[i].kind == SCREENING_AKS
					     ? SCREENING_LANSIA_YEARS
					     : SCREENING_ADULT_YEARS,
				     p.name, age);
			goto out;
		}
		if (a[i].kind == SCREENING_WAIST && a[i].u.waist.sex != p.sex) {
			*cause = trf(MSG_SCRS_WAIST_SEX, a[i].u.waist.sex,
				     p.sex);
			goto out;
		}
	}
	rc = 0;
out:
	screening_person_free(&p);
	return rc;
}

static int
screening_insert(struct store *st, const char *id, const char *person_id,
		 struct date on, const struct screening_answers *a,
		 const struct screening_eval *e, const char *referral_id,
		 const char *now, char **cause)
{
	sqlite3_stmt *s;
	char day[DATE_ISO_LEN], *text;
	int rc;

	s = db_stmt(st,
		    "INSERT INTO screening (id, person_id, kind, screened_on, "
		    "answers, category, outcome, domains, referral_id, "
		    "created_at, created_by, updated_at, updated_by) VALUES "
		    "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, app_user(), "
		    "?10, app_user())",
		    cause);
	if (s == NULL)
		return -1;
	text = screening_answers_encode(a);
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, person_id);
	db_bind_text(s, 3, screening_kind_code(a->kind));
	db_bind_text(s, 4, date_format_iso(on, day));
	db_bind_text(s, 5, text);
	db_bind_text(s, 6, e->result.code);
	db_bind_text(s, 7, screening_outcome_code(e->result.outcome));
	if (a->kind == SCREENING_SKILAS)
		db_bind_int(s, 8, e->domains);
	db_bind_text(s, 9,
		     e->result.outcome == SCREENING_REFER ? referral_id : NULL);
	db_bind_text(s, 10, now);
	rc = sqlite3_step(s);
	db_done(s);
	free(text);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	return 0;
}

/* Creates the referral when a result calls for one; "" otherwise. */
static int
screening_refer(struct store *st, const char *person_id, struct date on,
		const struct screening_eval *eval, size_t n, char (*ids)[37],
		enum referral_dest dest, struct screening_saved *out,
		char **cause)
{
	struct referral_new r;
	size_t i;
	int rc;

	out->referral_id[0] = '\0';
	for (i = 0; i < n; i++)
		if (eval[i].result.outcome == SCREENING_REFER)
			break;
	if (i == n)
		return 0;
	memset(&r, 0, sizeof r);
	r.person_id = person_id;
	r.source = REFERRAL_SRC_SKRINING;
	r.source_id = ids[i];
	r.reason = screening_referral_reason(eval, n, REFERRAL_REASON_MAX);
	r.destination = dest;
	r.referred_on = on;
	r.followup_on = priority_followup_date(on);
	rc = db_referral_insert(st, &r, out->referral_id, cause);
	free((char *)r.reason);
	out->followup_on = r.followup_on;
	return rc;
}

/*
 * A save whose key was recorded: the ids of the events it wrote (the
 * first is the key's row; the others were written with it, by the same
 * user at the same time, one per kind) and its referral, into *saved,
 * whose results were computed again from the same answers.
 */
static int
screening_replay(struct store *st, const char *first,
		 const struct screening_answers *answers, size_t n,
		 struct screening_saved *saved, char **cause)
{
	sqlite3_stmt *s;
	size_t i;
	int rc;

	s = db_stmt(st,
		    "SELECT s.id, s.kind, s.referral_id, r.followup_on FROM "
		    "screening f JOIN screening s ON s.person_id = f.person_id "
		    "AND s.screened_on = f.screened_on AND s.created_at = "
		    "f.created_at AND s.created_by = f.created_by LEFT JOIN "
		    "referral r ON r.id = s.referral_id WHERE f.id = ?1 "
		    "ORDER BY s.id = ?1 DESC",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, first);
	for (i = 0; i < n; i++)
		saved->id[i][0] = '\0';
	saved->referral_id[0] = '\0';
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *kind = (const char *)sqlite3_column_text(s, 1);
		const char *day = (const char *)sqlite3_column_text(s, 3);

		for (i = 0; i < n; i++)
			if (saved->id[i][0] == '\0' &&
			    str_eq(kind, screening_kind_code(answers[i].kind)))
				break;
		if (i < n)
			str_copy(saved->id[i],
				 (const char *)sqlite3_column_text(s, 0), 37);
		if (sqlite3_column_type(s, 2) != SQLITE_NULL &&
		    saved->referral_id[0] == '\0') {
			str_copy(saved->referral_id,
				 (const char *)sqlite3_column_text(s, 2), 37);
			if (day == NULL ||
			    date_parse_iso(day, &saved->followup_on) < 0)
				memset(&saved->followup_on, 0,
				       sizeof saved->followup_on);
		}
	}
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	return 0;
}

int
store_screening_save(struct store *st, const struct screening_config *cfg,
		     const char *person_id, struct date on, struct date today,
		     const struct screening_answers *answers, size_t n,
		     enum referral_dest dest, const char *save_key,
		     struct screening_saved *out, char **cause)
{
	struct screening_saved saved;
	char now[21], d1[DATE_ISO_LEN], d2[DATE_ISO_LEN], first[37];
	size_t i;

	*cause = NULL;
	memset(&saved, 0, sizeof saved);
	if (screening_need_actor(st, cause) < 0 ||
	    screening_evaluate_all(cfg, answers, n, saved.eval, cause) < 0)
		return -1;
	if (date_cmp(on, today) > 0) {
		*cause = trf(MSG_SCRS_FUTURE, date_format_ui(on, d1),
			     date_format_ui(today, d2));
		return -1;
	}
	if (date_diff_days(on, today) > SCREENING_MAX_AGE_DAYS) {
		*cause = trf(MSG_SCRS_DATE_OLD, date_format_ui(on, d1),
			     SCREENING_MAX_AGE_DAYS);
		return -1;
	}
	if ((unsigned)dest >= REFERRAL_DEST_COUNT)
		dest = REFERRAL_PUSKESMAS;
	saved.n = n;
	for (i = 0; i < n; i++)
		db_new_id(saved.id[i]);
	db_now_text(now);
	if (db_begin(st, cause) < 0)
		return -1;
	switch (db_save_key_seen(st, save_key, "screening", first, cause)) {
	case 0:
		break;
	case 1:
		if (screening_replay(st, first, answers, n, &saved, cause) < 0)
			goto fail;
		db_rollback(st);
		goto done;
	default:
		goto fail;
	}
	if (screening_check_person(st, person_id, on, answers, n, cause) < 0 ||
	    screening_refer(st, person_id, on, saved.eval, n, saved.id, dest,
			    &saved, cause) < 0)
		goto fail;
	for (i = 0; i < n; i++)
		if (screening_insert(st, saved.id[i], person_id, on,
				     &answers[i], &saved.eval[i],
				     saved.referral_id, now, cause) < 0)
			goto fail;
	if (n > 0 && db_save_key_record(st, save_key, "screening", saved.id[0],
					cause) < 0)
		goto fail;
	if (db_commit(st, cause) < 0)
		return -1;
done:
	if (out != NULL)
		*out = saved;
	return 0;
fail:
	db_rollback(st);
	return -1;
}

/* ---- voiding -------------------------------------------------------- */

int
store_screening_void(struct store *st, const char *id, long long version,
		     const char *reason, char **cause)
{
	struct screening_event e;
	sqlite3_stmt *s;
	char now[21], *why = NULL;
	int found, rc;

	*cause = NULL;
	if (db_require(st, PERM_VOID_RECORD, cause) < 0 ||
	    db_check_reason(reason, SCREENING_VOID_REASON_MAX,
			    MSG_SCRS_VOID_REASON, cause) < 0)
		return -1;
	if (db_begin(st, cause) < 0)
		return -1;
	found = store_screening_get(st, id, &e, cause);
	if (found <= 0) {
		if (found == 0)
			*cause = xstrdup(tr(MSG_SCRS_UNKNOWN));
		goto fail;
	}
	if (e.voided) {
		*cause = trf(MSG_SCRS_ALREADY_VOID, e.voided_by, e.voided_at);
		goto fail;
	}
	if (e.version != version) {
		*cause = trf(MSG_DB_STALE, e.created_by, e.created_at);
		goto fail;
	}
	why = xstrdup(reason);
	str_trim(why);
	db_now_text(now);
	s = db_stmt(
		st,
		"UPDATE screening SET voided_at = ?3, voided_by = "
		"app_user(), void_reason = ?4, version = version + 1, "
		"updated_at = ?3, updated_by = app_user() WHERE id = ?1 AND "
		"version = ?2 AND voided_at IS NULL",
		cause);
	if (s == NULL)
		goto fail;
	db_bind_text(s, 1, id);
	db_bind_int(s, 2, version);
	db_bind_text(s, 3, now);
	db_bind_text(s, 4, why);
	rc = sqlite3_step(s);
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		goto fail;
	}
	if (sqlite3_changes(st->db) != 1) {
		*cause = trf(MSG_DB_STALE, e.created_by, e.created_at);
		goto fail;
	}
	free(why);
	screening_event_free(&e);
	return db_commit(st, cause);
fail:
	free(why);
	screening_event_free(&e);
	db_rollback(st);
	return -1;
}

/* ---- the monthly recap ---------------------------------------------- */

/*
 * The newest result of each person and kind in the month. The whole
 * area starts from the month's events (screening_month); one posyandu
 * starts from its households, which touches far fewer pages: random
 * UUID keys scatter a month's events over the whole file.
 */
#define SCREENING_RECAP_HEAD                                                   \
	"WITH m AS (SELECT s.kind, s.category, s.outcome, s.domains, "         \
	"row_number() OVER (PARTITION BY s.person_id, s.kind ORDER BY "        \
	"s.screened_on DESC, s.rowid DESC) AS rn FROM "
#define SCREENING_RECAP_TAIL                                                   \
	") SELECT kind, category, outcome, count(*), "                         \
	"sum(domains & 1 <> 0), sum(domains & 2 <> 0), "                       \
	"sum(domains & 4 <> 0), sum(domains & 8 <> 0), "                       \
	"sum(domains & 16 <> 0), sum(domains & 32 <> 0) FROM m WHERE rn = "    \
	"1 GROUP BY kind, category, outcome"
#define SCREENING_RECAP_AREA                                                   \
	"screening s WHERE s.voided_at IS NULL AND s.screened_on BETWEEN "     \
	"?1 AND ?2 AND ?3 IS NULL"
#define SCREENING_RECAP_POSYANDU                                               \
	"household h CROSS JOIN person p ON p.household_id = h.id CROSS "      \
	"JOIN screening s ON s.person_id = p.id WHERE h.posyandu_id = ?3 "     \
	"AND s.voided_at IS NULL AND s.screened_on BETWEEN ?1 AND ?2"

static const char screening_sql_recap_area[] =
	SCREENING_RECAP_HEAD SCREENING_RECAP_AREA SCREENING_RECAP_TAIL;
static const char screening_sql_recap_posyandu[] =
	SCREENING_RECAP_HEAD SCREENING_RECAP_POSYANDU SCREENING_RECAP_TAIL;
#define SCREENING_RECAP_PERSONS                                                \
	"SELECT count(DISTINCT s.person_id), count(DISTINCT CASE WHEN "        \
	"s.referral_id IS NOT NULL THEN s.person_id END) FROM "
static const char screening_sql_persons_area[] =
	SCREENING_RECAP_PERSONS SCREENING_RECAP_AREA;
static const char screening_sql_persons_posyandu[] =
	SCREENING_RECAP_PERSONS SCREENING_RECAP_POSYANDU;

static void
screening_recap_row(sqlite3_stmt *s, struct screening_recap *r)
{
	enum screening_kind kind;
	enum screening_outcome outcome;
	const char *k = (const char *)sqlite3_column_text(s, 0);
	const char *c = (const char *)sqlite3_column_text(s, 1);
	const char *o = (const char *)sqlite3_column_text(s, 2);
	long count = (long)sqlite3_column_int64(s, 3);
	int cat, d;

	if (screening_kind_parse(k, &kind) < 0 ||
	    screening_category_parse(kind, c, &cat) < 0 ||
	    cat >= SCREENING_RECAP_CATEGORIES)
		return;
	r->screened[kind] += count;
	r->category[kind][cat] += count;
	if (screening_outcome_parse(o, &outcome) == 0 &&
	    outcome == SCREENING_REFER)
		r->refer[kind] += count;
	if (kind == SCREENING_AKS && cat >= SCREENING_AKS_MODERATE)
		r->aks_home_care += count;
	if (kind == SCREENING_SKILAS)
		for (d = 0; d < SCREENING_SKILAS_DOMAINS; d++)
			r->skilas_domain[d] += (long)db_col_int(s, 4 + d, 0);
}

int
store_screening_recap(struct store *st, int year, int month,
		      const char *posyandu_id, struct screening_recap *out,
		      char **cause)
{
	sqlite3_stmt *s;
	const char *pos;
	char first[DATE_ISO_LEN], last[DATE_ISO_LEN];
	struct date d1, d2;
	int rc;

	*cause = NULL;
	memset(out, 0, sizeof *out);
	if (screening_need_actor(st, cause) < 0 ||
	    screening_posyandu(st, posyandu_id, 0, &pos, cause) < 0)
		return -1;
	if (month < 1 || month > 12 || year < 1900 || year > 2199) {
		*cause = trf(MSG_SCRS_MONTH, year, month);
		return -1;
	}
	d1.y = d2.y = year;
	d1.m = d2.m = month;
	d1.d = 1;
	d2.d = date_days_in_month(year, month);
	date_format_iso(d1, first);
	date_format_iso(d2, last);
	s = db_stmt(st,
		    pos != NULL ? screening_sql_recap_posyandu
				: screening_sql_recap_area,
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, first);
	db_bind_text(s, 2, last);
	db_bind_text(s, 3, pos);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		screening_recap_row(s, out);
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	s = db_stmt(st,
		    pos != NULL ? screening_sql_persons_posyandu
				: screening_sql_persons_area,
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, first);
	db_bind_text(s, 2, last);
	db_bind_text(s, 3, pos);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		out->persons = (long)sqlite3_column_int64(s, 0);
		out->referred = (long)sqlite3_column_int64(s, 1);
	}
	db_done(s);
	if (rc != SQLITE_ROW) {
		*cause = db_error(st, rc);
		return -1;
	}
	return 0;
}
