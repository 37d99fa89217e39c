#!/bin/bash
# Laporan (issue 7): the monthly recap on screen for kader1 (this month
# first), the month switched with the arrows, F1 and '?' showing the
# definition of the indicator under the cursor, 'c' writing a text and a
# CSV file (0600) named on the status line, the same numbers as the CLI;
# a nakes switches to the whole area with Tab.
. "$(dirname "$0")/lib.sh"

DB=$T/demo.db
DAY=2025-08-12
"$ILP" seed --households 150 --db "$DB" --today $DAY >/dev/null 2>&1 ||
	{ not_ok "seed the demo village"; done_testing; }
export HOME=$T/home
mkdir -p "$HOME"

ui_start --db "$DB" --today $DAY
ui_wait "Nama pengguna"
ui_type kader1; ui_keys Tab; ui_type latihan1; ui_keys Enter
ui_wait "1  Keluarga"
ui_keys 6
ui_wait "Rekap bulanan posyandu 2025-08"
see "the kader's posyandu" "Posyandu MAWAR - Posyandu Mawar"
see "the reference day is today" "sasaran pada 12-08-2025"
see "the first section" "SASARAN"
ui_keys Right
see "no month after this one" "bulan berikutnya belum dimulai"
ui_keys Left
ui_wait "Rekap bulanan posyandu 2025-07"
see "July's reference day" "sasaran pada 31-07-2025"
pend=$(printf 'latihan1\n' | "$ILP" report monthly --db "$DB" --today $DAY --user kader1 --password-stdin --month 2025-07 --format csv | tr -d '\r' | awk -F, '$4 == "sasaran.penduduk" { print $6 }')
is "$(ui_screen | grep ' Penduduk ' | awk '{ print $NF }')" "$pend" "the same number of persons as the CLI"
ui_keys Down; ui_keys Down
ui_keys F1
ui_wait "Kode: sasaran.penduduk"
see "F1: the definition of the indicator under the cursor" "Orang yang aktif"
ui_keys Escape
ui_wait "Rekap bulanan posyandu 2025-07"
ui_keys Down
ui_type '?'
ui_wait "Kode: sasaran.neonatus"
see "? too, for the next one" "0-28 hari"
ui_keys Escape
ui_wait "Rekap bulanan posyandu 2025-07"
like "$(ui_screen | tail -1)" "^B Bantuan" "with F1 taken, the key bar offers ^B for help"
unlike "$(ui_screen | tail -1)" "Tab Posyandu" "a kader has no posyandu to choose"
ui_keys C-b
see "Ctrl-B opens the screen's help" "ilp - Bantuan"
ui_keys Escape
ui_wait "Rekap bulanan posyandu 2025-07"
ui_keys c
ui_wait "rekap ditulis"
see "the file names on the status line" "rekap-MAWAR-2025-07.txt"
ok_if "the text file" test -f "$HOME/rekap-MAWAR-2025-07.txt"
ok_if "the CSV file" test -f "$HOME/rekap-MAWAR-2025-07.csv"
is "$(stat -c %a "$HOME/rekap-MAWAR-2025-07.txt") $(stat -c %a "$HOME/rekap-MAWAR-2025-07.csv")" "600 600" "both 0600"
is "$(awk 'length($0) > 80' "$HOME/rekap-MAWAR-2025-07.txt" | wc -l)" 0 "the page within 80 columns"
cli=$(printf 'latihan1\n' | "$ILP" report monthly --db "$DB" --today $DAY --user kader1 --password-stdin --month 2025-07 --format csv)
is "$(cat "$HOME/rekap-MAWAR-2025-07.csv")" "$cli" "the CSV file is the CLI's CSV"
ui_keys c
ui_wait "rekap-MAWAR-2025-07-2.txt"
ok_if "a second write does not overwrite" test -f "$HOME/rekap-MAWAR-2025-07-2.csv"
ui_keys Tab
see_not "a kader cannot switch posyandu" "Seluruh wilayah"
ui_keys F9
ui_wait "Nama pengguna"
ui_type bidan; ui_keys Tab; ui_type latihan1; ui_keys Enter
ui_wait "1  Keluarga"
ui_keys 6
ui_wait "Rekap bulanan posyandu 2025-08"
see "a nakes starts with the whole area" "Seluruh wilayah"
ui_keys Tab
see "Tab: one posyandu" "Posyandu ANGGREK"
ui_keys F10; ui_wait "Keluar dari ilp?" 5; ui_keys y
ui_exit_wait 5
done_testing
