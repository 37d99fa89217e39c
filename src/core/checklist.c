/*
 * checklist: loading and validating the home-visit checklist files, and
 * the answer rules. Loading never stops at the first problem: a puskesmas
 * editing a file sees every mistake at once, each naming file, [section]
 * and key. Once loaded, items are plain data the form widgets render.
 */
#include "core/checklist.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/inidoc.h"
#include "core/lifestage.h"
#include "util.h"

#define CHECKLIST_HEADER "checklist"
#define CHECKLIST_MAX_TOKENS 80
#define CHECKLIST_MAX_AGE_YEARS 150
#define CHECKLIST_MAX_UNIT 16

/*
 * Life-stage codes of the files: the enum names in lower case, which is
 * what lifestage_code() is specified to give. Kept here so this module
 * links without lifestage.c; once both are merged, a test comparing the
 * two tables (or a switch to lifestage_parse()) keeps them from drifting.
 */
static const struct {
	unsigned bit;
	const char *code;
} checklist_stage_codes[] = {
	{LIFESTAGE_NEONATUS, "neonatus"},     {LIFESTAGE_BAYI, "bayi"},
	{LIFESTAGE_BADUTA, "baduta"},         {LIFESTAGE_BALITA, "balita"},
	{LIFESTAGE_PRASEKOLAH, "prasekolah"}, {LIFESTAGE_SEKOLAH, "sekolah"},
	{LIFESTAGE_REMAJA, "remaja"},         {LIFESTAGE_DEWASA, "dewasa"},
	{LIFESTAGE_LANSIA, "lansia"},         {LIFESTAGE_HAMIL, "hamil"},
	{LIFESTAGE_NIFAS, "nifas"},
};

static const char *const checklist_kind_codes[] = {"yesno", "number", "choice",
						   "multi"};
static const char *const checklist_action_codes[] = {NULL, "skilas", "aks"};
static const char *const checklist_op_text[] = {"<", "<=", ">", ">="};

static const char *const checklist_header_keys[] = {
	"code",   "title.id",      "title.en", "scope",
	"stages", "except_stages", "order",    NULL};

static const char *const checklist_item_keys[] = {
	"text.id",   "text.en", "help.id",    "help.en",  "reason.id",
	"reason.en", "kind",    "unit",       "min",      "max",
	"decimals",  "choices", "exclusive",  "stages",   "except_stages",
	"sex",       "age_min", "age_max",    "refer_if", "followup_if",
	"action",    "iks",     "iks_one_if", "iks_n_if", NULL};

/* Where loading is: for messages. */
struct checklist_ctx {
	const char *path;
	const char *sec;
	struct strlist *errors;
	int failed;
};

static void
checklist_error(struct checklist_ctx *c, char *msg)
{
	strlist_take(c->errors, msg);
	c->failed = 1;
}

/* A bad value: "file: [sec] key: invalid value 'v'; <allowed>". */
static void
checklist_bad(struct checklist_ctx *c, const char *key, const char *value,
	      char *allowed)
{
	checklist_error(c, trf(MSG_CFG_BAD_VALUE, c->path, c->sec, key, value,
			       allowed));
	free(allowed);
}

static void
checklist_missing(struct checklist_ctx *c, const char *key, char *allowed)
{
	checklist_error(c, trf(MSG_CL_MISSING, c->path, c->sec, key, allowed));
	free(allowed);
}

static char *
checklist_allowed_text(void)
{
	return trf(MSG_CL_ALLOWED_TEXT, CHECKLIST_MAX_TEXT);
}

static char *
checklist_allowed_code(void)
{
	return trf(MSG_CL_ALLOWED_CODE, CHECKLIST_MAX_CODE);
}

static char *
checklist_join(const char *const *v, size_t n, const char *sep)
{
	struct strbuf sb;
	size_t i;

	strbuf_init(&sb);
	for (i = 0; i < n; i++) {
		if (v[i] == NULL)
			continue;
		if (sb.len > 0)
			strbuf_adds(&sb, sep);
		strbuf_adds(&sb, v[i]);
	}
	return strbuf_detach(&sb);
}

static char *
checklist_allowed_choices(const char *const *v, size_t n)
{
	char *list = checklist_join(v, n, ", ");
	char *s = trf(MSG_CFG_ALLOWED_CHOICES, list);

	free(list);
	return s;
}

/* ---- small parsers ---- */

static int
checklist_is_code(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n > CHECKLIST_MAX_CODE || !islower((unsigned char)s[0]))
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];

		if (!islower(ch) && !isdigit(ch) && ch != '_')
			return 0;
	}
	return 1;
}

/* Printable ASCII, 1..max characters. */
static int
checklist_is_text(const char *s, size_t max)
{
	size_t n = strlen(s), i;

	if (n == 0 || n > max)
		return 0;
	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] > 0x7e)
			return 0;
	return 1;
}

/* Tokens of a list or rule: words, "," and runs of "<>=". */
struct checklist_tok {
	const char *s;
	size_t n;
};

static int
checklist_tokens(const char *s, struct checklist_tok *v, size_t max)
{
	size_t n = 0;

	while (*s != '\0') {
		const char *start = s;

		if (isspace((unsigned char)*s)) {
			s++;
			continue;
		}
		if (*s == ',') {
			s++;
		} else if (strchr("<>=", *s) != NULL) {
			while (*s != '\0' && strchr("<>=", *s) != NULL)
				s++;
		} else {
			while (*s != '\0' && !isspace((unsigned char)*s) &&
			       strchr(",<>=", *s) == NULL)
				s++;
		}
		if (n == max)
			return -1;
		v[n].s = start;
		v[n].n = (size_t)(s - start);
		n++;
	}
	return (int)n;
}

static int
checklist_tok_is(const struct checklist_tok *t, const char *word)
{
	return t->n == strlen(word) && strncmp(t->s, word, t->n) == 0;
}

static int
checklist_stage_bit(const char *s, size_t n, unsigned *bit)
{
	size_t i;

	for (i = 0; i < ILP_ARRAY_LEN(checklist_stage_codes); i++) {
		const char *code = checklist_stage_codes[i].code;

		if (strlen(code) == n && strncmp(code, s, n) == 0) {
			*bit = checklist_stage_codes[i].bit;
			return 0;
		}
	}
	return -1;
}

static char *
checklist_stage_names(unsigned bits)
{
	const char *v[ILP_ARRAY_LEN(checklist_stage_codes)];
	size_t i, n = 0;

	for (i = 0; i < ILP_ARRAY_LEN(checklist_stage_codes); i++)
		if (bits & checklist_stage_codes[i].bit)
			v[n++] = checklist_stage_codes[i].code;
	return checklist_join(v, n, ", ");
}

/* "hamil, nifas" -> bits; empty is an error. */
static int
checklist_parse_stages(const char *value, unsigned *out)
{
	struct checklist_tok t[CHECKLIST_MAX_TOKENS];
	int n, i, want_word = 1;
	unsigned bits = 0, bit;

	n = checklist_tokens(value, t, ILP_ARRAY_LEN(t));
	if (n <= 0)
		return -1;
	for (i = 0; i < n; i++) {
		if (checklist_tok_is(&t[i], ",")) {
			if (want_word)
				return -1;
			want_word = 1;
			continue;
		}
		if (checklist_stage_bit(t[i].s, t[i].n, &bit) < 0)
			return -1;
		bits |= bit;
		want_word = 0;
	}
	if (want_word)
		return -1;
	*out = bits;
	return 0;
}

/* "6m" -> 6, "12y" -> 144 (lower bound) or 215 (upper bound). */
static int
checklist_parse_age(const char *value, int upper, int *out)
{
	char buf[16];
	size_t n;
	long v;
	char unit;

	str_copy(buf, value, sizeof buf);
	str_trim(buf);
	n = strlen(buf);
	if (n < 2 || strlen(value) >= sizeof buf)
		return -1;
	unit = (char)tolower((unsigned char)buf[n - 1]);
	buf[n - 1] = '\0';
	if (!isdigit((unsigned char)buf[n - 2]))
		return -1;
	if (unit == 'm') {
		if (parse_long(buf, 0, CHECKLIST_MAX_AGE_YEARS * 12L, &v) < 0)
			return -1;
		*out = (int)v;
		return 0;
	}
	if (unit == 'y') {
		if (parse_long(buf, 0, CHECKLIST_MAX_AGE_YEARS, &v) < 0)
			return -1;
		*out = upper ? (int)v * 12 + 11 : (int)v * 12;
		return 0;
	}
	return -1;
}

static int
checklist_choice_index(const struct checklist_item *it, const char *s, size_t n)
{
	int i;

	for (i = 0; i < it->n_choices; i++) {
		const char *code = it->choices[i].code;

		if (strlen(code) == n && strncmp(code, s, n) == 0)
			return i;
	}
	return -1;
}

/*
 * A comma-separated list of choice codes -> mask; -1 on a bad or empty
 * list. t[from..to) are the tokens.
 */
static int
checklist_code_list(const struct checklist_item *it,
		    const struct checklist_tok *t, int from, int to,
		    uint32_t *mask)
{
	int i, want_word = 1, k;

	*mask = 0;
	for (i = from; i < to; i++) {
		if (checklist_tok_is(&t[i], ",")) {
			if (want_word)
				return -1;
			want_word = 1;
			continue;
		}
		if (!want_word)
			return -1;
		k = checklist_choice_index(it, t[i].s, t[i].n);
		if (k < 0)
			return -1;
		*mask |= (uint32_t)1 << k;
		want_word = 0;
	}
	return want_word ? -1 : 0;
}

static char *
checklist_choice_codes(const struct checklist_item *it, const char *sep)
{
	const char *v[CHECKLIST_MAX_CHOICES];
	int i;

	for (i = 0; i < it->n_choices; i++)
		v[i] = it->choices[i].code;
	return checklist_join(v, (size_t)it->n_choices, sep);
}

static int
checklist_popcount(uint32_t m)
{
	int n = 0;

	for (; m != 0; m &= m - 1)
		n++;
	return n;
}

static uint32_t
checklist_all_choices(const struct checklist_item *it)
{
	return it->n_choices >= 32 ? UINT32_MAX
				   : ((uint32_t)1 << it->n_choices) - 1;
}

static int
checklist_parse_yes(const char *s, int *yes)
{
	static const char *const yes_words[] = {"ya", "y", "yes", "1"};
	static const char *const no_words[] = {"tidak", "t", "no", "n", "0"};
	char buf[16];
	size_t i;

	if (strlen(s) >= sizeof buf)
		return -1;
	str_copy(buf, s, sizeof buf);
	str_trim(buf);
	for (i = 0; i < ILP_ARRAY_LEN(yes_words); i++) {
		if (str_eq_ci(buf, yes_words[i])) {
			*yes = 1;
			return 0;
		}
	}
	for (i = 0; i < ILP_ARRAY_LEN(no_words); i++) {
		if (str_eq_ci(buf, no_words[i])) {
			*yes = 0;
			return 0;
		}
	}
	return -1;
}

/* Rules and IKS answers spell the word out: yes/ya or no/tidak. */
static int
checklist_parse_yes_word(const char *s, int *yes)
{
	if (str_eq_ci(s, "yes") || str_eq_ci(s, "ya")) {
		*yes = 1;
		return 0;
	}
	if (str_eq_ci(s, "no") || str_eq_ci(s, "tidak")) {
		*yes = 0;
		return 0;
	}
	return -1;
}

/* The item's number with its decimals, "23.5". Allocated. */
static char *
checklist_number_text(const struct checklist_item *it, double v)
{
	return xasprintf("%.*f", it->decimals, v);
}

/* ---- rules ---- */

static int
checklist_parse_rule_number(const struct checklist_tok *t, int n,
			    struct checklist_rule *r)
{
	char buf[64];
	size_t i;

	if (n != 2 || t[1].n >= sizeof buf)
		return -1;
	for (i = 0; i < ILP_ARRAY_LEN(checklist_op_text); i++)
		if (checklist_tok_is(&t[0], checklist_op_text[i]))
			break;
	if (i == ILP_ARRAY_LEN(checklist_op_text))
		return -1;
	r->op = (enum checklist_op)i;
	memcpy(buf, t[1].s, t[1].n);
	buf[t[1].n] = '\0';
	return parse_double(buf, -1e9, 1e9, &r->value);
}

/* any | any of a, b | count >= n, joined with "or". */
static int
checklist_parse_rule_multi(const struct checklist_item *it,
			   const struct checklist_tok *t, int n,
			   struct checklist_rule *r)
{
	int i = 0, end;
	uint32_t mask;

	while (i < n) {
		if (checklist_tok_is(&t[i], "any")) {
			i++;
			if (i < n && checklist_tok_is(&t[i], "of")) {
				for (end = ++i; end < n; end++)
					if (checklist_tok_is(&t[end], "or"))
						break;
				if (checklist_code_list(it, t, i, end, &mask) <
				    0)
					return -1;
				r->any_of |= mask;
				i = end;
			} else {
				r->any_of |= checklist_all_choices(it);
			}
		} else if (checklist_tok_is(&t[i], "count")) {
			char buf[16];
			long v;

			if (i + 2 >= n || !checklist_tok_is(&t[i + 1], ">=") ||
			    t[i + 2].n >= sizeof buf)
				return -1;
			memcpy(buf, t[i + 2].s, t[i + 2].n);
			buf[t[i + 2].n] = '\0';
			if (parse_long(buf, 1, it->n_choices, &v) < 0)
				return -1;
			if (r->min_count == 0 || v < r->min_count)
				r->min_count = (int)v;
			i += 3;
		} else {
			return -1;
		}
		if (i < n) {
			if (!checklist_tok_is(&t[i], "or") || i + 1 == n)
				return -1;
			i++;
		}
	}
	return 0;
}

static char *
checklist_rule_allowed(const struct checklist_item *it)
{
	char *codes, *s;

	switch (it->kind) {
	case CHECKLIST_YESNO:
		return trf(MSG_CL_ALLOWED_RULE_YESNO);
	case CHECKLIST_NUMBER:
		return trf(MSG_CL_ALLOWED_RULE_NUMBER);
	case CHECKLIST_CHOICE:
		codes = checklist_choice_codes(it, ", ");
		s = trf(MSG_CL_ALLOWED_RULE_CHOICE, codes);
		free(codes);
		return s;
	case CHECKLIST_MULTI:
		codes = checklist_choice_codes(it, ", ");
		s = trf(MSG_CL_ALLOWED_RULE_MULTI, it->n_choices, codes);
		free(codes);
		return s;
	}
	return xstrdup("?");
}

/*
 * Parses refer_if / followup_if for an item whose kind and choices are
 * already valid. Rule words are case-insensitive.
 */
static void
checklist_parse_rule(struct checklist_ctx *c, struct checklist_item *it,
		     const char *key, const char *value,
		     struct checklist_rule *r)
{
	struct checklist_tok t[CHECKLIST_MAX_TOKENS];
	char *low = xstrdup(value), *p;
	int n, rc = -1;

	for (p = low; *p != '\0'; p++)
		*p = (char)tolower((unsigned char)*p);
	memset(r, 0, sizeof *r);
	n = checklist_tokens(low, t, ILP_ARRAY_LEN(t));
	if (n > 0) {
		switch (it->kind) {
		case CHECKLIST_YESNO:
			rc = n == 1 ? checklist_parse_yes_word(str_trim(low),
							       &r->yes)
				    : -1;
			break;
		case CHECKLIST_NUMBER:
			rc = checklist_parse_rule_number(t, n, r);
			break;
		case CHECKLIST_CHOICE: {
			int from = 0;

			if (n > 2 && checklist_tok_is(&t[0], "any") &&
			    checklist_tok_is(&t[1], "of"))
				from = 2;
			rc = checklist_code_list(it, t, from, n, &r->any_of);
			break;
		}
		case CHECKLIST_MULTI:
			rc = checklist_parse_rule_multi(it, t, n, r);
			break;
		}
	}
	free(low);
	if (rc < 0) {
		memset(r, 0, sizeof *r);
		checklist_bad(c, key, value, checklist_rule_allowed(it));
		return;
	}
	r->set = 1;
	r->text = xstrdup(value);
	str_trim(r->text);
	if (it->kind == CHECKLIST_NUMBER &&
	    (r->value < it->min || r->value > it->max)) {
		char *v = checklist_number_text(it, r->value);
		char *lo = checklist_number_text(it, it->min);
		char *hi = checklist_number_text(it, it->max);

		checklist_error(c, trf(MSG_CL_RULE_OUTSIDE, c->path, c->sec,
				       key, v, lo, hi));
		free(v);
		free(lo);
		free(hi);
	}
}

static int
checklist_rule_fires(const struct checklist_item *it,
		     const struct checklist_rule *r,
		     const struct checklist_answer *a)
{
	if (!r->set || !a->set)
		return 0;
	switch (it->kind) {
	case CHECKLIST_YESNO:
		return (a->yes != 0) == (r->yes != 0);
	case CHECKLIST_NUMBER:
		switch (r->op) {
		case CHECKLIST_LT:
			return a->number < r->value;
		case CHECKLIST_LE:
			return a->number <= r->value;
		case CHECKLIST_GT:
			return a->number > r->value;
		case CHECKLIST_GE:
			return a->number >= r->value;
		}
		return 0;
	case CHECKLIST_CHOICE:
		return a->choice >= 0 && a->choice < it->n_choices &&
		       (r->any_of & ((uint32_t)1 << a->choice)) != 0;
	case CHECKLIST_MULTI:
		return (a->mask & r->any_of) != 0 ||
		       (r->min_count > 0 &&
			checklist_popcount(a->mask) >= r->min_count);
	}
	return 0;
}

/* ---- loading ---- */

static void
checklist_item_clear(struct checklist_item *it)
{
	int i, l;

	free(it->id);
	for (l = 0; l < 2; l++) {
		free(it->text[l]);
		free(it->help[l]);
		free(it->reason[l]);
	}
	free(it->unit);
	for (i = 0; i < it->n_choices; i++) {
		free(it->choices[i].code);
		free(it->choices[i].text[0]);
		free(it->choices[i].text[1]);
	}
	free(it->choices);
	free(it->refer.text);
	free(it->followup.text);
	memset(it, 0, sizeof *it);
}

static void
checklist_list_free(struct checklist *cl)
{
	size_t i;

	if (cl == NULL)
		return;
	for (i = 0; i < cl->n_items; i++)
		checklist_item_clear(&cl->items[i]);
	free(cl->items);
	free(cl->code);
	free(cl->path);
	free(cl->title[0]);
	free(cl->title[1]);
	free(cl);
}

static int
checklist_known_key(const char *const *keys, const char *key)
{
	size_t i;

	for (i = 0; keys[i] != NULL; i++)
		if (str_eq(keys[i], key))
			return 1;
	return 0;
}

/* An unknown key is an error: a misspelt refer_if must not vanish. */
static void
checklist_unknown_key(struct checklist_ctx *c, const char *key,
		      const char *const *keys, int item)
{
	size_t n = 0;
	char *list, *full;

	while (keys[n] != NULL)
		n++;
	list = checklist_join(keys, n, ", ");
	full = item ? xasprintf("%s, choice.<code>.id, choice.<code>.en", list)
		    : xstrdup(list);
	checklist_error(c, trf(MSG_CL_UNKNOWN_KEY, c->path, c->sec, key, full));
	free(full);
	free(list);
}

/*
 * A pair of texts (name.id, name.en). required: both must be there;
 * otherwise both or neither.
 */
static void
checklist_texts(struct checklist_ctx *c, const struct inidoc_section *sec,
		const char *name, int required, char *out[2])
{
	static const char *const suffix[2] = {"id", "en"};
	const char *v[2];
	char key[CHECKLIST_MAX_CODE + 32]; /* "choice.<code>.id" */
	int l, any;

	for (l = 0; l < 2; l++) {
		snprintf(key, sizeof key, "%s.%s", name, suffix[l]);
		v[l] = inidoc_get(sec, key);
	}
	any = v[0] != NULL || v[1] != NULL;
	for (l = 0; l < 2; l++) {
		snprintf(key, sizeof key, "%s.%s", name, suffix[l]);
		if (v[l] == NULL) {
			if (required || any)
				checklist_missing(c, key,
						  checklist_allowed_text());
			continue;
		}
		if (!checklist_is_text(v[l], CHECKLIST_MAX_TEXT)) {
			checklist_bad(c, key, v[l], checklist_allowed_text());
			continue;
		}
		out[l] = xstrdup(v[l]);
	}
}

static void
checklist_stage_keys(struct checklist_ctx *c, const struct inidoc_section *sec,
		     unsigned *stages, unsigned *except)
{
	const char *v;

	v = inidoc_get(sec, "stages");
	if (v != NULL && checklist_parse_stages(v, stages) < 0) {
		char *all = checklist_stage_names(~0u);

		checklist_bad(c, "stages", v, trf(MSG_CL_ALLOWED_STAGES, all));
		free(all);
	}
	v = inidoc_get(sec, "except_stages");
	if (v != NULL && checklist_parse_stages(v, except) < 0) {
		char *all = checklist_stage_names(~0u);

		checklist_bad(c, "except_stages", v,
			      trf(MSG_CL_ALLOWED_STAGES, all));
		free(all);
	}
}

static void
checklist_parse_header(struct checklist_ctx *c,
		       const struct inidoc_section *sec, struct checklist *cl)
{
	static const char *const scopes[] = {"member", "household"};
	const char *v;
	size_t i;
	long order;

	c->sec = CHECKLIST_HEADER;
	for (i = 0; i < sec->n; i++)
		if (!checklist_known_key(checklist_header_keys,
					 sec->entries[i].key))
			checklist_unknown_key(c, sec->entries[i].key,
					      checklist_header_keys, 0);
	v = inidoc_get(sec, "code");
	if (v == NULL)
		checklist_missing(c, "code", checklist_allowed_code());
	else if (!checklist_is_code(v, strlen(v)))
		checklist_bad(c, "code", v, checklist_allowed_code());
	else
		cl->code = xstrdup(v);
	checklist_texts(c, sec, "title", 1, cl->title);
	v = inidoc_get(sec, "scope");
	if (v != NULL && str_eq(v, "household"))
		cl->household = 1;
	else if (v != NULL && !str_eq(v, "member"))
		checklist_bad(c, "scope", v,
			      checklist_allowed_choices(scopes, 2));
	cl->order = 100;
	v = inidoc_get(sec, "order");
	if (v != NULL) {
		if (parse_long(v, 0, 999, &order) < 0)
			checklist_bad(c, "order", v,
				      trf(MSG_CFG_ALLOWED_RANGE, 0L, 999L));
		else
			cl->order = (int)order;
	}
	if (cl->household) {
		if (inidoc_get(sec, "stages") != NULL)
			checklist_error(c, trf(MSG_CL_NOT_FOR_HOUSEHOLD,
					       c->path, c->sec, "stages"));
		if (inidoc_get(sec, "except_stages") != NULL)
			checklist_error(c,
					trf(MSG_CL_NOT_FOR_HOUSEHOLD, c->path,
					    c->sec, "except_stages"));
		return;
	}
	if (inidoc_get(sec, "stages") == NULL) {
		char *all = checklist_stage_names(~0u);

		checklist_missing(c, "stages", trf(MSG_CL_ALLOWED_STAGES, all));
		free(all);
	}
	checklist_stage_keys(c, sec, &cl->stages, &cl->except_stages);
}

/* A number key: returns 0 and sets *out, -1 (error reported), 1 absent. */
static int
checklist_number_key(struct checklist_ctx *c, const struct inidoc_section *sec,
		     const char *key, double *out)
{
	const char *v = inidoc_get(sec, key);

	if (v == NULL)
		return 1;
	if (strchr(v, ',') != NULL || parse_double(v, -1e9, 1e9, out) < 0) {
		checklist_bad(c, key, v, trf(MSG_CL_ALLOWED_NUMBER));
		return -1;
	}
	return 0;
}

/* unit, decimals, min, max. Returns -1 when the range is unusable. */
static int
checklist_parse_number(struct checklist_ctx *c,
		       const struct inidoc_section *sec,
		       struct checklist_item *it)
{
	const char *v;
	long dec;
	int rmin, rmax;

	v = inidoc_get(sec, "unit");
	if (v == NULL)
		checklist_missing(c, "unit",
				  trf(MSG_CL_ALLOWED_TEXT, CHECKLIST_MAX_UNIT));
	else if (!checklist_is_text(v, CHECKLIST_MAX_UNIT))
		checklist_bad(c, "unit", v,
			      trf(MSG_CL_ALLOWED_TEXT, CHECKLIST_MAX_UNIT));
	else
		it->unit = xstrdup(v);
	v = inidoc_get(sec, "decimals");
	if (v != NULL) {
		if (parse_long(v, 0, 3, &dec) < 0)
			checklist_bad(c, "decimals", v,
				      trf(MSG_CFG_ALLOWED_RANGE, 0L, 3L));
		else
			it->decimals = (int)dec;
	}
	rmin = checklist_number_key(c, sec, "min", &it->min);
	rmax = checklist_number_key(c, sec, "max", &it->max);
	if (rmin == 1)
		checklist_missing(c, "min", trf(MSG_CL_ALLOWED_NUMBER));
	if (rmax == 1)
		checklist_missing(c, "max", trf(MSG_CL_ALLOWED_NUMBER));
	if (rmin != 0 || rmax != 0)
		return -1;
	if (it->min >= it->max) {
		checklist_error(c, trf(MSG_CL_MIN_NOT_LESS, c->path, c->sec,
				       inidoc_get(sec, "min"),
				       inidoc_get(sec, "max")));
		return -1;
	}
	return 0;
}

/* choices, choice.<code>.id/en, exclusive. Returns -1 when unusable. */
static int
checklist_parse_choices(struct checklist_ctx *c,
			const struct inidoc_section *sec,
			struct checklist_item *it)
{
	struct checklist_tok t[CHECKLIST_MAX_TOKENS];
	const char *v = inidoc_get(sec, "choices");
	char *allowed = trf(MSG_CL_ALLOWED_CHOICE_LIST, CHECKLIST_MAX_CHOICES);
	int n, i, want_word = 1, ok = 1;

	if (v == NULL) {
		checklist_missing(c, "choices", allowed);
		return -1;
	}
	n = checklist_tokens(v, t, ILP_ARRAY_LEN(t));
	it->choices = xcalloc(CHECKLIST_MAX_CHOICES, sizeof *it->choices);
	for (i = 0; ok && i < n; i++) {
		if (checklist_tok_is(&t[i], ",")) {
			ok = !want_word;
			want_word = 1;
			continue;
		}
		ok = want_word && checklist_is_code(t[i].s, t[i].n) &&
		     it->n_choices < CHECKLIST_MAX_CHOICES &&
		     checklist_choice_index(it, t[i].s, t[i].n) < 0;
		if (ok)
			it->choices[it->n_choices++].code =
				xstrndup(t[i].s, t[i].n);
		want_word = 0;
	}
	if (!ok || n <= 0 || want_word || it->n_choices < 2) {
		checklist_bad(c, "choices", v, allowed);
		return -1;
	}
	free(allowed);
	for (i = 0; i < it->n_choices; i++) {
		char name[CHECKLIST_MAX_CODE + 16];

		snprintf(name, sizeof name, "choice.%s", it->choices[i].code);
		checklist_texts(c, sec, name, 1, it->choices[i].text);
	}
	v = inidoc_get(sec, "exclusive");
	if (v != NULL && it->kind != CHECKLIST_MULTI) {
		checklist_error(c, trf(MSG_CL_NOT_FOR_KIND, c->path, c->sec,
				       "exclusive",
				       checklist_kind_codes[it->kind]));
	} else if (v != NULL) {
		n = checklist_tokens(v, t, ILP_ARRAY_LEN(t));
		if (n <= 0 ||
		    checklist_code_list(it, t, 0, n, &it->exclusive) < 0 ||
		    checklist_popcount(it->exclusive) < 2) {
			it->exclusive = 0;
			checklist_bad(c, "exclusive", v,
				      trf(MSG_CL_ALLOWED_EXCLUSIVE));
		}
	}
	return 0;
}

/* Keys choice.<code>.id/en must name a declared choice. */
static void
checklist_check_choice_keys(struct checklist_ctx *c,
			    const struct inidoc_section *sec,
			    const struct checklist_item *it, int kind_ok,
			    int usable)
{
	size_t i;

	for (i = 0; i < sec->n; i++) {
		const char *key = sec->entries[i].key;
		const char *code, *dot;

		if (!str_starts_with(key, "choice."))
			continue;
		code = key + strlen("choice.");
		dot = strrchr(code, '.');
		if (dot == NULL ||
		    (!str_eq(dot, ".id") && !str_eq(dot, ".en"))) {
			checklist_unknown_key(c, key, checklist_item_keys, 1);
			continue;
		}
		if (!kind_ok)
			continue;
		if (it->kind != CHECKLIST_CHOICE &&
		    it->kind != CHECKLIST_MULTI) {
			checklist_error(c, trf(MSG_CL_NOT_FOR_KIND, c->path,
					       c->sec, key,
					       checklist_kind_codes[it->kind]));
			continue;
		}
		if (usable && checklist_choice_index(
				      it, code, (size_t)(dot - code)) < 0) {
			char *name = xstrndup(code, (size_t)(dot - code));

			checklist_error(c, trf(MSG_CL_CHOICE_UNUSED, c->path,
					       c->sec, key, name));
			free(name);
		}
	}
}

static void
checklist_parse_applies(struct checklist_ctx *c,
			const struct inidoc_section *sec,
			const struct checklist *cl, struct checklist_item *it)
{
	static const char *const keys[] = {"stages", "except_stages", "sex",
					   "age_min", "age_max"};
	static const char *const sexes[] = {"L", "P"};
	const char *v;
	size_t i;

	it->age_min_months = -1;
	it->age_max_months = -1;
	if (cl->household) {
		it->household = 1;
		for (i = 0; i < ILP_ARRAY_LEN(keys); i++)
			if (inidoc_get(sec, keys[i]) != NULL)
				checklist_error(c,
						trf(MSG_CL_NOT_FOR_HOUSEHOLD,
						    c->path, c->sec, keys[i]));
		return;
	}
	it->stages = cl->stages;
	it->except_stages = cl->except_stages;
	checklist_stage_keys(c, sec, &it->stages, &it->except_stages);
	v = inidoc_get(sec, "sex");
	if (v != NULL) {
		if (str_eq_ci(v, "L") || str_eq_ci(v, "P"))
			it->sex = (char)toupper((unsigned char)v[0]);
		else
			checklist_bad(c, "sex", v,
				      checklist_allowed_choices(sexes, 2));
	}
	v = inidoc_get(sec, "age_min");
	if (v != NULL && checklist_parse_age(v, 0, &it->age_min_months) < 0) {
		it->age_min_months = -1;
		checklist_bad(c, "age_min", v, trf(MSG_CL_ALLOWED_AGE));
	}
	v = inidoc_get(sec, "age_max");
	if (v != NULL && checklist_parse_age(v, 1, &it->age_max_months) < 0) {
		it->age_max_months = -1;
		checklist_bad(c, "age_max", v, trf(MSG_CL_ALLOWED_AGE));
	}
	if (it->age_min_months >= 0 && it->age_max_months >= 0 &&
	    it->age_min_months > it->age_max_months)
		checklist_error(c, trf(MSG_CL_AGE_ORDER, c->path, c->sec,
				       inidoc_get(sec, "age_min"),
				       inidoc_get(sec, "age_max")));
}

/* The answer of iks_one_if / iks_n_if: yes flag or choice index. */
static int
checklist_iks_answer(const struct checklist_item *it, const char *v, int *out)
{
	char buf[CHECKLIST_MAX_CODE + 1];

	if (strlen(v) >= sizeof buf)
		return -1;
	str_copy(buf, v, sizeof buf);
	str_trim(buf);
	if (it->kind == CHECKLIST_YESNO)
		return checklist_parse_yes_word(buf, out);
	*out = checklist_choice_index(it, buf, strlen(buf));
	return *out < 0 ? -1 : 0;
}

static void
checklist_parse_iks(struct checklist_ctx *c, const struct inidoc_section *sec,
		    struct checklist_item *it, int kind_ok)
{
	const char *v = inidoc_get(sec, "iks");
	const char *one = inidoc_get(sec, "iks_one_if");
	const char *na = inidoc_get(sec, "iks_n_if");
	enum iks_indicator ind;

	it->iks = -1;
	it->iks_na = -1;
	if (v == NULL) {
		if (one != NULL)
			checklist_error(c, trf(MSG_CL_NEEDS_IKS, c->path,
					       c->sec, "iks_one_if"));
		if (na != NULL)
			checklist_error(c, trf(MSG_CL_NEEDS_IKS, c->path,
					       c->sec, "iks_n_if"));
		return;
	}
	if (!it->household) {
		checklist_error(
			c, trf(MSG_CL_ONLY_HOUSEHOLD, c->path, c->sec, "iks"));
		return;
	}
	if (iks_indicator_parse(v, &ind) < 0) {
		const char *codes[IKS_COUNT];
		int i;

		for (i = 0; i < IKS_COUNT; i++)
			codes[i] = iks_indicator_code((enum iks_indicator)i);
		checklist_bad(c, "iks", v,
			      checklist_allowed_choices(codes, IKS_COUNT));
		return;
	}
	if (!kind_ok)
		return;
	if (it->kind != CHECKLIST_YESNO && it->kind != CHECKLIST_CHOICE) {
		checklist_error(c, trf(MSG_CL_NOT_FOR_KIND, c->path, c->sec,
				       "iks", checklist_kind_codes[it->kind]));
		return;
	}
	it->iks = (int)ind;
	if (one == NULL)
		checklist_missing(c, "iks_one_if",
				  trf(MSG_CL_ALLOWED_IKS_ANSWER));
	else if (checklist_iks_answer(it, one, &it->iks_one) < 0)
		checklist_bad(c, "iks_one_if", one,
			      trf(MSG_CL_ALLOWED_IKS_ANSWER));
	if (na == NULL)
		return;
	if (it->kind != CHECKLIST_CHOICE)
		checklist_error(c, trf(MSG_CL_NOT_FOR_KIND, c->path, c->sec,
				       "iks_n_if",
				       checklist_kind_codes[it->kind]));
	else if (!iks_indicator_can_be_n(ind))
		checklist_error(c, trf(MSG_CL_IKS_NEVER_N, c->path, c->sec, v));
	else if (checklist_iks_answer(it, na, &it->iks_na) < 0 ||
		 it->iks_na == it->iks_one)
		checklist_bad(c, "iks_n_if", na,
			      trf(MSG_CL_ALLOWED_IKS_ANSWER));
}

/* Keys that only one kind may have. */
static void
checklist_kind_keys(struct checklist_ctx *c, const struct inidoc_section *sec,
		    const struct checklist_item *it)
{
	static const char *const number_keys[] = {"unit", "min", "max",
						  "decimals"};
	size_t i;

	if (it->kind == CHECKLIST_NUMBER)
		return;
	for (i = 0; i < ILP_ARRAY_LEN(number_keys); i++)
		if (inidoc_get(sec, number_keys[i]) != NULL)
			checklist_error(c, trf(MSG_CL_NOT_FOR_KIND, c->path,
					       c->sec, number_keys[i],
					       checklist_kind_codes[it->kind]));
	if (it->kind == CHECKLIST_YESNO) {
		if (inidoc_get(sec, "choices") != NULL)
			checklist_error(c, trf(MSG_CL_NOT_FOR_KIND, c->path,
					       c->sec, "choices", "yesno"));
		if (inidoc_get(sec, "exclusive") != NULL)
			checklist_error(c, trf(MSG_CL_NOT_FOR_KIND, c->path,
					       c->sec, "exclusive", "yesno"));
	}
}

/* kind; returns 1 when it is known. */
static int
checklist_parse_kind(struct checklist_ctx *c, const struct inidoc_section *sec,
		     struct checklist_item *it)
{
	const char *v = inidoc_get(sec, "kind");
	size_t i;
	char *allowed;

	for (i = 0; v != NULL && i < ILP_ARRAY_LEN(checklist_kind_codes); i++) {
		if (str_eq(v, checklist_kind_codes[i])) {
			it->kind = (enum checklist_kind)i;
			return 1;
		}
	}
	allowed = checklist_allowed_choices(
		checklist_kind_codes, ILP_ARRAY_LEN(checklist_kind_codes));
	if (v == NULL)
		checklist_missing(c, "kind", allowed);
	else
		checklist_bad(c, "kind", v, allowed);
	return 0;
}

/* action: a known code, and only on an item with a rule. */
static void
checklist_parse_action(struct checklist_ctx *c,
		       const struct inidoc_section *sec,
		       struct checklist_item *it)
{
	const char *v = inidoc_get(sec, "action");
	size_t i, n = ILP_ARRAY_LEN(checklist_action_codes);

	if (v == NULL)
		return;
	for (i = 1; i < n; i++)
		if (str_eq(v, checklist_action_codes[i]))
			break;
	if (i == n)
		checklist_bad(c, "action", v,
			      checklist_allowed_choices(
				      checklist_action_codes + 1, n - 1));
	else if (inidoc_get(sec, "refer_if") == NULL &&
		 inidoc_get(sec, "followup_if") == NULL)
		checklist_error(c, trf(MSG_CL_ACTION_NO_RULE, c->path, c->sec));
	else
		it->action = (enum checklist_action)i;
}

static void
checklist_parse_item(struct checklist_ctx *c, const struct inidoc_section *sec,
		     const struct checklist *cl, struct checklist_item *it)
{
	const char *v;
	size_t i;
	int kind_ok, usable;

	c->sec = sec->name;
	it->id = xstrdup(sec->name);
	for (i = 0; i < sec->n; i++) {
		const char *key = sec->entries[i].key;

		if (!checklist_known_key(checklist_item_keys, key) &&
		    !str_starts_with(key, "choice."))
			checklist_unknown_key(c, key, checklist_item_keys, 1);
	}
	checklist_texts(c, sec, "text", 1, it->text);
	checklist_texts(c, sec, "help", 0, it->help);
	checklist_texts(c, sec, "reason", 0, it->reason);

	/* Rules on an unknown kind, a broken range or choice list would
	 * only add noise to the real error: they are checked once it is
	 * fixed. */
	kind_ok = checklist_parse_kind(c, sec, it);
	usable = kind_ok;
	if (kind_ok) {
		checklist_kind_keys(c, sec, it);
		if (it->kind == CHECKLIST_NUMBER)
			usable = checklist_parse_number(c, sec, it) == 0;
		else if (it->kind != CHECKLIST_YESNO)
			usable = checklist_parse_choices(c, sec, it) == 0;
	}
	checklist_check_choice_keys(c, sec, it, kind_ok, usable);
	checklist_parse_applies(c, sec, cl, it);

	v = inidoc_get(sec, "refer_if");
	if (v != NULL && usable)
		checklist_parse_rule(c, it, "refer_if", v, &it->refer);
	v = inidoc_get(sec, "followup_if");
	if (v != NULL && usable)
		checklist_parse_rule(c, it, "followup_if", v, &it->followup);
	checklist_parse_action(c, sec, it);
	checklist_parse_iks(c, sec, it, usable);
}

/* "<code>.<name>" with a code-like name. */
static int
checklist_valid_id(const char *id, const char *code)
{
	size_t n = strlen(code);

	return strncmp(id, code, n) == 0 && id[n] == '.' &&
	       checklist_is_code(id + n + 1, strlen(id + n + 1));
}

static const struct checklist_item *
checklist_find_in(const struct checklist *cl, const char *id)
{
	size_t i;

	for (i = 0; i < cl->n_items; i++)
		if (str_eq(cl->items[i].id, id))
			return &cl->items[i];
	return NULL;
}

static void
checklist_parse_items(struct checklist_ctx *c, const struct inidoc *doc,
		      const struct checklist_set *set, struct checklist *cl)
{
	size_t i, j;

	cl->items = xcalloc(doc->n ? doc->n : 1, sizeof *cl->items);
	for (i = 0; i < doc->n; i++) {
		const struct inidoc_section *sec = &doc->sections[i];
		struct checklist_item *it;

		if (sec->name[0] == '\0') {
			for (j = 0; j < sec->n; j++)
				checklist_error(c, trf(MSG_CL_KEY_NO_SECTION,
						       c->path,
						       sec->entries[j].key));
			continue;
		}
		if (str_eq(sec->name, CHECKLIST_HEADER))
			continue;
		c->sec = sec->name;
		if (cl->code != NULL &&
		    !checklist_valid_id(sec->name, cl->code))
			checklist_error(c,
					trf(MSG_CL_BAD_ID, c->path, sec->name,
					    cl->code, CHECKLIST_MAX_CODE));
		for (j = 0; j < set->n; j++)
			if (checklist_find_in(set->lists[j], sec->name) != NULL)
				checklist_error(c, trf(MSG_CL_DUP_ID, c->path,
						       sec->name,
						       set->lists[j]->path));
		it = &cl->items[cl->n_items++];
		checklist_parse_item(c, sec, cl, it);
	}
	if (cl->n_items == 0)
		checklist_error(c, trf(MSG_CL_NO_ITEMS, c->path,
				       cl->code != NULL ? cl->code : "code"));
}

struct checklist_set *
checklist_new(void)
{
	return xcalloc(1, sizeof(struct checklist_set));
}

void
checklist_free(struct checklist_set *set)
{
	size_t i;

	if (set == NULL)
		return;
	for (i = 0; i < set->n; i++)
		checklist_list_free(set->lists[i]);
	free(set->lists);
	free(set);
}

static int
checklist_before(const struct checklist *a, const struct checklist *b)
{
	if (a->order != b->order)
		return a->order < b->order;
	return strcmp(a->code, b->code) < 0;
}

int
checklist_load(struct checklist_set *set, const struct inidoc *doc,
	       struct strlist *errors)
{
	struct checklist_ctx c = {doc->path, "", errors, 0};
	const struct inidoc_section *head;
	struct checklist *cl = xcalloc(1, sizeof *cl);
	size_t i, at;

	cl->path = xstrdup(doc->path);
	head = inidoc_find(doc, CHECKLIST_HEADER);
	if (head == NULL)
		checklist_error(&c, trf(MSG_CL_NO_HEADER, c.path));
	else
		checklist_parse_header(&c, head, cl);
	if (cl->code != NULL && checklist_find(set, cl->code) != NULL)
		checklist_error(&c, trf(MSG_CL_DUP_CODE, c.path, cl->code,
					checklist_find(set, cl->code)->path));
	checklist_parse_items(&c, doc, set, cl);
	if (c.failed) {
		checklist_list_free(cl);
		return -1;
	}
	if (set->n == set->cap) {
		set->cap = set->cap ? set->cap * 2 : 8;
		set->lists =
			xreallocarray(set->lists, set->cap, sizeof *set->lists);
	}
	for (at = 0; at < set->n; at++)
		if (checklist_before(cl, set->lists[at]))
			break;
	for (i = set->n; i > at; i--)
		set->lists[i] = set->lists[i - 1];
	set->lists[at] = cl;
	set->n++;
	return 0;
}

const struct checklist *
checklist_find(const struct checklist_set *set, const char *code)
{
	size_t i;

	for (i = 0; i < set->n; i++)
		if (str_eq(set->lists[i]->code, code))
			return set->lists[i];
	return NULL;
}

const struct checklist_item *
checklist_find_item(const struct checklist_set *set, const char *id)
{
	const struct checklist_item *it;
	size_t i;

	for (i = 0; i < set->n; i++)
		if ((it = checklist_find_in(set->lists[i], id)) != NULL)
			return it;
	return NULL;
}

/* ---- use ---- */

int
checklist_applies(const struct checklist_item *item, unsigned stages, char sex,
		  int age_months)
{
	if (item->household)
		return 1;
	if ((stages & item->stages) == 0 || (stages & item->except_stages))
		return 0;
	if (item->sex != 0 && (sex == 'L' || sex == 'P') && sex != item->sex)
		return 0;
	if (age_months >= 0) {
		if (item->age_min_months >= 0 &&
		    age_months < item->age_min_months)
			return 0;
		if (item->age_max_months >= 0 &&
		    age_months > item->age_max_months)
			return 0;
	}
	return 1;
}

static const char *
checklist_lang_text(char *const text[2])
{
	enum i18n_lang l = i18n_lang();

	return text[l] != NULL ? text[l] : text[I18N_ID];
}

const char *
checklist_title(const struct checklist *list)
{
	return checklist_lang_text(list->title);
}

const char *
checklist_item_text(const struct checklist_item *item)
{
	return checklist_lang_text(item->text);
}

const char *
checklist_item_help(const struct checklist_item *item)
{
	return checklist_lang_text(item->help);
}

const char *
checklist_choice_text(const struct checklist_item *item, int i)
{
	if (i < 0 || i >= item->n_choices)
		return "?";
	return checklist_lang_text(item->choices[i].text);
}

const char *
checklist_kind_code(enum checklist_kind kind)
{
	if ((unsigned)kind >= ILP_ARRAY_LEN(checklist_kind_codes))
		return "?";
	return checklist_kind_codes[kind];
}

const char *
checklist_level_name(enum checklist_level level)
{
	switch (level) {
	case CHECKLIST_LEVEL_NONE:
		return tr(MSG_CL_LEVEL_NONE);
	case CHECKLIST_LEVEL_INFO:
		return tr(MSG_CL_LEVEL_INFO);
	case CHECKLIST_LEVEL_FOLLOWUP:
		return tr(MSG_CL_LEVEL_FOLLOWUP);
	case CHECKLIST_LEVEL_REFER:
		return tr(MSG_CL_LEVEL_REFER);
	}
	return "?";
}

const char *
checklist_action_code(enum checklist_action action)
{
	if ((unsigned)action >= ILP_ARRAY_LEN(checklist_action_codes))
		return NULL;
	return checklist_action_codes[action];
}

/* 1 when v has at most `decimals` digits after the point. */
static int
checklist_decimals_ok(double v, int decimals)
{
	double scaled = v * pow(10.0, decimals);

	return fabs(scaled - round(scaled)) < 1e-6;
}

static char *
checklist_number_error(const struct checklist_item *it)
{
	char *lo = checklist_number_text(it, it->min);
	char *hi = checklist_number_text(it, it->max);
	char *s = trf(MSG_CL_ANS_NUMBER, lo, hi, it->unit ? it->unit : "");

	free(lo);
	free(hi);
	return s;
}

static char *
checklist_choices_error(const struct checklist_item *it, enum msg_id id)
{
	struct strbuf sb;
	char *s;
	int i;

	strbuf_init(&sb);
	for (i = 0; i < it->n_choices; i++) {
		if (i > 0)
			strbuf_adds(&sb, ", ");
		strbuf_addf(&sb, "%d %s", i + 1, it->choices[i].code);
	}
	s = trf(id, sb.buf);
	strbuf_done(&sb);
	return s;
}

static char *
checklist_exclusive_error(const struct checklist_item *it)
{
	struct strbuf sb;
	char *s;
	int i;

	strbuf_init(&sb);
	for (i = 0; i < it->n_choices; i++) {
		if (!(it->exclusive & ((uint32_t)1 << i)))
			continue;
		if (sb.len > 0)
			strbuf_adds(&sb, ", ");
		strbuf_adds(&sb, it->choices[i].code);
	}
	s = trf(MSG_CL_ANS_EXCLUSIVE, sb.buf);
	strbuf_done(&sb);
	return s;
}

int
checklist_check_answer(const struct checklist_item *item,
		       const struct checklist_answer *ans, char **err)
{
	*err = NULL;
	if (!ans->set)
		return 0;
	switch (item->kind) {
	case CHECKLIST_YESNO:
		if (ans->yes != 0 && ans->yes != 1)
			*err = trf(MSG_CL_ANS_YESNO);
		break;
	case CHECKLIST_NUMBER:
		if (!(ans->number >= item->min && ans->number <= item->max))
			*err = checklist_number_error(item);
		else if (!checklist_decimals_ok(ans->number, item->decimals))
			*err = trf(MSG_CL_ANS_DECIMALS, item->decimals);
		break;
	case CHECKLIST_CHOICE:
		if (ans->choice < 0 || ans->choice >= item->n_choices)
			*err = checklist_choices_error(item, MSG_CL_ANS_CHOICE);
		break;
	case CHECKLIST_MULTI:
		if ((ans->mask & ~checklist_all_choices(item)) != 0)
			*err = checklist_choices_error(item, MSG_CL_ANS_MULTI);
		else if (checklist_popcount(ans->mask & item->exclusive) > 1)
			*err = checklist_exclusive_error(item);
		break;
	}
	return *err == NULL ? 0 : -1;
}

/* One word of a choice answer: a code or a 1-based number. */
static int
checklist_choice_word(const struct checklist_item *it, const char *s, size_t n)
{
	char buf[CHECKLIST_MAX_CODE + 1], *p;
	long v;

	if (n >= sizeof buf)
		return -1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	if (parse_long(buf, 1, it->n_choices, &v) == 0)
		return (int)v - 1;
	for (p = buf; *p != '\0'; p++)
		*p = (char)tolower((unsigned char)*p);
	return checklist_choice_index(it, buf, n);
}

static int
checklist_parse_multi(const struct checklist_item *it, const char *text,
		      uint32_t *mask)
{
	struct checklist_tok t[CHECKLIST_MAX_TOKENS];
	int n, i, k;

	*mask = 0;
	n = checklist_tokens(text, t, ILP_ARRAY_LEN(t));
	if (n <= 0)
		return -1;
	if (n == 1 && checklist_tok_is(&t[0], "-"))
		return 0;
	for (i = 0; i < n; i++) {
		if (checklist_tok_is(&t[i], ","))
			continue;
		k = checklist_choice_word(it, t[i].s, t[i].n);
		if (k < 0)
			return -1;
		*mask |= (uint32_t)1 << k;
	}
	return 0;
}

/* Digits after the decimal mark of a typed number. */
static int
checklist_typed_decimals(const char *s)
{
	const char *p = strpbrk(s, ".,");
	int n = 0;

	if (p == NULL)
		return 0;
	for (p++; isdigit((unsigned char)*p); p++)
		n++;
	/* trailing zeros say nothing more precise: 23.50 is 23.5 */
	for (p--; n > 0 && *p == '0'; p--)
		n--;
	return n;
}

int
checklist_parse_answer(const struct checklist_item *item, const char *text,
		       struct checklist_answer *out, char **err)
{
	char *s = xstrdup(text != NULL ? text : "");
	int rc = 0;

	*err = NULL;
	memset(out, 0, sizeof *out);
	str_trim(s);
	if (s[0] == '\0')
		goto done;
	out->set = 1;
	switch (item->kind) {
	case CHECKLIST_YESNO:
		if (checklist_parse_yes(s, &out->yes) < 0)
			*err = trf(MSG_CL_ANS_YESNO);
		break;
	case CHECKLIST_NUMBER:
		if (parse_double(s, item->min, item->max, &out->number) < 0)
			*err = checklist_number_error(item);
		else if (checklist_typed_decimals(s) > item->decimals)
			*err = trf(MSG_CL_ANS_DECIMALS, item->decimals);
		break;
	case CHECKLIST_CHOICE:
		out->choice = checklist_choice_word(item, s, strlen(s));
		if (out->choice < 0)
			*err = checklist_choices_error(item, MSG_CL_ANS_CHOICE);
		break;
	case CHECKLIST_MULTI:
		if (checklist_parse_multi(item, s, &out->mask) < 0)
			*err = checklist_choices_error(item, MSG_CL_ANS_MULTI);
		break;
	}
	if (*err == NULL)
		rc = checklist_check_answer(item, out, err);
	if (*err != NULL) {
		memset(out, 0, sizeof *out);
		rc = -1;
	}
done:
	free(s);
	return rc;
}

char *
checklist_format_answer(const struct checklist_item *item,
			const struct checklist_answer *ans)
{
	struct strbuf sb;
	int i;

	if (!ans->set)
		return xstrdup("");
	switch (item->kind) {
	case CHECKLIST_YESNO:
		return xstrdup(ans->yes ? "yes" : "no");
	case CHECKLIST_NUMBER:
		return checklist_number_text(item, ans->number);
	case CHECKLIST_CHOICE:
		if (ans->choice < 0 || ans->choice >= item->n_choices)
			return xstrdup("");
		return xstrdup(item->choices[ans->choice].code);
	case CHECKLIST_MULTI:
		strbuf_init(&sb);
		for (i = 0; i < item->n_choices; i++) {
			if (!(ans->mask & ((uint32_t)1 << i)))
				continue;
			if (sb.len > 0)
				strbuf_addc(&sb, ',');
			strbuf_adds(&sb, item->choices[i].code);
		}
		if (sb.len == 0)
			strbuf_addc(&sb, '-');
		return strbuf_detach(&sb);
	}
	return xstrdup("");
}

char *
checklist_answer_label(const struct checklist_item *item,
		       const struct checklist_answer *ans)
{
	struct strbuf sb;
	int i;

	if (!ans->set)
		return xstrdup("");
	switch (item->kind) {
	case CHECKLIST_YESNO:
		return xstrdup(tr(ans->yes ? MSG_YES : MSG_NO));
	case CHECKLIST_NUMBER:
		return xasprintf("%.*f %s", item->decimals, ans->number,
				 item->unit != NULL ? item->unit : "");
	case CHECKLIST_CHOICE:
		return xstrdup(checklist_choice_text(item, ans->choice));
	case CHECKLIST_MULTI:
		strbuf_init(&sb);
		for (i = 0; i < item->n_choices; i++) {
			if (!(ans->mask & ((uint32_t)1 << i)))
				continue;
			if (sb.len > 0)
				strbuf_adds(&sb, ", ");
			strbuf_adds(&sb, checklist_choice_text(item, i));
		}
		if (sb.len == 0)
			strbuf_adds(&sb, tr(MSG_CL_NONE_CHOSEN));
		return strbuf_detach(&sb);
	}
	return xstrdup("");
}

static char *
checklist_reason(const struct checklist_item *it,
		 const struct checklist_rule *r,
		 const struct checklist_answer *a)
{
	const char *name = it->reason[0] != NULL
				   ? checklist_lang_text(it->reason)
				   : checklist_item_text(it);
	char *label = checklist_answer_label(it, a);
	char *s;

	if (it->kind == CHECKLIST_NUMBER) {
		char *v = checklist_number_text(it, r->value);
		char *limit = xasprintf("%s %s", checklist_op_text[r->op], v);

		s = trf(MSG_CL_REASON_NUMBER, name, label, limit,
			it->unit != NULL ? it->unit : "");
		free(limit);
		free(v);
	} else {
		s = trf(MSG_CL_REASON, name, label);
	}
	free(label);
	return s;
}

enum checklist_level
checklist_outcome(const struct checklist_item *item,
		  const struct checklist_answer *ans, char **reason)
{
	const struct checklist_rule *r = NULL;
	enum checklist_level level;

	if (reason != NULL)
		*reason = NULL;
	if (!ans->set)
		return CHECKLIST_LEVEL_NONE;
	if (checklist_rule_fires(item, &item->refer, ans)) {
		r = &item->refer;
		level = CHECKLIST_LEVEL_REFER;
	} else if (checklist_rule_fires(item, &item->followup, ans)) {
		r = &item->followup;
		level = CHECKLIST_LEVEL_FOLLOWUP;
	} else {
		return CHECKLIST_LEVEL_INFO;
	}
	if (reason != NULL)
		*reason = checklist_reason(item, r, ans);
	return level;
}

enum iks_value
checklist_iks_value(const struct checklist_item *item,
		    const struct checklist_answer *ans)
{
	int v;

	if (item->iks < 0 || !ans->set)
		return IKS_VALUE_UNKNOWN;
	v = item->kind == CHECKLIST_YESNO ? (ans->yes != 0) : ans->choice;
	if (v == item->iks_one)
		return IKS_VALUE_1;
	if (item->iks_na >= 0 && v == item->iks_na)
		return IKS_VALUE_N;
	return IKS_VALUE_0;
}

/* ---- describe ---- */

/*
 * "12y..17y" when the ends fall on birthdays from 2 years on; young ages
 * in months ("6m..59m", "..59m", "12m..") as ILP.md writes them.
 */
static void
checklist_age_text(struct strbuf *sb, int lo, int hi)
{
	int years = lo >= 24 && lo % 12 == 0 && (hi < 0 || (hi + 1) % 12 == 0);

	if (lo >= 0)
		strbuf_addf(sb, years ? "%dy" : "%dm", years ? lo / 12 : lo);
	strbuf_adds(sb, "..");
	if (hi >= 0)
		strbuf_addf(sb, years ? "%dy" : "%dm",
			    years ? (hi + 1) / 12 - 1 : hi);
}

static void
checklist_describe_kind(struct strbuf *sb, const struct checklist_item *it)
{
	char *lo, *hi, *codes;

	strbuf_adds(sb, checklist_kind_codes[it->kind]);
	switch (it->kind) {
	case CHECKLIST_YESNO:
		break;
	case CHECKLIST_NUMBER:
		lo = checklist_number_text(it, it->min);
		hi = checklist_number_text(it, it->max);
		strbuf_addf(sb, " %s..%s %s", lo, hi, it->unit);
		free(lo);
		free(hi);
		break;
	case CHECKLIST_CHOICE:
	case CHECKLIST_MULTI:
		codes = checklist_choice_codes(it, "|");
		strbuf_addf(sb, ": %s", codes);
		free(codes);
		break;
	}
}

static void
checklist_describe_only(FILE *out, const struct checklist *cl,
			const struct checklist_item *it)
{
	struct strbuf sb;
	char *names;

	strbuf_init(&sb);
	if (it->stages != cl->stages) {
		names = checklist_stage_names(it->stages);
		strbuf_adds(&sb, names);
		free(names);
	}
	if (it->except_stages != cl->except_stages) {
		names = checklist_stage_names(it->except_stages);
		strbuf_addf(&sb, "%s-%s", sb.len ? "; " : "", names);
		free(names);
	}
	if (it->sex != 0)
		strbuf_addf(&sb, "%s%c", sb.len ? "; " : "", it->sex);
	if (it->age_min_months >= 0 || it->age_max_months >= 0) {
		if (sb.len)
			strbuf_adds(&sb, "; ");
		checklist_age_text(&sb, it->age_min_months, it->age_max_months);
	}
	if (sb.len > 0) {
		char *s = trf(MSG_CL_DESC_ONLY, sb.buf);

		fprintf(out, "%s\n", s);
		free(s);
	}
	strbuf_done(&sb);
}

static void
checklist_describe_item(FILE *out, const struct checklist *cl,
			const struct checklist_item *it)
{
	struct strbuf sb;
	char *s;

	strbuf_init(&sb);
	checklist_describe_kind(&sb, it);
	fprintf(out, "  %s (%s) %s\n", it->id, sb.buf, checklist_item_text(it));
	strbuf_done(&sb);
	checklist_describe_only(out, cl, it);
	if (it->refer.set) {
		s = trf(MSG_CL_DESC_RULE, tr(MSG_CL_LEVEL_REFER),
			it->refer.text);
		fprintf(out, "%s\n", s);
		free(s);
	}
	if (it->followup.set) {
		s = trf(MSG_CL_DESC_RULE, tr(MSG_CL_LEVEL_FOLLOWUP),
			it->followup.text);
		fprintf(out, "%s\n", s);
		free(s);
	}
	if (it->action != CHECKLIST_ACTION_NONE) {
		s = trf(MSG_CL_DESC_ACTION, checklist_action_code(it->action));
		fprintf(out, "%s\n", s);
		free(s);
	}
	if (it->iks >= 0) {
		const char *one = it->kind == CHECKLIST_YESNO
					  ? (it->iks_one ? "yes" : "no")
					  : it->choices[it->iks_one].code;

		s = trf(MSG_CL_DESC_IKS,
			iks_indicator_code((enum iks_indicator)it->iks), one);
		fprintf(out, "%s\n", s);
		free(s);
	}
}

void
checklist_describe(const struct checklist_set *set, FILE *out)
{
	size_t i, j;
	char *s, *names;

	for (i = 0; i < set->n; i++) {
		const struct checklist *cl = set->lists[i];

		s = trf(MSG_CL_DESC_LIST, checklist_title(cl), cl->code,
			cl->path, (int)cl->n_items);
		fprintf(out, "%s\n", s);
		free(s);
		if (cl->household) {
			fprintf(out, "%s\n", tr(MSG_CL_DESC_HOUSEHOLD));
		} else {
			names = checklist_stage_names(cl->stages);
			s = trf(MSG_CL_DESC_FOR, names);
			fprintf(out, "%s\n", s);
			free(s);
			free(names);
			if (cl->except_stages) {
				names = checklist_stage_names(
					cl->except_stages);
				s = trf(MSG_CL_DESC_EXCEPT, names);
				fprintf(out, "%s\n", s);
				free(s);
				free(names);
			}
		}
		for (j = 0; j < cl->n_items; j++)
			checklist_describe_item(out, cl, &cl->items[j]);
	}
}
