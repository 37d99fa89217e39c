/*
 * store/immunisation on real temporary databases seeded with the demo
 * village (without seeded doses): recording a valid dose, refusing an
 * invalid one with its rule and writing nothing, storing a history dose
 * as invalid, voiding with a reason (audited, once, stale versions
 * refused), the kader's permissions (ilp.ini, own posyandu, places),
 * Td for WUS only, every bad input, the never-delete and only-void
 * triggers, the lists and the due list.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/schedule.h"
#include "helpers/schedule_fixture.h"
#include "helpers/testdb.h"
#include "store/immunisation.h"
#include "store/posyandu.h"
#include "store/seed.h"
#include "util.h"

static const struct date today0 = {2025, 8, 12};

struct fix {
	struct testdb t;
	struct schedule *s;
	struct imm_policy pol;
	char mawar[37];
	char melati[37];
};

static void
posyandu_id(struct store *st, const char *code, char out[37])
{
	struct posyandu p;
	char *cause = NULL;

	if (store_posyandu_get(st, code, &p, &cause) != 1)
		fail_msg("posyandu %s: %s", code, cause ? cause : "missing");
	str_copy(out, p.id, 37);
	posyandu_free(&p);
}

static int
setup(void **state)
{
	struct fix *f = xcalloc(1, sizeof *f);
	struct store_open_options opt = {.create = 1, .busy_timeout_ms = 5000};
	struct seed_options so;
	char *cause = NULL;

	i18n_set_lang(I18N_ID);
	f->t.dir = testdb_mkdtemp();
	f->t.path = xasprintf("%s/ilp.db", f->t.dir);
	if (store_open(f->t.path, &opt, &f->t.st, &cause) < 0)
		fail_msg("store_open: %s", cause);
	store_set_system_actor(f->t.st, "test");
	memset(&so, 0, sizeof so);
	so.households = 150;
	so.seed = 1;
	so.today = today0;
	so.layout = SEEDGEN_LAYOUT_DEMO;
	if (store_seed(f->t.st, &so, &cause) < 0)
		fail_msg("seed: %s", cause);
	posyandu_id(f->t.st, "MAWAR", f->mawar);
	posyandu_id(f->t.st, "MELATI", f->melati);
	f->s = fixture_schedule(NULL, NULL);
	f->pol.schedule = f->s;
	f->pol.today = today0;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fix *f = *state;

	schedule_free(f->s);
	testdb_close(&f->t);
	free(f);
	return 0;
}

static void
act(struct fix *f, const char *user, enum role role, const char *posyandu)
{
	struct store_actor a = {0};

	a.username = (char *)user;
	a.full_name = (char *)"";
	a.role = role;
	a.posyandu_id = (char *)posyandu;
	store_set_actor(f->t.st, &a);
}

static long
count(struct fix *f, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	long v = -1;

	assert_int_equal(
		sqlite3_open_v2(f->t.path, &db, SQLITE_OPEN_READONLY, NULL),
		SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v;
}

static char *
text(struct fix *f, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	char *v = NULL;

	assert_int_equal(
		sqlite3_open_v2(f->t.path, &db, SQLITE_OPEN_READONLY, NULL),
		SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
		v = xstrdup((const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v != NULL ? v : xstrdup("");
}

/* A child of posyandu pos aged min..max months on today0; its dob. */
static char *
child(struct fix *f, const char *pos, int min, int max, struct date *dob)
{
	struct imm_list_row *v;
	size_t n, i;
	char *cause = NULL, *id = NULL;

	act(f, "bidan", ROLE_NAKES, NULL);
	assert_int_equal(store_imm_list(f->t.st, IMM_LIST_CHILDREN, pos, today0,
					NULL, 1000, &v, &n, &cause),
			 0);
	for (i = 0; i < n && id == NULL; i++) {
		int m = date_age_months(v[i].dob, today0);

		if (m >= min && m <= max) {
			id = xstrdup(v[i].id);
			*dob = v[i].dob;
		}
	}
	imm_list_free(v, n);
	if (id == NULL)
		fail_msg("no child of %d-%d months", min, max);
	return id;
}

static int
record(struct fix *f, const char *person, const char *ag, struct date d,
       enum imm_place place, int history, enum imm_field *field, char **cause)
{
	struct imm_new in = {0};

	in.person_id = person;
	in.antigen = ag;
	in.date = d;
	in.place = place;
	in.batch = "B123";
	in.given_by = "Bidan Rina";
	in.history = history;
	*cause = NULL;
	return store_imm_record(f->t.st, &f->pol, &in, NULL, field, cause);
}

static void
assert_like(const char *s, const char *needle)
{
	if (s == NULL || strstr(s, needle) == NULL)
		fail_msg("'%s' lacks '%s'", s ? s : "(null)", needle);
}

static void
test_record_valid_and_refused(void **state)
{
	struct fix *f = *state;
	struct date dob;
	char *kid = child(f, NULL, 4, 11, &dob), *cause, *q;
	enum imm_field field;

	act(f, "bidan", ROLE_NAKES, NULL);
	assert_int_equal(record(f, kid, "dpt", today0, IMM_PLACE_POSYANDU, 0,
				&field, &cause),
			 0);
	q = xasprintf("SELECT count(*) FROM dose WHERE person_id = '%s' AND "
		      "antigen = 'DPT' AND given_on = '2025-08-12' AND place = "
		      "'posyandu' AND batch = 'B123' AND given_by = 'Bidan "
		      "Rina' AND history = 0 AND status = 'aktif' AND "
		      "created_by = 'bidan'",
		      kid);
	assert_int_equal(count(f, q), 1);
	free(q);
	assert_int_equal(count(f,
			       "SELECT count(*) FROM audit WHERE tbl = "
			       "'dose' AND action = 'insert' AND actor = "
			       "'bidan' AND summary LIKE '%antigen=''DPT''%'"),
			 1);
	/* the same antigen again the same day: too soon, nothing written */
	assert_int_equal(record(f, kid, "DPT", today0, IMM_PLACE_POSYANDU, 0,
				&field, &cause),
			 -1);
	assert_like(cause, "DPT2 terlalu cepat: 0 hari setelah DPT1, minimal 1 "
			   "bulan");
	assert_like(cause, "riwayat");
	assert_int_equal(field, IMM_FIELD_DATE);
	free(cause);
	/* HB0 at two months: too old */
	assert_int_equal(record(f, kid, "HB0", today0, IMM_PLACE_POSYANDU, 0,
				&field, &cause),
			 -1);
	assert_like(cause, "HB0 melewati batas umur");
	free(cause);
	assert_int_equal(count(f, "SELECT count(*) FROM dose"), 1);
	free(kid);
}

static void
test_history_stored_invalid(void **state)
{
	struct fix *f = *state;
	struct date dob;
	char *kid = child(f, NULL, 3, 11, &dob), *cause = NULL;
	struct dose_given given[SCHEDULE_MAX_GIVEN];
	size_t map[SCHEDULE_MAX_GIVEN], n;
	struct schedule_result r;
	struct imm_card c;
	char why[SCHEDULE_TEXT_MAX];

	act(f, "bidan", ROLE_NAKES, NULL);
	assert_int_equal(record(f, kid, "HB0", date_add_months(dob, 2),
				IMM_PLACE_PUSKESMAS, 1, NULL, &cause),
			 0);
	assert_int_equal(store_imm_card(f->t.st, kid, &c, &cause), 1);
	assert_int_equal(c.n, 1);
	assert_true(c.doses[0].history);
	assert_string_equal(c.doses[0].antigen, "HB0");
	imm_card_given(f->s, &c, given, map, SCHEDULE_MAX_GIVEN, &n);
	assert_int_equal(n, 1);
	assert_int_equal(
		schedule_evaluate(f->s, c.person.dob, today0, given, n, &r), 0);
	assert_int_equal(r.n_doses, 1);
	assert_int_equal(r.doses[0].status, SCHEDULE_INVALID);
	schedule_explain_dose(f->s, &r, 0, why, sizeof why);
	assert_like(why, "HB0 melewati batas umur");
	imm_card_free(&c);
	/* a date after today or before birth is refused even as history */
	assert_int_equal(record(f, kid, "BCG", date_add_days(today0, 1),
				IMM_PLACE_PUSKESMAS, 1, NULL, &cause),
			 -1);
	assert_like(cause, "sesudah hari ini");
	free(cause);
	assert_int_equal(record(f, kid, "BCG", date_add_days(dob, -1),
				IMM_PLACE_PUSKESMAS, 1, NULL, &cause),
			 -1);
	assert_like(cause, "sebelum tanggal lahir");
	free(cause);
	free(kid);
}

static void
test_breaks_later_dose(void **state)
{
	struct fix *f = *state;
	struct date dob;
	char *kid = child(f, NULL, 4, 11, &dob), *cause = NULL;

	act(f, "bidan", ROLE_NAKES, NULL);
	assert_int_equal(record(f, kid, "OPV", today0, IMM_PLACE_POSYANDU, 0,
				NULL, &cause),
			 0);
	/* an earlier OPV would make today's OPV1 an OPV2 too soon */
	assert_int_equal(record(f, kid, "OPV", date_add_days(today0, -10),
				IMM_PLACE_POSYANDU, 0, NULL, &cause),
			 -1);
	assert_like(cause, "dosis ini membuat OPV tanggal 12-08-2025");
	free(cause);
	assert_int_equal(count(f, "SELECT count(*) FROM dose"), 1);
	free(kid);
}

static void
test_bad_input(void **state)
{
	struct fix *f = *state;
	struct date dob;
	char *kid = child(f, NULL, 0, 59, &dob), *cause = NULL;
	struct imm_new in = {0};
	enum imm_field field;
	char longname[150];

	act(f, "bidan", ROLE_NAKES, NULL);
	assert_int_equal(record(f, kid, "XYZ", today0, IMM_PLACE_POSYANDU, 0,
				&field, &cause),
			 -1);
	assert_like(cause, "antigen 'XYZ' tidak dikenal; boleh: HB0, BCG");
	assert_int_equal(field, IMM_FIELD_ANTIGEN);
	free(cause);
	in.person_id = kid;
	in.antigen = "DPT";
	in.date = today0;
	in.batch = "AB\tC";
	assert_int_equal(
		store_imm_record(f->t.st, &f->pol, &in, NULL, &field, &cause),
		-1);
	assert_like(cause, "nomor batch");
	assert_int_equal(field, IMM_FIELD_BATCH);
	free(cause);
	in.batch = "DPT#12";
	assert_int_equal(
		store_imm_record(f->t.st, &f->pol, &in, NULL, &field, &cause),
		-1);
	assert_like(cause, "nomor batch: boleh huruf, angka");
	free(cause);
	in.batch = "";
	in.given_by = "Bidan 123";
	assert_int_equal(
		store_imm_record(f->t.st, &f->pol, &in, NULL, &field, &cause),
		-1);
	assert_like(cause, "pemberi: nama tidak boleh berisi angka");
	assert_int_equal(field, IMM_FIELD_GIVEN_BY);
	free(cause);
	memset(longname, 'a', sizeof longname - 1);
	longname[sizeof longname - 1] = '\0';
	in.given_by = longname;
	assert_int_equal(
		store_imm_record(f->t.st, &f->pol, &in, NULL, &field, &cause),
		-1);
	assert_like(cause, "pemberi");
	assert_int_equal(field, IMM_FIELD_GIVEN_BY);
	free(cause);
	in.given_by = NULL;
	in.person_id = "00000000-0000-0000-0000-000000000000";
	assert_int_equal(
		store_imm_record(f->t.st, &f->pol, &in, NULL, &field, &cause),
		-1);
	assert_like(cause, "tidak ada");
	free(cause);
	assert_int_equal(count(f, "SELECT count(*) FROM dose"), 0);
	free(kid);
}

static void
test_void(void **state)
{
	struct fix *f = *state;
	struct date dob;
	char *kid = child(f, NULL, 2, 11, &dob), *cause = NULL, *id;
	char *q;

	act(f, "bidan", ROLE_NAKES, NULL);
	assert_int_equal(record(f, kid, "PCV", today0, IMM_PLACE_POSYANDU, 0,
				NULL, &cause),
			 0);
	id = text(f, "SELECT id FROM dose");
	/* kader may never void */
	act(f, "kader1", ROLE_KADER, f->mawar);
	assert_int_equal(store_imm_void(f->t.st, id, 1, "salah anak", &cause),
			 -1);
	assert_like(cause, "peran 'kader' tidak boleh");
	free(cause);
	act(f, "bidan", ROLE_NAKES, NULL);
	assert_int_equal(store_imm_void(f->t.st, id, 1, "   ", &cause), -1);
	assert_like(cause, "alasan pembatalan");
	free(cause);
	assert_int_equal(store_imm_void(f->t.st, id, 7, "salah anak", &cause),
			 -1);
	assert_like(cause, "sudah diubah oleh");
	free(cause);
	assert_int_equal(store_imm_void(f->t.st, id, 1, "salah anak", &cause),
			 0);
	q = xasprintf("SELECT count(*) FROM dose WHERE id = '%s' AND status = "
		      "'batal' AND void_reason = 'salah anak' AND voided_by = "
		      "'bidan' AND voided_at IS NOT NULL AND version = 2",
		      id);
	assert_int_equal(count(f, q), 1);
	free(q);
	assert_int_equal(count(f, "SELECT count(*) FROM audit WHERE tbl = "
				  "'dose' AND action = 'void' AND actor = "
				  "'bidan' AND summary LIKE '%salah anak%'"),
			 1);
	assert_int_equal(store_imm_void(f->t.st, id, 2, "lagi", &cause), -1);
	assert_like(cause, "sudah dibatalkan oleh bidan");
	free(cause);
	/* a voided dose no longer counts: PCV may be recorded again */
	assert_int_equal(record(f, kid, "PCV", today0, IMM_PLACE_POSYANDU, 0,
				NULL, &cause),
			 0);
	free(id);
	free(kid);
}

static void
test_kader(void **state)
{
	struct fix *f = *state;
	struct date dob;
	char *mine = child(f, f->mawar, 2, 2, &dob);
	struct date dob2;
	char *other = child(f, f->melati, 0, 59, &dob2), *cause = NULL;
	enum imm_field field;

	act(f, "kader1", ROLE_KADER, f->mawar);
	assert_int_equal(record(f, mine, "RV", today0, IMM_PLACE_POSYANDU, 0,
				&field, &cause),
			 -1);
	assert_like(cause, "kader_may_record = yes");
	free(cause);
	f->pol.kader_may_record = 1;
	assert_int_equal(record(f, mine, "RV", today0, IMM_PLACE_PUSTU, 0,
				&field, &cause),
			 -1);
	assert_like(cause, "diberikan di posyandu");
	assert_int_equal(field, IMM_FIELD_PLACE);
	free(cause);
	assert_int_equal(record(f, other, "RV", today0, IMM_PLACE_POSYANDU, 0,
				&field, &cause),
			 -1);
	assert_like(cause, "bukan dari posyandu Anda");
	free(cause);
	assert_int_equal(record(f, mine, "RV", today0, IMM_PLACE_POSYANDU, 0,
				&field, &cause),
			 0);
	/* a dose from the card, given elsewhere, as history */
	assert_int_equal(record(f, mine, "BCG", dob, IMM_PLACE_PUSKESMAS, 1,
				&field, &cause),
			 0);
	assert_int_equal(count(f, "SELECT count(*) FROM dose WHERE created_by "
				  "= 'kader1'"),
			 2);
	f->pol.kader_may_record = 0;
	free(mine);
	free(other);
}

/* A woman of wus age in MAWAR, and a man. */
static void
adults(struct fix *f, char **woman, char **man)
{
	*woman = text(f, "SELECT p.id FROM person p JOIN household h ON h.id "
			 "= p.household_id JOIN posyandu y ON y.id = "
			 "h.posyandu_id WHERE y.code = 'MAWAR' AND p.sex = 'P' "
			 "AND p.dob BETWEEN '1990-01-01' AND '2000-01-01' AND "
			 "p.status = 'aktif' ORDER BY p.id LIMIT 1");
	*man = text(f, "SELECT p.id FROM person p JOIN household h ON h.id = "
		       "p.household_id JOIN posyandu y ON y.id = "
		       "h.posyandu_id WHERE y.code = 'MAWAR' AND p.sex = 'L' "
		       "AND p.dob BETWEEN '1980-01-01' AND '2000-01-01' ORDER "
		       "BY p.id LIMIT 1");
	assert_true((*woman)[0] != '\0' && (*man)[0] != '\0');
}

static void
test_td(void **state)
{
	struct fix *f = *state;
	char *woman, *man, *cause = NULL;
	struct imm_card c;

	adults(f, &woman, &man);
	act(f, "bidan", ROLE_NAKES, NULL);
	assert_int_equal(record(f, man, "Td", today0, IMM_PLACE_PUSKESMAS, 0,
				NULL, &cause),
			 -1);
	assert_like(cause, "Td dicatat untuk perempuan");
	free(cause);
	assert_int_equal(record(f, woman, "td", date_add_days(today0, -20),
				IMM_PLACE_PUSKESMAS, 0, NULL, &cause),
			 0);
	assert_int_equal(record(f, woman, "TD", today0, IMM_PLACE_PUSKESMAS, 0,
				NULL, &cause),
			 -1);
	assert_like(cause, "T2 terlalu cepat");
	free(cause);
	/* a child antigen for an adult is too old */
	assert_int_equal(record(f, woman, "MR", today0, IMM_PLACE_PUSKESMAS, 0,
				NULL, &cause),
			 -1);
	assert_like(cause, "melewati batas umur");
	free(cause);
	assert_int_equal(store_imm_card(f->t.st, woman, &c, &cause), 1);
	assert_true(imm_card_is_wus(f->s, &c, today0));
	assert_false(imm_card_is_child(f->s, &c, today0));
	assert_string_equal(c.doses[0].antigen, "Td");
	imm_card_free(&c);
	free(woman);
	free(man);
}

static void
test_never_deleted_never_edited(void **state)
{
	struct fix *f = *state;
	struct date dob;
	char *kid = child(f, f->mawar, 2, 2, &dob), *cause = NULL;
	sqlite3 *db;

	act(f, "bidan", ROLE_NAKES, NULL);
	assert_int_equal(record(f, kid, "IPV", date_add_months(dob, 2),
				IMM_PLACE_POSYANDU, 1, NULL, &cause),
			 0);
	assert_int_equal(sqlite3_open(f->t.path, &db), SQLITE_OK);
	assert_int_not_equal(
		sqlite3_exec(db, "DELETE FROM dose", NULL, NULL, NULL),
		SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db, "UPDATE dose SET antigen = 'MR'",
					  NULL, NULL, NULL),
			     SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(count(f, "SELECT count(*) FROM dose WHERE antigen = "
				  "'IPV'"),
			 1);
	free(kid);
}

struct due_seen {
	char id[37];
	int found;
	size_t n;
};

static void
due_find(const struct imm_due_child *c, void *arg)
{
	struct due_seen *d = arg;

	if (strcmp(c->person_id, d->id) == 0) {
		d->found = 1;
		d->n = c->n;
	}
}

static void
test_due_list(void **state)
{
	struct fix *f = *state;
	struct date dob;
	char *kid = child(f, f->mawar, 2, 2, &dob), *cause = NULL;
	struct due_seen seen;
	struct imm_due_row *rows;
	size_t n, i, mine = 0;
	long children;

	act(f, "bidan", ROLE_NAKES, NULL);
	memset(&seen, 0, sizeof seen);
	str_copy(seen.id, kid, sizeof seen.id);
	children = store_imm_due(f->t.st, f->s, f->mawar, today0, due_find,
				 &seen, &cause);
	assert_true(children > 0);
	assert_true(seen.found);
	/* BCG and OPV1 late, DPT1, PCV1 and RV1 due; OPV2 waits for OPV1 */
	assert_int_equal(seen.n, 5);
	/* no dose at two months: BCG late, OPV1 late, DPT1 due ... */
	assert_int_equal(store_imm_due_rows(f->t.st, f->s, f->mawar, today0,
					    &rows, &n, &cause),
			 0);
	for (i = 0; i < n; i++) {
		if (strcmp(rows[i].person_id, kid) != 0)
			continue;
		mine++;
		assert_true(rows[i].status == SCHEDULE_DUE ||
			    rows[i].status == SCHEDULE_LATE ||
			    rows[i].status == SCHEDULE_CATCHUP);
		assert_string_equal(rows[i].posyandu_code, "MAWAR");
		if (i > 0)
			assert_true(rows[i - 1].target <= rows[i].target);
	}
	assert_int_equal(mine, 5);
	imm_due_rows_free(rows, n);
	/* a dose given takes it off the list */
	assert_int_equal(record(f, kid, "BCG", today0, IMM_PLACE_POSYANDU, 0,
				NULL, &cause),
			 0);
	assert_int_equal(store_imm_due_rows(f->t.st, f->s, f->mawar, today0,
					    &rows, &n, &cause),
			 0);
	for (i = 0, mine = 0; i < n; i++)
		mine += strcmp(rows[i].person_id, kid) == 0;
	assert_int_equal(mine, 4);
	imm_due_rows_free(rows, n);
	/* a kader asking for another posyandu still gets their own */
	act(f, "kader2", ROLE_KADER, f->melati);
	assert_int_equal(store_imm_due_rows(f->t.st, f->s, f->mawar, today0,
					    &rows, &n, &cause),
			 0);
	for (i = 0; i < n; i++)
		assert_string_equal(rows[i].posyandu_code, "MELATI");
	imm_due_rows_free(rows, n);
	free(kid);
}

static void
test_lists(void **state)
{
	struct fix *f = *state;
	struct imm_list_row *v;
	size_t n, i;
	char *cause = NULL, *word;

	act(f, "kader1", ROLE_KADER, f->mawar);
	assert_int_equal(store_imm_list(f->t.st, IMM_LIST_CHILDREN, NULL,
					today0, NULL, 1000, &v, &n, &cause),
			 0);
	assert_true(n > 10);
	for (i = 0; i < n; i++) {
		assert_string_equal(v[i].posyandu_code, "MAWAR");
		assert_true(date_age_months(v[i].dob, today0) < 60);
	}
	/* the first word of the first name filters, case-insensitive */
	word = xstrndup(v[0].name, strcspn(v[0].name, " "));
	imm_list_free(v, n);
	for (i = 0; word[i] != '\0'; i++)
		word[i] = (char)(i % 2 ? word[i] : (word[i] | 0x20));
	assert_int_equal(store_imm_list(f->t.st, IMM_LIST_CHILDREN, NULL,
					today0, word, 1000, &v, &n, &cause),
			 0);
	assert_true(n >= 1);
	imm_list_free(v, n);
	free(word);
	assert_int_equal(store_imm_list(f->t.st, IMM_LIST_CHILDREN, NULL,
					today0, "zz%_qq", 1000, &v, &n, &cause),
			 0);
	assert_int_equal(n, 0);
	imm_list_free(v, n);
	assert_int_equal(store_imm_list(f->t.st, IMM_LIST_WUS, NULL, today0,
					NULL, 1000, &v, &n, &cause),
			 0);
	assert_true(n > 10);
	for (i = 0; i < n; i++) {
		int age = date_age_years(v[i].dob, today0);

		assert_int_equal(v[i].sex, 'P');
		assert_true((age >= 15 && age <= 49) || v[i].pregnant);
	}
	imm_list_free(v, n);
}

/* Two seeds with a schedule: the same doses, and a sound database. */
static void
test_seeded_doses(void **state)
{
	struct fix *f = *state;
	struct testdb t2;
	struct store_open_options opt = {.create = 1, .busy_timeout_ms = 5000};
	struct seed_options so;
	struct strlist problems;
	char *cause = NULL, *sum1, *sum2;
	static const char q[] =
		"SELECT count(*) || ':' || sum(history) || ':' || "
		"group_concat(id || antigen || given_on || place, '') FROM "
		"(SELECT * FROM dose ORDER BY id)";

	(void)f;
	for (int k = 0; k < 2; k++) {
		memset(&t2, 0, sizeof t2);
		t2.dir = testdb_mkdtemp();
		t2.path = xasprintf("%s/ilp.db", t2.dir);
		if (store_open(t2.path, &opt, &t2.st, &cause) < 0)
			fail_msg("store_open: %s", cause);
		store_set_system_actor(t2.st, "test");
		memset(&so, 0, sizeof so);
		so.households = 150;
		so.seed = 3;
		so.today = today0;
		so.layout = SEEDGEN_LAYOUT_DEMO;
		so.schedule = f->s;
		if (store_seed(t2.st, &so, &cause) < 0)
			fail_msg("seed: %s", cause);
		strlist_init(&problems);
		assert_int_equal(store_check(t2.st, &problems, &cause), 0);
		strlist_done(&problems);
		store_close(t2.st);
		t2.st = NULL;
		{
			struct fix g;

			g.t = t2;
			if (k == 0)
				sum1 = text(&g, q);
			else
				sum2 = text(&g, q);
			assert_true(count(&g, "SELECT count(*) FROM dose") >
				    100);
			assert_int_equal(
				count(&g, "SELECT count(*) FROM sqlite_schema "
					  "WHERE name = 'dose_person'"),
				1);
			assert_int_equal(count(&g, "SELECT count(*) FROM audit "
						   "WHERE action = 'seed' AND "
						   "summary LIKE '%doses=%'"),
					 1);
		}
		testdb_close(&t2);
	}
	assert_string_equal(sum1, sum2);
	free(sum1);
	free(sum2);
}

static void
test_check_sound(void **state)
{
	struct fix *f = *state;
	struct strlist problems;
	char *cause = NULL;

	strlist_init(&problems);
	assert_int_equal(store_check(f->t.st, &problems, &cause), 0);
	strlist_done(&problems);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_record_valid_and_refused,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_history_stored_invalid,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_breaks_later_dose, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_bad_input, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_void, setup, teardown),
		cmocka_unit_test_setup_teardown(test_kader, setup, teardown),
		cmocka_unit_test_setup_teardown(test_td, setup, teardown),
		cmocka_unit_test_setup_teardown(test_never_deleted_never_edited,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_due_list, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lists, setup, teardown),
		cmocka_unit_test_setup_teardown(test_check_sound, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_seeded_doses, setup,
						teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
