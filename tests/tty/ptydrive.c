/* ptydrive.c — run a command under a pseudo-terminal, type keys at it and
 * check what a terminal would show.  Used by tests/tty/run.sh.
 *
 *   ptydrive SCRIPT CMD [ARGS...]
 *
 * The child gets a 80x24 pty (TERM as in our environment, xterm if unset).
 * Every byte it writes goes through a small VT100/xterm screen model
 * (printing, CR, LF, BS, TAB, CSI cursor moves and erases, deferred
 * autowrap), so checks see the text a user would see, not the escape codes.
 * SCRIPT holds one command a line ('#' lines and blank lines are skipped):
 *
 *   send TEXT      type TEXT; escapes \n \r \t \e \\ \xHH, ^X for Ctrl-X, \^ for ^
 *   keys TEXT      as send, one byte at a time with 20 ms between them
 *   sleep MS       let MS milliseconds pass (output is read meanwhile)
 *   expect TEXT    wait until the output stream, after the previous match,
 *                  contains TEXT (escapes as send)
 *   line TEXT      wait until the cursor's row reads TEXT (trailing blanks ignored)
 *   screen TEXT    wait until some row reads TEXT
 *   noscreen TEXT  no row reads TEXT now
 *   exit N         wait for the command to end with status N
 *   modes          the pty's termios equals what it was before the command ran
 *   file NAME TEXT wait until the file $HOME/NAME contains TEXT
 *   stopped        wait until the command is stopped (Ctrl-Z)
 *   signal NAME    send it SIGNAME (TERM, INT, CONT, HUP, QUIT)
 *   dump           print the screen to stdout
 * Waits give up after 5 s (PTYDRIVE_TIMEOUT seconds).  On the first failed
 * check the driver prints it and the screen, kills the command and exits 1;
 * 0 when every command succeeded. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define ROWS 24
#define COLS 80

/* ---- the screen model ------------------------------------------------- */

static char screen[ROWS][COLS + 1];
static int cur_row, cur_col;          /* cur_col == COLS: a wrap is pending */
static enum { S_TEXT, S_ESC, S_CSI } esc_state;
static char csi_buf[64];
static size_t csi_len;

static void scr_clear_row(int r, int from, int to) {
    for (int c = from; c < to && c < COLS; c++) screen[r][c] = ' ';
}

static void scr_init(void) {
    for (int r = 0; r < ROWS; r++) {
        scr_clear_row(r, 0, COLS);
        screen[r][COLS] = 0;
    }
}

static void scr_linefeed(void) {
    if (cur_row < ROWS - 1) {
        cur_row++;
        return;
    }
    memmove(screen[0], screen[1], (size_t)(ROWS - 1) * sizeof screen[0]);
    scr_clear_row(ROWS - 1, 0, COLS);
}

static void scr_print(char ch) {
    if (cur_col >= COLS) {            /* deferred autowrap (xterm's xenl) */
        cur_col = 0;
        scr_linefeed();
    }
    screen[cur_row][cur_col++] = ch;
}

static int csi_arg(int i, int dflt) {
    const char *s = csi_buf;
    if (*s == '?' || *s == '>') s++;
    for (int k = 0; k < i; k++) {
        s = strchr(s, ';');
        if (!s) return dflt;
        s++;
    }
    if (*s < '0' || *s > '9') return dflt;
    return atoi(s);
}

static void scr_csi(char fin) {
    int n = csi_arg(0, 1);
    if (n < 1) n = 1;
    if (cur_col >= COLS && fin != 'K' && fin != 'J' && fin != 'm') cur_col = COLS - 1;
    switch (fin) {
    case 'A': cur_row = cur_row - n < 0 ? 0 : cur_row - n; break;
    case 'B': cur_row = cur_row + n >= ROWS ? ROWS - 1 : cur_row + n; break;
    case 'C': cur_col = cur_col + n >= COLS ? COLS - 1 : cur_col + n; break;
    case 'D': cur_col = cur_col - n < 0 ? 0 : cur_col - n; break;
    case 'G': cur_col = n - 1 >= COLS ? COLS - 1 : n - 1; break;
    case 'H': case 'f':
        cur_row = csi_arg(0, 1) - 1;
        cur_col = csi_arg(1, 1) - 1;
        if (cur_row < 0) cur_row = 0;
        if (cur_row >= ROWS) cur_row = ROWS - 1;
        if (cur_col < 0) cur_col = 0;
        if (cur_col >= COLS) cur_col = COLS - 1;
        break;
    case 'K': {
        int m = csi_arg(0, 0), c = cur_col >= COLS ? COLS : cur_col;
        if (m == 0) scr_clear_row(cur_row, c, COLS);
        else if (m == 1) scr_clear_row(cur_row, 0, c + 1);
        else scr_clear_row(cur_row, 0, COLS);
        break;
    }
    case 'J': {
        int m = csi_arg(0, 0), c = cur_col >= COLS ? COLS : cur_col;
        if (m == 0) {
            scr_clear_row(cur_row, c, COLS);
            for (int r = cur_row + 1; r < ROWS; r++) scr_clear_row(r, 0, COLS);
        } else if (m == 2) {
            for (int r = 0; r < ROWS; r++) scr_clear_row(r, 0, COLS);
        }
        break;
    }
    case 'P':                            /* delete n characters */
        for (int c = cur_col; c < COLS; c++) screen[cur_row][c] = c + n < COLS ? screen[cur_row][c + n] : ' ';
        break;
    case '@':                            /* insert n blanks */
        for (int c = COLS - 1; c >= cur_col; c--) screen[cur_row][c] = c - n >= cur_col ? screen[cur_row][c - n] : ' ';
        break;
    default: break;                      /* modes, colours: no effect on text */
    }
}

static void scr_feed(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        switch (esc_state) {
        case S_ESC:
            if (ch == '[') {
                esc_state = S_CSI;
                csi_len = 0;
            } else {
                esc_state = S_TEXT;      /* ESC 7, ESC =, ...: ignored */
            }
            continue;
        case S_CSI:
            if ((ch >= '0' && ch <= '9') || ch == ';' || ch == '?' || ch == '>') {
                if (csi_len < sizeof csi_buf - 1) csi_buf[csi_len++] = ch;
                csi_buf[csi_len] = 0;
            } else {
                csi_buf[csi_len] = 0;
                scr_csi(ch);
                esc_state = S_TEXT;
            }
            continue;
        case S_TEXT:
            break;
        }
        if (ch == 0x1b) esc_state = S_ESC;
        else if (ch == '\r') cur_col = 0;
        else if (ch == '\n') {
            if (cur_col >= COLS) cur_col = COLS - 1;
            scr_linefeed();
        } else if (ch == '\b') {
            if (cur_col >= COLS) cur_col = COLS - 1;
            if (cur_col > 0) cur_col--;
        } else if (ch == '\t') {
            cur_col = (cur_col / 8 + 1) * 8;
            if (cur_col >= COLS) cur_col = COLS - 1;
        } else if ((unsigned char)ch >= 0x20 && ch != 0x7f) scr_print(ch);
    }
}

/* Row r without trailing blanks, in a static buffer. */
static const char *scr_row(int r) {
    static char b[COLS + 1];
    memcpy(b, screen[r], COLS + 1);
    int n = COLS;
    while (n > 0 && b[n - 1] == ' ') n--;
    b[n] = 0;
    return b;
}

static void scr_dump(FILE *f) {
    int last = ROWS - 1;
    while (last > cur_row && !*scr_row(last)) last--;
    fprintf(f, "---- screen (cursor at row %d, col %d) ----\n", cur_row + 1, cur_col + 1);
    for (int r = 0; r <= last; r++) fprintf(f, "|%s\n", scr_row(r));
    fprintf(f, "----\n");
}

/* ---- the child -------------------------------------------------------- */

static int master = -1, slave = -1;
static pid_t child;
static int child_status = -1;          /* its wait status once it ended */
static char *out;                       /* everything it wrote */
static size_t out_len, out_cap, out_mark;
static struct termios modes_before;

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Read what the child writes for up to ms milliseconds (0: what is there). */
static void pump(int ms) {
    double end = now_s() + ms / 1000.0;
    for (;;) {
        int left = (int)((end - now_s()) * 1000);
        if (left < 0) left = 0;
        struct pollfd pfd = {master, POLLIN, 0};
        int r = master >= 0 ? poll(&pfd, 1, left) : (usleep((useconds_t)left * 1000), 0);
        if (r > 0) {
            char b[4096];
            ssize_t n = read(master, b, sizeof b);
            if (n > 0) {
                if (out_len + (size_t)n + 1 > out_cap) {
                    out_cap = (out_len + (size_t)n + 1) * 2;
                    out = realloc(out, out_cap);
                    if (!out) abort();
                }
                memcpy(out + out_len, b, (size_t)n);
                out_len += (size_t)n;
                out[out_len] = 0;
                scr_feed(b, (size_t)n);
                continue;               /* drain before looking at the clock */
            }
            if (n < 0 && errno == EINTR) continue;
            /* EIO: the slave side is closed: the child has ended */
            pfd.revents = 0;
            if (child_status < 0) usleep(10000);
        }
        if (child_status < 0) {
            int st;
            if (waitpid(child, &st, WNOHANG) == child) child_status = st;
        }
        if (left == 0) return;
    }
}

static void start(char **argv) {
    master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) < 0 || unlockpt(master) < 0) { perror("ptydrive: pty"); exit(2); }
    const char *slave_name = ptsname(master);
    slave = open(slave_name, O_RDWR | O_NOCTTY);
    if (slave < 0) { perror("ptydrive: slave"); exit(2); }
    struct winsize ws = {ROWS, COLS, 0, 0};
    ioctl(slave, TIOCSWINSZ, &ws);
    tcgetattr(slave, &modes_before);
    child = fork();
    if (child < 0) { perror("ptydrive: fork"); exit(2); }
    if (child == 0) {
        setsid();
        ioctl(slave, TIOCSCTTY, 0);
        dup2(slave, 0);
        dup2(slave, 1);
        dup2(slave, 2);
        if (slave > 2) close(slave);
        close(master);
        if (!getenv("TERM")) setenv("TERM", "xterm", 1);
        setenv("COLUMNS", "80", 1);
        setenv("LINES", "24", 1);
        execvp(argv[0], argv);
        perror("ptydrive: exec");
        _exit(127);
    }
    /* the parent keeps the slave open: reading never fails with EIO, and
     * the modes can be read through it after the child has ended */
}

/* ---- the script ------------------------------------------------------- */

static int lineno;
static const char *script_name;

static void fail(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stdout, "%s:%d: ", script_name, lineno);
    vfprintf(stdout, fmt, ap);
    fputc('\n', stdout);
    va_end(ap);
    pump(50);
    scr_dump(stdout);
    if (child_status < 0) {
        kill(child, SIGKILL);
        waitpid(child, NULL, 0);
    }
    exit(1);
}

/* Decode the escapes of a script argument in place; returns its length. */
static size_t unescape(char *s) {
    char *w = s;
    for (char *r = s; *r; r++) {
        if (*r == '^' && r[1]) {
            r++;
            *w++ = (char)(r[0] == '?' ? 0x7f : (r[0] & 0x1f));
            continue;
        }
        if (*r != '\\' || !r[1]) { *w++ = *r; continue; }
        r++;
        switch (*r) {
        case 'n': *w++ = '\n'; break;
        case 'r': *w++ = '\r'; break;
        case 't': *w++ = '\t'; break;
        case 'e': *w++ = 0x1b; break;
        case 'x': {
            char hex[3] = {r[1], r[1] ? r[2] : 0, 0};
            *w++ = (char)strtol(hex, NULL, 16);
            r += 2;
            break;
        }
        default: *w++ = *r; break;     /* \\ \^ and anything else: itself */
        }
    }
    *w = 0;
    return (size_t)(w - s);
}

static void type(const char *s, size_t n, int gap_ms) {
    for (size_t i = 0; i < n;) {
        size_t k = gap_ms ? 1 : n - i;
        ssize_t w = write(master, s + i, k);
        if (w < 0 && errno != EINTR) fail("write to pty: %s", strerror(errno));
        if (w > 0) i += (size_t)w;
        pump(gap_ms);
    }
    pump(0);
}

static double timeout_s(void) {
    const char *t = getenv("PTYDRIVE_TIMEOUT");
    return t && atof(t) > 0 ? atof(t) : 5.0;
}

static bool any_row(const char *text) {
    for (int r = 0; r < ROWS; r++)
        if (strcmp(scr_row(r), text) == 0) return true;
    return false;
}

static bool file_has(const char *path, const char *text) {
    FILE *f = fopen(path, "r");
    if (!f) return false;
    char buf[65536];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    return strstr(buf, text) != NULL;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fputs("usage: ptydrive SCRIPT CMD [ARGS...]\n", stderr);
        return 2;
    }
    script_name = argv[1];
    FILE *sf = fopen(argv[1], "r");
    if (!sf) { perror(argv[1]); return 2; }
    signal(SIGPIPE, SIG_IGN);
    scr_init();
    start(argv + 2);
    char line[4096];
    while (fgets(line, sizeof line, sf)) {
        lineno++;
        size_t n = strlen(line);
        if (n && line[n - 1] == '\n') line[--n] = 0;
        if (!n || line[0] == '#') continue;
        char *arg = strchr(line, ' ');
        if (arg) *arg++ = 0; else arg = line + n;
        double deadline = now_s() + timeout_s();
        if (strcmp(line, "send") == 0 || strcmp(line, "keys") == 0) {
            size_t k = unescape(arg);
            type(arg, k, line[0] == 'k' ? 20 : 0);
        } else if (strcmp(line, "sleep") == 0) {
            pump(atoi(arg));
        } else if (strcmp(line, "expect") == 0) {
            unescape(arg);
            char *hit;
            while (!(hit = out ? strstr(out + out_mark, arg) : NULL)) {
                if (now_s() > deadline) fail("expect: no \"%s\" in the output", arg);
                pump(20);
            }
            out_mark = (size_t)(hit - out) + strlen(arg);
        } else if (strcmp(line, "line") == 0) {
            while (strcmp(scr_row(cur_row), arg) != 0) {
                if (now_s() > deadline) fail("line: the cursor's row is \"%s\", not \"%s\"", scr_row(cur_row), arg);
                pump(20);
            }
        } else if (strcmp(line, "screen") == 0) {
            while (!any_row(arg)) {
                if (now_s() > deadline) fail("screen: no row reads \"%s\"", arg);
                pump(20);
            }
        } else if (strcmp(line, "noscreen") == 0) {
            pump(0);
            if (any_row(arg)) fail("noscreen: a row reads \"%s\"", arg);
        } else if (strcmp(line, "exit") == 0) {
            while (child_status < 0) {
                if (now_s() > deadline) fail("exit: the command is still running");
                pump(20);
            }
            int want = atoi(arg);
            int got = WIFEXITED(child_status) ? WEXITSTATUS(child_status) : 128 + WTERMSIG(child_status);
            if (got != want) fail("exit: status %d, not %d", got, want);
        } else if (strcmp(line, "modes") == 0) {
            struct termios now;
            if (tcgetattr(slave, &now) < 0) fail("modes: tcgetattr: %s", strerror(errno));
            if (now.c_iflag != modes_before.c_iflag || now.c_oflag != modes_before.c_oflag ||
                now.c_lflag != modes_before.c_lflag || now.c_cflag != modes_before.c_cflag ||
                memcmp(now.c_cc, modes_before.c_cc, sizeof now.c_cc) != 0)
                fail("modes: the terminal modes were not restored (lflag %#x, was %#x)",
                     (unsigned)now.c_lflag, (unsigned)modes_before.c_lflag);
        } else if (strcmp(line, "file") == 0) {
            char *text = strchr(arg, ' ');
            if (!text) fail("file: NAME TEXT");
            *text++ = 0;
            unescape(text);
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", getenv("HOME") ? getenv("HOME") : ".", arg);
            while (!file_has(path, text)) {
                if (now_s() > deadline) fail("file: %s does not contain \"%s\"", path, text);
                pump(20);
            }
        } else if (strcmp(line, "stopped") == 0) {
            for (;;) {
                int st;
                pid_t w = waitpid(child, &st, WNOHANG | WUNTRACED);
                if (w == child && WIFSTOPPED(st)) break;
                if (w == child) {
                    child_status = st;
                    fail("stopped: the command ended");
                }
                if (now_s() > deadline) fail("stopped: the command still runs");
                pump(20);
            }
        } else if (strcmp(line, "signal") == 0) {
            static const struct { const char *name; int sig; } sigs[] = {
                {"TERM", SIGTERM}, {"INT", SIGINT}, {"CONT", SIGCONT}, {"HUP", SIGHUP}, {"QUIT", SIGQUIT}};
            int sig = 0;
            for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
                if (strcmp(arg, sigs[i].name) == 0) sig = sigs[i].sig;
            if (!sig) fail("signal: unknown signal \"%s\"", arg);
            kill(child, sig);
            pump(0);
        } else if (strcmp(line, "dump") == 0) {
            pump(50);
            scr_dump(stdout);
        } else {
            fail("unknown command \"%s\"", line);
        }
    }
    if (child_status < 0) {
        kill(child, SIGKILL);
        waitpid(child, NULL, 0);
    }
    return 0;
}
