#!/bin/bash
# The foundation scenario (issue 2): three wrong passwords (message and
# delay), log in, open every main-menu item, shrink the terminal to 60x20
# (the too-small screen) and back, switch user, quit; then the audit rows.
. "$(dirname "$0")/lib.sh"

DB=$T/ilp.db
make_db "$DB" || { not_ok "make the test database"; done_testing; }

ui_start --db "$DB" --today 2025-08-12
see "login screen" "Nama pengguna"
see "the fixed date in the title bar" "Sel 12-08-2025"
see_not "no training banner on a real database" "LATIHAN"

# Three wrong passwords; the store imposes 1 s, then 2 s, then 3 s.
ui_type kader1; ui_keys Tab; ui_type salah-satu; ui_keys Enter
see "first failure counted" "gagal 1 dari 5"
see "and a delay announced" "tunggu 1 detik"
ui_wait "Silakan coba lagi" 5
ui_type salah-dua; ui_keys Enter
see "second failure counted" "gagal 2 dari 5"
ui_type salah-tiga; ui_keys Enter
see "a try during the delay is refused" "tunggu"
see_not "and is not counted" "gagal 3 dari 5"
ui_wait "Silakan coba lagi" 5
ui_keys C-u; ui_type salah-tiga; ui_keys Enter
see "third failure counted" "gagal 3 dari 5"
ui_wait "Silakan coba lagi" 6
ui_keys C-u; ui_type "$PW"; ui_keys Enter
see "logged in after the delay" "Selamat datang, Siti Aminah"
see "main menu" "1  Keluarga"
see "user and posyandu in the title bar" "kader1 (kader)  Posyandu Mawar"

# Every main-menu item opens its screen; Esc comes back.
for item in "1:Keluarga:Kepala keluarga" "2:Kunjungan rumah:Kunjungan prioritas" \
	"3:Imunisasi:Kartu imunisasi balita" "4:Skrining:orang usia 15+" \
	"5:Tugas hari ini:Jenis tugas" "6:Laporan:Rekap bulanan posyandu"; do
	key=${item%%:*}; rest=${item#*:}; name=${rest%%:*}; text=${rest#*:}
	ui_keys "$key"
	see "menu $key opens $name" "$text"
	ui_keys Escape
	ui_wait "1  Keluarga" 5
done
ui_keys 7
see "menu 7 opens Pengguna" "Anda masuk sebagai kader1"
ui_keys F1
see "help for the screen" "Setiap pengguna bisa mengganti"
ui_keys Escape
ui_wait "Anda masuk sebagai" 5
ui_keys Escape
see "back to the main menu" "1  Keluarga"

# Too small, then back to normal.
ui_resize 60 20
see "too-small screen at 60x20" "Layar terlalu kecil: 60 x 20"
ui_resize 80 24
see "normal again at 80x24" "1  Keluarga"

# Switch user from any screen (here: inside Pengguna), then log in as bidan.
ui_keys 7
ui_wait "Anda masuk sebagai" 5
ui_keys C-g
see "switch user shows the login screen" "Sudah keluar akun"
ui_type bidan; ui_keys Tab; ui_type "$PW"; ui_keys Enter
see "the next user logs in" "Selamat datang, Bidan Rina"
ui_keys 9
see "quit asks first" "Keluar dari ilp?"
ui_keys n
see "no keeps ilp open" "1  Keluarga"
ui_keys F10
ui_wait "Keluar dari ilp?" 5
ui_keys y
ok_if "ilp ends" ui_exit_wait 5
is "$(ui_status)" 0 "exit status 0"

# The audit log holds the story, with the right names.
q() { sql "$DB" "$1"; }
is "$(q "SELECT count(*) FROM audit WHERE action='login_failed' AND actor='kader1'")" 3 "three failures audited"
is "$(q "SELECT group_concat(actor || ':' || action, ' ') FROM (SELECT actor, action FROM audit WHERE action IN ('login','logout') AND actor <> 'admin' ORDER BY seq)")" \
	"kader1:login kader1:logout bidan:login bidan:logout" "logins and logouts audited in order"
is "$(q "SELECT failed_count FROM account WHERE username='kader1'")" 0 "a success resets the failure count"
is "$(q "SELECT count(*) FROM audit WHERE action='lock'")" 0 "three failures do not lock"
done_testing
