/*
 * doc.c -- the public document API: runs the stages and hands out views.
 *
 * qs_doc_analyze decodes, tokenizes, scans quotation marks, splits
 * sentences and attributes speakers, in that order; each stage only reads
 * what the earlier ones left in the document.  Everything lives in the
 * document's arena, so qs_doc_free is one release.  Accessors return views
 * whose strings are borrowed from the arena.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qs_internal.h"

qs_quote *qs_doc_add_quote(qs_doc *d) {
  qs_quote *nq =
      qs_arena_reserve(&d->arena, d->q, d->nq, &d->qcap, sizeof *d->q, 32);
  if (!nq) return NULL;
  d->q = nq;
  qs_quote *q = &d->q[d->nq++];
  memset(q, 0, sizeof *q);
  q->spk_s = q->spk_e = q->cue_s = q->cue_e = -1;
  q->sent = -1;
  q->tok_s = q->tok_e = -1;
  return q;
}

static int finish_quotes(qs_doc *d, qs_error *err) {
  for (uint32_t i = 0; i < d->nq; i++) {
    qs_quote *q = &d->q[i];
    q->text = qs_arena_strndup(&d->arena, d->bytes + d->boff[q->s],
                               d->boff[q->e] - d->boff[q->s]);
    if (!q->text) {
      qs_error_set(err, QS_ERR_NOMEM, -1, "out of memory");
      return -1;
    }
    if (!q->rule) q->rule = "none";
  }
  return 0;
}

qs_doc *qs_doc_analyze(const qs_engine *engine, const char *id,
                       const char *text, size_t len, const qs_options *opts,
                       qs_error *err) {
  qs_error_clear(err);
  if (!engine || (!text && len)) {
    qs_error_set(err, QS_ERR_USAGE, -1, "qs_doc_analyze: no engine or text");
    return NULL;
  }
  qs_doc *d = calloc(1, sizeof *d);
  if (!d) {
    qs_error_set(err, QS_ERR_NOMEM, -1, "out of memory");
    return NULL;
  }
  qs_arena_init(&d->arena);
  d->engine = engine;
  d->id = qs_arena_strndup(&d->arena, id ? id : "", id ? strlen(id) : 0);
  if (!d->id) {
    qs_error_set(err, QS_ERR_NOMEM, -1, "out of memory");
    goto fail;
  }
  if (qs_text_decode(d, text ? text : "", len, opts, err) != 0 ||
      qs_text_tokenize(d, err) != 0 || qs_scan_quotes(d, err) != 0 ||
      qs_text_sentences(d, err) != 0 || qs_attribute(d, err) != 0 ||
      finish_quotes(d, err) != 0)
    goto fail;
  return d;
fail:
  if (err && id) snprintf(err->where, sizeof err->where, "%s", id);
  qs_doc_free(d);
  return NULL;
}

void qs_doc_free(qs_doc *doc) {
  if (!doc) return;
  qs_arena_release(&doc->arena);
  free(doc);
}

size_t qs_doc_quote_count(const qs_doc *doc) { return doc ? doc->nq : 0; }

const char *qs_doc_id(const qs_doc *doc) { return doc ? doc->id : NULL; }

const char *qs_doc_text(const qs_doc *doc, size_t *len) {
  if (len) *len = doc ? doc->nbytes : 0;
  return doc ? doc->bytes : NULL;
}

long qs_doc_length(const qs_doc *doc) { return doc ? (long)doc->n : 0; }

int qs_doc_quote(const qs_doc *doc, size_t i, qs_quote_view *out) {
  if (!doc || !out || i >= doc->nq) return -1;
  const qs_quote *q = &doc->q[i];
  memset(out, 0, sizeof *out);
  out->start = q->s;
  out->end = q->e;
  out->byte_start = doc->boff[q->s];
  out->byte_end = doc->boff[q->e];
  out->type = (qs_quote_type)q->type;
  out->text = q->text;
  out->speaker = q->speaker;
  out->speaker_mention = q->mention;
  out->speaker_start = q->spk_s;
  out->speaker_end = q->spk_e;
  out->speaker_kind = (qs_speaker_kind)q->speaker_kind;
  out->speaker_role = q->role;
  out->cue = q->cue;
  out->cue_start = q->cue_s;
  out->cue_end = q->cue_e;
  out->confidence = q->confidence;
  out->rule = q->rule;
  out->paragraph = q->para;
  out->qid = NULL;
  out->part = 0;
  out->nparts = 1;
  return 0;
}

const char *qs_quote_type_name(qs_quote_type t) {
  switch (t) {
  case QS_DIRECT: return "direct";
  case QS_PARTIAL: return "partial";
  case QS_INDIRECT: return "indirect";
  }
  return "direct";
}

const char *qs_speaker_kind_name(qs_speaker_kind k) {
  switch (k) {
  case QS_SPEAKER_PERSON: return "person";
  case QS_SPEAKER_ORGANIZATION: return "organization";
  case QS_SPEAKER_PRONOUN: return "pronoun";
  case QS_SPEAKER_GROUP: return "group";
  case QS_SPEAKER_UNKNOWN: return "unknown";
  case QS_SPEAKER_NONE: break;
  }
  return NULL;
}
