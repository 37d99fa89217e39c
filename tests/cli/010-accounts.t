#!/bin/bash
# ilp init, user and posyandu through the real binary on temporary files.
. "$(dirname "$0")/../lib.sh"

DB=$T/ilp.db
out=$(printf '%s\n' "$PW" | "$ILP" init --db "$DB" --admin admin --password-stdin 2>&1)
is "$?" 0 "init creates a database"
like "$out" "database siap" "init says the database is ready"
like "$out" "akun admin 'admin' dibuat" "init creates the first admin"
is "$(stat -c %a "$DB")" 600 "the database file is 0600"
is "$(sql "$DB" 'PRAGMA journal_mode')" wal "WAL mode"
is "$(sql "$DB" "SELECT role FROM account")" admin "one admin account"

out=$(printf '%s\n' "$PW" | "$ILP" init --db "$DB" --password-stdin 2>&1)
is "$?" 0 "init on an existing database only upgrades"
unlike "$out" "dibuat" "no second admin without asking"
is "$(sql "$DB" "SELECT count(*) FROM account")" 1 "still one account"

# posyandu and users, logged in as admin
out=$(printf '%s\n' "$PW" | "$ILP" posyandu add MAWAR --name "Posyandu Mawar" --desa Sukamaju --db "$DB" --user admin --password-stdin 2>&1)
is "$?" 0 "posyandu add"
out=$(printf '%s\n%s\n' "$PW" "$PW" | "$ILP" user add kader1 --role kader --posyandu MAWAR --name "Siti Aminah" --db "$DB" --user admin --password-stdin 2>&1)
is "$?" 0 "user add kader1"
like "$out" "akun 'kader1' (kader) dibuat" "user add reports"
out=$(printf '%s\n' "$PW" | "$ILP" user list --db "$DB" --user admin --password-stdin 2>&1)
like "$out" "kader1	kader	Posyandu Mawar	aktif" "user list shows role, posyandu and state"

# bad input: each refused with its message, nothing written
n0=$(sql "$DB" "SELECT count(*) FROM account")
out=$(printf '%s\n%s\n' "$PW" "$PW" | "$ILP" user add kader2 --role kader --db "$DB" --user admin --password-stdin 2>&1)
is "$?" 1 "a kader without posyandu is refused"
like "$out" "harus punya posyandu" "with a clear message"
out=$(printf '%s\n%s\n' "$PW" "$PW" | "$ILP" user add kader2 --role kader --posyandu NOPE --db "$DB" --user admin --password-stdin 2>&1)
like "$out" "tidak ada posyandu dengan kode 'NOPE'" "an unknown posyandu is named"
out=$(printf '%s\n%s\n' "$PW" "short" | "$ILP" user add kader2 --role kader --posyandu MAWAR --db "$DB" --user admin --password-stdin 2>&1)
like "$out" "minimal 8 huruf" "a short password is refused"
out=$(printf '%s\n%s\n' "$PW" "$PW" | "$ILP" user add Kader2 --role kader --posyandu MAWAR --db "$DB" --user admin --password-stdin 2>&1)
like "$out" "huruf kecil" "an upper-case name is refused"
out=$(printf '%s\n%s\n' "$PW" "$PW" | "$ILP" user add kader1 --role kader --posyandu MAWAR --db "$DB" --user admin --password-stdin 2>&1)
like "$out" "'kader1' sudah dipakai" "a taken name is refused"
out=$(printf '%s\n%s\n' "$PW" "$PW" | "$ILP" user add kader2 --role boss --db "$DB" --user admin --password-stdin 2>&1)
is "$?" 2 "an unknown role is a usage error"
is "$(sql "$DB" "SELECT count(*) FROM account")" "$n0" "nothing was written"

# roles are checked by the store, whatever the path
out=$(printf '%s\n%s\n' "$PW" "$PW" | "$ILP" user add x1 --role admin --db "$DB" --user kader1 --password-stdin 2>&1)
is "$?" 1 "a kader cannot add accounts"
like "$out" "peran 'kader' tidak boleh" "and is told why"
out=$("$ILP" user list --db "$DB" </dev/null 2>&1)
like "$out" "--user NAMA" "a command without --user asks for one"

# wrong password, lock, unlock
out=$(printf 'wrong-one\n' | "$ILP" user list --db "$DB" --user kader1 --password-stdin 2>&1)
is "$?" 1 "a wrong password fails"
like "$out" "nama pengguna atau kata sandi salah" "with the same message as an unknown name"
out=$(printf '%s\n' "$PW" | "$ILP" user lock kader1 --db "$DB" --user admin --password-stdin 2>&1)
like "$out" "akun 'kader1' dikunci" "admin locks kader1"
out=$(printf '%s\n' "$PW" | "$ILP" posyandu list --db "$DB" --user kader1 --password-stdin 2>&1)
like "$out" "dikunci oleh admin" "a locked account cannot log in"
out=$(printf '%s\n' "$PW" | "$ILP" user unlock kader1 --db "$DB" --user admin --password-stdin 2>&1)
like "$out" "dibuka" "admin unlocks"
out=$(printf '%s\n' "$PW" | "$ILP" posyandu list --db "$DB" --user kader1 --password-stdin 2>&1)
like "$out" "MAWAR	Posyandu Mawar	Sukamaju" "kader1 logs in again and lists its posyandu"
is "$(sql "$DB" "SELECT count(*) FROM audit WHERE action IN ('lock','unlock') AND actor='admin'")" 2 "lock and unlock audited with the admin's name"

# passwords: own change needs the old one
out=$(printf '%s\nWRONG-old\nbaru-sekali\n' "$PW" | "$ILP" user passwd kader1 --db "$DB" --user kader1 --password-stdin 2>&1)
like "$out" "kata sandi lama salah" "own change with a wrong old password is refused"
out=$(printf '%s\n%s\nbaru-sekali\n' "$PW" "$PW" | "$ILP" user passwd kader1 --db "$DB" --user kader1 --password-stdin 2>&1)
is "$?" 0 "own change with the old password"
out=$(printf 'baru-sekali\n' | "$ILP" posyandu list --db "$DB" --user kader1 --password-stdin 2>&1)
is "$?" 0 "the new password works"

# a recovery admin: only the owner of the file (here: root or us)
out=$(printf '%s\n' "$PW" | "$ILP" init --db "$DB" --admin rescue --password-stdin 2>&1)
is "$?" 0 "the file's owner can add a recovery admin"
is "$(sql "$DB" "SELECT count(*) FROM audit WHERE action='recovery'")" 1 "and it is audited"

# the English catalogue
out=$(printf 'x\n' | "$ILP" --lang en user list --db "$DB" --user nobody --password-stdin 2>&1)
like "$out" "wrong user name or password" "--lang en speaks English"
done_testing
