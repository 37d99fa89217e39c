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

/*
 * The month's visits: of one posyandu through its households (the
 * planner would otherwise walk the whole area's month by date), of the
 * whole area by date.
 */
#define RECAP_V_ONE "household h CROSS JOIN visit v ON v.household_id = h.id"
#define RECAP_V_ONE_WHERE                                                       \
	" WHERE h.posyandu_id = ?3 AND (?4 IS NULL OR h.posyandu_id = ?4) AND " \
	"v.voided_at IS NULL AND v.visited_on BETWEEN ?1 AND ?2"
#define RECAP_V_ALL "visit v JOIN household h ON h.id = v.household_id"
#define RECAP_V_ALL_WHERE                                                      \
	" WHERE ?3 IS NULL AND (?4 IS NULL OR h.posyandu_id = ?4) AND "        \
	"v.voided_at IS NULL AND v.visited_on BETWEEN ?1 AND ?2"

#define RECAP_VISITS "SELECT count(*), count(DISTINCT v.household_id) FROM "
static const char recap_sql_visits_one[] =
	RECAP_VISITS RECAP_V_ONE RECAP_V_ONE_WHERE;
static const char recap_sql_visits_all[] =
	RECAP_VISITS RECAP_V_ALL RECAP_V_ALL_WHERE;

/* clang-format off */
/* Each stage counts a person once, whatever their visits that month. */
#define RECAP_STAGE(bit) \
	"count(DISTINCT CASE WHEN m.stages & " #bit " THEN m.person_id END)"
#define RECAP_MEMBERS \
	"SELECT count(DISTINCT m.person_id), " \
	RECAP_STAGE(1) ", " RECAP_STAGE(2) ", " RECAP_STAGE(4) ", " \
	RECAP_STAGE(8) ", " RECAP_STAGE(16) ", " RECAP_STAGE(32) ", " \
	RECAP_STAGE(64) ", " RECAP_STAGE(128) ", " RECAP_STAGE(256) ", " \
	RECAP_STAGE(512) ", " RECAP_STAGE(1024) " FROM "
#define RECAP_M " CROSS JOIN visit_member m ON m.visit_id = v.id"
static const char recap_sql_members_one[] =
	RECAP_MEMBERS RECAP_V_ONE RECAP_M RECAP_V_ONE_WHERE;
static const char recap_sql_members_all[] =
	RECAP_MEMBERS RECAP_V_ALL RECAP_M RECAP_V_ALL_WHERE;

/* Each visit's answers through the answer tables' keys (visit_id
 * first), never a scan of every answer. */
#define RECAP_ANSWERS(level) \
	"(SELECT count(*) FROM visit_answer a WHERE a.visit_id = v.id AND " \
	"a.level = '" level "') + (SELECT count(*) FROM " \
	"visit_household_answer a WHERE a.visit_id = v.id AND a.level = '" \
	level "')"
#define RECAP_FINDINGS \
	"SELECT total(" RECAP_ANSWERS("rujuk") "), total(" \
	RECAP_ANSWERS("tindak_lanjut") ") FROM "
static const char recap_sql_findings_one[] =
	RECAP_FINDINGS RECAP_V_ONE RECAP_V_ONE_WHERE;
static const char recap_sql_findings_all[] =
	RECAP_FINDINGS RECAP_V_ALL RECAP_V_ALL_WHERE;
/* clang-format on */

/*
 * Referrals of one posyandu start from its households (few pages; random
 * UUID keys scatter a month's referrals over the whole file); the whole
 * area reads the referral table once.
 */
#define RECAP_REF_ONE                                                          \
	"household h CROSS JOIN person p ON p.household_id = h.id CROSS JOIN " \
	"referral r ON r.person_id = p.id WHERE h.posyandu_id = ?3 AND (?4 "   \
	"IS NULL OR h.posyandu_id = ?4)"
#define RECAP_REF_ALL                                                          \
	"referral r JOIN person p ON p.id = r.person_id JOIN household h ON "  \
	"h.id = p.household_id WHERE ?3 IS NULL AND (?4 IS NULL OR "           \
	"h.posyandu_id = ?4)"
#define RECAP_REFERRALS                                                        \
	"SELECT count(*), count(CASE WHEN r.source = 'kunjungan' THEN 1 "      \
	"END) FROM "
#define RECAP_REFERRALS_WHERE " AND r.referred_on BETWEEN ?1 AND ?2"
static const char recap_sql_referrals_one[] =
	RECAP_REFERRALS RECAP_REF_ONE RECAP_REFERRALS_WHERE;
static const char recap_sql_referrals_all[] =
	RECAP_REFERRALS RECAP_REF_ALL RECAP_REFERRALS_WHERE;

#define RECAP_OUTCOMES                                                         \
	"SELECT count(CASE WHEN e.status = 'datang' THEN 1 END), count(CASE "  \
	"WHEN e.status = 'selesai' THEN 1 END) FROM "
static const char recap_sql_outcomes_one[] = RECAP_OUTCOMES
	"household h CROSS JOIN person p ON p.household_id = "
	"h.id CROSS JOIN referral r ON r.person_id = p.id CROSS JOIN "
	"referral_event e ON e.referral_id = r.id WHERE h.posyandu_id = ?3 "
	"AND (?4 IS NULL OR h.posyandu_id = ?4) AND e.on_date BETWEEN ?1 AND "
	"?2";
static const char recap_sql_outcomes_all[] = RECAP_OUTCOMES
	"referral_event e JOIN referral r ON r.id = "
	"e.referral_id JOIN person p ON p.id = r.person_id JOIN household h "
	"ON h.id = p.household_id WHERE e.on_date BETWEEN ?1 AND ?2" RECAP_SCOPE;

/* The status on the month's last day is the latest event up to it. */
#define RECAP_OVERDUE_WHERE                                                    \
	" AND r.referred_on <= ?2 AND r.followup_on < ?2 AND ?1 <= ?2 AND "    \
	"(SELECT e.status FROM referral_event e WHERE e.referral_id = r.id "   \
	"AND e.on_date <= ?2 ORDER BY e.on_date DESC, e.created_at DESC "      \
	"LIMIT 1) IN ('dirujuk', 'tidak_datang')"
static const char recap_sql_overdue_one[] =
	"SELECT count(*) FROM " RECAP_REF_ONE RECAP_OVERDUE_WHERE;
static const char recap_sql_overdue_all[] =
	"SELECT count(*) FROM " RECAP_REF_ALL RECAP_OVERDUE_WHERE;

/*
 * The whole area with nobody's scope to check (nakes, admin): the
 * referral tables alone. Every referral names an existing person in an
 * existing household (foreign keys), so the joins above only filtered
 * by posyandu; the overdue count would otherwise look up two random rows
 * for each referral ever made.
 */
#define RECAP_REF_FREE "referral r WHERE ?3 IS NULL AND ?4 IS NULL"
static const char recap_sql_referrals_free[] =
	RECAP_REFERRALS RECAP_REF_FREE RECAP_REFERRALS_WHERE;
static const char recap_sql_outcomes_free[] = RECAP_OUTCOMES
	"referral_event e WHERE ?3 IS NULL AND ?4 IS NULL AND e.on_date "
	"BETWEEN ?1 AND ?2";
static const char recap_sql_overdue_free[] =
	"SELECT count(*) FROM " RECAP_REF_FREE RECAP_OVERDUE_WHERE;

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
	int i, one = posyandu_id != NULL;
	int unscoped = !one && register_scope(st) == NULL;

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
	if (recap_run(st, one ? recap_sql_visits_one : recap_sql_visits_all,
		      first, last, posyandu_id, v, 2, cause) < 0)
		return -1;
	out->visits = v[0];
	out->households = v[1];
	if (recap_run(st, one ? recap_sql_members_one : recap_sql_members_all,
		      first, last, posyandu_id, v, LIFESTAGE_COUNT + 1,
		      cause) < 0)
		return -1;
	out->members = v[0];
	for (i = 0; i < LIFESTAGE_COUNT; i++)
		out->by_stage[i] = v[i + 1];
	if (recap_run(st, one ? recap_sql_findings_one : recap_sql_findings_all,
		      first, last, posyandu_id, v, 2, cause) < 0)
		return -1;
	out->findings_refer = v[0];
	out->findings_followup = v[1];
	if (recap_run(st,
		      one        ? recap_sql_referrals_one
		      : unscoped ? recap_sql_referrals_free
				 : recap_sql_referrals_all,
		      first, last, posyandu_id, v, 2, cause) < 0)
		return -1;
	out->referrals_made = v[0];
	out->referrals_from_visits = v[1];
	if (recap_run(st,
		      one        ? recap_sql_outcomes_one
		      : unscoped ? recap_sql_outcomes_free
				 : recap_sql_outcomes_all,
		      first, last, posyandu_id, v, 2, cause) < 0)
		return -1;
	out->referrals_came = v[0];
	out->referrals_completed = v[1];
	if (recap_run(st,
		      one        ? recap_sql_overdue_one
		      : unscoped ? recap_sql_overdue_free
				 : recap_sql_overdue_all,
		      first, last, posyandu_id, v, 1, cause) < 0)
		return -1;
	out->referrals_overdue = v[0];
	return 0;
}
