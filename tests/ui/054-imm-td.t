#!/bin/bash
# Td for WUS and ibu hamil (ILP.md 3.3, issue 4): the list of women of
# 15-49 and pregnant women, a woman's card with her Td status, recording
# T1 and a refused T2 the same day; then the rows.
. "$(dirname "$0")/lib.sh"

DB=$T/demo.db
DAY=2025-08-12
"$ILP" seed --households 150 --db "$DB" --today $DAY >/dev/null 2>&1 ||
	{ not_ok "seed the demo village"; done_testing; }
q() { sql "$DB" "$1"; }

# a woman of ANGGREK without a Td dose, found alone by name
wid=$(q "SELECT p.id FROM person p JOIN household h ON h.id = p.household_id JOIN posyandu y ON y.id = h.posyandu_id WHERE y.code = 'ANGGREK' AND p.sex = 'P' AND p.dob BETWEEN date('$DAY', '-49 years') AND date('$DAY', '-16 years') AND NOT EXISTS (SELECT 1 FROM dose d WHERE d.person_id = p.id) AND (SELECT count(*) FROM person o WHERE o.name LIKE '%' || p.name || '%') = 1 ORDER BY p.id LIMIT 1")
ok_if "a woman without Td" test -n "$wid"
name=$(q "SELECT name FROM person WHERE id = '$wid'")
preg=$(q "SELECT p.name FROM person p JOIN pregnancy g ON g.person_id = p.id JOIN household h ON h.id = p.household_id JOIN posyandu y ON y.id = h.posyandu_id WHERE g.status = 'hamil' AND y.code = 'ANGGREK' LIMIT 1")

ui_start --db "$DB" --today $DAY
see "login" "Nama pengguna"
ui_type bidan; ui_keys Tab; ui_type latihan1; ui_keys Enter
see "main menu" "1  Keluarga"
ui_keys 3; ui_keys 2
see "the list of women" "Umur   Hamil  Alamat"
if [ -n "$preg" ]; then
	ui_type "$preg"
	see "a pregnant woman is marked" "hamil"
	ui_keys C-u
fi
ui_type "$name"; see "found" "$name"
ui_keys Enter
see "her card" "$name (P)"
see "her Td status" "Status Td: belum ada Td yang sah; T1 boleh diberikan kapan saja"
ui_keys t
see "the record form" "Catat dosis untuk $name"
see "Td is offered" "< Td - Tetanus-difteri (Td) >"
ui_keys Right
see "only Td for a woman" "< Td - Tetanus-difteri (Td) >"
ui_keys Tab; ui_keys Tab; ui_keys Right; ui_keys Right
see "at the puskesmas" "< Puskesmas >"
ui_keys F2
see "T1 recorded" "Td tanggal 12-08-2025 dicatat: T1 sah: dosis pertama"
see "the status moves on" "Status Td: status T1; T2 boleh diberikan 4 minggu setelah T1"
ui_keys t; see "the form" "Catat dosis untuk"
ui_keys F2
see "T2 the same day is refused" "T2 terlalu cepat: 0 hari setelah T1, minimal 4 minggu"
ui_keys Escape; see "nothing typed: Esc leaves at once" "Enter Aturan"
ui_keys F10; ui_wait "Keluar dari ilp?" 5; ui_keys y
ok_if "ilp ends" ui_exit_wait 5
is "$(q "SELECT antigen || ' ' || given_on || ' ' || place || ' ' || history FROM dose WHERE person_id = '$wid'")" \
	"Td $DAY puskesmas 0" "one Td row"
done_testing
