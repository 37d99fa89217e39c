#!/bin/bash
# Pengguna: an admin adds an account through the form (bad input first,
# each refused with its message and the typing kept), adds a posyandu,
# locks and unlocks an account; a kader changes their own password.
. "$(dirname "$0")/lib.sh"

DB=$T/ilp.db
make_db "$DB" || { not_ok "make the test database"; done_testing; }
n_accounts() { sql "$DB" "SELECT count(*) FROM account"; }
before=$(n_accounts)

ui_start --db "$DB" --today 2025-08-12
ui_wait "Nama pengguna"
ui_type admin; ui_keys Tab; ui_type "$PW"; ui_keys Enter
see "admin logs in" "Selamat datang"
ui_keys 7
see "admin's Pengguna menu" "Tambah akun"
ui_keys 2
see "the account form" "Akun baru"

# a user name with capitals: refused when leaving the field, kept as typed
ui_type "Siti"; ui_keys Tab
see "a capitalised name is refused" "harus diawali huruf kecil"
like "$(ui_screen)" "[Siti " "and the typing is kept"
ui_keys C-u; ui_type "siti.r"; ui_keys Tab
ui_type "Siti Rahayu"; ui_keys Tab
ui_keys Tab   # role: kader (first choice)
ui_keys Tab   # posyandu: the first one
ui_type "pendek"; ui_keys Tab
ui_type "pendek"; ui_keys C-s
see "a short password is refused on save" "minimal 8 huruf"
is "$(n_accounts)" "$before" "nothing saved"
ui_keys C-u; ui_type "rahasia-siti"; ui_keys Tab
ui_keys C-u; ui_type "rahasia-lain"; ui_keys C-s
see "different passwords are refused" "kedua kata sandi tidak sama"
is "$(n_accounts)" "$before" "still nothing saved"
ui_keys C-u; ui_type "rahasia-siti"; ui_keys C-s
see "the account is saved" "akun 'siti.r' (kader) dibuat"
is "$(sql "$DB" "SELECT a.role || ' ' || p.code || ' ' || a.full_name FROM account a JOIN posyandu p ON p.id = a.posyandu_id WHERE username = 'siti.r'")" \
	"kader MAWAR Siti Rahayu" "the row holds role, posyandu and name"
is "$(sql "$DB" "SELECT actor FROM audit WHERE tbl = 'account' AND action = 'insert' ORDER BY seq DESC LIMIT 1")" admin "audited under admin"

# the same name again is refused
ui_keys 2
ui_wait "Akun baru"
ui_type "siti.r"; ui_keys Tab Tab Tab Tab
ui_type "rahasia-dua"; ui_keys Tab; ui_type "rahasia-dua"; ui_keys C-s
see "a taken name is refused" "'siti.r' sudah dipakai"
ui_keys Escape
see "leaving a filled form asks first" "Buang isian"
ui_keys y
ui_wait "Tambah akun"

# lock kader1 from the list
ui_keys 1
see "the account list" "kader1"
# select kader1: from the top, down to its row
ui_keys Home
row=$(ui_screen | grep -n "^  [a-z]" | grep -n "kader1" | head -1 | cut -d: -f1)
i=1; while [ "$i" -lt "${row:-1}" ]; do ui_keys Down; i=$((i + 1)); done
ui_type k
see "lock asks first" "Kunci akun 'kader1'?"
ui_keys y
see "kader1 is locked" "akun 'kader1' dikunci"
is "$(sql "$DB" "SELECT locked_until > '9000' FROM account WHERE username='kader1'")" 1 "the lock is in the row"
ui_type k
ui_wait "Buka kunci akun 'kader1'?" 5
ui_keys y
see "and unlocked again" "akun 'kader1' dibuka"
is "$(sql "$DB" "SELECT count(*) FROM audit WHERE action IN ('lock','unlock') AND actor='admin'")" 2 "both audited"

# a new posyandu
ui_keys Escape
ui_wait "Tambah akun"
ui_keys 3
see "the posyandu list" "Posyandu Mawar"
ui_type t
see "the posyandu form" "Posyandu baru"
ui_type "ANGGREK"; ui_keys Tab; ui_type "Posyandu Anggrek"; ui_keys Tab
ui_type "Sukamaju"; ui_keys C-s
see "saved" "posyandu ANGGREK"
is "$(sql "$DB" "SELECT count(*) FROM posyandu p JOIN wilayah w ON w.id = p.desa_id WHERE p.code = 'ANGGREK' AND w.name = 'Sukamaju'")" 1 "in the existing desa"

# kader1 changes their own password
ui_keys C-g
ui_wait "Sudah keluar akun"
ui_type kader1; ui_keys Tab; ui_type "$PW"; ui_keys Enter
ui_wait "Selamat datang"
ui_keys 7
see "a kader's Pengguna menu" "Ganti kata sandi saya"
see_not "without account management" "Tambah akun"
ui_keys 1
ui_wait "Kata sandi lama"
ui_type "salah-lama"; ui_keys Tab; ui_type "baru-kader1"; ui_keys Tab; ui_type "baru-kader1"; ui_keys C-s
see "a wrong old password is refused" "kata sandi lama salah"
ui_keys Up Up; ui_keys C-u; ui_type "$PW"; ui_keys C-s
see "the new password is set" "kata sandi 'kader1' diganti"
ui_keys F10; ui_wait "Keluar dari ilp?"; ui_keys y
ui_exit_wait 5
out=$(printf 'baru-kader1\n' | "$ILP" posyandu list --db "$DB" --user kader1 --password-stdin 2>&1)
like "$out" "MAWAR" "the new password works from the command line"
done_testing
