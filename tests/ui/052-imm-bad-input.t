#!/bin/bash
# Bad input in every field of the record and void forms (issue 4): each
# refused with a clear message, the typed text kept, nothing written.
. "$(dirname "$0")/lib.sh"

DB=$T/demo.db
DAY=2025-08-12
"$ILP" seed --households 150 --db "$DB" --today $DAY >/dev/null 2>&1 ||
	{ not_ok "seed the demo village"; done_testing; }
q() { sql "$DB" "$1"; }
n0=$(q "SELECT count(*) FROM dose")
a0=$(q "SELECT count(*) FROM audit")

# a child of ANGGREK whom the filter finds alone
kid=$(q "SELECT p.id FROM person p JOIN household h ON h.id = p.household_id JOIN posyandu y ON y.id = h.posyandu_id WHERE y.code = 'ANGGREK' AND p.dob BETWEEN date('$DAY', '-59 months') AND date('$DAY', '-3 months') AND (SELECT count(*) FROM person o WHERE o.name LIKE '%' || p.name || '%') = 1 ORDER BY p.dob DESC LIMIT 1")
ok_if "a child to work on" test -n "$kid"
name=$(q "SELECT name FROM person WHERE id = '$kid'")
dobui=$(q "SELECT strftime('%d-%m-%Y', dob) FROM person WHERE id = '$kid'")
before=$(q "SELECT strftime('%d-%m-%Y', date(dob, '-1 day')) FROM person WHERE id = '$kid'")

ui_start --db "$DB" --today $DAY
see "login" "Nama pengguna"
ui_type bidan; ui_keys Tab; ui_type latihan1; ui_keys Enter
see "main menu" "1  Keluarga"
ui_keys 3; ui_keys 1
see "the list" "Posyandu: Posyandu Anggrek"
ui_type "$name"; see "found" "$name"
ui_keys Enter; see "the card" "$name ("
ui_keys t; see "the record form" "Catat dosis untuk $name"

# antigen: only the child's antigens are offered (no Td)
ui_keys t
see "no antigen starts with T for a child" "< HB0 - "
ui_keys Tab

# date: malformed, impossible, empty, in the future, before birth
ui_keys C-u; ui_type "12/13/2025"; ui_keys Tab
see "a month that does not exist" "Tanggal pemberian:"
see "the text is kept" "[12/13/2025"
ui_keys C-u; ui_type "kemarin"; ui_keys Tab
see "not a date" "tanggal 'kemarin' tidak sah; tulis DD-MM-YYYY"
ui_keys C-u; ui_keys F2
see "the date is required" "Tanggal pemberian: wajib diisi"
ui_type "13-08-2025"; ui_keys F2
see "a date after today" "13-08-2025"
see "is refused" "belum terjadi"
see "and kept" "[13-08-2025"
ui_keys C-u; ui_type "$before"; ui_keys F2
see "a date before birth" "tanggal pemberian sebelum tanggal lahir"
ui_keys C-u; ui_type "12082025"

# batch and giver
ui_keys Tab; ui_keys Tab; ui_type "AB#12"; ui_keys Tab
see "a batch with a sign" "Nomor batch: boleh huruf, angka, spasi"
see "kept" "[AB#12"
ui_keys C-u; ui_type "AB-12"; ui_keys Tab
ui_keys C-u; ui_type "Bidan 123"; ui_keys F2
see "a giver with digits" "Pemberi: nama tidak boleh berisi angka"
see "kept" "[Bidan 123"
ui_keys C-u; ui_type "Bidan Rina"
is "$(q "SELECT count(*) FROM dose")" "$n0" "nothing was written by the refusals"

# the void form: a reason is required, blanks are no reason
ui_keys Escape; see "leaving asks" "Buang isian"; ui_keys y
see "the card" "Enter Aturan"
ui_keys Down
vline=$(ui_screen | sed -n 20,21p)
ui_keys b
if ui_wait "Batalkan " 3; then
	ok "the void form of a recorded dose"
	ui_keys F2
	see "no reason" "Alasan: wajib diisi"
	ui_type "   "; ui_keys F2
	see "blanks are no reason" "Alasan: wajib diisi"
	ui_keys Escape; see "asks" "Buang isian"; ui_keys y
else
	not_ok "the void form of a recorded dose" "$vline" "$(ui_screen)"
fi
# a line without a recorded dose cannot be voided
ui_keys End
ui_wait "IBL (imunisasi baduta lengkap)" 5
ui_keys b
see "IBL is no dose" "pilih baris sebuah dosis yang tercatat"
ui_keys F10; ui_wait "Keluar dari ilp?" 5; ui_keys y
ok_if "ilp ends" ui_exit_wait 5
is "$(q "SELECT count(*) FROM dose")" "$n0" "no dose written"
is "$(q "SELECT count(*) FROM dose WHERE status = 'batal'")" 0 "none voided"
is "$(q "SELECT count(*) FROM audit WHERE tbl = 'dose'")" 0 "no dose audit rows"
done_testing
