/*
 * config: the option table, the search for ilp.ini and the only use of
 * iniparser in the program. A bad value is an error that names the file,
 * the [section] and key, and what is allowed; an unknown key is a warning.
 */
#include "config.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <iniparser/dictionary.h>
#include <iniparser/iniparser.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/checklist.h"
#include "core/inidoc.h"
#include "core/schedule.h"
#include "core/screening.h"

#ifndef ILP_SOURCE_CONFIG_DIR
#define ILP_SOURCE_CONFIG_DIR "config"
#endif
#ifndef ILP_SYSCONFDIR
#define ILP_SYSCONFDIR "/etc/ilp"
#endif

#define CONFIG_MAX_BYTES (1024 * 1024)

enum config_type { CONFIG_INT, CONFIG_STRING, CONFIG_CHOICE };

typedef int (*config_check_fn)(const char *value);

struct config_option {
	const char *section;
	const char *key;
	enum config_type type;
	size_t offset;
	const char *def;
	long min;
	long max;
	const char *const *choices;
	config_check_fn check; /* extra rule for strings; NULL = any */
	enum msg_id allowed;   /* describes the rule of check */
	enum msg_id help;
};

static const char *const config_bool_choices[] = {"no", "yes", NULL};
static const char *const config_lang_choices[] = {"id", "en", NULL};
static const char *const config_theme_choices[] = {"auto", "color", "mono",
						   NULL};
static const char *const config_lines_choices[] = {"auto", "unicode", "ascii",
						   NULL};

static int config_check_path(const char *v);
static int config_check_code(const char *v);

#define OFF(f) offsetof(struct settings, f)

static const struct config_option config_table[] = {
	{"database", "path", CONFIG_STRING, OFF(db_path), "/var/lib/ilp/ilp.db",
	 0, 0, NULL, config_check_path, MSG_CFG_ALLOWED_PATH, MSG_OPT_DB_PATH},
	{"database", "busy_timeout_ms", CONFIG_INT, OFF(busy_timeout_ms),
	 "5000", 1000, 60000, NULL, NULL, 0, MSG_OPT_BUSY_TIMEOUT},
	{"database", "group_access", CONFIG_CHOICE, OFF(group_access), "no", 0,
	 0, config_bool_choices, NULL, 0, MSG_OPT_GROUP_ACCESS},
	{"app", "posyandu", CONFIG_STRING, OFF(posyandu), "", 0, 0, NULL,
	 config_check_code, MSG_CFG_ALLOWED_CODE, MSG_OPT_POSYANDU},
	{"app", "language", CONFIG_CHOICE, OFF(lang), "id", 0, 0,
	 config_lang_choices, NULL, 0, MSG_OPT_LANGUAGE},
	{"app", "theme", CONFIG_CHOICE, OFF(theme), "auto", 0, 0,
	 config_theme_choices, NULL, 0, MSG_OPT_THEME},
	{"app", "line_drawing", CONFIG_CHOICE, OFF(line_drawing), "auto", 0, 0,
	 config_lines_choices, NULL, 0, MSG_OPT_LINE_DRAWING},
	{"app", "escdelay_ms", CONFIG_INT, OFF(escdelay_ms), "100", 10, 1000,
	 NULL, NULL, 0, MSG_OPT_ESCDELAY},
	{"security", "min_password_length", CONFIG_INT,
	 OFF(min_password_length), "8", 6, 64, NULL, NULL, 0,
	 MSG_OPT_MIN_PASSWORD},
	{"security", "max_failed_logins", CONFIG_INT, OFF(max_failed_logins),
	 "5", 3, 100, NULL, NULL, 0, MSG_OPT_MAX_FAILED},
	{"security", "lockout_minutes", CONFIG_INT, OFF(lockout_minutes), "15",
	 1, 1440, NULL, NULL, 0, MSG_OPT_LOCKOUT_MINUTES},
	{"security", "login_delay_seconds", CONFIG_INT,
	 OFF(login_delay_seconds), "1", 0, 10, NULL, NULL, 0,
	 MSG_OPT_LOGIN_DELAY},
	{"security", "pwhash_memory_mib", CONFIG_INT, OFF(pwhash_memory_mib),
	 "64", 19, 1024, NULL, NULL, 0, MSG_OPT_PWHASH_MEMORY},
	{"security", "pwhash_ops", CONFIG_INT, OFF(pwhash_ops), "2", 2, 10,
	 NULL, NULL, 0, MSG_OPT_PWHASH_OPS},
	{"imunisasi", "kader_may_record", CONFIG_CHOICE, OFF(kader_may_record),
	 "no", 0, 0, config_bool_choices, NULL, 0, MSG_OPT_KADER_MAY_RECORD},
};

#undef OFF

static int
config_check_path(const char *v)
{
	return v[0] != '\0' ? 0 : -1;
}

static int
config_check_code(const char *v)
{
	size_t i;

	for (i = 0; v[i] != '\0'; i++)
		if (!isalnum((unsigned char)v[i]) && v[i] != '-' && v[i] != '_')
			return -1;
	return i <= 32 ? 0 : -1;
}

static int *
config_int_field(struct settings *s, const struct config_option *o)
{
	return (int *)(void *)((char *)s + o->offset);
}

static char **
config_str_field(struct settings *s, const struct config_option *o)
{
	return (char **)(void *)((char *)s + o->offset);
}

static int
config_choice_index(const char *const *choices, const char *v)
{
	int i;

	for (i = 0; choices[i] != NULL; i++)
		if (str_eq_ci(choices[i], v))
			return i;
	return -1;
}

static char *
config_choice_list(const char *const *choices)
{
	struct strbuf sb;
	int i;

	strbuf_init(&sb);
	for (i = 0; choices[i] != NULL; i++) {
		if (i > 0)
			strbuf_adds(&sb, ", ");
		strbuf_adds(&sb, choices[i]);
	}
	return strbuf_detach(&sb);
}

/* Sets one option from text; on error returns an allocated description
 * of what is allowed. */
static int
config_apply(struct settings *s, const struct config_option *o,
	     const char *value, char **allowed)
{
	long v;
	int idx;

	*allowed = NULL;
	switch (o->type) {
	case CONFIG_INT:
		if (parse_long(value, o->min, o->max, &v) < 0) {
			*allowed = trf(MSG_CFG_ALLOWED_RANGE, o->min, o->max);
			return -1;
		}
		*config_int_field(s, o) = (int)v;
		return 0;
	case CONFIG_CHOICE:
		idx = config_choice_index(o->choices, value);
		if (idx < 0) {
			char *list = config_choice_list(o->choices);

			*allowed = trf(MSG_CFG_ALLOWED_CHOICES, list);
			free(list);
			return -1;
		}
		*config_int_field(s, o) = idx;
		return 0;
	case CONFIG_STRING:
		if (o->check != NULL && o->check(value) < 0) {
			*allowed = xstrdup(tr(o->allowed));
			return -1;
		}
		free(*config_str_field(s, o));
		*config_str_field(s, o) = xstrdup(value);
		return 0;
	}
	return -1;
}

void
config_defaults(struct settings *s)
{
	size_t i;
	char *allowed;

	memset(s, 0, sizeof *s);
	for (i = 0; i < ILP_ARRAY_LEN(config_table); i++) {
		if (config_apply(s, &config_table[i], config_table[i].def,
				 &allowed) < 0)
			die("bad default for %s:%s", config_table[i].section,
			    config_table[i].key);
	}
}

void
config_free(struct settings *s)
{
	size_t i;

	for (i = 0; i < ILP_ARRAY_LEN(config_table); i++) {
		if (config_table[i].type == CONFIG_STRING) {
			free(*config_str_field(s, &config_table[i]));
			*config_str_field(s, &config_table[i]) = NULL;
		}
	}
	config_free_data(s);
	free(s->config_file);
	free(s->config_dir);
	s->config_file = s->config_dir = NULL;
}

static const struct config_option *
config_find(const char *section, const char *key)
{
	size_t i;

	for (i = 0; i < ILP_ARRAY_LEN(config_table); i++)
		if (strcmp(config_table[i].section, section) == 0 &&
		    strcmp(config_table[i].key, key) == 0)
			return &config_table[i];
	return NULL;
}

static int
config_known_section(const char *section)
{
	size_t i;

	for (i = 0; i < ILP_ARRAY_LEN(config_table); i++)
		if (strcmp(config_table[i].section, section) == 0)
			return 1;
	return 0;
}

/* iniparser reports through a printf-like callback with no user data. */
static char config_ini_error[512];

static int
config_ini_errback(const char *fmt, ...)
{
	va_list ap;
	size_t len;
	char *p;

	if (config_ini_error[0] != '\0')
		return 0; /* keep the first problem */
	va_start(ap, fmt);
	vsnprintf(config_ini_error, sizeof config_ini_error, fmt, ap);
	va_end(ap);
	for (p = config_ini_error; *p != '\0'; p++)
		if (*p == '\n' || *p == '\t')
			*p = ' ';
	len = strlen(config_ini_error);
	while (len > 0 && config_ini_error[len - 1] == ' ')
		config_ini_error[--len] = '\0';
	return 0;
}

/*
 * iniparser accepts anything that reads as lines; refuse binary files
 * and oversized files before it sees them.
 */
static int
config_check_text(const char *path, char **cause)
{
	FILE *f;
	struct stat st;
	unsigned char buf[4096];
	size_t n, i;

	f = fopen(path, "rb");
	if (f == NULL) {
		*cause = trf(MSG_CFG_CANNOT_READ, path, strerror(errno));
		return -1;
	}
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		*cause = trf(MSG_CFG_CANNOT_READ, path, strerror(EISDIR));
		return -1;
	}
	if (fstat(fileno(f), &st) == 0 && st.st_size > CONFIG_MAX_BYTES) {
		fclose(f);
		*cause = trf(MSG_CFG_TOO_BIG, path);
		return -1;
	}
	while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
		for (i = 0; i < n; i++) {
			if (buf[i] == 0 || (buf[i] < 0x20 && buf[i] != '\n' &&
					    buf[i] != '\r' && buf[i] != '\t')) {
				fclose(f);
				*cause = trf(MSG_CFG_NOT_TEXT, path);
				return -1;
			}
		}
	}
	if (ferror(f)) {
		*cause = trf(MSG_CFG_CANNOT_READ, path, strerror(errno));
		fclose(f);
		return -1;
	}
	fclose(f);
	return 0;
}

/* A section or key as iniparser stores it: trimmed and lower case. */
static char *
config_ini_name(const char *start, size_t len)
{
	char *name = xstrndup(start, len);
	size_t i;

	str_trim(name);
	for (i = 0; name[i] != '\0'; i++)
		name[i] = (char)tolower((unsigned char)name[i]);
	return name;
}

/*
 * iniparser keeps the last of two lines that set the same key, silently;
 * which one the writer meant is anyone's guess, so a key given twice in
 * one section is refused, naming both lines. Comment lines (';', '#')
 * and continuation lines are skipped; iniparser reports the rest.
 */
static int
config_check_duplicates(const char *path, char **cause)
{
	FILE *f = fopen(path, "r");
	struct strlist seen; /* "section\nkey" */
	long *lines = NULL, lineno = 0;
	char *line = NULL, *sec = xstrdup(""), *p, *eq;
	size_t cap = 0, i;
	int cont = 0, rc = 0;

	if (f == NULL)
		return 0; /* config_check_text has said why */
	strlist_init(&seen);
	while (rc == 0 && getline(&line, &cap, f) >= 0) {
		size_t len = strlen(line);
		int was_cont = cont;

		lineno++;
		while (len > 0 &&
		       (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		cont = len > 0 && line[len - 1] == '\\';
		for (p = line; *p == ' ' || *p == '\t'; p++)
			;
		if (was_cont || *p == '\0' || *p == ';' || *p == '#')
			continue;
		if (*p == '[') {
			char *end = strchr(p, ']');

			if (end != NULL) {
				free(sec);
				sec = config_ini_name(p + 1,
						      (size_t)(end - p - 1));
			}
			continue;
		}
		if ((eq = strchr(p, '=')) == NULL)
			continue;
		{
			char *key = config_ini_name(p, (size_t)(eq - p));
			char *sk = xasprintf("%s\n%s", sec, key);

			for (i = 0; i < seen.n; i++)
				if (strcmp(seen.v[i], sk) == 0)
					break;
			if (i < seen.n) {
				*cause = trf(MSG_CFG_DUPLICATE, path, sec, key,
					     lines[i], lineno);
				rc = -1;
			} else {
				lines = xrealloc(lines,
						 (seen.n + 1) * sizeof *lines);
				lines[seen.n] = lineno;
				strlist_add(&seen, sk);
			}
			free(sk);
			free(key);
		}
	}
	free(line);
	free(sec);
	free(lines);
	strlist_done(&seen);
	fclose(f);
	return rc;
}

struct inidoc *
config_read_inidoc(const char *path, char **cause)
{
	dictionary *d;
	struct inidoc *doc;
	struct inidoc_section *sec;
	ssize_t i;

	*cause = NULL;
	if (config_check_text(path, cause) < 0 ||
	    config_check_duplicates(path, cause) < 0)
		return NULL;
	config_ini_error[0] = '\0';
	iniparser_set_error_callback(config_ini_errback);
	d = iniparser_load(path);
	iniparser_set_error_callback(NULL);
	if (d == NULL) {
		*cause = trf(MSG_CFG_SYNTAX, path, config_ini_error);
		return NULL;
	}
	doc = inidoc_new(path);
	/* Entries are kept in file order; "sec" is a section, "sec:key" a
	 * key (a key outside any section is ":key"). */
	for (i = 0; i < d->size; i++) {
		const char *k = d->key[i];
		const char *colon;
		char *secname;

		if (k == NULL)
			continue;
		colon = strchr(k, ':');
		if (colon == NULL) {
			inidoc_section(doc, k);
			continue;
		}
		secname = xstrndup(k, (size_t)(colon - k));
		sec = inidoc_section(doc, secname);
		inidoc_set(sec, colon + 1, d->val[i] != NULL ? d->val[i] : "");
		free(secname);
	}
	iniparser_freedict(d);
	return doc;
}

int
config_load_file(struct settings *s, const char *path, struct strlist *errors,
		 struct strlist *warnings)
{
	struct inidoc *doc;
	char *cause;
	size_t i, j;
	int rc = 0;

	doc = config_read_inidoc(path, &cause);
	if (doc == NULL) {
		strlist_take(errors, cause);
		return -1;
	}
	for (i = 0; i < doc->n; i++) {
		const struct inidoc_section *sec = &doc->sections[i];

		if (sec->name[0] == '\0') {
			for (j = 0; j < sec->n; j++)
				strlist_take(warnings,
					     trf(MSG_CFG_KEY_NO_SECTION, path,
						 sec->entries[j].key));
			continue;
		}
		if (!config_known_section(sec->name)) {
			strlist_take(warnings, trf(MSG_CFG_UNKNOWN_SECTION,
						   path, sec->name));
			continue;
		}
		for (j = 0; j < sec->n; j++) {
			const struct config_option *o;
			const char *key = sec->entries[j].key;
			const char *value = sec->entries[j].value;
			char *allowed;

			o = config_find(sec->name, key);
			if (o == NULL) {
				strlist_take(warnings,
					     trf(MSG_CFG_UNKNOWN_KEY, path,
						 sec->name, key));
				continue;
			}
			if (config_apply(s, o, value, &allowed) < 0) {
				strlist_take(errors, trf(MSG_CFG_BAD_VALUE,
							 path, sec->name, key,
							 value, allowed));
				free(allowed);
				rc = -1;
			}
		}
	}
	inidoc_free(doc);
	return rc;
}

static int
config_exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

char *
config_data_path(const struct settings *s, const char *name)
{
	char *p;

	if (s->config_dir != NULL) {
		p = xasprintf("%s/%s", s->config_dir, name);
		if (config_exists(p))
			return p;
		free(p);
	}
	p = xasprintf("%s/%s", ILP_SYSCONFDIR, name);
	if (config_exists(p))
		return p;
	free(p);
	return xasprintf("%s/%s", ILP_SOURCE_CONFIG_DIR, name);
}

static char *
config_dirname(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

/* Finds ilp.ini; returns an allocated path, or NULL when none exists. */
static char *
config_search(const char *explicit_path, enum config_source *src)
{
	const char *env = getenv("ILP_CONFIG");
	const char *xdg = getenv("XDG_CONFIG_HOME");
	const char *home = getenv("HOME");
	char *p;

	if (explicit_path != NULL) {
		*src = CONFIG_SRC_OPTION;
		return xstrdup(explicit_path);
	}
	if (!str_empty(env)) {
		*src = CONFIG_SRC_ENV;
		return xstrdup(env);
	}
	if (!str_empty(xdg))
		p = xasprintf("%s/ilp/ilp.ini", xdg);
	else if (!str_empty(home))
		p = xasprintf("%s/.config/ilp/ilp.ini", home);
	else
		p = NULL;
	if (p != NULL && config_exists(p)) {
		*src = CONFIG_SRC_XDG;
		return p;
	}
	free(p);
	p = xstrdup(ILP_SYSCONFDIR "/ilp.ini");
	if (config_exists(p)) {
		*src = CONFIG_SRC_ETC;
		return p;
	}
	free(p);
	p = xstrdup(ILP_SOURCE_CONFIG_DIR "/ilp.ini");
	if (config_exists(p)) {
		*src = CONFIG_SRC_SOURCE;
		return p;
	}
	free(p);
	*src = CONFIG_SRC_NONE;
	return NULL;
}

/* The language decides the messages, so it is read before the rest. */
static void
config_pick_language(const char *path, int lang_override)
{
	enum i18n_lang lang = I18N_ID;
	struct inidoc *doc;
	char *cause = NULL;
	const char *v;

	if (lang_override >= 0) {
		i18n_set_lang((enum i18n_lang)lang_override);
		return;
	}
	if (path != NULL) {
		doc = config_read_inidoc(path, &cause);
		free(cause);
		if (doc != NULL) {
			v = inidoc_get(inidoc_find(doc, "app"), "language");
			if (v != NULL)
				(void)i18n_parse_lang(v, &lang);
			inidoc_free(doc);
		}
	}
	i18n_set_lang(lang);
}

int
config_load(struct settings *s, const char *explicit_path, int lang_override,
	    struct strlist *errors, struct strlist *warnings,
	    enum config_source *src)
{
	char *path;
	enum config_source where;
	int rc;

	config_defaults(s);
	path = config_search(explicit_path, &where);
	if (src != NULL)
		*src = where;
	config_pick_language(path, lang_override);
	if (path == NULL) {
		s->config_dir = xstrdup(ILP_SOURCE_CONFIG_DIR);
		return 0;
	}
	s->config_file = path;
	s->config_dir = config_dirname(path);
	rc = config_load_file(s, path, errors, warnings);
	if (lang_override >= 0)
		s->lang = lang_override;
	return rc;
}

const char *
config_source_name(enum config_source src)
{
	switch (src) {
	case CONFIG_SRC_OPTION:
		return "--config";
	case CONFIG_SRC_ENV:
		return "$ILP_CONFIG";
	case CONFIG_SRC_XDG:
		return "$XDG_CONFIG_HOME";
	case CONFIG_SRC_ETC:
		return ILP_SYSCONFDIR;
	case CONFIG_SRC_SOURCE:
		return ILP_SOURCE_CONFIG_DIR;
	case CONFIG_SRC_NONE:
		break;
	}
	return "-";
}

static char *
config_value_text(const struct settings *s, const struct config_option *o)
{
	const char *base = (const char *)s + o->offset;
	int iv;
	const char *sv;

	switch (o->type) {
	case CONFIG_INT:
		memcpy(&iv, base, sizeof iv);
		return xasprintf("%d", iv);
	case CONFIG_CHOICE:
		memcpy(&iv, base, sizeof iv);
		return xstrdup(o->choices[iv]);
	case CONFIG_STRING:
		memcpy(&sv, base, sizeof sv);
		return xstrdup(sv != NULL ? sv : "");
	}
	return xstrdup("");
}

void
config_describe(const struct settings *s, FILE *out)
{
	size_t i;
	struct settings defaults;

	config_defaults(&defaults);
	for (i = 0; i < ILP_ARRAY_LEN(config_table); i++) {
		const struct config_option *o = &config_table[i];
		char *v = config_value_text(s, o);
		char *d = config_value_text(&defaults, o);

		fprintf(out, "  [%s] %s = %s%s\n", o->section, o->key, v,
			strcmp(v, d) == 0 ? tr(MSG_CFG_IS_DEFAULT) : "");
		free(v);
		free(d);
	}
	config_free(&defaults);
}

void
config_write_reference(FILE *out)
{
	size_t i;
	const char *section = "";

	for (i = 0; i < ILP_ARRAY_LEN(config_table); i++) {
		const struct config_option *o = &config_table[i];
		char *allowed;

		if (strcmp(section, o->section) != 0) {
			fprintf(out, "[%s]\n", o->section);
			section = o->section;
		}
		switch (o->type) {
		case CONFIG_INT:
			allowed = trf(MSG_CFG_ALLOWED_RANGE, o->min, o->max);
			break;
		case CONFIG_CHOICE: {
			char *list = config_choice_list(o->choices);

			allowed = trf(MSG_CFG_ALLOWED_CHOICES, list);
			free(list);
			break;
		}
		default:
			allowed =
				xstrdup(o->check != NULL ? tr(o->allowed) : "");
			break;
		}
		fprintf(out, "  %-22s %s (%s: %s; %s)\n", o->key, tr(o->help),
			tr(MSG_CFG_DEFAULT_WORD), o->def, allowed);
		free(allowed);
	}
}

/* ---- data files: schedule, screening thresholds, checklists ---------- */

static long
config_error_count(const struct strlist *errors, size_t before)
{
	return (long)(errors->n - before);
}

/* Reads path and hands it to a core loader; failures append to errors. */
static struct inidoc *
config_data_doc(const char *path, struct strlist *errors)
{
	char *cause = NULL;
	struct inidoc *doc = config_read_inidoc(path, &cause);

	if (doc == NULL)
		strlist_take(errors, cause);
	return doc;
}

static int
config_name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The checklist files in dir, sorted, as allocated paths. */
static void
config_checklist_files(const char *dir, struct strlist *out)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t len;

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		len = strlen(e->d_name);
		if (len > 4 && e->d_name[0] != '.' &&
		    strcmp(e->d_name + len - 4, ".ini") == 0)
			strlist_addf(out, "%s/%s", dir, e->d_name);
	}
	closedir(d);
	if (out->n > 1)
		qsort(out->v, out->n, sizeof *out->v, config_name_cmp);
}

long
config_load_data(struct settings *s, struct strlist *errors)
{
	size_t before = errors->n, i;
	struct inidoc *doc;
	struct strlist files;
	char *path, *dir;

	config_free_data(s);
	path = config_data_path(s, "imunisasi.ini");
	doc = config_data_doc(path, errors);
	if (doc != NULL && schedule_load(doc, &s->schedule, errors) < 0)
		s->schedule = NULL;
	inidoc_free(doc);
	free(path);

	path = config_data_path(s, "skrining.ini");
	doc = config_data_doc(path, errors);
	if (doc != NULL && screening_load(doc, &s->screening, errors) < 0)
		s->screening = NULL;
	inidoc_free(doc);
	free(path);

	s->checklists = checklist_new();
	dir = config_data_path(s, "checklists");
	strlist_init(&files);
	config_checklist_files(dir, &files);
	if (files.n == 0)
		strlist_take(errors, trf(MSG_CFG_NO_CHECKLISTS, dir));
	for (i = 0; i < files.n; i++) {
		doc = config_data_doc(files.v[i], errors);
		if (doc != NULL)
			(void)checklist_load(s->checklists, doc, errors);
		inidoc_free(doc);
	}
	strlist_done(&files);
	free(dir);
	return config_error_count(errors, before);
}

void
config_free_data(struct settings *s)
{
	schedule_free(s->schedule);
	screening_config_free(s->screening);
	checklist_free(s->checklists);
	s->schedule = NULL;
	s->screening = NULL;
	s->checklists = NULL;
}

long
config_check_data(struct settings *s, FILE *out, struct strlist *errors)
{
	long n = config_load_data(s, errors);

	if (out == NULL)
		return n;
	if (s->schedule != NULL) {
		fprintf(out, "%s\n", tr(MSG_CFG_DATA_SCHEDULE));
		schedule_describe(s->schedule, out);
	}
	if (s->screening != NULL) {
		fprintf(out, "%s\n", tr(MSG_CFG_DATA_SCREENING));
		screening_describe(s->screening, out);
	}
	if (s->checklists != NULL) {
		fprintf(out, "%s\n", tr(MSG_CFG_DATA_CHECKLISTS));
		checklist_describe(s->checklists, out);
	}
	return n;
}
