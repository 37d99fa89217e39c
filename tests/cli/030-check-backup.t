#!/bin/bash
# ilp check and ilp backup.
. "$(dirname "$0")/../lib.sh"

DB=$T/ilp.db
make_db "$DB" || { not_ok "make the test database"; done_testing; }
out=$("$ILP" --db "$DB" check 2>&1)
is "$?" 0 "check of a sound database"
like "$out" "baik (skema" "says it is sound"
like "$out" "2 posyandu" "with counts"

out=$("$ILP" --db "$DB" backup "$T/copy.db" 2>&1)
is "$?" 0 "backup"
like "$out" "cadangan ditulis: $T/copy.db" "reports the file"
is "$(stat -c %a "$T/copy.db")" 600 "the backup is 0600"
is "$(sql "$T/copy.db" 'SELECT count(*) FROM account')" 4 "the backup holds the accounts"
ok_if "no -wal beside the backup" test ! -e "$T/copy.db-wal"
out=$("$ILP" --db "$T/copy.db" check 2>&1)
is "$?" 0 "the backup checks sound"
out=$("$ILP" --db "$DB" backup "$T/copy.db" 2>&1)
is "$?" 1 "an existing backup is never overwritten"
like "$out" "sudah ada" "and says so"
is "$(sql "$DB" "SELECT count(*) FROM audit WHERE action='backup'")" 1 "the backup is audited"
"$ILP" --db "$DB" backup >/dev/null 2>&1
is "$?" 2 "backup without a file is a usage error"

# damage is found
sqlite3 "$T/copy.db" "DROP TRIGGER person_no_delete"
out=$("$ILP" --db "$T/copy.db" check 2>&1)
is "$?" 1 "check finds a dropped trigger"
like "$out" "person_no_delete" "and names it"
done_testing
