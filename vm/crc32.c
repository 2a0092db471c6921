/* crc32.c — CRC-32, reflected polynomial 0xEDB88320, bit by bit (files are
 * small, and no table means no state). */
#include "crc32.h"

uint32_t crc32_ieee(const void *data, size_t len) {
    const uint8_t *p = (const uint8_t *)data;
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < len; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
    }
    return c ^ 0xFFFFFFFFu;
}
