#!/bin/bash
# Issue 3: two terminals edit the same person. The second save is refused
# with who changed it and when; the database keeps the first save; after
# reloading, the second user applies the change again; the audit log
# shows both users.
. "$(dirname "$0")/lib.sh"

DB=$T/ilp.db
make_db "$DB" || { not_ok "make the test database"; done_testing; }
q() { sql "$DB" "$1"; }

# A second session "s2" on the same private tmux server.
ui2_start() { ui_session s2 "$@"; }
ui2_keys() { tm send-keys -t '=s2:' "$@"; }
ui2_type() { tm send-keys -t '=s2:' -l "$1"; }
ui2_screen() { tm capture-pane -p -t '=s2:'; }
see2() {
	_i=0
	while [ $_i -lt $((100 * SLOW)) ]; do
		case $(ui2_screen) in *"$2"*) ok "$1"; return ;; esac
		sleep 0.1
		_i=$((_i + 1))
	done
	not_ok "$1" "waited for: $2" "$(ui2_screen)"
}

# Terminal 1: kader1 registers Rina.
ui_start --db "$DB" --today 2025-08-12
ui_wait "Nama pengguna" || { not_ok "login screen" "$(ui_screen)"; done_testing; }
ui_type kader1; ui_keys Tab; ui_type "$PW"; ui_keys Enter
ui_wait "1  Keluarga"
ui_keys 1; ui_wait "Kepala keluarga"
ui_keys C-n; ui_wait "Keluarga baru"
ui_keys Tab; ui_type "Jl. Melati 9"; ui_keys F2
ui_wait "Anggota (0)"
ui_keys a; ui_wait "Anggota baru"
ui_type "Rina"; ui_keys Tab; ui_type p; ui_keys Tab; ui_type 01011990
ui_keys F2
see "Rina registered" "data Rina tersimpan"

# Terminal 2: the bidan finds her and opens the same form.
ui2_start --db "$DB" --today 2025-08-12
see2 "second terminal: login" "Nama pengguna"
ui2_type bidan; ui2_keys Tab; ui2_type "$PW"; ui2_keys Enter
see2 "bidan logged in" "1  Keluarga"
ui2_keys 1; see2 "bidan's list" "Kepala keluarga"
ui2_type rina
see2 "bidan finds Rina's household" "Jl. Melati 9"
ui2_keys Enter; see2 "household opened" "Anggota (1)"
ui2_keys Enter; see2 "bidan edits Rina" "Ubah anggota"

# Terminal 1 opens the form too, and saves first.
ui_keys Enter; see "kader1 edits Rina" "Ubah anggota"
ui_keys C-u; ui_type "Rina Marlina"; ui_keys F2
see "first save accepted" "data Rina Marlina tersimpan"

# Terminal 2 saves second: refused, with who and when.
ui2_keys C-u; ui2_type "Rini"; ui2_keys F2
see2 "conflict names the first user" "diubah oleh kader1"
see2 "and offers to reload" "data terbaru? Isian Anda"
is "$(q "SELECT name || ' v' || version || ' ' || updated_by FROM person")" \
	"Rina Marlina v2 kader1" "the database keeps the first save"

# Reload, apply again, save.
ui2_keys y
see2 "reloaded: the first user's name is there" "[Rina Marlina"
ui2_keys C-u; ui2_type "Rini Marlina"; ui2_keys F2
see2 "second save after reload" "data Rini Marlina tersimpan"
is "$(q "SELECT name || ' v' || version || ' ' || updated_by FROM person")" \
	"Rini Marlina v3 bidan" "the re-applied change is saved"
is "$(q "SELECT group_concat(actor, ' ') FROM (SELECT actor FROM audit WHERE tbl = 'person' AND action = 'update' ORDER BY seq)")" \
	"kader1 bidan" "the audit shows both users"
like "$(q "SELECT summary FROM audit WHERE tbl = 'person' AND action = 'update' ORDER BY seq DESC LIMIT 1")" \
	"'Rina Marlina' -> 'Rini Marlina'" "what each changed"

ui2_keys F10; ui2_keys y
is "$(ui_session_status s2 5)" 0 "the second ilp ends with status 0"
ui_keys F10; ui_wait "Keluar dari ilp?"; ui_keys y
ok_if "ilp ends" ui_exit_wait 5
done_testing
