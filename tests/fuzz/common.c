/* Helpers for the fuzz targets. */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

char *
fuzz_string(const uint8_t *data, size_t size)
{
	char *s = xmalloc(size + 1);

	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

const char *
fuzz_file(const uint8_t *data, size_t size, const char *name)
{
	static char dir[64];
	static char path[128];
	FILE *f;

	if (dir[0] == '\0') {
		const char *tmp = getenv("TMPDIR");

		snprintf(dir, sizeof dir, "%s/ilp-fuzz-XXXXXX",
			 tmp != NULL && *tmp != '\0' && strlen(tmp) < 40 ? tmp
									 : "/tmp");
		if (mkdtemp(dir) == NULL)
			abort();
	}
	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "wb");
	if (f == NULL)
		abort();
	if (size > 0 && fwrite(data, 1, size, f) != size)
		abort();
	fclose(f);
	return path;
}
