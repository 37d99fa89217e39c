#!/bin/bash
# A screening done on paper and typed in later carries the day it was
# done: the "Tanggal skrining" field heads every screening form, set to
# today. Bad dates (no such day, after today, more than 365 days back)
# are refused when leaving the field and on save, with the typed text
# kept and nothing written; a back-dated blood pressure is stored with
# its date, and the person's page shows it as the last date with the
# next one due 12 months later. Then the rows.
. "$(dirname "$0")/lib.sh"

DB=$T/ilp.db
"$ILP" seed --households 150 --seed 9 --today 2025-08-12 --db "$DB" >/dev/null ||
	{ not_ok "seed the test village"; done_testing; }
q() { sql "$DB" "$1"; }

# An adult of MAWAR under 60 never screened, whose name no other contains.
PICK="SELECT p.id || '|' || p.name FROM person p JOIN household h ON h.id = p.household_id
 JOIN posyandu y ON y.id = h.posyandu_id WHERE y.code = 'MAWAR'
 AND p.dob BETWEEN '1970-01-01' AND '2005-01-01'
 AND NOT EXISTS (SELECT 1 FROM screening s WHERE s.person_id = p.id)
 AND NOT EXISTS (SELECT 1 FROM person o WHERE o.id <> p.id AND instr(lower(o.name), lower(p.name)) > 0)
 ORDER BY p.name DESC LIMIT 1"
row=$(q "$PICK")
PID=${row%%|*}
NAME=${row#*|}
ok_if "an adult to screen: $NAME" test -n "$PID"

ui_start --db "$DB" --today 2025-08-12
see "login screen" "Nama pengguna"
ui_type kader1; ui_keys Tab; ui_type latihan1; ui_keys Enter
see "kader1 logs in" "1  Keluarga"
ui_keys 4
see "the list" "orang usia 15+"
ui_type "$NAME"
see "found by name" "1 cocok"
ui_keys Enter
see "the person's page" "Tekanan darah, gula darah"

ui_keys 1
see "the form starts with the screening date" "Tanggal skrining"
like "$(ui_screen)" "[12-08-2025" "set to today"
ui_keys BTab
ui_keys C-u; ui_type 31-02-2025; ui_keys Tab
see "no such day" "tanggal 31 tidak ada pada bulan 02-2025"
like "$(ui_screen)" "[31-02-2025" "the typed date is kept"
ui_keys C-u; ui_type 13082025; ui_keys Tab
see "after today refused" "tanggal tidak boleh sesudah 12-08-2025"
ui_keys C-u; ui_type 11-08-2024; ui_keys Tab
see "more than 365 days back refused" "tanggal tidak boleh sebelum 12-08-2024"
like "$(ui_screen)" "[11-08-2024" "kept again"
ui_keys C-u; ui_type 13-08-2025; ui_keys F2
see "refused on save too" "tanggal tidak boleh sesudah 12-08-2025"
like "$(ui_screen)" "[13-08-2025" "kept on save"
is "$(q "SELECT count(*) FROM screening WHERE person_id = '$PID'")" 0 \
	"nothing written while the date is refused"

# A paper form of 1 March typed in today.
ui_keys C-u; ui_type 01032025; ui_keys Tab
ui_type 130; ui_keys Tab; ui_type 85
see "the category as soon as typed" "130/85"
ui_keys F2
see "saved" "Tekanan darah tersimpan"
see "the page shows the screening date" "01-03-2025"
see "and the next one 12 months later" "01-03-2026"
ui_keys F10
see "quit asks" "Keluar dari ilp?"
ui_keys y
ok_if "ilp ends" ui_exit_wait 5

is "$(q "SELECT kind || ' ' || screened_on || ' ' || answers FROM screening WHERE person_id = '$PID'")" \
	"tekanan_darah 2025-03-01 sistolik=130;diastolik=85" "stored with the day it was done"
like "$("$ILP" check --db "$DB" 2>&1)" "baik" "ilp check passes"

done_testing
