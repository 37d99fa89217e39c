#!/bin/bash
# make install and uninstall into a staging directory (DESTDIR).
. "$(dirname "$0")/../lib.sh"

command -v make >/dev/null || skip_all "make is not installed"
R=$T/root
out=$(make -s -C "$TOP" BUILD="${ILP_BUILD:-build}" install DESTDIR="$R" PREFIX=/usr SYSCONFDIR=/etc 2>&1)
is "$?" 0 "make install"
ok_if "the program" test -x "$R/usr/bin/ilp"
ok_if "the man page" test -f "$R/usr/share/man/man1/ilp.1"
ok_if "ilp.ini" test -f "$R/etc/ilp/ilp.ini"
ok_if "the schedule" test -f "$R/etc/ilp/imunisasi.ini"
ok_if "the checklists" test -f "$R/etc/ilp/checklists/lansia.ini"
echo "; edited" >>"$R/etc/ilp/ilp.ini"
make -s -C "$TOP" BUILD="${ILP_BUILD:-build}" install DESTDIR="$R" PREFIX=/usr SYSCONFDIR=/etc >/dev/null 2>&1
like "$(tail -1 "$R/etc/ilp/ilp.ini")" "; edited" "a second install keeps an edited ilp.ini"
ok_if "and puts the new one beside it" test -f "$R/etc/ilp/ilp.ini.dist"
out=$("$R/usr/bin/ilp" --config "$R/etc/ilp/ilp.ini" config check 2>&1)
is "$?" 0 "the installed configuration checks sound"
make -s -C "$TOP" BUILD="${ILP_BUILD:-build}" uninstall DESTDIR="$R" PREFIX=/usr SYSCONFDIR=/etc >/dev/null 2>&1
ok_if "uninstall removes the program" test ! -e "$R/usr/bin/ilp"
ok_if "and keeps the configuration" test -f "$R/etc/ilp/ilp.ini"
done_testing
