#!/bin/bash
# Issue 3: register a household with four members (a newborn, a pregnant
# mother, a father with a NIK, a grandmother of 70), record the
# pregnancy, edit one member, mark one pindah, find the household by
# typing; then check the rows and the audit log with SQL.
. "$(dirname "$0")/lib.sh"

DB=$T/ilp.db
make_db "$DB" || { not_ok "make the test database"; done_testing; }
q() { sql "$DB" "$1"; }

ui_start --db "$DB" --today 2025-08-12
ui_wait "Nama pengguna" || { not_ok "login screen" "$(ui_screen)"; done_testing; }
ui_type kader1; ui_keys Tab; ui_type "$PW"; ui_keys Enter
see "logged in" "1  Keluarga"
ui_keys 1
see "the household list opens" "Kepala keluarga"
see "empty at first" "tidak ada keluarga yang cocok"

# A new household.
ui_keys C-n
see "household form" "Keluarga baru"
ui_type 9901011509250099; ui_keys Tab
ui_type "Jl. Anggrek No. 5"; ui_keys Tab
ui_type 3; ui_keys Tab
ui_type 2; ui_keys Tab
ui_type Krajan; ui_keys Tab
ui_type y; ui_keys Tab
ui_type t
ui_keys F2
see "saved, the household opens" "Anggota (0)"
see "address shown" "Jl. Anggrek No. 5 RT 003/RW 002, Krajan"

# The father, head of household, with a NIK that agrees.
ui_keys a
see "member form" "Anggota baru"
see "a first member is the head" "< Kepala >"
ui_type "Budi Santoso"; ui_keys Tab Tab
ui_type 01051980; ui_keys Tab Tab
ui_type 9901010105800001
ui_keys F2
see "father saved" "data Budi Santoso tersimpan"

# The mother.
ui_keys a
ui_wait "Anggota baru"
ui_type "Siti Aminah"; ui_keys Tab; ui_type p; ui_keys Tab
ui_type 15-03-1995; ui_keys Tab; ui_type i
ui_keys F2
see "mother saved" "data Siti Aminah tersimpan"

# The newborn, 11 days old.
ui_keys a
ui_wait "Anggota baru"
ui_type "Bayu Saputra"; ui_keys Tab Tab
ui_type 01082025
ui_keys F2
see "newborn saved" "data Bayu Saputra tersimpan"
see "a newborn's stage" "Bayi baru lahir"
see "age in days" "11 hari"

# The grandmother, from an age: an estimated date of birth.
ui_keys a
ui_wait "Anggota baru"
ui_type "Mbah Sarinah"; ui_keys Tab; ui_type p; ui_keys Tab
ui_type "70 th"; ui_keys Tab; ui_type o
ui_keys F2
see "grandmother saved" "data Mbah Sarinah tersimpan"
see "estimated age marked" "70 tahun~"
see "lansia" "Lansia"

# The pregnancy of the mother (third line: head, then by birth date).
ui_keys Down Down
see "mother selected" "Siti Aminah: NIK -"
ui_keys k
see "pregnancy form" "Catat kehamilan"
ui_keys Tab; ui_type 01032025
ui_keys F2
see "pregnancy saved with HPL" "HPL 06-12-2025"
see "gestational age shown" "usia kehamilan 23 minggu 3 hari"
see "the mother is ibu hamil" "Ibu hamil"

# Edit the grandmother's name; her estimated birth date stays estimated.
ui_keys Up
see "grandmother selected" "Mbah Sarinah: NIK -"
ui_keys Enter
see "edit form" "Ubah anggota"
see "estimated date explained" "perkiraan (dari umur)"
ui_keys C-u; ui_type "Sarinah Wati"
ui_keys F2
see "edited" "data Sarinah Wati tersimpan"

# Mark her pindah.
ui_keys s
see "status form" "Status Sarinah Wati"
ui_keys Tab; ui_type 10-08-2025
ui_keys F2
see "marked pindah" "pindah 10-08-2025"

# Back to the list: search as you type finds the household; badges.
ui_keys Escape
ui_wait "Kepala keluarga"
ui_type "siti am"
see "found by a member's name" "Budi Santoso"
see "badges" "hamil bayi balita"
ui_keys C-u; ui_type 9901010105800001
see "found by NIK" "Budi Santoso"
ui_keys C-u; ui_type anggrek
see "found by address" "Jl. Anggrek No. 5"
ui_keys C-u; ui_type zzz
see "no match" "tidak ada keluarga yang cocok"
ui_keys Escape
ui_wait "1  Keluarga"
ui_keys F10; ui_wait "Keluar dari ilp?"; ui_keys y
ok_if "ilp ends" ui_exit_wait 5
is "$(ui_status)" 0 "exit status 0"

# The rows.
is "$(q "SELECT no_kk || '|' || address || '|' || rt || '|' || rw || '|' || dusun || '|' || water_clean || '|' || latrine_healthy || '|' || quote(jkn_all) FROM household")" \
	"9901011509250099|Jl. Anggrek No. 5|003|002|Krajan|1|0|NULL" "household row"
is "$(q "SELECT p.code FROM household h JOIN posyandu p ON p.id = h.posyandu_id")" MAWAR "in the kader's posyandu"
is "$(q "SELECT group_concat(name || ',' || sex || ',' || dob || ',' || dob_estimated || ',' || relation || ',' || coalesce(nik, '-') || ',' || status || ',' || coalesce(status_date, '-'), ' | ') FROM (SELECT * FROM person ORDER BY dob)")" \
	"Sarinah Wati,P,1955-02-12,1,orangtua,-,pindah,2025-08-10 | Budi Santoso,L,1980-05-01,0,kepala,9901010105800001,aktif,- | Siti Aminah,P,1995-03-15,0,istri,-,aktif,- | Bayu Saputra,L,2025-08-01,0,anak,-,aktif,-" \
	"four members, one pindah, the estimated DOB flagged"
is "$(q "SELECT hpht || ' ' || hpl || ' ' || status FROM pregnancy")" "2025-03-01 2025-12-06 hamil" "pregnancy row"
is "$(q "SELECT count(*) FROM audit WHERE actor = 'kader1' AND action = 'insert' AND tbl IN ('household', 'person', 'pregnancy')")" 6 "six inserts audited as kader1"
is "$(q "SELECT count(*) FROM audit WHERE actor = 'kader1' AND action = 'update' AND tbl = 'person'")" 2 "the edit and the status audited"
is "$(q "SELECT count(*) FROM search_doc")" 5 "search docs kept by the triggers"
done_testing
