/*
 * utf8: a strict decoder after RFC 3629 section 4, so that malformed
 * bytes are reported instead of being passed to the terminal or the
 * database.
 */
#include "core/utf8.h"

#include <string.h>

int
utf8_decode(const char *s, size_t n, unsigned *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned c, min;
	int len, i;

	if (n == 0)
		return -1;
	c = p[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf) {
		len = 2;
		c &= 0x1f;
		min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3;
		c &= 0x0f;
		min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4;
		c &= 0x07;
		min = 0x10000;
	} else {
		return -1; /* continuation byte, C0/C1 overlong lead, F5..FF */
	}
	if ((size_t)len > n)
		return -1;
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return -1;
		c = (c << 6) | (p[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return -1;
	*cp = c;
	return len;
}

long
utf8_count(const char *s)
{
	size_t n = strlen(s), i = 0;
	long count = 0;
	unsigned cp;

	while (i < n) {
		int len = utf8_decode(s + i, n - i, &cp);

		if (len < 0)
			return -1;
		i += (size_t)len;
		count++;
	}
	return count;
}
