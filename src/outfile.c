/*
 * outfile.c - temporary file + rename, or in-place writes for special files. See outfile.h.
 */
#include "outfile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

eg_status eg_outfile_open(eg_outfile *of, const char *path, eg_error *err)
{
    memset(of, 0, sizeof *of);
    if (!path || strcmp(path, "-") == 0) {
        of->fp = stdout;
        return EG_OK;
    }
    struct stat st, lst;
    bool is_link = lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode);
    bool dev = strncmp(path, "/dev/", 5) == 0 || strncmp(path, "/proc/", 6) == 0;
    if (is_link && !dev) {
        /* replace the file the link points to, not the link */
        char *real = realpath(path, NULL);
        if (real && stat(real, &st) == 0 && S_ISREG(st.st_mode)) {
            eg_status rs = eg_outfile_open(of, real, err);
            free(real);
            return rs;
        }
        free(real);
    }
    /* devices, pipes and /dev/stdout-style links are written in place, never replaced */
    bool exists = stat(path, &st) == 0;
    if (dev || (exists && !S_ISREG(st.st_mode))) {
        if (exists && S_ISDIR(st.st_mode)) {
            return eg_error_set(err, EG_ERR_IO, "%s: Is a directory", path);
        }
        of->fp = fopen(path, "w");
        if (!of->fp) {
            return eg_error_set(err, EG_ERR_IO, "%s: %s", path, strerror(errno));
        }
        of->close_fp = true;
        of->path = eg_strdup(path);
        return of->path ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    size_t n = strlen(path);
    of->path = eg_strdup(path);
    of->tmp = malloc(n + 16);
    if (!of->path || !of->tmp) {
        eg_outfile_abort(of);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    memcpy(of->tmp, path, n);
    memcpy(of->tmp + n, ".tmp.XXXXXX", 12);
    int fd = mkstemp(of->tmp);
    if (fd < 0) {
        int e = errno;
        free(of->tmp);
        of->tmp = NULL;
        eg_outfile_abort(of);
        return eg_error_set(err, EG_ERR_IO, "%s: %s", path, strerror(e));
    }
    fchmod(fd, 0644 & ~0u);
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
    if (!failed && of->tmp && rename(of->tmp, of->path) != 0) {
        failed = 1;
        e = errno;
    }
    eg_status st = EG_OK;
    if (failed) {
        st = eg_error_set(err, EG_ERR_IO, "%s: %s", shown, strerror(e ? e : EIO));
    } else {
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
    }
    free(of->tmp);
    free(of->path);
    memset(of, 0, sizeof *of);
}
