/*
 * store/export: households and persons as rows of text for CSV. The
 * statement stays open while the caller writes each row: this is the
 * CLI, with no screen waiting for a key.
 */
#include "store/export.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "register.h"

static const char *const export_household_cols[] = {
	"id",
	"posyandu",
	"no_kk",
	"kepala_keluarga",
	"alamat",
	"rt",
	"rw",
	"dusun",
	"air_bersih",
	"jamban_sehat",
	"jkn_semua",
	"perokok_di_rumah",
	"anggota_aktif",
	"status",
	"catatan",
	"diubah_pada",
	"diubah_oleh",
	NULL,
};

static const char *const export_person_cols[] = {
	"id",
	"household_id",
	"posyandu",
	"no_kk",
	"nama",
	"jenis_kelamin",
	"tanggal_lahir",
	"lahir_perkiraan",
	"hubungan",
	"nik",
	"no_jkn",
	"telepon",
	"status",
	"tanggal_status",
	"hamil_hpl",
	"diubah_pada",
	"diubah_oleh",
	NULL,
};

static const char export_sql_households[] =
	"SELECT h.id, p.code, coalesce(h.no_kk, ''), coalesce((SELECT "
	"m.name FROM person m WHERE m.household_id = h.id AND m.relation = "
	"'kepala' AND m.status = 'aktif'), ''), h.address, h.rt, h.rw, "
	"h.dusun, coalesce(h.water_clean, ''), coalesce(h.latrine_healthy, "
	"''), coalesce(h.jkn_all, ''), coalesce(h.smoker_inside, ''), "
	"(SELECT count(*) FROM person m WHERE m.household_id = h.id AND "
	"m.status = 'aktif'), h.status, h.note, h.updated_at, h.updated_by "
	"FROM household h JOIN posyandu p ON p.id = h.posyandu_id WHERE ?1 "
	"IS NULL OR h.posyandu_id = ?1 ORDER BY p.code, h.rw, h.rt, "
	"h.address, h.id";

static const char export_sql_persons[] =
	"SELECT x.id, x.household_id, p.code, coalesce(h.no_kk, ''), "
	"x.name, x.sex, x.dob, x.dob_estimated, x.relation, coalesce(x.nik, "
	"''), coalesce(x.jkn_no, ''), coalesce(x.phone, ''), x.status, "
	"coalesce(x.status_date, ''), coalesce((SELECT g.hpl FROM pregnancy "
	"g WHERE g.person_id = x.id AND g.status = 'hamil'), ''), "
	"x.updated_at, x.updated_by FROM person x JOIN household h ON h.id "
	"= x.household_id JOIN posyandu p ON p.id = h.posyandu_id WHERE ?1 "
	"IS NULL OR h.posyandu_id = ?1 ORDER BY p.code, h.rw, h.rt, "
	"h.address, h.id, x.relation <> 'kepala', x.dob, x.id";

int
export_table_parse(const char *name, enum export_table *out)
{
	if (str_eq(name, "households") || str_eq(name, "keluarga")) {
		*out = EXPORT_HOUSEHOLDS;
		return 0;
	}
	if (str_eq(name, "persons") || str_eq(name, "orang")) {
		*out = EXPORT_PERSONS;
		return 0;
	}
	return -1;
}

const char *const *
export_columns(enum export_table t)
{
	return t == EXPORT_HOUSEHOLDS ? export_household_cols
				      : export_person_cols;
}

static int
export_audit(struct store *st, enum export_table t, const char *posyandu,
	     long rows, char **cause)
{
	char *summary =
		xasprintf("%s rows=%ld posyandu=%s",
			  t == EXPORT_HOUSEHOLDS ? "households" : "persons",
			  rows, posyandu != NULL ? posyandu : "all");
	int rc = store_audit_event(
		st, "export", t == EXPORT_HOUSEHOLDS ? "household" : "person",
		"", summary, cause);

	free(summary);
	return rc;
}

long
store_export(struct store *st, enum export_table t, const char *posyandu_id,
	     export_row_fn row, void *ctx, char **cause)
{
	const char *const *cols = export_columns(t);
	const char *scope, *values[32];
	sqlite3_stmt *s;
	long count = 0;
	int n = 0, i, rc, stopped = 0;

	*cause = NULL;
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	/*
	 * Everyone exports what they may see; the whole area needs
	 * PERM_EXPORT (doc/security.md), so without it the scope is the
	 * actor's own posyandu whatever else the roles allow.
	 */
	scope = register_scope(st);
	if (!role_can(st->actor.role, PERM_EXPORT))
		scope = st->actor.posyandu_id != NULL ? st->actor.posyandu_id
						      : "-";
	if (posyandu_id != NULL &&
	    register_check_scope(st, posyandu_id, cause) < 0)
		return -1;
	if (posyandu_id != NULL)
		scope = posyandu_id;
	while (cols[n] != NULL)
		n++;
	s = db_stmt(st,
		    t == EXPORT_HOUSEHOLDS ? export_sql_households
					   : export_sql_persons,
		    cause);
	if (s == NULL)
		return -1;
	db_bind_text(s, 1, scope);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		for (i = 0; i < n; i++) {
			const unsigned char *v = sqlite3_column_text(s, i);

			values[i] = v != NULL ? (const char *)v : "";
		}
		count++;
		if (row(ctx, values, n) != 0) {
			stopped = 1;
			break;
		}
	}
	db_done(s);
	if (stopped)
		return -1;
	if (rc != SQLITE_DONE) {
		*cause = db_error(st, rc);
		return -1;
	}
	if (export_audit(st, t, scope, count, cause) < 0)
		return -1;
	return count;
}
