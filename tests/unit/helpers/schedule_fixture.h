/*
 * schedule_fixture: loads the shipped config/imunisasi.ini for the
 * schedule tests, optionally with [options] overridden, and builds dose
 * lists from "AG:YYYY-MM-DD,..." text. Test code only.
 */
#ifndef ILP_TEST_SCHEDULE_FIXTURE_H
#define ILP_TEST_SCHEDULE_FIXTURE_H

#include "core/date.h"
#include "core/schedule.h"

/*
 * The shipped schedule; grace_days and je_endemic replace the file's
 * values unless NULL. Fails the running test when it does not load.
 * Free with schedule_free().
 */
struct schedule *fixture_schedule(const char *grace_days,
				  const char *je_endemic);
/* An ISO date; fails the running test when malformed. */
struct date fixture_date(const char *iso);
/*
 * Parses a --given list for kind (no entry checks against dob/today:
 * the evaluator's own handling is under test). Fails the test on error.
 * Returns the number of doses.
 */
size_t fixture_doses(const struct schedule *s, enum schedule_for kind,
		     const char *text, struct dose_given *out, size_t max);

#endif
