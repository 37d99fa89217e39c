/*
 * Runs a fuzz target over files, for builds without libFuzzer: each file
 * named on the command line is one input. Prints TAP, one line per file.
 */
#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"

int
main(int argc, char **argv)
{
	int i;

	printf("1..%d\n", argc - 1);
	for (i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		unsigned char *buf;
		long n;

		if (f == NULL || fseek(f, 0, SEEK_END) != 0 ||
		    (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
			printf("not ok %d - %s (unreadable)\n", i, argv[i]);
			if (f != NULL)
				fclose(f);
			continue;
		}
		buf = malloc((size_t)n + 1);
		if (buf == NULL ||
		    fread(buf, 1, (size_t)n, f) != (size_t)n) {
			printf("not ok %d - %s (read)\n", i, argv[i]);
			free(buf);
			fclose(f);
			continue;
		}
		fclose(f);
		LLVMFuzzerTestOneInput(buf, (size_t)n);
		free(buf);
		printf("ok %d - %s\n", i, argv[i]);
	}
	return 0;
}
