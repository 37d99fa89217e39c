/*
 * store_imm_due on a seeded village with its doses: the whole database
 * (a table scan, then the due children's details by rowid in one
 * statement) and every posyandu on its own give the same children with
 * the same mother, address and posyandu as the card of each child, and
 * exactly the under-fives whose own card evaluation shows a due, late or
 * catch-up dose, in the list's order (posyandu code, then name).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

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
};

static int
setup(void **state)
{
	struct fix *f = xcalloc(1, sizeof *f);
	struct store_open_options opt = {.create = 1, .busy_timeout_ms = 5000};
	struct seed_options so;
	char *cause = NULL;

	i18n_set_lang(I18N_ID);
	f->s = fixture_schedule(NULL, NULL);
	f->t.dir = testdb_mkdtemp();
	f->t.path = xasprintf("%s/ilp.db", f->t.dir);
	if (store_open(f->t.path, &opt, &f->t.st, &cause) < 0)
		fail_msg("store_open: %s", cause);
	store_set_system_actor(f->t.st, "test");
	memset(&so, 0, sizeof so);
	so.households = 300;
	so.seed = 5;
	so.today = today0;
	so.layout = SEEDGEN_LAYOUT_DEMO;
	so.schedule = f->s; /* with doses */
	if (store_seed(f->t.st, &so, &cause) < 0)
		fail_msg("seed: %s", cause);
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
act(struct fix *f, enum role role, const char *posyandu)
{
	struct store_actor a = {0};

	a.username = (char *)"tester";
	a.full_name = (char *)"";
	a.role = role;
	a.posyandu_id = (char *)posyandu;
	store_set_actor(f->t.st, &a);
}

/* One reported child, copied: "id|name|mother|address|code|due...". */
static void
due_line(const struct imm_due_child *c, void *arg)
{
	struct strlist *out = arg;
	struct strbuf sb;
	size_t i;

	strbuf_init(&sb);
	strbuf_addf(&sb, "%s|%s|%s|%s|%s|", c->person_id, c->name,
		    c->mother_name, c->address, c->posyandu_code);
	for (i = 0; i < c->n; i++)
		strbuf_addf(&sb, "%zu:%d,",
			    c->result->targets[c->due[i]].target,
			    (int)c->result->targets[c->due[i]].status);
	strlist_add(out, sb.buf);
	strbuf_done(&sb);
}

/* The same line from the child's card, or NULL when nothing is due. */
static char *
card_line(struct fix *f, const char *id, struct schedule_result *r)
{
	struct dose_given g[SCHEDULE_MAX_GIVEN];
	size_t map[SCHEDULE_MAX_GIVEN], n, i;
	struct imm_card c;
	struct strbuf sb;
	char *cause = NULL;
	int due = 0;

	assert_int_equal(store_imm_card(f->t.st, id, &c, &cause), 1);
	imm_card_given(f->s, &c, g, map, SCHEDULE_MAX_GIVEN, &n);
	(void)schedule_evaluate(f->s, c.person.dob, today0, g, n, r);
	strbuf_init(&sb);
	strbuf_addf(&sb, "%s|%s|%s|%s|%s|", c.person.id, c.person.name,
		    c.person.mother_name, c.person.address,
		    c.person.posyandu_code);
	for (i = 0; i < r->n_targets; i++) {
		enum schedule_status st = r->targets[i].status;

		if (st == SCHEDULE_DUE || st == SCHEDULE_LATE ||
		    st == SCHEDULE_CATCHUP) {
			strbuf_addf(&sb, "%zu:%d,", r->targets[i].target,
				    (int)st);
			due = 1;
		}
	}
	imm_card_free(&c);
	if (!due) {
		strbuf_done(&sb);
		return NULL;
	}
	return strbuf_detach(&sb);
}

/* Field k (from 0) of a '|'-separated line, allocated. */
static char *
field(const char *line, int k)
{
	const char *end;

	for (; k > 0; k--)
		line = strchr(line, '|') + 1;
	end = strchr(line, '|');
	return xstrndup(line, (size_t)(end - line));
}

static int
line_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
test_due_whole_and_posyandu(void **state)
{
	struct fix *f = *state;
	struct schedule_result *r = xmalloc(sizeof *r);
	struct strlist all, each, cards;
	struct imm_list_row *kids;
	struct posyandu *pos;
	size_t npos, nkids, i;
	char *cause = NULL;
	long n;

	act(f, ROLE_NAKES, NULL);
	strlist_init(&all);
	n = store_imm_due(f->t.st, f->s, NULL, today0, due_line, &all, &cause);
	assert_true(n > 20);
	assert_int_equal((size_t)n, all.n);
	/* the list's order: posyandu code, then name */
	for (i = 1; i < all.n; i++) {
		char *c0 = field(all.v[i - 1], 4), *c1 = field(all.v[i], 4);
		char *n0 = field(all.v[i - 1], 1), *n1 = field(all.v[i], 1);
		int c = strcmp(c0, c1);

		assert_true(c < 0 || (c == 0 && strcmp(n0, n1) <= 0));
		free(c0);
		free(c1);
		free(n0);
		free(n1);
	}
	/* every posyandu on its own: the same children, the same details */
	assert_int_equal(store_posyandu_list(f->t.st, &pos, &npos, &cause), 0);
	assert_true(npos > 1);
	strlist_init(&each);
	for (i = 0; i < npos; i++) {
		act(f, ROLE_KADER, pos[i].id);
		assert_true(store_imm_due(f->t.st, f->s, NULL, today0, due_line,
					  &each, &cause) >= 0);
	}
	act(f, ROLE_NAKES, NULL);
	posyandu_list_free(pos, npos);
	assert_int_equal(each.n, all.n);
	/* every under-five's own card: the due ones, the same details */
	assert_int_equal(store_imm_list(f->t.st, IMM_LIST_CHILDREN, NULL,
					today0, NULL, 100000, &kids, &nkids,
					&cause),
			 0);
	strlist_init(&cards);
	for (i = 0; i < nkids; i++) {
		char *line = card_line(f, kids[i].id, r);

		if (line != NULL)
			strlist_add(&cards, line);
		free(line);
	}
	imm_list_free(kids, nkids);
	assert_int_equal(cards.n, all.n);
	qsort(all.v, all.n, sizeof *all.v, line_cmp);
	qsort(each.v, each.n, sizeof *each.v, line_cmp);
	qsort(cards.v, cards.n, sizeof *cards.v, line_cmp);
	for (i = 0; i < all.n; i++) {
		assert_string_equal(all.v[i], each.v[i]);
		assert_string_equal(all.v[i], cards.v[i]);
	}
	strlist_done(&all);
	strlist_done(&each);
	strlist_done(&cards);
	free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_due_whole_and_posyandu,
						setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
