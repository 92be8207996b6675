/*
 * outputs.c - the commands' output files (commands.h): the -o of one run are replaced together
 * or not at all (entgraph/outfile.h's batch).
 */
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
