/*
 * store/schema: the embedded schema as ordered migration steps. Step N
 * brings a database from user_version N-1 to N inside one transaction
 * (db.c). A step, once released, is never edited: a change is a new step.
 *
 * Conventions (DESIGN.md §4): STRICT tables, random UUID text keys,
 * CHECK constraints as the second safety net behind core/validate,
 * `version` on every editable row for optimistic concurrency, people and
 * households never deleted, and AFTER triggers that write every change to
 * the append-only audit table with the per-connection app_user().
 */
#include "internal.h"

/* SQL reads better laid out by hand. */
/* clang-format off */

/* YYYY-MM-DD that is a real date. */
#define DATE_OK(c) \
	"(" c " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(" c ") = " c ")"
#define STAMPS \
	"  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),\n" \
	"  created_at TEXT NOT NULL,\n" \
	"  created_by TEXT NOT NULL,\n" \
	"  updated_at TEXT NOT NULL,\n" \
	"  updated_by TEXT NOT NULL\n"
#define UUID_KEY "  id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),\n"

static const char schema_v1[] =
	"CREATE TABLE meta (\n"
	"  key TEXT PRIMARY KEY NOT NULL,\n"
	"  value TEXT NOT NULL\n"
	") STRICT;\n"
	"CREATE TABLE audit (\n"
	"  seq INTEGER PRIMARY KEY AUTOINCREMENT,\n"
	"  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),\n"
	"  actor TEXT NOT NULL CHECK (length(actor) > 0),\n"
	"  action TEXT NOT NULL CHECK (action GLOB '[a-z]*' AND action NOT GLOB '*[^a-z_]*'),\n"
	"  tbl TEXT NOT NULL DEFAULT '',\n"
	"  row_id TEXT NOT NULL DEFAULT '',\n"
	"  summary TEXT NOT NULL DEFAULT ''\n"
	") STRICT;\n"
	"CREATE INDEX audit_row ON audit(tbl, row_id);\n"
	"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit\n"
	"BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;\n"
	"CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit\n"
	"BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;\n"
	"CREATE TABLE wilayah (\n" UUID_KEY
	"  parent_id TEXT REFERENCES wilayah(id),\n"
	"  level TEXT NOT NULL CHECK (level IN ('provinsi', 'kabupaten', 'kecamatan', 'desa')),\n"
	"  code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 20),\n"
	"  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),\n"
	STAMPS
	"  , UNIQUE (level, code)\n"
	") STRICT;\n"
	"CREATE TABLE posyandu (\n" UUID_KEY
	"  code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 32 AND code NOT GLOB '*[^A-Za-z0-9_-]*'),\n"
	"  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),\n"
	"  desa_id TEXT NOT NULL REFERENCES wilayah(id),\n"
	"  dusun TEXT NOT NULL DEFAULT '' CHECK (length(dusun) <= 100),\n"
	"  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),\n"
	STAMPS
	") STRICT;\n"
	"CREATE TABLE household (\n" UUID_KEY
	"  posyandu_id TEXT NOT NULL REFERENCES posyandu(id),\n"
	"  no_kk TEXT CHECK (no_kk IS NULL OR (length(no_kk) = 16 AND no_kk NOT GLOB '*[^0-9]*')),\n"
	"  address TEXT NOT NULL DEFAULT '' CHECK (length(address) <= 200),\n"
	"  rt TEXT NOT NULL DEFAULT '' CHECK (length(rt) <= 3 AND rt NOT GLOB '*[^0-9]*'),\n"
	"  rw TEXT NOT NULL DEFAULT '' CHECK (length(rw) <= 3 AND rw NOT GLOB '*[^0-9]*'),\n"
	"  dusun TEXT NOT NULL DEFAULT '' CHECK (length(dusun) <= 100),\n"
	"  water_clean INTEGER CHECK (water_clean IN (0, 1)),\n"
	"  latrine_healthy INTEGER CHECK (latrine_healthy IN (0, 1)),\n"
	"  jkn_all INTEGER CHECK (jkn_all IN (0, 1)),\n"
	"  smoker_inside INTEGER CHECK (smoker_inside IN (0, 1)),\n"
	"  status TEXT NOT NULL DEFAULT 'aktif' CHECK (status IN ('aktif', 'pindah', 'bubar')),\n"
	"  status_date TEXT CHECK (status_date IS NULL OR " DATE_OK("status_date") "),\n"
	"  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),\n"
	STAMPS
	"  , CHECK ((status = 'aktif') = (status_date IS NULL))\n"
	") STRICT;\n"
	"CREATE INDEX household_posyandu ON household(posyandu_id);\n"
	"CREATE INDEX household_kk ON household(no_kk) WHERE no_kk IS NOT NULL;\n"
	"CREATE TABLE person (\n" UUID_KEY
	"  household_id TEXT NOT NULL REFERENCES household(id),\n"
	"  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),\n"
	"  sex TEXT NOT NULL CHECK (sex IN ('L', 'P')),\n"
	"  dob TEXT NOT NULL CHECK (" DATE_OK("dob") " AND dob >= '1900-01-01'),\n"
	"  dob_estimated INTEGER NOT NULL DEFAULT 0 CHECK (dob_estimated IN (0, 1)),\n"
	"  relation TEXT NOT NULL CHECK (relation IN ('kepala', 'istri', 'suami', 'anak', 'menantu', 'cucu', 'orangtua', 'mertua', 'famili', 'lainnya')),\n"
	"  nik TEXT CHECK (nik IS NULL OR (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*')),\n"
	"  jkn_no TEXT CHECK (jkn_no IS NULL OR (length(jkn_no) = 13 AND jkn_no NOT GLOB '*[^0-9]*')),\n"
	"  phone TEXT CHECK (phone IS NULL OR (length(phone) BETWEEN 8 AND 16 AND phone NOT GLOB '*[^0-9+]*')),\n"
	"  status TEXT NOT NULL DEFAULT 'aktif' CHECK (status IN ('aktif', 'pindah', 'meninggal')),\n"
	"  status_date TEXT CHECK (status_date IS NULL OR " DATE_OK("status_date") "),\n"
	STAMPS
	"  , CHECK ((status = 'aktif') = (status_date IS NULL))\n"
	") STRICT;\n"
	"CREATE INDEX person_household ON person(household_id);\n"
	"CREATE UNIQUE INDEX person_nik_active ON person(nik)\n"
	"  WHERE nik IS NOT NULL AND status = 'aktif';\n"
	"CREATE UNIQUE INDEX person_one_head ON person(household_id)\n"
	"  WHERE relation = 'kepala' AND status = 'aktif';\n"
	"CREATE TABLE pregnancy (\n" UUID_KEY
	"  person_id TEXT NOT NULL REFERENCES person(id),\n"
	"  hpht TEXT CHECK (hpht IS NULL OR " DATE_OK("hpht") "),\n"
	"  hpl TEXT NOT NULL CHECK (" DATE_OK("hpl") "),\n"
	"  status TEXT NOT NULL DEFAULT 'hamil' CHECK (status IN ('hamil', 'selesai')),\n"
	"  end_date TEXT CHECK (end_date IS NULL OR " DATE_OK("end_date") "),\n"
	"  outcome TEXT CHECK (outcome IS NULL OR outcome IN ('lahir_hidup', 'lahir_mati', 'keguguran', 'lainnya')),\n"
	"  birth_place TEXT CHECK (birth_place IS NULL OR birth_place IN ('faskes', 'rumah', 'lainnya')),\n"
	STAMPS
	"  , CHECK ((status = 'hamil') = (end_date IS NULL))\n"
	"  , CHECK ((status = 'hamil') = (outcome IS NULL))\n"
	") STRICT;\n"
	"CREATE INDEX pregnancy_person ON pregnancy(person_id);\n"
	"CREATE UNIQUE INDEX pregnancy_one_open ON pregnancy(person_id)\n"
	"  WHERE status = 'hamil';\n"
	"CREATE TABLE account (\n" UUID_KEY
	"  username TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 2 AND 32 AND username GLOB '[a-z]*' AND username NOT GLOB '*[^a-z0-9._-]*'),\n"
	"  full_name TEXT NOT NULL DEFAULT '' CHECK (length(full_name) <= 100),\n"
	"  role TEXT NOT NULL CHECK (role IN ('kader', 'nakes', 'admin')),\n"
	"  posyandu_id TEXT REFERENCES posyandu(id),\n"
	"  pwhash TEXT NOT NULL CHECK (pwhash GLOB '$argon2id$*'),\n"
	"  failed_count INTEGER NOT NULL DEFAULT 0 CHECK (failed_count >= 0),\n"
	"  last_failed_at TEXT,\n"
	"  locked_until TEXT,\n"
	"  last_login_at TEXT,\n"
	"  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),\n"
	STAMPS
	"  , CHECK (role <> 'kader' OR posyandu_id IS NOT NULL)\n"
	") STRICT;\n"
	"CREATE TRIGGER wilayah_audit_insert AFTER INSERT ON wilayah\n"
	"WHEN app_audit()\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'insert', 'wilayah', new.id,\n"
	"    'parent_id=' || quote(new.parent_id) || '; ' || 'level=' || quote(new.level) || '; ' || 'code=' || quote(new.code) || '; ' || 'name=' || quote(new.name));\n"
	"END;\n"
	"CREATE TRIGGER wilayah_audit_update AFTER UPDATE ON wilayah\n"
	"WHEN app_audit() AND (old.parent_id IS NOT new.parent_id OR old.level IS NOT new.level OR old.code IS NOT new.code OR old.name IS NOT new.name)\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'update', 'wilayah', new.id,\n"
	"    CASE WHEN old.parent_id IS NOT new.parent_id THEN 'parent_id: ' || quote(old.parent_id) || ' -> ' || quote(new.parent_id) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.level IS NOT new.level THEN 'level: ' || quote(old.level) || ' -> ' || quote(new.level) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.code IS NOT new.code THEN 'code: ' || quote(old.code) || ' -> ' || quote(new.code) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.name IS NOT new.name THEN 'name: ' || quote(old.name) || ' -> ' || quote(new.name) || '; ' ELSE '' END);\n"
	"END;\n"
	"CREATE TRIGGER wilayah_no_delete BEFORE DELETE ON wilayah\n"
	"BEGIN\n"
	"  SELECT RAISE(ABORT, 'wilayah rows are never deleted');\n"
	"END;\n"
	"CREATE TRIGGER posyandu_audit_insert AFTER INSERT ON posyandu\n"
	"WHEN app_audit()\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'insert', 'posyandu', new.id,\n"
	"    'code=' || quote(new.code) || '; ' || 'name=' || quote(new.name) || '; ' || 'desa_id=' || quote(new.desa_id) || '; ' || 'dusun=' || quote(new.dusun) || '; ' || 'active=' || quote(new.active));\n"
	"END;\n"
	"CREATE TRIGGER posyandu_audit_update AFTER UPDATE ON posyandu\n"
	"WHEN app_audit() AND (old.code IS NOT new.code OR old.name IS NOT new.name OR old.desa_id IS NOT new.desa_id OR old.dusun IS NOT new.dusun OR old.active IS NOT new.active)\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'update', 'posyandu', new.id,\n"
	"    CASE WHEN old.code IS NOT new.code THEN 'code: ' || quote(old.code) || ' -> ' || quote(new.code) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.name IS NOT new.name THEN 'name: ' || quote(old.name) || ' -> ' || quote(new.name) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.desa_id IS NOT new.desa_id THEN 'desa_id: ' || quote(old.desa_id) || ' -> ' || quote(new.desa_id) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.dusun IS NOT new.dusun THEN 'dusun: ' || quote(old.dusun) || ' -> ' || quote(new.dusun) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.active IS NOT new.active THEN 'active: ' || quote(old.active) || ' -> ' || quote(new.active) || '; ' ELSE '' END);\n"
	"END;\n"
	"CREATE TRIGGER posyandu_no_delete BEFORE DELETE ON posyandu\n"
	"BEGIN\n"
	"  SELECT RAISE(ABORT, 'posyandu rows are never deleted');\n"
	"END;\n"
	"CREATE TRIGGER household_audit_insert AFTER INSERT ON household\n"
	"WHEN app_audit()\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'insert', 'household', new.id,\n"
	"    'posyandu_id=' || quote(new.posyandu_id) || '; ' || 'no_kk=' || quote(new.no_kk) || '; ' || 'address=' || quote(new.address) || '; ' || 'rt=' || quote(new.rt) || '; ' || 'rw=' || quote(new.rw) || '; ' || 'dusun=' || quote(new.dusun) || '; ' || 'water_clean=' || quote(new.water_clean) || '; ' || 'latrine_healthy=' || quote(new.latrine_healthy) || '; ' || 'jkn_all=' || quote(new.jkn_all) || '; ' || 'smoker_inside=' || quote(new.smoker_inside) || '; ' || 'status=' || quote(new.status) || '; ' || 'status_date=' || quote(new.status_date) || '; ' || 'note=' || quote(new.note));\n"
	"END;\n"
	"CREATE TRIGGER household_audit_update AFTER UPDATE ON household\n"
	"WHEN app_audit() AND (old.posyandu_id IS NOT new.posyandu_id OR old.no_kk IS NOT new.no_kk OR old.address IS NOT new.address OR old.rt IS NOT new.rt OR old.rw IS NOT new.rw OR old.dusun IS NOT new.dusun OR old.water_clean IS NOT new.water_clean OR old.latrine_healthy IS NOT new.latrine_healthy OR old.jkn_all IS NOT new.jkn_all OR old.smoker_inside IS NOT new.smoker_inside OR old.status IS NOT new.status OR old.status_date IS NOT new.status_date OR old.note IS NOT new.note)\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'update', 'household', new.id,\n"
	"    CASE WHEN old.posyandu_id IS NOT new.posyandu_id THEN 'posyandu_id: ' || quote(old.posyandu_id) || ' -> ' || quote(new.posyandu_id) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.no_kk IS NOT new.no_kk THEN 'no_kk: ' || quote(old.no_kk) || ' -> ' || quote(new.no_kk) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.address IS NOT new.address THEN 'address: ' || quote(old.address) || ' -> ' || quote(new.address) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.rt IS NOT new.rt THEN 'rt: ' || quote(old.rt) || ' -> ' || quote(new.rt) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.rw IS NOT new.rw THEN 'rw: ' || quote(old.rw) || ' -> ' || quote(new.rw) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.dusun IS NOT new.dusun THEN 'dusun: ' || quote(old.dusun) || ' -> ' || quote(new.dusun) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.water_clean IS NOT new.water_clean THEN 'water_clean: ' || quote(old.water_clean) || ' -> ' || quote(new.water_clean) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.latrine_healthy IS NOT new.latrine_healthy THEN 'latrine_healthy: ' || quote(old.latrine_healthy) || ' -> ' || quote(new.latrine_healthy) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.jkn_all IS NOT new.jkn_all THEN 'jkn_all: ' || quote(old.jkn_all) || ' -> ' || quote(new.jkn_all) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.smoker_inside IS NOT new.smoker_inside THEN 'smoker_inside: ' || quote(old.smoker_inside) || ' -> ' || quote(new.smoker_inside) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.status IS NOT new.status THEN 'status: ' || quote(old.status) || ' -> ' || quote(new.status) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.status_date IS NOT new.status_date THEN 'status_date: ' || quote(old.status_date) || ' -> ' || quote(new.status_date) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.note IS NOT new.note THEN 'note: ' || quote(old.note) || ' -> ' || quote(new.note) || '; ' ELSE '' END);\n"
	"END;\n"
	"CREATE TRIGGER household_no_delete BEFORE DELETE ON household\n"
	"BEGIN\n"
	"  SELECT RAISE(ABORT, 'household rows are never deleted');\n"
	"END;\n"
	"CREATE TRIGGER person_audit_insert AFTER INSERT ON person\n"
	"WHEN app_audit()\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'insert', 'person', new.id,\n"
	"    'household_id=' || quote(new.household_id) || '; ' || 'name=' || quote(new.name) || '; ' || 'sex=' || quote(new.sex) || '; ' || 'dob=' || quote(new.dob) || '; ' || 'dob_estimated=' || quote(new.dob_estimated) || '; ' || 'relation=' || quote(new.relation) || '; ' || 'nik=' || quote(new.nik) || '; ' || 'jkn_no=' || quote(new.jkn_no) || '; ' || 'phone=' || quote(new.phone) || '; ' || 'status=' || quote(new.status) || '; ' || 'status_date=' || quote(new.status_date));\n"
	"END;\n"
	"CREATE TRIGGER person_audit_update AFTER UPDATE ON person\n"
	"WHEN app_audit() AND (old.household_id IS NOT new.household_id OR old.name IS NOT new.name OR old.sex IS NOT new.sex OR old.dob IS NOT new.dob OR old.dob_estimated IS NOT new.dob_estimated OR old.relation IS NOT new.relation OR old.nik IS NOT new.nik OR old.jkn_no IS NOT new.jkn_no OR old.phone IS NOT new.phone OR old.status IS NOT new.status OR old.status_date IS NOT new.status_date)\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'update', 'person', new.id,\n"
	"    CASE WHEN old.household_id IS NOT new.household_id THEN 'household_id: ' || quote(old.household_id) || ' -> ' || quote(new.household_id) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.name IS NOT new.name THEN 'name: ' || quote(old.name) || ' -> ' || quote(new.name) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.sex IS NOT new.sex THEN 'sex: ' || quote(old.sex) || ' -> ' || quote(new.sex) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.dob IS NOT new.dob THEN 'dob: ' || quote(old.dob) || ' -> ' || quote(new.dob) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.dob_estimated IS NOT new.dob_estimated THEN 'dob_estimated: ' || quote(old.dob_estimated) || ' -> ' || quote(new.dob_estimated) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.relation IS NOT new.relation THEN 'relation: ' || quote(old.relation) || ' -> ' || quote(new.relation) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.nik IS NOT new.nik THEN 'nik: ' || quote(old.nik) || ' -> ' || quote(new.nik) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.jkn_no IS NOT new.jkn_no THEN 'jkn_no: ' || quote(old.jkn_no) || ' -> ' || quote(new.jkn_no) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.phone IS NOT new.phone THEN 'phone: ' || quote(old.phone) || ' -> ' || quote(new.phone) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.status IS NOT new.status THEN 'status: ' || quote(old.status) || ' -> ' || quote(new.status) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.status_date IS NOT new.status_date THEN 'status_date: ' || quote(old.status_date) || ' -> ' || quote(new.status_date) || '; ' ELSE '' END);\n"
	"END;\n"
	"CREATE TRIGGER person_no_delete BEFORE DELETE ON person\n"
	"BEGIN\n"
	"  SELECT RAISE(ABORT, 'person rows are never deleted');\n"
	"END;\n"
	"CREATE TRIGGER pregnancy_audit_insert AFTER INSERT ON pregnancy\n"
	"WHEN app_audit()\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'insert', 'pregnancy', new.id,\n"
	"    'person_id=' || quote(new.person_id) || '; ' || 'hpht=' || quote(new.hpht) || '; ' || 'hpl=' || quote(new.hpl) || '; ' || 'status=' || quote(new.status) || '; ' || 'end_date=' || quote(new.end_date) || '; ' || 'outcome=' || quote(new.outcome) || '; ' || 'birth_place=' || quote(new.birth_place));\n"
	"END;\n"
	"CREATE TRIGGER pregnancy_audit_update AFTER UPDATE ON pregnancy\n"
	"WHEN app_audit() AND (old.person_id IS NOT new.person_id OR old.hpht IS NOT new.hpht OR old.hpl IS NOT new.hpl OR old.status IS NOT new.status OR old.end_date IS NOT new.end_date OR old.outcome IS NOT new.outcome OR old.birth_place IS NOT new.birth_place)\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'update', 'pregnancy', new.id,\n"
	"    CASE WHEN old.person_id IS NOT new.person_id THEN 'person_id: ' || quote(old.person_id) || ' -> ' || quote(new.person_id) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.hpht IS NOT new.hpht THEN 'hpht: ' || quote(old.hpht) || ' -> ' || quote(new.hpht) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.hpl IS NOT new.hpl THEN 'hpl: ' || quote(old.hpl) || ' -> ' || quote(new.hpl) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.status IS NOT new.status THEN 'status: ' || quote(old.status) || ' -> ' || quote(new.status) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.end_date IS NOT new.end_date THEN 'end_date: ' || quote(old.end_date) || ' -> ' || quote(new.end_date) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.outcome IS NOT new.outcome THEN 'outcome: ' || quote(old.outcome) || ' -> ' || quote(new.outcome) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.birth_place IS NOT new.birth_place THEN 'birth_place: ' || quote(old.birth_place) || ' -> ' || quote(new.birth_place) || '; ' ELSE '' END);\n"
	"END;\n"
	"CREATE TRIGGER pregnancy_no_delete BEFORE DELETE ON pregnancy\n"
	"BEGIN\n"
	"  SELECT RAISE(ABORT, 'pregnancy rows are never deleted');\n"
	"END;\n"
	"CREATE TRIGGER account_audit_insert AFTER INSERT ON account\n"
	"WHEN app_audit()\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'insert', 'account', new.id,\n"
	"    'username=' || quote(new.username) || '; ' || 'full_name=' || quote(new.full_name) || '; ' || 'role=' || quote(new.role) || '; ' || 'posyandu_id=' || quote(new.posyandu_id) || '; ' || 'pwhash=(diubah)' || '; ' || 'active=' || quote(new.active));\n"
	"END;\n"
	"CREATE TRIGGER account_audit_update AFTER UPDATE ON account\n"
	"WHEN app_audit() AND (old.username IS NOT new.username OR old.full_name IS NOT new.full_name OR old.role IS NOT new.role OR old.posyandu_id IS NOT new.posyandu_id OR old.pwhash IS NOT new.pwhash OR old.active IS NOT new.active)\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'update', 'account', new.id,\n"
	"    CASE WHEN old.username IS NOT new.username THEN 'username: ' || quote(old.username) || ' -> ' || quote(new.username) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.full_name IS NOT new.full_name THEN 'full_name: ' || quote(old.full_name) || ' -> ' || quote(new.full_name) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.role IS NOT new.role THEN 'role: ' || quote(old.role) || ' -> ' || quote(new.role) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.posyandu_id IS NOT new.posyandu_id THEN 'posyandu_id: ' || quote(old.posyandu_id) || ' -> ' || quote(new.posyandu_id) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.pwhash IS NOT new.pwhash THEN 'pwhash: (diubah); ' ELSE '' END\n"
	"    || CASE WHEN old.active IS NOT new.active THEN 'active: ' || quote(old.active) || ' -> ' || quote(new.active) || '; ' ELSE '' END);\n"
	"END;\n"
	"CREATE TRIGGER account_no_delete BEFORE DELETE ON account\n"
	"BEGIN\n"
	"  SELECT RAISE(ABORT, 'account rows are never deleted');\n"
	"END;\n"
	;

/*
 * v2: referrals, shared by home visits and screening (ILP.md §4). The
 * history of a referral's outcomes is append-only; the referral row keeps
 * the current status with a version for concurrent edits.
 */
static const char schema_v2[] =
	"CREATE TABLE referral (\n" UUID_KEY
	"  person_id TEXT NOT NULL REFERENCES person(id),\n"
	"  source TEXT NOT NULL CHECK (source IN ('kunjungan', 'skrining', 'manual')),\n"
	"  source_id TEXT,\n"
	"  reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),\n"
	"  destination TEXT NOT NULL CHECK (destination IN ('pustu', 'puskesmas', 'rs')),\n"
	"  referred_on TEXT NOT NULL CHECK (" DATE_OK("referred_on") "),\n"
	"  followup_on TEXT NOT NULL CHECK (" DATE_OK("followup_on") " AND followup_on >= referred_on),\n"
	"  status TEXT NOT NULL DEFAULT 'dirujuk' CHECK (status IN ('dirujuk', 'datang', 'tidak_datang', 'selesai')),\n"
	"  status_on TEXT NOT NULL CHECK (" DATE_OK("status_on") " AND status_on >= referred_on),\n"
	STAMPS
	") STRICT;\n"
	"CREATE INDEX referral_person ON referral(person_id);\n"
	"CREATE INDEX referral_open ON referral(status, followup_on)\n"
	"  WHERE status <> 'selesai';\n"
	"CREATE INDEX referral_source ON referral(source_id)\n"
	"  WHERE source_id IS NOT NULL;\n"
	"CREATE TABLE referral_event (\n" UUID_KEY
	"  referral_id TEXT NOT NULL REFERENCES referral(id),\n"
	"  status TEXT NOT NULL CHECK (status IN ('dirujuk', 'datang', 'tidak_datang', 'selesai')),\n"
	"  on_date TEXT NOT NULL CHECK (" DATE_OK("on_date") "),\n"
	"  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 300),\n"
	"  created_at TEXT NOT NULL,\n"
	"  created_by TEXT NOT NULL\n"
	") STRICT;\n"
	"CREATE INDEX referral_event_referral ON referral_event(referral_id);\n"
	"CREATE TRIGGER referral_event_no_update BEFORE UPDATE ON referral_event\n"
	"BEGIN SELECT RAISE(ABORT, 'referral history is append-only'); END;\n"
	"CREATE TRIGGER referral_event_no_delete BEFORE DELETE ON referral_event\n"
	"BEGIN SELECT RAISE(ABORT, 'referral history is append-only'); END;\n"
	"CREATE TRIGGER referral_no_delete BEFORE DELETE ON referral\n"
	"BEGIN SELECT RAISE(ABORT, 'referral rows are never deleted'); END;\n"
	"CREATE TRIGGER referral_audit_insert AFTER INSERT ON referral\n"
	"WHEN app_audit()\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'insert', 'referral', new.id,\n"
	"    'person_id=' || quote(new.person_id) || '; source=' || quote(new.source)\n"
	"    || '; reason=' || quote(new.reason) || '; destination=' || quote(new.destination)\n"
	"    || '; referred_on=' || quote(new.referred_on) || '; followup_on=' || quote(new.followup_on));\n"
	"END;\n"
	"CREATE TRIGGER referral_audit_update AFTER UPDATE ON referral\n"
	"WHEN app_audit() AND (old.status IS NOT new.status OR old.status_on IS NOT new.status_on\n"
	"  OR old.followup_on IS NOT new.followup_on OR old.destination IS NOT new.destination\n"
	"  OR old.reason IS NOT new.reason)\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'update', 'referral', new.id,\n"
	"    CASE WHEN old.status IS NOT new.status THEN 'status: ' || quote(old.status) || ' -> ' || quote(new.status) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.status_on IS NOT new.status_on THEN 'status_on: ' || quote(old.status_on) || ' -> ' || quote(new.status_on) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.followup_on IS NOT new.followup_on THEN 'followup_on: ' || quote(old.followup_on) || ' -> ' || quote(new.followup_on) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.destination IS NOT new.destination THEN 'destination: ' || quote(old.destination) || ' -> ' || quote(new.destination) || '; ' ELSE '' END\n"
	"    || CASE WHEN old.reason IS NOT new.reason THEN 'reason: ' || quote(old.reason) || ' -> ' || quote(new.reason) || '; ' ELSE '' END);\n"
	"END;\n"
	"CREATE TRIGGER referral_event_audit AFTER INSERT ON referral_event\n"
	"WHEN app_audit()\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'insert', 'referral_event', new.id,\n"
	"    'referral_id=' || quote(new.referral_id) || '; status=' || quote(new.status)\n"
	"    || '; on_date=' || quote(new.on_date) || '; note=' || quote(new.note));\n"
	"END;\n";

/*
 * Version 3: the household and member register (issue 3).
 *
 * The search index (doc/decisions.md, "Search as you type"): one
 * search_doc per person (its name key and NIK) and one per household (No.
 * KK, address and dusun keys, person_id NULL), and search_word holding,
 * for every word of every doc, the doc's text from that word on (its
 * first 64 bytes) under (word, doc): typed words, in order, are a prefix
 * of one such row, found by one range scan of a B-tree. Keys come from
 * ilp_search_key(), core/name's name_search_key() registered by db.c.
 * Triggers keep both tables in step with person and household inside
 * the writing transaction; they are derived data, never audited. A bulk
 * load (store_seed) switches them off with app_index() and rebuilds the
 * index at the end (search_rebuild), as this step does for existing rows.
 */
#define SEARCH_SPLIT(body)                                                     \
	"WITH RECURSIVE split(w) AS (SELECT " body " UNION ALL SELECT "        \
	"substr(w, instr(w, ' ') + 1) FROM split WHERE instr(w, ' ') > 0) "    \
	"SELECT DISTINCT substr(w, 1, 64) AS w FROM split WHERE w <> '' AND "  \
	"substr(w, 1, 1) <> ' '"
#define PERSON_BODY(r)                                                         \
	"trim(ilp_search_key(" r ".name) || ' ' || coalesce(" r ".nik, ''))"
#define HOUSEHOLD_BODY(r)                                                      \
	"trim(coalesce(" r ".no_kk, '') || ' ' || ilp_search_key(" r           \
	".address) || ' ' || ilp_search_key(" r ".dusun))"

static const char schema_v3[] =
	"CREATE TABLE search_doc (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  household_id TEXT NOT NULL REFERENCES household(id),\n"
	"  person_id TEXT REFERENCES person(id),\n"
	"  body TEXT NOT NULL\n"
	") STRICT;\n"
	"CREATE INDEX search_doc_household ON search_doc(household_id);\n"
	"CREATE TABLE search_word (\n"
	"  word TEXT NOT NULL,\n"
	"  doc INTEGER NOT NULL,\n"
	"  PRIMARY KEY (word, doc)\n"
	") STRICT, WITHOUT ROWID;\n"
	"CREATE TRIGGER search_doc_words_insert AFTER INSERT ON search_doc\n"
	"WHEN app_index()\n"
	"BEGIN\n"
	"  INSERT OR IGNORE INTO search_word (word, doc)\n"
	"  SELECT w, new.id FROM (" SEARCH_SPLIT("new.body") ");\n"
	"END;\n"
	"CREATE TRIGGER search_doc_words_update AFTER UPDATE OF body ON "
	"search_doc\n"
	"WHEN app_index() AND old.body IS NOT new.body\n"
	"BEGIN\n"
	"  DELETE FROM search_word WHERE doc = old.id AND word IN (" SEARCH_SPLIT("old.body") ");\n"
	"  INSERT OR IGNORE INTO search_word (word, doc)\n"
	"  SELECT w, new.id FROM (" SEARCH_SPLIT("new.body") ");\n"
	"END;\n"
	"CREATE TRIGGER search_doc_no_delete BEFORE DELETE ON search_doc\n"
	"BEGIN\n"
	"  SELECT RAISE(ABORT, 'search rows follow person and household rows, which are never deleted');\n"
	"END;\n"
	"CREATE TRIGGER household_search_insert AFTER INSERT ON household\n"
	"WHEN app_index()\n"
	"BEGIN\n"
	"  INSERT INTO search_doc (household_id, person_id, body)\n"
	"  VALUES (new.id, NULL, " HOUSEHOLD_BODY("new") ");\n"
	"END;\n"
	"CREATE TRIGGER household_search_update AFTER UPDATE OF no_kk, address, "
	"dusun ON household\n"
	"WHEN app_index()\n"
	"BEGIN\n"
	"  UPDATE search_doc SET body = " HOUSEHOLD_BODY("new") "\n"
	"  WHERE household_id = new.id AND person_id IS NULL;\n"
	"END;\n"
	"CREATE TRIGGER person_search_insert AFTER INSERT ON person\n"
	"WHEN app_index()\n"
	"BEGIN\n"
	"  INSERT INTO search_doc (household_id, person_id, body)\n"
	"  VALUES (new.household_id, new.id, " PERSON_BODY("new") ");\n"
	"END;\n"
	"CREATE TRIGGER person_search_update AFTER UPDATE OF household_id, "
	"name, nik ON person\n"
	"WHEN app_index()\n"
	"BEGIN\n"
	"  UPDATE search_doc SET household_id = new.household_id,\n"
	"    body = " PERSON_BODY("new") "\n"
	"  WHERE household_id = old.household_id AND person_id = new.id;\n"
	"END;\n"
	"INSERT INTO search_doc (household_id, person_id, body)\n"
	"  SELECT id, NULL, " HOUSEHOLD_BODY("household") " FROM household;\n"
	"INSERT INTO search_doc (household_id, person_id, body)\n"
	"  SELECT household_id, id, " PERSON_BODY("person") " FROM person;\n"
	"CREATE INDEX person_dob ON person(dob);\n";

/*
 * v4: screenings (ILP.md §6), events that are never edited nor deleted:
 * the answers as core/screening_answers' canonical text, from which the
 * stored category and outcome can be recomputed; a correction voids the
 * event (who, when, why) and records a new one. A result that calls for
 * a referral names it (created in the same transaction). The category
 * codes are core/screening's, checked here as a second safety net.
 */
static const char schema_v4[] =
	"CREATE TABLE screening (\n" UUID_KEY
	"  person_id TEXT NOT NULL REFERENCES person(id),\n"
	"  kind TEXT NOT NULL CHECK (kind IN ('skilas', 'aks', 'tekanan_darah', 'gula_darah', 'imt', 'lingkar_perut', 'srq20', 'tbc')),\n"
	"  screened_on TEXT NOT NULL CHECK (" DATE_OK("screened_on") "),\n"
	"  answers TEXT NOT NULL CHECK (length(answers) BETWEEN 3 AND 400),\n"
	"  category TEXT NOT NULL,\n"
	"  outcome TEXT NOT NULL CHECK (outcome IN ('normal', 'tindak_lanjut', 'rujuk')),\n"
	"  domains INTEGER CHECK (domains IS NULL OR domains BETWEEN 0 AND 63),\n"
	"  referral_id TEXT REFERENCES referral(id),\n"
	"  voided_at TEXT,\n"
	"  voided_by TEXT,\n"
	"  void_reason TEXT CHECK (void_reason IS NULL OR length(void_reason) BETWEEN 1 AND 300),\n"
	STAMPS
	"  , CHECK (CASE kind\n"
	"      WHEN 'skilas' THEN category IN ('negatif', 'positif')\n"
	"      WHEN 'aks' THEN category IN ('mandiri', 'ringan', 'sedang', 'berat', 'total')\n"
	"      WHEN 'tekanan_darah' THEN category IN ('optimal', 'normal', 'normal_tinggi', 'hipertensi_1', 'hipertensi_2', 'hipertensi_3')\n"
	"      WHEN 'gula_darah' THEN category IN ('normal', 'prediabetes', 'diabetes')\n"
	"      WHEN 'imt' THEN category IN ('kurus', 'normal', 'bb_lebih', 'obesitas_1', 'obesitas_2')\n"
	"      WHEN 'lingkar_perut' THEN category IN ('normal', 'obesitas_sentral')\n"
	"      WHEN 'srq20' THEN category IN ('normal', 'positif')\n"
	"      WHEN 'tbc' THEN category IN ('tidak_ada_gejala', 'ada_gejala', 'terduga_tbc')\n"
	"      ELSE 0 END)\n"
	"  , CHECK ((kind = 'skilas') = (domains IS NOT NULL))\n"
	"  , CHECK ((outcome = 'rujuk') = (referral_id IS NOT NULL))\n"
	"  , CHECK ((voided_at IS NULL) = (voided_by IS NULL) AND (voided_at IS NULL) = (void_reason IS NULL))\n"
	") STRICT;\n"
	"CREATE INDEX screening_person ON screening(person_id, kind, screened_on);\n"
	"CREATE INDEX screening_month ON screening(screened_on)\n"
	"  WHERE voided_at IS NULL;\n"
	"CREATE TRIGGER screening_no_delete BEFORE DELETE ON screening\n"
	"BEGIN SELECT RAISE(ABORT, 'screening rows are never deleted'); END;\n"
	"CREATE TRIGGER screening_only_void BEFORE UPDATE ON screening\n"
	"WHEN old.voided_at IS NOT NULL OR new.voided_at IS NULL\n"
	"  OR old.person_id IS NOT new.person_id OR old.kind IS NOT new.kind\n"
	"  OR old.screened_on IS NOT new.screened_on OR old.answers IS NOT new.answers\n"
	"  OR old.category IS NOT new.category OR old.outcome IS NOT new.outcome\n"
	"  OR old.domains IS NOT new.domains OR old.referral_id IS NOT new.referral_id\n"
	"  OR old.created_at IS NOT new.created_at OR old.created_by IS NOT new.created_by\n"
	"BEGIN SELECT RAISE(ABORT, 'a screening is an event: void it and record a new one'); END;\n"
	"CREATE TRIGGER screening_audit_insert AFTER INSERT ON screening\n"
	"WHEN app_audit()\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'insert', 'screening', new.id,\n"
	"    'person_id=' || quote(new.person_id) || '; kind=' || quote(new.kind)\n"
	"    || '; screened_on=' || quote(new.screened_on) || '; answers=' || quote(new.answers)\n"
	"    || '; category=' || quote(new.category) || '; outcome=' || quote(new.outcome)\n"
	"    || '; domains=' || quote(new.domains) || '; referral_id=' || quote(new.referral_id));\n"
	"END;\n"
	"CREATE TRIGGER screening_audit_void AFTER UPDATE ON screening\n"
	"WHEN app_audit()\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'void', 'screening', new.id,\n"
	"    'voided_at: ' || quote(old.voided_at) || ' -> ' || quote(new.voided_at)\n"
	"    || '; voided_by: ' || quote(old.voided_by) || ' -> ' || quote(new.voided_by)\n"
	"    || '; void_reason: ' || quote(old.void_reason) || ' -> ' || quote(new.void_reason) || '; ');\n"
	"END;\n";

/*
 * v5 (issue 4): immunisation doses. A dose is an event: it is never
 * edited or deleted; a dose recorded by mistake is voided with a reason,
 * the user and the time (status 'batal'). Whether a dose is valid for the
 * schedule is computed from the dates (core/schedule), never stored.
 */
static const char schema_v5[] =
	"CREATE TABLE dose (\n" UUID_KEY
	"  person_id TEXT NOT NULL REFERENCES person(id),\n"
	"  antigen TEXT NOT NULL CHECK (length(antigen) BETWEEN 1 AND 7 "
	"AND antigen NOT GLOB '*[^A-Za-z0-9]*'),\n"
	"  given_on TEXT NOT NULL CHECK (given_on GLOB "
	"'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(given_on) = "
	"given_on AND given_on >= '1900-01-01'),\n"
	"  place TEXT NOT NULL CHECK (place IN ('posyandu', 'pustu', "
	"'puskesmas', 'faskes_lain')),\n"
	"  batch TEXT NOT NULL DEFAULT '' CHECK (length(batch) <= 40),\n"
	"  given_by TEXT NOT NULL DEFAULT '' CHECK (length(given_by) <= "
	"100),\n"
	"  history INTEGER NOT NULL DEFAULT 0 CHECK (history IN (0, 1)),\n"
	"  status TEXT NOT NULL DEFAULT 'aktif' CHECK (status IN ('aktif', "
	"'batal')),\n"
	"  void_reason TEXT CHECK (void_reason IS NULL OR "
	"length(void_reason) BETWEEN 1 AND 200),\n"
	"  voided_by TEXT,\n"
	"  voided_at TEXT,\n" STAMPS
	"  , CHECK ((status = 'aktif') = (void_reason IS NULL))\n"
	"  , CHECK ((status = 'aktif') = (voided_by IS NULL))\n"
	"  , CHECK ((status = 'aktif') = (voided_at IS NULL))\n"
	") STRICT;\n"
	/* the card, and (covering) the due lists' doses of a child */
	"CREATE INDEX dose_person ON dose(person_id, status, given_on, "
	"antigen);\n"
	"CREATE TRIGGER dose_audit_insert AFTER INSERT ON dose\n"
	"WHEN app_audit()\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'insert', 'dose', new.id,\n"
	"    'person_id=' || quote(new.person_id) || '; antigen=' || "
	"quote(new.antigen) || '; given_on=' || quote(new.given_on) || "
	"'; place=' || quote(new.place) || '; batch=' || quote(new.batch) "
	"|| '; given_by=' || quote(new.given_by) || '; history=' || "
	"quote(new.history) || '; status=' || quote(new.status));\n"
	"END;\n"
	"CREATE TRIGGER dose_audit_update AFTER UPDATE ON dose\n"
	"WHEN app_audit()\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), CASE WHEN old.status = 'aktif' AND "
	"new.status = 'batal' THEN 'void' ELSE 'update' END, 'dose', "
	"new.id,\n"
	"    'status: ' || quote(old.status) || ' -> ' || "
	"quote(new.status) || '; void_reason: ' || quote(old.void_reason) "
	"|| ' -> ' || quote(new.void_reason) || '; voided_by: ' || "
	"quote(new.voided_by));\n"
	"END;\n"
	/* A dose is an event: only voiding changes it, once. */
	"CREATE TRIGGER dose_only_void BEFORE UPDATE ON dose\n"
	"WHEN old.person_id IS NOT new.person_id OR old.antigen IS NOT "
	"new.antigen OR old.given_on IS NOT new.given_on OR old.place IS "
	"NOT new.place OR old.batch IS NOT new.batch OR old.given_by IS "
	"NOT new.given_by OR old.history IS NOT new.history OR "
	"old.created_at IS NOT new.created_at OR old.created_by IS NOT "
	"new.created_by OR old.status <> 'aktif'\n"
	"BEGIN\n"
	"  SELECT RAISE(ABORT, 'a dose is never edited, only voided once');\n"
	"END;\n"
	"CREATE TRIGGER dose_no_delete BEFORE DELETE ON dose\n"
	"BEGIN\n"
	"  SELECT RAISE(ABORT, 'dose rows are never deleted');\n"
	"END;\n";

/*
 * Version 6: home visits (issue 5). A visit is an event: never deleted,
 * never edited, only voided (by nakes/admin) with a reason; its members
 * present (with the life stages they were visited as, which chose their
 * checklists) and its answers -- per member and item, and per household
 * item (two WITHOUT ROWID tables keyed by the visit: a third of the size
 * of one table with a nullable person and a unique index) -- (the
 * canonical text of
 * checklist_format_answer, so outcomes can be worked out again, and the
 * outcome level at the time) are written once with it. A visit's
 * referrals are rows of the referral table (source 'kunjungan', source_id
 * the visit) created in the same transaction. Drafts are a user's
 * unfinished visit, kept as text (core/visit's draft format) under the
 * id the visit will have; their creation and removal are audited, their
 * updates (every page turned) are not.
 */
#define VISIT_AUDIT_INSERT(tbl, key, summary) \
	"CREATE TRIGGER " tbl "_audit_insert AFTER INSERT ON " tbl "\n" \
	"WHEN app_audit()\n" \
	"BEGIN\n" \
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n" \
	"  VALUES (app_user(), 'insert', '" tbl "', " key ", " summary ");\n" \
	"END;\n"
#define VISIT_NO_CHANGE(tbl, what) \
	"CREATE TRIGGER " tbl "_no_update BEFORE UPDATE ON " tbl "\n" \
	"BEGIN SELECT RAISE(ABORT, '" what " are written once with their visit'); END;\n" \
	"CREATE TRIGGER " tbl "_no_delete BEFORE DELETE ON " tbl "\n" \
	"BEGIN SELECT RAISE(ABORT, '" what " are never deleted'); END;\n"

static const char schema_v6[] =
	"CREATE TABLE visit (\n" UUID_KEY
	"  household_id TEXT NOT NULL REFERENCES household(id),\n"
	"  visited_on TEXT NOT NULL CHECK (" DATE_OK("visited_on") "),\n"
	"  voided_at TEXT,\n"
	"  voided_by TEXT,\n"
	"  void_reason TEXT CHECK (void_reason IS NULL OR length(void_reason) BETWEEN 1 AND 300),\n"
	STAMPS
	"  , CHECK ((voided_at IS NULL) = (voided_by IS NULL) AND (voided_at IS NULL) = (void_reason IS NULL))\n"
	") STRICT;\n"
	"CREATE INDEX visit_household ON visit(household_id, visited_on);\n"
	"CREATE INDEX visit_month ON visit(visited_on) WHERE voided_at IS NULL;\n"
	"CREATE TABLE visit_member (\n"
	"  visit_id TEXT NOT NULL REFERENCES visit(id),\n"
	"  person_id TEXT NOT NULL REFERENCES person(id),\n"
	"  stages INTEGER NOT NULL CHECK (stages BETWEEN 0 AND 2047),\n"
	"  PRIMARY KEY (visit_id, person_id)\n"
	") STRICT, WITHOUT ROWID;\n"
	"CREATE INDEX visit_member_person ON visit_member(person_id);\n"
	"CREATE TABLE visit_answer (\n"
	"  visit_id TEXT NOT NULL REFERENCES visit(id),\n"
	"  person_id TEXT NOT NULL REFERENCES person(id),\n"
	"  item TEXT NOT NULL CHECK (length(item) BETWEEN 3 AND 65),\n"
	"  answer TEXT NOT NULL CHECK (length(answer) BETWEEN 1 AND 1100),\n"
	"  level TEXT NOT NULL CHECK (level IN ('info', 'tindak_lanjut', 'rujuk')),\n"
	"  PRIMARY KEY (visit_id, person_id, item)\n"
	") STRICT, WITHOUT ROWID;\n"
	"CREATE TABLE visit_household_answer (\n"
	"  visit_id TEXT NOT NULL REFERENCES visit(id),\n"
	"  item TEXT NOT NULL CHECK (length(item) BETWEEN 3 AND 65),\n"
	"  answer TEXT NOT NULL CHECK (length(answer) BETWEEN 1 AND 1100),\n"
	"  level TEXT NOT NULL CHECK (level IN ('info', 'tindak_lanjut', 'rujuk')),\n"
	"  PRIMARY KEY (visit_id, item)\n"
	") STRICT, WITHOUT ROWID;\n"
	"CREATE TABLE visit_draft (\n" UUID_KEY
	"  owner TEXT NOT NULL CHECK (length(owner) BETWEEN 1 AND 64),\n"
	"  household_id TEXT NOT NULL REFERENCES household(id),\n"
	"  visited_on TEXT NOT NULL CHECK (" DATE_OK("visited_on") "),\n"
	"  body TEXT NOT NULL CHECK (length(body) <= 200000),\n"
	"  created_at TEXT NOT NULL,\n"
	"  updated_at TEXT NOT NULL\n"
	") STRICT;\n"
	"CREATE INDEX visit_draft_owner ON visit_draft(owner, updated_at);\n"
	"CREATE TRIGGER visit_no_delete BEFORE DELETE ON visit\n"
	"BEGIN SELECT RAISE(ABORT, 'visit rows are never deleted'); END;\n"
	"CREATE TRIGGER visit_only_void BEFORE UPDATE ON visit\n"
	"WHEN old.voided_at IS NOT NULL OR new.voided_at IS NULL\n"
	"  OR old.household_id IS NOT new.household_id OR old.visited_on IS NOT new.visited_on\n"
	"  OR old.created_at IS NOT new.created_at OR old.created_by IS NOT new.created_by\n"
	"BEGIN SELECT RAISE(ABORT, 'a visit is an event: void it and record a new one'); END;\n"
	VISIT_NO_CHANGE("visit_member", "visit members")
	VISIT_NO_CHANGE("visit_answer", "visit answers")
	VISIT_NO_CHANGE("visit_household_answer", "visit answers")
	VISIT_AUDIT_INSERT("visit", "new.id",
		"'household_id=' || quote(new.household_id) || '; visited_on=' || quote(new.visited_on)")
	"CREATE TRIGGER visit_audit_void AFTER UPDATE ON visit\n"
	"WHEN app_audit()\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'void', 'visit', new.id,\n"
	"    'voided_at: ' || quote(old.voided_at) || ' -> ' || quote(new.voided_at)\n"
	"    || '; voided_by: ' || quote(old.voided_by) || ' -> ' || quote(new.voided_by)\n"
	"    || '; void_reason: ' || quote(old.void_reason) || ' -> ' || quote(new.void_reason) || '; ');\n"
	"END;\n"
	VISIT_AUDIT_INSERT("visit_member", "new.visit_id",
		"'person_id=' || quote(new.person_id) || '; stages=' || quote(new.stages)")
	VISIT_AUDIT_INSERT("visit_answer", "new.visit_id",
		"'person_id=' || quote(new.person_id) || '; item=' || quote(new.item) || '; answer=' || quote(new.answer) || '; level=' || quote(new.level)")
	VISIT_AUDIT_INSERT("visit_household_answer", "new.visit_id",
		"'item=' || quote(new.item) || '; answer=' || quote(new.answer) || '; level=' || quote(new.level)")
	VISIT_AUDIT_INSERT("visit_draft", "new.id",
		"'owner=' || quote(new.owner) || '; household_id=' || quote(new.household_id) || '; visited_on=' || quote(new.visited_on)")
	"CREATE TRIGGER visit_draft_audit_delete AFTER DELETE ON visit_draft\n"
	"WHEN app_audit()\n"
	"BEGIN\n"
	"  INSERT INTO audit (actor, action, tbl, row_id, summary)\n"
	"  VALUES (app_user(), 'delete', 'visit_draft', old.id,\n"
	"    'owner=' || quote(old.owner) || '; household_id=' || quote(old.household_id));\n"
	"END;\n";

/*
 * v7 (issue 8): idempotent saves. One row per save key a form or a CLI
 * command sent with a new record, naming the kind and the row it made,
 * written in the same transaction as that row: a save retried after a
 * crash finds its key and writes nothing (store/save_key.c). Home
 * visits are idempotent by the visit's own id (v6).
 */
static const char schema_v7[] =
	"CREATE TABLE save_key (\n"
	"  key TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 8 AND 64 "
	"AND key NOT GLOB '*[^A-Za-z0-9-]*'),\n"
	"  kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 20 "
	"AND kind NOT GLOB '*[^a-z_]*'),\n"
	"  row_id TEXT NOT NULL CHECK (length(row_id) = 36),\n"
	"  created_at TEXT NOT NULL,\n"
	"  created_by TEXT NOT NULL\n"
	") STRICT, WITHOUT ROWID;\n"
	"CREATE TRIGGER save_key_no_update BEFORE UPDATE ON save_key\n"
	"BEGIN SELECT RAISE(ABORT, 'save keys are never changed'); END;\n"
	"CREATE TRIGGER save_key_no_delete BEFORE DELETE ON save_key\n"
	"BEGIN SELECT RAISE(ABORT, 'save keys are never deleted'); END;\n";

/*
 * v8 (issue 7, recap speed): the monthly recap counts every person by
 * date of birth, sex and whether they were active on a day, and finds
 * the children of an age range by id. This index holds all four, so the
 * recap reads it (about a third of the person table's pages, in dob
 * order) instead of every person row at random.
 */
static const char schema_v8[] =
	"CREATE INDEX person_recap ON person(dob, sex, status_date, id);\n";

/* clang-format on */

const struct db_migration db_migrations[] = {
	{1, schema_v1}, {2, schema_v2}, {3, schema_v3}, {4, schema_v4},
	{5, schema_v5}, {6, schema_v6}, {7, schema_v7}, {8, schema_v8},
};
const int db_migration_count =
	(int)(sizeof db_migrations / sizeof db_migrations[0]);
