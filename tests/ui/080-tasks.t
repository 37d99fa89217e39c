#!/bin/bash
# Tugas hari ini (issue 7): kader1 in the demo village on a fixed day
# sees the counts by kind on the main menu and on the task screen, opens
# the children to immunise, goes from a child with one dose due straight
# to the card, records the dose, comes back and sees the child leave the
# list (the count one less, here and on the task screen and the menu);
# then the dose row is checked with SQL.
. "$(dirname "$0")/lib.sh"

DB=$T/demo.db
DAY=2025-08-12
"$ILP" seed --households 150 --db "$DB" --today $DAY >/dev/null 2>&1 ||
	{ not_ok "seed the demo village"; done_testing; }
q() { sql "$DB" "$1"; }
cat >>"$CONF" <<INI
[imunisasi]
kader_may_record = yes
INI

# The children in the list's order (ilp due: posyandu, then name); the
# first one with exactly one dose to give.
due=$(printf 'latihan1\n' | "$ILP" due --db "$DB" --today $DAY --user kader1 --password-stdin | tail -n +2)
children=$(printf '%s\n' "$due" | cut -f1 | awk '!seen[$0]++')
n=$(printf '%s\n' "$children" | grep -c .)
idx=0 kid=
for id in $children; do
	if [ "$(printf '%s\n' "$due" | awk -F'\t' -v id="$id" '$1 == id' | wc -l)" = 1 ]; then
		kid=$id; break
	fi
	idx=$((idx + 1))
done
ok_if "a MAWAR child with one dose due" test -n "$kid"
name=$(q "SELECT name FROM person WHERE id = '$kid'")
target=$(printf '%s\n' "$due" | awk -F'\t' -v id="$kid" '$1 == id { print $4 }')
ag=$(printf '%s' "$target" | tr -d 0-9)
letter=$(printf '%s' "$ag" | cut -c1 | tr A-Z a-z)

ui_start --db "$DB" --today $DAY
ui_wait "Nama pengguna"
ui_type kader1; ui_keys Tab; ui_type latihan1; ui_keys Enter
ui_wait "1  Keluarga"
see "the menu shows today's task counts" "Tugas: $n imunisasi"
ui_keys 5
ui_wait "Jenis tugas"
see "the task screen" "Anak perlu imunisasi"
is "$(ui_screen | grep 'Anak perlu imunisasi' | awk '{ print $NF }')" "$n" "the children's count"
ui_keys 1
ui_wait "Anak perlu imunisasi - 12-08-2025 - $n"
i=0
while [ $i -lt $idx ]; do ui_keys Down; i=$((i + 1)); done
ui_keys Enter
ui_wait "$name ("
see "Enter opens the child's card" "$name ("
ui_keys t
see "the record form" "Catat dosis untuk $name"
tries=0
while ! ui_screen | grep -q "< $ag - " && [ $tries -lt 12 ]; do
	ui_keys "$letter"; tries=$((tries + 1)); sleep 0.1
done
see "the antigen" "< $ag - "
ui_keys F2
see "saved" "$ag tanggal 12-08-2025 dicatat"
ui_keys Escape
ui_wait "Anak perlu imunisasi - 12-08-2025 - $((n - 1))"
see "back in the list: one less" "tugas selesai; tinggal $((n - 1))"
see_not "the child has left the list" "$name"
ui_keys Escape
ui_wait "Jenis tugas"
is "$(ui_screen | grep 'Anak perlu imunisasi' | awk '{ print $NF }')" "$((n - 1))" "the task screen counts one less"
ui_keys Escape
ui_wait "1  Keluarga"
see "and the menu too" "Tugas: $((n - 1)) imunisasi"
ui_keys F10; ui_wait "Keluar dari ilp?" 5; ui_keys y
ui_exit_wait 5

is "$(q "SELECT count(*) FROM dose WHERE person_id = '$kid' AND antigen = '$ag' AND given_on = '$DAY' AND place = 'posyandu' AND created_by = 'kader1' AND status = 'aktif'")" 1 \
	"the dose is recorded for the child, by kader1"
left=$(printf 'latihan1\n' | "$ILP" due --db "$DB" --today $DAY --user kader1 --password-stdin | tail -n +2 | cut -f1 | grep -c "^$kid\$")
is "$left" 0 "the child has nothing due any more"
done_testing
