/* crc32.h — CRC-32 (IEEE 802.3, as zlib's crc32), the whole-file check of
 * .bem files: shared by the compiler's writer and the VM's loader. */
#ifndef BEAMLET_CRC32_H
#define BEAMLET_CRC32_H

#include <stddef.h>
#include <stdint.h>

uint32_t crc32_ieee(const void *data, size_t len);

#endif
