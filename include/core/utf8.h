/*
 * utf8: decoding and measuring UTF-8 text without depending on the
 * locale's codeset (names typed on one terminal are shown on another).
 * Invalid bytes decode as U+FFFD. Display width uses wcwidth(), so it is
 * only meaningful in a UTF-8 locale; utf8_set_ascii() makes every
 * non-ASCII character one column wide and shown as '?'. Pure C.
 */
#ifndef ILP_CORE_UTF8_H
#define ILP_CORE_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define UTF8_REPLACEMENT 0xfffd

/*
 * Decodes the character at s (at most n bytes). Returns the number of
 * bytes used (>= 1 when n >= 1) and the code point in *cp.
 */
size_t utf8_decode(const char *s, size_t n, uint32_t *cp);
/*
 * Strict decoding for validators: returns the length (1..4) and *cp, or
 * -1 for a malformed sequence (stray continuation byte, truncated,
 * overlong, surrogate, above U+10FFFF). n == 0 is malformed.
 */
int utf8_decode_strict(const char *s, size_t n, unsigned *cp);
/* Code points in s, or -1 when s is not valid UTF-8. */
long utf8_count(const char *s);
/* Encodes cp into out (4 bytes); returns the byte count. */
size_t utf8_encode(uint32_t cp, char out[4]);
/* 1 when s is valid UTF-8 without control characters (except none). */
int utf8_valid_text(const char *s);
/* Characters (code points) in s. */
size_t utf8_length(const char *s);
/* Display columns of one code point: 0, 1 or 2 (controls count 1, as '?'). */
int utf8_cp_width(uint32_t cp);
/* Display columns of s. */
int utf8_width(const char *s);
/* Selects ASCII-only display (a terminal without UTF-8). */
void utf8_set_ascii(int on);
int utf8_ascii(void);

#endif
