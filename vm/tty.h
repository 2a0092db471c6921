/* tty.h — standard input as a source of lines for processes, inside the
 * scheduler (there is one thread: nothing here ever blocks while a process
 * could run or a timer is due).
 *
 * Processes queue read requests (beamlet:tty_read/1); they are served one
 * at a time, oldest first, and each is answered with a message
 * {tty_input, Ref, Line | eof}.  Two modes, chosen once:
 *   pipe/file  (stdin or stdout not a terminal): poll() + read(), lines split
 *              here; the prompt is written to stdout when a request is served;
 *              no echo; end of input answers eof to this and every later request.
 *   terminal   (both are terminals): libedit's callback interface edits the
 *              line, with history (~/.beamlet_history) and completion of
 *              module and function names; output written meanwhile is put
 *              above the edited line; Ctrl-C drops the line, or interrupts
 *              the process set by tty_on_interrupt while no line is edited
 *              (with no such process, Ctrl-C ends the program as usual).
 *              Ctrl-D on an empty line answers eof to that request only.
 * The terminal's modes are restored on every exit path that can be caught
 * (return from main, halt, exit(), SIGINT/TERM/HUP/QUIT/ABRT/SEGV/BUS/FPE/
 * ILL); Ctrl-Z gives cooked modes back while stopped.
 *
 * Hook-up: everything starts lazily at the first tty BIF call; tty_start
 * does it up front (main, before running the shell); vm_free calls tty_stop. */
#ifndef BEAMLET_TTY_H
#define BEAMLET_TTY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "term.h"

typedef struct Vm Vm;

void tty_start(Vm *vm);
/* Restore the terminal, save the history, free everything (idempotent). */
void tty_stop(Vm *vm);

/* Queue a read for pid, answered as {tty_input, Ref, _} (Ref's id given). */
void tty_request(Vm *vm, Term pid, uint64_t ref, const char *prompt, size_t len);
/* Put UTF-8 text back in front of the input, for the next request
 * (io:read's text after the dot). */
void tty_unread(Vm *vm, const char *text, size_t len);
bool tty_interactive(Vm *vm);
/* Ctrl-C while no line is edited sends pid {tty_interrupt}; 0: nobody. */
void tty_set_interrupt(Vm *vm, Term pid);
/* The terminal's size on stdout, or false when stdout is not a terminal. */
bool tty_size(int *cols, int *rows);

/* For the scheduler.  tty_poll: serve what is ready without waiting
 * (every few slices while processes run; nothing unless a request is
 * queued or Ctrl-C has a target).  tty_idle_wait: nothing is runnable:
 * wait up to ms (-1: no limit) for input or a signal and serve it; false,
 * at once, when the tty can wake nobody (no live request, no interrupt
 * target) — then the VM is idle. */
void tty_poll(Vm *vm);
bool tty_idle_wait(Vm *vm, int ms);

/* For vm_output and vm_error_output (f: vm->out or vm->err): while a line
 * is being edited, write data above it and redraw it; on a pipe, while a
 * prompt waits for input, write data to stdout and the prompt again (as
 * OTP's io server does); false (nothing written) otherwise. */
bool tty_output(Vm *vm, FILE *f, const void *data, size_t len);

#endif
