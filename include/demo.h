/*
 * demo: the training village behind `ilp --demo`. A fresh database in a
 * new temporary directory, seeded by the same generator as `ilp seed`
 * and marked as training data, removed again on exit (also after Ctrl-C,
 * SIGTERM or a dropped SSH line). Leftovers of a killed demo are removed
 * the next time a demo starts. Prints its own errors (before curses).
 */
#ifndef ILP_DEMO_H
#define ILP_DEMO_H

#include "config.h"
#include "core/date.h"
#include "store/db.h"

#define DEMO_HOUSEHOLDS 150

/*
 * Creates and seeds the demo database as of today with the given seed.
 * Returns 0 and the open store, or -1 with a message printed.
 */
int demo_open(const struct settings *s, unsigned long long seed,
	      struct date today, struct store **out);
/* Removes the demo directory (safe to call twice; also runs at exit). */
void demo_remove(void);
/* The password of every demo account, for the login screen. */
const char *demo_password(void);

#endif
