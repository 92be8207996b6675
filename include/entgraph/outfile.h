/*
 * entgraph/outfile.h - output files that are never half-written.
 *
 * eg_outfile_open() gives a FILE* for `path`: standard output for NULL or "-"; the file itself
 * for special files (pipes, character devices such as /dev/stdout or /dev/full); otherwise a
 * temporary file in the same directory that eg_outfile_commit() renames over `path` only after
 * every byte was written and flushed. eg_outfile_abort() removes the temporary file, so a failed
 * run never leaves a partial output and never replaces the previous one. New files get mode
 * 0666 less the umask; a replaced regular file keeps its mode; a symbolic link given as `path`
 * is replaced by the new file, never followed into its target.
 *
 * Ownership: an open eg_outfile owns its FILE* and paths until eg_outfile_commit() or
 * eg_outfile_abort(), exactly one of which must be called. Threads: distinct outfiles may be
 * used from distinct threads at once.
 */
#ifndef ENTGRAPH_OUTFILE_H
#define ENTGRAPH_OUTFILE_H

#include <stdbool.h>
#include <stdio.h>

#include "entgraph/error.h"
#include "entgraph/visibility.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct eg_outfile {
    FILE *fp;        /* where to write */
    char *path;      /* final path, or NULL for standard output */
    char *tmp;       /* temporary path, or NULL when writing in place */
    bool close_fp;   /* fp is ours to close */
} eg_outfile;

/** Open `path` for writing as described above. Errors: EG_ERR_IO naming the path and the
 *  reason (the directory is not writable, ...), EG_ERR_NOMEM. O(1). */
EG_API eg_status eg_outfile_open(eg_outfile *of, const char *path, eg_error *err);
/** Whether `path` is under /dev or /proc, or names an existing special file (device, pipe,
 *  socket; links followed): eg_outfile_open writes those in place. */
EG_API bool eg_outfile_is_special(const char *path);
/** Install SIGINT/SIGTERM/SIGHUP handlers that unlink the open temporary files, then let the
 *  signal take its default effect. For programs (it changes process-wide signal handling);
 *  signals the caller ignores stay ignored. */
EG_API void eg_outfile_cleanup_on_signals(void);
/** Flush, check for write errors, close and rename into place (in a batch, below: the rename
 *  waits for the batch's commit). Always releases `of`.
 *  Errors: EG_ERR_IO naming the path (a full disk, a closed pipe); the old file is kept. */
EG_API eg_status eg_outfile_commit(eg_outfile *of, eg_error *err);
/** Discard: close and unlink the temporary file. Accepts a zeroed struct. */
EG_API void eg_outfile_abort(eg_outfile *of);

/** Write several outputs as one (build -o a.json -o b.svg): after eg_outfile_batch_begin(),
 *  eg_outfile_commit() in this thread writes, flushes and closes the temporary file but leaves
 *  its rename to eg_outfile_batch_commit(), which renames every held file in the order they
 *  were committed; eg_outfile_batch_abort() removes them, so every existing output is left as
 *  it was when one of the set fails. Files written in place (standard output, special files)
 *  are written as they come. A signal removes the held files (eg_outfile_cleanup_on_signals);
 *  during the renames SIGINT, SIGTERM and SIGHUP wait, so the set is either old or new. A
 *  rename that fails (the directory changed meanwhile) leaves the files before it renamed.
 *  Batches do not nest: a new one drops the one left open. Ownership: the batch owns the held
 *  files until its commit or abort, exactly one of which must follow the begin. */
EG_API void eg_outfile_batch_begin(void);
/** Rename the held files into place and end the batch. Errors: EG_ERR_IO naming the path
 *  whose rename failed; the files after it are removed. O(files). */
EG_API eg_status eg_outfile_batch_commit(eg_error *err);
/** Remove the held files and end the batch. A no-op without one. */
EG_API void eg_outfile_batch_abort(void);

#ifdef __cplusplus
}
#endif
#endif
