#!/bin/bash
# Issue 8: two terminals on one database save at the same moment. Two
# kaders each add a household, pressing F2 together: both saves succeed,
# each under its own user, once. Then one saves while another process
# holds the write lock past the busy timeout: the status line says
# "sedang dipakai, coba lagi", the typed text stays, and saving again
# after the lock is gone writes the member once (the form's save key).
. "$(dirname "$0")/lib.sh"

DB=$T/ilp.db
make_db "$DB" || { not_ok "make the test database"; done_testing; }
printf '[database]\nbusy_timeout_ms = 1000\n' >>"$ILP_CONFIG"
q() { sql "$DB" "$1"; }

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

# Both kaders open a new household form and fill it in.
ui_start --db "$DB" --today 2025-08-12
ui_wait "Nama pengguna" || { not_ok "login screen" "$(ui_screen)"; done_testing; }
ui_type kader1; ui_keys Tab; ui_type "$PW"; ui_keys Enter
ui_wait "1  Keluarga"
ui_keys 1; ui_wait "Kepala keluarga"
ui_keys C-n; see "kader1: new household form" "Keluarga baru"
ui_keys Tab; ui_type "Jl. Mawar 1"

ui_session s2 --db "$DB" --today 2025-08-12
see2 "second terminal: login" "Nama pengguna"
ui2_type kader2; ui2_keys Tab; ui2_type "$PW"; ui2_keys Enter
see2 "kader2 logged in" "1  Keluarga"
ui2_keys 1; see2 "kader2's list" "Kepala keluarga"
ui2_keys C-n; see2 "kader2: new household form" "Keluarga baru"
ui2_keys Tab; ui2_type "Jl. Melati 2"

# F2 in both terminals in one tmux command: the same moment.
tm send-keys -t '=s:' F2 \; send-keys -t '=s2:' F2
see "kader1's household saved" "Anggota (0)"
see2 "kader2's household saved" "Anggota (0)"
is "$(q "SELECT group_concat(address || '/' || created_by, ' ') FROM (SELECT * FROM household ORDER BY address)")" \
	"Jl. Mawar 1/kader1 Jl. Melati 2/kader2" "both households, each by its user"
is "$(q "SELECT count(*) FROM audit WHERE tbl = 'household' AND action = 'insert'")" 2 \
	"one audit row each"
is "$(q "SELECT count(*) FROM save_key WHERE kind = 'household'")" 2 \
	"each form sent its own save key"

# Both add a member at the same moment too.
ui_keys a; see "kader1: member form" "Anggota baru"
ui_type "Rina"; ui_keys Tab; ui_type p; ui_keys Tab; ui_type 01011990
ui2_keys a; see2 "kader2: member form" "Anggota baru"
ui2_type "Wati"; ui2_keys Tab; ui2_type p; ui2_keys Tab; ui2_type 02021992
tm send-keys -t '=s:' F2 \; send-keys -t '=s2:' F2
see "kader1's member saved" "data Rina tersimpan"
see2 "kader2's member saved" "data Wati tersimpan"
is "$(q "SELECT group_concat(name || '/' || created_by, ' ') FROM (SELECT * FROM person ORDER BY name)")" \
	"Rina/kader1 Wati/kader2" "both members, each by its user"

# Another process holds the write lock past the 1 s busy timeout.
ui2_keys a; see2 "kader2: another member" "Anggota baru"
ui2_type "Sari"; ui2_keys Tab; ui2_type p; ui2_keys Tab; ui2_type 03031993
printf 'BEGIN IMMEDIATE;\n.shell sleep %s\nCOMMIT;\n' $((3 * SLOW)) |
	sqlite3 -batch "$DB" >/dev/null 2>&1 &
holder=$!
sleep 0.3
ui2_keys F2
see2 "a save that waited too long says so" "sedang dipakai orang lain"
see2 "the typed name stays" "Sari"
is "$(q "SELECT count(*) FROM person WHERE name = 'Sari'")" 0 "nothing written"
wait $holder
ui2_keys F2
see2 "saving again once the lock is gone" "data Sari tersimpan"
is "$(q "SELECT count(*) FROM person WHERE name = 'Sari'")" 1 "the member is written once"

ui2_keys F10; ui2_keys y
is "$(ui_session_status s2 5)" 0 "the second ilp ends with status 0"
ui_keys F10; ui_wait "Keluar dari ilp?"; ui_keys y
ok_if "ilp ends" ui_exit_wait 5
done_testing
