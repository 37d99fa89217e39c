/*
 * Shared by the fuzz targets: each defines LLVMFuzzerTestOneInput. Built
 * with clang's libFuzzer by `make fuzz`, and with driver.c (which feeds
 * it the files named on the command line) in every normal build, so the
 * seed corpora and every crash ever found run in `make test` as
 * regression tests (tests/reliability/010-fuzz-corpus.t).
 */
#ifndef ILP_TESTS_FUZZ_H
#define ILP_TESTS_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A NUL-terminated copy of the input (caller frees). */
char *fuzz_string(const uint8_t *data, size_t size);
/* Writes the input to a private temporary file; returns its path. */
const char *fuzz_file(const uint8_t *data, size_t size, const char *name);

#endif
