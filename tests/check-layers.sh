#!/bin/sh
# Enforces the layering of DESIGN.md §3 by grepping includes:
#   core  knows the C library only   (no curses, SQLite, iniparser, libsodium)
#   store knows SQLite and core       (no curses, iniparser, libsodium)
#   ui    knows curses, core, store's API (no SQLite, no SQL text)
#   cli   knows core and store        (no curses, no SQLite)
# iniparser appears only in src/config.c, libsodium only in src/crypto.c.
cd "$(dirname "$0")/.." || exit 1
fail=0

bad() {
	echo "check-layers: $1" >&2
	fail=1
}

# grep_inc DIRS PATTERN WHY
grep_inc() {
	hits=$(grep -rnE "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($2)" $1 2>/dev/null)
	[ -n "$hits" ] && bad "$3:
$hits"
}

grep_inc "src/core include/core" 'n?curses|ncursesw/|sqlite3|iniparser|sodium|store/|ui/|cli/|config\.h|crypto\.h' \
	"core must stay pure (C library only)"
grep_inc "src/store include/store" 'n?curses|ncursesw/|iniparser|sodium|ui/|cli/' \
	"store must not know curses, iniparser or libsodium"
grep_inc "src/ui include/ui" 'sqlite3|iniparser|sodium|cli/' \
	"ui must not know SQLite, iniparser or libsodium"
grep_inc "src/cli include/cli" 'n?curses|ncursesw/|sqlite3|iniparser|sodium|ui/' \
	"cli must not know curses or SQLite"

for f in $(grep -rlE '#[[:space:]]*include[[:space:]]*<iniparser' src include 2>/dev/null); do
	[ "$f" = src/config.c ] || bad "only src/config.c may use iniparser: $f"
done
for f in $(grep -rlE '#[[:space:]]*include[[:space:]]*<sodium' src include 2>/dev/null); do
	[ "$f" = src/crypto.c ] || bad "only src/crypto.c may use libsodium: $f"
done

# Screens build no SQL.
sql=$(grep -rnE '"[[:space:]]*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|BEGIN)[[:space:]]' src/ui src/cli 2>/dev/null)
[ -n "$sql" ] && bad "SQL text outside the store:
$sql"

# Unsafe string and number functions (STYLE.md).
unsafe=$(grep -rnE '\b(sprintf|vsprintf|strcpy|strcat|strncpy|gets|atoi|atol)\(' src include 2>/dev/null | grep -vE 'v?snprintf')
[ -n "$unsafe" ] && bad "unsafe calls:
$unsafe"

[ $fail = 0 ] && echo "check-layers: ok"
exit $fail
