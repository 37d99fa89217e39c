/*
 * checklist: the home-visit checklists of ILP.md §4 as data. The files
 * config/checklists/<stage>.ini arrive here as struct inidoc (read by
 * config.c); this module validates them, says which items apply to a
 * member, parses, checks and formats answers, and turns an answer into an
 * outcome: rujuk (refer), tindak lanjut (follow-up by the kader) or
 * information only. No checklist wording lives in C: every item, choice
 * and reason text comes from the files, in both languages.
 *
 * Pure C: no curses, no SQL, no iniparser, no file reading, no clock.
 * The INI format is described in the header comment of every shipped file
 * (config/checklists/hamil.ini is the fullest example).
 */
#ifndef ILP_CORE_CHECKLIST_H
#define ILP_CORE_CHECKLIST_H

#include <stdint.h>
#include <stdio.h>

#include "core/iks.h"
#include "util.h"

struct inidoc;

enum checklist_kind {
	CHECKLIST_YESNO,  /* ya / tidak */
	CHECKLIST_NUMBER, /* a number with a unit in a plausible range */
	CHECKLIST_CHOICE, /* exactly one of the choices */
	CHECKLIST_MULTI   /* any number of the choices (danger signs) */
};

/*
 * What an answer calls for, in increasing order, so the worst of several
 * answers is the largest. NONE: not answered. INFO: answered, nothing to
 * do (information only). FOLLOWUP: tindak lanjut by the kader. REFER:
 * rujuk to Pustu/Puskesmas now.
 */
enum checklist_level {
	CHECKLIST_LEVEL_NONE,
	CHECKLIST_LEVEL_INFO,
	CHECKLIST_LEVEL_FOLLOWUP,
	CHECKLIST_LEVEL_REFER
};

/*
 * Something the UI offers beside an item ("do SKILAS now"), when the
 * item's outcome is FOLLOWUP or REFER (a file may only set an action on an
 * item with a rule).
 */
enum checklist_action {
	CHECKLIST_ACTION_NONE,
	CHECKLIST_ACTION_SKILAS, /* open the SKILAS screening for the member */
	CHECKLIST_ACTION_AKS     /* open the AKS (Barthel) screening */
};

#define CHECKLIST_MAX_CHOICES 32
#define CHECKLIST_MAX_TEXT 200 /* characters in one text */
#define CHECKLIST_MAX_CODE 32  /* characters in a code */

enum checklist_op { CHECKLIST_LT, CHECKLIST_LE, CHECKLIST_GT, CHECKLIST_GE };

/*
 * One outcome rule (refer_if or followup_if), parsed. A rule that is not
 * set never fires. yesno: fires when the answer is ya (yes 1) or tidak
 * (yes 0) as the rule says. number: fires when answer <op> value. choice: fires
 * when the chosen index is in any_of. multi: fires when a chosen choice is in
 * any_of, or when at least min_count choices are chosen (min_count 0 = unused).
 */
struct checklist_rule {
	int set;
	int yes;
	enum checklist_op op;
	double value;
	uint32_t any_of;
	int min_count;
	char *text; /* the rule as written in the file */
};

struct checklist_choice {
	char *code;
	char *text[2]; /* indexed by enum i18n_lang */
};

struct checklist_item {
	char *id;      /* the section name; stable: answers are stored by it */
	char *text[2]; /* indexed by enum i18n_lang */
	char *help[2]; /* NULL when absent */
	char *reason[2]; /* the finding's name in reasons; NULL = use text */
	enum checklist_kind kind;

	/* number */
	char *unit;
	double min, max;
	int decimals; /* digits allowed after the decimal point */

	/* choice and multi */
	struct checklist_choice *choices;
	int n_choices;
	uint32_t exclusive; /* multi: at most one of these may be chosen */

	/* who it applies to (ignored for household items) */
	int household;
	unsigned stages;        /* enum lifestage bits; any of them */
	unsigned except_stages; /* none of them */
	char sex;               /* 0 = both, 'L' or 'P' */
	int age_min_months;     /* -1 = no lower bound */
	int age_max_months;     /* -1 = no upper bound; inclusive */

	struct checklist_rule refer;
	struct checklist_rule followup;
	enum checklist_action action;

	/* The family health index indicator this answer feeds (household
	 * items), or -1; iks_one and iks_na are the answers (yes flag or
	 * choice index) that make it 1 and N; iks_na -1 = none. */
	int iks;
	int iks_one;
	int iks_na;
};

/* One file: the checklist of a life stage, or of the household. */
struct checklist {
	char *code; /* [checklist] code: the file's stage, e.g. "hamil" */
	char *path;
	char *title[2];
	int household;
	int order;
	unsigned stages;
	unsigned except_stages;
	struct checklist_item *items;
	size_t n_items;
};

/* Every loaded checklist, sorted by order then code. */
struct checklist_set {
	struct checklist **lists;
	size_t n;
	size_t cap;
};

/*
 * An answer to one item. set 0 = not answered (the kader skipped it).
 * yesno uses yes (1 ya, 0 tidak); number uses number; choice uses choice
 * (an index into item->choices); multi uses mask (bit i = choices[i]).
 */
struct checklist_answer {
	int set;
	int yes;
	double number;
	int choice;
	uint32_t mask;
};

/* An empty set; free with checklist_free(). Never NULL. */
struct checklist_set *checklist_new(void);
/* Frees the set, its checklists and items; NULL is fine. */
void checklist_free(struct checklist_set *set);

/*
 * Validates one checklist file and adds it to set. Every problem is
 * appended to errors as a full sentence naming the file, [section], key,
 * the value and what is allowed; all problems are collected, not just
 * the first. Item ids must be unique across the whole set. Returns 0, or
 * -1 when the file has an error (it is then not added; set is unchanged).
 */
int checklist_load(struct checklist_set *set, const struct inidoc *doc,
		   struct strlist *errors);

/* Writes each checklist with its items, kinds, who they apply to, rules
 * and actions, in the current language (for `ilp config check`). */
void checklist_describe(const struct checklist_set *set, FILE *out);

/* NULL when absent; borrowed from set. */
const struct checklist *checklist_find(const struct checklist_set *set,
				       const char *code);
const struct checklist_item *
checklist_find_item(const struct checklist_set *set, const char *id);

/*
 * 1 when the item is asked of a member with these enum lifestage bits,
 * sex ('L', 'P'; anything else = unknown) and age in completed months
 * (date_age_months). Household items always apply. When the sex or age
 * is unknown (age < 0) an item restricted by it is shown: asking once
 * too often is safer than missing a danger sign.
 */
int checklist_applies(const struct checklist_item *item, unsigned stages,
		      char sex, int age_months);

/* Texts in the current language (borrowed; help may be NULL). */
const char *checklist_title(const struct checklist *list);
const char *checklist_item_text(const struct checklist_item *item);
const char *checklist_item_help(const struct checklist_item *item);
const char *checklist_choice_text(const struct checklist_item *item, int i);
/* The kind's code ("yesno") and a level's name ("rujuk"); static. */
const char *checklist_kind_code(enum checklist_kind kind);
const char *checklist_level_name(enum checklist_level level);
/* The action's code ("skilas"), NULL for CHECKLIST_ACTION_NONE. */
const char *checklist_action_code(enum checklist_action action);

/*
 * Parses typed or stored text into an answer. Blank text is "not
 * answered" (set 0). yesno: ya/y/yes/1 or tidak/t/no/n/0. number: a
 * decimal (comma or point) in [min, max] with at most `decimals` digits
 * after the point. choice: a code or its 1-based number. multi: codes or
 * numbers separated by commas or blanks, or "-" for none chosen. Returns
 * 0, or -1 and an allocated message (what is allowed) in *err.
 */
int checklist_parse_answer(const struct checklist_item *item, const char *text,
			   struct checklist_answer *out, char **err);
/*
 * Checks an answer built by a form (range, decimals, choice index,
 * exclusive choices). Returns 0, or -1 and an allocated message.
 */
int checklist_check_answer(const struct checklist_item *item,
			   const struct checklist_answer *ans, char **err);
/*
 * The canonical stored text of an answer, which checklist_parse_answer()
 * reads back: "yes"/"no", the number with the item's decimals, a choice
 * code, multi codes joined by "," or "-" for none; "" when not answered.
 * Allocated; the caller frees it.
 */
char *checklist_format_answer(const struct checklist_item *item,
			      const struct checklist_answer *ans);
/* The answer for people, in the current language ("22.0 cm", "ya",
 * "Demam, Kejang"). Allocated; the caller frees it. */
char *checklist_answer_label(const struct checklist_item *item,
			     const struct checklist_answer *ans);

/*
 * What an answer calls for: REFER when refer_if fires, else FOLLOWUP when
 * followup_if fires, else INFO; NONE when not answered. When reason is
 * not NULL, *reason gets an allocated text for FOLLOWUP and REFER (the
 * finding and the answer, "LiLA: 22.0 cm (< 23.5 cm)") and NULL
 * otherwise. The answer must have passed checklist_check_answer().
 */
enum checklist_level checklist_outcome(const struct checklist_item *item,
				       const struct checklist_answer *ans,
				       char **reason);

/*
 * The family health index value an answer gives the item's indicator
 * (item->iks): IKS_VALUE_1 for the iks_one_if answer, IKS_VALUE_N for the
 * iks_n_if answer, IKS_VALUE_0 for any other, IKS_VALUE_UNKNOWN when not
 * answered or the item feeds no indicator.
 */
enum iks_value checklist_iks_value(const struct checklist_item *item,
				   const struct checklist_answer *ans);

#endif
