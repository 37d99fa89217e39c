/*
 * util: allocation that dies on failure, die()/warn(), a growable string
 * buffer and checked number parsing. The base every layer may use: C
 * library only, no curses, no SQLite, no iniparser.
 */
#ifndef ILP_UTIL_H
#define ILP_UTIL_H

#include <stdarg.h>
#include <stddef.h>

#define ILP_NORETURN __attribute__((noreturn))
#define ILP_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define ILP_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Allocators: never return NULL; die() on exhaustion. */
void *xmalloc(size_t size);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *ptr, size_t size);
void *xreallocarray(void *ptr, size_t nmemb, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Returns a newly allocated formatted string (caller frees). */
char *xasprintf(const char *fmt, ...) ILP_PRINTF(1, 2);
char *xvasprintf(const char *fmt, va_list ap) ILP_PRINTF(1, 0);

/*
 * die() runs the cleanup hook (which restores the terminal when curses is
 * up), prints "ilp: <message>" to stderr and exits with status 1.
 */
void die(const char *fmt, ...) ILP_PRINTF(1, 2) ILP_NORETURN;
void die_set_cleanup(void (*fn)(void));
/* Prints "ilp: <message>" to stderr; never call while curses is active. */
void warnx_(const char *fmt, ...) ILP_PRINTF(1, 2);

/* Growable, always NUL-terminated string. */
struct strbuf {
	char *buf;
	size_t len;
	size_t cap;
};
void strbuf_init(struct strbuf *sb);
void strbuf_done(struct strbuf *sb);
void strbuf_add(struct strbuf *sb, const char *s, size_t n);
void strbuf_adds(struct strbuf *sb, const char *s);
void strbuf_addc(struct strbuf *sb, char c);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...) ILP_PRINTF(2, 3);
void strbuf_reset(struct strbuf *sb);
/* Hands the buffer to the caller (who frees it) and resets sb. */
char *strbuf_detach(struct strbuf *sb);

/*
 * Parses a whole string as a base-10 integer in [min, max]. Leading and
 * trailing blanks are allowed; anything else is an error. Returns 0 and
 * sets *out, or -1.
 */
int parse_long(const char *s, long min, long max, long *out);
/* The same for a decimal number (a comma is accepted as decimal point). */
int parse_double(const char *s, double min, double max, double *out);

/* Copies src into dst (size dstsz), always terminating; returns strlen(src). */
size_t str_copy(char *dst, const char *src, size_t dstsz);
/* Removes leading and trailing ASCII blanks in place; returns s. */
char *str_trim(char *s);
int str_eq(const char *a, const char *b);
int str_empty(const char *s);
/* ASCII case-insensitive comparison. */
int str_eq_ci(const char *a, const char *b);
int str_starts_with(const char *s, const char *prefix);
/* Overwrites a secret so the compiler cannot drop the write. */
void mem_wipe(void *p, size_t n);
/* Wipes and frees a heap string; NULL is fine. */
void str_wipe_free(char *s);

/* A list of owned strings. */
struct strlist {
	char **v;
	size_t n;
	size_t cap;
};
void strlist_init(struct strlist *l);
void strlist_done(struct strlist *l);
void strlist_add(struct strlist *l, const char *s);
/* Takes ownership of s. */
void strlist_take(struct strlist *l, char *s);
void strlist_addf(struct strlist *l, const char *fmt, ...) ILP_PRINTF(2, 3);

#endif
