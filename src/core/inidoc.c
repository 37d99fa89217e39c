/*
 * inidoc: ordered INI data, filled by config.c and read by core parsers.
 */
#include "core/inidoc.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

struct inidoc *
inidoc_new(const char *path)
{
	struct inidoc *doc = xcalloc(1, sizeof *doc);

	doc->path = xstrdup(path != NULL ? path : "");
	return doc;
}

void
inidoc_free(struct inidoc *doc)
{
	size_t i, j;

	if (doc == NULL)
		return;
	for (i = 0; i < doc->n; i++) {
		struct inidoc_section *sec = &doc->sections[i];

		for (j = 0; j < sec->n; j++) {
			free(sec->entries[j].key);
			free(sec->entries[j].value);
		}
		free(sec->entries);
		free(sec->name);
	}
	free(doc->sections);
	free(doc->path);
	free(doc);
}

struct inidoc_section *
inidoc_section(struct inidoc *doc, const char *name)
{
	struct inidoc_section *sec;
	size_t i;

	for (i = 0; i < doc->n; i++)
		if (strcmp(doc->sections[i].name, name) == 0)
			return &doc->sections[i];
	if (doc->n == doc->cap) {
		doc->cap = doc->cap ? doc->cap * 2 : 8;
		doc->sections = xreallocarray(doc->sections, doc->cap,
					      sizeof *doc->sections);
	}
	sec = &doc->sections[doc->n++];
	memset(sec, 0, sizeof *sec);
	sec->name = xstrdup(name);
	return sec;
}

void
inidoc_set(struct inidoc_section *sec, const char *key, const char *value)
{
	size_t i;

	for (i = 0; i < sec->n; i++) {
		if (strcmp(sec->entries[i].key, key) == 0) {
			free(sec->entries[i].value);
			sec->entries[i].value = xstrdup(value);
			return;
		}
	}
	if (sec->n == sec->cap) {
		sec->cap = sec->cap ? sec->cap * 2 : 8;
		sec->entries = xreallocarray(sec->entries, sec->cap,
					     sizeof *sec->entries);
	}
	sec->entries[sec->n].key = xstrdup(key);
	sec->entries[sec->n].value = xstrdup(value);
	sec->n++;
}

const struct inidoc_section *
inidoc_find(const struct inidoc *doc, const char *name)
{
	size_t i;

	for (i = 0; i < doc->n; i++)
		if (strcmp(doc->sections[i].name, name) == 0)
			return &doc->sections[i];
	return NULL;
}

const char *
inidoc_get(const struct inidoc_section *sec, const char *key)
{
	size_t i;

	if (sec == NULL)
		return NULL;
	for (i = 0; i < sec->n; i++)
		if (strcmp(sec->entries[i].key, key) == 0)
			return sec->entries[i].value;
	return NULL;
}
