/* main.c - entgraph command-line entry point: dispatches to one cmd_<verb>.c per subcommand. */
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "entgraph: no command yet\n");
    return 2;
}
