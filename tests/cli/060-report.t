#!/bin/bash
# ilp report monthly (issue 7) on the seeded demo village: the same recap
# as text (every line within 80 columns) and as CSV (a header row, one
# row per indicator, fields that parse as RFC 4180), the same numbers in
# both; a kader's own posyandu, a nakes's whole area equal to the sum of
# its posyandu; the refusals (bad month, future month, other posyandu,
# bad format, no login).
. "$(dirname "$0")/../lib.sh"

DB=$T/demo.db
DAY=2025-08-12
"$ILP" seed --households 150 --db "$DB" --today $DAY >/dev/null 2>&1 ||
	{ not_ok "seed the demo village"; done_testing; }
rep() { printf 'latihan1\n' | "$ILP" report monthly --db "$DB" --today $DAY --password-stdin "$@"; }

text=$(rep --user kader1 --month 2025-07 2>"$T/err")
is "$?" 0 "kader1's text recap"
like "$text" "REKAP BULANAN POSYANDU 2025-07" "the title"
like "$text" "Posyandu MAWAR" "the kader's own posyandu"
is "$(printf '%s\n' "$text" | awk 'length($0) > 80' | wc -l)" 0 "every line within 80 columns"

csv=$(rep --user kader1 --month 2025-07 --format csv)
is "$?" 0 "kader1's CSV recap"
is "$(printf '%s\n' "$csv" | head -1 | tr -d '\r')" "month,posyandu,section,indicator,name,value,numerator,denominator" "the header row"
is "$(printf '%s\n' "$csv" | grep -c $'\r$')" "$(printf '%s\n' "$csv" | wc -l)" "CRLF line ends"
# RFC 4180 through Python's csv module: eight fields on every row
parsed=$(printf '%s\n' "$csv" | python3 -c '
import csv, sys
rows = list(csv.reader(sys.stdin))
print(len(rows), len({len(r) for r in rows}), rows[1][0], rows[1][1])')
set -- $parsed
ok_if "rows parse" test "$1" -gt 60
is "$2" 1 "every row has the same number of fields"
is "$3 $4" "2025-07 MAWAR" "month and posyandu columns"

# the same number in the text and the CSV, indicator by indicator
n_csv=$(printf '%s\n' "$csv" | grep -c ',')
same=0 diff=0
while IFS=, read -r m p sec id name value num den; do
	[ "$id" = indicator ] && continue
	case "$value" in *.*) value="$value%";; esac
	if printf '%s\n' "$text" | grep -F -- "$name" | grep -qE " ${value//./\\.}( |\$)"; then
		same=$((same + 1)); else diff=$((diff + 1)); echo "# $id: $name $value"; fi
done <<EOT
$(printf '%s\n' "$csv" | tr -d '\r')
EOT
is "$diff" 0 "every CSV value is on the text page ($same)"

sum_of() { printf '%s\n' "$1" | tr -d '\r' | awk -F, -v id="$2" '$4 == id { print $6 }'; }
all=$(rep --user bidan --month 2025-07 --format csv)
mawar=$(rep --user bidan --month 2025-07 --format csv --posyandu MAWAR)
melati=$(rep --user bidan --month 2025-07 --format csv --posyandu MELATI)
anggrek=$(rep --user bidan --month 2025-07 --format csv --posyandu ANGGREK)
is "$(sum_of "$mawar" sasaran.penduduk)" "$(sum_of "$csv" sasaran.penduduk)" "--posyandu MAWAR is the kader's recap"
for id in sasaran.penduduk kunjungan.jumlah imunisasi.dosis skrining.td rujukan.dibuat iks.keluarga; do
	is "$(sum_of "$all" $id)" "$(( $(sum_of "$mawar" $id) + $(sum_of "$melati" $id) + $(sum_of "$anggrek" $id) ))" \
		"the whole area's $id is the sum of its posyandu"
done
is "$(sum_of "$all" sasaran.penduduk)" "$(sql "$DB" "SELECT count(*) FROM person WHERE dob <= '2025-07-31' AND (status = 'aktif' OR status_date > '2025-07-31')")" "persons as SQL counts them"
is "$(sum_of "$all" kunjungan.jumlah)" "$(sql "$DB" "SELECT count(*) FROM visit WHERE voided_at IS NULL AND visited_on LIKE '2025-07-%'")" "visits as SQL counts them"
is "$(sum_of "$all" imunisasi.dosis)" "$(sql "$DB" "SELECT count(*) FROM dose WHERE status = 'aktif' AND given_on LIKE '2025-07-%'")" "doses as SQL counts them"

rep --user kader1 --month 2025-07 --posyandu MELATI >/dev/null 2>"$T/err"
is "$?" 1 "a kader asking for another posyandu fails"
like "$(cat "$T/err")" "posyandunya sendiri" "and is told why"
rep --user bidan --month 2025-09 >/dev/null 2>"$T/err"
is "$?" 1 "a month not begun fails"
like "$(cat "$T/err")" "2025-09 belum dimulai" "and says so"
rep --user bidan --month 2025-13 >/dev/null 2>"$T/err"
is "$?" 2 "a bad month is a usage error"
like "$(cat "$T/err")" "YYYY-MM" "naming the form"
rep --user bidan --month 2025-07 --format xls >/dev/null 2>"$T/err"
is "$?" 2 "a bad format is a usage error"
rep --user bidan >/dev/null 2>"$T/err"
is "$?" 2 "--month is required"
"$ILP" report weekly --db "$DB" >/dev/null 2>&1
is "$?" 2 "an unknown report is a usage error"
"$ILP" report monthly --month 2025-07 --db "$DB" </dev/null >/dev/null 2>"$T/err"
is "$?" 1 "no login, no recap"
like "$("$ILP" report monthly --help)" "report monthly --month YYYY-MM" "--help"
done_testing
