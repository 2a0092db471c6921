/* report.c — error reports, as OTP's logger prints them with its legacy
 * header (logger_formatter, legacy_header => true), but on stderr: stdout
 * is the program's own.
 *
 *   =ERROR REPORT==== 21-Nov-2026::14:25:17.357252 ===
 *   Error in process <0.96.0> with exit value:
 *   {badarith,[...]}
 *   <blank line>
 */
#include "report.h"

#include <stdio.h>
#include <sys/time.h>
#include <time.h>

#include "pretty.h"
#include "print.h"
#include "vm.h"

void report_write(Vm *vm, const char *title, const char *text, size_t len) {
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    struct timeval tv;
    gettimeofday(&tv, NULL);
    struct tm tm;
    time_t secs = tv.tv_sec;
    localtime_r(&secs, &tm);
    fflush(vm->out);
    /* one write, through vm_error_output: on a terminal it goes around the
       line being edited */
    Buf b = {0};
    buf_printf(&b, "=%s==== %d-%s-%d::%02d:%02d:%02d.%06ld ===\n", title, tm.tm_mday, months[tm.tm_mon],
               tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec, (long)tv.tv_usec);
    buf_add(&b, text, len);
    vm_error_output(vm, b.data, b.len);
    buf_free(&b);
}

void report_crash(Process *p, Term reason) {
    Buf b = {0};
    buf_adds(&b, "Error in process ");
    print_pid(&b, p->pid);
    buf_adds(&b, " with exit value:\n");
    PrettyOpts o;
    pretty_default_opts(&o);
    pretty_print(p->vm->atoms, &b, reason, &o);
    buf_adds(&b, "\n\n");
    report_write(p->vm, "ERROR REPORT", b.data, b.len);
    buf_free(&b);
}

void report_error_text(Vm *vm, const char *text) {
    Buf b = {0};
    buf_printf(&b, "%s\n\n", text);
    report_write(vm, "ERROR REPORT", b.data, b.len);
    buf_free(&b);
}
