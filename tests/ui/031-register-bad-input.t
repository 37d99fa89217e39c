#!/bin/bash
# Issue 3: bad input in every field of the register's forms. Each shows
# its message, the focus stays on the field (its help line stays), what
# was typed is kept, and nothing is saved. Choice fields (sex, relation,
# facts, status, outcome) cannot hold a bad value; free text (address,
# dusun, note) is bounded by the field and refuses control characters
# as it is typed. Also: a NIK whose date disagrees asks first, a NIK in
# use offers to open its owner, a likely duplicate shows the candidate.
. "$(dirname "$0")/lib.sh"

DB=$T/ilp.db
make_db "$DB" || { not_ok "make the test database"; done_testing; }
q() { sql "$DB" "$1"; }

ui_start --db "$DB" --today 2025-08-12
ui_wait "Nama pengguna" || { not_ok "login screen" "$(ui_screen)"; done_testing; }
ui_type kader1; ui_keys Tab; ui_type "$PW"; ui_keys Enter
ui_wait "1  Keluarga"
ui_keys 1
ui_wait "Kepala keluarga"

# bad WHAT TEXT MESSAGE HELP: type TEXT into the focused field, Tab.
bad() {
	ui_keys C-u
	ui_type "$2"
	ui_keys Tab
	see "$1: message" "$3"
	see "$1: typed text kept" "$2"
	see "$1: focus stays" "$4"
}

ui_keys C-n
ui_wait "Keluarga baru"
bad "No. KK too short" 12345 "No. KK harus 16 angka, tertulis 5" "16 angka dari Kartu"
bad "No. KK not digits" 99010115092500x9 "No. KK hanya boleh berisi angka" "16 angka dari Kartu"
bad "No. KK province" 0001011509250099 "kode provinsi 00 tidak ada" "16 angka dari Kartu"
ui_keys C-u; ui_keys Tab Tab
bad "RT zero" 0 "RT: tidak boleh 0" "1 sampai 3 angka"
bad "RT letters" 1a "RT: harus 1 sampai 3 angka" "1 sampai 3 angka"
ui_keys C-u; ui_type 3; ui_keys Tab
bad "RW letters" x1 "RW: harus 1 sampai 3 angka" "1 sampai 3 angka"
# F2 with a bad field: refused, focus on it, nothing saved.
ui_keys F2
see "save refused on the bad field" "RW: harus 1 sampai 3 angka"
is "$(q "SELECT count(*) FROM household")" 0 "no household saved"
ui_keys C-u; ui_type 2
ui_keys F2
see "saved once fixed" "Anggota (0)"

# The member form.
ui_keys a
ui_wait "Anggota baru"
ui_keys F2
see "a name is required" "Nama: wajib diisi"
bad "name with a digit" "Ani 2" "nama tidak boleh berisi angka" "Nama lengkap seperti"
bad "name with a sign" "Ani@rumah" "tidak boleh ada dalam nama" "Nama lengkap seperti"
ui_keys C-u; ui_type "Budi Santoso"; ui_keys Tab Tab
bad "no such day" 31-02-2020 "tanggal 31 tidak ada pada bulan 02-2020" "DD-MM-YYYY atau DDMMYYYY"
bad "in the future" 01-01-2030 "belum terjadi" "DD-MM-YYYY atau DDMMYYYY"
bad "before 1900" 01-01-1899 "tidak boleh sebelum 01-01-1900" "DD-MM-YYYY atau DDMMYYYY"
bad "not a date or age" "kemarin" "umur tidak dimengerti" "DD-MM-YYYY atau DDMMYYYY"
bad "age zero" "0 th" "umur harus lebih dari 0" "DD-MM-YYYY atau DDMMYYYY"
ui_keys C-u; ui_type 01051980; ui_keys Tab Tab
bad "NIK length" 12345 "NIK harus 16 angka, tertulis 5" "16 angka NIK"
bad "NIK serial" 9901010105800000 "tidak boleh 0000" "16 angka NIK"
bad "NIK date" 9901013205800001 "tidak mungkin" "16 angka NIK"
ui_keys C-u; ui_keys Tab
bad "JKN number" 123 "nomor JKN harus 13 angka" "13 angka nomor kartu"
ui_keys C-u; ui_keys Tab
bad "phone" 12345678 "harus diawali 0 atau +62" "0812 3456 7890"
bad "phone letters" 0812abc "hanya boleh berisi angka" "0812 3456 7890"
is "$(q "SELECT count(*) FROM person")" 0 "no person saved"

# A NIK whose date disagrees asks; No keeps the form, nothing saved.
ui_keys C-u
ui_keys Up Up
ui_type 9901010206800001
ui_keys F2
see "a NIK date mismatch asks" "tanggal lahir pada NIK 02-06-..80"
ui_keys n
see "not saved after No" "tidak disimpan"
is "$(q "SELECT count(*) FROM person")" 0 "still no person"
ui_keys F2
ui_wait "Tetap simpan?"
ui_keys y
see "saved after Yes" "data Budi Santoso tersimpan"

# The same NIK again: offers to open that person.
ui_keys a
ui_wait "Anggota baru"
ui_type "Budi Lain"; ui_keys Tab Tab; ui_type 02061980; ui_keys Tab Tab
ui_type 9901010206800001
ui_keys F2
see "NIK in use offers its owner" "sudah dipakai oleh Budi Santoso"
ui_keys n
see "No keeps the form" "Budi Lain"
is "$(q "SELECT count(*) FROM person")" 1 "the second person is not saved"

# A likely duplicate: same DOB, a spelling difference.
ui_keys Escape
ui_wait "Buang isian"
ui_keys y
ui_wait "Anggota (1)"
ui_keys a
ui_wait "Anggota baru"
ui_type "Budi Santosa"; ui_keys Tab Tab; ui_type 01051980
ui_keys F2
see "duplicate warning shows the candidate" "Mungkin sudah terdaftar: Budi Santoso"
ui_keys n
see "not saved after No" "tidak disimpan"
is "$(q "SELECT count(*) FROM person")" 1 "the duplicate is not saved"
ui_keys Escape
ui_wait "Buang isian"
ui_keys y
ui_wait "Anggota (1)"

# Status and pregnancy dates.
ui_keys s
ui_wait "Status Budi Santoso"
ui_keys Tab
bad "status date in the future" 20-08-2025 "belum terjadi" "tidak sesudah hari ini"
ui_keys Escape; ui_wait "Buang isian"; ui_keys y
ui_wait "Anggota (1)"
ui_keys k
see "no pregnancy for a man" "kehamilan hanya dicatat untuk perempuan"
is "$(q "SELECT count(*) FROM person WHERE status <> 'aktif'")" 0 "status unchanged"
is "$(q "SELECT count(*) FROM pregnancy")" 0 "no pregnancy"
ui_keys F10; ui_wait "Keluar dari ilp?"; ui_keys y
ok_if "ilp ends" ui_exit_wait 5
done_testing
