/*
 * crypto: password hashing (Argon2id through libsodium's crypto_pwhash_str),
 * random bytes and random UUIDs. The only module that uses libsodium; the
 * store and the UI call it without seeing sodium.h. No curses, no SQL.
 */
#ifndef ILP_CRYPTO_H
#define ILP_CRYPTO_H

#include <stddef.h>

#define CRYPTO_UUID_LEN 37  /* 36 characters and NUL */
#define CRYPTO_HASH_MAX 128 /* crypto_pwhash_STRBYTES */

/* Initialises libsodium; dies when it cannot. Safe to call twice. */
void crypto_init(void);

/*
 * Hashes a password with Argon2id using memory_mib MiB and ops passes.
 * Writes the self-describing hash string into out (CRYPTO_HASH_MAX bytes).
 * Returns 0, or -1 when the memory could not be had.
 */
int crypto_hash_password(const char *password, int memory_mib, int ops,
			 char out[CRYPTO_HASH_MAX]);
/* 1 when password matches hash, else 0 (constant time in the secret). */
int crypto_verify_password(const char *hash, const char *password);
/*
 * Burns about the time of one verification, so that an unknown user name
 * takes as long to refuse as a wrong password.
 */
void crypto_verify_dummy(const char *password);

/* Fills buf with n random bytes from the system's CSPRNG. */
void crypto_random(void *buf, size_t n);
/* A random version-4 UUID in lower-case text form. */
void crypto_uuid(char out[CRYPTO_UUID_LEN]);
/* Formats 16 bytes as a version-4 UUID (used by the seeded generator). */
void crypto_uuid_from_bytes(const unsigned char b[16],
			    char out[CRYPTO_UUID_LEN]);

/* Overwrites a secret in a way the compiler keeps. */
void crypto_wipe(void *p, size_t n);

#endif
