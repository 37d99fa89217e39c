#!/bin/bash
# Hostile files (issue 8): configuration files that are truncated, binary,
# without sections or huge; database files that are truncated, not SQLite,
# empty, read-only (the file, the folder), on a full disk, or locked by
# another program for longer than the busy timeout. Each gives a clear
# message in ilp's words (never SQLite's), exits 1, never crashes, and
# leaves the file as it was where it should.
. "$(dirname "$0")/../lib.sh"

DB=$T/ilp.db
make_db "$DB" || { not_ok "make the test database"; done_testing; }

# expect_fail DESC WANT CMD...: exit 1, WANT in the output, no SQLite text.
expect_fail() {
	_d=$1
	_want=$2
	shift 2
	_out=$("$@" 2>&1)
	_rc=$?
	if [ $_rc = 1 ]; then ok "$_d: exit 1"; else not_ok "$_d: exit 1" "exit $_rc" "$_out"; fi
	like "$_out" "$_want" "$_d: says so"
	case $_out in
	*[Ss][Qq][Ll][Ii][Tt][Ee]_* | *"database is locked"* | *"disk I/O error"* | *"file is not a database"*)
		not_ok "$_d: no SQLite text" "$_out" ;;
	*) ok "$_d: no SQLite text" ;;
	esac
}
login() { printf '%s\n%s\n' "$PW" "$PW" | "$ILP" "$@" --user admin --password-stdin; }
sum() { cksum <"$1"; }

# ---- configuration files ---------------------------------------------
printf '[secur' >"$T/trunc.ini"
expect_fail "config cut in a section name" "salah tulis" env ILP_CONFIG="$T/trunc.ini" "$ILP" check --db "$DB"
printf '[security]\npwhash_memory_mib = 1' >"$T/trunc2.ini"
expect_fail "config cut in a value" "pwhash_memory_mib: nilai '1' tidak sah" env ILP_CONFIG="$T/trunc2.ini" "$ILP" check --db "$DB"
head -c 4096 /dev/urandom >"$T/binary.ini"
printf '\000' >>"$T/binary.ini"
expect_fail "binary config" "bukan berkas teks" env ILP_CONFIG="$T/binary.ini" "$ILP" check --db "$DB"
head -c 2000000 /dev/zero | tr '\0' 'a' >"$T/huge.ini"
expect_fail "huge config" "terlalu besar" env ILP_CONFIG="$T/huge.ini" "$ILP" check --db "$DB"
printf 'min_password_length = 12\n' >"$T/nosection.ini"
out=$(ILP_CONFIG=$T/nosection.ini "$ILP" check --db "$DB" 2>&1)
like "$out" "kunci di luar bagian [..], diabaikan" "config without sections: the key is named as ignored"
expect_fail "config that is a folder" "tidak bisa dibaca" env ILP_CONFIG="$T" "$ILP" check --db "$DB"
expect_fail "config that does not exist" "tidak bisa dibaca" env ILP_CONFIG="$T/none.ini" "$ILP" check --db "$DB"

# ---- database files --------------------------------------------------
cp "$DB" "$T/trunc.db"
truncate -s 8192 "$T/trunc.db"
s0=$(sum "$T/trunc.db")
expect_fail "truncated database" "bukan database SQLite (atau rusak)" login user list --db "$T/trunc.db"
is "$(sum "$T/trunc.db")" "$s0" "truncated database: untouched"

head -c 20000 /dev/urandom >"$T/random.db"
s0=$(sum "$T/random.db")
expect_fail "random bytes" "bukan database SQLite" "$ILP" check --db "$T/random.db"
expect_fail "random bytes, init" "bukan database SQLite" "$ILP" init --db "$T/random.db" --password-stdin </dev/null
is "$(sum "$T/random.db")" "$s0" "random bytes: untouched"

printf 'nama,alamat\nSiti,Jl. Mawar\n' >"$T/text.db"
s0=$(sum "$T/text.db")
expect_fail "a CSV file as database" "bukan database SQLite" "$ILP" check --db "$T/text.db"
is "$(sum "$T/text.db")" "$s0" "CSV file: untouched"

sqlite3 "$T/other.db" "CREATE TABLE t (x); INSERT INTO t VALUES (1);"
s0=$(sum "$T/other.db")
expect_fail "another program's database" "milik program lain" "$ILP" init --db "$T/other.db" --password-stdin </dev/null
is "$(sum "$T/other.db")" "$s0" "another program's database: untouched"

: >"$T/empty.db"
expect_fail "zero-length file" "kosong (0 bita)" login user list --db "$T/empty.db"
is "$(stat -c %s "$T/empty.db")" 0 "zero-length file: untouched"
ok_if "zero-length file: no -wal left" test ! -e "$T/empty.db-wal"

# Read-only: root ignores permissions, so drop to nobody.
as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; }
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
	RO=$T/ro
	mkdir -p "$RO"
	cp "$DB" "$RO/ilp.db"
	cp "$CONF" "$RO/ilp.ini"
	chown -R nobody "$RO"
	chmod 0400 "$RO/ilp.db"
	chmod 0755 "$T" "$RO"
	s0=$(sum "$RO/ilp.db")
	expect_fail "read-only database file" "hanya bisa dibaca" \
		as_nobody env ILP_CONFIG="$RO/ilp.ini" HOME=/ "$ILP" init --db "$RO/ilp.db" --password-stdin
	chmod 0600 "$RO/ilp.db"
	chmod 0555 "$RO"
	expect_fail "database in a read-only folder" "tidak bisa ditulisi" \
		as_nobody env ILP_CONFIG="$RO/ilp.ini" HOME=/ "$ILP" init --db "$RO/ilp.db" --password-stdin
	expect_fail "new database in a read-only folder" "tidak bisa ditulisi" \
		as_nobody env ILP_CONFIG="$RO/ilp.ini" HOME=/ "$ILP" init --db "$RO/new.db" --password-stdin
	ok_if "read-only folder: nothing created" test ! -e "$RO/new.db" -a ! -e "$RO/ilp.db-wal"
	is "$(sum "$RO/ilp.db")" "$s0" "read-only: the database untouched"
	chmod 0755 "$RO"
else
	ok "read-only cases need root to drop to nobody # SKIP"
fi

# ---- a full disk -----------------------------------------------------
FULL=$T/full
mkdir -p "$FULL"
if mount -t tmpfs -o size=1m tmpfs "$FULL" 2>/dev/null; then
	at_exit 'umount "$FULL" 2>/dev/null'
	cp "$DB" "$FULL/ilp.db"
	before=$(sql "$FULL/ilp.db" "SELECT count(*) FROM account")
	# fill what is left, then try a write that needs new pages
	dd if=/dev/zero of="$FULL/filler" bs=4k 2>/dev/null
	expect_fail "full disk: add an account" "disk penuh" \
		login user add budi --role nakes --db "$FULL/ilp.db"
	rm -f "$FULL/filler"
	is "$(sql "$FULL/ilp.db" "SELECT count(*) FROM account")" "$before" "full disk: no account added"
	is "$(sql "$FULL/ilp.db" "PRAGMA integrity_check")" ok "full disk: the database is intact"
	dd if=/dev/zero of="$FULL/filler" bs=4k 2>/dev/null
	expect_fail "full disk: a new database" "disk penuh" \
		"$ILP" init --db "$FULL/new.db" --admin boss --password-stdin <<<"$PW"
	rm -f "$FULL/filler"
	umount "$FULL"
else
	# no mount: a file size limit gives the same ENOSPC-like failure
	cp "$DB" "$FULL/ilp.db"
	sz=$(( $(stat -c %s "$FULL/ilp.db") / 1024 ))
	out=$( (ulimit -f $((sz + 1)); trap '' XFSZ; printf '%s\n%s\n' "$PW" "$PW" |
		"$ILP" seed --households 300 --db "$FULL/seed.db") 2>&1)
	unlike "$out" "SQLITE" "ulimit -f: no SQLite text"
fi

# ---- a database locked by another program for a long time ------------
printf '[security]\npwhash_memory_mib = 19\n[database]\nbusy_timeout_ms = 1000\n' >"$T/busy.ini"
cp "$DB" "$T/locked.db"
before=$(sql "$T/locked.db" "SELECT count(*) FROM account")
# locker SQL: the sqlite3 shell runs SQL and holds it for 30 s, in a
# session of its own so that it ends as a group (LOCKER is its id).
locker() {
	setsid bash -c '(echo "$1"; sleep 30) | sqlite3 "$2" >/dev/null 2>&1' _ "$1" "$T/locked.db" &
	LOCKER=$!
	sleep 0.5
}
unlock() { kill -- -"$LOCKER" 2>/dev/null; wait "$LOCKER" 2>/dev/null; LOCKER=; }
LOCKER=
at_exit '[ -z "$LOCKER" ] || kill -- -"$LOCKER" 2>/dev/null'
locker "BEGIN IMMEDIATE; UPDATE meta SET value = value WHERE 0;"
t0=$(date +%s)
expect_fail "a writer holds the database" "sedang dipakai orang lain, coba lagi" \
	env ILP_CONFIG="$T/busy.ini" bash -c 'printf "%s\n%s\n" "$1" "$1" | "$2" user add budi --role nakes --db "$3" --user admin --password-stdin' _ "$PW" "$ILP" "$T/locked.db"
t1=$(date +%s)
ok_if "gives up after the busy timeout, not hanging ($((t1 - t0)) s)" test $((t1 - t0)) -lt 10
unlock
# exclusive locking mode blocks even readers: opening must say busy too
locker "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT count(*) FROM meta;"
expect_fail "an exclusive lock, opening" "sedang dipakai orang lain" \
	env ILP_CONFIG="$T/busy.ini" "$ILP" check --db "$T/locked.db"
expect_fail "an exclusive lock, logging in" "sedang dipakai orang lain" \
	env ILP_CONFIG="$T/busy.ini" bash -c 'printf "%s\n" "$1" | "$2" user list --db "$3" --user admin --password-stdin' _ "$PW" "$ILP" "$T/locked.db"
unlock
is "$(sql "$T/locked.db" "SELECT count(*) FROM account")" "$before" "locked: nothing added"
is "$(sql "$T/locked.db" "PRAGMA integrity_check")" ok "locked: intact"
done_testing
