/*
 * cli/common: opening, logging in and passwords for subcommands.
 */
#include "cli/common.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "core/i18n.h"
#include "store/account.h"
#include "util.h"

/*
 * Messages quote what the user typed; a control character there (an
 * escape sequence in a file name, say) must not reach the terminal.
 */
void
cli_error(const char *msg)
{
	fputs("ilp: ", stderr);
	for (; *msg != '\0'; msg++) {
		unsigned char c = (unsigned char)*msg;

		fputc(c < 0x20 || c == 0x7f ? '?' : c, stderr);
	}
	fputc('\n', stderr);
}

void
cli_errorf(enum msg_id id, ...)
{
	va_list ap;
	char *m;

	va_start(ap, id);
	m = vtrf(id, ap);
	va_end(ap);
	cli_error(m);
	free(m);
}

void
cli_print(enum msg_id id, ...)
{
	va_list ap;
	char *m;

	va_start(ap, id);
	m = vtrf(id, ap);
	va_end(ap);
	puts(m);
	free(m);
}

void
cli_policy(const struct settings *s, struct account_policy *p)
{
	p->min_password_length = s->min_password_length;
	p->max_failed_logins = s->max_failed_logins;
	p->lockout_minutes = s->lockout_minutes;
	p->login_delay_seconds = s->login_delay_seconds;
	p->pwhash_memory_mib = s->pwhash_memory_mib;
	p->pwhash_ops = s->pwhash_ops;
}

int
cli_open_store(struct cli_ctx *ctx, int create, struct store **out)
{
	struct store_open_options opt = {0};
	char *cause = NULL;

	opt.create = create;
	opt.busy_timeout_ms = ctx->settings->busy_timeout_ms;
	opt.migrate = 1;
	opt.group_access = ctx->settings->group_access;
	if (store_open(ctx->db_path, &opt, out, &cause) < 0) {
		cli_error(cause);
		free(cause);
		return -1;
	}
	return 0;
}

/*
 * Reads one line of a secret from fd, a byte at a time, so that no stdio
 * buffer keeps a copy of it after use; strips the line end. A line
 * longer than the buffer keeps its first CLI_SECRET_MAX bytes, more than
 * any password may have, so it is refused as too long. NULL at the end
 * of input. Wipe the result with str_wipe_free.
 */
#define CLI_SECRET_MAX 1024

static char *
cli_read_line(int fd)
{
	char *line = xmalloc(CLI_SECRET_MAX + 1), c;
	size_t n = 0;
	ssize_t r;
	int any = 0;

	while ((r = read(fd, &c, 1)) == 1 || (r < 0 && errno == EINTR)) {
		if (r < 0)
			continue;
		any = 1;
		if (c == '\n')
			break;
		if (n < CLI_SECRET_MAX)
			line[n++] = c;
	}
	while (n > 0 && line[n - 1] == '\r')
		n--;
	line[n] = '\0';
	c = 0;
	if (!any) {
		mem_wipe(line, CLI_SECRET_MAX + 1);
		free(line);
		return NULL;
	}
	return line;
}

char *
cli_read_secret(const char *prompt, int from_stdin)
{
	struct termios old, quiet;
	int tty, echo_off = 0;
	char *line;

	if (from_stdin) {
		line = cli_read_line(STDIN_FILENO);
		if (line == NULL)
			cli_errorf(MSG_CLI_STDIN_EMPTY);
		return line;
	}
	tty = open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
	if (tty < 0) {
		cli_errorf(MSG_CLI_NO_TTY);
		return NULL;
	}
	(void)!write(tty, prompt, strlen(prompt));
	if (tcgetattr(tty, &old) == 0) {
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		quiet.c_lflag |= ECHONL;
		echo_off = tcsetattr(tty, TCSAFLUSH, &quiet) == 0;
	}
	line = cli_read_line(tty);
	if (echo_off)
		tcsetattr(tty, TCSAFLUSH, &old);
	close(tty);
	if (line == NULL)
		cli_errorf(MSG_CLI_STDIN_EMPTY);
	return line;
}

char *
cli_read_new_password(const char *username, int from_stdin)
{
	char *prompt, *a, *b;

	prompt = trf(MSG_CLI_NEW_PASSWORD, username);
	a = cli_read_secret(prompt, from_stdin);
	free(prompt);
	if (a == NULL || from_stdin)
		return a;
	b = cli_read_secret(tr(MSG_CLI_REPEAT_PASSWORD), 0);
	if (b == NULL || strcmp(a, b) != 0) {
		if (b != NULL)
			cli_errorf(MSG_PASSWORD_MISMATCH);
		str_wipe_free(a);
		str_wipe_free(b);
		return NULL;
	}
	str_wipe_free(b);
	return a;
}

char *
cli_os_actor(void)
{
	struct passwd *pw = getpwuid(geteuid());

	if (pw != NULL && pw->pw_name != NULL)
		return xasprintf("os:%s", pw->pw_name);
	return xasprintf("os:uid%ld", (long)geteuid());
}

/* The message for a refused login, as the UI would show it. */
static void
cli_login_refused(const struct settings *s, const char *user,
		  const struct account_login *r)
{
	char until[32];
	time_t t;
	struct tm tm;

	switch (r->result) {
	case LOGIN_BAD:
		if (r->just_locked)
			cli_errorf(MSG_LOGIN_JUST_LOCKED, user,
				   s->lockout_minutes, r->failures);
		else
			cli_errorf(MSG_LOGIN_BAD);
		break;
	case LOGIN_WAIT:
		cli_errorf(MSG_LOGIN_WAIT, r->wait_seconds);
		break;
	case LOGIN_LOCKED:
		if (r->locked_until >= ACCOUNT_LOCKED_FOREVER) {
			cli_errorf(MSG_LOGIN_LOCKED_ADMIN, user);
			break;
		}
		t = (time_t)r->locked_until;
		if (localtime_r(&t, &tm) == NULL ||
		    strftime(until, sizeof until, "%d-%m-%Y %H:%M", &tm) == 0)
			str_copy(until, "?", sizeof until);
		cli_errorf(MSG_LOGIN_LOCKED, user, until);
		break;
	case LOGIN_INACTIVE:
		cli_errorf(MSG_LOGIN_INACTIVE, user);
		break;
	default:
		break;
	}
}

int
cli_login(struct cli_ctx *ctx, struct store *st, const char *user,
	  int from_stdin)
{
	struct account_policy pol;
	struct account_login r;
	char *prompt, *pw, *cause = NULL;
	int rc;

	if (str_empty(user)) {
		cli_errorf(MSG_CLI_NEEDS_USER);
		return -1;
	}
	prompt = trf(MSG_CLI_PASSWORD_FOR, user);
	pw = cli_read_secret(prompt, from_stdin);
	free(prompt);
	if (pw == NULL)
		return -1;
	cli_policy(ctx->settings, &pol);
	rc = store_account_login(st, user, pw, &pol, time(NULL), &r, &cause);
	str_wipe_free(pw);
	if (rc < 0) {
		cli_error(cause);
		free(cause);
		return -1;
	}
	if (r.result != LOGIN_OK) {
		cli_login_refused(ctx->settings, user, &r);
		return -1;
	}
	return 0;
}
