#!/bin/bash
# ilp export csv households|persons: RFC 4180 quoting, UTF-8, what the
# role may see, 0600 files never overwritten, audit, and training data
# refused unless --allow-training (then marked LATIHAN on every row).
. "$(dirname "$0")/../lib.sh"

DB=$T/ilp.db
make_db "$DB" || { not_ok "make the test database"; done_testing; }
FILL=${ILP_TOOLS:-$TOP/build/tests/tools}/regfill
"$FILL" "$DB" MAWAR 'Jl. "Mawar", No. 5' 'Budi Santoso:9901010105800001' 'Ani' >/dev/null ||
	{ not_ok "regfill"; done_testing; }
"$FILL" "$DB" MELATI 'Gg. Kenari 2' 'Agus Salim' 'Dédé Sunarya' >/dev/null
exp() { printf '%s\n' "$PW" | "$ILP" export csv "$@" --db "$DB" --password-stdin; }

out=$(exp households --user bidan)
is "$?" 0 "a bidan exports households"
is "$(printf '%s' "$out" | head -1 | tr -d '\r')" \
	"id,posyandu,no_kk,kepala_keluarga,alamat,rt,rw,dusun,air_bersih,jamban_sehat,jkn_semua,perokok_di_rumah,anggota_aktif,status,catatan,diubah_pada,diubah_oleh" \
	"header"
is "$(printf '%s\n' "$out" | wc -l)" 3 "header and both posyandu's households"
like "$out" ',MAWAR,,Budi Santoso,"Jl. ""Mawar"", No. 5",' "a comma and quotes are quoted, quotes doubled"
like "$out" $'\r' "lines end with CRLF"
out=$(exp persons --user bidan)
like "$out" "Dédé Sunarya" "UTF-8 kept"
like "$out" ",9901010105800001," "NIK exported"
is "$(printf '%s\n' "$out" | wc -l)" 5 "four persons and the header"

# A kader sees only their own posyandu.
out=$(exp persons --user kader1)
is "$(printf '%s\n' "$out" | wc -l)" 3 "kader1: MAWAR's two persons"
unlike "$out" "Agus Salim" "not MELATI's"
out=$(exp persons --user kader1 --posyandu MELATI 2>&1)
is "$?" 1 "a kader cannot ask for another posyandu"
like "$out" "bukan wilayah Anda" "and is told why"
out=$(exp persons --user bidan --posyandu MELATI)
is "$(printf '%s\n' "$out" | wc -l)" 3 "a bidan's posyandu filter"

# Files: 0600, never overwritten.
exp households --user bidan --out "$T/kk.csv" >/dev/null 2>"$T/err"
is "$?" 0 "--out writes a file"
is "$(stat -c %a "$T/kk.csv")" 600 "created 0600"
exp households --user bidan --out "$T/kk.csv" >/dev/null 2>"$T/err"
is "$?" 1 "an existing file is not overwritten"
like "$(cat "$T/err")" "sudah ada" "and says so"
is "$(sql "$DB" "SELECT count(*) FROM audit WHERE action = 'export' AND actor = 'bidan'")" 4 "exports are audited (not the refused one)"

# Usage.
"$ILP" export csv --db "$DB" >/dev/null 2>&1
is "$?" 2 "a missing table is a usage error"
"$ILP" export json households --db "$DB" >/dev/null 2>&1
is "$?" 2 "only csv"

# A training database.
DEMO=$T/demo.db
"$ILP" seed --households 20 --db "$DEMO" --today 2025-08-12 >/dev/null 2>&1
out=$(printf 'latihan1\n' | "$ILP" export csv persons --db "$DEMO" --user bidan --password-stdin 2>&1)
is "$?" 1 "a training database is refused"
like "$out" "database latihan" "with the reason"
out=$(printf 'latihan1\n' | "$ILP" export csv persons --db "$DEMO" --user bidan --password-stdin --allow-training)
is "$?" 0 "--allow-training exports it"
is "$(printf '%s\n' "$out" | grep -vc '^LATIHAN,')" 0 "every line is marked LATIHAN"
done_testing
