/*
 * store/immunisation_due: the due lists. A first statement walks the
 * children under five of one posyandu (through its households) or of the
 * whole database (in id order, so the dose index is read in order), with
 * each child's doses folded into one text column; core/schedule
 * evaluates every child and only those with something due are kept. The
 * posyandu, the address and the mother are then read for those children
 * alone, and the callback sees them in the list's order (posyandu, name).
 */
#include "store/immunisation.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/utf8.h"
#include "imm_private.h"
#include "internal.h"

/* Columns: id, name, sex, dob, household, posyandu code, doses. */
#define IMM_DUE_DOSES                                                          \
	"(SELECT group_concat(d.antigen || ':' || d.given_on) FROM dose d "    \
	"WHERE d.person_id = p.id AND d.status = 'aktif' AND d.given_on <= "   \
	"?2)"
static const char imm_sql_due_one[] =
        "SELECT p.id, p.name, p.sex, p.dob, p.household_id, y.code, " IMM_DUE_DOSES
        " FROM household h JOIN person p ON p.household_id "
        "= h.id JOIN posyandu y ON y.id = h.posyandu_id WHERE "
        "h.posyandu_id = ?1 AND p.status = 'aktif' AND p.dob > ?3 AND "
        "p.dob <= ?2";
/*
 * The whole database: the children in id order (sorted, +p.id, rather
 * than read through the id index), so their doses are read in the dose
 * index's order; households are read later, for the due children only.
 */
static const char imm_sql_due_all[] =
        "WITH p AS MATERIALIZED (SELECT p.id, p.name, p.sex, p.dob, "
        "p.household_id, NULL AS code FROM person p WHERE p.status = "
        "'aktif' AND p.dob > ?3 AND p.dob <= ?2 AND ?1 IS NULL ORDER BY "
        "+p.id) SELECT p.*, " IMM_DUE_DOSES " FROM p";
static const char imm_sql_due_detail[] =
        "SELECT h.address, h.rt, h.rw, h.dusun, y.code, " IMM_MOTHER
        " FROM person p JOIN household h ON h.id = p.household_id JOIN "
        "posyandu y ON y.id = h.posyandu_id WHERE p.id = ?";

/* A child with something due, kept between the two statements. */
struct imm_due_kid {
	char *id;
	char *name;
	char *household_id;
	char *code;
	char *doses; /* "DPT:2025-03-10,..." */
	char *address;
	char *mother;
	char sex;
	struct date dob;
};

/* The oldest birth date that may still have a target open on day. */
static struct date
imm_due_oldest(const struct schedule *s, struct date day)
{
	long days = 0, d;
	size_t i;

	for (i = 0; i < s->n_targets; i++) {
		const struct schedule_target *t = &s->targets[i];

		if (s->antigens[t->antigen].kind != SCHEDULE_FOR_CHILD)
			continue;
		/* an upper bound in days of the age not_given_from */
		switch (t->not_given_from.unit) {
		case SCHEDULE_DAYS:
			d = t->not_given_from.n;
			break;
		case SCHEDULE_WEEKS:
			d = t->not_given_from.n * 7;
			break;
		case SCHEDULE_MONTHS:
			d = t->not_given_from.n * 31 + 1;
			break;
		default:
			d = t->not_given_from.n * 366 + 1;
			break;
		}
		if (d > days)
			days = d;
	}
	return date_add_days(day, -days - 1);
}

/* "DPT:2025-03-10,OPV:2025-01-20" into given[]; unknown codes skipped. */
static size_t
imm_due_parse(const struct schedule *s, const char *text,
              struct dose_given *given, size_t max)
{
	char code[SCHEDULE_CODE_MAX], day[DATE_ISO_LEN];
	const char *p = text, *colon, *comma;
	size_t n = 0, len;
	int a;

	while (p != NULL && *p != '\0' && n < max) {
		colon = strchr(p, ':');
		if (colon == NULL)
			break;
		comma = strchr(colon, ',');
		len = (size_t)(colon - p);
		if (len < sizeof code &&
		    (comma == NULL ? strlen(colon + 1)
		                   : (size_t)(comma - colon - 1)) ==
		            DATE_ISO_LEN - 1) {
			memcpy(code, p, len);
			code[len] = '\0';
			memcpy(day, colon + 1, DATE_ISO_LEN - 1);
			day[DATE_ISO_LEN - 1] = '\0';
			a = schedule_antigen_find(s, code);
			if (a >= 0 &&
			    date_parse_iso(day, &given[n].date) == 0) {
				given[n].antigen = a;
				n++;
			}
		}
		p = comma != NULL ? comma + 1 : NULL;
	}
	return n;
}

static int
imm_due_status(enum schedule_status st)
{
	return st == SCHEDULE_DUE || st == SCHEDULE_LATE ||
	       st == SCHEDULE_CATCHUP;
}

/* Evaluates a child; fills c->n and c->due[] (0 when nothing is due). */
static void
imm_due_eval(const struct schedule *s, const char *doses, struct date dob,
             struct date day, struct dose_given *given,
             struct schedule_result *r, struct imm_due_child *c)
{
	size_t i, n = imm_due_parse(s, doses, given, SCHEDULE_MAX_GIVEN);

	(void)schedule_evaluate(s, dob, day, given, n, r);
	c->n = 0;
	for (i = 0; i < r->n_targets; i++)
		if (imm_due_status(r->targets[i].status))
			c->due[c->n++] = i;
	c->result = r;
}

struct imm_due_run {
	struct store *st;
	const struct schedule *s;
	struct date day;
	struct dose_given *given;
	struct schedule_result *r;
	struct imm_due_child c; /* scratch */
	struct imm_due_kid *kids;
	size_t n, cap;
};

/* Phase 1: the children with something due, from q's rows. */
static int
imm_due_collect_kids(struct imm_due_run *run, sqlite3_stmt *q)
{
	int rc;

	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		const char *sex = (const char *)sqlite3_column_text(q, 2);
		const char *doses = (const char *)sqlite3_column_text(q, 6);
		struct imm_due_kid *k;
		struct date dob = {1900, 1, 1};

		(void)date_parse_iso((const char *)sqlite3_column_text(q, 3),
		                     &dob);
		imm_due_eval(run->s, doses, dob, run->day, run->given, run->r,
		             &run->c);
		if (run->c.n == 0)
			continue;
		if (run->n == run->cap) {
			run->cap = run->cap ? run->cap * 2 : 64;
			run->kids = xreallocarray(run->kids, run->cap,
			                          sizeof *run->kids);
		}
		k = &run->kids[run->n++];
		k->id = db_col_text0(q, 0);
		k->name = db_col_text0(q, 1);
		k->sex = sex != NULL && sex[0] == 'P' ? 'P' : 'L';
		k->dob = dob;
		k->household_id = db_col_text0(q, 4);
		k->code = db_col_text0(q, 5);
		k->doses = xstrdup(doses != NULL ? doses : "");
	}
	return rc;
}

/* By posyandu code, then name, then id (the list's order). */
static int
imm_due_kid_cmp(const void *a, const void *b)
{
	const struct imm_due_kid *x = a, *y = b;
	int c = strcmp(x->code, y->code);

	if (c == 0)
		c = strcmp(x->name, y->name);
	return c != 0 ? c : strcmp(x->id, y->id);
}

/* Phase 2: the posyandu, the address and the mother of kid k. */
static int
imm_due_details(struct imm_due_run *run, struct imm_due_kid *k, char **cause)
{
	sqlite3_stmt *d = db_stmt(run->st, imm_sql_due_detail, cause);
	int rc;

	if (d == NULL)
		return -1;
	db_bind_text(d, 1, k->id);
	rc = sqlite3_step(d);
	if (rc == SQLITE_ROW) {
		k->address = imm_address_text(
		        (const char *)sqlite3_column_text(d, 0),
		        (const char *)sqlite3_column_text(d, 1),
		        (const char *)sqlite3_column_text(d, 2),
		        (const char *)sqlite3_column_text(d, 3));
		free(k->code);
		k->code = db_col_text0(d, 4);
		k->mother = db_col_text0(d, 5);
	}
	db_done(d);
	if (rc != SQLITE_ROW) {
		*cause = db_error(run->st,
		                  rc == SQLITE_DONE ? SQLITE_ERROR : rc);
		return -1;
	}
	return 0;
}

/* Phase 3, in the list's order: the callback. */
static void
imm_due_report(struct imm_due_run *run, const struct imm_due_kid *k,
               imm_due_fn fn, void *arg)
{
	imm_due_eval(run->s, k->doses, k->dob, run->day, run->given, run->r,
	             &run->c);
	run->c.person_id = k->id;
	run->c.name = k->name;
	run->c.sex = k->sex;
	run->c.dob = k->dob;
	run->c.household_id = k->household_id;
	run->c.posyandu_code = k->code;
	run->c.mother_name = k->mother;
	run->c.address = k->address;
	fn(&run->c, arg);
}

static void
imm_due_run_done(struct imm_due_run *run)
{
	size_t i;

	for (i = 0; i < run->n; i++) {
		free(run->kids[i].id);
		free(run->kids[i].name);
		free(run->kids[i].household_id);
		free(run->kids[i].code);
		free(run->kids[i].doses);
		free(run->kids[i].address);
		free(run->kids[i].mother);
	}
	free(run->kids);
	free(run->given);
	free(run->r);
}

long
store_imm_due(struct store *st, const struct schedule *s,
              const char *posyandu_id, struct date day, imm_due_fn fn,
              void *arg, char **cause)
{
	struct imm_due_run run;
	char dayiso[DATE_ISO_LEN], oldest[DATE_ISO_LEN];
	const char *scope;
	sqlite3_stmt *q;
	long count = -1;
	size_t i;
	int rc;

	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	scope = role_can(st->actor.role, PERM_ALL_POSYANDU)
	                ? posyandu_id
	                : (st->actor.posyandu_id != NULL ? st->actor.posyandu_id
	                                                 : "-");
	q = db_stmt(st, scope != NULL ? imm_sql_due_one : imm_sql_due_all,
	            cause);
	if (q == NULL)
		return -1;
	memset(&run, 0, sizeof run);
	run.st = st;
	run.s = s;
	run.day = day;
	run.given = xcalloc(SCHEDULE_MAX_GIVEN, sizeof *run.given);
	run.r = xmalloc(sizeof *run.r);
	/* one snapshot (and one shared lock) for both phases */
	if (db_exec(st, "BEGIN", cause) < 0)
		goto out;
	db_bind_text(q, 1, scope);
	db_bind_text(q, 2, date_format_iso(day, dayiso));
	db_bind_text(q, 3, date_format_iso(imm_due_oldest(s, day), oldest));
	rc = imm_due_collect_kids(&run, q);
	db_done(q);
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		db_rollback(st);
		goto out;
	}
	for (i = 0; i < run.n; i++) {
		if (imm_due_details(&run, &run.kids[i], cause) < 0) {
			db_rollback(st);
			goto out;
		}
	}
	db_rollback(st); /* read only: nothing to keep */
	if (run.n > 1)
		qsort(run.kids, run.n, sizeof *run.kids, imm_due_kid_cmp);
	for (i = 0; i < run.n; i++)
		imm_due_report(&run, &run.kids[i], fn, arg);
	count = (long)run.n;
out:
	imm_due_run_done(&run);
	return count;
}

/* ---- rows for a screen or a printed list ---------------------------- */

struct imm_due_collect {
	struct imm_due_row *v;
	size_t n, cap;
};

static void
imm_due_collect(const struct imm_due_child *c, void *arg)
{
	struct imm_due_collect *k = arg;
	size_t i;

	for (i = 0; i < c->n; i++) {
		const struct schedule_target_result *t =
		        &c->result->targets[c->due[i]];
		struct imm_due_row *r;

		if (k->n == k->cap) {
			k->cap = k->cap ? k->cap * 2 : 64;
			k->v = xreallocarray(k->v, k->cap, sizeof *k->v);
		}
		r = &k->v[k->n++];
		r->person_id = xstrdup(c->person_id);
		r->name = xstrdup(c->name);
		r->sex = c->sex;
		r->dob = c->dob;
		r->mother_name = xstrdup(c->mother_name);
		r->address = xstrdup(c->address);
		r->posyandu_code = xstrdup(c->posyandu_code);
		r->target = t->target;
		r->status = t->status;
		r->earliest = t->earliest;
	}
}

/* By target (the schedule's order), then name, then person. */
static int
imm_due_cmp(const void *a, const void *b)
{
	const struct imm_due_row *x = a, *y = b;
	int c;

	if (x->target != y->target)
		return x->target < y->target ? -1 : 1;
	c = strcmp(x->name, y->name);
	return c != 0 ? c : strcmp(x->person_id, y->person_id);
}

int
store_imm_due_rows(struct store *st, const struct schedule *s,
                   const char *posyandu_id, struct date day,
                   struct imm_due_row **out, size_t *n, char **cause)
{
	struct imm_due_collect k = {NULL, 0, 0};

	*out = NULL;
	*n = 0;
	if (store_imm_due(st, s, posyandu_id, day, imm_due_collect, &k, cause) <
	    0) {
		imm_due_rows_free(k.v, k.n);
		return -1;
	}
	if (k.n > 1)
		qsort(k.v, k.n, sizeof *k.v, imm_due_cmp);
	*out = k.v;
	*n = k.n;
	return 0;
}

void
imm_due_rows_free(struct imm_due_row *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].person_id);
		free(v[i].name);
		free(v[i].mother_name);
		free(v[i].address);
		free(v[i].posyandu_code);
	}
	free(v);
}

/* ---- the printed list ------------------------------------------------ */

char *
imm_age_words(struct date dob, struct date day, char *buf, size_t size)
{
	int months = date_age_months(dob, day);

	if (months < 1)
		return trn(buf, size, MSG_IMM_AGE_D,
		           (int)date_diff_days(dob, day));
	if (months < 12)
		return trn(buf, size, MSG_IMM_AGE_M, months);
	return trn(buf, size, MSG_IMM_AGE_YM, months / 12, months % 12);
}

/* Writes s clipped to width columns, padded with spaces when pad. */
static void
imm_due_cell(FILE *out, const char *s, int width, int pad)
{
	size_t len = strlen(s), k;
	uint32_t cp;
	int w = 0, cw;

	while (len > 0) {
		k = utf8_decode(s, len, &cp);
		cw = utf8_cp_width(cp);
		if (w + cw > width)
			break;
		fwrite(s, 1, k, out);
		w += cw;
		s += k;
		len -= k;
	}
	for (; pad && w < width; w++)
		fputc(' ', out);
}

static int
imm_due_strcmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

size_t
imm_due_rows_children(const struct imm_due_row *v, size_t n)
{
	char **ids;
	size_t i, count = 0;

	if (n == 0)
		return 0;
	ids = xcalloc(n, sizeof *ids);
	for (i = 0; i < n; i++)
		ids[i] = v[i].person_id;
	qsort(ids, n, sizeof *ids, imm_due_strcmp);
	for (i = 0; i < n; i++)
		count += i == 0 || strcmp(ids[i - 1], ids[i]) != 0;
	free(ids);
	return count;
}

/* One child of a group: two lines, 80 columns at most. */
static void
imm_due_write_row(FILE *out, const struct imm_due_row *r, struct date day)
{
	char age[32], since[DATE_ISO_LEN], mother[160];

	fputs("  ", out);
	imm_due_cell(out, r->name, 23, 1);
	fputc(' ', out);
	imm_due_cell(out, imm_age_words(r->dob, day, age, sizeof age), 10, 1);
	fputc(' ', out);
	imm_due_cell(out, schedule_status_name(r->status), 17, 1);
	fputc(' ', out);
	imm_due_cell(out, date_format_ui(r->earliest, since), 11, 1);
	fputc(' ', out);
	imm_due_cell(out, r->posyandu_code, 80 - 2 - 23 - 10 - 17 - 11 - 4, 0);
	fputc('\n', out);
	trn(mother, sizeof mother, MSG_IMM_DUE_MOTHER,
	    r->mother_name[0] != '\0' ? r->mother_name : "-");
	fputs("    ", out);
	imm_due_cell(out, mother, 30, 1);
	fputc(' ', out);
	imm_due_cell(out, r->address, 80 - 4 - 30 - 1, 0);
	fputc('\n', out);
}

void
imm_due_write_text(FILE *out, const struct schedule *s,
                   const char *posyandu_name, struct date day,
                   const struct imm_due_row *v, size_t n)
{
	char title[160], when[DATE_ISO_LEN];
	size_t i, j;

	trn(title, sizeof title, MSG_IMM_DUE_TITLE, posyandu_name,
	    date_format_ui(day, when));
	fprintf(out, "%s\n%s\n", title, tr(MSG_IMM_DUE_INTRO));
	if (n == 0) {
		fprintf(out, "\n%s\n", tr(MSG_IMM_DUE_NONE));
		return;
	}
	for (i = 0; i < n; i = j) {
		char head[64];

		for (j = i; j < n && v[j].target == v[i].target; j++)
			;
		trn(head, sizeof head, MSG_IMM_DUE_GROUP,
		    s->targets[v[i].target].name, j - i);
		fprintf(out, "\n%s\n%s\n", head, tr(MSG_IMM_DUE_HEAD));
		for (; i < j; i++)
			imm_due_write_row(out, &v[i], day);
	}
	trn(title, sizeof title, MSG_IMM_DUE_TOTAL, n,
	    imm_due_rows_children(v, n));
	fprintf(out, "\n%s\n", title);
}
