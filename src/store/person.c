/*
 * store/person: person rows: reading one or a household's members with
 * what their life stages need (open pregnancy, latest delivery), and the
 * writes: add, update, status (pindah/meninggal/aktif) and moving to
 * another household. Look-ups and search are in person_find.c.
 */
#include "store/person.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/nik.h"
#include "core/pregnancy.h"
#include "core/validate.h"
#include "register.h"

const char *const person_relations[] = {
	"kepala",   "istri",  "suami",  "anak",    "menantu", "cucu",
	"orangtua", "mertua", "famili", "lainnya", NULL,
};

void
person_free(struct person *p)
{
	if (p == NULL)
		return;
	free(p->id);
	free(p->household_id);
	free(p->name);
	free(p->relation);
	free(p->nik);
	free(p->jkn_no);
	free(p->phone);
	free(p->updated_at);
	free(p->updated_by);
	free(p->posyandu_id);
	free(p->pregnancy_id);
	memset(p, 0, sizeof *p);
}

void
person_list_free(struct person *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		person_free(&v[i]);
	free(v);
}

void
person_lifestage_facts(const struct person *p, struct lifestage_facts *f)
{
	memset(f, 0, sizeof *f);
	f->dob = p->dob;
	f->sex = p->sex;
	f->pregnant = p->pregnant;
	f->delivered = p->delivered;
	f->delivery = p->delivery;
}

unsigned
person_lifestages(const struct person *p, struct date at)
{
	struct lifestage_facts f;

	if (p->status != PERSON_AKTIF)
		return 0;
	person_lifestage_facts(p, &f);
	return lifestage_of(&f, at);
}

const char *
person_status_code(enum person_status s)
{
	switch (s) {
	case PERSON_PINDAH:
		return "pindah";
	case PERSON_MENINGGAL:
		return "meninggal";
	default:
		return "aktif";
	}
}

static enum person_status
person_status_parse(const char *s)
{
	if (str_eq(s, "pindah"))
		return PERSON_PINDAH;
	if (str_eq(s, "meninggal"))
		return PERSON_MENINGGAL;
	return PERSON_AKTIF;
}

/* ---- reading ------------------------------------------------------------ */

#define PERSON_SELECT                                                          \
	"SELECT p.id, p.household_id, p.name, p.sex, p.dob, p.dob_estimated, " \
	"p.relation, p.nik, p.jkn_no, p.phone, p.status, p.status_date, "      \
	"p.version, p.updated_at, p.updated_by, h.posyandu_id, g.id, g.hpht, " \
	"g.hpl, g.version, (SELECT max(e.end_date) FROM pregnancy e WHERE "    \
	"e.person_id = p.id AND e.status = 'selesai' AND e.outcome IN "        \
	"('lahir_hidup', 'lahir_mati')) FROM person p JOIN household h ON "    \
	"h.id = p.household_id LEFT JOIN pregnancy g ON g.person_id = p.id "   \
	"AND g.status = 'hamil' "

static void
person_from_row(sqlite3_stmt *s, void *elem)
{
	struct person *p = elem;
	const unsigned char *sex = sqlite3_column_text(s, 3);

	p->id = db_col_text0(s, 0);
	p->household_id = db_col_text0(s, 1);
	p->name = db_col_text0(s, 2);
	p->sex = sex != NULL ? (char)sex[0] : '?';
	p->dob = register_col_date(s, 4);
	p->dob_estimated = (int)db_col_int(s, 5, 0);
	p->relation = db_col_text0(s, 6);
	p->nik = db_col_text(s, 7);
	p->jkn_no = db_col_text(s, 8);
	p->phone = db_col_text(s, 9);
	p->status =
		person_status_parse((const char *)sqlite3_column_text(s, 10));
	p->status_date = register_col_date(s, 11);
	p->version = db_col_int(s, 12, 1);
	p->updated_at = db_col_text0(s, 13);
	p->updated_by = db_col_text0(s, 14);
	p->posyandu_id = db_col_text0(s, 15);
	p->pregnancy_id = db_col_text(s, 16);
	p->pregnant = p->pregnancy_id != NULL;
	if (p->pregnant) {
		p->hpl = register_col_date(s, 18);
		p->hpht = sqlite3_column_type(s, 17) != SQLITE_NULL
				  ? register_col_date(s, 17)
				  : pregnancy_hpht(p->hpl);
		p->pregnancy_version = db_col_int(s, 19, 1);
	}
	p->delivered = sqlite3_column_type(s, 20) != SQLITE_NULL;
	if (p->delivered)
		p->delivery = register_col_date(s, 20);
}

int
person_load_members(struct store *st, const char *household_id,
		    struct person **out, size_t *n, char **cause)
{
	sqlite3_stmt *s;
	struct person *v = NULL;
	size_t len = 0, cap = 0;
	int rc;

	s = db_stmt(st,
		    PERSON_SELECT "WHERE p.household_id = ?1 ORDER BY p.status "
				  "<> 'aktif', p.relation <> 'kepala', p.dob, "
				  "p.name",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, household_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (len == cap) {
			cap = cap ? cap * 2 : 8;
			v = xreallocarray(v, cap, sizeof *v);
		}
		memset(&v[len], 0, sizeof v[len]);
		person_from_row(s, &v[len++]);
	}
	db_done(s);
	if (rc != SQLITE_DONE) {
		person_list_free(v, len);
		*cause = db_error(st, rc);
		return -1;
	}
	*out = v;
	*n = len;
	return 0;
}

int
store_person_get(struct store *st, const char *id, struct person *out,
		 char **cause)
{
	sqlite3_stmt *s;

	memset(out, 0, sizeof *out);
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	s = db_stmt(st,
		    PERSON_SELECT "WHERE p.id = ?1 AND (?2 IS NULL OR "
				  "h.posyandu_id = ?2)",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, register_scope(st));
	return db_get_row(st, s, person_from_row, out, cause);
}

/* ---- checks ------------------------------------------------------------- */

struct person_clean {
	char *name;
	char sex[2];
	char dob[DATE_ISO_LEN];
	char nik[NIK_LEN + 1]; /* "" when none */
	char jkn[14];          /* "" when none */
	char *phone;           /* NULL when none */
};

static void
person_clean_free(struct person_clean *c)
{
	free(c->name);
	free(c->phone);
}

static int
person_relation_ok(const char *r)
{
	size_t i;

	for (i = 0; person_relations[i] != NULL; i++)
		if (str_eq(person_relations[i], r))
			return 1;
	return 0;
}

static int
person_check_jkn(const char *in, char out[14], char **cause)
{
	char *t = xstrdup(in);
	int ok;

	str_trim(t);
	ok = strlen(t) == 13 && strspn(t, "0123456789") == 13;
	if (ok)
		str_copy(out, t, 14);
	else
		*cause = xstrdup(tr(MSG_REG_JKN));
	free(t);
	return ok ? 0 : -1;
}

static int
person_check_dob(struct date dob, struct date today, char **cause)
{
	struct date min = {VALIDATE_YEAR_MIN, 1, 1};

	if (!date_valid(dob.y, dob.m, dob.d) || date_cmp(dob, min) < 0) {
		*cause = xstrdup(tr(MSG_REG_DOB_EARLY));
		return -1;
	}
	if (date_cmp(dob, today) > 0) {
		*cause = xstrdup(tr(MSG_REG_DOB_FUTURE));
		return -1;
	}
	return 0;
}

static int
person_check(const struct person *p, struct date today, struct person_clean *c,
	     char **cause)
{
	struct nik_info ni;

	memset(c, 0, sizeof *c);
	if (validate_name(p->name, &c->name, cause) < 0)
		return -1;
	if (p->sex != 'L' && p->sex != 'P') {
		*cause = xstrdup(tr(MSG_REG_SEX));
		return -1;
	}
	c->sex[0] = p->sex;
	if (person_check_dob(p->dob, today, cause) < 0)
		return -1;
	date_format_iso(p->dob, c->dob);
	if (!person_relation_ok(p->relation)) {
		*cause = xstrdup(tr(MSG_REG_RELATION));
		return -1;
	}
	if (!validate_is_blank(p->nik)) {
		if (nik_parse(p->nik, &ni, cause) < 0)
			return -1;
		str_copy(c->nik, ni.digits, sizeof c->nik);
	}
	if (!validate_is_blank(p->jkn_no) &&
	    person_check_jkn(p->jkn_no, c->jkn, cause) < 0)
		return -1;
	if (!validate_is_blank(p->phone) &&
	    validate_phone(p->phone, &c->phone, cause) < 0)
		return -1;
	return 0;
}

/* Inside the transaction: NIK free among active persons other than id. */
static int
person_nik_free(struct store *st, const char *nik, const char *id, char **cause)
{
	sqlite3_stmt *s;
	int rc;

	if (nik[0] == '\0')
		return 0;
	s = db_stmt(st,
		    "SELECT name FROM person WHERE nik = ?1 AND status = "
		    "'aktif' AND (?2 IS NULL OR id <> ?2)",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, nik);
	db_bind_text(s, 2, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*cause = trf(MSG_REG_NIK_IN_USE, nik,
			     (const char *)sqlite3_column_text(s, 0));
	else if (rc != SQLITE_DONE)
		*cause = db_error(st, rc);
	db_done(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Inside the transaction: no other active head in the household. */
static int
person_head_free(struct store *st, const char *household_id, const char *id,
		 char **cause)
{
	sqlite3_stmt *s;
	int rc;

	s = db_stmt(st,
		    "SELECT name FROM person WHERE household_id = ?1 AND "
		    "relation = 'kepala' AND status = 'aktif' AND (?2 IS NULL "
		    "OR id <> ?2)",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, household_id);
	db_bind_text(s, 2, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*cause = trf(MSG_REG_HEAD_EXISTS,
			     (const char *)sqlite3_column_text(s, 0));
	else if (rc != SQLITE_DONE)
		*cause = db_error(st, rc);
	db_done(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Inside the transaction: the household exists and is in scope. */
static int
person_household_ok(struct store *st, const char *household_id, char **cause)
{
	char posyandu[37];
	int rc = register_household_posyandu(st, household_id, posyandu, cause);

	if (rc == 0)
		*cause = xstrdup(tr(MSG_REG_NOT_FOUND));
	if (rc <= 0)
		return -1;
	return register_check_scope(st, posyandu, cause);
}

/* ---- writing ------------------------------------------------------------ */

static void
person_bind_fields(sqlite3_stmt *s, const struct person *p,
		   const struct person_clean *c)
{
	db_bind_text(s, 3, c->name);
	db_bind_text(s, 4, c->sex);
	db_bind_text(s, 5, c->dob);
	db_bind_int(s, 6, p->dob_estimated ? 1 : 0);
	db_bind_text(s, 7, p->relation);
	db_bind_text(s, 8, c->nik[0] != '\0' ? c->nik : NULL);
	db_bind_text(s, 9, c->jkn[0] != '\0' ? c->jkn : NULL);
	db_bind_text(s, 10, c->phone);
}

int
store_person_add(struct store *st, const struct person *p, struct date today,
		 char *id_out, char **cause)
{
	struct person_clean c;
	sqlite3_stmt *s;
	char id[37], now[21];
	int rc = -1;

	*cause = NULL;
	if (db_require(st, PERM_EDIT_REGISTER, cause) < 0)
		return -1;
	if (person_check(p, today, &c, cause) < 0)
		goto out;
	db_new_id(id);
	db_now_text(now);
	if (db_begin(st, cause) < 0)
		goto out;
	switch (db_save_key_seen(st, p->save_key, "person", id, cause)) {
	case 0:
		break;
	case 1:
		db_rollback(st);
		goto done;
	default:
		goto fail;
	}
	if (person_household_ok(st, p->household_id, cause) < 0 ||
	    person_nik_free(st, c.nik, NULL, cause) < 0 ||
	    (str_eq(p->relation, "kepala") &&
	     person_head_free(st, p->household_id, NULL, cause) < 0))
		goto fail;
	s = db_stmt(st,
		    "INSERT INTO person (id, household_id, name, sex, dob, "
		    "dob_estimated, relation, nik, jkn_no, phone, created_at, "
		    "created_by, updated_at, updated_by) VALUES (?1, ?2, ?3, "
		    "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, app_user(), ?11, "
		    "app_user())",
		    cause);
	if (s == NULL)
		goto fail;
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, p->household_id);
	person_bind_fields(s, p, &c);
	db_bind_text(s, 11, now);
	if (register_step_done(st, s, cause) < 0 ||
	    db_save_key_record(st, p->save_key, "person", id, cause) < 0)
		goto fail;
	if (db_commit(st, cause) < 0)
		goto out;
done:
	if (id_out != NULL)
		str_copy(id_out, id, 37);
	rc = 0;
	goto out;
fail:
	db_rollback(st);
out:
	person_clean_free(&c);
	return rc;
}

/*
 * Inside the transaction: reads the person's household and status and
 * checks scope. Returns 0, or STORE_STALE / -1 with *cause.
 */
static int
person_current(struct store *st, const char *id, char household[37],
	       enum person_status *status, char **cause)
{
	sqlite3_stmt *s;
	int rc;

	s = db_stmt(st,
		    "SELECT p.household_id, p.status, h.posyandu_id FROM "
		    "person p JOIN household h ON h.id = p.household_id WHERE "
		    "p.id = ?",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		char posyandu[37];

		str_copy(household, (const char *)sqlite3_column_text(s, 0),
			 37);
		*status = person_status_parse(
			(const char *)sqlite3_column_text(s, 1));
		str_copy(posyandu, (const char *)sqlite3_column_text(s, 2),
			 sizeof posyandu);
		db_done(s);
		return register_check_scope(st, posyandu, cause);
	}
	db_done(s);
	*cause = rc == SQLITE_DONE ? xstrdup(tr(MSG_REG_NOT_FOUND))
				   : db_error(st, rc);
	return -1;
}

/* After an UPDATE ... AND version = ?: 0, or the stale message. */
static int
person_updated(struct store *st, const char *id, char **cause)
{
	if (sqlite3_changes(st->db) > 0)
		return 0;
	return register_stale(st, "person", id, cause);
}

int
store_person_update(struct store *st, const struct person *p, struct date today,
		    char **cause)
{
	struct person_clean c;
	enum person_status status;
	sqlite3_stmt *s;
	char now[21], household[37];
	int rc = -1;

	*cause = NULL;
	if (db_require(st, PERM_EDIT_REGISTER, cause) < 0)
		return -1;
	if (person_check(p, today, &c, cause) < 0)
		goto out;
	db_now_text(now);
	if (db_begin(st, cause) < 0)
		goto out;
	if (person_current(st, p->id, household, &status, cause) < 0)
		goto fail;
	if (status == PERSON_AKTIF &&
	    (person_nik_free(st, c.nik, p->id, cause) < 0 ||
	     (str_eq(p->relation, "kepala") &&
	      person_head_free(st, household, p->id, cause) < 0)))
		goto fail;
	s = db_stmt(st,
		    "UPDATE person SET name = ?3, sex = ?4, dob = ?5, "
		    "dob_estimated = ?6, relation = ?7, nik = ?8, jkn_no = ?9, "
		    "phone = ?10, updated_at = ?11, updated_by = app_user(), "
		    "version = version + 1 WHERE id = ?1 AND version = ?2",
		    cause);
	if (s == NULL)
		goto fail;
	db_bind_text(s, 1, p->id);
	db_bind_int(s, 2, p->version);
	person_bind_fields(s, p, &c);
	db_bind_text(s, 11, now);
	if (register_step_done(st, s, cause) < 0)
		goto fail;
	if ((rc = person_updated(st, p->id, cause)) < 0)
		goto fail;
	rc = db_commit(st, cause);
	goto out;
fail:
	db_rollback(st);
out:
	person_clean_free(&c);
	return rc;
}

/* Checks the date of a status change against birth and today. */
static int
person_check_status_date(struct store *st, const char *id, struct date date,
			 struct date today, char **cause)
{
	struct person p;
	char day[DATE_ISO_LEN];
	int rc = store_person_get(st, id, &p, cause);

	if (rc == 0)
		*cause = xstrdup(tr(MSG_REG_NOT_FOUND));
	if (rc <= 0)
		return -1;
	rc = 0;
	if (!date_valid(date.y, date.m, date.d) || date_cmp(date, today) > 0 ||
	    date_cmp(date, p.dob) < 0) {
		*cause = trf(MSG_REG_STATUS_DATE,
			     date_valid(date.y, date.m, date.d)
				     ? date_format_ui(date, day)
				     : "?");
		rc = -1;
	}
	person_free(&p);
	return rc;
}

/* Inside the transaction: the NIK and head rules for becoming aktif. */
static int
person_check_reactivate(struct store *st, const char *id, const char *household,
			char **cause)
{
	struct person p;
	int rc = store_person_get(st, id, &p, cause);

	if (rc <= 0)
		return -1;
	rc = 0;
	if ((p.nik != NULL && person_nik_free(st, p.nik, id, cause) < 0) ||
	    (str_eq(p.relation, "kepala") &&
	     person_head_free(st, household, id, cause) < 0))
		rc = -1;
	person_free(&p);
	return rc;
}

int
store_person_set_status(struct store *st, const char *id, long long version,
			enum person_status status, struct date date,
			struct date today, char **cause)
{
	enum person_status now_status;
	sqlite3_stmt *s;
	char now[21], household[37];
	int rc = -1;

	*cause = NULL;
	if (db_require(st, PERM_EDIT_REGISTER, cause) < 0)
		return -1;
	if (status != PERSON_AKTIF &&
	    person_check_status_date(st, id, date, today, cause) < 0)
		return -1;
	db_now_text(now);
	if (db_begin(st, cause) < 0)
		return -1;
	if (person_current(st, id, household, &now_status, cause) < 0)
		goto fail;
	if (status == PERSON_AKTIF && now_status != PERSON_AKTIF &&
	    person_check_reactivate(st, id, household, cause) < 0)
		goto fail;
	s = db_stmt(st,
		    "UPDATE person SET status = ?3, status_date = ?4, "
		    "updated_at = ?5, updated_by = app_user(), version = "
		    "version + 1 WHERE id = ?1 AND version = ?2",
		    cause);
	if (s == NULL)
		goto fail;
	db_bind_text(s, 1, id);
	db_bind_int(s, 2, version);
	db_bind_text(s, 3, person_status_code(status));
	if (status == PERSON_AKTIF)
		db_bind_text(s, 4, NULL);
	else
		register_bind_date(s, 4, date);
	db_bind_text(s, 5, now);
	if (register_step_done(st, s, cause) < 0)
		goto fail;
	if ((rc = person_updated(st, id, cause)) < 0)
		goto fail;
	return db_commit(st, cause);
fail:
	db_rollback(st);
	return rc < -1 ? rc : -1;
}

/* Inside the transaction: the target household is visible and active. */
static int
person_move_target(struct store *st, const char *household_id, char **cause)
{
	struct household h;
	int rc = store_household_get(st, household_id, &h, NULL, NULL, cause);

	if (rc == 0)
		*cause = xstrdup(tr(MSG_REG_NOT_FOUND));
	if (rc <= 0)
		return -1;
	rc = 0;
	if (!str_eq(h.status, "aktif")) {
		*cause = xstrdup(tr(MSG_REG_HOUSEHOLD_INACTIVE));
		rc = -1;
	}
	household_free(&h);
	return rc;
}

int
store_person_move(struct store *st, const char *id, long long version,
		  const char *household_id, const char *relation, char **cause)
{
	enum person_status status;
	sqlite3_stmt *s;
	char now[21], household[37];
	int rc = -1;

	*cause = NULL;
	if (db_require(st, PERM_EDIT_REGISTER, cause) < 0)
		return -1;
	if (!person_relation_ok(relation)) {
		*cause = xstrdup(tr(MSG_REG_RELATION));
		return -1;
	}
	db_now_text(now);
	if (db_begin(st, cause) < 0)
		return -1;
	if (person_current(st, id, household, &status, cause) < 0)
		goto fail;
	if (status != PERSON_AKTIF) {
		*cause = xstrdup(tr(MSG_REG_NOT_ACTIVE));
		goto fail;
	}
	if (str_eq(household, household_id)) {
		*cause = xstrdup(tr(MSG_REG_SAME_HOUSEHOLD));
		goto fail;
	}
	if (person_move_target(st, household_id, cause) < 0 ||
	    (str_eq(relation, "kepala") &&
	     person_head_free(st, household_id, id, cause) < 0))
		goto fail;
	s = db_stmt(st,
		    "UPDATE person SET household_id = ?3, relation = ?4, "
		    "updated_at = ?5, updated_by = app_user(), version = "
		    "version + 1 WHERE id = ?1 AND version = ?2",
		    cause);
	if (s == NULL)
		goto fail;
	db_bind_text(s, 1, id);
	db_bind_int(s, 2, version);
	db_bind_text(s, 3, household_id);
	db_bind_text(s, 4, relation);
	db_bind_text(s, 5, now);
	if (register_step_done(st, s, cause) < 0)
		goto fail;
	if ((rc = person_updated(st, id, cause)) < 0)
		goto fail;
	return db_commit(st, cause);
fail:
	db_rollback(st);
	return rc < -1 ? rc : -1;
}
