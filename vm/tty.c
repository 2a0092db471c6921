/* tty.c — standard input served to processes line by line (see tty.h):
 * the request queue, the pipe reader, the libedit line editor, the
 * terminal's modes and the signals that must restore them.
 *
 *   request queue:  head = the request being served
 *     pipe:     head served -> prompt written -> a line (or eof) in the
 *               buffer answers it -> next
 *     terminal: head served -> libedit handler installed (raw mode, prompt
 *               shown) -> keys fed one at a time -> the line callback
 *               fires -> handler removed (cooked mode) -> answer -> next
 *
 * libedit's callbacks and the signal handlers take no user data, so the one
 * Tty lives in `g_tty` as well as in vm->tty: there is one stdin per
 * process, so there is at most one Tty. */
#include "tty.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <editline/readline.h>

#include "bif.h"
#include "code.h"
#include "format.h"
#include "heap.h"
#include "print.h"
#include "vm.h"
#include "xalloc.h"

typedef struct TtyRequest {
    struct TtyRequest *next;
    Term pid;
    uint64_t ref;
    char *prompt;              /* NUL-terminated bytes as written */
    bool served;               /* pipe: its prompt is out */
} TtyRequest;

struct Tty {
    Vm *vm;
    bool interactive;
    TtyRequest *head, *tail;
    /* pipe mode: bytes read and not yet handed out are in[off, len) */
    char *in;
    size_t in_off, in_len, in_cap;
    bool at_eof;               /* no more input, ever (pipe EOF, terminal hangup) */
    /* terminal mode */
    char *unread;              /* text put back (tty_unread), served before keys */
    size_t unread_len;
    bool editing;              /* libedit's handler is installed for head */
    bool keyed;                /* a key was read since: rl_point and rl_line_buffer
                                  describe this line, not the one before */
    bool line_done;            /* the line callback fired... */
    char *line;                /* ...with this line (malloc'd), NULL for Ctrl-D */
    Term interrupt_pid;        /* 0: none */
    char *history;             /* the history file, or NULL */
    char *last_history;        /* the newest line added (not added twice in a row) */
    uint32_t a_tty_input, a_tty_interrupt, a_eof;
};

static Tty *g_tty;
/* written by signal handlers, so plain static ints */
static int sig_pipe[2] = {-1, -1};
static struct termios saved_modes;
static volatile sig_atomic_t modes_saved;
static volatile sig_atomic_t sigint_caught;    /* an interrupt target is set */

/* ---- signals and the terminal's modes --------------------------------- */

static void restore_modes(void) {
    if (modes_saved) tcsetattr(0, TCSANOW, &saved_modes);
}

static const int fatal_signals[] = {SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL};
#define NFATAL (sizeof fatal_signals / sizeof *fatal_signals)
/* what they did before (SIG_DFL, or a sanitizer's handler) */
static struct sigaction fatal_before[NFATAL];

static void set_handler(int sig, void (*fn)(int), struct sigaction *before) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(sig, &sa, before);
}

/* A fatal signal: give the terminal back, then let it do what it did
 * before (die of it, or a sanitizer's report), when the handler returns or
 * the faulting instruction runs again. */
static void on_fatal(int sig) {
    restore_modes();
    for (size_t i = 0; i < NFATAL; i++)
        if (fatal_signals[i] == sig) sigaction(sig, &fatal_before[i], NULL);
    if (sig == SIGINT) signal(sig, SIG_DFL);
    raise(sig);
}

static void pipe_note(char c) {
    int saved = errno;
    if (sig_pipe[1] >= 0 && write(sig_pipe[1], &c, 1) < 0) { /* full: a note is pending anyway */ }
    errno = saved;
}

static void on_sigint(int sig) {
    if (!sigint_caught) {
        on_fatal(sig);
        return;
    }
    pipe_note('i');
}

static void on_sigwinch(int sig) {
    (void)sig;
    pipe_note('w');
}

static void on_sigcont(int sig) {
    (void)sig;
    pipe_note('c');
}

/* Ctrl-Z: cooked modes while stopped; the editor comes back after. */
static void on_sigtstp(int sig) {
    restore_modes();
    signal(sig, SIG_DFL);
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, sig);
    sigprocmask(SIG_UNBLOCK, &s, NULL);
    raise(sig);                 /* stopped here until SIGCONT (if stopping is allowed) */
    set_handler(sig, on_sigtstp, NULL);
    pipe_note('c');
}

static void signals_install(void) {
    if (pipe(sig_pipe) == 0) {
        for (int i = 0; i < 2; i++) {
            fcntl(sig_pipe[i], F_SETFL, fcntl(sig_pipe[i], F_GETFL) | O_NONBLOCK);
            fcntl(sig_pipe[i], F_SETFD, FD_CLOEXEC);
        }
    }
    for (size_t i = 0; i < NFATAL; i++) {
        set_handler(fatal_signals[i], on_fatal, &fatal_before[i]);
        /* an ignored one (nohup) stays ignored */
        if (!(fatal_before[i].sa_flags & SA_SIGINFO) && fatal_before[i].sa_handler == SIG_IGN)
            sigaction(fatal_signals[i], &fatal_before[i], NULL);
    }
    set_handler(SIGINT, on_sigint, NULL);
    set_handler(SIGWINCH, on_sigwinch, NULL);
    set_handler(SIGCONT, on_sigcont, NULL);
    set_handler(SIGTSTP, on_sigtstp, NULL);
}

static void signals_remove(void) {
    for (size_t i = 0; i < NFATAL; i++) sigaction(fatal_signals[i], &fatal_before[i], NULL);
    signal(SIGINT, SIG_DFL);
    signal(SIGWINCH, SIG_DFL);
    signal(SIGCONT, SIG_DFL);
    signal(SIGTSTP, SIG_DFL);
    for (int i = 0; i < 2; i++) {
        if (sig_pipe[i] >= 0) close(sig_pipe[i]);
        sig_pipe[i] = -1;
    }
}

/* exit() from anywhere (out of memory, a BIF calling exit) */
static void restore_at_exit(void) {
    if (g_tty && g_tty->editing) rl_callback_handler_remove();
    restore_modes();
}

bool tty_size(int *cols, int *rows) {
    struct winsize ws;
    if (!isatty(1) || ioctl(1, TIOCGWINSZ, &ws) < 0 || ws.ws_col == 0) return false;
    *cols = ws.ws_col;
    *rows = ws.ws_row;
    return true;
}

/* ---- completion: module names, and Mod:function names ------------------ */

typedef struct Names {
    char **v;
    size_t n, cap;
} Names;

static void names_add(Names *ns, const char *s, size_t len, const char *suffix) {
    if (ns->n == ns->cap) {
        ns->cap = ns->cap ? ns->cap * 2 : 32;
        ns->v = (char **)realloc(ns->v, ns->cap * sizeof(char *));
        if (!ns->v) abort();
    }
    size_t k = strlen(suffix);
    char *d = (char *)xmalloc(len + k + 1);
    memcpy(d, s, len);
    memcpy(d + len, suffix, k + 1);
    ns->v[ns->n++] = d;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void names_sort_unique(Names *ns) {
    if (!ns->n) return;
    qsort(ns->v, ns->n, sizeof(char *), cmp_str);
    size_t k = 1;
    for (size_t i = 1; i < ns->n; i++) {
        if (strcmp(ns->v[i], ns->v[k - 1]) == 0) free(ns->v[i]);
        else ns->v[k++] = ns->v[i];
    }
    ns->n = k;
}

static bool has_prefix(const char *s, size_t n, const char *prefix) {
    size_t k = strlen(prefix);
    return n >= k && memcmp(s, prefix, k) == 0;
}

/* Loaded modules, BIF-only ones (erlang, ...) and every Mod.bem / Mod.erl
 * on the code path, each as "Mod:". */
static void complete_modules(Vm *vm, const char *prefix, Names *out) {
    size_t n;
    Term *mods = code_modules(vm, &n);
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *s = atom_name(vm->atoms, term_atom(mods[i]), &len);
        if (has_prefix(s, len, prefix)) names_add(out, s, len, ":");
    }
    free(mods);
    for (size_t i = 0; i < vm->path.n; i++) {
        DIR *d = opendir(vm->path.dirs[i]);
        if (!d) continue;
        struct dirent *e;
        while ((e = readdir(d))) {
            size_t len = strlen(e->d_name);
            if (len > 4 && (strcmp(e->d_name + len - 4, ".bem") == 0 || strcmp(e->d_name + len - 4, ".erl") == 0) &&
                has_prefix(e->d_name, len - 4, prefix))
                names_add(out, e->d_name, len - 4, ":");
        }
        closedir(d);
    }
}

/* The exported functions of Mod (loading it from the code path first, as
 * calling Mod:module_info(exports) would in OTP's edlin_expand), and its
 * BIFs, each as "Mod:fun(". */
static void complete_functions(Vm *vm, const char *mod, size_t mlen, const char *prefix, Names *out) {
    if (mlen == 0) return;
    Term m = term_from_atom(atom_intern(vm->atoms, mod, mlen));
    Module *md = code_module(vm, m);
    if (!md || !md->current) {
        if (vm_autoload(vm, m)) md = code_module(vm, m);
    }
    Buf b = {0};
    if (md && md->current) {
        CodeVersion *v = md->current;
        for (size_t i = 0; i < v->nexports; i++) {
            size_t len;
            const char *s = atom_name(vm->atoms, term_atom(v->funcs[v->exports[i]].name), &len);
            if (!has_prefix(s, len, prefix)) continue;
            b.len = 0;
            buf_add(&b, mod, mlen);
            buf_addc(&b, ':');
            buf_add(&b, s, len);
            names_add(out, b.data, b.len, "(");
        }
    }
    for (size_t i = 0; i < bif_count; i++) {
        const BifDef *d = &bif_table[i];
        if (strlen(d->module) != mlen || memcmp(d->module, mod, mlen) != 0) continue;
        if (!has_prefix(d->name, strlen(d->name), prefix)) continue;
        b.len = 0;
        buf_add(&b, mod, mlen);
        buf_addc(&b, ':');
        buf_adds(&b, d->name);
        names_add(out, b.data, b.len, "(");
    }
    buf_free(&b);
}

/* libedit's completion hook: readline's convention, matches[0] is what
 * replaces the word (the longest common prefix), then every match. */
static char **complete(const char *text, int start, int end) {
    (void)start;
    (void)end;
    rl_attempted_completion_over = 1;       /* never fall back to file names */
    if (!g_tty) return NULL;
    Vm *vm = g_tty->vm;
    Names ns = {0};
    const char *colon = strchr(text, ':');
    if (colon) complete_functions(vm, text, (size_t)(colon - text), colon + 1, &ns);
    else complete_modules(vm, text, &ns);
    names_sort_unique(&ns);
    if (!ns.n) {
        free(ns.v);
        return NULL;
    }
    /* three spare NULLs: libedit looks at matches[2] even for one match */
    char **m = (char **)calloc(ns.n + 4, sizeof(char *));
    if (!m) abort();
    if (ns.n == 1) {
        m[0] = ns.v[0];
    } else {
        size_t k = strlen(ns.v[0]);
        for (size_t i = 1; i < ns.n; i++) {
            size_t j = 0;
            while (j < k && ns.v[i][j] == ns.v[0][j]) j++;
            k = j;
        }
        m[0] = xstrndup(ns.v[0], k);
        memcpy(m + 1, ns.v, ns.n * sizeof(char *));
    }
    free(ns.v);
    return m;
}

/* ---- answering requests ----------------------------------------------- */

static bool alive(Tty *t, TtyRequest *r) { return vm_process(t->vm, r->pid) != NULL; }

static void pop(Tty *t) {
    TtyRequest *r = t->head;
    t->head = r->next;
    if (!t->head) t->tail = NULL;
    free(r->prompt);
    free(r);
}

/* {tty_input, Ref, Line | eof} to the head's process, then the next
 * request.  A terminal's text is UTF-8 and becomes characters; a pipe's
 * bytes are characters themselves, as OTP's latin1 standard_io has them. */
static void answer(Tty *t, const char *line, size_t len, bool eof) {
    TtyRequest *r = t->head;
    Process *to = vm_process(t->vm, r->pid);
    if (to) {
        Term v;
        if (eof) {
            v = term_from_atom(t->a_eof);
        } else if (t->interactive) {
            size_t n = print_char_count(line, len);
            Term *c = n ? heap_alloc(to, 2 * n) : NULL;
            v = TERM_NIL;
            for (size_t i = 0, k = 0; i < len && k < n; k++) {
                c[2 * k] = term_from_small(print_utf8_next(line, len, &i));
                c[2 * k + 1] = k + 1 < n ? term_make_cons(c + 2 * k + 2) : TERM_NIL;
            }
            if (n) v = term_make_cons(c);
        } else {
            v = heap_string(to, line, len);
        }
        Term ref = heap_ref_id(to, r->ref);
        vm_mbox_push(to, heap_tuple3(to, term_from_atom(t->a_tty_input), ref, v));
    }
    pop(t);
}

/* ---- the pipe reader -------------------------------------------------- */

static void pipe_read(Tty *t) {
    if (t->in_off > 0 && t->in_off * 2 >= t->in_len) {
        memmove(t->in, t->in + t->in_off, t->in_len - t->in_off);
        t->in_len -= t->in_off;
        t->in_off = 0;
    }
    if (t->in_cap - t->in_len < 4096) {
        t->in_cap = t->in_cap ? t->in_cap * 2 : 65536;
        t->in = (char *)realloc(t->in, t->in_cap);
        if (!t->in) abort();
    }
    ssize_t n = read(0, t->in + t->in_len, t->in_cap - t->in_len);
    if (n > 0) t->in_len += (size_t)n;
    else if (n == 0 || (errno != EINTR && errno != EAGAIN)) t->at_eof = true;
}

static bool pipe_has_line(Tty *t) {
    return t->in_len > t->in_off && memchr(t->in + t->in_off, '\n', t->in_len - t->in_off) != NULL;
}

static void pipe_serve(Tty *t) {
    while (t->head) {
        TtyRequest *r = t->head;
        if (!alive(t, r)) {
            pop(t);
            continue;
        }
        if (!r->served) {
            if (*r->prompt) fputs(r->prompt, t->vm->out);
            r->served = true;
        }
        size_t avail = t->in_len - t->in_off;
        const char *s = avail ? t->in + t->in_off : "";
        const char *nl = avail ? (const char *)memchr(s, '\n', avail) : NULL;
        if (nl) {
            size_t n = (size_t)(nl - s) + 1;
            t->in_off += n;
            answer(t, s, n, false);
        } else if (t->at_eof) {
            t->in_off = t->in_len;
            answer(t, s, avail, avail == 0);   /* a last line without "\n", then eof */
        } else {
            break;
        }
    }
}

/* ---- the terminal: libedit -------------------------------------------- */

static void on_line(char *line) {
    if (!g_tty) { free(line); return; }
    g_tty->line_done = true;
    g_tty->line = line;
}

static void editor_init(Tty *t) {
    /* libedit edits multibyte characters only in the user's locale; only
     * the character classes are taken (numbers keep the C locale) */
    setlocale(LC_CTYPE, "");
    rl_catch_signals = 0;                   /* our handlers, not libedit's */
    rl_readline_name = "beamlet";
    rl_attempted_completion_function = complete;
    rl_completion_append_character = '\0';
    /* ':' joins Mod:fun into one word; Erlang's punctuation breaks words */
    static char breaks[] = " \t\n\"\\'`@$><=;|&{([,+-*/!#";
    rl_basic_word_break_characters = breaks;
    rl_completer_word_break_characters = breaks;
    using_history();
    stifle_history(1000);
    const char *home = getenv("HOME");
    if (home && *home) {
        Buf b = {0};
        buf_printf(&b, "%s/.beamlet_history", home);
        t->history = b.data;
        read_history(t->history);           /* missing or unreadable: no history */
    }
}

static bool blank(const char *s) {
    for (; *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n') return false;
    return true;
}

static void editor_stop(Tty *t) {
    if (!t->editing) return;
    rl_callback_handler_remove();
    t->editing = false;
}

/* The callback fired: the edit is over; answer the request. */
static void editor_finish(Tty *t) {
    char *line = t->line;
    t->line_done = false;
    t->line = NULL;
    editor_stop(t);
    if (!line) {
        fputs("\n", stdout);                /* after the "^D" libedit shows */
        fflush(stdout);
        answer(t, NULL, 0, true);
        return;
    }
    if (!blank(line) && !(t->last_history && strcmp(t->last_history, line) == 0)) {
        free(t->last_history);
        t->last_history = xstrndup(line, strlen(line));
        add_history(line);
        if (t->history) write_history(t->history);   /* unwritable: kept in memory only */
    }
    size_t n = strlen(line);
    line = (char *)realloc(line, n + 2);
    if (!line) abort();
    line[n] = '\n';
    answer(t, line, n + 1, false);
    free(line);
}

static void editor_serve(Tty *t) {
    while (t->head && !t->editing) {
        if (!alive(t, t->head)) {
            pop(t);
            continue;
        }
        const char *nl = t->unread_len ? (const char *)memchr(t->unread, '\n', t->unread_len) : NULL;
        if (nl) {                           /* a whole line put back: no editing */
            size_t n = (size_t)(nl - t->unread) + 1;
            char *line = xstrndup(t->unread, n);
            memmove(t->unread, t->unread + n, t->unread_len - n);
            t->unread_len -= n;
            answer(t, line, n, false);
            free(line);
            continue;
        }
        if (t->at_eof) {
            answer(t, NULL, 0, true);
            continue;
        }
        fflush(t->vm->out);
        rl_callback_handler_install(t->head->prompt, on_line);
        t->editing = true;
        t->keyed = false;
        if (t->unread_len) {                /* the start of a line put back: edit it */
            char *text = xstrndup(t->unread, t->unread_len);
            t->unread_len = 0;
            rl_insert_text(text);
            fputs("\r\x1b[K", stdout);
            rl_forced_update_display();
            t->keyed = true;
            free(text);
        }
    }
    /* the reader died while its line was edited: leave that prompt */
    if (t->editing && !alive(t, t->head)) {
        editor_stop(t);
        fputs("\n", stdout);
        pop(t);
        editor_serve(t);
    }
}

/* Keys are waiting: feed them to libedit one at a time (it reads the rest
 * of an escape sequence itself) while the line is not finished. */
static void editor_read(Tty *t, short revents) {
    if (!(revents & POLLIN) || (revents & (POLLHUP | POLLERR | POLLNVAL))) {
        t->at_eof = true;                   /* hung up: libedit would read nothing, forever */
        editor_stop(t);
        return;
    }
    for (int i = 0; i < 4096 && t->editing; i++) {
        rl_callback_read_char();
        t->keyed = true;
        if (t->line_done) {
            editor_finish(t);
            break;
        }
        struct pollfd pfd = {0, POLLIN, 0};
        if (poll(&pfd, 1, 0) <= 0) break;
        if (!(pfd.revents & POLLIN) || (pfd.revents & (POLLHUP | POLLERR | POLLNVAL))) {
            t->at_eof = true;
            editor_stop(t);
            break;
        }
    }
}

/* Ctrl-C at the prompt drops the line (editor_serve shows a fresh prompt)
 * and tells the interrupt target, so the shell forgets the earlier lines of
 * an unfinished command; with no line edited, it is the interrupt target's
 * to handle (the shell stops the command that runs). */
static void interrupt(Tty *t) {
    bool edited = t->editing;
    if (edited) {
        editor_stop(t);
        fputs("^C\n", stdout);
        fflush(stdout);
    }
    Process *p = t->interrupt_pid ? vm_process(t->vm, t->interrupt_pid) : NULL;
    if (!p && edited) return;
    if (!p) {
        tty_stop(t->vm);
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
        return;
    }
    Term m = heap_tuple(p, 1);
    term_tuple_elems(m)[0] = term_from_atom(t->a_tty_interrupt);
    vm_mbox_push(p, m);
}

/* Back from Ctrl-Z (or SIGCONT after a stop): when the terminal is cooked
 * again, start the edit again with the text typed so far. */
static void resume(Tty *t) {
    struct termios now;
    if (!t->editing || tcgetattr(0, &now) < 0 || !(now.c_lflag & ICANON)) return;   /* still raw */
    char *text = t->keyed && rl_line_buffer ? xstrndup(rl_line_buffer, (size_t)rl_end) : NULL;
    editor_stop(t);
    fputs("\n", stdout);
    editor_serve(t);
    if (text && *text) {
        rl_insert_text(text);               /* the cursor ends after it */
        fputs("\r\x1b[K", stdout);          /* over the prompt just shown */
        rl_forced_update_display();
    }
    free(text);
}

/* ---- output while a line is read ---------------------------------------- */

bool tty_output(Vm *vm, FILE *f, const void *data, size_t len) {
    Tty *t = vm->tty;
    if (!t || !len) return false;
    if (!t->interactive) {
        /* a pipe: a prompt that other output followed is written again
         * after it, as OTP's user process does */
        if (f != vm->out || !t->head || !t->head->served || !*t->head->prompt) return false;
        fwrite(data, 1, len, vm->out);
        fputs(t->head->prompt, vm->out);
        return true;
    }
    if (!t->editing) return false;
    int cols = 80, rows;
    if (!tty_size(&cols, &rows)) cols = 80;
    const char *prompt = t->head ? t->head->prompt : "";
    size_t pos = print_char_count(prompt, strlen(prompt));
    if (t->keyed && rl_line_buffer && rl_point > 0) pos += print_char_count(rl_line_buffer, (size_t)rl_point);
    size_t up = pos / (size_t)cols;
    /* to the start of the prompt, erase it and the line below it */
    fputc('\r', stdout);
    if (up) fprintf(stdout, "\x1b[%zuA", up);
    fputs("\x1b[J", stdout);
    fflush(stdout);
    fwrite(data, 1, len, f);
    if (((const char *)data)[len - 1] != '\n') fputc('\n', f);
    fflush(f);
    rl_forced_update_display();
    return true;
}

/* ---- the scheduler's side --------------------------------------------- */

static void serve(Tty *t) {
    if (t->interactive) editor_serve(t);
    else pipe_serve(t);
}

/* Serve, wait up to ms for input or a signal (not at all when something
 * became runnable), handle what came, serve again. */
static void service(Tty *t, int ms) {
    Vm *vm = t->vm;
    serve(t);
    if (vm->rq_head) ms = 0;
    struct pollfd fds[2];
    int n = 0, in_at = -1;
    if (sig_pipe[0] >= 0) fds[n++] = (struct pollfd){sig_pipe[0], POLLIN, 0};
    bool want = t->head && !t->at_eof && (t->interactive ? t->editing : !pipe_has_line(t));
    if (want) {
        in_at = n;
        fds[n++] = (struct pollfd){0, POLLIN, 0};
    }
    if (n == 0) return;
    if (ms != 0) fflush(vm->out);
    int r = poll(fds, (nfds_t)n, ms);
    if (r <= 0) return;
    if (sig_pipe[0] >= 0 && fds[0].revents) {
        char notes[64];
        ssize_t k;
        while ((k = read(sig_pipe[0], notes, sizeof notes)) > 0) {
            for (ssize_t i = 0; i < k; i++) {
                if (!vm->tty) return;               /* interrupt() ended it */
                if (notes[i] == 'i') interrupt(t);
                else if (notes[i] == 'w' && t->editing) rl_resize_terminal();
                else if (notes[i] == 'c') resume(t);
            }
        }
    }
    if (in_at >= 0 && fds[in_at].revents) {
        if (t->interactive) {
            if (t->editing) editor_read(t, fds[in_at].revents);
        } else {
            pipe_read(t);
        }
    }
    serve(t);
}

/* A request is queued or Ctrl-C has a target: stdin or signals matter. */
static bool watching(Vm *vm) {
    Tty *t = vm->tty;
    return t && (t->head || (t->interactive && t->interrupt_pid));
}

void tty_poll(Vm *vm) {
    if (watching(vm)) service(vm->tty, 0);
}

bool tty_idle_wait(Vm *vm, int ms) {
    Tty *t = vm->tty;
    if (!t) return false;
    serve(t);
    if (vm->rq_head) return true;
    bool target = t->interactive && t->interrupt_pid && vm_process(vm, t->interrupt_pid);
    if (!t->head && !target) return false;
    service(t, ms);
    return true;
}

/* ---- the BIFs' side --------------------------------------------------- */

void tty_start(Vm *vm) {
    if (vm->tty) return;
    Tty *t = (Tty *)calloc(1, sizeof *t);
    if (!t) abort();
    t->vm = vm;
    t->a_tty_input = atom_intern(vm->atoms, "tty_input", 9);
    t->a_tty_interrupt = atom_intern(vm->atoms, "tty_interrupt", 13);
    t->a_eof = atom_intern(vm->atoms, "eof", 3);
    t->interactive = isatty(0) && isatty(1);
    vm->tty = t;
    g_tty = t;
    if (t->interactive) {
        if (tcgetattr(0, &saved_modes) == 0) modes_saved = 1;
        static bool registered;
        if (!registered) atexit(restore_at_exit);
        registered = true;
        signals_install();
        editor_init(t);
    }
}

void tty_stop(Vm *vm) {
    Tty *t = vm->tty;
    if (!t) return;
    if (t->editing) {
        editor_stop(t);
        fputs("\n", stdout);
    }
    fflush(stdout);
    if (t->interactive) {
        restore_modes();
        signals_remove();
        sigint_caught = 0;
        modes_saved = 0;
    }
    while (t->head) pop(t);
    free(t->line);
    free(t->unread);
    free(t->in);
    free(t->history);
    free(t->last_history);
    free(t);
    vm->tty = NULL;
    g_tty = NULL;
}

void tty_request(Vm *vm, Term pid, uint64_t ref, const char *prompt, size_t len) {
    tty_start(vm);
    Tty *t = vm->tty;
    TtyRequest *r = (TtyRequest *)calloc(1, sizeof *r);
    if (!r) abort();
    r->pid = pid;
    r->ref = ref;
    if (t->interactive) {
        r->prompt = xstrndup(prompt, len);
    } else {
        /* written as io:format writes: a latin1 device */
        Buf b = {0};
        fmt_to_device(prompt, len, &b);
        r->prompt = xstrndup(b.data ? b.data : "", b.len);
        buf_free(&b);
    }
    if (t->tail) t->tail->next = r; else t->head = r;
    t->tail = r;
}

void tty_unread(Vm *vm, const char *text, size_t len) {
    tty_start(vm);
    Tty *t = vm->tty;
    if (!len) return;
    if (t->interactive) {
        t->unread = (char *)realloc(t->unread, t->unread_len + len);
        if (!t->unread) abort();
        memmove(t->unread + len, t->unread, t->unread_len);
        memcpy(t->unread, text, len);
        t->unread_len += len;
        return;
    }
    /* a pipe's bytes are latin1 characters: back to bytes, before the rest */
    Buf b = {0};
    fmt_to_device(text, len, &b);
    if (b.len > t->in_off) {
        size_t rest = t->in_len - t->in_off, cap = rest + b.len + 4096;
        char *in = (char *)xmalloc(cap);
        memcpy(in + b.len, t->in + t->in_off, rest);
        free(t->in);
        t->in = in;
        t->in_cap = cap;
        t->in_len = b.len + rest;
        t->in_off = b.len;
    }
    t->in_off -= b.len;
    memcpy(t->in + t->in_off, b.data, b.len);
    buf_free(&b);
}

bool tty_interactive(Vm *vm) {
    tty_start(vm);
    return vm->tty->interactive;
}

void tty_set_interrupt(Vm *vm, Term pid) {
    tty_start(vm);
    vm->tty->interrupt_pid = pid;
    sigint_caught = pid != 0 && vm->tty->interactive;
}
