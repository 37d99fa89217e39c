#!/bin/bash
# The bad-input catalogue (issue 8): every line of tests/hostile/inputs.tsv
# is fed to the real binary -- cli.* as an argument, a stdin line, an
# environment variable or an ilp.ini value; ui.* typed into a form of the
# terminal interface -- and must give its message, exit 1 or 2 (never a
# crash, never SQLite's own words) and write nothing: the row counts of
# every table and the audit log (less logins and logouts) are compared
# before and after each input. Forms are driven in one tmux session per
# form, many inputs in a row.
. "$(dirname "$0")/../ui/lib.sh"

CAT=$TOP/tests/hostile/inputs.tsv
DB=$T/ilp.db
make_db "$DB" || { not_ok "make the test database"; done_testing; }
VDB=$T/village.db
"$ILP" seed --households 150 --seed 5 --today 2025-08-12 --db "$VDB" \
	>/dev/null 2>&1 || { not_ok "seed the village"; done_testing; }

# The row counts of every table; audit rows of logins do not count.
sig() {
	sql "$1" "SELECT (SELECT count(*) FROM account) || ' ' ||
	(SELECT sum(version) FROM account) || ' ' ||
	(SELECT count(*) FROM posyandu) || ' ' || (SELECT count(*) FROM wilayah)
	|| ' ' || (SELECT count(*) FROM household) || ' ' ||
	(SELECT count(*) FROM person) || ' ' || (SELECT count(*) FROM pregnancy)
	|| ' ' || (SELECT count(*) FROM dose) || ' ' ||
	(SELECT count(*) FROM screening) || ' ' || (SELECT count(*) FROM referral)
	|| ' ' || (SELECT count(*) FROM meta) || ' ' || (SELECT count(*) FROM
	audit WHERE action NOT IN ('login', 'logout', 'login_failed'))"
}

# decode TEXT: printf %b escapes; @rep:N:TEXT repeats TEXT N times.
decode() {
	case $1 in
	@rep:*)
		_r=${1#@rep:}
		_n=${_r%%:*}
		_t=${_r#*:}
		printf "%${_n}s" "" | sed "s/ /$_t/g"
		;;
	*) printf '%b' "$1" ;;
	esac
}

# split LINE: where, raw and expect from a catalogue line (empty
# fields kept, which read with IFS=tab would merge).
split() {
	where=${1%%$'\t'*}
	_rest=${1#*$'\t'}
	raw=${_rest%%$'\t'*}
	expect=${_rest#*$'\t'}
}

tried=0
written=0
# A user's stdin: the password, then maybe a second line.
as_admin() { printf '%s\n%s\n' "$PW" "${2-$PW}" | "$ILP" "$@" 2>&1; }

# cli_case WHERE INPUT: runs the command WHERE names with INPUT; prints
# its output, and leaves its exit status in $rc and the file checked
# for writes in $chk (and a path that must not appear in $nofile).
cli_case() {
	w=$1
	in=$2
	chk=$DB
	nofile=
	A=(--db "$DB" --user admin --password-stdin)
	U=(--user kader1 --password-stdin)
	case $in in @DB) in=$DB ;; esac
	case $w in
	cli.user.add.name) out=$(printf '%s\n%s\n' "$PW" "$PW" | "$ILP" user add "$in" --role kader --posyandu MAWAR "${A[@]}" 2>&1) ;;
	cli.user.add.role) out=$(printf '%s\n%s\n' "$PW" "$PW" | "$ILP" user add budi --role "$in" --posyandu MAWAR "${A[@]}" 2>&1) ;;
	cli.user.add.posyandu) out=$(printf '%s\n%s\n' "$PW" "$PW" | "$ILP" user add budi --role kader --posyandu "$in" "${A[@]}" 2>&1) ;;
	cli.user.add.fullname) out=$(printf '%s\n%s\n' "$PW" "$PW" | "$ILP" user add budi --role kader --posyandu MAWAR --name "$in" "${A[@]}" 2>&1) ;;
	cli.user.add.password) out=$(printf '%s\n%s\n' "$PW" "$in" | "$ILP" user add budibudi1 --role kader --posyandu MAWAR "${A[@]}" 2>&1) ;;
	cli.user.passwd.password) out=$(printf '%s\n%s\n' "$PW" "$in" | "$ILP" user passwd kader1 "${A[@]}" 2>&1) ;;
	cli.user.lock.name) out=$(printf '%s\n' "$PW" | "$ILP" user lock "$in" "${A[@]}" 2>&1) ;;
	cli.user.action) out=$(printf '%s\n' "$PW" | "$ILP" user "$in" "${A[@]}" 2>&1) ;;
	cli.login.user) out=$(printf '%s\n' "$PW" | "$ILP" user list --db "$DB" --user "$in" --password-stdin 2>&1) ;;
	cli.posyandu.code) out=$(printf '%s\n' "$PW" | "$ILP" posyandu add "$in" --name "Posyandu Baru" --desa Sukamaju "${A[@]}" 2>&1) ;;
	cli.posyandu.name) out=$(printf '%s\n' "$PW" | "$ILP" posyandu add BARU --name "$in" --desa Sukamaju "${A[@]}" 2>&1) ;;
	cli.posyandu.desa) out=$(printf '%s\n' "$PW" | "$ILP" posyandu add BARU --name "Posyandu Baru" --desa "$in" "${A[@]}" 2>&1) ;;
	cli.posyandu.dusun) out=$(printf '%s\n' "$PW" | "$ILP" posyandu add BARU --name "Posyandu Baru" --desa Sukamaju --dusun "$in" "${A[@]}" 2>&1) ;;
	cli.schedule.dob) out=$("$ILP" schedule --dob "$in" --today 2025-08-12 2>&1) ;;
	cli.schedule.today) out=$("$ILP" schedule --dob 2025-01-10 --today "$in" 2>&1) ;;
	cli.schedule.given) out=$("$ILP" schedule --dob 2025-01-10 --today 2025-08-12 --given "$in" 2>&1) ;;
	cli.due.posyandu) out=$(printf '%s\n' "$PW" | "$ILP" due --posyandu "$in" "${A[@]}" 2>&1) ;;
	cli.due.today) out=$(printf '%s\n' "$PW" | "$ILP" due --today "$in" "${A[@]}" 2>&1) ;;
	cli.due.kader) out=$(printf '%s\n' "$PW" | "$ILP" due --posyandu "$in" --db "$DB" "${U[@]}" 2>&1) ;;
	cli.export.table) out=$(printf '%s\n' "$PW" | "$ILP" export csv "$in" "${A[@]}" 2>&1) ;;
	cli.export.posyandu) out=$(printf '%s\n' "$PW" | "$ILP" export csv persons --posyandu "$in" "${A[@]}" 2>&1) ;;
	cli.export.out) out=$(printf '%s\n' "$PW" | "$ILP" export csv persons --out "$in" "${A[@]}" 2>&1) ;;
	cli.export.kader) out=$(printf '%s\n' "$PW" | "$ILP" export csv persons --posyandu "$in" --db "$DB" "${U[@]}" 2>&1) ;;
	cli.seed.households) nofile=$T/seed.db; out=$("$ILP" seed --households "$in" --db "$nofile" 2>&1) ;;
	cli.seed.seed) nofile=$T/seed.db; out=$("$ILP" seed --households 5 --seed "$in" --db "$nofile" 2>&1) ;;
	cli.seed.layout) nofile=$T/seed.db; out=$("$ILP" seed --households 5 --layout "$in" --db "$nofile" 2>&1) ;;
	cli.seed.realdb) out=$("$ILP" seed --households "$in" --db "$DB" 2>&1) ;;
	cli.init.admin) nofile=$T/init.db; out=$(printf '%s\n' "$PW" | "$ILP" init --db "$nofile" --admin "$in" --password-stdin 2>&1) ;;
	cli.init.fullname) nofile=$T/init.db; out=$(printf '%s\n' "$PW" | "$ILP" init --db "$nofile" --admin boss --full-name "$in" --password-stdin 2>&1) ;;
	cli.init.password)
		# the file is made before the password is read: no account in it
		out=$(printf '%s\n' "$in" | "$ILP" init --db "$T/init-pw.db" --admin boss --password-stdin 2>&1)
		rc=$?
		[ "$(sql "$T/init-pw.db" "SELECT count(*) FROM account")" = 0 ] || written=$((written + 1))
		rm -f "$T"/init-pw.db*
		return
		;;
	cli.global.lang) out=$("$ILP" --lang "$in" check --db "$DB" 2>&1) ;;
	cli.global.today) out=$("$ILP" --today "$in" check --db "$DB" 2>&1) ;;
	cli.env.today) out=$(ILP_TODAY=$in "$ILP" check --db "$DB" 2>&1) ;;
	cli.global.db) out=$(printf '%s\n' "$PW" | "$ILP" user list --db "$in" --user admin --password-stdin 2>&1) ;;
	cli.backup.file) out=$("$ILP" backup "$in" --db "$DB" 2>&1) ;;
	cli.config.*)
		_k=${w#cli.config.}
		# the cheap hash, unless that is the key under test (a key
		# given twice is an error of its own)
		if [ "$_k" = security.pwhash_memory_mib ]; then
			: >"$T/bad.ini"
		else
			printf '[security]\npwhash_memory_mib = 19\n' >"$T/bad.ini"
		fi
		printf '[%s]\n%s = %s\n' "${_k%%.*}" "${_k#*.}" "$in" >>"$T/bad.ini"
		out=$(printf '%s\n' "$PW" | ILP_CONFIG=$T/bad.ini "$ILP" user add budi --role nakes "${A[@]}" 2>&1)
		;;
	*) out="runner: unknown place $w"; rc=99; return ;;
	esac
	rc=$?
}

# ---- the command line ------------------------------------------------
declare -a UI_LINES=()
while IFS= read -r line; do
	case $line in '' | '#'*) continue ;; esac
	case $line in ui.*) UI_LINES+=("$line"); continue ;; esac
	split "$line"
	in=$(decode "$raw")
	before=$(sig "$DB")
	rm -f "$T/seed.db" "$T/init.db"
	cli_case "$where" "$in"
	after=$(sig "$DB")
	tried=$((tried + 1))
	d="$where '$(printf '%.30s' "$raw")'"
	problems=()
	[ "$rc" = 1 ] || [ "$rc" = 2 ] || problems+=("exit status $rc")
	case $out in *"$expect"*) ;; *) problems+=("lacks: $expect") ;; esac
	case $out in *[Ss][Qq][Ll][Ii][Tt][Ee]* | *"near \""* | *"database is locked"*)
		problems+=("SQLite's own words") ;;
	esac
	if [ "$before" != "$after" ] || { [ -n "$nofile" ] && [ -e "$nofile" ]; }; then
		problems+=("written: $before -> $after")
		written=$((written + 1))
	fi
	if [ ${#problems[@]} = 0 ]; then
		ok "$d: refused"
	else
		not_ok "$d: refused" "${problems[@]}" "output: $(printf '%.300s' "$out")"
	fi
done <"$CAT"

. "$TOP/tests/reliability/bad-input-ui.sh"

ui_forms

n_ui=${#UI_LINES[@]}
ok_if "at least 100 inputs in the catalogue ($tried tried)" test "$tried" -ge 100
is "$written" 0 "no bad input wrote anything"
echo "# bad inputs tried: $tried, written: $written"
done_testing
