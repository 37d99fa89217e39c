#!/bin/bash
# An interrupted visit is kept as a draft (issue 5): the program killed
# mid-visit, then resumed on the page where it stopped with what was typed,
# and saved once; a draft left with Esc is not another user's, and can be
# discarded (audited) without writing a visit.
. "$(dirname "$0")/lib.sh"

DB=$T/ilp.db
FILL=${ILP_TOOLS:-$TOP/build/tests/tools}/regfill
make_db "$DB" || { not_ok "make the database"; done_testing; }
"$FILL" "$DB" MAWAR "Jl. Anggrek No. 5" "Budi Santoso" \
	"Siti Aminah|P|1995-03-15|istri|2025-03-01" >/dev/null ||
	{ not_ok "fill the household"; done_testing; }

quit() {
	ui_keys F10; ui_wait "Keluar dari ilp?"; ui_keys y
	ui_exit_wait || not_ok "ilp ends"
}
login() {
	ui_wait "Nama pengguna"
	ui_type "$1"; ui_keys Tab; ui_type "$PW"; ui_keys Enter
	ui_wait "Menu utama"
}

ui_start --db "$DB" --today 2025-08-12
login kader1
ui_keys 2; ui_wait "Mulai kunjungan"
ui_keys 4; ui_wait "Pilih keluarga"
ui_keys Enter; ui_wait "Anggota yang hadir"
ui_keys Tab y y PgDn PgDn
see "the pregnant woman's page" "LiLA (lingkar lengan atas)"
ui_keys Tab Tab Tab
ui_type 21
ui_keys PgDn
see "on to the household page" "Keluarga memakai sarana air bersih"
kill -9 "$(ui_pid)"
ui_exit_wait
is "$(sql "$DB" "SELECT count(*) || '|' || owner FROM visit_draft")" "1|kader1" "the killed visit is a draft of kader1"
is "$(sql "$DB" "SELECT count(*) FROM visit")" 0 "and no visit"

ui_start --db "$DB" --today 2025-08-12
login bidan
ui_keys 2
see "another user has no draft" "Draf Anda: 0"
quit

ui_start --db "$DB" --today 2025-08-12
login kader1
ui_keys 2
see "kader1 has one draft" "Draf Anda: 1"
ui_keys 3
see "the draft is listed" "2 hadir, 1 jawaban"
ui_keys Enter
see "it resumes where it stopped" "Keluarga memakai sarana air bersih"
ui_keys PgUp
see "what was typed is kept" "[21"
see "and still marked" "RUJUK"
ui_keys F2
see "the summary" "Rujukan: Siti Aminah"
ui_keys F2
see "the visit is saved" "Kunjungan tersimpan"
is "$(sql "$DB" "SELECT count(*) FROM visit")" 1 "one visit"
is "$(sql "$DB" "SELECT answer || '|' || level FROM visit_answer")" "21.0|rujuk" "with the LiLA typed before the kill"
is "$(sql "$DB" "SELECT count(*) FROM visit_draft")" 0 "the draft is gone"

# Esc keeps a draft; d discards it.
see "saving a resumed draft goes back to the drafts" "tidak ada draf kunjungan"
ui_keys Escape; ui_wait "Mulai kunjungan"
ui_keys 4; ui_wait "Pilih keluarga"
ui_keys Enter; ui_wait "Anggota yang hadir"
ui_keys Tab y
ui_wait "< Ya >"
ui_keys F2
see "F2 on the first page goes to the summary" "temuan, rujukan, simpan"
ui_keys Escape
see "Esc keeps the visit as a draft" "sebagai draf"
ui_keys 3
ui_wait "1 hadir"
ui_keys d
ui_wait "?"
ui_keys y
see "the discarded draft leaves the list" "Draf kunjungan Anda: 0"
is "$(sql "$DB" "SELECT count(*) FROM visit_draft")" 0 "no draft left"
is "$(sql "$DB" "SELECT count(*) FROM visit")" 1 "and no second visit"
is "$(sql "$DB" "SELECT count(*) FROM audit WHERE tbl = 'visit_draft' AND action = 'delete' AND actor = 'kader1'")" 2 "both drafts' ends are audited"
quit
done_testing
