#!/bin/bash
# `make valgrind`: one scripted terminal session under valgrind -- log in,
# register a household with a member, a blood pressure, a home visit,
# today's tasks and the monthly recap, switch user, a dose, quit -- and
# a few CLI commands (export, due, report, schedule, check). Fails unless valgrind reports 0 errors and 0 bytes definitely
# lost (still-reachable memory of ncurses and libsodium is not a leak).
# Prints TAP; the summary lines of each run at the end.
. "$(dirname "$0")/../ui/lib.sh"

command -v valgrind >/dev/null || skip_all "valgrind is not installed"
REAL=$ILP
VLOG=$T/vg
mkdir -p "$VLOG"
DB=$T/village.db
"$REAL" seed --households 40 --seed 5 --today 2025-08-12 --db "$DB" >/dev/null ||
	{ not_ok "seed the village"; done_testing; }
# Every ilp below runs under valgrind; one log per process.
cat >"$T/vg-ilp" <<SH
#!/bin/sh
exec valgrind -q --leak-check=full --show-leak-kinds=definite \
	--errors-for-leak-kinds=definite --error-exitcode=99 \
	--track-origins=yes --suppressions="$TOP/tests/valgrind/valgrind.supp" \
	--log-file="$VLOG/%p.log" "$REAL" "\$@"
SH
chmod +x "$T/vg-ilp"
ILP=$T/vg-ilp
SLOW=6 # valgrind is slower; waits below are long enough

q() { sql "$DB" "$1"; }
# vg_home: Esc until the main menu shows.
vg_home() {
	_k=0 # not _n: lib.sh counts tests in it
	while [ $_k -lt 6 ]; do
		ui_wait "1  Keluarga" 5 && return 0
		ui_keys Escape
		_k=$((_k + 1))
	done
}
# vg_find TEXT WANT: types TEXT into a list's filter once the (slow)
# screen is ready, again if WANT does not show.
vg_find() {
	sleep 3
	ui_type "$1"
	ui_wait "$2" 30 && return 0
	ui_keys C-u
	sleep 3
	ui_type "$1"
	ui_wait "$2" 60
}
h0=$(q "SELECT count(*) FROM household")
d0=$(q "SELECT count(*) FROM dose")
child=$(q "SELECT p.name FROM person p JOIN household h ON h.id = p.household_id JOIN posyandu y ON y.id = h.posyandu_id WHERE y.code = 'ANGGREK' AND p.dob BETWEEN '2021-09-01' AND '2025-06-01' ORDER BY (SELECT count(*) FROM person o WHERE instr(lower(o.name), lower(p.name)) > 0), p.name LIMIT 1")

ok_if "a child for the dose" test -n "$child"
ui_start --db "$DB" --today 2025-08-12
see "login" "Nama pengguna" 60
ui_type kader1; ui_keys Tab; ui_type latihan1; ui_keys Enter
see "main menu" "1  Keluarga" 60
ui_keys 1; see "household list" "Kepala keluarga"
ui_type "s"; sleep 2; ui_keys C-u
ui_keys C-n; see "household form" "Keluarga baru"
ui_type 9901011509250099; ui_keys Tab; ui_type "Jl. Valgrind No. 1"; ui_keys Tab
ui_type 3; ui_keys Tab; ui_type 2; ui_keys F2
see "household saved" "Anggota (0)"
ui_keys a; see "member form" "Anggota baru"
ui_type "Budi Santoso"; ui_keys Tab Tab; ui_type 01051980; ui_keys F2
see "member saved" "data Budi Santoso tersimpan"
ui_keys Escape; see "back to the list" "Kepala keluarga"
ui_keys Escape; see "main menu again" "1  Keluarga"
ui_keys 4; see "screening list" "orang usia 15+"
ok_if "found" vg_find "budi s" "1 cocok"
ui_keys Enter; see "the person's page" "1  Tekanan darah"
ui_keys 1; see "measurements" "Tekanan darah sistolik"
ui_type 165; ui_keys Tab; ui_type 95; ui_keys F2
see "blood pressure saved" "Tekanan darah tersimpan"
vg_home; see "main menu" "1  Keluarga"
ui_keys 2; see "the visit menu" "Mulai kunjungan"
ui_keys 4; see "a household to visit" "Pilih keluarga"
ok_if "the new household" vg_find "valgrind" "Jl. Valgrind No. 1"
ui_keys Enter; see "the visit" "Anggota yang hadir"
ui_keys Tab y F2; see "the summary" "Tekan F2 untuk menyimpan"
ui_keys F2; see "visit saved" "Kunjungan tersimpan"
vg_home; see "main menu" "1  Keluarga"
for item in 2 5 6; do
	ui_keys $item; sleep 3; ui_keys Escape; see "menu $item and back" "1  Keluarga"
done
ui_keys F9; see "switch user" "Nama pengguna"
ui_type bidan; ui_keys Tab; ui_type latihan1; ui_keys Enter
see "bidan's menu" "1  Keluarga" 60
ui_keys 3; ui_keys 1; see "children" "Posyandu:"
ok_if "the child" vg_find "$(printf '%s' "$child" | tr 'A-Z' 'a-z')" "$child"
ui_keys Enter; see "the card" "Enter Aturan"
ui_keys t; see "the dose form" "Catat dosis untuk"
ui_keys b; see "BCG chosen" "< BCG"
# from the child's card (history): stored whatever the child's age
ui_keys Tab; ui_type 12082025; ui_keys Tab Tab Tab Tab; ui_keys y; ui_keys F2
see "dose saved, back on the card" "Kartu imunisasi"
vg_home; see "main menu" "1  Keluarga"
ui_keys F10; see "quit asks" "Keluar dari ilp?"; ui_keys y
ok_if "ilp ends" ui_exit_wait 60
is "$(ui_status)" 0 "exit status 0 (99 would be valgrind's)"
is "$(q "SELECT count(*) FROM household")" $((h0 + 1)) "the household is in the database"
is "$(q "SELECT count(*) FROM dose")" $((d0 + 1)) "the dose is in the database"
is "$(q "SELECT count(*) FROM visit v JOIN household h ON h.id = v.household_id WHERE h.address = 'Jl. Valgrind No. 1'")" 1 "the visit is in the database"

# A few commands too.
out=$(printf '%s\n' latihan1 | "$ILP" export csv persons --allow-training --posyandu MAWAR --db "$DB" --user bidan --password-stdin 2>&1 >/dev/null)
is "$?" 0 "export under valgrind"
printf '%s\n' latihan1 | "$ILP" due --db "$DB" --user bidan --password-stdin >/dev/null 2>&1
is "$?" 0 "due under valgrind"
printf '%s\n' latihan1 | "$ILP" report monthly --month 2025-08 --format csv --db "$DB" --user bidan --password-stdin >/dev/null 2>&1
is "$?" 0 "report monthly under valgrind"
"$ILP" schedule --dob 2025-01-10 --today 2025-08-12 --given HB0:2025-01-10 >/dev/null 2>&1
is "$?" 0 "schedule under valgrind"
"$ILP" check --db "$DB" >/dev/null 2>&1
is "$?" 0 "check under valgrind"

# The verdict: every log empty of errors and definite leaks.
errors=0
lost=0
for f in "$VLOG"/*.log; do
	e=$(grep -c '== Invalid\|== Conditional\|== Use of uninit\|== Syscall param\|== Mismatched\|definitely lost in' "$f")
	errors=$((errors + e))
done
n=$(ls "$VLOG"/*.log | wc -l)
is "$errors" 0 "valgrind: 0 errors and 0 definite leaks in $n processes"
if [ "$errors" != 0 ]; then cat "$VLOG"/*.log | head -100 | sed 's/^/# /'; fi
echo "# valgrind: $n processes, $errors error reports"
done_testing
