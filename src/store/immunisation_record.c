/*
 * store/immunisation_record: recording a dose and voiding one. Recording
 * reads the person's card inside the write transaction and runs
 * core/schedule on it, so the check and the insert see the same doses
 * even with several users at once.
 */
#include "store/immunisation.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/validate.h"
#include "imm_private.h"
#include "internal.h"

static char *
imm_antigen_list(const struct schedule *s)
{
	struct strbuf sb;
	size_t i;

	strbuf_init(&sb);
	for (i = 0; i < s->n_antigens; i++) {
		if (i > 0)
			strbuf_adds(&sb, ", ");
		strbuf_adds(&sb, s->antigens[i].code);
	}
	return strbuf_detach(&sb);
}

int
imm_batch_check(const char *batch, char **why)
{
	size_t i, n = 0;

	if (batch == NULL)
		return 0;
	for (i = 0; batch[i] != '\0'; i++, n++) {
		unsigned char c = (unsigned char)batch[i];

		if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
		      (c >= 'a' && c <= 'z') || c == ' ' || c == '-' ||
		      c == '/' || c == '.')) {
			*why = xstrdup(tr(MSG_IMM_BATCH_CHARS));
			return -1;
		}
	}
	if (n > IMM_BATCH_MAX) {
		*why = trf(MSG_TOO_LONG, IMM_BATCH_MAX);
		return -1;
	}
	return 0;
}

/* Checks what needs no database; fills *antigen. */
static int
imm_check_input(const struct imm_policy *pol, const struct imm_new *in,
		int *antigen, enum imm_field *field, char **cause)
{
	const struct schedule *s = pol->schedule;
	char *why = NULL, *clean = NULL;

	*antigen = in->antigen != NULL ? schedule_antigen_find(s, in->antigen)
				       : -1;
	if (*antigen < 0) {
		char *list = imm_antigen_list(s);

		*field = IMM_FIELD_ANTIGEN;
		*cause = trf(MSG_IMM_UNKNOWN_ANTIGEN,
			     in->antigen != NULL ? in->antigen : "", list);
		free(list);
		return -1;
	}
	if ((unsigned)in->place >= IMM_PLACE_COUNT) {
		*field = IMM_FIELD_PLACE;
		*cause = trf(MSG_DB_CONSTRAINT, "place");
		return -1;
	}
	if (imm_batch_check(in->batch, &why) < 0) {
		*field = IMM_FIELD_BATCH;
		*cause = trf(MSG_IMM_BATCH_BAD, why);
		free(why);
		return -1;
	}
	if (!validate_is_blank(in->given_by)) {
		if (validate_name(in->given_by, &clean, &why) < 0) {
			*field = IMM_FIELD_GIVEN_BY;
			*cause = trf(MSG_IMM_GIVEN_BY_BAD, why);
			free(why);
			return -1;
		}
		free(clean);
	}
	return 0;
}

/* Who may record, and where a kader's doses come from. */
static int
imm_check_actor(struct store *st, const struct imm_policy *pol,
		const struct imm_new *in, enum imm_field *field, char **cause)
{
	if (db_require(st, PERM_RECORD_DOSE, cause) < 0)
		return -1;
	if (st->actor.role == ROLE_KADER) {
		if (!pol->kader_may_record) {
			*cause = xstrdup(tr(MSG_IMM_KADER_MAY_NOT));
			return -1;
		}
		if (!in->history && in->place != IMM_PLACE_POSYANDU) {
			*field = IMM_FIELD_PLACE;
			*cause = xstrdup(tr(MSG_IMM_KADER_PLACE));
			return -1;
		}
	}
	return 0;
}

/* The refusal of a dose the schedule would not count, with its rule. */
static char *
imm_refusal(const char *explanation)
{
	return trf(MSG_IMM_REFUSED, explanation);
}

/*
 * A child antigen: the new dose (given[n]) must satisfy a target and
 * leave every dose that satisfied one before still valid.
 */
static int
imm_judge_child(const struct schedule *s, const struct imm_card *c,
		struct date today, const struct dose_given *given, size_t n,
		const size_t *map, char **cause)
{
	struct schedule_result *before = xmalloc(sizeof *before);
	struct schedule_result *after = xmalloc(sizeof *after);
	char why[SCHEDULE_TEXT_MAX], day[DATE_ISO_LEN];
	size_t i, j;
	int rc = 0;

	(void)schedule_evaluate(s, c->person.dob, today, given, n, before);
	(void)schedule_evaluate(s, c->person.dob, today, given, n + 1, after);
	for (i = 0; i < after->n_doses && rc == 0; i++) {
		const struct schedule_dose_result *d = &after->doses[i];

		schedule_explain_dose(s, after, i, why, sizeof why);
		if (d->given_index == n) {
			*cause = imm_refusal(why);
			rc = -1;
			break;
		}
		for (j = 0; j < before->n_targets; j++) {
			const struct schedule_target_result *t =
				&before->targets[j];

			if (t->has_given && t->given_index == d->given_index) {
				date_format_ui(d->date, day);
				*cause = trf(
					MSG_IMM_BREAKS,
					c->doses[map[d->given_index]].antigen,
					day, why);
				rc = -1;
				break;
			}
		}
	}
	free(before);
	free(after);
	return rc;
}

/* Td: the new dose (given[n]) must count towards the T status. */
static int
imm_judge_td(const struct schedule *s, int antigen, struct date today,
	     const struct dose_given *given, size_t n, char **cause)
{
	struct schedule_td_result *r = xmalloc(sizeof *r);
	char why[SCHEDULE_TEXT_MAX];
	size_t i;
	int rc = 0;

	(void)schedule_td_evaluate(s, antigen, today, given, n + 1, r);
	for (i = 0; i < r->n_doses; i++) {
		if (r->doses[i].given_index == n &&
		    r->doses[i].status != SCHEDULE_VALID) {
			schedule_td_explain_dose(s, r, i, why, sizeof why);
			*cause = imm_refusal(why);
			rc = -1;
		}
	}
	free(r);
	return rc;
}

/* Who may receive Td (§3.3): women; WUS or pregnant unless history. */
static int
imm_check_td_person(const struct schedule *s, int antigen,
		    const struct imm_card *c, const struct imm_new *in,
		    char **cause)
{
	const char *code = s->antigens[antigen].code;

	if (c->person.sex != 'P') {
		*cause = trf(MSG_IMM_TD_NOT_WOMAN, code, c->person.name);
		return -1;
	}
	if (!in->history && !imm_wus_age(&c->person, in->date) &&
	    !c->person.pregnant) {
		*cause = trf(MSG_IMM_TD_NOT_WUS, code, c->person.name,
			     date_age_years(c->person.dob, in->date));
		return -1;
	}
	return 0;
}

/* Inside the transaction: the rules that need the person's card. */
static int
imm_judge(struct store *st, const struct imm_policy *pol,
	  const struct imm_new *in, int antigen, enum imm_field *field,
	  char **cause)
{
	const struct schedule *s = pol->schedule;
	struct dose_given *given = NULL;
	size_t *map = NULL, n;
	struct imm_card c;
	char *why = NULL;
	int rc;

	rc = store_imm_card(st, in->person_id, &c, cause);
	if (rc <= 0) {
		if (rc == 0)
			*cause = xstrdup(tr(MSG_IMM_NO_PERSON));
		return -1;
	}
	rc = -1;
	if (!c.person.active) {
		*cause = trf(MSG_IMM_INACTIVE, c.person.name);
		goto out;
	}
	given = xcalloc(SCHEDULE_MAX_GIVEN, sizeof *given);
	map = xcalloc(SCHEDULE_MAX_GIVEN, sizeof *map);
	imm_card_given(s, &c, given, map, SCHEDULE_MAX_GIVEN, &n);
	if (n >= SCHEDULE_MAX_GIVEN) {
		*cause = trf(MSG_IMM_TOO_MANY, SCHEDULE_MAX_GIVEN - 1);
		goto out;
	}
	given[n].antigen = antigen;
	given[n].date = in->date;
	*field = IMM_FIELD_DATE;
	if (schedule_check_given(c.person.dob, pol->today, &given[n], &why) <
	    0) {
		*cause = why;
		goto out;
	}
	if (s->antigens[antigen].kind == SCHEDULE_FOR_WUS) {
		*field = IMM_FIELD_ANTIGEN;
		if (imm_check_td_person(s, antigen, &c, in, cause) < 0)
			goto out;
		*field = IMM_FIELD_DATE;
		if (!in->history &&
		    imm_judge_td(s, antigen, pol->today, given, n, cause) < 0)
			goto out;
	} else if (!in->history && imm_judge_child(s, &c, pol->today, given, n,
						   map, cause) < 0) {
		goto out;
	}
	*field = IMM_FIELD_NONE;
	rc = 0;
out:
	free(given);
	free(map);
	imm_card_free(&c);
	return rc;
}

static int
imm_insert(struct store *st, const struct imm_policy *pol,
	   const struct imm_new *in, int antigen, char id[37], char **cause)
{
	sqlite3_stmt *s;
	char now[21], day[DATE_ISO_LEN];
	char *batch, *by;
	int rc;

	s = db_stmt(
		st,
		"INSERT INTO dose (id, person_id, antigen, given_on, place, "
		"batch, given_by, history, created_at, created_by, "
		"updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
		"?7, ?8, ?9, app_user(), ?9, app_user())",
		cause);
	if (s == NULL)
		return -1;
	batch = xstrdup(in->batch != NULL ? in->batch : "");
	/* the giver's name as validate_name() normalises it (checked) */
	by = NULL;
	if (validate_is_blank(in->given_by) ||
	    validate_name(in->given_by, &by, NULL) < 0) {
		free(by);
		by = xstrdup("");
	}
	db_new_id(id);
	db_now_text(now);
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, in->person_id);
	db_bind_text(s, 3, pol->schedule->antigens[antigen].code);
	db_bind_text(s, 4, date_format_iso(in->date, day));
	db_bind_text(s, 5, imm_place_code(in->place));
	db_bind_text(s, 6, str_trim(batch));
	db_bind_text(s, 7, by);
	db_bind_int(s, 8, in->history ? 1 : 0);
	db_bind_text(s, 9, now);
	rc = sqlite3_step(s);
	db_done(s);
	free(batch);
	free(by);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	return 0;
}

int
store_imm_record(struct store *st, const struct imm_policy *pol,
		 const struct imm_new *in, char id_out[37],
		 enum imm_field *field, char **cause)
{
	enum imm_field dummy;
	char id[37];
	int antigen;

	*cause = NULL;
	if (field == NULL)
		field = &dummy;
	*field = IMM_FIELD_NONE;
	if (imm_check_actor(st, pol, in, field, cause) < 0 ||
	    imm_check_input(pol, in, &antigen, field, cause) < 0)
		return -1;
	if (db_begin(st, cause) < 0)
		return -1;
	switch (db_save_key_seen(st, in->save_key, "dose", id, cause)) {
	case 0:
		break;
	case 1:
		db_rollback(st);
		goto done;
	default:
		db_rollback(st);
		return -1;
	}
	if (imm_judge(st, pol, in, antigen, field, cause) < 0 ||
	    imm_insert(st, pol, in, antigen, id, cause) < 0 ||
	    db_save_key_record(st, in->save_key, "dose", id, cause) < 0) {
		db_rollback(st);
		return -1;
	}
	if (db_commit(st, cause) < 0)
		return -1;
done:
	if (id_out != NULL)
		str_copy(id_out, id, 37);
	return 0;
}

/* ---- voiding --------------------------------------------------------- */

/* After an UPDATE changed nothing: why (gone, voided, changed). */
static char *
imm_void_failure(struct store *st, const char *dose_id)
{
	sqlite3_stmt *s;
	char *cause = NULL, *who = NULL, *when = NULL;
	int rc, voided = 0;

	s = db_stmt(st,
		    "SELECT d.status, d.updated_by, d.updated_at FROM dose d "
		    "JOIN person p ON p.id = d.person_id JOIN household h ON "
		    "h.id = p.household_id WHERE d.id = ?1 AND (?2 IS NULL OR "
		    "h.posyandu_id = ?2)",
		    &cause);
	if (s == NULL)
		return cause;
	db_bind_text(s, 1, dose_id);
	db_bind_text(s, 2, db_actor_scope(st));
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		voided = str_eq((const char *)sqlite3_column_text(s, 0),
				"batal");
		who = db_col_text0(s, 1);
		when = db_col_text0(s, 2);
	}
	db_done(s);
	if (rc == SQLITE_ROW)
		cause = trf(voided ? MSG_IMM_ALREADY_VOID : MSG_DB_STALE, who,
			    when);
	else if (rc == SQLITE_DONE)
		cause = xstrdup(tr(MSG_IMM_NO_DOSE));
	else
		cause = db_error(st, rc);
	free(who);
	free(when);
	return cause;
}

int
store_imm_void(struct store *st, const char *dose_id, long version,
	       const char *reason, char **cause)
{
	sqlite3_stmt *s;
	char *clean = NULL, *why = NULL, now[21];
	int rc;

	*cause = NULL;
	if (db_require(st, PERM_VOID_RECORD, cause) < 0)
		return -1;
	if (validate_text(reason, IMM_REASON_MAX, 1, &clean, &why) < 0) {
		*cause = trf(MSG_IMM_VOID_REASON, why);
		free(why);
		return -1;
	}
	if (db_begin(st, cause) < 0) {
		free(clean);
		return -1;
	}
	s = db_stmt(st,
		    "UPDATE dose SET status = 'batal', void_reason = ?3, "
		    "voided_by = app_user(), voided_at = ?4, version = version "
		    "+ 1, updated_at = ?4, updated_by = app_user() WHERE id = "
		    "?1 AND version = ?2 AND status = 'aktif' AND (?5 IS NULL "
		    "OR person_id IN (SELECT p.id FROM person p JOIN household "
		    "h ON h.id = p.household_id WHERE h.posyandu_id = ?5))",
		    cause);
	if (s == NULL)
		goto fail;
	db_now_text(now);
	db_bind_text(s, 1, dose_id);
	db_bind_int(s, 2, version);
	db_bind_text(s, 3, clean);
	db_bind_text(s, 4, now);
	db_bind_text(s, 5, db_actor_scope(st));
	rc = sqlite3_step(s);
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		goto fail;
	}
	if (sqlite3_changes(st->db) == 0) {
		*cause = imm_void_failure(st, dose_id);
		goto fail;
	}
	free(clean);
	return db_commit(st, cause);
fail:
	free(clean);
	db_rollback(st);
	return -1;
}
