#!/bin/bash
# Sasaran imunisasi (issue 4): a kader's due list for a posyandu day,
# grouped by dose, the same children as `ilp due`, another day, written
# to a new text file for printing (0600, never overwritten); a nakes
# chooses the posyandu with Tab.
. "$(dirname "$0")/lib.sh"

DB=$T/demo.db
DAY=2025-08-12
"$ILP" seed --households 150 --db "$DB" --today $DAY >/dev/null 2>&1 ||
	{ not_ok "seed the demo village"; done_testing; }
q() { sql "$DB" "$1"; }
due_tsv() { printf 'latihan1\n' | "$ILP" due --db "$DB" --today "$1" --user "$2" --password-stdin | tail -n +2; }

rows=$(due_tsv $DAY kader1)
n=$(printf '%s\n' "$rows" | grep -c .)
kids=$(printf '%s\n' "$rows" | cut -f1 | sort -u | grep -c .)
ok_if "MAWAR has children due" test "$n" -gt 0

ui_start --db "$DB" --today $DAY
see "login" "Nama pengguna"
ui_type kader1; ui_keys Tab; ui_type latihan1; ui_keys Enter
see "main menu" "1  Keluarga"
ui_keys 3; see "immunisation menu" "Sasaran imunisasi"
ui_keys 3
see "the kader's posyandu" "Posyandu: Posyandu Mawar"
see "the posyandu day is today" "Hari posyandu: Sel 12-08-2025"
see "the same count as ilp due" "Jumlah: $n dosis untuk $kids anak."
see "grouped by dose" "(1 anak)"
ui_keys Tab
see "a kader cannot choose another posyandu" "Posyandu: Posyandu Mawar"
# the list may scroll: the first screen holds the first groups only
shown=$(ui_screen | sed -n 7p | cut -c5-27 | sed 's/ *$//')
like "$(printf '%s\n' "$rows" | cut -f2)" "$shown" "the first child shown is one of ilp due's"

# the first child row opens the card
ui_keys Down
child=$(ui_screen | sed -n 7p | cut -c5-27 | sed 's/ *$//')
ui_keys Enter
see "Enter opens the child's card" "$child ("
see "the card's key bar" "Enter Aturan"
ui_keys Escape
see "back on the list" "Hari posyandu"

# another day: bad input first
ui_keys d
see "the day prompt" "Sasaran untuk hari posyandu"
ui_keys C-u; ui_type 31-02-2025; ui_keys Enter
see "an impossible date" "tanggal 31 tidak ada pada bulan 02-2025"
ui_keys C-u; ui_type 01-01-2030; ui_keys Enter
see "a day too far away" "tanggal tidak boleh sesudah 12-08-2026"
see "the prompt stays with the text" "[01-01-2030"
ui_keys C-u; ui_type 01092025; ui_keys Enter
see "the new day" "Hari posyandu: Sen 01-09-2025"
rows2=$(due_tsv 2025-09-01 kader1)
see "the same count as ilp due on that day" \
	"Jumlah: $(printf '%s\n' "$rows2" | grep -c .) dosis untuk $(printf '%s\n' "$rows2" | cut -f1 | sort -u | grep -c .) anak."

# write it for printing
ui_keys c
see "the file prompt" "Simpan sasaran imunisasi ke berkas teks"
see "a file in the home folder by default" "sasaran-MAWAR-2025-09-01.txt"
ui_keys Enter
see "written" "sasaran ditulis ke $HOME/sasaran-MAWAR-2025-09-01.txt"
F=$HOME/sasaran-MAWAR-2025-09-01.txt
ok_if "the file exists" test -f "$F"
is "$(stat -c %a "$F")" 600 "the file is 0600"
like "$(cat "$F")" "SASARAN IMUNISASI - Posyandu Mawar - hari posyandu 01-09-2025" "its title"
ok=1
for id in $(printf '%s\n' "$rows2" | cut -f1 | sort -u); do
	nm=$(q "SELECT name FROM person WHERE id = '$id'")
	grep -q "$nm" "$F" || { ok=0; echo "# missing $nm"; }
done
is "$ok" 1 "every child of ilp due is in the file"
like "$(cat "$F")" "Ibu: " "with the mother's name"
like "$(cat "$F")" "RT 0" "and the address"
is "$(awk 'length > 80' "$F" | wc -l)" 0 "80 columns at most"
before=$(md5sum <"$F")
ui_keys c; see "the prompt again" "Simpan sasaran imunisasi"
ui_keys Enter
see "an existing file is never overwritten" "sudah ada; pilih"
is "$(md5sum <"$F")" "$before" "the file is unchanged"
ui_keys C-u; ui_type "$T/no/such/dir/s.txt"; ui_keys Enter
see "a missing folder" "tidak bisa membuat"
ui_keys Escape
see "back on the list" "Hari posyandu"

# a nakes chooses: Tab goes through the posyandu, then all of them
ui_keys C-g
see "switch user" "Sudah keluar akun"
ui_type bidan; ui_keys Tab; ui_type latihan1; ui_keys Enter
see "main menu" "1  Keluarga"
ui_keys 3; ui_keys 3
see "the first posyandu" "Posyandu: Posyandu Anggrek"
ui_keys Tab; see "Tab: the next" "Posyandu: Posyandu Mawar"
ui_keys Tab; see "Tab: the next" "Posyandu: Posyandu Melati"
ui_keys Tab; see "Tab: every posyandu" "Posyandu: semua posyandu"
all=$(due_tsv $DAY bidan)
see "the whole area, as ilp due" "Jumlah: $(printf '%s\n' "$all" | grep -c .) dosis"
ui_keys F10; ui_wait "Keluar dari ilp?" 5; ui_keys y
ok_if "ilp ends" ui_exit_wait 5
is "$(ui_status)" 0 "exit status 0"
is "$(q "SELECT count(*) FROM audit WHERE tbl = 'dose'")" 0 "looking changes nothing"
done_testing
