/*
 * util: allocation, fatal errors, string buffers and checked number
 * parsing. No curses, SQLite or iniparser here.
 */
#include "util.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void (*util_cleanup)(void);

void *
xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (p == NULL)
		die("out of memory (%zu bytes)", size);
	return p;
}

void *
xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);

	if (p == NULL)
		die("out of memory (%zu × %zu bytes)", nmemb, size);
	return p;
}

void *
xrealloc(void *ptr, size_t size)
{
	void *p = realloc(ptr, size ? size : 1);

	if (p == NULL)
		die("out of memory (%zu bytes)", size);
	return p;
}

void *
xreallocarray(void *ptr, size_t nmemb, size_t size)
{
	if (size != 0 && nmemb > SIZE_MAX / size)
		die("out of memory (%zu × %zu bytes)", nmemb, size);
	return xrealloc(ptr, nmemb * size);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *p = xmalloc(len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	va_list aq;
	int n;
	char *p;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		die("bad format string");
	p = xmalloc((size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}

void
die_set_cleanup(void (*fn)(void))
{
	util_cleanup = fn;
}

void
die(const char *fmt, ...)
{
	va_list ap;
	void (*fn)(void) = util_cleanup;

	util_cleanup = NULL;
	if (fn != NULL)
		fn();
	fputs("ilp: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

void
warnx_(const char *fmt, ...)
{
	va_list ap;

	fputs("ilp: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
strbuf_init(struct strbuf *sb)
{
	sb->cap = 64;
	sb->len = 0;
	sb->buf = xmalloc(sb->cap);
	sb->buf[0] = '\0';
}

void
strbuf_done(struct strbuf *sb)
{
	free(sb->buf);
	sb->buf = NULL;
	sb->len = sb->cap = 0;
}

static void
strbuf_grow(struct strbuf *sb, size_t extra)
{
	size_t need;

	if (sb->buf == NULL)
		strbuf_init(sb);
	if (extra > SIZE_MAX - sb->len - 1)
		die("string too long");
	need = sb->len + extra + 1;
	if (need <= sb->cap)
		return;
	while (sb->cap < need)
		sb->cap = sb->cap > SIZE_MAX / 2 ? need : sb->cap * 2;
	sb->buf = xrealloc(sb->buf, sb->cap);
}

void
strbuf_add(struct strbuf *sb, const char *s, size_t n)
{
	strbuf_grow(sb, n);
	memcpy(sb->buf + sb->len, s, n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
}

void
strbuf_adds(struct strbuf *sb, const char *s)
{
	strbuf_add(sb, s, strlen(s));
}

void
strbuf_addc(struct strbuf *sb, char c)
{
	strbuf_add(sb, &c, 1);
}

void
strbuf_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap, aq;
	int n;

	va_start(ap, fmt);
	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		die("bad format string");
	strbuf_grow(sb, (size_t)n);
	vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	sb->len += (size_t)n;
}

void
strbuf_reset(struct strbuf *sb)
{
	if (sb->buf == NULL)
		strbuf_init(sb);
	sb->len = 0;
	sb->buf[0] = '\0';
}

char *
strbuf_detach(struct strbuf *sb)
{
	char *p;

	if (sb->buf == NULL)
		strbuf_init(sb);
	p = sb->buf;
	sb->buf = NULL;
	sb->len = sb->cap = 0;
	return p;
}

static int
util_blank(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int
parse_long(const char *s, long min, long max, long *out)
{
	char *end;
	long v;

	if (s == NULL)
		return -1;
	while (util_blank((unsigned char)*s))
		s++;
	if (*s == '\0' ||
	    !(isdigit((unsigned char)*s) || *s == '-' || *s == '+'))
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || end == s)
		return -1;
	while (util_blank((unsigned char)*end))
		end++;
	if (*end != '\0' || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

int
parse_double(const char *s, double min, double max, double *out)
{
	char buf[64];
	char *end, *p;
	double v;
	size_t i, j = 0;

	if (s == NULL)
		return -1;
	while (util_blank((unsigned char)*s))
		s++;
	/* Indonesian writes 23,5; accept it, but only digits and one mark. */
	for (i = 0; s[i] != '\0'; i++) {
		char c = s[i];

		if (j + 1 >= sizeof buf)
			return -1;
		if (c == ',')
			c = '.';
		if (!(isdigit((unsigned char)c) || c == '.' ||
		      ((c == '-' || c == '+') && j == 0) || util_blank(c)))
			return -1;
		buf[j++] = c;
	}
	buf[j] = '\0';
	if (j == 0)
		return -1;
	p = strchr(buf, '.');
	if (p != NULL && strchr(p + 1, '.') != NULL)
		return -1;
	errno = 0;
	v = strtod(buf, &end);
	if (errno != 0 || end == buf || !isfinite(v))
		return -1;
	while (util_blank((unsigned char)*end))
		end++;
	if (*end != '\0' || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

size_t
str_copy(char *dst, const char *src, size_t dstsz)
{
	size_t len = strlen(src);

	if (dstsz > 0) {
		size_t n = len < dstsz - 1 ? len : dstsz - 1;

		memcpy(dst, src, n);
		dst[n] = '\0';
	}
	return len;
}

char *
str_trim(char *s)
{
	size_t len;
	char *p = s;

	while (util_blank((unsigned char)*p))
		p++;
	if (p != s)
		memmove(s, p, strlen(p) + 1);
	len = strlen(s);
	while (len > 0 && util_blank((unsigned char)s[len - 1]))
		s[--len] = '\0';
	return s;
}

int
str_eq(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

int
str_empty(const char *s)
{
	return s == NULL || *s == '\0';
}

int
str_eq_ci(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	for (; *a != '\0' && *b != '\0'; a++, b++)
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
	return *a == *b;
}

int
str_starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

void
mem_wipe(void *p, size_t n)
{
	if (p != NULL)
		explicit_bzero(p, n);
}

void
str_wipe_free(char *s)
{
	if (s == NULL)
		return;
	mem_wipe(s, strlen(s));
	free(s);
}

void
strlist_init(struct strlist *l)
{
	l->v = NULL;
	l->n = l->cap = 0;
}

void
strlist_done(struct strlist *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	strlist_init(l);
}

void
strlist_take(struct strlist *l, char *s)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = s;
}

void
strlist_add(struct strlist *l, const char *s)
{
	strlist_take(l, xstrdup(s));
}

void
strlist_addf(struct strlist *l, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	strlist_take(l, xvasprintf(fmt, ap));
	va_end(ap);
}
