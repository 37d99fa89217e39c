/*
 * config: finds and reads the INI files (DESIGN.md §2) into a typed
 * struct settings through one option table. This module is the only user
 * of iniparser; nothing else sees a dictionary. It prints nothing: errors
 * and warnings are returned as text for main.c to show before curses.
 */
#ifndef ILP_CONFIG_H
#define ILP_CONFIG_H

#include <stdio.h>

#include "core/i18n.h"
#include "util.h"

struct inidoc;
struct schedule;
struct screening_config;
struct checklist_set;

enum config_theme { CONFIG_THEME_AUTO, CONFIG_THEME_COLOR, CONFIG_THEME_MONO };
enum config_lines {
	CONFIG_LINES_AUTO,
	CONFIG_LINES_UNICODE,
	CONFIG_LINES_ASCII
};

struct settings {
	char *config_file; /* the ilp.ini in use, NULL when none was found */
	char *config_dir;  /* where imunisasi.ini etc. are looked for */

	/* [database] */
	char *db_path;
	int busy_timeout_ms;
	int group_access; /* 1: files 0660 for a shared group, else 0600 */

	/* [app] */
	char *posyandu; /* posyandu code of this laptop; "" = all */
	int lang;       /* enum i18n_lang */
	int theme;      /* enum config_theme */
	int line_drawing;
	int escdelay_ms;

	/* [security] */
	int min_password_length;
	int max_failed_logins;
	int lockout_minutes;
	int login_delay_seconds;
	int pwhash_memory_mib;
	int pwhash_ops;

	/* [imunisasi] */
	int kader_may_record; /* 1: kader record doses (issue 4) */

	/* The data files beside ilp.ini, after config_load_data(). */
	struct schedule *schedule;
	struct screening_config *screening;
	struct checklist_set *checklists;
};

/* Where the configuration was found, for messages and `config check`. */
enum config_source {
	CONFIG_SRC_NONE,
	CONFIG_SRC_OPTION, /* --config */
	CONFIG_SRC_ENV,    /* $ILP_CONFIG */
	CONFIG_SRC_XDG,
	CONFIG_SRC_ETC,
	CONFIG_SRC_SOURCE /* the source tree's config/ */
};

/* Fills s with every option's default. */
void config_defaults(struct settings *s);
void config_free(struct settings *s);

/*
 * Finds ilp.ini (explicit path, $ILP_CONFIG, $XDG_CONFIG_HOME/ilp,
 * /etc/ilp, the source tree) and loads it over the defaults. lang_override
 * is -1, or the --lang choice, which also decides the language of the
 * messages. Errors and warnings are appended as full sentences naming
 * file, [section] and key. Returns 0 when there is no error, else -1.
 * When no file exists the defaults are used and 0 is returned.
 */
int config_load(struct settings *s, const char *explicit_path,
		int lang_override, struct strlist *errors,
		struct strlist *warnings, enum config_source *src);

/* Loads one ilp.ini file over s; the same contract as config_load(). */
int config_load_file(struct settings *s, const char *path,
		     struct strlist *errors, struct strlist *warnings);

/*
 * Reads any INI file into a neutral struct inidoc (sections and keys in
 * file order) for the schedule and checklist parsers. Returns NULL and an
 * allocated *cause when the file cannot be read or parsed.
 */
struct inidoc *config_read_inidoc(const char *path, char **cause);

/*
 * Where a data file (imunisasi.ini, checklists/lansia.ini...) is read
 * from: beside the ilp.ini in use, else /etc/ilp, else the source tree's
 * config/. Returns an allocated path (which may not exist).
 */
char *config_data_path(const struct settings *s, const char *name);

/*
 * Loads the data files (imunisasi.ini, skrining.ini, checklists/STAGE.ini)
 * into s->schedule, s->screening and s->checklists. Appends every error,
 * naming file, [section] and key, and returns how many there were.
 */
long config_load_data(struct settings *s, struct strlist *errors);
void config_free_data(struct settings *s);
/*
 * config_load_data(), then prints what each file holds to out (NULL: say
 * nothing), for `ilp config check`. Returns the number of errors.
 */
long config_check_data(struct settings *s, FILE *out, struct strlist *errors);

/* Writes every option with its value and whether it is the default. */
void config_describe(const struct settings *s, FILE *out);
/* Writes the option table as documentation (type, default, range, help). */
void config_write_reference(FILE *out);
const char *config_source_name(enum config_source src);

#endif
