/*
 * store/visit_recap: the home-visit and referral counts of the monthly
 * recap (ILP.md §8): visits, households and members visited, members by
 * life stage, findings, referrals made, came, completed and overdue.
 * Voided visits do not count. Scope as everywhere: a kader their own
 * posyandu.
 */
#include "store/visit.h"

#include <string.h>

#include "core/i18n.h"
#include "internal.h"
#include "register.h"

/* The filters every query below ends with: ?3 one posyandu, ?4 scope. */
#define RECAP_SCOPE                                                            \
	" AND (?3 IS NULL OR h.posyandu_id = ?3) AND (?4 IS NULL OR "          \
	"h.posyandu_id = ?4)"

/* clang-format off */
/* Each stage counts a person once, whatever their visits that month. */
#define RECAP_STAGE(bit) \
	"count(DISTINCT CASE WHEN m.stages & " #bit " THEN m.person_id END)"

static const char recap_sql_visits[] =
	"SELECT count(*), count(DISTINCT v.household_id) FROM visit v JOIN "
	"household h ON h.id = v.household_id WHERE v.voided_at IS NULL AND "
	"v.visited_on BETWEEN ?1 AND ?2" RECAP_SCOPE;

static const char recap_sql_members[] =
	"SELECT count(DISTINCT m.person_id), "
	RECAP_STAGE(1) ", " RECAP_STAGE(2) ", " RECAP_STAGE(4) ", "
	RECAP_STAGE(8) ", " RECAP_STAGE(16) ", " RECAP_STAGE(32) ", "
	RECAP_STAGE(64) ", " RECAP_STAGE(128) ", " RECAP_STAGE(256) ", "
	RECAP_STAGE(512) ", " RECAP_STAGE(1024) " FROM visit_member m "
	"JOIN visit v ON v.id = m.visit_id JOIN household h ON h.id = "
	"v.household_id WHERE v.voided_at IS NULL AND v.visited_on BETWEEN "
	"?1 AND ?2" RECAP_SCOPE;
/* clang-format on */

static const char recap_sql_findings[] =
	"SELECT count(CASE WHEN a.level = 'rujuk' THEN 1 END), count(CASE "
	"WHEN a.level = 'tindak_lanjut' THEN 1 END) FROM (SELECT visit_id, "
	"level FROM visit_answer UNION ALL SELECT visit_id, level FROM "
	"visit_household_answer) a JOIN visit v ON v.id = a.visit_id JOIN "
	"household h ON h.id = v.household_id WHERE v.voided_at IS NULL AND "
	"v.visited_on BETWEEN ?1 AND ?2" RECAP_SCOPE;

static const char recap_sql_referrals[] =
	"SELECT count(*), count(CASE WHEN r.source = 'kunjungan' THEN 1 "
	"END) FROM referral r JOIN person p ON p.id = r.person_id JOIN "
	"household h ON h.id = p.household_id WHERE r.referred_on BETWEEN "
	"?1 AND ?2" RECAP_SCOPE;

static const char recap_sql_outcomes[] =
	"SELECT count(CASE WHEN e.status = 'datang' THEN 1 END), count(CASE "
	"WHEN e.status = 'selesai' THEN 1 END) FROM referral_event e JOIN "
	"referral r ON r.id = e.referral_id JOIN person p ON p.id = "
	"r.person_id JOIN household h ON h.id = p.household_id WHERE "
	"e.on_date BETWEEN ?1 AND ?2" RECAP_SCOPE;

/* The status on the month's last day is the latest event up to it. */
static const char recap_sql_overdue[] =
	"SELECT count(*) FROM referral r JOIN person p ON p.id = r.person_id "
	"JOIN household h ON h.id = p.household_id WHERE r.referred_on <= "
	"?2 AND r.followup_on < ?2 AND ?1 <= ?2" RECAP_SCOPE
	" AND (SELECT e.status FROM referral_event e WHERE e.referral_id = "
	"r.id AND e.on_date <= ?2 ORDER BY e.on_date DESC, e.created_at "
	"DESC LIMIT 1) IN ('dirujuk', 'tidak_datang')";

/* Runs one count query into out[0 .. n-1]. */
static int
recap_run(struct store *st, const char *sql, const char *first,
	  const char *last, const char *posyandu_id, long *out, int n,
	  char **cause)
{
	sqlite3_stmt *s = db_stmt(st, sql, cause);
	int rc, i;

	if (s == NULL)
		return -1;
	db_bind_text(s, 1, first);
	db_bind_text(s, 2, last);
	db_bind_text(s, 3, posyandu_id);
	db_bind_text(s, 4, register_scope(st));
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		for (i = 0; i < n; i++)
			out[i] = (long)sqlite3_column_int64(s, i);
	db_done(s);
	if (rc != SQLITE_ROW) {
		*cause = db_error(st, rc);
		return -1;
	}
	return 0;
}

int
store_visit_recap(struct store *st, const char *posyandu_id, int year,
		  int month, struct visit_recap *out, char **cause)
{
	struct date d1 = {year, month, 1}, d2;
	char first[DATE_ISO_LEN], last[DATE_ISO_LEN];
	long v[LIFESTAGE_COUNT + 1];
	int i;

	*cause = NULL;
	memset(out, 0, sizeof *out);
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	if (!date_valid(year, month, 1)) {
		*cause = trf(MSG_VIS_BAD_MONTH, year, month);
		return -1;
	}
	d2 = date_add_days(date_add_months(d1, 1), -1);
	date_format_iso(d1, first);
	date_format_iso(d2, last);
	if (recap_run(st, recap_sql_visits, first, last, posyandu_id, v, 2,
		      cause) < 0)
		return -1;
	out->visits = v[0];
	out->households = v[1];
	if (recap_run(st, recap_sql_members, first, last, posyandu_id, v,
		      LIFESTAGE_COUNT + 1, cause) < 0)
		return -1;
	out->members = v[0];
	for (i = 0; i < LIFESTAGE_COUNT; i++)
		out->by_stage[i] = v[i + 1];
	if (recap_run(st, recap_sql_findings, first, last, posyandu_id, v, 2,
		      cause) < 0)
		return -1;
	out->findings_refer = v[0];
	out->findings_followup = v[1];
	if (recap_run(st, recap_sql_referrals, first, last, posyandu_id, v, 2,
		      cause) < 0)
		return -1;
	out->referrals_made = v[0];
	out->referrals_from_visits = v[1];
	if (recap_run(st, recap_sql_outcomes, first, last, posyandu_id, v, 2,
		      cause) < 0)
		return -1;
	out->referrals_came = v[0];
	out->referrals_completed = v[1];
	if (recap_run(st, recap_sql_overdue, first, last, posyandu_id, v, 1,
		      cause) < 0)
		return -1;
	out->referrals_overdue = v[0];
	return 0;
}
