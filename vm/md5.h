/* md5.h — MD5 (RFC 1321), used by the compiler for a module's digest and
 * default vsn, and by the VM for erlang:md5/1 and module_info(md5). */
#ifndef BEAMLET_MD5_H
#define BEAMLET_MD5_H

#include <stddef.h>
#include <stdint.h>

typedef struct Md5 {
    uint32_t state[4];
    uint64_t nbytes;          /* total bytes fed so far */
    uint8_t block[64];        /* pending input, nbytes % 64 of it used */
} Md5;

void md5_init(Md5 *m);
void md5_update(Md5 *m, const void *data, size_t len);
void md5_final(Md5 *m, uint8_t digest[16]);
/* One-shot digest of a buffer. */
void md5_digest(const void *data, size_t len, uint8_t digest[16]);

#endif
