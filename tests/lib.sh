# Shared helpers for the shell tests (tests/cli, tests/ui, tests/reliability).
# They print TAP for prove: one "ok"/"not ok" line per check, the plan at
# the end. Each test gets a private directory $T, removed on exit.
#
#   . "$(dirname "$0")/../lib.sh"
#   ok_if "what is checked" test "$a" = "$b"
#   is "$got" "$want" "what"        like "$text" "needle" "what"
#   done_testing

set -u
TOP=${ILP_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
ILP=${ILP:-$TOP/build/ilp}
SLOW=${ILP_SLOW:-1} # sanitizer builds run slower: scale timeouts
export TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8
unset ILP_CONFIG ILP_TODAY ILP_USER XDG_CONFIG_HOME NO_COLOR

T=$(mktemp -d "${TMPDIR:-/tmp}/ilp-t-XXXXXX")
export HOME=$T/home
mkdir -p "$HOME"
_n=0
_failed=0
_cleanup_hooks=""

at_exit() { _cleanup_hooks="$_cleanup_hooks$1;"; }
_on_exit() {
	eval "$_cleanup_hooks"
	chmod -R u+w "$T" 2>/dev/null
	rm -rf "$T"
}
trap _on_exit EXIT

ok() { _n=$((_n + 1)); echo "ok $_n - $1"; }
not_ok() {
	_n=$((_n + 1))
	echo "not ok $_n - $1"
	_failed=1
	shift
	for l in "$@"; do printf '%s\n' "$l" | sed 's/^/#   /'; done
}
# ok_if DESC CMD...: passes when CMD succeeds.
ok_if() {
	d=$1
	shift
	if "$@"; then ok "$d"; else not_ok "$d" "command failed: $*"; fi
}
is() {
	if [ "$1" = "$2" ]; then ok "$3"; else not_ok "$3" "got:  $1" "want: $2"; fi
}
like() {
	case $1 in
	*"$2"*) ok "$3" ;;
	*) not_ok "$3" "text: $1" "lacks: $2" ;;
	esac
}
unlike() {
	case $1 in
	*"$2"*) not_ok "$3" "text: $1" "has: $2" ;;
	*) ok "$3" ;;
	esac
}
done_testing() {
	echo "1..$_n"
	exit $_failed
}
skip_all() {
	echo "1..0 # SKIP $1"
	exit 0
}

# sql DB QUERY: one query through the sqlite3 shell (reads only).
sql() { sqlite3 -batch -noheader "$1" "$2"; }

# A real database with one desa, posyandu MAWAR and MELATI and accounts:
#   admin (admin), kader1 (kader MAWAR), kader2 (kader MELATI), bidan (nakes)
# all with the password "rahasia123". Uses the CLI itself.
PW=rahasia123
make_db() {
	db=$1
	printf '%s\n' "$PW" | "$ILP" init --db "$db" --admin admin --password-stdin >/dev/null || return 1
	printf '%s\n' "$PW" | "$ILP" posyandu add MAWAR --name "Posyandu Mawar" --desa Sukamaju --dusun Krajan --db "$db" --user admin --password-stdin >/dev/null || return 1
	printf '%s\n' "$PW" | "$ILP" posyandu add MELATI --name "Posyandu Melati" --desa Sukamaju --dusun Kidul --db "$db" --user admin --password-stdin >/dev/null || return 1
	printf '%s\n%s\n' "$PW" "$PW" | "$ILP" user add kader1 --role kader --posyandu MAWAR --name "Siti Aminah" --db "$db" --user admin --password-stdin >/dev/null || return 1
	printf '%s\n%s\n' "$PW" "$PW" | "$ILP" user add kader2 --role kader --posyandu MELATI --name "Dewi Lestari" --db "$db" --user admin --password-stdin >/dev/null || return 1
	printf '%s\n%s\n' "$PW" "$PW" | "$ILP" user add bidan --role nakes --name "Bidan Rina" --db "$db" --user admin --password-stdin >/dev/null || return 1
}

# A config that keeps password hashing cheap for tests.
CONF=$T/ilp.ini
cat >"$CONF" <<INI
[security]
pwhash_memory_mib = 19
INI
export ILP_CONFIG=$CONF
