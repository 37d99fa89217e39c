/*
 * For the reliability tools (writer, editor): opens a database and sets
 * the actor of an existing account, as the CLI does after a login but
 * without the password (the tools run hundreds of times per test and
 * Argon2id would dominate). Header-only: each tool is one .c file.
 */
#ifndef ILP_TOOL_ACTOR_H
#define ILP_TOOL_ACTOR_H

#include <stdlib.h>

#include "crypto.h"
#include "store/account.h"
#include "store/db.h"
#include "util.h"

/*
 * Opens path as user (dies on failure); the store to close. The busy
 * timeout is the program's 5 s, or $TOOL_BUSY_MS (at least 1000).
 */
static struct store *
tool_open_as(const char *path, const char *user)
{
	struct store_open_options oo = {.busy_timeout_ms = 5000};
	struct store_actor actor;
	struct account a;
	struct store *st;
	const char *busy = getenv("TOOL_BUSY_MS");
	char *cause = NULL;

	if (busy != NULL && strtol(busy, NULL, 10) >= 1000)
		oo.busy_timeout_ms = (int)strtol(busy, NULL, 10);
	crypto_init();
	if (store_open(path, &oo, &st, &cause) < 0)
		die("%s", cause);
	store_set_system_actor(st, "tool");
	if (store_account_get(st, user, &a, &cause) <= 0)
		die("account %s: %s", user, cause != NULL ? cause : "none");
	actor.id = a.id;
	actor.username = a.username;
	actor.full_name = a.full_name;
	actor.role = a.role;
	actor.posyandu_id = a.posyandu_id;
	store_set_actor(st, &actor);
	account_free(&a);
	return st;
}

/* FNV-1a: the tools derive a record's content from its key. */
static unsigned long
tool_hash(const char *s)
{
	unsigned long h = 2166136261UL;

	while (*s != '\0')
		h = (h ^ (unsigned char)*s++) * 16777619UL;
	return h & 0xffffffffUL;
}

#endif
