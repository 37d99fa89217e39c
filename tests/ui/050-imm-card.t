#!/bin/bash
# Issue 4's terminal scenario, as the bidan on the seeded demo village:
# open a child's card from the list, record a valid dose, try an invalid
# one (refused with its reason, nothing written), enter a history dose
# from a card (stored, shown invalid), void it with a reason; then the
# rows and the audit. Expected reasons come from `ilp schedule`, the same
# evaluator as the card.
. "$(dirname "$0")/lib.sh"

DB=$T/demo.db
DAY=2025-08-12
"$ILP" seed --households 150 --db "$DB" --today $DAY >/dev/null 2>&1 ||
	{ not_ok "seed the demo village"; done_testing; }
q() { sql "$DB" "$1"; }
given_of() { q "SELECT group_concat(antigen || ':' || given_on) FROM (SELECT * FROM dose WHERE person_id = '$1' AND status = 'aktif' ORDER BY given_on)"; }
# reason_of ID DOB AG:DATE: the reason `ilp schedule` gives that extra dose
reason_of() {
	g=$(given_of "$1")
	"$ILP" schedule --dob "$2" --today $DAY --given "${g:+$g,}$3" |
		awk -F'\t' -v d="${3#*:}" '($2 == "invalid" || $2 == "extra") && $3 == d { print $6 }' | tail -1
}

# A child of ANGGREK (the bidan's first posyandu) with a dose due today.
due=$(printf 'latihan1\n' | "$ILP" due --db "$DB" --today $DAY --posyandu ANGGREK --user bidan --password-stdin |
	awk -F'\t' '$5 == "due" { print $1 "\t" $4 }')
kid= target= row=
while IFS='	' read -r id tg; do
	[ -n "$id" ] || continue
	ag=$(printf '%s' "$tg" | tr -d 0-9)
	# the filter must find this child alone in ANGGREK's list
	[ "$(q "SELECT count(*) FROM person p JOIN household h ON h.id = p.household_id JOIN posyandu y ON y.id = h.posyandu_id WHERE y.code = 'ANGGREK' AND p.dob > date('$DAY', '-60 months') AND p.name LIKE '%' || (SELECT name FROM person WHERE id = '$id') || '%'")" = 1 ] || continue
	# and an earlier dose of a series to copy a too-soon dose after
	row=$(q "SELECT antigen || ' ' || given_on FROM dose WHERE person_id = '$id' AND status = 'aktif' AND antigen IN ('OPV', 'DPT', 'PCV', 'IPV', 'MR') AND antigen <> '$ag' AND given_on <= date('$DAY', '-3 days') ORDER BY given_on DESC LIMIT 1")
	[ -n "$row" ] || continue
	kid=$id target=$tg
	break
done <<EOT
$due
EOT
ok_if "a child with a dose due today" test -n "$kid"
name=$(q "SELECT name FROM person WHERE id = '$kid'")
dob=$(q "SELECT dob FROM person WHERE id = '$kid'")
ag=$(printf '%s' "$target" | tr -d 0-9)
letter=$(printf '%s' "$ag" | cut -c1 | tr A-Z a-z)
n0=$(q "SELECT count(*) FROM dose")

ui_start --db "$DB" --today $DAY
see "login" "Nama pengguna"
ui_type bidan; ui_keys Tab; ui_type latihan1; ui_keys Enter
see "the main menu" "1  Keluarga"
ui_keys 3
see "the immunisation menu" "Kartu imunisasi balita"
ui_keys 1
see "the list of under-fives" "Posyandu: Posyandu Anggrek"
ui_type "$name"
see "the filter finds the child" "$name"
ui_keys Enter
see "the card" "$name (" 
see "the column heads" "Diberikan  Terawal"
see "$target is due on the card" "$(printf '%-6s sudah waktunya' "$target")"
see "the rule behind the first line" "HB0 "
ui_keys End
see "IDL at the end of the card" "IDL    "
see "and IBL" "IBL    belum lengkap"
ui_keys Home

# 1. a valid dose
ui_keys t
see "the record form" "Catat dosis untuk $name"
see "today by default" "[12-08-2025"
ui_keys "$letter"
see "the antigen chosen" "< $ag - "
ui_keys Tab; ui_keys Tab; ui_keys Tab; ui_type "B-77/1"
ui_keys F2
see "saved with its evaluation" "$ag tanggal 12-08-2025 dicatat: $target sah"
see "back on the card" "Enter Aturan"
is "$(q "SELECT count(*) FROM dose WHERE person_id = '$kid' AND antigen = '$ag' AND given_on = '$DAY' AND history = 0 AND batch = 'B-77/1' AND given_by = 'Bidan Latihan' AND place = 'posyandu' AND status = 'aktif' AND created_by = 'bidan'")" 1 \
	"the dose row: antigen, date, place, batch, given by, who"
is "$(q "SELECT count(*) FROM audit WHERE tbl = 'dose' AND action = 'insert' AND actor = 'bidan'")" 1 "its audit row"
see "$target now valid" "$(printf '%-6s sah (IM-' "$target")"

# 2. the same antigen again today: refused with the rule, nothing written
want=$(reason_of "$kid" "$dob" "$ag:$DAY")
ok_if "ilp schedule calls it invalid" test -n "$want"
ui_keys t
see "the form again" "Catat dosis untuk"
ui_keys "$letter"
ui_keys F2
see "refused with the rule" "$(printf '%s' "$want" | cut -c1-40)"
see "and how to enter a dose from a card" "riwayat)"
is "$(q "SELECT count(*) FROM dose")" $((n0 + 1)) "nothing written"
ui_keys Escape
see "leaving asks first" "Buang isian yang belum disimpan?"
ui_keys y
see "back on the card" "Enter Aturan"

# 3. a history dose from the card: too soon after an earlier dose
hag=${row% *}
hdate=$(q "SELECT date('${row#* }', '+3 days')")
hui=$(q "SELECT strftime('%d-%m-%Y', '$hdate')")
hwant=$(reason_of "$kid" "$dob" "$hag:$hdate")
ok_if "a history dose the schedule calls invalid ($hag $hdate)" test -n "$hwant"
ui_keys t
see "the form" "Catat dosis untuk"
ui_keys "$(printf '%s' "$hag" | cut -c1 | tr A-Z a-z)"
ui_keys Tab; ui_keys C-u; ui_type "$hui"
ui_keys Tab; ui_keys Tab; ui_keys Tab; ui_keys Tab
ui_keys Space
see "from the card: ya" "Dari kartu (riwayat) * < ya >"
ui_keys F2
see "stored, and the status line says why it is invalid" "$hag tanggal $hui dicatat: $(printf '%s' "$hwant" | cut -c1-30)"
is "$(q "SELECT count(*) FROM dose WHERE person_id = '$kid' AND antigen = '$hag' AND given_on = '$hdate' AND history = 1 AND status = 'aktif'")" 1 \
	"the history dose is stored"
# the rule under the list (rows 20-21) follows the selected line
rule() { ui_screen | sed -n '20,21p'; }
ui_keys End
ui_wait "IBL (imunisasi baduta lengkap)" 5
for i in 1 2 3 4 5 6; do
	case $(rule) in *"$(printf '%s' "$hwant" | cut -c1-30)"*) break ;; esac
	ui_keys Up
	sleep 0.3
done
like "$(rule)" "$(printf '%s' "$hwant" | cut -c1-30)" "its line explains the rule"
see "shown as invalid" "$(printf '%-6s tidak sah            %s' "$hag" "$hui")"

# 4. void it with a reason
ui_keys b
see "the void form" "Batalkan $hag tanggal $hui"
ui_keys F2
see "a reason is required" "Alasan: wajib diisi"
ui_type "salah salin dari kartu"
ui_keys F2
see "voided" "dibatalkan"
see "the voided line keeps the reason" "dibatalkan           $hui"
see "and the rule says who, when and why" "Dibatalkan oleh bidan pada"
ui_keys F10; ui_wait "Keluar dari ilp?" 5; ui_keys y
ok_if "ilp ends" ui_exit_wait 5
is "$(ui_status)" 0 "exit status 0"

is "$(q "SELECT status || '|' || void_reason || '|' || voided_by || '|' || version FROM dose WHERE person_id = '$kid' AND antigen = '$hag' AND given_on = '$hdate'")" \
	"batal|salah salin dari kartu|bidan|2" "the dose is voided, not deleted"
is "$(q "SELECT count(*) FROM audit WHERE tbl = 'dose' AND action = 'void' AND actor = 'bidan' AND summary LIKE '%salah salin dari kartu%'")" 1 "the void is audited"
is "$(q "SELECT count(*) FROM dose")" $((n0 + 2)) "two doses were added in all"
done_testing
