/*
 * store/seed: writes the synthetic, clearly fictional population of
 * core/seedgen into an empty database, for `ilp --demo`, `ilp seed`,
 * training sessions and benchmarks. It marks the database as a training
 * database (meta demo = '1', shown as LATIHAN) before anything else is
 * written, and it refuses a database that holds any record, so demo data
 * can never mix with real records. No curses here.
 */
#ifndef ILP_STORE_SEED_H
#define ILP_STORE_SEED_H

#include <stdint.h>

#include "core/date.h"
#include "core/seedgen.h"
#include "store/db.h"

/* The password of every demo account, for the login screen's hint. */
#define SEED_DEMO_PASSWORD "latihan1"
/* `ilp --demo` without --households. */
#define SEED_DEMO_HOUSEHOLDS 150L
/* Households per write transaction. */
#define SEED_BATCH 20000L

/* The demo accounts, in the order they are created. */
struct seed_account {
	const char *username;
	const char *full_name;
	enum role role;
	int posyandu; /* index into the layout's posyandu; -1 for none */
};
extern const struct seed_account seed_accounts[];
extern const int seed_account_count;

struct seed_options {
	long households; /* 1..SEEDGEN_MAX_HOUSEHOLDS */
	uint64_t seed;
	struct date today; /* ages and pregnancies are as of this date */
	enum seedgen_layout_kind layout;
	/* The checklists the past home visits are answered from (NULL: the
	 * village has no visits). */
	const struct checklist_set *checklists;
	/* The thresholds the seeded screenings are evaluated with (NULL:
	 * core/screening's built-in defaults). */
	const struct screening_config *screening;
	/* The schedule the immunisation histories follow; NULL: no doses. */
	const struct schedule *schedule;
	/* Called after every committed batch when set (for `ilp seed`). */
	void (*progress)(long done, long total, void *arg);
	void *progress_arg;
};

/*
 * Writes the layout's wilayah and posyandu, the demo accounts kader1 and
 * kader2 (kader of the first and second posyandu), bidan (nakes) and
 * admin, all with SEED_DEMO_PASSWORD (Argon2id at the minimum cost, 19
 * MiB and 2 passes), then the households with their persons,
 * pregnancies, past home visits (seedgen_visits() from opt->checklists,
 * with their referrals and outcomes), past screenings (evaluated with
 * opt->screening, each result that calls for it with its referral) and,
 * when opt->schedule is set, immunisation doses (seedgen_doses), in
 * transactions of SEED_BATCH households. Row triggers
 * are silenced for the bulk load; one audit row of action 'seed' by the
 * current actor records the counts. Sets meta demo = '1', seed,
 * seed_today, seed_layout and seed_households.
 *
 * Needs an actor allowed to manage users (the CLI's system actor).
 * Refuses, with nothing written, a database that already holds places,
 * accounts, households, persons or pregnancies, and options out of
 * range. Returns 0, or -1 with an allocated *cause. When a later batch
 * fails, the earlier ones stay committed in a database already marked
 * demo; the caller removes the file.
 */
int store_seed(struct store *st, const struct seed_options *opt, char **cause);

#endif
