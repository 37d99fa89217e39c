/*
 * store/tasks: "Tugas hari ini" from the lists the other modules already
 * make -- store_imm_due (children), store_priority_list (households, and
 * the pregnant women and newborns among their reasons),
 * store_screening_people (last screening dates) and store_referral_list
 * -- turned into one shape of item. No query of its own: a task is
 * whatever those lists say today, so doing it removes it.
 */
#include "store/tasks.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/priority.h"
#include "core/schedule.h"
#include "core/screening.h"
#include "core/screening_answers.h"
#include "internal.h"
#include "register.h"
#include "store/immunisation.h"
#include "store/posyandu.h"
#include "store/priority.h"
#include "store/referral.h"
#include "store/screening.h"

#define TASK_SCREEN_MONTHS 12 /* ILP.md §6.3: yearly */

static const enum msg_id task_kind_names[TASK_KIND_COUNT] = {
	MSG_TASK_KIND_IMM,       MSG_TASK_KIND_HOUSEHOLD,
	MSG_TASK_KIND_SCREENING, MSG_TASK_KIND_REFERRAL,
	MSG_TASK_KIND_MOTHER,
};

const char *
task_kind_name(enum task_kind k)
{
	return k < TASK_KIND_COUNT ? tr(task_kind_names[k]) : "?";
}

void
task_list_free(struct task_list *l)
{
	size_t k, i;

	if (l == NULL)
		return;
	for (k = 0; k < TASK_KIND_COUNT; k++) {
		for (i = 0; i < l->n[k]; i++) {
			free(l->v[k][i].id);
			free(l->v[k][i].household_id);
			free(l->v[k][i].name);
			free(l->v[k][i].detail);
			free(l->v[k][i].address);
		}
		free(l->v[k]);
	}
	free(l->posyandu_id);
	memset(l, 0, sizeof *l);
}

/* The strings of l separated by sep, allocated. */
static char *
task_join(const struct strlist *l, const char *sep)
{
	size_t i, len = 1;
	char *out;

	for (i = 0; i < l->n; i++)
		len += strlen(l->v[i]) + strlen(sep);
	out = xmalloc(len);
	out[0] = '\0';
	len = 0;
	for (i = 0; i < l->n; i++) {
		size_t a = strlen(l->v[i]), b = i + 1 < l->n ? strlen(sep) : 0;

		memcpy(out + len, l->v[i], a);
		memcpy(out + len + a, sep, b);
		len += a + b;
		out[len] = '\0';
	}
	return out;
}

/* A new item at the end of kind k's list (fields copied; NULL -> ""). */
static void
task_add(struct task_list *l, enum task_kind k, const char *id,
	 const char *household_id, const char *name, char *detail,
	 const char *address)
{
	struct task_item *t;

	l->v[k] = xreallocarray(l->v[k], l->n[k] + 1, sizeof *l->v[k]);
	t = &l->v[k][l->n[k]++];
	t->id = xstrdup(id != NULL ? id : "");
	t->household_id = xstrdup(household_id != NULL ? household_id : "");
	t->name = xstrdup(name != NULL ? name : "");
	t->detail = detail != NULL ? detail : xstrdup("");
	t->address = xstrdup(address != NULL ? address : "");
}

/* ---- children ----------------------------------------------------------- */

struct task_imm_ctx {
	const struct schedule *s;
	struct task_list *l;
};

static void
task_imm_child(const struct imm_due_child *c, void *arg)
{
	struct task_imm_ctx *x = arg;
	struct strlist words;
	size_t i;

	strlist_init(&words);
	for (i = 0; i < c->n; i++) {
		const struct schedule_target_result *t =
			&c->result->targets[c->due[i]];

		strlist_addf(&words, "%s %s", x->s->targets[t->target].name,
			     schedule_status_name(t->status));
	}
	task_add(x->l, TASK_IMM, c->person_id, c->household_id, c->name,
		 task_join(&words, "; "), c->address);
	strlist_done(&words);
}

static int
task_imm(struct store *st, const struct schedule *sched, const char *pid,
	 struct date today, struct task_list *l, char **cause)
{
	struct task_imm_ctx x = {sched, l};

	if (sched == NULL)
		return 0;
	return store_imm_due(st, sched, pid, today, task_imm_child, &x, cause) <
			       0
		       ? -1
		       : 0;
}

/* ---- households, and pregnant women and newborns ------------------------ */

static int
task_mother_rule(enum priority_rule r)
{
	return r == PRIORITY_NEONATUS || r == PRIORITY_HAMIL_RUJUKAN ||
	       r == PRIORITY_HAMIL_KUNJUNGAN;
}

static void
task_priority_row(const struct priority_row *r, unsigned mask,
		  struct task_list *l)
{
	struct strlist mine;
	size_t j;

	if (mask & (1u << TASK_HOUSEHOLD))
		task_add(l, TASK_HOUSEHOLD, r->household_id, r->household_id,
			 r->head_name, task_join(&r->reasons, "; "),
			 r->address);
	if (!(mask & (1u << TASK_MOTHER)))
		return;
	strlist_init(&mine);
	for (j = 0; j < r->reasons.n; j++)
		if (task_mother_rule(r->reason_rules[j]))
			strlist_add(&mine, r->reasons.v[j]);
	if (mine.n > 0)
		task_add(l, TASK_MOTHER, r->household_id, r->household_id,
			 r->head_name, task_join(&mine, "; "), r->address);
	strlist_done(&mine);
}

static int
task_priority(struct store *st, const struct schedule *sched, const char *pid,
	      struct date today, unsigned mask, struct task_list *l,
	      char **cause)
{
	struct priority_row *rows = NULL;
	size_t n = 0, i;

	if (store_priority_list(st, sched, pid, today, &rows, &n, cause) < 0)
		return -1;
	for (i = 0; i < n; i++)
		task_priority_row(&rows[i], mask, l);
	priority_rows_free(rows, n);
	return 0;
}

/* ---- screening ------------------------------------------------------------
 */

/* The yearly kinds of ILP.md §6.3; SKILAS and AKS from 60 years. */
static const struct {
	enum screening_kind kind;
	int lansia_only;
} task_yearly[] = {
	{SCREENING_SKILAS, 1},  {SCREENING_AKS, 1}, {SCREENING_BP, 0},
	{SCREENING_GLUCOSE, 0}, {SCREENING_BMI, 0}, {SCREENING_SRQ20, 0},
};

/* The kinds p is due for on today, in words; NULL when none. */
static char *
task_screen_due(const struct screening_person *p, struct date today)
{
	int lansia = date_age_years(p->dob, today) >= SCREENING_LANSIA_YEARS;
	struct strlist due;
	char *text = NULL;
	size_t i;

	strlist_init(&due);
	for (i = 0; i < ILP_ARRAY_LEN(task_yearly); i++) {
		enum screening_kind k = task_yearly[i].kind;

		if (task_yearly[i].lansia_only && !lansia)
			continue;
		if (!p->has_last[k] ||
		    date_cmp(date_add_months(p->last[k], TASK_SCREEN_MONTHS),
			     today) < 0)
			strlist_add(&due, screening_kind_name(k));
	}
	if (due.n > 0)
		text = task_join(&due, ", ");
	strlist_done(&due);
	return text;
}

static int
task_screening(struct store *st, const char *pid, struct date today,
	       struct task_list *l, char **cause)
{
	struct screening_person *v = NULL;
	size_t n = 0, i;

	if (store_screening_people(st, pid, today, &v, &n, cause) < 0)
		return -1;
	for (i = 0; i < n; i++) {
		char *due = task_screen_due(&v[i], today);

		if (due != NULL)
			task_add(l, TASK_SCREENING, v[i].id, NULL, v[i].name,
				 due, v[i].address);
	}
	screening_person_list_free(v, n);
	return 0;
}

/* ---- referrals ------------------------------------------------------------
 */

static int
task_referrals(struct store *st, const char *pid, struct date today,
	       struct task_list *l, char **cause)
{
	struct referral_filter f = {1, NULL, pid};
	struct referral *v = NULL;
	size_t n = 0, i;

	if (store_referral_list(st, &f, &v, &n, cause) < 0)
		return -1;
	for (i = 0; i < n; i++) {
		if ((v[i].status != REFERRAL_DIRUJUK &&
		     v[i].status != REFERRAL_TIDAK_DATANG) ||
		    !priority_followup_past(v[i].followup_on, today))
			continue;
		task_add(l, TASK_REFERRAL, v[i].id, v[i].household_id,
			 v[i].person_name,
			 trf(MSG_TASK_REFERRAL_DETAIL,
			     date_diff_days(v[i].followup_on, today),
			     v[i].reason),
			 v[i].address);
	}
	referral_list_free(v, n);
	return 0;
}

/* ---- all of them ----------------------------------------------------------
 */

/* The posyandu's id into *pid (allocated), within the actor's scope. */
static int
task_posyandu(struct store *st, const char *asked, char **pid, char **cause)
{
	const char *own = register_scope(st);
	struct posyandu p;
	int rc;

	if (asked == NULL && own == NULL) {
		*cause = xstrdup(tr(MSG_TASK_NEED_POSYANDU));
		return -1;
	}
	memset(&p, 0, sizeof p);
	rc = store_posyandu_get(st, asked != NULL ? asked : own, &p, cause);
	if (rc < 0)
		return -1;
	if (rc == 0 || (own != NULL && !str_eq(p.id, own))) {
		*cause = xstrdup(tr(MSG_RECAP_OTHER_POSYANDU));
		posyandu_free(&p);
		return -1;
	}
	*pid = xstrdup(p.id);
	posyandu_free(&p);
	return 0;
}

int
store_tasks(struct store *st, const struct schedule *sched,
	    const char *posyandu, struct date today, unsigned mask,
	    struct task_list *out, char **cause)
{
	const char *pid;
	int rc = 0;

	*cause = NULL;
	memset(out, 0, sizeof *out);
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	if (task_posyandu(st, posyandu, &out->posyandu_id, cause) < 0)
		return -1;
	pid = out->posyandu_id;
	if (mask & (1u << TASK_IMM))
		rc = task_imm(st, sched, pid, today, out, cause);
	if (rc == 0 && (mask & ((1u << TASK_HOUSEHOLD) | (1u << TASK_MOTHER))))
		rc = task_priority(st, sched, pid, today, mask, out, cause);
	if (rc == 0 && (mask & (1u << TASK_SCREENING)))
		rc = task_screening(st, pid, today, out, cause);
	if (rc == 0 && (mask & (1u << TASK_REFERRAL)))
		rc = task_referrals(st, pid, today, out, cause);
	if (rc < 0)
		task_list_free(out);
	return rc;
}
