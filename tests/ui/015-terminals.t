#!/bin/bash
# The same screens under LANG=C, in monochrome (NO_COLOR), on a plain
# vt100 with ASCII line drawing, and in English.
. "$(dirname "$0")/lib.sh"

DB=$T/ilp.db
make_db "$DB" || { not_ok "make the test database"; done_testing; }
sqlite3 "$DB" "PRAGMA journal_mode" >/dev/null

UI_ENV="LANG=C LC_ALL=C NO_COLOR=1" ui_start --db "$DB" --today 2025-08-12
see "LANG=C: the login screen" "Nama pengguna"
ui_type kader1; ui_keys Tab; ui_type "$PW"; ui_keys Enter
see "LANG=C: logged in" "1  Keluarga"
ui_keys 7
see "LANG=C: a menu" "Ganti kata sandi saya"
ui_keys F10; ui_wait "Keluar dari ilp?"; ui_keys y
ok_if "LANG=C: ends" ui_exit_wait 5
is "$(ui_status)" 0 "LANG=C: exit status 0"

UI_ENV="TERM=vt100" ui_start --db "$DB" --today 2025-08-12 --lang en
see "vt100, English: the login screen" "User name"
ui_keys F1
see "help opens with F1" "Keys on every screen"
ui_keys Escape
ui_type bidan; ui_keys Tab; ui_type "$PW"; ui_keys Enter
see "English main menu" "1  Households"
ui_keys C-x
see "Ctrl-X asks to quit" "Quit ilp?"
ui_keys y
ok_if "ends" ui_exit_wait 5

cat >"$T/ascii.ini" <<INI
[security]
pwhash_memory_mib = 19
[app]
line_drawing = ascii
theme = mono
INI
UI_ENV="ILP_CONFIG=$T/ascii.ini" ui_start --db "$DB" --today 2025-08-12
ui_wait "Nama pengguna"
ui_keys F1
see "ascii line drawing" "+ Masuk ---"
ui_keys Escape
ui_keys C-x; ui_wait "Keluar dari ilp?"; ui_keys y
ok_if "ends" ui_exit_wait 5
done_testing
