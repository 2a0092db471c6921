/* signal.h — links, monitors and exit signals, and how a process ends.
 *
 * Signals are delivered at once (one thread runs every process), in the
 * order they are sent, so a process's messages reach a receiver before
 * its exit signal or DOWN.  A process that an exit signal kills while it
 * is not running is ended at once; the running process gets
 * p->exit_reason set and unwinds (the interpreter returns RUN_EXITED). */
#ifndef BEAMLET_SIGNAL_H
#define BEAMLET_SIGNAL_H

#include <stdbool.h>

#include "vm.h"

/* link/1 from p: false if pid is not a live process (nothing changed). */
bool sig_link(Process *p, Term pid);
void sig_unlink(Process *p, Term pid);
/* monitor(process, Target) from p; Target a pid or a name.  Returns the
 * reference (on p's heap); a dead or unknown target gives DOWN noproc. */
Term sig_monitor(Process *p, Term target);
/* The same, with the reference made by the caller (monitor/3 makes it an
 * alias first). */
Term sig_monitor_ref(Process *p, Term target, Term ref);
/* Remove p's monitor with this ref id; true if there was one. */
bool sig_demonitor(Process *p, uint64_t ref);

/* An exit signal from the process `from` (whose heap holds reason) to
 * `to`: exit/2 (link false) or a link's (link true). */
void sig_exit(Process *from, Process *to, Term reason, bool link);

/* p has ended (returned, raised, or was killed) with reason, a term on
 * its heap: notify its links and monitors, release its name, take it out
 * of the process table.  p must not be running. */
void sig_terminate(Process *p, Term reason);

#endif
