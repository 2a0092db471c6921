/* copy.h — deep copy of a term onto another process's heap (messages,
 * spawn arguments).  Literal-area terms are copied too: a message must not
 * point into code that may be purged. */
#ifndef BEAMLET_COPY_H
#define BEAMLET_COPY_H

#include <stddef.h>

#include "process.h"
#include "term.h"

size_t copy_size(Term t);              /* words needed by copy_term */
Term copy_term(Process *to, Term t);
/* Copy into copy_size(t) words at *hp (advanced past them): a message
 * kept outside any heap (timers). */
Term copy_term_to(Term **hp, Term t);

#endif
