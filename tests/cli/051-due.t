#!/bin/bash
# ilp due (issue 4) on the seeded demo village: the header, a kader's own
# posyandu only, a nakes's whole area or one --posyandu, every child's
# rows equal to what `ilp schedule` says for the same doses, and the
# refusals (wrong posyandu, no login, bad usage).
. "$(dirname "$0")/../lib.sh"

DB=$T/demo.db
DAY=2025-08-12
"$ILP" seed --households 150 --db "$DB" --today $DAY >/dev/null 2>&1 ||
	{ not_ok "seed the demo village"; done_testing; }
DEMO_PW=latihan1
q() { sql "$DB" "$1"; }
due() { printf '%s\n' "$DEMO_PW" | "$ILP" due --db "$DB" --today $DAY --password-stdin "$@"; }

ok_if "the seed wrote doses" test "$(q 'SELECT count(*) FROM dose')" -gt 100

out=$(due --user kader1 2>"$T/err")
is "$?" 0 "kader1 lists the due children"
is "$(printf '%s\n' "$out" | head -1)" "person_id	name	household	dose	status	earliest" "the header"
rows=$(printf '%s\n' "$out" | tail -n +2)
ok_if "some rows" test -n "$rows"
ids=$(printf '%s\n' "$rows" | cut -f1 | sort -u | sed "s/.*/'&'/" | paste -sd,)
is "$(q "SELECT DISTINCT y.code FROM person p JOIN household h ON h.id = p.household_id JOIN posyandu y ON y.id = h.posyandu_id WHERE p.id IN ($ids)")" \
	MAWAR "a kader sees only their own posyandu"
is "$(printf '%s\n' "$rows" | cut -f5 | sort -u | paste -sd' ')" "$(printf '%s\n' "$rows" | cut -f5 | grep -E '^(due|late|catchup)$' | sort -u | paste -sd' ')" \
	"only due, late and catch-up"
is "$(q "SELECT count(*) FROM person WHERE id IN ($ids) AND dob <= date('$DAY', '-60 months')")" 0 "only children under five"
hh=$(printf '%s\n' "$rows" | head -1 | cut -f1,3)
is "$(q "SELECT id || '	' || household_id FROM person WHERE id = '${hh%%	*}'")" "$hh" "the household column is the child's household"

all=$(due --user bidan | tail -n +2)
ids=$(printf '%s\n' "$all" | cut -f1 | sort -u | sed "s/.*/'&'/" | paste -sd,)
is "$(q "SELECT count(DISTINCT h.posyandu_id) FROM person p JOIN household h ON h.id = p.household_id WHERE p.id IN ($ids)")" \
	3 "a nakes sees the three posyandu"
mel=$(due --user bidan --posyandu MELATI | tail -n +2)
ids=$(printf '%s\n' "$mel" | cut -f1 | sort -u | sed "s/.*/'&'/" | paste -sd,)
is "$(q "SELECT DISTINCT y.code FROM person p JOIN household h ON h.id = p.household_id JOIN posyandu y ON y.id = h.posyandu_id WHERE p.id IN ($ids)")" \
	MELATI "--posyandu MELATI"
is "$(printf '%s\n' "$all" | grep -c .)" \
	"$(( $(printf '%s\n' "$out" | tail -n +2 | grep -c .) + $(printf '%s\n' "$mel" | grep -c .) + $(due --user bidan --posyandu ANGGREK | tail -n +2 | grep -c .) ))" \
	"the whole area is the sum of its posyandu"

# The same code path as the card: each child's rows equal ilp schedule's,
# today and on a day a month ago (counting only the doses given by then).
check_day() {
	day=$1
	list=$(printf '%s\n' "$DEMO_PW" | "$ILP" due --db "$DB" --today "$day" --user bidan --password-stdin | tail -n +2)
	same=0 diff=0
	for id in $(printf '%s\n' "$list" | cut -f1 | sort -u | head -30); do
		dob=$(q "SELECT dob FROM person WHERE id = '$id'")
		given=$(q "SELECT group_concat(antigen || ':' || given_on) FROM dose WHERE person_id = '$id' AND status = 'aktif' AND given_on <= '$day'")
		want=$("$ILP" schedule --dob "$dob" --today "$day" ${given:+--given "$given"} |
			awk -F'\t' '$2 == "due" || $2 == "late" || $2 == "catchup" { print $1 "\t" $2 "\t" $4 }')
		got=$(printf '%s\n' "$list" | awk -F'\t' -v id="$id" '$1 == id { print $4 "\t" $5 "\t" $6 }')
		if [ "$want" = "$got" ]; then same=$((same + 1)); else diff=$((diff + 1)); echo "# $id: want [$want] got [$got]"; fi
	done
	is "$diff" 0 "on $day every child's due rows equal ilp schedule's ($same children)"
	ok_if "on $day some children were compared" test "$same" -gt 5
}
check_day $DAY
check_day 2025-07-12

# refusals
out=$(due --user kader1 --posyandu MELATI 2>"$T/err")
is "$?" 1 "a kader cannot ask for another posyandu"
like "$(cat "$T/err")" "tidak ada posyandu dengan kode 'MELATI'" "with the posyandu named"
out=$(due --user bidan --posyandu NOPE 2>"$T/err")
is "$?" 1 "an unknown posyandu"
out=$(printf 'salah\n' | "$ILP" due --db "$DB" --user bidan --password-stdin 2>"$T/err")
is "$?" 1 "a wrong password"
is "$out" "" "prints no list"
out=$("$ILP" due --db "$DB" </dev/null 2>"$T/err")
is "$?" 1 "no --user"
like "$(cat "$T/err")" "--user NAMA" "says how to log in"
"$ILP" due --db "$DB" --user bidan --bogus >/dev/null 2>"$T/err"
is "$?" 2 "an unknown option is bad usage"
"$ILP" due --db "$DB" --user bidan extra >/dev/null 2>"$T/err"
is "$?" 2 "an extra word is bad usage"
"$ILP" due --help >"$T/out"
like "$(cat "$T/out")" "Pemakaian: ilp due" "--help"
is "$(q "SELECT count(*) FROM audit WHERE action = 'login' AND actor = 'bidan'")" \
	"$(q "SELECT count(*) FROM audit WHERE action = 'logout' AND actor = 'bidan'")" "every login logged out"
done_testing
