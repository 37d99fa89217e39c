/*
 * store/posyandu: the places of ILP.md §1 that ilp keeps: desa (the
 * wilayah above a posyandu) and posyandu. A kader sees only their own
 * posyandu; nakes and admin see all. Only an admin adds places. No curses.
 */
#ifndef ILP_STORE_POSYANDU_H
#define ILP_STORE_POSYANDU_H

#include <stddef.h>

#include "store/db.h"

struct posyandu {
	char *id;
	char *code;
	char *name;
	char *desa_id;
	char *desa_name;
	char *dusun;
	int active;
	long households; /* active households */
	long persons;    /* active persons */
};

void posyandu_free(struct posyandu *p);
void posyandu_list_free(struct posyandu *v, size_t n);

/* The posyandu the actor may see, by code. Returns 0 or -1 with *cause. */
int store_posyandu_list(struct store *st, struct posyandu **out, size_t *n,
			char **cause);
/* One posyandu by code or id: 1 found, 0 not found (or not visible), -1. */
int store_posyandu_get(struct store *st, const char *code_or_id,
		       struct posyandu *out, char **cause);
/*
 * Adds a posyandu (admin only) in the desa of that name, creating the
 * desa when it is new. Code: letters, digits, '-' and '_'. Returns 0 or
 * -1 with *cause.
 */
int store_posyandu_add(struct store *st, const char *code, const char *name,
		       const char *desa, const char *dusun, char **cause);

#endif
