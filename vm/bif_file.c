/* bif_file.c — the few file operations the code tools and the shell
 * need: file:read_file/1, write_file/2, delete/1, get_cwd/0, set_cwd/1,
 * list_dir/1 and filelib:is_file/1, is_dir/1.  Errors are {error, Posix}
 * as in OTP (enoent, eacces, ...). */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bif.h"
#include "loader.h"
#include "print.h"
#include "vm.h"

bool bif_file_name(Process *p, Term t, Buf *b) {
    b->len = 0;
    if (term_is_atom(t)) {
        size_t n;
        const char *s = atom_name(p->vm->atoms, term_atom(t), &n);
        buf_add(b, s, n);
    } else if (term_is_binary(t)) {
        BitView v = term_bits(t);
        buf_add(b, v.data + v.offset / 8, v.bits / 8);
    } else {
        for (; term_is_cons(t); t = term_tl(t)) {
            Term c = term_hd(t);
            if (!term_is_small(c) || term_small(c) < 1 || term_small(c) > 0x10ffff) return false;
            print_utf8(b, (uint32_t)term_small(c));
        }
        if (t != TERM_NIL) return false;
    }
    buf_addc(b, '\0');
    b->len--;
    return memchr(b->data, '\0', b->len) == NULL;
}

static Term posix_error(Process *p, int err) {
    const char *name;
    switch (err) {
    case ENOENT: name = "enoent"; break;
    case EACCES: name = "eacces"; break;
    case EISDIR: name = "eisdir"; break;
    case ENOTDIR: name = "enotdir"; break;
    case EEXIST: name = "eexist"; break;
    case ENOSPC: name = "enospc"; break;
    case EPERM: name = "eperm"; break;
    default: name = "einval"; break;
    }
    Term a = term_from_atom(atom_intern(p->vm->atoms, name, strlen(name)));
    return heap_tuple2(p, T_ATOM(ERROR), a);
}

#define NAME_ARG(b, t)                       \
    Buf b = {0};                             \
    if (!bif_file_name(p, (t), &b)) {            \
        buf_free(&b);                        \
        RAISE_BADARG(p);                     \
    }

Term bif_file_read_file_1(Process *p, Term *a) {
    NAME_ARG(name, a[0]);
    struct stat st;
    if (stat(name.data, &st) == 0 && S_ISDIR(st.st_mode)) {
        buf_free(&name);
        return posix_error(p, EISDIR);
    }
    size_t len;
    uint8_t *data = load_read_file(name.data, &len);
    int err = errno;
    buf_free(&name);
    if (!data) return posix_error(p, err);
    Term bin = heap_binary(p, data, len);
    free(data);
    return heap_tuple2(p, T_ATOM(OK), bin);
}

Term bif_file_write_file_2(Process *p, Term *a) {
    NAME_ARG(name, a[0]);
    Term bin = bif_iolist_to_binary(p, a[1]);
    if (bin == THE_NON_VALUE) {
        buf_free(&name);
        RAISE_BADARG(p);
    }
    BitView data = term_bits(bin);
    size_t len = data.bits / 8;
    FILE *f = fopen(name.data, "wb");
    int err = errno;
    bool ok = f && fwrite(data.data + data.offset / 8, 1, len, f) == len;
    if (f && fclose(f) != 0) ok = false;
    if (f && !ok) err = errno;
    buf_free(&name);
    return ok ? T_ATOM(OK) : posix_error(p, err);
}

Term bif_file_delete_1(Process *p, Term *a) {
    NAME_ARG(name, a[0]);
    int r = unlink(name.data), err = errno;
    buf_free(&name);
    return r == 0 ? T_ATOM(OK) : posix_error(p, err);
}

Term bif_file_get_cwd_0(Process *p, Term *a) {
    (void)a;
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf)) return posix_error(p, errno);
    return heap_tuple2(p, T_ATOM(OK), heap_string(p, buf, strlen(buf)));
}

Term bif_file_set_cwd_1(Process *p, Term *a) {
    NAME_ARG(name, a[0]);
    int r = chdir(name.data), err = errno;
    buf_free(&name);
    return r == 0 ? T_ATOM(OK) : posix_error(p, err);
}

Term bif_file_list_dir_1(Process *p, Term *a) {
    NAME_ARG(name, a[0]);
    DIR *d = opendir(name.data);
    int err = errno;
    buf_free(&name);
    if (!d) return posix_error(p, err);
    Term l = TERM_NIL;
    for (struct dirent *e; (e = readdir(d));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        l = heap_cons(p, heap_string(p, e->d_name, strlen(e->d_name)), l);
    }
    closedir(d);
    return heap_tuple2(p, T_ATOM(OK), l);
}

static Term is_kind(Process *p, Term t, bool dir) {
    Buf name = {0};
    if (!bif_file_name(p, t, &name)) {
        buf_free(&name);
        return T_FALSE;
    }
    struct stat st;
    bool r = stat(name.data, &st) == 0 && (dir ? S_ISDIR(st.st_mode) : true);
    buf_free(&name);
    return r ? T_TRUE : T_FALSE;
}

Term bif_filelib_is_file_1(Process *p, Term *a) { return is_kind(p, a[0], false); }
Term bif_filelib_is_dir_1(Process *p, Term *a) { return is_kind(p, a[0], true); }
