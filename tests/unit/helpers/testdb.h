/*
 * Test helpers: temporary directories and databases for store tests.
 * Each test gets a fresh directory under $TMPDIR that testdb_cleanup()
 * removes with everything in it.
 */
#ifndef ILP_TESTS_TESTDB_H
#define ILP_TESTS_TESTDB_H

#include <stdio.h>

#include "store/account.h"
#include "store/db.h"

struct testdb {
	char *dir;  /* the temporary directory */
	char *path; /* dir/ilp.db */
	struct store *st;
};

/*
 * cmocka 1.1.5 prints a skipped test as "not ok ... # SKIP", which prove
 * counts as a failure: print a TAP comment and return instead.
 */
#define TESTDB_SKIP(why)                                                       \
	do {                                                                   \
		printf("# skipped: %s\n", why);                                \
		return;                                                        \
	} while (0)

/* Makes a temporary directory; aborts the test on failure. */
char *testdb_mkdtemp(void);
/* Removes a directory tree (files and one level of subdirectories). */
void testdb_rmtree(const char *dir);
/* Writes text to dir/name and returns the allocated path. */
char *testdb_write_file(const char *dir, const char *name, const char *text);

/*
 * Creates a fresh database in a new temporary directory, with the
 * system actor "test" set, one desa "Sukamaju" and posyandu MAWAR and
 * MELATI. Fails the test on error.
 */
void testdb_open(struct testdb *t);
void testdb_close(struct testdb *t);

/*
 * Adds a household in posyandu posyandu_code with one member (the head
 * when relation is "kepala") straight through SQL, for store tests of
 * other entities. Writes the person's id into person_id (37 bytes) and,
 * when not NULL, the household's into household_id. Fails the test on
 * error. Needs an actor allowed to write (testdb_open sets "test").
 */
void testdb_add_person(struct testdb *t, const char *posyandu_code,
		       const char *name, char sex, const char *dob_iso,
		       char *person_id, char *household_id);

/* A cheap policy for tests: minimum Argon2id memory, 2 passes. */
extern const struct account_policy testdb_policy;

#endif
