#!/bin/bash
# ilp schedule (issue 4): the issue's worked example as the whole TSV, the
# same in English but for the reasons, bad dates and antigens (exit 1),
# bad usage (exit 2). No database is opened.
. "$(dirname "$0")/../lib.sh"

sched() { "$ILP" schedule --db "$T/none/ilp.db" "$@"; }

out=$(sched --dob 2025-01-10 --today 2025-03-15 \
	--given HB0:2025-01-10,BCG:2025-01-20,OPV:2025-01-20 2>"$T/err")
is "$?" 0 "the worked example runs without a database"
want=$(printf '%s\n' \
'dose	status	date_given	earliest	recommended	reason' \
'HB0	valid	2025-01-10	2025-01-10	2025-01-10	HB0 sah: diberikan umur 0 hari, IM-Ideal (sebelum umur 8 hari)' \
'BCG	valid	2025-01-20	2025-01-10	2025-01-10	BCG sah: diberikan umur 10 hari, IM-Ideal (sebelum umur 2 bulan)' \
'OPV1	valid	2025-01-20	2025-01-10	2025-01-10	OPV1 sah: diberikan umur 10 hari, IM-Ideal (sebelum umur 2 bulan)' \
'DPT1	due		2025-03-10	2025-03-10	DPT1 sudah waktunya: umur 2 bulan 5 hari; terlambat mulai umur 3 bulan' \
'OPV2	due		2025-03-10	2025-03-10	OPV2 sudah waktunya: umur 2 bulan 5 hari; terlambat mulai umur 3 bulan' \
'PCV1	due		2025-03-10	2025-03-10	PCV1 sudah waktunya: umur 2 bulan 5 hari; terlambat mulai umur 3 bulan' \
'RV1	due		2025-03-10	2025-03-10	RV1 sudah waktunya: umur 2 bulan 5 hari; terlambat mulai umur 3 bulan' \
'DPT2	upcoming		2025-04-10	2025-04-10	DPT2 menunggu DPT1; paling cepat umur 3 bulan' \
'OPV3	upcoming		2025-04-10	2025-04-10	OPV3 menunggu OPV2; paling cepat umur 3 bulan' \
'PCV2	upcoming		2025-04-10	2025-04-10	PCV2 menunggu PCV1; paling cepat umur 3 bulan' \
'RV2	upcoming		2025-04-10	2025-04-10	RV2 menunggu RV1; paling cepat umur 3 bulan' \
'DPT3	upcoming		2025-05-10	2025-05-10	DPT3 menunggu DPT2; paling cepat umur 4 bulan' \
'OPV4	upcoming		2025-05-10	2025-05-10	OPV4 menunggu OPV3; paling cepat umur 4 bulan' \
'IPV1	upcoming		2025-05-10	2025-05-10	IPV1 belum waktunya: boleh mulai umur 4 bulan' \
'RV3	upcoming		2025-05-10	2025-05-10	RV3 menunggu RV2; paling cepat umur 4 bulan' \
'MR1	upcoming		2025-10-10	2025-10-10	MR1 belum waktunya: boleh mulai umur 9 bulan' \
'IPV2	upcoming		2025-10-10	2025-10-10	IPV2 menunggu IPV1; paling cepat umur 9 bulan' \
'PCV3	upcoming		2026-01-10	2026-01-10	PCV3 menunggu PCV2; paling cepat umur 12 bulan' \
'DPT4	upcoming		2026-07-10	2026-07-10	DPT4 menunggu DPT3; paling cepat umur 18 bulan' \
'MR2	upcoming		2026-07-10	2026-07-10	MR2 menunggu MR1; paling cepat umur 18 bulan' \
'IDL	incomplete' \
'IBL	incomplete')
is "$out" "$want" "the worked example of issue 4, every row"
is "$(cat "$T/err")" "" "nothing on stderr"
ok_if "no database was created" test ! -e "$T/none"

en=$(sched --lang en --dob 2025-01-10 --today 2025-03-15 \
	--given HB0:2025-01-10,BCG:2025-01-20,OPV:2025-01-20)
is "$(printf '%s\n' "$en" | cut -f1-5)" "$(printf '%s\n' "$want" | cut -f1-5)" \
	"English: the same codes and dates"
like "$en" "DPT1 due: age 2 months 5 days; late from age 3 months" "English reasons"

# order of --given does not matter; --given may be repeated; codes any case
out2=$(sched --dob 2025-01-10 --today 2025-03-15 --given opv:2025-01-20 \
	--given BCG:2025-01-20,hb0:2025-01-10)
is "$out2" "$want" "doses in any order, repeated --given, any case"

# an invalid dose followed by a valid repeat; an extra dose; catch-up
out=$(sched --dob 2024-01-31 --today 2025-03-01 \
	--given HB0:2024-01-31,BCG:2024-02-01,OPV:2024-02-01,DPT:2024-04-15,DPT:2024-05-05,DPT:2024-05-15,BCG:2024-06-01)
like "$out" "DPT1	valid	2024-04-15	2024-03-31" "born 31 January: DPT1 from 31 March"
like "$out" "DPT	invalid	2024-05-05			DPT2 terlalu cepat: 20 hari setelah DPT1, minimal 1 bulan" \
	"a dose too soon is invalid, with its rule"
like "$out" "DPT2	valid	2024-05-15	2024-05-15" "and the repeat a month later counts"
like "$out" "BCG	extra	2024-06-01			dosis tambahan: seri BCG sudah lengkap" "an extra dose"
like "$out" "MR1	catchup" "MR1 catch-up after 12 months"
like "$out" "RV1	expired" "rotavirus expired at 7 months"

# bad dates and antigens: exit 1 with a message, nothing on stdout
bad() {
	want_msg=$1
	shift
	out=$(sched "$@" 2>"$T/err")
	rc=$?
	is "$rc" 1 "exit 1: $*"
	like "$(cat "$T/err")" "$want_msg" "message: $want_msg"
	is "$out" "" "no TSV: $*"
}
bad "--dob: tanggal '2025-02-30' tidak sah" --dob 2025-02-30 --today 2025-03-15
bad "--dob: tanggal '10-01-2025' tidak sah; tulis YYYY-MM-DD" --dob 10-01-2025
bad "tanggal lahir 2025-04-01 sesudah hari ini" --dob 2025-04-01 --today 2025-03-15
bad "sebelum tanggal lahir" --dob 2025-01-10 --today 2025-03-15 --given BCG:2025-01-09
bad "sesudah hari ini" --dob 2025-01-10 --today 2025-03-15 --given BCG:2025-03-16
bad "antigen 'XYZ' tidak dikenal; boleh: HB0, BCG, OPV" --dob 2025-01-10 --today 2025-03-15 --given XYZ:2025-01-20
bad "antigen 'Td' tidak dikenal" --dob 2025-01-10 --today 2025-03-15 --given Td:2025-01-20
bad "tulis ANTIGEN:YYYY-MM-DD" --dob 2025-01-10 --today 2025-03-15 --given BCG2025-01-20
bad "tanggal '2025-01-32' tidak sah" --dob 2025-01-10 --today 2025-03-15 --given BCG:2025-01-32
bad "--dob: tanggal '' tidak sah" --dob "" --today 2025-03-15

# bad usage: exit 2
usage() {
	"$ILP" schedule "$@" >"$T/out" 2>"$T/err"
	is "$?" 2 "exit 2: schedule $*"
}
usage
like "$(cat "$T/err")" "kurang: --dob YYYY-MM-DD" "a missing --dob is named"
usage --dob 2025-01-10 --bogus
like "$(cat "$T/err")" "pilihan tidak dikenal: --bogus" "an unknown option is named"
usage --dob 2025-01-10 extra
like "$(cat "$T/err")" "kata berlebih: extra" "an extra word is named"
usage --dob
"$ILP" schedule --help >"$T/out" 2>&1
is "$?" 0 "--help exits 0"
like "$(cat "$T/out")" "Pemakaian: ilp schedule --dob YYYY-MM-DD" "--help shows the usage"
like "$("$ILP" --help)" "ilp schedule --dob" "ilp --help lists schedule"
done_testing
