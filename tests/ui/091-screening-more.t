#!/bin/bash
# Screening (issue 6), the other forms and voiding: an adult's SRQ-20 with
# item 17 alone (rujuk), TB symptoms with a cough of 15 days (terduga TBC),
# glucose, BMI and waist with their categories and no referral, leaving a
# form with typed input asks first; then the bidan picks the posyandu,
# voids the TB result with a reason, and the rows are checked with SQL.
. "$(dirname "$0")/lib.sh"

DB=$T/ilp.db
"$ILP" seed --households 150 --seed 9 --today 2025-08-12 --db "$DB" >/dev/null ||
	{ not_ok "seed the test village"; done_testing; }
q() { sql "$DB" "$1"; }

# A woman of 20-50 in MAWAR never screened, whose name no other contains.
PICK="SELECT p.id || '|' || p.name FROM person p JOIN household h ON h.id = p.household_id
 JOIN posyandu y ON y.id = h.posyandu_id WHERE y.code = 'MAWAR' AND p.sex = 'P'
 AND p.dob BETWEEN '1975-08-13' AND '2005-08-12'
 AND NOT EXISTS (SELECT 1 FROM screening s WHERE s.person_id = p.id)
 AND NOT EXISTS (SELECT 1 FROM person o WHERE o.id <> p.id AND instr(lower(o.name), lower(p.name)) > 0)
 ORDER BY p.name LIMIT 1"
row=$(q "$PICK")
PID=${row%%|*}
NAME=${row#*|}
ok_if "an adult to screen: $NAME" test -n "$PID"
before=$(q "SELECT count(*) FROM referral")

ui_start --db "$DB" --today 2025-08-12
see "login screen" "Nama pengguna"
ui_type kader1; ui_keys Tab; ui_type latihan1; ui_keys Enter
see "kader1 logs in" "1  Keluarga"
ui_keys 4
see "the list" "orang usia 15+"
ui_type "$NAME"
see "found by name" "1 cocok"
ui_keys Enter
see "an adult's page has no SKILAS" "1  Tekanan darah, gula darah"
see_not "no AKS under 60" "AKS (indeks Barthel)"

# SRQ-20: only item 17 yes.
ui_keys 2
see "SRQ-20" "Apakah Anda sering merasa sakit kepala?"
ui_keys t t t t t t t t t t t t t t t t y
see "item 17 alone is flagged at once" "Butir 17 dijawab ya: dirujuk"
ui_keys t t t
see "the result" "berpotensi masalah kesehatan jiwa - rujuk"
ui_keys Enter
see "SRQ-20 saved and referred" "SRQ-20 tersimpan. Dirujuk ke Puskesmas"

# TB: a cough of 15 days, to the Pustu.
ui_keys 3
see "TB symptoms" "Sudah berapa hari?"
ui_type 15; ui_keys Tab t t t
ui_keys 2
see "terduga TBC" "terduga TBC - rujuk: batuk 15 hari"
ui_keys Enter
see "TB saved, referred to the Pustu" "Gejala TBC tersimpan. Dirujuk ke Pustu"

# Glucose (fasting 110), weight and height, waist: follow-up, no referral.
ui_keys 1
see "the measurements" "Tekanan darah sistolik"
ui_keys Tab Tab 2; ui_type 110; ui_keys Tab; ui_type 60,5; ui_keys Tab; ui_type 150; ui_keys Tab; ui_type 85
see "fasting glucose category" "GDP 110: prediabetes - tindak lanjut"
see "BMI category" "IMT 26,9: obesitas I - tindak lanjut"
see "waist category for a woman" "85,0 cm: obesitas sentral - tindak lanjut"
ui_keys F2
see "three results saved" "3 hasil skrining tersimpan."
see_not "no referral" "Dirujuk"

# Typed input is not dropped without asking.
ui_keys 1
see "the measurements again" "Tekanan darah sistolik"
ui_type 120
ui_keys Escape
see "Esc asks first" "Buang isian yang belum disimpan?"
ui_keys n
see "and keeps the input" "[120"
ui_keys Escape
ui_wait "Buang isian" 5
ui_keys y
see "back on the page" "Riwayat skrining"
ui_keys C-g
see "switch user" "Sudah keluar akun"

# The bidan voids the TB result.
ui_type bidan; ui_keys Tab; ui_type latihan1; ui_keys Enter
see "bidan logs in" "1  Keluarga"
ui_keys 4
see "a nakes picks the posyandu first" "Pilih posyandu"
ui_keys Down Enter
see "MAWAR's list" "Posyandu Mawar:"
ui_type "$NAME"
see "found" "1 cocok"
ui_keys Enter
see "the page" "Riwayat skrining"
ui_keys 4
see "the history" "Tanggal    Skrining"
ui_keys Enter
see "details of the newest: the waist" "lingkar=85.0"
ui_keys Escape
ui_wait "Riwayat skrining" 5
ui_keys Down Down Down b
see "the void form for the TB result" "Batalkan: Gejala TBC 12-08-2025"
see "with its reason field" "Alasan pembatalan"
ui_keys F2
see "a reason is required" "Alasan pembatalan: wajib diisi"
ui_type "salah orang"
ui_keys F2
see "voided" "Hasil skrining dibatalkan."
see "marked in the history" "BATAL"
ui_keys F10
ui_wait "Keluar dari ilp?" 5
ui_keys y
ok_if "ilp ends" ui_exit_wait 5

is "$(q "SELECT category || ' ' || outcome FROM screening WHERE person_id = '$PID' AND kind = 'srq20'")" \
	"positif rujuk" "SRQ-20 with item 17: rujuk"
like "$(q "SELECT answers FROM screening WHERE person_id = '$PID' AND kind = 'srq20'")" "b16=0;b17=1;b18=0" \
	"item 17 stored yes"
is "$(q "SELECT category || ' ' || answers || ' ' || voided_by || ' ' || void_reason FROM screening WHERE person_id = '$PID' AND kind = 'tbc'")" \
	"terduga_tbc batuk_hari=15;bb_turun=0;demam=0;keringat_malam=0 bidan salah orang" "TB: terduga, voided by the bidan"
is "$(q "SELECT destination FROM referral r JOIN screening s ON s.id = r.source_id WHERE s.kind = 'tbc' AND s.person_id = '$PID'")" \
	"pustu" "the TB referral went to the Pustu and stays"
is "$(q "SELECT group_concat(kind || ':' || category || ':' || outcome, ' ') FROM (SELECT * FROM screening WHERE person_id = '$PID' AND kind IN ('gula_darah', 'imt', 'lingkar_perut') ORDER BY kind)")" \
	"gula_darah:prediabetes:tindak_lanjut imt:obesitas_1:tindak_lanjut lingkar_perut:obesitas_sentral:tindak_lanjut" \
	"glucose, BMI and waist: follow-up"
is "$(q "SELECT answers FROM screening WHERE person_id = '$PID' AND kind = 'imt'")" "berat=60.5;tinggi=150.0" \
	"a decimal comma stored as a point"
is "$(q "SELECT count(*) FROM screening WHERE person_id = '$PID' AND referral_id IS NOT NULL")" 2 \
	"only SRQ-20 and TB referred"
is "$(q "SELECT count(*) FROM referral")" "$((before + 2))" "two referrals made"
is "$(q "SELECT count(*) FROM screening WHERE person_id = '$PID' AND kind = 'tekanan_darah'")" 0 \
	"the dropped blood pressure was not saved"
is "$(q "SELECT count(*) FROM audit WHERE tbl = 'screening' AND action = 'void' AND actor = 'bidan'")" 1 \
	"the void is audited"

done_testing
