#!/bin/bash
# A kader and immunisation (issue 4): their own posyandu only; recording
# only when ilp.ini allows it ([imunisasi] kader_may_record), then only
# doses given at the posyandu (others as history from the card); never
# voiding. Then the rows.
. "$(dirname "$0")/lib.sh"

DB=$T/demo.db
DAY=2025-08-12
"$ILP" seed --households 150 --db "$DB" --today $DAY >/dev/null 2>&1 ||
	{ not_ok "seed the demo village"; done_testing; }
q() { sql "$DB" "$1"; }
n0=$(q "SELECT count(*) FROM dose")

# a MAWAR child with a dose due, late or catch-up, found alone by name
kid= target=
while IFS='	' read -r id tg; do
	[ -n "$id" ] || continue
	[ "$(q "SELECT count(*) FROM person o WHERE o.name LIKE '%' || (SELECT name FROM person WHERE id = '$id') || '%'")" = 1 ] || continue
	kid=$id target=$tg
	break
done <<EOT
$(printf 'latihan1\n' | "$ILP" due --db "$DB" --today $DAY --user kader1 --password-stdin | tail -n +2 | cut -f1,4)
EOT
ok_if "a MAWAR child with a dose to give" test -n "$kid"
name=$(q "SELECT name FROM person WHERE id = '$kid'")
ag=$(printf '%s' "$target" | tr -d 0-9)
letter=$(printf '%s' "$ag" | cut -c1 | tr A-Z a-z)
other=$(q "SELECT p.name FROM person p JOIN household h ON h.id = p.household_id JOIN posyandu y ON y.id = h.posyandu_id WHERE y.code = 'MELATI' AND p.dob > date('$DAY', '-59 months') AND (SELECT count(*) FROM person o WHERE o.name LIKE '%' || p.name || '%') = 1 LIMIT 1")

open_card() {
	see "login" "Nama pengguna"
	ui_type kader1; ui_keys Tab; ui_type latihan1; ui_keys Enter
	see "main menu" "1  Keluarga"
	ui_keys 3; ui_keys 1
	see "the kader's posyandu" "Posyandu: Posyandu Mawar"
	ui_type "$name"; see "found" "$name"
	ui_keys Enter; see "the card" "$name ("
}

ui_start --db "$DB" --today $DAY
see "login" "Nama pengguna"
ui_type kader1; ui_keys Tab; ui_type latihan1; ui_keys Enter
see "main menu" "1  Keluarga"
ui_keys 3; ui_keys 1
see "the kader's posyandu" "Posyandu: Posyandu Mawar"
ui_keys Tab
see "Tab does not leave it" "Posyandu: Posyandu Mawar"
ui_type "$other"
see "a child of MELATI is not found" "Tidak ada yang cocok."
ui_keys C-u
ui_type "$name"; see "a child of MAWAR is" "$name"
ui_keys Enter; see "the card" "$name ("
ui_keys t
see "recording needs ilp.ini's permission" "kader tidak boleh mencatat dosis di sini"
ui_keys b
see "voiding is never for a kader" "peran 'kader' tidak boleh melakukan ini"
ui_keys F10; ui_wait "Keluar dari ilp?" 5; ui_keys y
ui_exit_wait 5

# ilp.ini allows it now
cat >>"$CONF" <<INI
[imunisasi]
kader_may_record = yes
INI
ui_start --db "$DB" --today $DAY
open_card
ui_keys t
see "the record form" "Catat dosis untuk $name"
see "no giver filled in for a kader" "Pemberi                ["
ui_keys "$letter"; see "the antigen" "< $ag - "
ui_keys Tab; ui_keys Tab; ui_keys Right
see "at the pustu" "< Pustu >"
ui_keys F2
see "a kader records doses given at the posyandu" "kader mencatat dosis yang diberikan di posyandu"
is "$(q "SELECT count(*) FROM dose")" "$n0" "nothing written"
ui_keys Left
see "back to the posyandu" "< Posyandu >"
ui_keys F2
see "saved" "$ag tanggal 12-08-2025 dicatat: $target sah"
is "$(q "SELECT count(*) FROM dose WHERE person_id = '$kid' AND antigen = '$ag' AND given_on = '$DAY' AND place = 'posyandu' AND created_by = 'kader1' AND history = 0")" 1 \
	"the kader's dose"
# a dose from elsewhere, copied from the card, is fine as history
hist=$(q "SELECT strftime('%d-%m-%Y', given_on) || ' ' || antigen FROM dose WHERE person_id = '$kid' AND status = 'aktif' AND given_on < '$DAY' ORDER BY given_on LIMIT 1")
ui_keys t; see "the form" "Catat dosis untuk"
ui_keys "$(printf '%s' "${hist#* }" | cut -c1 | tr A-Z a-z)"
ui_keys Tab; ui_keys C-u; ui_type "${hist% *}"
ui_keys Tab; ui_keys Right; ui_keys Right
see "puskesmas" "< Puskesmas >"
ui_keys Tab; ui_keys Tab; ui_keys Tab; ui_keys Space
see "history" "< ya >"
ui_keys F2
see "stored from the card" "dicatat:"
is "$(q "SELECT count(*) FROM dose WHERE person_id = '$kid' AND place = 'puskesmas' AND history = 1 AND created_by = 'kader1'")" 1 \
	"the history dose from the puskesmas"
ui_keys b
see "still no voiding" "peran 'kader' tidak boleh melakukan ini"
ui_keys F10; ui_wait "Keluar dari ilp?" 5; ui_keys y
ok_if "ilp ends" ui_exit_wait 5
is "$(q "SELECT count(*) FROM dose")" $((n0 + 2)) "two doses in all"
is "$(q "SELECT count(*) FROM dose WHERE status = 'batal'")" 0 "none voided"
done_testing
