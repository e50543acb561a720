/*
 * arena.c -- the per-document bump allocator and the error helpers.
 *
 * One arena per document: every span, token and string of a document comes
 * from it and is released by one qs_arena_release.  Chunks grow
 * geometrically so a document of n bytes costs O(log n) mallocs.  Also the
 * static status-message table and qs_error_set (no printing here).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qs_internal.h"

struct qs_arena_chunk {
  qs_arena_chunk *next; /* older chunk */
  size_t cap;           /* usable bytes in data */
  size_t used;          /* bytes handed out from data */
  _Alignas(16) unsigned char data[];
};

void qs_arena_init(qs_arena *a) {
  a->head = NULL;
  a->total = 0;
}

void qs_arena_release(qs_arena *a) {
  qs_arena_chunk *c = a->head;
  while (c) {
    qs_arena_chunk *next = c->next;
    free(c);
    c = next;
  }
  a->head = NULL;
  a->total = 0;
}

void *qs_arena_alloc_raw(qs_arena *a, size_t size) {
  qs_arena_chunk *c = a->head;
  size_t need = (size + 15u) & ~(size_t)15u;
  if (need < size) return NULL; /* overflow */
  if (!c || c->cap - c->used < need) {
    size_t cap = c ? c->cap * 2 : 16384;
    if (cap > ((size_t)8 << 20)) cap = (size_t)8 << 20;
    if (cap < need) cap = need;
    c = malloc(sizeof(*c) + cap);
    if (!c) return NULL;
    c->next = a->head;
    c->cap = cap;
    c->used = 0;
    a->head = c;
  }
  void *p = c->data + c->used;
  c->used += need;
  a->total += need;
  return p;
}

void *qs_arena_alloc(qs_arena *a, size_t size) {
  void *p = qs_arena_alloc_raw(a, size);
  if (p) memset(p, 0, size);
  return p;
}

void *qs_arena_reserve(qs_arena *a, void *arr, size_t n, uint32_t *cap,
                       size_t size, uint32_t first) {
  if (n < *cap) return arr;
  uint32_t ncap = *cap ? *cap * 2 : first;
  if (ncap <= *cap) return NULL; /* overflow */
  /* Raw: every caller writes an element before reading it. */
  unsigned char *na = qs_arena_alloc_raw(a, (size_t)ncap * size);
  if (!na) return NULL;
  if (n) memcpy(na, arr, n * size);
  *cap = ncap;
  return na;
}

char *qs_arena_strndup(qs_arena *a, const char *s, size_t n) {
  char *p = qs_arena_alloc_raw(a, n + 1); /* every byte is written below */
  if (!p) return NULL;
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

static const char *const messages[] = {
    "ok",                              /* QS_OK */
    "out of memory",                   /* QS_ERR_NOMEM */
    "invalid UTF-8",                   /* QS_ERR_UTF8 */
    "malformed JSON",                  /* QS_ERR_JSON */
    "invalid record",                  /* QS_ERR_INPUT */
    "malformed lexicon or model file", /* QS_ERR_LEXICON */
    "I/O error",                       /* QS_ERR_IO */
    "size limit exceeded",             /* QS_ERR_LIMIT */
    "invalid argument",                /* QS_ERR_USAGE */
};

const char *qs_status_message(qs_status code) {
  int i = -(int)code;
  if (i < 0 || i >= (int)(sizeof messages / sizeof messages[0]))
    return "unknown status";
  return messages[i];
}

void qs_error_clear(qs_error *err) {
  if (!err) return;
  err->code = QS_OK;
  err->line = 0;
  err->offset = -1;
  err->where[0] = '\0';
  err->message[0] = '\0';
}

void qs_error_setv(qs_error *err, qs_status code, long line, const char *where,
                   const char *prefix, const char *fmt, va_list ap) {
  char msg[400];
  if (!err) return;
  vsnprintf(msg, sizeof msg, fmt, ap);
  err->code = code;
  err->line = line;
  err->offset = -1;
  snprintf(err->where, sizeof err->where, "%.250s", where ? where : "");
  snprintf(err->message, sizeof err->message, "%.100s%s", prefix ? prefix : "",
           msg);
}

void qs_error_set(qs_error *err, qs_status code, long offset, const char *fmt,
                  ...) {
  va_list ap;
  if (!err) return;
  err->code = code;
  err->offset = offset;
  va_start(ap, fmt);
  vsnprintf(err->message, sizeof err->message, fmt, ap);
  va_end(ap);
}
