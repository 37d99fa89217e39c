/*
 * crypto: the libsodium wrapper. Argon2id (crypto_pwhash_str) with the
 * parameters from ilp.ini for new hashes; verification reads the
 * parameters stored in the hash, so changing the settings never locks
 * anyone out.
 */
#include "crypto.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "util.h"

static int crypto_ready;

void
crypto_init(void)
{
	if (crypto_ready)
		return;
	if (sodium_init() < 0)
		die("libsodium cannot be initialised");
	crypto_ready = 1;
}

int
crypto_hash_password(const char *password, int memory_mib, int ops,
		     char out[CRYPTO_HASH_MAX])
{
	size_t mem = (size_t)memory_mib * 1024u * 1024u;

	crypto_init();
	if (crypto_pwhash_str(out, password, strlen(password),
			      (unsigned long long)ops, mem) != 0)
		return -1;
	return 0;
}

int
crypto_verify_password(const char *hash, const char *password)
{
	crypto_init();
	if (hash == NULL || password == NULL)
		return 0;
	return crypto_pwhash_str_verify(hash, password, strlen(password)) == 0;
}

void
crypto_verify_dummy(const char *password)
{
	/* A fixed hash at the interactive cost; its password is random. */
	static char dummy[CRYPTO_HASH_MAX];

	crypto_init();
	if (dummy[0] == '\0') {
		unsigned char secret[16];
		char text[33];

		crypto_random(secret, sizeof secret);
		sodium_bin2hex(text, sizeof text, secret, sizeof secret);
		if (crypto_pwhash_str(dummy, text, strlen(text),
				      crypto_pwhash_OPSLIMIT_INTERACTIVE,
				      crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
			return;
		sodium_memzero(text, sizeof text);
	}
	if (crypto_pwhash_str_verify(dummy, password, strlen(password)) == 0)
		return; /* a random password cannot match; nothing to do */
}

void
crypto_random(void *buf, size_t n)
{
	crypto_init();
	randombytes_buf(buf, n);
}

void
crypto_uuid_from_bytes(const unsigned char in[16], char out[CRYPTO_UUID_LEN])
{
	unsigned char b[16];

	memcpy(b, in, sizeof b);
	b[6] = (unsigned char)((b[6] & 0x0f) | 0x40);
	b[8] = (unsigned char)((b[8] & 0x3f) | 0x80);
	snprintf(out, CRYPTO_UUID_LEN,
		 "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
		 "%02x%02x%02x%02x%02x%02x",
		 b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9],
		 b[10], b[11], b[12], b[13], b[14], b[15]);
}

void
crypto_uuid(char out[CRYPTO_UUID_LEN])
{
	unsigned char b[16];

	crypto_random(b, sizeof b);
	crypto_uuid_from_bytes(b, out);
}

void
crypto_wipe(void *p, size_t n)
{
	if (p != NULL && n > 0)
		sodium_memzero(p, n);
}
