#!/bin/bash
# The crash loop: two writers (tests/tools/writer.c, one kader and one
# bidan) save households, members, doses and screenings into one database;
# after a random 20-300 ms both are killed with SIGKILL. Then: the file
# passes integrity_check and foreign_key_check, every save the writers
# acknowledged is there with its row, no transaction is partial (each row
# has its save key and its one audit row, each person their household,
# each referring screening its referral), and a save cut off between TRY
# and ACK, retried with its key, is written at most once.
#
#   ROUNDS=30 (default) in `make test`; `make torture ROUNDS=1000`.
#   Every round: quick_check and this round's acknowledged saves. Every
#   CHECK_EVERY rounds (1 by default, 10 in `make torture`) and after the
#   last: integrity_check, foreign_key_check, every acknowledged save so
#   far and the whole-database checks below.
. "$(dirname "$0")/../lib.sh"

WRITER=${ILP_TOOLS:-$TOP/build/tests/tools}/writer
ROUNDS=${ROUNDS:-30}
CHECK_EVERY=${CHECK_EVERY:-1}
DB=$T/crash.db
[ -x "$WRITER" ] || skip_all "writer tool not built: $WRITER"
ok_if "a database with accounts" make_db "$DB"

# Read-only checks through the sqlite3 shell; every line must say 0.
cat >"$T/check.sql" <<'EOF'
SELECT 'save key without its row', count(*) FROM save_key k WHERE
  (k.kind = 'household' AND k.row_id NOT IN (SELECT id FROM household)) OR
  (k.kind = 'person' AND k.row_id NOT IN (SELECT id FROM person)) OR
  (k.kind = 'dose' AND k.row_id NOT IN (SELECT id FROM dose)) OR
  (k.kind = 'screening' AND k.row_id NOT IN (SELECT id FROM screening)) OR
  (k.kind = 'visit' AND k.row_id NOT IN (SELECT id FROM visit));
SELECT 'row without its save key', (SELECT count(*) FROM household WHERE id NOT IN (SELECT row_id FROM save_key WHERE kind = 'household'))
  + (SELECT count(*) FROM person WHERE id NOT IN (SELECT row_id FROM save_key WHERE kind = 'person'))
  + (SELECT count(*) FROM dose WHERE id NOT IN (SELECT row_id FROM save_key WHERE kind = 'dose'))
  + (SELECT count(*) FROM screening WHERE id NOT IN (SELECT row_id FROM save_key WHERE kind = 'screening'))
  + (SELECT count(*) FROM visit WHERE id NOT IN (SELECT row_id FROM save_key WHERE kind = 'visit'));
SELECT 'visit without its members', count(*) FROM visit v WHERE NOT EXISTS (SELECT 1 FROM visit_member m WHERE m.visit_id = v.id);
SELECT 'answer of someone not in its visit', count(*) FROM visit_answer a WHERE NOT EXISTS (SELECT 1 FROM visit_member m WHERE m.visit_id = a.visit_id AND m.person_id = a.person_id);
SELECT 'row saved twice', count(*) - count(DISTINCT kind || row_id) FROM save_key;
SELECT 'person without household', count(*) FROM person WHERE household_id NOT IN (SELECT id FROM household);
SELECT 'referring screening without referral', count(*) FROM screening WHERE outcome = 'rujuk' AND (referral_id IS NULL OR referral_id NOT IN (SELECT id FROM referral));
SELECT 'referral without its screening', count(*) FROM referral WHERE source = 'skrining' AND source_id NOT IN (SELECT id FROM screening);
SELECT 'referral without history', count(*) FROM referral r WHERE NOT EXISTS (SELECT 1 FROM referral_event e WHERE e.referral_id = r.id);
SELECT 'row without one insert audit', (SELECT count(*) FROM household x WHERE (SELECT count(*) FROM audit a WHERE a.tbl = 'household' AND a.row_id = x.id AND a.action = 'insert') <> 1)
  + (SELECT count(*) FROM person x WHERE (SELECT count(*) FROM audit a WHERE a.tbl = 'person' AND a.row_id = x.id AND a.action = 'insert') <> 1)
  + (SELECT count(*) FROM dose x WHERE (SELECT count(*) FROM audit a WHERE a.tbl = 'dose' AND a.row_id = x.id AND a.action = 'insert') <> 1)
  + (SELECT count(*) FROM screening x WHERE (SELECT count(*) FROM audit a WHERE a.tbl = 'screening' AND a.row_id = x.id AND a.action = 'insert') <> 1)
  + (SELECT count(*) FROM visit x WHERE (SELECT count(*) FROM audit a WHERE a.tbl = 'visit' AND a.row_id = x.id AND a.action = 'insert') <> 1);
SELECT 'insert audit without its row', count(*) FROM audit a WHERE a.action = 'insert' AND (
  (a.tbl = 'household' AND a.row_id NOT IN (SELECT id FROM household)) OR
  (a.tbl = 'person' AND a.row_id NOT IN (SELECT id FROM person)) OR
  (a.tbl = 'dose' AND a.row_id NOT IN (SELECT id FROM dose)) OR
  (a.tbl = 'screening' AND a.row_id NOT IN (SELECT id FROM screening)) OR
  (a.tbl = 'visit' AND a.row_id NOT IN (SELECT id FROM visit)));
SELECT 'audit by another user', count(*) FROM save_key k JOIN audit a ON a.row_id = k.row_id AND a.action = 'insert' AND a.tbl = k.kind WHERE a.actor <> k.created_by;
SELECT 'acknowledged save missing', count(*) FROM acked a LEFT JOIN save_key k ON k.key = a.k WHERE k.row_id IS NOT a.id;
EOF
rows_sql="SELECT (SELECT count(*) FROM household) + (SELECT count(*) FROM person) + (SELECT count(*) FROM dose) + (SELECT count(*) FROM screening) + (SELECT count(*) FROM visit)"

: >"$T/acked.sql"
: >"$T/round.sql"
acked=0 lost=0 corrupt=0 retried=0 retried_committed=0 dup=0 errs=0 bad_rounds=""
for round in $(seq 1 "$ROUNDS"); do
	"$WRITER" "$DB" kader1 loop >"$T/a.out" 2>"$T/a.err" &
	pa=$!
	"$WRITER" "$DB" bidan loop >"$T/b.out" 2>"$T/b.err" &
	pb=$!
	ms=$((20 + RANDOM % 281))
	sleep "$(printf '0.%03d' "$ms")"
	kill -KILL $pa $pb 2>/dev/null
	wait $pa $pb 2>/dev/null

	for w in a b; do
		user=kader1
		[ $w = b ] && user=bidan
		# complete lines only: the kill may cut the last one
		grep -E '^ACK [a-z]+ [0-9a-f-]{36} [0-9a-f-]+ [0-9a-f-]{36}$' "$T/$w.out" |
			awk '{ printf "INSERT INTO acked VALUES (%c%s%c, %c%s%c);\n", 39, $3, 39, 39, $5, 39 }' >>"$T/round.sql"
		n=$(grep -c '^ERR ' "$T/$w.out")
		if [ "$n" -gt 0 ]; then
			errs=$((errs + n))
			grep '^ERR ' "$T/$w.out" | head -3 | sed 's/^/# /'
		fi
		if [ -s "$T/$w.err" ]; then
			errs=$((errs + 1))
			sed 's/^/# stderr: /' "$T/$w.err" | head -3
		fi
		# the save cut off: a TRY with no answer
		last=$(grep -E '^(TRY|ACK|ERR) ' "$T/$w.out" | tail -1)
		set -- $last
		[ "${1:-}" = TRY ] && [ $# = 4 ] || continue
		kind=$2 key=$3 arg=$4
		had=$(sql "$DB" "SELECT count(*) FROM save_key WHERE key = '$key'")
		before=$(sql "$DB" "$rows_sql")
		out=$("$WRITER" "$DB" $user retry "$kind" "$key" "$arg" 2>&1)
		after=$(sql "$DB" "$rows_sql")
		retried=$((retried + 1))
		case $out in
		*"ACK $kind $key $arg "*)
			id=${out##* }
			echo "INSERT INTO acked VALUES ('$key', '$id');" >>"$T/round.sql"
			;;
		*)
			errs=$((errs + 1))
			echo "# retry $kind $key: $out"
			;;
		esac
		if [ "$had" = 1 ]; then
			retried_committed=$((retried_committed + 1))
			[ "$after" = "$before" ] || dup=$((dup + after - before))
		else
			# a household, person, dose, screening or visit: one row more
			[ "$after" = $((before + 1)) ] || dup=$((dup + after - before - 1))
		fi
	done

	cat "$T/round.sql" >>"$T/acked.sql"
	if [ $((round % CHECK_EVERY)) = 0 ] || [ "$round" = "$ROUNDS" ]; then
		ic=$(sql "$DB" "PRAGMA integrity_check" 2>&1)
		fk=$(sql "$DB" "PRAGMA foreign_key_check" 2>&1)
		res=$({
			echo "CREATE TEMP TABLE acked (k TEXT PRIMARY KEY, id TEXT);"
			cat "$T/acked.sql" "$T/check.sql"
		} | sqlite3 -batch -noheader "$DB" 2>&1)
	else
		ic=$(sql "$DB" "PRAGMA quick_check" 2>&1)
		fk=""
		res=$({
			echo "CREATE TEMP TABLE acked (k TEXT PRIMARY KEY, id TEXT);"
			cat "$T/round.sql"
			grep "^SELECT 'acknowledged" "$T/check.sql"
		} | sqlite3 -batch -noheader "$DB" 2>&1)
	fi
	: >"$T/round.sql"
	missing=$(printf '%s\n' "$res" | sed -n 's/^acknowledged save missing|//p')
	if [ "$ic" != ok ] || [ -n "$fk" ]; then
		corrupt=$((corrupt + 1))
		bad_rounds="$bad_rounds $round"
		echo "# round $round: integrity: $ic $fk" | head -5
	fi
	if printf '%s\n' "$res" | grep -qvE '\|0$'; then
		[ "${missing:-0}" = 0 ] || lost=$((lost + missing))
		bad_rounds="$bad_rounds $round"
		printf '%s\n' "$res" | grep -vE '\|0$' | sed "s/^/# round $round: /"
	fi
done
acked=$(wc -l <"$T/acked.sql")
saves=$(sql "$DB" "SELECT count(*) FROM save_key")

echo "# rounds=$ROUNDS acknowledged=$acked saves_in_db=$saves lost=$lost corrupt=$corrupt retried=$retried (committed before the kill: $retried_committed) duplicated=$dup errors=$errs"
ok_if "the writers saved something ($acked acknowledged)" test "$acked" -gt "$ROUNDS"
is "$corrupt" 0 "integrity_check and foreign_key_check after every kill"
is "$lost" 0 "every acknowledged save is present"
is "$(echo $bad_rounds)" "" "no partial transaction, audit complete, in every round"
is "$dup" 0 "retrying a cut-off save with its key does not duplicate it"
is "$errs" 0 "no writer or retry refused a save"
out=$("$ILP" --db "$DB" check 2>&1)
is "$?" 0 "ilp check finds the database sound"
done_testing
