#!/bin/bash
# Security promises of issue 8 on the command line (doc/security.md):
# files created 0600 (0660 with group_access) whatever the umask; no
# password in the database, its log or the audit; demo data never in a
# real database; a kader's export and due list are their own posyandu.
. "$(dirname "$0")/../lib.sh"

mode() { stat -c %a "$1"; }
umask 000
DB=$T/ilp.db
make_db "$DB" || { not_ok "make the test database"; done_testing; }
is "$(mode "$DB")" 600 "database 0600 under umask 000"
for f in "$DB-wal" "$DB-shm"; do
	[ -e "$f" ] && is "$(mode "$f")" 600 "$(basename "$f") 0600"
done
"$ILP" backup "$T/copy.db" --db "$DB" >/dev/null
is "$(mode "$T/copy.db")" 600 "backup 0600"
printf '%s\n' "$PW" | "$ILP" export csv persons --out "$T/p.csv" --db "$DB" --user admin --password-stdin >/dev/null
is "$(mode "$T/p.csv")" 600 "export 0600"

# group_access: 0660 for a group-shared installation
G=$T/group.ini
printf '[security]\npwhash_memory_mib = 19\n[database]\ngroup_access = yes\n' >"$G"
printf '%s\n' "$PW" | ILP_CONFIG=$G "$ILP" init --db "$T/g.db" --admin admin --password-stdin >/dev/null
is "$(mode "$T/g.db")" 660 "group_access: database 0660"
ILP_CONFIG=$G "$ILP" backup "$T/g-copy.db" --db "$T/g.db" >/dev/null
is "$(mode "$T/g-copy.db")" 660 "group_access: backup 0660"
printf '%s\n' "$PW" | ILP_CONFIG=$G "$ILP" export csv households --out "$T/g.csv" --db "$T/g.db" --user admin --password-stdin >/dev/null
is "$(mode "$T/g.csv")" 660 "group_access: export 0660"
# never other users, even with group access
ok_if "nothing world-readable" test -z "$(find "$T" -maxdepth 1 -perm -o=r -type f -name '*.db' -o -maxdepth 1 -perm -o=r -type f -name '*.csv')"

# No password in the files: hashes only (the password is rahasia123).
printf '%s\n%s\n' "$PW" "geheim-kata-99" | "$ILP" user passwd kader1 --db "$DB" --user admin --password-stdin >/dev/null
for f in "$DB" "$DB-wal" "$T/copy.db"; do
	[ -e "$f" ] || continue
	if grep -a -q -e "$PW" -e geheim-kata-99 "$f"; then
		not_ok "no password in $(basename "$f")"
	else
		ok "no password in $(basename "$f")"
	fi
done
is "$(sql "$DB" "SELECT count(*) FROM audit WHERE summary LIKE '%rahasia%' OR summary LIKE '%geheim%' OR summary LIKE '%argon2%'")" 0 \
	"the audit holds no password and no hash"
like "$(sql "$DB" "SELECT summary FROM audit WHERE tbl = 'account' AND action = 'update' ORDER BY rowid DESC LIMIT 1")" \
	"(diubah)" "a changed password shows as (diubah)"

# Demo data never reaches a real database.
s0=$(cksum <"$DB")
out=$("$ILP" seed --households 5 --db "$DB" 2>&1)
is "$?" 1 "seed into a real database: exit 1"
like "$out" "data latihan hanya dibuat di database baru yang kosong" "seed into a real database: refused"
printf '%s\n' "$PW" | "$ILP" init --db "$T/fresh.db" --admin admin --password-stdin >/dev/null
out=$("$ILP" seed --households 5 --db "$T/fresh.db" 2>&1)
like "$out" "sudah berisi data" "seed into a database with only an admin: refused"
is "$(sql "$T/fresh.db" "SELECT count(*) FROM meta WHERE key = 'demo'")" 0 "not marked as training data"
"$ILP" seed --households 5 --db "$T/demo.db" >/dev/null 2>&1
out=$(printf 'latihan1\n' | "$ILP" export csv persons --db "$T/demo.db" --user admin --password-stdin 2>&1)
is "$?" 1 "export of training data without --allow-training: exit 1"
out=$(printf 'latihan1\n' | "$ILP" export csv persons --allow-training --db "$T/demo.db" --user admin --password-stdin 2>/dev/null)
is "$(printf '%s\n' "$out" | grep -c -v '^LATIHAN,')" 0 "every line of a training export starts LATIHAN"

# A kader's export and due list: their own posyandu, whatever is asked.
V=$T/demo.db
out=$(printf 'latihan1\n' | "$ILP" export csv households --allow-training --db "$V" --user kader1 --password-stdin 2>&1)
is "$?" 0 "kader exports their own posyandu"
is "$(printf '%s\n' "$out" | sed 1d | cut -d, -f3 | sort -u | tr -d '\r')" MAWAR "only MAWAR rows"
out=$(printf 'latihan1\n' | "$ILP" export csv households --allow-training --posyandu MELATI --db "$V" --user kader1 --password-stdin 2>&1)
is "$?" 1 "kader export of MELATI: exit 1"
out=$(printf 'latihan1\n' | "$ILP" due --posyandu MELATI --today 2025-08-12 --db "$V" --user kader1 --password-stdin 2>&1)
is "$?" 1 "kader due list of MELATI: exit 1"
out=$(printf 'latihan1\n' | "$ILP" due --today 2025-08-12 --db "$V" --user kader1 --password-stdin 2>&1)
mel=$(sql "$V" "SELECT count(*) FROM person p JOIN household h ON h.id = p.household_id JOIN posyandu y ON y.id = h.posyandu_id WHERE y.code <> 'MAWAR' AND instr('$(printf '%s' "$out" | cut -f1 | tr '\n' ' ')', p.id) > 0")
is "$mel" 0 "kader's due list holds no child of another posyandu"
done_testing
