/*
 * store/referral: referral rows and their history. Visits and screenings
 * create referrals inside their own save through db_referral_insert(),
 * so a finding and its referral commit together.
 */
#include "store/referral.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/utf8.h"
#include "internal.h"

void
referral_free(struct referral *r)
{
	if (r == NULL)
		return;
	free(r->id);
	free(r->person_id);
	free(r->person_name);
	free(r->household_id);
	free(r->posyandu_id);
	free(r->address);
	free(r->source_id);
	free(r->reason);
	free(r->updated_by);
	free(r->updated_at);
	memset(r, 0, sizeof *r);
}

void
referral_list_free(struct referral *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		referral_free(&v[i]);
	free(v);
}

static void
referral_event_free_elem(void *elem)
{
	struct referral_event *e = elem;

	free(e->note);
	free(e->created_by);
	free(e->created_at);
}

void
referral_events_free(struct referral_event *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		referral_event_free_elem(&v[i]);
	free(v);
}

static struct date
referral_col_date(sqlite3_stmt *s, int i)
{
	struct date d = {1900, 1, 1};
	const unsigned char *t = sqlite3_column_text(s, i);

	if (t != NULL)
		(void)date_parse_iso((const char *)t, &d);
	return d;
}

static int
referral_insert_event(struct store *st, const char *referral_id,
		      enum referral_status status, struct date on,
		      const char *note, const char *now, char **cause)
{
	sqlite3_stmt *s;
	char id[37], day[DATE_ISO_LEN];
	int rc;

	s = db_stmt(st,
		    "INSERT INTO referral_event (id, referral_id, status, "
		    "on_date, note, created_at, created_by) VALUES (?1, ?2, "
		    "?3, ?4, ?5, ?6, app_user())",
		    cause);
	if (s == NULL)
		return -1;
	db_new_id(id);
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, referral_id);
	db_bind_text(s, 3, referral_status_code(status));
	db_bind_text(s, 4, date_format_iso(on, day));
	db_bind_text(s, 5, note != NULL ? note : "");
	db_bind_text(s, 6, now);
	rc = sqlite3_step(s);
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	return 0;
}

/* The person exists and the actor may see them: 1, 0 or -1. */
static int
referral_person_visible(struct store *st, const char *person_id, char **cause)
{
	sqlite3_stmt *s = db_stmt(st,
				  "SELECT 1 FROM person p JOIN household h ON "
				  "h.id = p.household_id WHERE p.id = ?1 AND "
				  "(?2 IS NULL OR h.posyandu_id = ?2)",
				  cause);
	int rc;

	if (s == NULL)
		return -1;
	db_bind_text(s, 1, person_id);
	db_bind_text(s, 2, db_actor_scope(st));
	rc = sqlite3_step(s);
	db_done(s);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	*cause = db_error(st, rc);
	return -1;
}

/*
 * The first history row's note is the reason, which may be longer than a
 * note (500 against 300 characters): cut it, ending with "...".
 */
static char *
referral_first_note(const char *reason)
{
	size_t i = 0, chars = 0;
	char *note;

	if (utf8_length(reason) <= REFERRAL_NOTE_MAX)
		return xstrdup(reason);
	while (reason[i] != '\0') {
		if (((unsigned char)reason[i] & 0xc0) != 0x80) {
			if (chars == REFERRAL_NOTE_MAX - 3)
				break;
			chars++;
		}
		i++;
	}
	note = xmalloc(i + 4);
	memcpy(note, reason, i);
	memcpy(note + i, "...", 4);
	return note;
}

int
db_referral_insert(struct store *st, const struct referral_new *r, char *id_out,
		   char **cause)
{
	sqlite3_stmt *s;
	char id[37], now[21], d1[DATE_ISO_LEN], d2[DATE_ISO_LEN], *note;
	int rc;

	if (db_require(st, PERM_CONFIRM_REFERRAL, cause) < 0)
		return -1;
	if (r->reason == NULL || r->reason[0] == '\0' ||
	    utf8_length(r->reason) > REFERRAL_REASON_MAX ||
	    !utf8_valid_text(r->reason)) {
		*cause = xstrdup(tr(MSG_REF_REASON));
		return -1;
	}
	if (date_cmp(r->followup_on, r->referred_on) < 0) {
		*cause = trf(MSG_REF_FOLLOWUP,
			     date_format_ui(r->followup_on, d1),
			     date_format_ui(r->referred_on, d2));
		return -1;
	}
	rc = referral_person_visible(st, r->person_id, cause);
	if (rc <= 0) {
		if (rc == 0)
			*cause = xstrdup(tr(MSG_REF_PERSON_UNKNOWN));
		return -1;
	}
	db_new_id(id);
	db_now_text(now);
	s = db_stmt(
		st,
		"INSERT INTO referral (id, person_id, source, source_id, "
		"reason, destination, referred_on, followup_on, status, "
		"status_on, created_at, created_by, updated_at, updated_by) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'dirujuk', ?7, "
		"?9, app_user(), ?9, app_user())",
		cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, r->person_id);
	db_bind_text(s, 3, referral_source_code(r->source));
	db_bind_text(s, 4, r->source_id);
	db_bind_text(s, 5, r->reason);
	db_bind_text(s, 6, referral_dest_code(r->destination));
	db_bind_text(s, 7, date_format_iso(r->referred_on, d1));
	db_bind_text(s, 8, date_format_iso(r->followup_on, d2));
	db_bind_text(s, 9, now);
	rc = sqlite3_step(s);
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	note = referral_first_note(r->reason);
	rc = referral_insert_event(st, id, REFERRAL_DIRUJUK, r->referred_on,
				   note, now, cause);
	free(note);
	if (rc < 0)
		return -1;
	if (id_out != NULL)
		str_copy(id_out, id, 37);
	return 0;
}

int
store_referral_create(struct store *st, const struct referral_new *r,
		      char *id_out, char **cause)
{
	char id[37];

	*cause = NULL;
	if (db_require(st, PERM_CONFIRM_REFERRAL, cause) < 0 ||
	    db_begin(st, cause) < 0)
		return -1;
	switch (db_save_key_seen(st, r->save_key, "referral", id, cause)) {
	case 0:
		break;
	case 1:
		db_rollback(st);
		if (id_out != NULL)
			str_copy(id_out, id, 37);
		return 0;
	default:
		db_rollback(st);
		return -1;
	}
	if (db_referral_insert(st, r, id, cause) < 0 ||
	    db_save_key_record(st, r->save_key, "referral", id, cause) < 0) {
		db_rollback(st);
		return -1;
	}
	if (db_commit(st, cause) < 0)
		return -1;
	if (id_out != NULL)
		str_copy(id_out, id, 37);
	return 0;
}

#define REFERRAL_COLS                                                          \
	"SELECT r.id, r.person_id, p.name, h.id, h.posyandu_id, "              \
	"trim(h.address || CASE WHEN h.rt <> '' THEN ' RT ' || h.rt ELSE "     \
	"'' END || CASE WHEN h.rw <> '' THEN '/RW ' || h.rw ELSE '' END), "    \
	"r.source, r.source_id, r.reason, r.destination, r.referred_on, "      \
	"r.followup_on, r.status, r.status_on, r.version, r.updated_by, "      \
	"r.updated_at "
#define REFERRAL_SELECT                                                        \
	REFERRAL_COLS "FROM referral r JOIN person p ON p.id = r.person_id "   \
		      "JOIN household h ON h.id = p.household_id "
/*
 * One posyandu's referrals start from its households (the OR of the
 * general filter would make the planner read every referral).
 */
static const char referral_sql_list_posyandu[] = REFERRAL_COLS
	"FROM household h CROSS JOIN person p ON p.household_id "
	"= h.id CROSS JOIN referral r ON r.person_id = p.id WHERE "
	"h.posyandu_id = ?3 AND (?1 = 0 OR r.status <> 'selesai') AND ?2 IS "
	"NULL AND (?4 IS NULL OR h.posyandu_id = ?4) ORDER BY r.referred_on, "
	"r.created_at";

static void
referral_from_row(sqlite3_stmt *s, void *elem)
{
	struct referral *r = elem;
	char *code;

	memset(r, 0, sizeof *r);
	r->id = db_col_text0(s, 0);
	r->person_id = db_col_text0(s, 1);
	r->person_name = db_col_text0(s, 2);
	r->household_id = db_col_text0(s, 3);
	r->posyandu_id = db_col_text0(s, 4);
	r->address = db_col_text0(s, 5);
	code = db_col_text0(s, 6);
	(void)referral_source_parse(code, &r->source);
	free(code);
	r->source_id = db_col_text(s, 7);
	r->reason = db_col_text0(s, 8);
	code = db_col_text0(s, 9);
	(void)referral_dest_parse(code, &r->destination);
	free(code);
	r->referred_on = referral_col_date(s, 10);
	r->followup_on = referral_col_date(s, 11);
	code = db_col_text0(s, 12);
	(void)referral_status_parse(code, &r->status);
	free(code);
	r->status_on = referral_col_date(s, 13);
	r->version = db_col_int(s, 14, 1);
	r->updated_by = db_col_text0(s, 15);
	r->updated_at = db_col_text0(s, 16);
}

static void
referral_free_elem(void *r)
{
	referral_free(r);
}

int
store_referral_list(struct store *st, const struct referral_filter *f,
		    struct referral **out, size_t *n, char **cause)
{
	sqlite3_stmt *s;

	*out = NULL;
	*n = 0;
	*cause = NULL;
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	if (f->posyandu_id != NULL && f->person_id == NULL)
		s = db_stmt(st, referral_sql_list_posyandu, cause);
	else
		s = db_stmt(st,
			    REFERRAL_SELECT
			    "WHERE (?1 = 0 OR r.status <> 'selesai') "
			    "AND (?2 IS NULL OR r.person_id = ?2) "
			    "AND (?3 IS NULL OR h.posyandu_id = ?3) "
			    "AND (?4 IS NULL OR h.posyandu_id = ?4) "
			    "ORDER BY r.referred_on, r.created_at",
			    cause);
	if (s == NULL)
		return -1;
	db_bind_int(s, 1, f->open_only);
	db_bind_text(s, 2, f->person_id);
	db_bind_text(s, 3, f->posyandu_id);
	db_bind_text(s, 4, db_actor_scope(st));
	return db_collect(st, s, sizeof **out, referral_from_row,
			  referral_free_elem, (void **)out, n, cause);
}

static void
referral_event_from_row(sqlite3_stmt *s, void *elem)
{
	struct referral_event *e = elem;
	char *code = db_col_text0(s, 0);

	(void)referral_status_parse(code, &e->status);
	free(code);
	e->on_date = referral_col_date(s, 1);
	e->note = db_col_text0(s, 2);
	e->created_by = db_col_text0(s, 3);
	e->created_at = db_col_text0(s, 4);
}

static int
referral_load_events(struct store *st, const char *id,
		     struct referral_event **events, size_t *nevents,
		     char **cause)
{
	sqlite3_stmt *s;

	s = db_stmt(st,
		    "SELECT status, on_date, note, created_by, created_at "
		    "FROM referral_event WHERE referral_id = ? "
		    "ORDER BY on_date, created_at",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, id);
	return db_collect(st, s, sizeof **events, referral_event_from_row,
			  referral_event_free_elem, (void **)events, nevents,
			  cause);
}

int
store_referral_get(struct store *st, const char *id, struct referral *out,
		   struct referral_event **events, size_t *nevents,
		   char **cause)
{
	sqlite3_stmt *s;
	int rc;

	*cause = NULL;
	memset(out, 0, sizeof *out);
	if (events != NULL) {
		*events = NULL;
		*nevents = 0;
	}
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	s = db_stmt(st,
		    REFERRAL_SELECT "WHERE r.id = ?1 AND (?2 IS NULL OR "
				    "h.posyandu_id = ?2)",
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, db_actor_scope(st));
	rc = db_get_row(st, s, referral_from_row, out, cause);
	if (rc <= 0)
		return rc;
	if (events != NULL &&
	    referral_load_events(st, id, events, nevents, cause) < 0) {
		referral_free(out);
		return -1;
	}
	return 1;
}

int
store_referral_outcome(struct store *st, const char *id, long long version,
		       enum referral_status to, struct date on,
		       struct date today, const char *note, char **cause)
{
	struct referral cur;
	sqlite3_stmt *s;
	char now[21], day[DATE_ISO_LEN];
	int rc, found;

	*cause = NULL;
	if (db_require(st, PERM_CONFIRM_REFERRAL, cause) < 0)
		return -1;
	if (db_begin(st, cause) < 0)
		return -1;
	found = store_referral_get(st, id, &cur, NULL, NULL, cause);
	if (found <= 0) {
		if (found == 0)
			*cause = xstrdup(tr(MSG_REF_UNKNOWN));
		goto fail;
	}
	if (cur.version != version) {
		*cause = trf(MSG_DB_STALE, cur.updated_by, cur.updated_at);
		goto fail;
	}
	if (referral_check_outcome(cur.status, to, cur.referred_on, on, today,
				   note, cause) < 0)
		goto fail;
	db_now_text(now);
	s = db_stmt(
		st,
		"UPDATE referral SET status = ?3, status_on = ?4, version = "
		"version + 1, updated_at = ?5, updated_by = app_user() "
		"WHERE id = ?1 AND version = ?2",
		cause);
	if (s == NULL)
		goto fail;
	db_bind_text(s, 1, id);
	db_bind_int(s, 2, version);
	db_bind_text(s, 3, referral_status_code(to));
	db_bind_text(s, 4, date_format_iso(on, day));
	db_bind_text(s, 5, now);
	rc = sqlite3_step(s);
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		goto fail;
	}
	if (sqlite3_changes(st->db) != 1) {
		*cause = trf(MSG_DB_STALE, cur.updated_by, cur.updated_at);
		goto fail;
	}
	if (referral_insert_event(st, id, to, on, note, now, cause) < 0)
		goto fail;
	referral_free(&cur);
	return db_commit(st, cause);
fail:
	referral_free(&cur);
	db_rollback(st);
	return -1;
}
