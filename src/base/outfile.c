/*
 * outfile.c - temporary file + rename, or in-place writes for special files. See outfile.h.
 *
 * The temporary file is created next to the output with O_EXCL and mode 0666, so the umask
 * applies (mkstemp's 0600 followed by a fixed chmod 0644 made every output world-readable);
 * when it replaces an existing regular file it takes that file's permission bits, so a 0600
 * file stays 0600. A symbolic link given as the output is replaced by the new file, as `mv`
 * would replace it: the link is never followed into its target (a link planted in /tmp by
 * another user made entgraph overwrite the file it pointed to). Only special files (devices,
 * pipes) and paths under /dev and /proc (/dev/stdout may name a regular file) are opened
 * through the path and written in place, never truncated when they are standard output's
 * file. A temporary name is NAME.tmp.XXXXXX, or .entgraph.tmp.XXXXXX beside a long NAME.
 *
 * Temporary paths are registered in a fixed table that a SIGINT/SIGTERM/SIGHUP handler
 * unlinks (unlink and raise are async-signal-safe) before the signal takes its default
 * effect, so an interrupted run leaves no *.tmp.* file.
 *
 * A batch (several -o) holds the renames: each commit closes its written temporary file and
 * keeps it, still registered for the signals, in the thread's batch; the batch's commit renames
 * them all with those signals blocked, its abort removes them, so a failure in the third
 * output leaves the first two old files in place.
 */
#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

/* ---- temporary paths removed on a signal ------------------------------------------------- */

#define MAX_TEMPS 64

/* Registered temporary paths (NULL: a free slot). Threads writing files at once take slots
 * with a compare-and-swap; the signal handler only reads them (lock-free atomics are
 * async-signal-safe). */
static _Atomic(char *) temps[MAX_TEMPS];

static void register_temp(const char *path)
{
    for (size_t i = 0; i < MAX_TEMPS; i++) {
        char *expected = NULL;
        if (atomic_compare_exchange_strong(&temps[i], &expected, (char *)path)) {
            return;
        }
    }
    /* more outputs open at once than slots: this one is not removed on a signal */
}

static void unregister_temp(const char *path)
{
    for (size_t i = 0; i < MAX_TEMPS; i++) {
        char *expected = (char *)path;
        atomic_compare_exchange_strong(&temps[i], &expected, NULL);
    }
}

static void on_signal(int sig)
{
    for (size_t i = 0; i < MAX_TEMPS; i++) {
        char *p = atomic_load(&temps[i]);
        if (p) {
            unlink(p);
        }
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

void eg_outfile_cleanup_on_signals(void)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
        struct sigaction sa, old;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_signal;
        sigemptyset(&sa.sa_mask);
        /* a signal ignored by the caller (nohup) stays ignored */
        if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN) {
            sigaction(sigs[i], &sa, NULL);
        }
    }
}

/* ---- opening ----------------------------------------------------------------------------- */

/* /dev/stdout, /dev/fd/3, /proc/self/fd/1: names of open files, whatever they are (a regular
 * file when standard output is redirected to one): never replaced, which would turn the
 * system's /dev/stdout link into a regular file */
static bool in_dev(const char *path)
{
    return strncmp(path, "/dev/", 5) == 0 || strncmp(path, "/proc/", 6) == 0;
}

bool eg_outfile_is_special(const char *path)
{
    struct stat st;
    if (!path || strcmp(path, "-") == 0) {
        return false;
    }
    if (in_dev(path)) {
        return true;
    }
    return stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

/* A stream on fd, or NULL with errno set (fd closed). */
static FILE *stream_of(int fd)
{
    FILE *fp = fdopen(fd, "w");
    if (!fp) {
        int e = errno;
        close(fd);
        errno = e;
    }
    return fp;
}

/* A special file, opened through the path (links followed: /dev/stdout is one). NULL with
 * errno set when it cannot be opened; *regular when the path turned out to be a regular file
 * (replaced between stat and open): the caller then writes a temporary file instead. */
static FILE *open_special(const char *path, bool *regular)
{
    *regular = false;
    int fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        close(fd);
        *regular = true;
        return NULL;
    }
    return stream_of(fd);
}

/* A duplicate (close-on-exec) of standard output or standard error when `path` names its
 * open file (/dev/stdout, /proc/self/fd/2, or what they point to) and it is open for
 * writing, so the output shares its offset and O_APPEND; else -1. */
static int dup_std(const char *path)
{
    struct stat st, sst;
    if (stat(path, &st) != 0) {
        return -1;
    }
    for (int fd = STDOUT_FILENO; fd <= STDERR_FILENO; fd++) {
        int fl = fcntl(fd, F_GETFL);
        if (fl >= 0 && (fl & O_ACCMODE) != O_RDONLY && fstat(fd, &sst) == 0 &&
            sst.st_dev == st.st_dev && sst.st_ino == st.st_ino) {
            return fcntl(fd, F_DUPFD_CLOEXEC, 0);
        }
    }
    return -1;
}

/* A path under /dev or /proc, written in place. Standard output's own file is written through
 * its descriptor: `-o /dev/stdout >> log` appends (opened anew with O_TRUNC, it emptied the
 * file standard output appends to). Anything else is opened without O_TRUNC and emptied only
 * when it is a regular file (one in /dev/shm), as fopen's "w" did. NULL with errno set. */
static FILE *open_in_dev(const char *path)
{
    int fd = dup_std(path);
    if (fd >= 0) {
        return stream_of(fd);
    }
    fd = open(path, O_WRONLY | O_CREAT | O_NOCTTY | O_CLOEXEC, 0666);
    if (fd < 0) {
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ftruncate(fd, 0) != 0) {
        int e = errno;
        close(fd);
        errno = e;
        return NULL;
    }
    return stream_of(fd);
}

/* The temporary path for `path` (malloc'd, or NULL), ending in the XXXXXX that create_temp
 * fills: PATH.tmp.XXXXXX, or DIR/.entgraph.tmp.XXXXXX when the file name would pass NAME_MAX
 * (a legal output name of 245 to 255 bytes failed with "File name too long"). */
static char *temp_path(const char *path)
{
    static const char suffix[] = ".tmp.XXXXXX", short_name[] = ".entgraph.tmp.XXXXXX";
    const char *slash = strrchr(path, '/');
    size_t n = strlen(path), dir = slash ? (size_t)(slash + 1 - path) : 0;
    bool fits = n - dir + strlen(suffix) <= NAME_MAX;
    size_t keep = fits ? n : dir;
    const char *tail = fits ? suffix : short_name;
    char *tmp = malloc(keep + strlen(tail) + 1);
    if (tmp) {
        memcpy(tmp, path, keep);
        strcpy(tmp + keep, tail);
    }
    return tmp;
}

/* A temporary path from temp_path created with O_EXCL and mode 0666 (less the umask); -1 with
 * errno set */
static int create_temp(char *tmp, size_t n)
{
    static const char digits[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t x = (uint64_t)ts.tv_nsec * 0x9E3779B97F4A7C15ULL ^ (uint64_t)getpid() << 32 ^
                 (uint64_t)(uintptr_t)tmp;
    for (int attempt = 0; attempt < 100; attempt++) {
        for (size_t i = n - 6; i < n; i++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            tmp[i] = digits[x % 36];
        }
        int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) {
            return fd;
        }
    }
    errno = EEXIST;
    return -1;
}

eg_status eg_outfile_open(eg_outfile *of, const char *path, eg_error *err)
{
    memset(of, 0, sizeof *of);
    if (!path || strcmp(path, "-") == 0) {
        of->fp = stdout;
        return EG_OK;
    }
    struct stat st, lst;
    bool exists = stat(path, &st) == 0;
    bool linked = lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode);
    if (exists && S_ISDIR(st.st_mode)) {
        return eg_error_set(err, EG_ERR_IO, "%s: Is a directory", path);
    }
    of->path = eg_strdup(path);
    if (!of->path) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    if (in_dev(path)) {
        of->fp = open_in_dev(path);
        if (!of->fp) {
            int e = errno;
            eg_outfile_abort(of);
            return eg_error_set(err, EG_ERR_IO, "%s: %s", path, strerror(e));
        }
        of->close_fp = true;
        return EG_OK;
    }
    if (exists && !S_ISREG(st.st_mode)) {
        /* devices, pipes and sockets are written in place, never replaced */
        bool regular = false;
        of->fp = open_special(path, &regular);
        if (of->fp) {
            of->close_fp = true;
            return EG_OK;
        }
        if (!regular) {
            int e = errno;
            eg_outfile_abort(of);
            return eg_error_set(err, EG_ERR_IO, "%s: %s", path, strerror(e));
        }
        linked = lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode);
        exists = stat(path, &st) == 0;
    }
    of->tmp = temp_path(path);
    if (!of->tmp) {
        eg_outfile_abort(of);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    int fd = create_temp(of->tmp, strlen(of->tmp));
    if (fd < 0) {
        int e = errno;
        free(of->tmp);
        of->tmp = NULL;
        eg_outfile_abort(of);
        return eg_error_set(err, EG_ERR_IO, "%s: %s", path, strerror(e));
    }
    register_temp(of->tmp);
    if (exists && !linked && S_ISREG(st.st_mode)) {
        fchmod(fd, st.st_mode & 07777); /* the file replaced keeps its permissions */
    }
    of->fp = fdopen(fd, "w");
    if (!of->fp) {
        int e = errno;
        close(fd);
        eg_outfile_abort(of);
        return eg_error_set(err, EG_ERR_IO, "%s: %s", path, strerror(e));
    }
    of->close_fp = true;
    return EG_OK;
}

/* ---- committing ------------------------------------------------------------------------ */

/* A written temporary file whose rename waits for the batch's commit. */
typedef struct held_file {
    char *tmp;  /* registered for signals until renamed or removed */
    char *path; /* the output it replaces */
} held_file;

/* The outputs of this thread's batch: on between eg_outfile_batch_begin() and its commit or
 * abort. */
typedef struct out_batch {
    bool on;
    held_file *files; /* in the order they were committed */
    size_t n, cap;
} out_batch;

static _Thread_local out_batch batch;

/* Give of's temporary file and path to the batch (of keeps neither); false when out of
 * memory. */
static bool hold(eg_outfile *of)
{
    if (batch.n == batch.cap) {
        size_t cap = batch.cap ? 2 * batch.cap : 8;
        held_file *grown = realloc(batch.files, cap * sizeof *grown);
        if (!grown) {
            return false;
        }
        batch.files = grown;
        batch.cap = cap;
    }
    batch.files[batch.n++] = (held_file){of->tmp, of->path};
    of->tmp = NULL;
    of->path = NULL;
    return true;
}

eg_status eg_outfile_commit(eg_outfile *of, eg_error *err)
{
    const char *shown = of->path ? of->path : "standard output";
    int failed = 0, e = 0;
    if (fflush(of->fp) != 0 || ferror(of->fp)) {
        failed = 1;
        e = errno;
    }
    if (of->close_fp) {
        if (fclose(of->fp) != 0 && !failed) {
            failed = 1;
            e = errno;
        }
        of->fp = NULL;
    }
    if (!failed && of->tmp && batch.on) {
        if (!hold(of)) {
            failed = 1;
            e = ENOMEM;
        }
    } else if (!failed && of->tmp && rename(of->tmp, of->path) != 0) {
        failed = 1;
        e = errno;
    }
    eg_status st = EG_OK;
    if (failed) {
        st = eg_error_set(err, EG_ERR_IO, "%s: %s", shown, strerror(e ? e : EIO));
    } else if (of->tmp) {
        unregister_temp(of->tmp);
        free(of->tmp);
        of->tmp = NULL;
    }
    eg_outfile_abort(of);
    return st;
}

void eg_outfile_abort(eg_outfile *of)
{
    if (!of) {
        return;
    }
    if (of->fp && of->close_fp) {
        fclose(of->fp);
    }
    if (of->tmp) {
        unlink(of->tmp);
        unregister_temp(of->tmp);
    }
    free(of->tmp);
    free(of->path);
    memset(of, 0, sizeof *of);
}

/* ---- batches ----------------------------------------------------------------------------- */

void eg_outfile_batch_begin(void)
{
    eg_outfile_batch_abort(); /* one left open is dropped */
    batch.on = true;
}

/* End the batch: the held files from `from` on are removed (those before it were renamed). */
static void batch_end(size_t from)
{
    for (size_t i = 0; i < batch.n; i++) {
        if (i >= from) {
            unlink(batch.files[i].tmp);
        }
        unregister_temp(batch.files[i].tmp);
        free(batch.files[i].tmp);
        free(batch.files[i].path);
    }
    free(batch.files);
    memset(&batch, 0, sizeof batch);
}

eg_status eg_outfile_batch_commit(eg_error *err)
{
    /* a signal between two renames would leave the set half old, half new: it waits */
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    size_t done = 0;
    int e = 0;
    while (done < batch.n && !e) {
        e = rename(batch.files[done].tmp, batch.files[done].path) == 0 ? 0 : errno;
        done += !e;
    }
    eg_status st = EG_OK;
    if (e) {
        st = eg_error_set(err, EG_ERR_IO, "%s: %s", batch.files[done].path, strerror(e));
    }
    batch_end(done);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return st;
}

void eg_outfile_batch_abort(void)
{
    batch_end(0);
}
