#!/bin/bash
# The household view opens the other parts for a member: 'i' the
# immunisation card of a child, 'r' the screening page of an adult; a
# member they do not apply to is told why.
. "$(dirname "$0")/lib.sh"

DB=$T/demo.db
"$ILP" seed --households 150 --db "$DB" --today 2025-08-12 >/dev/null ||
	{ not_ok "seed the village"; done_testing; }
row=$(sql "$DB" "SELECT h.no_kk, (SELECT name FROM person WHERE household_id = h.id AND relation = 'kepala'), (SELECT name FROM person WHERE household_id = h.id AND status = 'aktif' ORDER BY dob DESC LIMIT 1) FROM household h JOIN posyandu p ON p.id = h.posyandu_id WHERE p.code = 'MAWAR' AND h.no_kk IS NOT NULL AND (SELECT max(dob) FROM person WHERE household_id = h.id AND status = 'aktif') > '2021-09-01' ORDER BY h.no_kk LIMIT 1")
kk=${row%%|*}; rest=${row#*|}; head=${rest%%|*}; child=${rest#*|}
ok_if "a household with a young child" test -n "$kk"

ui_start --db "$DB" --today 2025-08-12
ui_wait "Nama pengguna"
ui_type kader1; ui_keys Tab; ui_type latihan1; ui_keys Enter
ui_wait "1  Keluarga"
ui_keys 1
ui_wait "Kepala keluarga"
see_not "a kader's key bar has no posyandu filter" "F5/^F"
ui_type "$kk"
ui_wait "$head"
ui_keys Enter
see "the household opens" "Anggota"
like "$(ui_screen | tail -1)" "F1/^B" "a crowded key bar still shows the help key"
ui_keys End
ui_type i
see "i opens the youngest child's immunisation card" "$child"
see "the card's targets" "HB0"
ui_keys Escape
ui_wait "Anggota"
ui_keys Home
ui_type r
see "r opens the head's screening page" "Tekanan darah"
ui_keys Escape
ui_wait "Anggota"
ui_keys End
ui_type r
see "a child cannot be screened, and is told why" "umur 15 tahun ke atas"
done_testing
