#!/bin/sh
# immbench-sql.sh DB [DAY]: the floor for immbench's figures: the same
# queries as src/store/immunisation*.c, run by the sqlite3 shell with
# .timer on (keep the SQL here in step with the store's). Each query runs
# three times; the last (warm) time counts. The shell only steps the
# rows: no evaluation, no mother and address for the due children.
set -u
DB=${1:?usage: immbench-sql.sh DB [YYYY-MM-DD]}
DAY=${2:-2025-08-12}
OLDEST=$(sqlite3 "$DB" "SELECT date('$DAY', '-1861 days')")
KID=$(sqlite3 "$DB" "SELECT id FROM person WHERE dob > date('$DAY', '-24 months') ORDER BY id LIMIT 1 OFFSET 1000")
POS=$(sqlite3 "$DB" "SELECT id FROM posyandu ORDER BY code LIMIT 1 OFFSET 400")
DOSES="(SELECT group_concat(d.antigen || ':' || d.given_on) FROM dose d WHERE d.person_id = p.id AND d.status = 'aktif' AND d.given_on <= '$DAY')"
MOTHER="coalesce((SELECT m.name FROM person m JOIN pregnancy g ON g.person_id = m.id WHERE m.household_id = p.household_id AND g.status = 'selesai' AND g.end_date = p.dob LIMIT 1), (SELECT m.name FROM person m WHERE m.household_id = p.household_id AND m.sex = 'P' AND m.id <> p.id AND m.dob <= date(p.dob, '-12 years') AND m.dob > date(p.dob, '-56 years') AND ((p.relation = 'anak' AND m.relation IN ('kepala', 'istri')) OR (p.relation = 'cucu' AND m.relation IN ('anak', 'menantu'))) ORDER BY m.relation = 'istri' DESC, m.dob DESC LIMIT 1), '')"
CARD1="SELECT p.id, p.name, p.sex, p.dob, p.dob_estimated, p.status, p.household_id, h.address, h.rt, h.rw, h.dusun, y.id, y.code, y.name, EXISTS (SELECT 1 FROM pregnancy g WHERE g.person_id = p.id AND g.status = 'hamil'), $MOTHER FROM person p JOIN household h ON h.id = p.household_id JOIN posyandu y ON y.id = h.posyandu_id WHERE p.id = '$KID'"
CARD2="SELECT id, antigen, given_on, place, batch, given_by, history, status, void_reason, voided_by, voided_at, version, created_by, created_at FROM dose WHERE person_id = '$KID' ORDER BY given_on, created_at, id"
ONE="SELECT p.id, p.name, p.sex, p.dob, p.household_id, y.code, $DOSES FROM household h JOIN person p ON p.household_id = h.id JOIN posyandu y ON y.id = h.posyandu_id WHERE h.posyandu_id = '$POS' AND p.status = 'aktif' AND p.dob > '$OLDEST' AND p.dob <= '$DAY'"
ALL="WITH p AS MATERIALIZED (SELECT p.id, p.name, p.sex, p.dob, p.household_id, NULL AS code FROM person p WHERE p.status = 'aktif' AND p.dob > '$OLDEST' AND p.dob <= '$DAY' ORDER BY +p.id) SELECT p.*, $DOSES FROM p"

t() {
	printf '.timer on\n.output /dev/null\n%s;\n%s;\n%s;\n' "$2" "$2" "$2" |
		sqlite3 "$DB" 2>&1 | tail -1 | sed "s/^/$1: /"
}
t "card, person" "$CARD1"
t "card, doses" "$CARD2"
t "due list, one posyandu" "$ONE"
t "due list, whole database (children and doses)" "$ALL"
