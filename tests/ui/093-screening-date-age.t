#!/bin/bash
# The screening date decides the age rules: a man who turned 60 this year
# cannot have a SKILAS dated the day before his birthday (the date is on
# SKILAS's first page; refused with his age on that day, typed text
# kept), but can on the birthday itself; the row carries that date and the
# person's page shows the newest SKILAS with the next due 12 months later,
# and the history lists it.
. "$(dirname "$0")/lib.sh"

DB=$T/ilp.db
"$ILP" seed --households 150 --seed 9 --today 2025-08-12 --db "$DB" >/dev/null ||
	{ not_ok "seed the test village"; done_testing; }
q() { sql "$DB" "$1"; }

# Of MAWAR, 60 within the last year, whose name no other name contains.
PICK="SELECT p.id || '|' || p.dob || '|' || p.name FROM person p JOIN household h ON h.id = p.household_id
 JOIN posyandu y ON y.id = h.posyandu_id WHERE y.code = 'MAWAR' AND p.status = 'aktif'
 AND p.dob BETWEEN '1964-08-13' AND '1965-08-11'
 AND NOT EXISTS (SELECT 1 FROM person o WHERE o.id <> p.id AND instr(lower(o.name), lower(p.name)) > 0)
 ORDER BY p.name LIMIT 1"
row=$(q "$PICK")
PID=${row%%|*}
rest=${row#*|}
DOB=${rest%%|*}
NAME=${rest#*|}
ok_if "a new lansia: $NAME, born $DOB" test -n "$PID"
before=$(q "SELECT count(*) FROM screening WHERE person_id = '$PID'")
# his 60th birthday and the day before, as typed (DD-MM-YYYY)
BDAY=$(date -u -d "${DOB/#????/2025}" +%d-%m-%Y)
EVE=$(date -u -d "${DOB/#????/2025} -1 day" +%d-%m-%Y)
ISO=$(date -u -d "${DOB/#????/2025}" +%Y-%m-%d)

ui_start --db "$DB" --today 2025-08-12
see "login screen" "Nama pengguna"
ui_type kader1; ui_keys Tab; ui_type latihan1; ui_keys Enter
see "kader1 logs in" "1  Keluarga"
ui_keys 4
see "the list" "orang usia 15+"
ui_type "$NAME"
see "found by name" "1 cocok"
ui_keys Enter
see "the person's page" "Skrining lansia (SKILAS)"

ui_keys 1
see "SKILAS page 1 with the three words" "bunga, pintu, nasi"
see "and the screening date first" "Tanggal skrining"
ui_keys BTab
ui_keys C-u; ui_type "$EVE"; ui_keys Enter
see "the day before his 60th birthday refused" "umurnya 59 tahun; SKILAS untuk usia 60"
like "$(ui_screen)" "[$EVE" "the typed date is kept"
ui_keys PgDn
see "nor can the page be left" "umurnya 59 tahun; SKILAS untuk usia 60"
like "$(ui_screen)" "ranah 1 dari 6" "still on page 1"
is "$(q "SELECT count(*) FROM screening WHERE person_id = '$PID'")" "$before" "nothing written"

ui_keys C-u; ui_type "${BDAY//-/}"; ui_keys Enter
ui_keys b b 3 Enter
see "page 2: the chair test" "lima kali tanpa menggunakan"
ui_keys y; ui_type 10; ui_keys Enter
see "page 3" "ranah 3 dari 6"
ui_keys t t; ui_type 24; ui_keys Enter
see "page 4" "tunjukkan beberapa jari"
ui_keys t y Enter
see "page 5" "Tes bisik"
ui_keys 1 Enter
see "page 6" "Selama dua minggu terakhir"
ui_keys t t Enter
see "the result page" "SKILAS - hasil"
ui_keys F2
see "saved" "SKILAS tersimpan"
# the page shows the newest SKILAS (the seed may have a later one)
LAST=$(q "SELECT strftime('%d-%m-%Y', max(screened_on)) || ' ' || strftime('%d-%m-%Y', max(screened_on), '+12 months') FROM screening WHERE person_id = '$PID' AND kind = 'skilas' AND voided_at IS NULL")
see "the page shows the newest SKILAS date and the next due a year later" "SKILAS         ${LAST% *}"
like "$(ui_screen)" "${LAST#* }" "next due 12 months after it"
ui_keys 6
see "the history" "Riwayat skrining"
see "lists the SKILAS on the day it was done" "$BDAY"
ui_keys F10
see "quit asks" "Keluar dari ilp?"
ui_keys y
ok_if "ilp ends" ui_exit_wait 5

is "$(q "SELECT kind || ' ' || outcome FROM screening WHERE person_id = '$PID' AND screened_on = '$ISO'")" \
	"skilas normal" "SKILAS stored on his birthday"
is "$(q "SELECT count(*) FROM screening WHERE person_id = '$PID'")" "$((before + 1))" "one written"
like "$("$ILP" check --db "$DB" 2>&1)" "baik" "ilp check passes"

done_testing
