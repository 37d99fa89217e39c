/*
 * inidoc: an INI file as plain data (sections and key/value pairs in file
 * order), so that core parsers of the schedule and checklists never see
 * iniparser. Keys and section names are lower case, as iniparser gives
 * them. Pure C.
 */
#ifndef ILP_CORE_INIDOC_H
#define ILP_CORE_INIDOC_H

#include <stddef.h>

struct inidoc_entry {
	char *key;
	char *value;
};

struct inidoc_section {
	char *name;
	struct inidoc_entry *entries;
	size_t n;
	size_t cap;
};

struct inidoc {
	char *path;
	struct inidoc_section *sections;
	size_t n;
	size_t cap;
};

struct inidoc *inidoc_new(const char *path);
void inidoc_free(struct inidoc *doc);
/* Returns the section (created when missing); the pointer is valid until
 * the next inidoc_section() call. */
struct inidoc_section *inidoc_section(struct inidoc *doc, const char *name);
void inidoc_set(struct inidoc_section *sec, const char *key, const char *value);
/* NULL when absent. Borrowed until the doc is freed. */
const struct inidoc_section *inidoc_find(const struct inidoc *doc,
					 const char *name);
const char *inidoc_get(const struct inidoc_section *sec, const char *key);

#endif
