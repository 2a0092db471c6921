/* bif_time.c — clocks: erlang:monotonic_time/0,1, system_time/0,1,
 * timestamp/0 (and os:timestamp/0).  The native unit is the nanosecond. */
#include <string.h>
#include <time.h>

#include "bif.h"
#include "vm.h"

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ns converted to the unit named by t; false if t is not a unit */
static bool in_unit(Term t, int64_t ns, int64_t *out) {
    int64_t per_sec;
    if (t == T_ATOM(NATIVE)) per_sec = 1000000000;
    else if (term_is_small(t) && term_small(t) > 0) per_sec = term_small(t);
    else return false;
    *out = (int64_t)((__int128)ns * per_sec / 1000000000);
    return true;
}

static Term time_in(Process *p, Term unit, int64_t ns) {
    int64_t v;
    const char *names[] = {"second", "millisecond", "microsecond", "nanosecond", "seconds", "milli_seconds", "micro_seconds", "nano_seconds"};
    const int64_t per[] = {1, 1000, 1000000, 1000000000, 1, 1000, 1000000, 1000000000};
    if (term_is_atom(unit)) {
        size_t len;
        const char *n = atom_name(p->vm->atoms, term_atom(unit), &len);
        for (size_t i = 0; i < sizeof per / sizeof per[0]; i++)
            if (strlen(names[i]) == len && memcmp(names[i], n, len) == 0)
                return heap_int(p, (int64_t)((__int128)ns * per[i] / 1000000000));
    }
    if (!in_unit(unit, ns, &v)) RAISE_BADARG(p);
    return heap_int(p, v);
}

Term bif_erlang_monotonic_time_0(Process *p, Term *args) {
    (void)args;
    return heap_int(p, clock_ns(CLOCK_MONOTONIC));
}

Term bif_erlang_monotonic_time_1(Process *p, Term *args) { return time_in(p, args[0], clock_ns(CLOCK_MONOTONIC)); }

Term bif_erlang_system_time_0(Process *p, Term *args) {
    (void)args;
    return heap_int(p, clock_ns(CLOCK_REALTIME));
}

Term bif_erlang_system_time_1(Process *p, Term *args) { return time_in(p, args[0], clock_ns(CLOCK_REALTIME)); }

Term bif_erlang_timestamp_0(Process *p, Term *args) {
    (void)args;
    int64_t us = clock_ns(CLOCK_REALTIME) / 1000;
    return heap_tuple3(p, term_from_small(us / 1000000000000), term_from_small(us / 1000000 % 1000000),
                       term_from_small(us % 1000000));
}
