#!/bin/bash
# The trainer's demo: a fresh fictional village as of --today, the LATIHAN
# banner and the demo accounts, and a temporary database that is removed
# on exit, after Ctrl-C, after SIGTERM, and (when killed with -9) by the
# next demo.
. "$(dirname "$0")/lib.sh"

export TMPDIR=$T/tmp
mkdir -p "$TMPDIR"
demo_dirs() { ls -d "$TMPDIR"/ilp-demo-* 2>/dev/null | wc -l; }

ui_start --demo --today 2025-08-12
see "training banner" "LATIHAN"
see "the demo accounts on the login screen" "Akun: kader1 dan kader2"
like "$(ui_screen)" "latihan1" "with their password"
see "the pretend date" "Sel 12-08-2025"
is "$(demo_dirs)" 1 "one temporary demo directory"
ui_type kader1; ui_keys Tab; ui_type latihan1; ui_keys Enter
see "kader1 logs in" "Posyandu Mawar, desa Sukamaju"
like "$(ui_screen)" "keluarga" "the village has households"
ui_keys C-c
see "Ctrl-C asks before quitting" "Keluar dari ilp?"
ui_keys y
ok_if "the demo ends" ui_exit_wait 5
is "$(demo_dirs)" 0 "and its directory is gone"

ui_start --demo --today 2025-08-12 --lang en
see "English with --lang en" "Training database (made-up data)"
is "$(demo_dirs)" 1 "a second demo"
kill -TERM "$(ui_pid)"
ok_if "SIGTERM ends it" ui_exit_wait 5
is "$(demo_dirs)" 0 "and removes its directory"

ui_start --demo --seed 7
see "another village with --seed" "LATIHAN"
kill -KILL "$(ui_pid)"
ui_exit_wait 5
is "$(ui_status)" 137 "kill -9 ends it"
is "$(demo_dirs)" 1 "kill -9 leaves the directory behind"
ui_start --demo
see "the next demo starts" "LATIHAN"
is "$(demo_dirs)" 1 "and sweeps the leftover away"
ui_keys F10; ui_wait "Keluar dari ilp?" 5; ui_keys y
ui_exit_wait 5
is "$(demo_dirs)" 0 "nothing is left"
done_testing
