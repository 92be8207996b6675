/*
 * outputs.c - the commands' output files (commands.h): an output that is one of the inputs is
 * refused before any work (`build a.txt -f json -o a.txt` replaced the article by its graph;
 * merge alone may update a graph in place), and the -o of one run are replaced together or not
 * at all (entgraph/outfile.h's batch).
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <entgraph/entgraph.h>

#include "commands.h"

int cli_outputs_end(int rc)
{
    if (rc != EG_EXIT_OK) {
        eg_outfile_batch_abort();
        return rc;
    }
    eg_error err = {0};
    return eg_outfile_batch_commit(&err) == EG_OK ? EG_EXIT_OK : cli_fail(&err);
}

/* Whether `out` would replace the regular file `in`: the same device and inode. An output
 * that is a symbolic link is replaced, not followed (outfile.h), so only a file written in
 * place (/dev/stdout) is reached through its links. */
static bool same_file(const char *out, const char *in)
{
    struct stat so, si;
    int rc = eg_outfile_is_special(out) ? stat(out, &so) : lstat(out, &so);
    return rc == 0 && S_ISREG(so.st_mode) && strcmp(in, "-") != 0 && stat(in, &si) == 0 &&
           S_ISREG(si.st_mode) && so.st_dev == si.st_dev && so.st_ino == si.st_ino;
}

int cli_check_outputs(const char *const *outs, size_t nouts, const char *const *ins,
                      size_t nins)
{
    for (size_t i = 0; i < nouts; i++) {
        for (size_t k = 0; outs[i] && k < nins; k++) {
            if (ins[k] && same_file(outs[i], ins[k])) {
                cli_errorf("%s: the output would overwrite the input %s", outs[i], ins[k]);
                return EG_EXIT_ERROR;
            }
        }
    }
    return 0;
}
