# The form half of 020-bad-input.t (sourced; not a test of its own).
# ui.FORM.FIELD lines of the catalogue are typed into FIELD of FORM in a
# terminal session on the seeded village $VDB: one session, each form
# opened once per field, inputs typed in a row. For each input: clear
# the field, type it, Tab (the field's check), then F2 (the save's
# check); the message must show and the row counts must not change.

# A MAWAR household headed by a woman of 20-40 with no pregnancy, whose
# name no one else's contains; a person of MAWAR aged 40+; a child of
# ANGGREK under five (for bidan's dose form).
ui_pick() {
	sql "$VDB" "SELECT p.name FROM person p JOIN household h ON h.id = p.household_id
	 JOIN posyandu y ON y.id = h.posyandu_id WHERE y.code = '$1' AND p.status = 'aktif' AND $2
	 AND (SELECT count(*) FROM person o WHERE instr(lower(o.name), lower(p.name)) > 0) = 1
	 ORDER BY p.name LIMIT 1"
}
U_MOTHER=$(ui_pick MAWAR "p.relation = 'kepala' AND p.sex = 'P' AND p.dob BETWEEN '1985-09-01' AND '2005-08-01' AND NOT EXISTS (SELECT 1 FROM pregnancy g WHERE g.person_id = p.id)")
U_ADULT=$(ui_pick MAWAR "p.dob BETWEEN '1970-01-01' AND '1985-01-01'")
U_CHILD=$(ui_pick ANGGREK "p.dob BETWEEN '2021-01-01' AND '2025-05-01'")
U_CHILD_BEFORE=$(sql "$VDB" "SELECT strftime('%d-%m-%Y', date(dob, '-1 day')) FROM person WHERE name = '$U_CHILD'")

# ui_leave: Esc out of a screen, dropping what a form held.
ui_leave() {
	ui_keys Escape
	sleep 0.3
	case $(ui_screen) in *"Buang isian"*) ui_keys y; sleep 0.2 ;; esac
}

ui_login() {
	ui_start --db "$VDB" --today 2025-08-12
	ui_wait "Nama pengguna" || return 1
	ui_type "$1"; ui_keys Tab; ui_type latihan1; ui_keys Enter
	ui_wait "1  Keluarga"
}

# ui_switch USER: F9 from the main menu, log in as USER.
ui_switch() {
	ui_home
	ui_keys F9
	ui_wait "Nama pengguna" || return 1
	ui_type "$1"; ui_keys Tab; ui_type latihan1; ui_keys Enter
	ui_wait "1  Keluarga"
}

# ui_home: back to the main menu from anywhere.
ui_home() {
	_tries=0 # not _i: ui_wait uses that
	while [ $_tries -lt 8 ]; do
		case $(ui_screen) in *"1  Keluarga"*) return 0 ;; esac
		ui_leave
		_tries=$((_tries + 1))
	done
	return 1
}

# ui_open FORM FIELD: from the main menu to FIELD of a fresh FORM.
ui_open() {
	ui_home
	case $1 in
	household)
		ui_keys 1; ui_wait "Kepala keluarga" || return 1
		ui_keys C-n; ui_wait "Keluarga baru" || return 1
		case $2 in
		rt) ui_keys Tab Tab ;;
		rw) ui_keys Tab Tab Tab ;;
		esac
		;;
	person | pregnancy)
		ui_keys 1; ui_wait "Kepala keluarga" || return 1
		ui_type "$U_MOTHER"; ui_wait "$U_MOTHER" || return 1
		ui_keys Enter; ui_wait "Anggota (" || return 1
		if [ "$1" = pregnancy ]; then
			ui_keys k; ui_wait "Catat kehamilan" || return 1
			ui_keys Tab
			return 0
		fi
		ui_keys a; ui_wait "Anggota baru" || return 1
		ui_type "Budi Santoso"
		case $2 in name) ui_keys C-u; return 0 ;; esac
		ui_keys Tab Tab
		case $2 in dob) return 0 ;; esac
		ui_type 01051980; ui_keys Tab Tab
		case $2 in nik) return 0 ;; esac
		ui_keys Tab
		case $2 in jkn) return 0 ;; esac
		ui_keys Tab
		;;
	dose)
		ui_keys 3; ui_keys 1; ui_wait "Posyandu:" || return 1
		ui_type "$U_CHILD"; ui_wait "$U_CHILD" || return 1
		ui_keys Enter; ui_wait "$U_CHILD (" || return 1
		ui_keys t; ui_wait "Catat dosis untuk" || return 1
		ui_keys Tab
		case $2 in date) return 0 ;; esac
		ui_type 12082025; ui_keys Tab Tab
		case $2 in batch) return 0 ;; esac
		ui_type AB-12; ui_keys Tab
		;;
	ptm)
		ui_keys 4; ui_wait "orang usia 15+" || return 1
		ui_type "$U_ADULT"; ui_wait "1 cocok" || return 1
		ui_keys Enter; ui_wait "1  Tekanan darah" || return 1
		ui_keys 1; ui_wait "Tekanan darah sistolik" || return 1
		case $2 in
		sys) ;;
		dia) ui_type 300; ui_keys Tab ;; # 300/20 of the issue
		glu) ui_keys Tab Tab Tab ;;
		weight) ui_keys Tab Tab Tab Tab ;;
		height) ui_keys Tab Tab Tab Tab Tab ;;
		waist) ui_keys Tab Tab Tab Tab Tab Tab ;;
		esac
		;;
	*) return 1 ;;
	esac
	return 0
}

# The users each form is tried as.
ui_user_for() {
	case $1 in dose) echo bidan ;; *) echo kader1 ;; esac
}

ui_forms() {
	ok_if "people to work on in the village" test -n "$U_MOTHER" -a -n "$U_ADULT" -a -n "$U_CHILD"
	_user=
	_place=
	for line in "${UI_LINES[@]}"; do
		split "$line"
		_w=${where#ui.}
		_form=${_w%%.*}
		_field=${_w#*.}
		_u=$(ui_user_for "$_form")
		if [ "$_u" != "$_user" ]; then
			if [ -z "$_user" ]; then
				ui_login "$_u"
			else
				ui_switch "$_u"
			fi || { not_ok "log in as $_u" "$(ui_screen)"; continue; }
			_user=$_u
			_place=
		fi
		if [ "$_w" != "$_place" ]; then
			ui_open "$_form" "$_field" || not_ok "open $_w" "$(ui_screen)"
			_place=$_w
		fi
		case $raw in @BEFOREDOB) in=$U_CHILD_BEFORE ;; *) in=$(decode "$raw") ;; esac
		before=$(sig "$VDB")
		ui_keys C-u
		ui_type "$in"
		ui_keys Tab F2
		ui_wait "$expect" 2
		got=$?
		after=$(sig "$VDB")
		tried=$((tried + 1))
		d="$where '$(printf '%.30s' "$raw")'"
		if [ "$before" != "$after" ]; then
			written=$((written + 1))
			not_ok "$d: refused" "written: $before -> $after" "$(ui_screen)"
			_place=
		elif [ $got != 0 ]; then
			not_ok "$d: refused" "lacks: $expect" "$(ui_screen | sed -n 4,23p)"
		else
			ok "$d: refused"
		fi
	done
	ui_home
	ui_keys F10; ui_wait "Keluar dari ilp?" 3; ui_keys y
	ok_if "ilp ends" ui_exit_wait 5
	is "$(ui_status)" 0 "exit status 0"
}
