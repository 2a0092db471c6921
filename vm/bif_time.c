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

/* Parts per second of a time unit; 0 if t is not one. */
static int64_t unit_per_sec(Process *p, Term t) {
    static const char *const names[] = {"second", "millisecond", "microsecond", "nanosecond", "native",
                                        "perf_counter", "seconds", "milli_seconds", "micro_seconds",
                                        "nano_seconds"};
    static const int64_t per[] = {1, 1000, 1000000, 1000000000, 1000000000, 1000000000, 1, 1000, 1000000,
                                  1000000000};
    if (term_is_small(t)) return term_small(t) > 0 ? term_small(t) : 0;
    if (!term_is_atom(t)) return 0;
    size_t len;
    const char *n = atom_name(p->vm->atoms, term_atom(t), &len);
    for (size_t i = 0; i < sizeof per / sizeof per[0]; i++)
        if (strlen(names[i]) == len && memcmp(names[i], n, len) == 0) return per[i];
    return 0;
}

/* erlang:convert_time_unit(Time, From, To), rounding down as OTP does. */
Term bif_erlang_convert_time_unit_3(Process *p, Term *args) {
    int64_t from = unit_per_sec(p, args[1]), to = unit_per_sec(p, args[2]);
    if (!term_is_small(args[0]) || !from || !to) RAISE_BADARG(p);
    __int128 x = (__int128)term_small(args[0]) * to;
    __int128 q = x / from;
    if (x % from != 0 && x < 0) q--;
    if (q > INT64_MAX || q < INT64_MIN) RAISE_BADARG(p);
    return heap_int(p, (int64_t)q);
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

/* erlang:now/0: the system time in {Mega, Secs, Micro}, strictly increasing. */
Term bif_erlang_now_0(Process *p, Term *args) {
    (void)args;
    int64_t us = clock_ns(CLOCK_REALTIME) / 1000;
    if (us <= p->vm->last_now_us) us = p->vm->last_now_us + 1;
    p->vm->last_now_us = us;
    return heap_tuple3(p, term_from_small(us / 1000000000000), term_from_small(us / 1000000 % 1000000),
                       term_from_small(us % 1000000));
}

/* {Total, SinceLastCall} in milliseconds (runtime, wall_clock) or
 * reductions. */
Term bif_erlang_statistics_1(Process *p, Term *args) {
    Vm *vm = p->vm;
    int64_t total, *last;
    if (args[0] == T_ATOM(RUNTIME)) {
        total = clock_ns(CLOCK_PROCESS_CPUTIME_ID) / 1000000;
        last = &vm->last_runtime_ms;
    } else if (args[0] == T_ATOM(WALL_CLOCK)) {
        total = (clock_ns(CLOCK_MONOTONIC) / 1000 - vm->start_us) / 1000;
        last = &vm->last_wall_ms;
    } else if (args[0] == T_ATOM(REDUCTIONS) || args[0] == T_ATOM(EXACT_REDUCTIONS)) {
        uint64_t r = vm->reductions;
        for (uint32_t i = 0; i < vm->procs_cap; i++)
            if (vm->procs[i]) r += vm->procs[i]->reductions;
        total = (int64_t)r;
        last = &vm->last_reductions;
    } else {
        RAISE_BADARG(p);
    }
    int64_t since = total - *last;
    *last = total;
    return heap_tuple2(p, heap_int(p, total), heap_int(p, since));
}
