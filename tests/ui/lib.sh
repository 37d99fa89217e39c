# Terminal tests: the real binary in a private tmux server, 80x24,
# TERM=screen, keys sent with send-keys, the screen read with capture-pane,
# waiting for text rather than sleeping (reference/reliability.md §6).
. "$(dirname "$0")/../lib.sh"

command -v tmux >/dev/null || skip_all "tmux is not installed"
SOCK=ilp-test-$$-$(basename "$0" .t)
TMUXCONF=$T/tmux.conf
# exit-empty off: a new session never races a server that is shutting
# down (which fails with "server exited unexpectedly").
printf 'set -s exit-empty off\nset -g remain-on-exit on\nset -g status off\nset -g history-limit 0\n' >"$TMUXCONF"
at_exit 'tmux -L "$SOCK" kill-server 2>/dev/null'

tm() { tmux -L "$SOCK" "$@"; }

# ui_start ARGS...: runs ilp with ARGS in a fresh 80x24 session "s" (the
# sessions before it are closed, and their programs with them)
# ($UI_ENV may add VAR=value words to its environment). A small shell
# around it records the exit status (tmux may not reap the program at
# once), and UI_PID is ilp's own process id.
ui_start() {
	for _s in $(tm ls -F '#{session_name}' 2>/dev/null); do
		tm kill-session -t "=$_s"
	done
	ui_session s "$@"
	UI_PID=$(ui_session_pid s)
}
# ui_session NAME ARGS...: another session on the same server, for tests
# with two terminals; its exit status goes to $T/NAME.exit.
ui_session() {
	_name=$1
	shift
	rm -f "$T/$_name.exit"
	tm -f "$TMUXCONF" new-session -d -s "$_name" -x 80 -y 24 \
		env TERM=screen LANG=C.UTF-8 TZ=UTC ILP_CONFIG="$ILP_CONFIG" \
		${UI_ENV:-} \
		HOME="$HOME" TMPDIR="${TMPDIR:-/tmp}" ASAN_OPTIONS="${ASAN_OPTIONS:-}" \
		UBSAN_OPTIONS="${UBSAN_OPTIONS:-}" \
		sh -c '"$@"; echo $? >"$0"' "$T/$_name.exit" "$ILP" "$@"
}
# ui_session_pid NAME: ilp's process id in session NAME.
ui_session_pid() {
	_sh=$(tm display -p -t "=$1:" "#{pane_pid}")
	_p=
	_i=0
	while [ -z "$_p" ] && [ $_i -lt $((500 * SLOW)) ]; do
		_p=$(pgrep -P "$_sh" | head -1)
		[ -n "$_p" ] || sleep 0.02
		_i=$((_i + 1))
	done
	echo "$_p"
}
# ui_session_status NAME [SECONDS]: waits for ilp in NAME to end; its status.
ui_session_status() {
	_i=0
	while [ ! -s "$T/$1.exit" ] && [ $_i -lt $(( ${2:-10} * 10 * SLOW )) ]; do
		sleep 0.1
		_i=$((_i + 1))
	done
	cat "$T/$1.exit" 2>/dev/null
}
ui_keys() { tm send-keys -t "=s:" "$@"; }
ui_type() { tm send-keys -t "=s:" -l -- "$1"; }
ui_screen() { tm capture-pane -p -t "=s:"; }
ui_resize() { tm resize-window -t "=s:" -x "$1" -y "$2"; }
ui_pid() { echo "$UI_PID"; }
# The exit status of ilp, once it has ended.
ui_status() { cat "$T/s.exit" 2>/dev/null; }
# ui_exit_wait [SECONDS]: until ilp has ended.
ui_exit_wait() {
	_limit=$(( ${1:-10} * 10 * SLOW ))
	_i=0
	while [ $_i -lt $_limit ]; do
		[ -s "$T/s.exit" ] && return 0
		sleep 0.1
		_i=$((_i + 1))
	done
	return 1
}

# ui_wait TEXT [SECONDS]: until TEXT is on the screen; 1 on timeout.
ui_wait() {
	_limit=$(( ${2:-10} * 10 * SLOW ))
	_i=0
	while [ $_i -lt $_limit ]; do
		case $(ui_screen) in *"$1"*) return 0 ;; esac
		sleep 0.1
		_i=$((_i + 1))
	done
	return 1
}
# ui_gone TEXT [SECONDS]: until TEXT has left the screen.
ui_gone() {
	_limit=$(( ${2:-10} * 10 * SLOW ))
	_i=0
	while [ $_i -lt $_limit ]; do
		case $(ui_screen) in *"$1"*) ;; *) return 0 ;; esac
		sleep 0.1
		_i=$((_i + 1))
	done
	return 1
}
# see DESC TEXT [SECONDS]: a check that TEXT appears; dumps the screen if not.
see() {
	if ui_wait "$2" "${3:-10}"; then ok "$1"; else not_ok "$1" "waited for: $2" "$(ui_screen)"; fi
}
# see_not DESC TEXT: TEXT is not on the screen now.
see_not() {
	case $(ui_screen) in
	*"$2"*) not_ok "$1" "unexpected: $2" "$(ui_screen)" ;;
	*) ok "$1" ;;
	esac
}
