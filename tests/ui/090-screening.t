#!/bin/bash
# Screening (issue 6) on a seeded village: a kader finds a lansia by name,
# does a full SKILAS with two positive domains (the referral is made), an
# AKS of 11 (sedang), and a blood pressure of 165/95 (derajat 2, rujuk)
# after bad values are refused (300/20, 120/130, letters, weight 900);
# the person's page shows the results; then the rows are checked with SQL.
. "$(dirname "$0")/lib.sh"

DB=$T/ilp.db
"$ILP" seed --households 150 --seed 5 --today 2025-08-12 --db "$DB" >/dev/null ||
	{ not_ok "seed the test village"; done_testing; }
q() { sql "$DB" "$1"; }

# A lansia of MAWAR never screened, whose name no other name contains.
PICK="SELECT p.id || '|' || p.name FROM person p JOIN household h ON h.id = p.household_id
 JOIN posyandu y ON y.id = h.posyandu_id WHERE y.code = 'MAWAR' AND p.dob <= '1960-01-01'
 AND NOT EXISTS (SELECT 1 FROM screening s WHERE s.person_id = p.id)
 AND NOT EXISTS (SELECT 1 FROM person o WHERE o.id <> p.id AND instr(lower(o.name), lower(p.name)) > 0)
 ORDER BY p.name LIMIT 1"
row=$(q "$PICK")
PID=${row%%|*}
NAME=${row#*|}
ok_if "a lansia to screen: $NAME" test -n "$PID"
before=$(q "SELECT count(*) FROM referral")

ui_start --db "$DB" --today 2025-08-12
see "login screen" "Nama pengguna"
ui_type kader1; ui_keys Tab; ui_type latihan1; ui_keys Enter
see "kader1 logs in" "1  Keluarga"
ui_keys 4
see "Skrining lists the persons aged 15+" "orang usia 15+"
see "lansia are due" "belum pernah"
ui_type "$NAME"
see "typing filters by name" "1 cocok"
ui_keys Enter
see "the person's page" "Skrining lansia (SKILAS)"
see "what is due" "belum pernah"

# SKILAS: cognition (1 word of 3) and hearing (not heard) positive.
ui_keys 1
see "SKILAS page 1 with the three words" "bunga, pintu, nasi"
ui_keys b b 1 Enter
see "page 2: the chair test" "lima kali tanpa menggunakan"
ui_keys y; ui_type 12; ui_keys Enter
see "page 3: malnutrition" "ranah 3 dari 6"
ui_keys t t; ui_type 23; ui_keys Enter
see "page 4: the finger count" "tunjukkan beberapa jari"
ui_keys t y Enter
see "page 5: the whisper test" "Tes bisik"
ui_keys 2 Enter
see "page 6: depression" "Selama dua minggu terakhir"
ui_keys t t Enter
see "the result page" "SKILAS - hasil"
see "names the positive domains" "mengulang 1 dari 3 kata"
like "$(ui_screen)" "bisikan tidak terdengar" "hearing shown positive"
like "$(ui_screen)" "ada penurunan kapasitas intrinsik - rujuk" "overall: rujuk"
ui_keys F2
see "saved with a referral" "SKILAS tersimpan. Dirujuk ke Puskesmas"
see "back on the person's page, with the domains" "kognitif, pendengaran"

# AKS of 11: sedang.
ui_keys 2
see "AKS with the meaning of each score" "tak terkendali atau tak teratur"
ui_keys 2 2 1 2 2
see "the running score" "Skor sementara 9 (5 dari 10 dijawab"
ui_keys 1 1 0 0 0
see "score and category when complete" "Skor 11 dari 20: ketergantungan sedang (B)"
ui_keys Enter
see "AKS saved and referred" "AKS tersimpan. Dirujuk"
see "its result on the page" "skor 11: ketergantungan sedang"

# Blood pressure, with bad values refused first.
ui_keys 3
see "the measurements" "Tekanan darah sistolik"
ui_type 300; ui_keys Tab; ui_type 20; ui_keys Tab
see "diastolic 20 refused with the range" "diastolik 20 mmHg tidak wajar; boleh 30 sampai 200 mmHg"
like "$(ui_screen)" "[20 " "the typed value is kept"
ui_keys BTab C-u; ui_type 120; ui_keys Tab C-u; ui_type 130; ui_keys Tab
see "systolic not above diastolic refused" "sistolik 120 harus lebih besar dari diastolik 130"
ui_keys BTab C-u; ui_type abc; ui_keys Tab
see "letters refused" "sistolik bukan angka yang sah"
ui_keys C-u; ui_type 165; ui_keys Tab C-u; ui_type 95; ui_keys Tab
see "the category as soon as typed" "165/95: hipertensi derajat 2 - rujuk"
ui_keys Tab Tab; ui_type 900; ui_keys Tab
see "weight 900 refused with the range" "berat badan 900,0 kg tidak wajar; boleh 2,0 sampai 250,0 kg"
ui_keys F2
see "and refused again on save" "berat badan 900,0 kg tidak wajar"
is "$(q "SELECT count(*) FROM screening WHERE person_id = '$PID' AND kind IN ('tekanan_darah', 'imt')")" 0 \
	"nothing written while a value is refused"
ui_keys C-u F2
see "blood pressure saved and referred" "Tekanan darah tersimpan. Dirujuk"
see "the page shows it" "165/95: hipertensi derajat 2"

# The history, and a kader may not void.
ui_keys 6
see "the history" "Riwayat skrining"
ui_keys b
see "a kader may not void" "peran 'kader' tidak boleh"
ui_keys F10
see "quit asks" "Keluar dari ilp?"
ui_keys y
ok_if "ilp ends" ui_exit_wait 5
is "$(ui_status)" 0 "exit status 0"

# The rows.
is "$(q "SELECT category || ' ' || outcome || ' ' || domains FROM screening WHERE person_id = '$PID' AND kind = 'skilas'")" \
	"positif rujuk 17" "SKILAS: positive, rujuk, cognition and hearing"
is "$(q "SELECT answers FROM screening WHERE person_id = '$PID' AND kind = 'skilas'")" \
	"tanggal=1;tempat=1;kata=1;kursi_tidak_mampu=0;kursi_detik=12.0;bb_turun=0;nafsu_makan=0;lila=23.0;masalah_mata=0;hitung_jari=1;bisik=tidak_dengar;sedih=0;minat=0" \
	"SKILAS answers stored"
is "$(q "SELECT category || ' ' || outcome || ' ' || answers FROM screening WHERE person_id = '$PID' AND kind = 'aks'")" \
	"sedang rujuk bab=2;bak=2;membersihkan_diri=1;toilet=2;makan=2;berpindah=1;mobilitas=1;berpakaian=0;naik_tangga=0;mandi=0" \
	"AKS 11: sedang"
is "$(q "SELECT category || ' ' || outcome || ' ' || answers FROM screening WHERE person_id = '$PID' AND kind = 'tekanan_darah'")" \
	"hipertensi_2 rujuk sistolik=165;diastolik=95" "blood pressure 165/95: derajat 2"
is "$(q "SELECT count(*) FROM screening WHERE person_id = '$PID'")" 3 "three screenings, no weight"
is "$(q "SELECT count(*) FROM screening WHERE person_id = '$PID' AND created_by = 'kader1' AND screened_on = '2025-08-12'")" 3 \
	"by kader1, today"
is "$(q "SELECT count(*) FROM referral")" "$((before + 3))" "three referrals made"
is "$(q "SELECT count(*) FROM referral r JOIN screening s ON s.referral_id = r.id AND s.id = r.source_id
 WHERE s.person_id = '$PID' AND r.source = 'skrining' AND r.status = 'dirujuk' AND r.destination = 'puskesmas'
 AND r.followup_on = '2025-08-19'")" 3 "each from its screening, follow-up in 7 days"
like "$(q "SELECT reason FROM referral r JOIN screening s ON s.id = r.source_id WHERE s.person_id = '$PID' AND s.kind = 'skilas'")" \
	"kognitif, pendengaran" "the referral names the domains"
is "$(q "SELECT count(*) FROM audit WHERE tbl = 'screening' AND action = 'insert' AND actor = 'kader1'")" 3 \
	"the screenings are audited"
like "$("$ILP" check --db "$DB" 2>&1)" "baik" "ilp check passes"

done_testing
