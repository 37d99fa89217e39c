/*
 * store/immunisation: places of a dose, reading the immunisation card
 * (the person, the mother, every dose) and the lists of children and
 * women the immunisation screens start from. Recording and voiding are
 * in immunisation_record.c, the due lists in immunisation_due.c.
 */
#include "store/immunisation.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/validate.h"
#include "imm_private.h"
#include "internal.h"

static const char *const imm_place_codes[IMM_PLACE_COUNT] = {
	"posyandu", "pustu", "puskesmas", "faskes_lain"};

const char *
imm_place_code(enum imm_place p)
{
	return (unsigned)p < IMM_PLACE_COUNT ? imm_place_codes[p] : "?";
}

const char *
imm_place_name(enum imm_place p)
{
	static const enum msg_id names[IMM_PLACE_COUNT] = {
		MSG_IMM_PLACE_POSYANDU, MSG_IMM_PLACE_PUSTU,
		MSG_IMM_PLACE_PUSKESMAS, MSG_IMM_PLACE_OTHER};

	return (unsigned)p < IMM_PLACE_COUNT ? tr(names[p]) : "?";
}

int
imm_place_parse(const char *code, enum imm_place *out)
{
	int i;

	for (i = 0; i < IMM_PLACE_COUNT; i++) {
		if (str_eq(code, imm_place_codes[i])) {
			*out = (enum imm_place)i;
			return 0;
		}
	}
	return -1;
}

/* The posyandu to filter on: a kader's own, whatever was asked. */
static const char *
imm_filter_posyandu(struct store *st, const char *asked)
{
	const char *scope = db_actor_scope(st);

	return scope != NULL ? scope : asked;
}

struct date
imm_col_date(sqlite3_stmt *s, int i)
{
	struct date d = {1900, 1, 1};
	const unsigned char *t = sqlite3_column_text(s, i);

	if (t != NULL)
		(void)date_parse_iso((const char *)t, &d);
	return d;
}

char *
imm_address_text(const char *addr, const char *rt, const char *rw,
		 const char *dusun)
{
	struct strbuf sb;

	strbuf_init(&sb);
	if (!str_empty(addr))
		strbuf_adds(&sb, addr);
	if (!str_empty(rt) || !str_empty(rw)) {
		if (sb.len > 0)
			strbuf_adds(&sb, ", ");
		strbuf_addf(&sb, "RT %s/RW %s", str_empty(rt) ? "-" : rt,
			    str_empty(rw) ? "-" : rw);
	}
	if (!str_empty(dusun)) {
		if (sb.len > 0)
			strbuf_adds(&sb, ", ");
		strbuf_adds(&sb, dusun);
	}
	return strbuf_detach(&sb);
}

/* The address from four household columns starting at i. */
static char *
imm_address(sqlite3_stmt *s, int i)
{
	return imm_address_text((const char *)sqlite3_column_text(s, i),
				(const char *)sqlite3_column_text(s, i + 1),
				(const char *)sqlite3_column_text(s, i + 2),
				(const char *)sqlite3_column_text(s, i + 3));
}

#define IMM_PREGNANT                                                           \
	"EXISTS (SELECT 1 FROM pregnancy g WHERE g.person_id = p.id AND "      \
	"g.status = 'hamil')"

/* ---- the card -------------------------------------------------------- */

static void
imm_person_free(struct imm_person *p)
{
	free(p->id);
	free(p->name);
	free(p->household_id);
	free(p->address);
	free(p->posyandu_id);
	free(p->posyandu_code);
	free(p->posyandu_name);
	free(p->mother_name);
	memset(p, 0, sizeof *p);
}

static void
imm_dose_free(struct imm_dose *d)
{
	free(d->id);
	free(d->batch);
	free(d->given_by);
	free(d->void_reason);
	free(d->voided_by);
	free(d->voided_at);
	free(d->created_by);
	free(d->created_at);
	memset(d, 0, sizeof *d);
}

void
imm_card_free(struct imm_card *c)
{
	size_t i;

	if (c == NULL)
		return;
	imm_person_free(&c->person);
	for (i = 0; i < c->n; i++)
		imm_dose_free(&c->doses[i]);
	free(c->doses);
	c->doses = NULL;
	c->n = 0;
}

static const char imm_sql_person[] =
	"SELECT p.id, p.name, p.sex, p.dob, p.dob_estimated, p.status, "
	"p.household_id, h.address, h.rt, h.rw, h.dusun, y.id, y.code, "
	"y.name, " IMM_PREGNANT ", " IMM_MOTHER " FROM person p JOIN "
	"household h ON h.id = p.household_id JOIN posyandu y ON y.id = "
	"h.posyandu_id WHERE p.id = ?1 AND (?2 IS NULL OR h.posyandu_id = "
	"?2)";

static const char imm_sql_doses[] =
	"SELECT id, antigen, given_on, place, batch, given_by, history, "
	"status, void_reason, voided_by, voided_at, version, created_by, "
	"created_at FROM dose WHERE person_id = ? ORDER BY given_on, "
	"created_at, id";

/* Reads the person; 1 found, 0 not found or not visible, -1 error. */
static int
imm_read_person(struct store *st, const char *id, struct imm_person *p,
		char **cause)
{
	sqlite3_stmt *s = db_stmt(st, imm_sql_person, cause);
	const char *sex;
	int rc;

	if (s == NULL)
		return -1;
	db_bind_text(s, 1, id);
	db_bind_text(s, 2, db_actor_scope(st));
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		p->id = db_col_text0(s, 0);
		p->name = db_col_text0(s, 1);
		sex = (const char *)sqlite3_column_text(s, 2);
		p->sex = sex != NULL && sex[0] == 'P' ? 'P' : 'L';
		p->dob = imm_col_date(s, 3);
		p->dob_estimated = (int)db_col_int(s, 4, 0);
		p->active = str_eq((const char *)sqlite3_column_text(s, 5),
				   "aktif");
		p->household_id = db_col_text0(s, 6);
		p->address = imm_address(s, 7);
		p->posyandu_id = db_col_text0(s, 11);
		p->posyandu_code = db_col_text0(s, 12);
		p->posyandu_name = db_col_text0(s, 13);
		p->pregnant = (int)db_col_int(s, 14, 0);
		p->mother_name = db_col_text0(s, 15);
	}
	db_done(s);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	*cause = db_error(st, rc);
	return -1;
}

static void
imm_dose_from_row(sqlite3_stmt *s, struct imm_dose *d)
{
	const char *antigen = (const char *)sqlite3_column_text(s, 1);
	enum imm_place place = IMM_PLACE_OTHER;

	d->id = db_col_text0(s, 0);
	str_copy(d->antigen, antigen != NULL ? antigen : "?",
		 sizeof d->antigen);
	d->date = imm_col_date(s, 2);
	(void)imm_place_parse((const char *)sqlite3_column_text(s, 3), &place);
	d->place = place;
	d->batch = db_col_text0(s, 4);
	d->given_by = db_col_text0(s, 5);
	d->history = (int)db_col_int(s, 6, 0);
	d->voided = str_eq((const char *)sqlite3_column_text(s, 7), "batal");
	d->void_reason = db_col_text(s, 8);
	d->voided_by = db_col_text(s, 9);
	d->voided_at = db_col_text(s, 10);
	d->version = (long)db_col_int(s, 11, 1);
	d->created_by = db_col_text0(s, 12);
	d->created_at = db_col_text0(s, 13);
}

static int
imm_read_doses(struct store *st, struct imm_card *c, char **cause)
{
	sqlite3_stmt *s = db_stmt(st, imm_sql_doses, cause);
	size_t cap = 0;
	int rc;

	if (s == NULL)
		return -1;
	db_bind_text(s, 1, c->person.id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (c->n == cap) {
			cap = cap ? cap * 2 : 16;
			c->doses =
				xreallocarray(c->doses, cap, sizeof *c->doses);
		}
		memset(&c->doses[c->n], 0, sizeof c->doses[c->n]);
		imm_dose_from_row(s, &c->doses[c->n++]);
	}
	db_done(s);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	return 0;
}

int
store_imm_card(struct store *st, const char *person_id, struct imm_card *out,
	       char **cause)
{
	int rc;

	memset(out, 0, sizeof *out);
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	rc = imm_read_person(st, person_id, &out->person, cause);
	if (rc <= 0)
		return rc;
	if (imm_read_doses(st, out, cause) < 0) {
		imm_card_free(out);
		return -1;
	}
	return 1;
}

void
imm_card_given(const struct schedule *s, const struct imm_card *c,
	       struct dose_given *out, size_t *map, size_t max, size_t *n)
{
	size_t i;
	int a;

	*n = 0;
	for (i = 0; i < c->n && *n < max; i++) {
		if (c->doses[i].voided)
			continue;
		a = schedule_antigen_find(s, c->doses[i].antigen);
		if (a < 0)
			continue; /* an antigen the configuration dropped */
		out[*n].antigen = a;
		out[*n].date = c->doses[i].date;
		map[*n] = i;
		(*n)++;
	}
}

static int
imm_has_kind(const struct schedule *s, const struct imm_card *c,
	     enum schedule_for kind)
{
	size_t i;
	int a;

	for (i = 0; i < c->n; i++) {
		a = schedule_antigen_find(s, c->doses[i].antigen);
		if (a >= 0 && s->antigens[a].kind == kind)
			return 1;
	}
	return 0;
}

int
imm_card_is_child(const struct schedule *s, const struct imm_card *c,
		  struct date today)
{
	return date_age_years(c->person.dob, today) < 6 ||
	       imm_has_kind(s, c, SCHEDULE_FOR_CHILD);
}

int
imm_wus_age(const struct imm_person *p, struct date at)
{
	int age = date_age_years(p->dob, at);

	return p->sex == 'P' && age >= 15 && age <= 49;
}

int
imm_card_is_wus(const struct schedule *s, const struct imm_card *c,
		struct date today)
{
	return imm_wus_age(&c->person, today) ||
	       (c->person.sex == 'P' && c->person.pregnant) ||
	       imm_has_kind(s, c, SCHEDULE_FOR_WUS);
}

/* ---- lists ------------------------------------------------------------ */

void
imm_list_free(struct imm_list_row *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].id);
		free(v[i].name);
		free(v[i].mother_name);
		free(v[i].address);
		free(v[i].posyandu_code);
	}
	free(v);
}

/* "siti  ami%" -> "%siti%ami\%%": words in order, LIKE signs escaped. */
static char *
imm_like_pattern(const char *filter)
{
	struct strbuf sb;
	const char *p;
	int word = 0;

	if (validate_is_blank(filter))
		return NULL;
	strbuf_init(&sb);
	strbuf_addc(&sb, '%');
	for (p = filter; *p != '\0'; p++) {
		if (*p == ' ' || *p == '\t') {
			if (word)
				strbuf_addc(&sb, '%');
			word = 0;
			continue;
		}
		if (*p == '%' || *p == '_' || *p == '\\')
			strbuf_addc(&sb, '\\');
		strbuf_addc(&sb, *p);
		word = 1;
	}
	if (word)
		strbuf_addc(&sb, '%');
	return strbuf_detach(&sb);
}

#define IMM_LIST_COLUMNS                                                       \
	"SELECT p.id, p.name, p.sex, p.dob, " IMM_PREGNANT ", h.address, "     \
	"h.rt, h.rw, h.dusun, y.code, "
/* One posyandu goes through its households (index); all scan persons. */
#define IMM_LIST_FROM_ONE                                                      \
	" FROM household h JOIN person p ON p.household_id = h.id JOIN "       \
	"posyandu y ON y.id = h.posyandu_id WHERE h.posyandu_id = ?1 AND "     \
	"p.status = 'aktif' AND (?2 IS NULL OR p.name LIKE ?2 ESCAPE '\\') "   \
	"AND "
#define IMM_LIST_FROM_ALL                                                      \
	" FROM person p JOIN household h ON h.id = p.household_id JOIN "       \
	"posyandu y ON y.id = h.posyandu_id WHERE ?1 IS NULL AND p.status = "  \
	"'aktif' AND (?2 IS NULL OR p.name LIKE ?2 ESCAPE '\\') AND "
#define IMM_WHERE_CHILDREN                                                     \
	"p.dob > ?3 AND p.dob <= ?4 ORDER BY p.name, p.id LIMIT ?5"
#define IMM_WHERE_WUS                                                          \
	"p.sex = 'P' AND ((p.dob > ?3 AND p.dob <= ?4) OR " IMM_PREGNANT       \
	") ORDER BY p.name, p.id LIMIT ?5"

static const char imm_sql_children_one[] =
	IMM_LIST_COLUMNS IMM_MOTHER IMM_LIST_FROM_ONE IMM_WHERE_CHILDREN;
static const char imm_sql_children_all[] =
	IMM_LIST_COLUMNS IMM_MOTHER IMM_LIST_FROM_ALL IMM_WHERE_CHILDREN;
static const char imm_sql_wus_one[] =
	IMM_LIST_COLUMNS "''" IMM_LIST_FROM_ONE IMM_WHERE_WUS;
static const char imm_sql_wus_all[] =
	IMM_LIST_COLUMNS "''" IMM_LIST_FROM_ALL IMM_WHERE_WUS;

static void
imm_list_row(sqlite3_stmt *s, struct imm_list_row *r)
{
	const char *sex = (const char *)sqlite3_column_text(s, 2);

	r->id = db_col_text0(s, 0);
	r->name = db_col_text0(s, 1);
	r->sex = sex != NULL && sex[0] == 'P' ? 'P' : 'L';
	r->dob = imm_col_date(s, 3);
	r->pregnant = (int)db_col_int(s, 4, 0);
	r->address = imm_address(s, 5);
	r->posyandu_code = db_col_text0(s, 9);
	r->mother_name = db_col_text0(s, 10);
}

int
store_imm_list(struct store *st, enum imm_list_kind kind,
	       const char *posyandu_id, struct date today, const char *filter,
	       size_t limit, struct imm_list_row **out, size_t *n, char **cause)
{
	struct imm_list_row *v = NULL;
	char lo[DATE_ISO_LEN], hi[DATE_ISO_LEN];
	size_t cap = 0;
	sqlite3_stmt *s;
	const char *pid;
	char *like;
	int rc;

	*out = NULL;
	*n = 0;
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	pid = imm_filter_posyandu(st, posyandu_id);
	if (kind == IMM_LIST_WUS)
		s = db_stmt(st, pid != NULL ? imm_sql_wus_one : imm_sql_wus_all,
			    cause);
	else
		s = db_stmt(st,
			    pid != NULL ? imm_sql_children_one
					: imm_sql_children_all,
			    cause);
	if (s == NULL)
		return -1;
	like = imm_like_pattern(filter);
	if (kind == IMM_LIST_WUS) {
		/* 15 to 49 completed years on today */
		date_format_iso(date_add_years(today, -50), lo);
		date_format_iso(date_add_years(today, -15), hi);
	} else {
		date_format_iso(date_add_months(today, -60), lo);
		date_format_iso(today, hi);
	}
	db_bind_text(s, 1, pid);
	db_bind_text(s, 2, like);
	db_bind_text(s, 3, lo);
	db_bind_text(s, 4, hi);
	db_bind_int(s, 5, (long long)limit);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 32;
			v = xreallocarray(v, cap, sizeof *v);
		}
		imm_list_row(s, &v[(*n)++]);
	}
	db_done(s);
	free(like);
	if (rc != SQLITE_DONE) {
		imm_list_free(v, *n);
		*n = 0;
		*cause = db_error(st, rc);
		return -1;
	}
	*out = v;
	return 0;
}
