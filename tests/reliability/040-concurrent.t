#!/bin/bash
# Concurrent users: 8 editors (tests/tools/editor.c; six nakes and two
# kader of the same posyandu) save the same 3 households and 6 persons
# at once through the optimistic-version path, each save incrementing a
# counter in the row. Afterwards: no raw SQLite error reached anyone (a
# long wait is the catalogue's "sedang dipakai, coba lagi"), no update
# was lost (each counter equals its row's successful saves and its
# version is one more), every stale save was refused (the conflicts are
# counted), and the audit log has one update row per save with the user
# who made it.
#
#   EDITS=40 (default) saves per editor; `make torture` uses EDITS=400.
. "$(dirname "$0")/../lib.sh"

TOOLS=${ILP_TOOLS:-$TOP/build/tests/tools}
EDITOR=$TOOLS/editor
EDITS=${EDITS:-40}
DB=$T/conc.db
[ -x "$EDITOR" ] || skip_all "editor tool not built: $EDITOR"
ok_if "a database with accounts" make_db "$DB"
users="ed1 ed2 ed3 ed4 ed5 ed6 ed7 ed8"
for u in $users; do
	role=nakes pos=""
	case $u in ed7 | ed8) role=kader pos="--posyandu MAWAR" ;; esac
	printf '%s\n%s\n' "$PW" "$PW" | "$ILP" user add $u --role $role $pos \
		--name "Petugas $u" --db "$DB" --user admin --password-stdin >/dev/null ||
		not_ok "user $u added"
done
ids=""
for h in Satu Dua Tiga; do
	hid=$("$TOOLS/regfill" "$DB" MAWAR "Jl. Mawar $h" "Budi $h" "Ani $h")
	ids="$ids h:$hid"
done
for p in $(sql "$DB" "SELECT id FROM person ORDER BY id"); do
	ids="$ids p:$p"
done
is "$(echo $ids | wc -w)" 9 "3 households and 6 persons to share"

start=$(date +%s)
pids=""
for u in $users; do
	"$EDITOR" "$DB" $u "$EDITS" $ids >"$T/$u.out" 2>"$T/$u.err" &
	pids="$pids $!"
done
fails=0
for p in $pids; do wait $p || fails=$((fails + 1)); done
secs=$(($(date +%s) - start))
cat "$T"/ed*.out >"$T/all.out"
okn=$(grep -c '^OK ' "$T/all.out")
stale=$(grep -c '^STALE ' "$T/all.out")
errn=$(grep -c '^ERR ' "$T/all.out")
echo "# editors=8 edits_each=$EDITS saved=$okn conflicts_detected=$stale errors=$errn seconds=$secs"
is "$fails" 0 "every editor made its $EDITS saves"
is "$okn" $((8 * EDITS)) "all saves acknowledged"
ok_if "the editors met stale versions ($stale conflicts detected)" test "$stale" -gt 0
raw=$(cat "$T"/ed*.out "$T"/ed*.err | grep -iE 'SQLITE_|database is locked|database table is locked|busy' | head -3)
is "$raw" "" "no raw SQLite error reached a user"
other=$(grep '^ERR ' "$T/all.out" | grep -v 'sedang dipakai' | head -3)
is "$other" "" "the only refusal a user may see is 'sedang dipakai, coba lagi'"

# Per row: the counter and the version against the saves acknowledged.
lost=0
for t in $ids; do
	kind=${t%%:*} id=${t#*:}
	n=$(grep -c "^OK $kind $id " "$T/all.out")
	if [ "$kind" = h ]; then
		got=$(sql "$DB" "SELECT note || ' ' || version FROM household WHERE id = '$id'")
		want="n=$n $((n + 1))"
		[ $n = 0 ] && want="$(sql "$DB" "SELECT note FROM household WHERE id = '$id'") 1"
		tbl=household
	else
		got=$(sql "$DB" "SELECT coalesce(CAST(jkn_no AS INTEGER), 0) || ' ' || version FROM person WHERE id = '$id'")
		want="$n $((n + 1))"
		tbl=person
	fi
	if [ "$got" != "$want" ]; then
		lost=$((lost + 1))
		echo "# $tbl $id: got '$got', want '$want'"
	fi
	for u in $users; do
		a=$(sql "$DB" "SELECT count(*) FROM audit WHERE tbl = '$tbl' AND row_id = '$id' AND action = 'update' AND actor = '$u'")
		b=$(grep -c "^OK $kind $id $u\$" "$T/all.out")
		if [ "$a" != "$b" ]; then
			lost=$((lost + 1))
			echo "# $tbl $id by $u: $a audit rows for $b saves"
		fi
	done
done
echo "# lost_updates_or_audit_mismatches=$lost"
is "$lost" 0 "no update lost: counters, versions and audit rows match the saves"
is "$(sql "$DB" 'PRAGMA integrity_check')" ok "integrity_check"

# Someone holds the write lock longer than the busy timeout: the editor
# waits, then says "sedang dipakai, coba lagi" in the catalogue's words;
# it tries again, as a user would, and saves once the lock is gone.
printf 'BEGIN IMMEDIATE;\n.shell sleep %s\nCOMMIT;\n' $((2 * SLOW + 1)) |
	sqlite3 -batch "$DB" >/dev/null 2>&1 &
holder=$!
sleep 0.5
out=$(TOOL_BUSY_MS=1000 "$EDITOR" "$DB" ed1 1 $ids 2>&1)
rc=$?
wait $holder
like "$out" "ERR " "a save that waited too long fails"
like "$out" "sedang dipakai orang lain, coba lagi" "with the catalogue's busy message"
unlike "$out" "locked" "not SQLite's own words"
is "$rc" 0 "trying again after the lock is released saves"
done_testing
