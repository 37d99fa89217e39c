#!/bin/bash
# Bad configuration, database files and terminals: a clear message in the
# chosen language, exit 1 (or 2 for usage), nothing written.
. "$(dirname "$0")/../lib.sh"

DB=$T/ilp.db
make_db "$DB" || { not_ok "make the test database"; done_testing; }
sum() { md5sum "$1" | cut -d' ' -f1; }

# usage errors
"$ILP" --today 2025-02-30 check --db "$DB" >/dev/null 2>"$T/err"
is "$?" 2 "an impossible --today is a usage error"
like "$(cat "$T/err")" "--today: tanggal '2025-02-30' tidak sah" "and says so"
"$ILP" --lang fr --version >/dev/null 2>"$T/err"
is "$?" 2 "an unknown --lang"
"$ILP" frobnicate >/dev/null 2>"$T/err"
is "$?" 2 "an unknown command"
like "$(cat "$T/err")" "perintah tidak dikenal: frobnicate" "is named"
"$ILP" check --bogus >/dev/null 2>"$T/err"
is "$?" 2 "an unknown option"
out=$("$ILP" --help)
like "$out" "ilp init" "--help lists the commands"
like "$("$ILP" --lang en --help)" "Usage:" "--help in English"
like "$("$ILP" --version)" "ilp 0." "--version"
like "$(ILP_TODAY=2025-13-01 "$ILP" check --db "$DB" 2>&1)" "tidak sah" "ILP_TODAY is checked too"

# configuration: a bad value stops the program, naming file, section, key
cat >"$T/bad.ini" <<INI
[security]
max_failed_logins = 1000
[app]
language = jawa
colour = blue
INI
out=$("$ILP" --config "$T/bad.ini" check --db "$DB" 2>&1)
is "$?" 1 "a bad configuration stops the program"
like "$out" "$T/bad.ini: [security] max_failed_logins: nilai '1000' tidak sah; boleh bilangan bulat 3 sampai 100" "naming file, section, key and the range"
like "$out" "[app] language: nilai 'jawa' tidak sah; boleh salah satu dari: id, en" "and the choices"
like "$out" "[app] colour: kunci tidak dikenal" "an unknown key warns"
out=$("$ILP" --config "$T/none.ini" check --db "$DB" 2>&1)
is "$?" 1 "a missing --config file"
like "$out" "none.ini: tidak bisa dibaca" "is named"
head -c 300 /bin/ls >"$T/binary.ini"
out=$("$ILP" --config "$T/binary.ini" check --db "$DB" 2>&1)
like "$out" "bukan berkas teks" "a binary config file is refused"
printf '[security\nmax_failed_logins = 5\n' >"$T/trunc.ini"
out=$("$ILP" --config "$T/trunc.ini" check --db "$DB" 2>&1)
is "$?" 1 "a truncated section header is refused"
printf '[app]\nlanguage = id\n; a comment\n[security]\nmax_failed_logins = 5\n[App]\n Language = en\n' >"$T/dup.ini"
out=$("$ILP" --config "$T/dup.ini" check --db "$DB" 2>&1)
is "$?" 1 "a key given twice is refused"
like "$out" "dup.ini: [app] language ditulis dua kali (baris 2 dan 7); hapus salah satu" "naming both lines"
mkdir -p "$T/dupdata/checklists"
cp -r "$TOP/config/." "$T/dupdata/"
printf '[security]\npwhash_memory_mib = 19\n' >"$T/dupdata/ilp.ini"
printf '\n[hamil.lila]\nrefer_if = < 20\n' >>"$T/dupdata/checklists/hamil.ini"
out=$("$ILP" --config "$T/dupdata/ilp.ini" config check 2>&1)
is "$?" 1 "a checklist item given twice is refused"
like "$out" "hamil.ini: [hamil.lila] refer_if ditulis dua kali" "in the data files too"
out=$("$ILP" --lang en --config "$T/bad.ini" check --db "$DB" 2>&1)
like "$out" "invalid value '1000'; allowed: a whole number from 3 to 100" "in English too"
if [ "$(id -u)" != 0 ]; then
	cp "$CONF" "$T/unreadable.ini"; chmod 000 "$T/unreadable.ini"
	out=$("$ILP" --config "$T/unreadable.ini" check --db "$DB" 2>&1)
	like "$out" "tidak bisa dibaca" "an unreadable config file"
fi

# config check prints what it found, or every error with its place
out=$("$ILP" config check 2>&1)
is "$?" 0 "config check of the test configuration"
like "$out" "[security] pwhash_memory_mib = 19" "shows the options set"
like "$out" "konfigurasi baik" "and says it is sound"
out=$("$ILP" --config "$T/bad.ini" config check 2>&1)
is "$?" 1 "config check of a bad file fails"
like "$out" "max_failed_logins" "listing the first error"
like "$out" "language" "and the second"
like "$("$ILP" config options)" "max_failed_logins" "config options lists the table"

# database files
"$ILP" --db "$T/missing.db" check >/dev/null 2>"$T/err"
is "$?" 1 "a missing database"
like "$(cat "$T/err")" "ilp init --db $T/missing.db" "tells how to create it"
ok_if "and creates nothing" test ! -e "$T/missing.db"
echo "just some text" >"$T/text.db"
before=$(sum "$T/text.db")
out=$("$ILP" --db "$T/text.db" check 2>&1)
like "$out" "bukan database SQLite" "a text file is not a database"
is "$(sum "$T/text.db")" "$before" "and is left untouched"
sqlite3 "$T/other.db" "CREATE TABLE x(y); INSERT INTO x VALUES (1);"
before=$(sum "$T/other.db")
out=$(printf '%s\n' "$PW" | "$ILP" --db "$T/other.db" init --password-stdin 2>&1)
like "$out" "milik program lain" "another program's database is refused"
is "$(sum "$T/other.db")" "$before" "and is left untouched"
cp "$DB" "$T/newer.db"; rm -f "$T/newer.db-wal"
sqlite3 "$T/newer.db" "PRAGMA journal_mode=DELETE; PRAGMA user_version=99;" >/dev/null
before=$(sum "$T/newer.db")
out=$("$ILP" --db "$T/newer.db" check 2>&1)
like "$out" "versi ilp yang lebih baru (skema 99" "a newer database is refused"
is "$(sum "$T/newer.db")" "$before" "and is left untouched"
out=$(printf '%s\n' "$PW" | "$ILP" --db "$T/nodir/x.db" init --password-stdin 2>&1)
like "$out" "folder '$T/nodir' untuk database tidak ada" "a missing directory is named"

# read-only: root ignores permissions, so drop to nobody when we are root
as_other() {
	if [ "$(id -u)" = 0 ]; then
		command -v setpriv >/dev/null || return 1
		setpriv --reuid=nobody --regid=nogroup --clear-groups \
			env HOME=/tmp ILP_CONFIG="$CONF" "$@"
	else
		"$@"
	fi
}
mkdir "$T/ro"
cp "$DB" "$T/ro/ilp.db"
chmod 755 "$T" "$T/ro"; chmod 644 "$T/ro/ilp.db" "$CONF"
rm -f "$T/ro/ilp.db-wal" "$T/ro/ilp.db-shm"
[ "$(id -u)" = 0 ] || chmod 555 "$T/ro"
out=$(as_other "$ILP" --db "$T/ro/ilp.db" user list --user admin </dev/null 2>&1)
like "$out" "read-only" "a database we cannot write is refused clearly"
mkdir "$T/rodir"; chmod 755 "$T/rodir"; [ "$(id -u)" = 0 ] || chmod 555 "$T/rodir"
out=$(printf '%s\n' "$PW" | as_other "$ILP" --db "$T/rodir/new.db" init --password-stdin 2>&1)
like "$out" "tidak bisa ditulisi" "a read-only directory is refused clearly"
ok_if "and nothing is created there" test ! -e "$T/rodir/new.db"

# terminals: the screen needs one, and a known TERM
out=$(env -u TERM "$ILP" --db "$DB" </dev/null 2>&1)
is "$?" 1 "the screen without a terminal fails"
like "$out" "perlu terminal" "and says why"
if command -v script >/dev/null; then
	out=$(env -u TERM script -qec "$ILP --db $DB" /dev/null 2>&1)
	like "$out" "variabel TERM kosong" "TERM unset is named"
	out=$(TERM=nosuchterm script -qec "$ILP --db $DB" /dev/null 2>&1)
	like "$out" "terminal 'nosuchterm' tidak dikenal" "an unknown TERM is named"
fi
done_testing
