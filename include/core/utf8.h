/*
 * utf8: strict decoding of UTF-8 text, for the validators and the name
 * matcher that must tell letters from symbols without a locale (the
 * program also runs under LANG=C). Pure C; no curses, no locale calls.
 */
#ifndef ILP_CORE_UTF8_H
#define ILP_CORE_UTF8_H

#include <stddef.h>

/*
 * Decodes the code point at s (at most n bytes). Returns its length in
 * bytes (1..4) and sets *cp, or -1 for a malformed sequence: a stray
 * continuation byte, a truncated sequence, an overlong form, a surrogate
 * or a value above U+10FFFF. n == 0 is malformed.
 */
int utf8_decode(const char *s, size_t n, unsigned *cp);
/* The number of code points in s, or -1 when s is not valid UTF-8. */
long utf8_count(const char *s);

#endif
