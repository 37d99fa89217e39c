#!/bin/bash
# A home visit from start to end (issue 5): a household with a pregnant
# woman (LiLA 22 -> rujuk), a baby of 3 months with late doses and a
# grandmother of 70 without SKILAS. The summary shows the findings and the
# referral; the rows, the referral and the audit are checked; a bidan then
# records the referral's outcome; and the priority list changes when
# --today moves forward 40 days.
. "$(dirname "$0")/lib.sh"

DB=$T/ilp.db
FILL=${ILP_TOOLS:-$TOP/build/tests/tools}/regfill
make_db "$DB" || { not_ok "make the database"; done_testing; }
HH=$("$FILL" "$DB" MAWAR "Jl. Anggrek No. 5" "Budi Santoso" \
	"Siti Aminah|P|1995-03-15|istri|2025-03-01" \
	"Bayu Saputra|L|2025-05-01|anak" "Sarinah|P|1955-02-12|orangtua") ||
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
ui_keys 2
see "Kunjungan rumah opens its menu" "Kunjungan prioritas"
ui_keys 1
see "a household never visited is a priority" "Rumah belum pernah dikunjungi"
ui_keys Escape
ui_wait "Mulai kunjungan"
ui_keys 4
see "starting a visit asks for the household" "Pilih keluarga"
ui_keys Enter
see "the visit opens on the members" "Anggota yang hadir"
ui_keys Tab y y y y
ui_keys PgDn
see "with all four present, a page for each and the household" "Halaman 2/7"
see "the head's page" "Budi Santoso - Kepala"
ui_keys PgDn
see "the grandmother's page says she has no SKILAS" "Belum pernah SKILAS"
ui_keys F4
see "F4 opens her SKILAS" "Sarinah"
see "on its first domain" "bunga"
ui_keys Escape
see "Esc comes back to the visit" "Halaman 3/7"
ui_keys PgDn
see "the pregnant woman's page" "LiLA (lingkar lengan atas)"
ui_keys Tab Tab Tab
ui_type 22
ui_keys Tab
see "LiLA 22 is marked for referral as it is typed" "RUJUK"
ui_keys PgDn
see "the baby's page shows his late doses" "(DOFU): BCG, OPV1, DPT1"
ui_keys PgDn
see "the household page" "Keluarga memakai sarana air bersih"
ui_keys PgDn
see "the summary lists the referral" "Rujukan: Siti Aminah"
see "the summary lists the follow-ups" "Belum pernah SKILAS"
see "a referral follows up in a week" "19-08-2025"
ui_keys 2
ui_keys F2
see "the visit is saved" "Kunjungan tersimpan"

is "$(sql "$DB" "SELECT count(*) || '|' || visited_on || '|' || created_by FROM visit WHERE household_id = '$HH'")" "1|2025-08-12|kader1" "one visit"
is "$(sql "$DB" "SELECT count(*) FROM visit_member")" 4 "four members present"
is "$(sql "$DB" "SELECT p.name || '|' || a.item || '|' || a.answer || '|' || a.level FROM visit_answer a JOIN person p ON p.id = a.person_id")" "Siti Aminah|hamil.lila|22.0|rujuk" "the LiLA answer and its level"
is "$(sql "$DB" "SELECT p.name || '|' || r.source || '|' || r.destination || '|' || r.followup_on || '|' || r.status FROM referral r JOIN person p ON p.id = r.person_id")" "Siti Aminah|kunjungan|puskesmas|2025-08-19|dirujuk" "the referral"
like "$(sql "$DB" "SELECT reason FROM referral")" "LiLA" "the referral's reason"
is "$(sql "$DB" "SELECT count(*) FROM referral r JOIN visit v ON v.id = r.source_id")" 1 "the visit's source is the visit"
is "$(sql "$DB" "SELECT count(*) FROM visit_draft")" 0 "no draft is left"
is "$(sql "$DB" "SELECT group_concat(DISTINCT tbl) FROM (SELECT tbl FROM audit WHERE actor = 'kader1' AND action = 'insert' AND tbl IN ('visit', 'referral', 'visit_answer') ORDER BY tbl)")" "referral,visit,visit_answer" "the audit names kader1 for the visit and the referral"

quit

# The bidan records the outcome three days later.
ui_start --db "$DB" --today 2025-08-15
login bidan
ui_keys 2
ui_wait "Rujukan"
ui_keys 2
see "the open referral is listed with how long it has been open" "3 hari"
ui_keys Enter
see "the referral opens with its history" "Riwayat"
ui_keys Tab Tab
ui_type "diperiksa di puskesmas"
ui_keys F2
see "the outcome is recorded" "Hasil rujukan Siti Aminah dicatat"
is "$(sql "$DB" "SELECT status || '|' || status_on || '|' || version FROM referral")" "datang|2025-08-15|2" "the referral's status"
is "$(sql "$DB" "SELECT group_concat(status || ':' || created_by, ',') FROM (SELECT status, created_by FROM referral_event ORDER BY created_at, status DESC)")" "dirujuk:kader1,datang:bidan" "its history keeps both steps"
quit

# Forty days on, the pregnant woman is due a visit again.
ui_start --db "$DB" --today 2025-09-21
login kader1
ui_keys 2
ui_wait "Kunjungan prioritas"
ui_keys 1
see "forty days on, the pregnant woman is due a visit" "Ibu hamil Siti Aminah: belum dikunjungi 40"
see_not "the household has been visited" "Rumah belum pernah dikunjungi"
ui_keys Escape; ui_wait "Mulai kunjungan"
ui_keys Escape; ui_wait "Menu utama"
ui_keys 1; ui_wait "Kepala keluarga"
ui_keys Enter; ui_wait "Anggota"
ui_type f
see "f shows the family health index" "Indeks keluarga sehat"
see "with its category" "IKS 0."
ui_keys Escape; ui_wait "Anggota"
ui_type l
see "l lists the household's visits" "Kunjungan ke keluarga ini: 1"
quit
done_testing
