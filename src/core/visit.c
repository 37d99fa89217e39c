/*
 * visit: the state of a home visit being filled in, the items asked of
 * each member, the findings, and the draft text. See include/core/visit.h.
 */
#include "core/visit.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/utf8.h"
#include "util.h"

#define VISIT_DRAFT_MAGIC "ilp-visit-draft 1"

void
visit_work_init(struct visit_work *w)
{
	memset(w, 0, sizeof *w);
	strlist_init(&w->present);
}

static void
visit_answer_free(struct visit_answer *a)
{
	free(a->person_id);
	free(a->item);
	free(a->text);
}

void
visit_work_done(struct visit_work *w)
{
	size_t i;

	if (w == NULL)
		return;
	strlist_done(&w->present);
	for (i = 0; i < w->na; i++)
		visit_answer_free(&w->a[i]);
	free(w->a);
	for (i = 0; i < w->nd; i++)
		free(w->d[i].person_id);
	free(w->d);
	memset(w, 0, sizeof *w);
}

int
visit_work_empty(const struct visit_work *w)
{
	return w->present.n == 0 && w->na == 0;
}

int
visit_work_is_present(const struct visit_work *w, const char *person_id)
{
	size_t i;

	for (i = 0; i < w->present.n; i++)
		if (str_eq(w->present.v[i], person_id))
			return 1;
	return 0;
}

void
visit_work_set_present(struct visit_work *w, const char *person_id, int present)
{
	size_t i;

	for (i = 0; i < w->present.n; i++) {
		if (!str_eq(w->present.v[i], person_id))
			continue;
		if (!present) {
			free(w->present.v[i]);
			memmove(&w->present.v[i], &w->present.v[i + 1],
				(w->present.n - i - 1) * sizeof(char *));
			w->present.n--;
		}
		return;
	}
	if (present)
		strlist_add(&w->present, person_id);
}

static long
visit_answer_find(const struct visit_work *w, const char *person_id,
		  const char *item)
{
	size_t i;

	for (i = 0; i < w->na; i++)
		if (str_eq(w->a[i].person_id, person_id) &&
		    str_eq(w->a[i].item, item))
			return (long)i;
	return -1;
}

void
visit_work_set_answer(struct visit_work *w, const char *person_id,
		      const char *item, const char *text)
{
	long i = visit_answer_find(w, person_id, item);

	if (text == NULL || str_empty(text) || text[strspn(text, " \t")] == 0) {
		if (i >= 0) {
			visit_answer_free(&w->a[i]);
			memmove(&w->a[i], &w->a[i + 1],
				(w->na - (size_t)i - 1) * sizeof w->a[0]);
			w->na--;
		}
		return;
	}
	if (i >= 0) {
		free(w->a[i].text);
		w->a[i].text = xstrdup(text);
		return;
	}
	if (w->na == w->acap) {
		w->acap = w->acap ? w->acap * 2 : 16;
		w->a = xreallocarray(w->a, w->acap, sizeof *w->a);
	}
	w->a[w->na].person_id = person_id != NULL ? xstrdup(person_id) : NULL;
	w->a[w->na].item = xstrdup(item);
	w->a[w->na].text = xstrdup(text);
	w->na++;
}

const char *
visit_work_answer(const struct visit_work *w, const char *person_id,
		  const char *item)
{
	long i = visit_answer_find(w, person_id, item);

	return i >= 0 ? w->a[i].text : NULL;
}

void
visit_work_set_dest(struct visit_work *w, const char *person_id,
		    enum referral_dest dest, struct date followup)
{
	size_t i;

	for (i = 0; i < w->nd; i++) {
		if (str_eq(w->d[i].person_id, person_id)) {
			w->d[i].dest = dest;
			w->d[i].followup = followup;
			return;
		}
	}
	if (w->nd == w->dcap) {
		w->dcap = w->dcap ? w->dcap * 2 : 4;
		w->d = xreallocarray(w->d, w->dcap, sizeof *w->d);
	}
	w->d[w->nd].person_id = xstrdup(person_id);
	w->d[w->nd].dest = dest;
	w->d[w->nd].followup = followup;
	w->nd++;
}

const struct visit_dest *
visit_work_dest(const struct visit_work *w, const char *person_id)
{
	size_t i;

	for (i = 0; i < w->nd; i++)
		if (str_eq(w->d[i].person_id, person_id))
			return &w->d[i];
	return NULL;
}

/* ---- items -------------------------------------------------------------- */

void
visit_items(const struct checklist_set *cl, const struct visit_subject *who,
	    struct visit_items *out)
{
	size_t i, j, cap = 0;

	memset(out, 0, sizeof *out);
	for (i = 0; cl != NULL && i < cl->n; i++)
		cap += cl->lists[i]->n_items;
	out->item = xcalloc(cap ? cap : 1, sizeof *out->item);
	out->list = xcalloc(cap ? cap : 1, sizeof *out->list);
	for (i = 0; cl != NULL && i < cl->n; i++) {
		const struct checklist *list = cl->lists[i];

		if ((who == NULL) != (list->household != 0))
			continue;
		for (j = 0; j < list->n_items; j++) {
			const struct checklist_item *it = &list->items[j];

			if (who != NULL &&
			    !checklist_applies(it, who->stages, who->sex,
					       who->age_months))
				continue;
			out->item[out->n] = it;
			out->list[out->n] = list;
			out->n++;
		}
	}
}

void
visit_items_done(struct visit_items *l)
{
	if (l == NULL)
		return;
	free(l->item);
	free(l->list);
	memset(l, 0, sizeof *l);
}

int
visit_items_has(const struct visit_items *l, const struct checklist_item *item)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (l->item[i] == item)
			return 1;
	return 0;
}

/* ---- findings ----------------------------------------------------------- */

int
visit_check(struct visit_work *w, const struct checklist_set *cl, size_t *bad,
	    char **cause)
{
	size_t i;

	*cause = NULL;
	for (i = 0; i < w->na; i++) {
		const struct checklist_item *it =
			checklist_find_item(cl, w->a[i].item);
		struct checklist_answer ans;
		char *why = NULL, *text;

		if (it == NULL) {
			*cause = trf(MSG_VIS_UNKNOWN_ITEM, w->a[i].item);
			goto fail;
		}
		if ((it->household != 0) != (w->a[i].person_id == NULL)) {
			*cause = trf(MSG_VIS_ITEM_SCOPE,
				     checklist_item_text(it));
			goto fail;
		}
		if (checklist_parse_answer(it, w->a[i].text, &ans, &why) < 0 ||
		    checklist_check_answer(it, &ans, &why) < 0) {
			*cause =
				trf(MSG_VIS_BAD_ANSWER, checklist_item_text(it),
				    why != NULL ? why : "?");
			free(why);
			goto fail;
		}
		text = checklist_format_answer(it, &ans);
		free(w->a[i].text);
		w->a[i].text = text;
	}
	/* blank canonical texts are "not answered" */
	for (i = 0; i < w->na;) {
		if (w->a[i].text[0] == '\0') {
			visit_answer_free(&w->a[i]);
			memmove(&w->a[i], &w->a[i + 1],
				(w->na - i - 1) * sizeof w->a[0]);
			w->na--;
		} else {
			i++;
		}
	}
	return 0;
fail:
	if (bad != NULL)
		*bad = i;
	return -1;
}

void
visit_findings(const struct visit_work *w, const struct checklist_set *cl,
	       struct visit_finding **out, size_t *n)
{
	size_t i;

	*out = xcalloc(w->na ? w->na : 1, sizeof **out);
	*n = 0;
	for (i = 0; i < w->na; i++) {
		const struct checklist_item *it =
			checklist_find_item(cl, w->a[i].item);
		struct checklist_answer ans;
		enum checklist_level level;
		char *why = NULL, *reason = NULL;

		if (it == NULL ||
		    checklist_parse_answer(it, w->a[i].text, &ans, &why) < 0) {
			free(why);
			continue;
		}
		level = checklist_outcome(it, &ans, &reason);
		if (level < CHECKLIST_LEVEL_FOLLOWUP) {
			free(reason);
			continue;
		}
		(*out)[*n].person_id = w->a[i].person_id;
		(*out)[*n].item = it;
		(*out)[*n].level = level;
		(*out)[*n].reason = reason;
		(*n)++;
	}
}

void
visit_findings_free(struct visit_finding *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i].reason);
	free(v);
}

/* Cuts s (UTF-8) to at most max characters, ending with "...". */
static void
visit_cut(struct strbuf *sb, size_t max)
{
	size_t chars = 0, i = 0, keep = 0;

	if (utf8_length(sb->buf) <= max)
		return;
	while (i < sb->len) {
		if (((unsigned char)sb->buf[i] & 0xc0) != 0x80) {
			if (chars == max - 3)
				break;
			chars++;
		}
		i++;
		keep = i;
	}
	sb->len = keep;
	sb->buf[keep] = '\0';
	strbuf_adds(sb, "...");
}

char *
visit_referral_reason(const struct visit_finding *f, size_t n,
		      const char *person_id)
{
	struct strbuf sb;
	size_t i;

	strbuf_init(&sb);
	for (i = 0; i < n; i++) {
		if (f[i].level != CHECKLIST_LEVEL_REFER ||
		    !str_eq(f[i].person_id, person_id))
			continue;
		if (sb.len > 0)
			strbuf_adds(&sb, "; ");
		strbuf_adds(&sb, f[i].reason);
	}
	if (sb.len == 0) {
		strbuf_done(&sb);
		return NULL;
	}
	visit_cut(&sb, REFERRAL_REASON_MAX);
	return strbuf_detach(&sb);
}

/* ---- drafts ---------------------------------------------------------------
 */

/* Appends s with control characters made blanks. */
static void
visit_add_clean(struct strbuf *sb, const char *s)
{
	for (; *s != '\0'; s++)
		strbuf_addc(sb,
			    (unsigned char)*s < 0x20 || *s == 0x7f ? ' ' : *s);
}

char *
visit_draft_format(const struct visit_work *w)
{
	struct strbuf sb;
	char day[DATE_ISO_LEN];
	size_t i;

	strbuf_init(&sb);
	strbuf_addf(&sb, "%s\non %s\npage %d\n", VISIT_DRAFT_MAGIC,
		    date_format_iso(w->on, day), w->page);
	for (i = 0; i < w->present.n; i++)
		strbuf_addf(&sb, "present %s\n", w->present.v[i]);
	for (i = 0; i < w->na; i++) {
		strbuf_addf(&sb, "a %s %s ",
			    w->a[i].person_id != NULL ? w->a[i].person_id : "-",
			    w->a[i].item);
		visit_add_clean(&sb, w->a[i].text);
		strbuf_addc(&sb, '\n');
	}
	for (i = 0; i < w->nd; i++)
		strbuf_addf(&sb, "d %s %s %s\n", w->d[i].person_id,
			    referral_dest_code(w->d[i].dest),
			    date_format_iso(w->d[i].followup, day));
	return strbuf_detach(&sb);
}

/* The next blank-separated word of *p (advanced); NULL at the end. */
static char *
visit_word(char **p)
{
	char *s = *p, *start;

	while (*s == ' ')
		s++;
	if (*s == '\0')
		return NULL;
	start = s;
	while (*s != '\0' && *s != ' ')
		s++;
	if (*s == ' ')
		*s++ = '\0';
	*p = s;
	return start;
}

/* A UUID-shaped word: 36 characters of hex digits and '-'. */
static int
visit_id_ok(const char *s)
{
	return s != NULL && strlen(s) == 36 &&
	       strspn(s, "0123456789abcdefABCDEF-") == 36;
}

static int
visit_draft_line(char *line, struct visit_work *w)
{
	char *p = line, *key = visit_word(&p), *a, *b, *c;
	enum referral_dest dest;
	struct date d;
	long v;

	if (key == NULL)
		return 0;
	if (str_eq(key, "on")) {
		a = visit_word(&p);
		return a != NULL && date_parse_iso(a, &w->on) == 0 ? 0 : -1;
	}
	if (str_eq(key, "page")) {
		a = visit_word(&p);
		if (a == NULL || parse_long(a, 0, 9999, &v) < 0)
			return -1;
		w->page = (int)v;
		return 0;
	}
	if (str_eq(key, "present")) {
		if (!visit_id_ok(a = visit_word(&p)))
			return -1;
		visit_work_set_present(w, a, 1);
		return 0;
	}
	if (str_eq(key, "a")) {
		a = visit_word(&p);
		b = visit_word(&p);
		if (a == NULL || b == NULL ||
		    (!str_eq(a, "-") && !visit_id_ok(a)))
			return -1;
		visit_work_set_answer(w, str_eq(a, "-") ? NULL : a, b, p);
		return 0;
	}
	if (str_eq(key, "d")) {
		a = visit_word(&p);
		b = visit_word(&p);
		c = visit_word(&p);
		if (!visit_id_ok(a) || b == NULL || c == NULL ||
		    referral_dest_parse(b, &dest) < 0 ||
		    date_parse_iso(c, &d) < 0)
			return -1;
		visit_work_set_dest(w, a, dest, d);
		return 0;
	}
	return 0; /* a newer program's line */
}

int
visit_draft_parse(const char *text, struct visit_work *w, char **cause)
{
	char *copy, *line, *next;
	int first = 1, rc = 0;
	long n = 0;

	*cause = NULL;
	copy = xstrdup(text != NULL ? text : "");
	for (line = copy; line != NULL && rc == 0; line = next) {
		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		n++;
		if (first) {
			first = 0;
			if (!str_eq(line, VISIT_DRAFT_MAGIC))
				rc = -1;
			continue;
		}
		if (visit_draft_line(line, w) < 0)
			rc = -1;
	}
	if (first)
		rc = -1;
	if (rc < 0)
		*cause = trf(MSG_VIS_BAD_DRAFT, n);
	free(copy);
	return rc;
}
