/*
 * main.c -- entry point of the quotescore tool: dispatches subcommands.
 *
 * Usage and version live here; each subcommand parses its own options in
 * its cmd_*.c file.  Nothing here touches the library beyond the header.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "quotescore.h"

#ifndef QS_SHARE_LEXICONS
#define QS_SHARE_LEXICONS "/usr/local/share/quotescore/lexicons"
#endif

static void usage(FILE *out) {
  fprintf(out,
          "usage: quotescore SUBCOMMAND [options] [FILE...]\n"
          "\n"
          "subcommands:\n"
          "  extract   documents (JSONL or --text) -> quotes with speakers\n"
          "  eval      gold vs predictions -> metrics, gates\n"
          "\n"
          "Run 'quotescore SUBCOMMAND --help' for the options of each.\n"
          "Exit codes: 0 ok, 1 below threshold, 2 usage, 3 bad input,\n"
          "4 bad lexicon/model, 5 database, 6 I/O.\n");
}

/* The lexicons beside the binary: build/quotescore -> ../lexicons, so a
 * binary run from another folder still finds the repository's. */
static const char *beside_binary(void) {
  static char dir[4096];
  struct stat st;
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0) return NULL;
  exe[n] = '\0';
  char *slash = strrchr(exe, '/');
  if (!slash) return NULL;
  *slash = '\0';
  char probe[4200];
  if (strlen(exe) + sizeof "/../lexicons" > sizeof dir) return NULL;
  memcpy(dir, exe, strlen(exe));
  memcpy(dir + strlen(exe), "/../lexicons", sizeof "/../lexicons");
  snprintf(probe, sizeof probe, "%s/cues.tsv", dir);
  return stat(probe, &st) == 0 ? dir : NULL;
}

const char *qs_cli_lexicon_dir(const char *override) {
  struct stat st;
  const char *env, *near;
  if (override && *override) return override;
  env = getenv("QUOTESCORE_LEXICONS");
  if (env && *env) return env;
  if (stat("lexicons/cues.tsv", &st) == 0) return "lexicons";
  near = beside_binary();
  return near ? near : QS_SHARE_LEXICONS;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    usage(stderr);
    return QS_EXIT_USAGE;
  }
  if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
    usage(stdout);
    return QS_EXIT_OK;
  }
  if (!strcmp(argv[1], "--version")) {
    printf("quotescore %s\n", QS_VERSION);
    return QS_EXIT_OK;
  }
  if (!strcmp(argv[1], "extract")) return qs_cmd_extract(argc - 1, argv + 1);
  if (!strcmp(argv[1], "eval")) return qs_cmd_eval(argc - 1, argv + 1);
  fprintf(stderr, "quotescore: unknown subcommand '%s'\n", argv[1]);
  usage(stderr);
  return QS_EXIT_USAGE;
}
