/* cmd_pending.c - commands whose implementation has not landed yet (removed as each lands). */
#include "commands.h"

int cmd_train(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errorf("train: not available in this build yet");
    return EG_EXIT_ERROR;
}

int cmd_tag(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errorf("tag: not available in this build yet");
    return EG_EXIT_ERROR;
}

int cmd_eval(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errorf("eval: not available in this build yet");
    return EG_EXIT_ERROR;
}
