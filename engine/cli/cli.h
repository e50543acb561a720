/*
 * cli.h -- shared pieces of the quotescore command-line tool.
 *
 * Each subcommand lives in its own cmd_*.c file and is reached from main.c.
 * The CLI talks to the library only through quotescore.h.
 */
#ifndef QS_CLI_H
#define QS_CLI_H

#include <stdio.h>

/* Exit codes of the quotescore binary (DESIGN.md section 5). */
typedef enum {
  QS_EXIT_OK = 0,      /* success */
  QS_EXIT_BELOW = 1,   /* an evaluation fell below its threshold */
  QS_EXIT_USAGE = 2,   /* bad command line */
  QS_EXIT_INPUT = 3,   /* bad input record(s) */
  QS_EXIT_LEXICON = 4, /* bad lexicon or model file */
  QS_EXIT_DB = 5,      /* database error */
  QS_EXIT_IO = 6       /* I/O error */
} qs_exit_code;

/* Each returns a qs_exit_code.  argv[0] is the subcommand name. */
int qs_cmd_extract(int argc, char **argv);
int qs_cmd_eval(int argc, char **argv);

/* The lexicon folder: --lexicons, else $QUOTESCORE_LEXICONS, else
 * ./lexicons when present, else ../lexicons beside the binary (a build
 * tree), else the installed share folder.  Borrowed static string. */
const char *qs_cli_lexicon_dir(const char *override);

#endif
