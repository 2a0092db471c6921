/* loader.h — reads and verifies a .bem image (docs/bytecode.md) and turns
 * it into a CodeVersion with threaded code.  Nothing unverified reaches the
 * interpreter: a file that fails any check is refused whole. */
#ifndef BEAMLET_LOADER_H
#define BEAMLET_LOADER_H

#include <stddef.h>
#include <stdint.h>

#include "code.h"

typedef struct Vm Vm;

/* A new, not yet installed, CodeVersion; or NULL with the reason in err
 * (e.g. "truncated section Code", "unknown format version 7 (this VM reads 1)"). */
CodeVersion *load_bem(Vm *vm, const uint8_t *data, size_t len, char *err, size_t errlen);

/* Read a file: malloc'd bytes or NULL (errno set). */
uint8_t *load_read_file(const char *path, size_t *len);

#endif
