/*
 * json_io.c -- JSON in and out: records (DESIGN.md section 4), the document
 * serialiser, and the JSON pieces of evaluation (NewsMTSC lines, reports
 * read back for --compare, gates files).
 *
 * This is the only file of the project that includes <jansson.h>; no jansson
 * type leaves it.  Record lines are parsed into jansson trees; a line with a
 * long top-level "text" string is read by yajl's streaming parser (six to eight
 * times faster on news text), which builds the tree jansson would have --
 * see split_text.  It validates records (offsets inside the text,
 * known labels) and maps code-point offsets to byte offsets in one linear walk.
 * It does not analyse text and does not look inside qs_doc: documents are
 * serialised through the public accessors only.  Never prints, never exits.
 */
#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_parse.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "json_io.h"
#include "qs_internal.h"
#include "quotescore.h"

/* One parsed record.  Every string handed out is borrowed from `root`, `id`
 * or `pool` and lives until qs_record_free. */
struct qs_record {
  json_t *root;          /* the parsed object, kept for carry-through */
  char *id;              /* malloc'd, NUL-terminated */
  const char *text;      /* borrowed from root ("" when absent); NUL-ended */
  size_t text_len;       /* bytes; the text may contain NUL bytes */
  long length;           /* code points; -1 no text, -2 not counted yet */
  qs_quote_view *quotes; /* nquotes views, malloc'd */
  size_t nquotes;
  char *pool;        /* malloc'd quote texts and numeric qids */
  double score;      /* tone score, NAN when absent */
  const char *label; /* static "negative"/"neutral"/"positive" or NULL */
};

static const char *const tone_labels[] = {"negative", "neutral", "positive"};

/* ------------------------------------------------------------------ */
/* Errors                                                              */
/* ------------------------------------------------------------------ */

/* Fills err with "line N (id "X"): <message>" and its position fields. */
static void rec_error(qs_error *err, qs_status code, long lineno,
                      const char *id, const char *fmt, ...) {
  char prefix[100];
  va_list ap;
  if (id)
    snprintf(prefix, sizeof prefix, "line %ld (id \"%.60s\"): ", lineno, id);
  else
    snprintf(prefix, sizeof prefix, "line %ld: ", lineno);
  va_start(ap, fmt);
  qs_error_setv(err, code, lineno, id, prefix, fmt, ap);
  va_end(ap);
}

static void nomem(qs_error *err, long lineno) {
  rec_error(err, QS_ERR_NOMEM, lineno, NULL, "out of memory");
}

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */
/* ------------------------------------------------------------------ */

/* Code points in n bytes of UTF-8: the bytes that are not continuation
 * bytes (10xxxxxx), counted eight at a time. */
static long count_code_points(const char *s, size_t n) {
  const uint64_t high = 0x8080808080808080ull;
  long c = 0;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    memcpy(&x, s + i, 8);
    /* 0x80 in each byte whose top bits are 10 (bit 6 moved up to 7). */
    uint64_t cont = x & ~(x << 1) & high;
    c += 8 - (long)(((cont >> 7) * 0x0101010101010101ull) >> 56);
  }
  for (; i < n; i++)
    if (((unsigned char)s[i] & 0xC0u) != 0x80u) c++;
  return c;
}

static int label_index(const char *s) {
  for (int i = 0; i < 3; i++)
    if (!strcmp(s, tone_labels[i])) return i;
  return -1;
}

/* Length of the well-formed UTF-8 sequence of two to four bytes at p
 * (its lead byte p[0] >= 0x80, `left` bytes readable), or 0 when it is
 * ill-formed (overlong, a surrogate, above U+10FFFF, cut short). */
static size_t utf8_seq(const unsigned char *p, size_t left) {
  unsigned c = p[0];
  size_t k;
  unsigned long cp;
  if (c >= 0xC2 && c <= 0xDF) {
    k = 1;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    k = 2;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    k = 3;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (left <= k) return 0;
  for (size_t j = 1; j <= k; j++) {
    if ((p[j] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (p[j] & 0x3F);
  }
  if ((k == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
      (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
    return 0;
  return k + 1;
}

/* How many bytes of a word read from memory come before its first marked
 * byte (m marks bytes by their top bit, m != 0), in memory order; 0 where
 * that is not cheap to find, which leaves those bytes to the callers'
 * byte-by-byte paths (utf8_valid, jw_strn). */
static inline size_t jw_first_stop(uint64_t m) {
#if defined(__GNUC__)
  if (qs_little_endian()) return (size_t)__builtin_ctzll(m) / 8;
#endif
  (void)m;
  return 0;
}

#ifdef __SSE2__
/* How many of the sixteen bytes at p come before the first one that is
 * 0x80 or above (16 when none is). */
static inline size_t jw_ascii16(const unsigned char *p) {
  return qs_first_of16((unsigned)_mm_movemask_epi8(
      _mm_loadu_si128((const __m128i *)(const void *)p)));
}

/* How many of the sixteen bytes at p come before the first stop of a
 * plain copy (jw_stops8: 0x80 or above, a C0 control, '"' or '\\'), 16
 * when none is. */
static inline size_t jw_plain16(const unsigned char *p) {
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
  /* As signed bytes, those of 0x80 and above are below 0x20 too. */
  __m128i stop =
      _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                   _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
  return qs_first_of16((unsigned)_mm_movemask_epi8(stop));
}
#endif

/* 1 when s[0..n) is well-formed UTF-8 (no surrogates, no overlongs). */
static int utf8_valid(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      /* ASCII, eight bytes at a time while no byte has its top bit; then
       * straight to the first byte that has it. */
      uint64_t x = 0;
      i++;
#ifdef __SSE2__
      /* Sixteen at a time first (SSE2, baseline on x86-64). */
      size_t k = 16;
      while (i + 16 <= n && (k = jw_ascii16(p + i)) == 16)
        i += 16;
      if (k < 16) {
        i += k;
        continue;
      }
#endif
      while (i + 8 <= n && (memcpy(&x, p + i, 8), !(x & 0x8080808080808080ull)))
        i += 8;
      if (i + 8 <= n) i += jw_first_stop(x & 0x8080808080808080ull);
      continue;
    }
    size_t k = utf8_seq(p + i, n - i);
    if (!k) return 0;
    i += k;
  }
  return 1;
}

/* Reads an optional string field: 0 and *out (NULL when absent or null),
 * or -1 when the value is not a string. */
static int opt_string(json_t *obj, const char *key, const char **out) {
  json_t *v = json_object_get(obj, key);
  *out = NULL;
  if (!v || json_is_null(v)) return 0;
  if (!json_is_string(v)) return -1;
  *out = json_string_value(v);
  return 0;
}

/* ------------------------------------------------------------------ */
/* Records                                                             */
/* ------------------------------------------------------------------ */

static const char *const speaker_kind_names[] = {
    NULL, "person", "organization", "pronoun", "group", "unknown"};

/* Validates an optional offset field of quote qi: absent/null -> -1. */
static int opt_offset(json_t *q, const char *key, size_t qi, long length,
                      long lineno, const char *id, long *out, qs_error *err) {
  json_t *v = json_object_get(q, key);
  *out = -1;
  if (!v || json_is_null(v)) return 0;
  if (!json_is_integer(v)) {
    rec_error(err, QS_ERR_INPUT, lineno, id,
              "quotes[%zu].%s must be an integer or null", qi, key);
    return -1;
  }
  json_int_t x = json_integer_value(v);
  if (x < 0 || (length >= 0 && x > length) || x > LONG_MAX) {
    if (length >= 0)
      rec_error(err, QS_ERR_INPUT, lineno, id,
                "quotes[%zu].%s = %" JSON_INTEGER_FORMAT
                " is outside the text (0..%ld code points)",
                qi, key, x, length);
    else
      rec_error(err, QS_ERR_INPUT, lineno, id,
                "quotes[%zu].%s = %" JSON_INTEGER_FORMAT " is negative", qi,
                key, x);
    return -1;
  }
  *out = (long)x;
  return 0;
}

/* Validates an optional "tone"-style label: absent/null ok, a string label,
 * or an object with an optional "label". */
static int check_tone_obj(json_t *v, const char *what, long lineno,
                          const char *id, qs_error *err) {
  json_t *l;
  if (!v || json_is_null(v)) return 0;
  if (!json_is_object(v)) {
    rec_error(err, QS_ERR_INPUT, lineno, id, "%s must be an object or null",
              what);
    return -1;
  }
  l = json_object_get(v, "label");
  if (l && !json_is_null(l) &&
      (!json_is_string(l) || label_index(json_string_value(l)) < 0)) {
    rec_error(err, QS_ERR_INPUT, lineno, id,
              "%s.label must be negative, neutral or positive", what);
    return -1;
  }
  return 0;
}

/* Fills view *v from quote object q (index qi).  Strings stay borrowed from
 * the JSON; the span text and a numeric qid are filled in later from the
 * record's pool. */
static int parse_quote(json_t *q, size_t qi, long length, long lineno,
                       const char *id, qs_quote_view *v, qs_error *err) {
  json_t *s, *e, *t, *x;
  const char *str;
  memset(v, 0, sizeof *v);
  if (!json_is_object(q)) {
    rec_error(err, QS_ERR_INPUT, lineno, id, "quotes[%zu] must be an object",
              qi);
    return -1;
  }
  s = json_object_get(q, "start");
  e = json_object_get(q, "end");
  if (!s || !json_is_integer(s)) {
    rec_error(err, QS_ERR_INPUT, lineno, id,
              s ? "quotes[%zu].start must be an integer"
                : "quotes[%zu].start is missing",
              qi);
    return -1;
  }
  if (!e || !json_is_integer(e)) {
    rec_error(err, QS_ERR_INPUT, lineno, id,
              e ? "quotes[%zu].end must be an integer"
                : "quotes[%zu].end is missing",
              qi);
    return -1;
  }
  json_int_t js = json_integer_value(s), je = json_integer_value(e);
  if (js < 0) {
    rec_error(err, QS_ERR_INPUT, lineno, id,
              "quotes[%zu].start = %" JSON_INTEGER_FORMAT " is negative", qi,
              js);
    return -1;
  }
  if (je < js) {
    rec_error(err, QS_ERR_INPUT, lineno, id,
              "quotes[%zu].end = %" JSON_INTEGER_FORMAT
              " is before start = %" JSON_INTEGER_FORMAT,
              qi, je, js);
    return -1;
  }
  if ((length >= 0 && je > length) || je > LONG_MAX) {
    rec_error(err, QS_ERR_INPUT, lineno, id,
              "quotes[%zu].end = %" JSON_INTEGER_FORMAT
              " is outside the text (length %ld code points)",
              qi, je, length);
    return -1;
  }
  v->start = (long)js;
  v->end = (long)je;
  v->byte_start = v->byte_end = -1;

  t = json_object_get(q, "type");
  if (!t || json_is_null(t)) {
    rec_error(err, QS_ERR_INPUT, lineno, id, "quotes[%zu].type is missing", qi);
    return -1;
  }
  str = json_is_string(t) ? json_string_value(t) : "";
  if (!strcmp(str, "direct"))
    v->type = QS_DIRECT;
  else if (!strcmp(str, "partial") || !strcmp(str, "mixed"))
    v->type = QS_PARTIAL;
  else if (!strcmp(str, "indirect"))
    v->type = QS_INDIRECT;
  else {
    rec_error(err, QS_ERR_INPUT, lineno, id,
              "quotes[%zu].type must be direct, partial, indirect or mixed",
              qi);
    return -1;
  }

  static const char *const str_fields[] = {"speaker", "speaker_mention",
                                           "speaker_role", "cue", "rule"};
  const char **str_out[] = {&v->speaker, &v->speaker_mention, &v->speaker_role,
                            &v->cue, &v->rule};
  for (size_t k = 0; k < 5; k++) {
    if (opt_string(q, str_fields[k], str_out[k]) < 0) {
      rec_error(err, QS_ERR_INPUT, lineno, id,
                "quotes[%zu].%s must be a string or null", qi, str_fields[k]);
      return -1;
    }
  }
  if (!v->rule) v->rule = "";
  if (opt_offset(q, "speaker_start", qi, length, lineno, id, &v->speaker_start,
                 err) < 0 ||
      opt_offset(q, "speaker_end", qi, length, lineno, id, &v->speaker_end,
                 err) < 0 ||
      opt_offset(q, "cue_start", qi, length, lineno, id, &v->cue_start, err) <
          0 ||
      opt_offset(q, "cue_end", qi, length, lineno, id, &v->cue_end, err) < 0)
    return -1;
  if ((v->speaker_start >= 0) != (v->speaker_end >= 0) ||
      v->speaker_end < v->speaker_start) {
    rec_error(err, QS_ERR_INPUT, lineno, id,
              "quotes[%zu]: speaker_start/speaker_end must both be given, "
              "start <= end",
              qi);
    return -1;
  }
  if ((v->cue_start >= 0) != (v->cue_end >= 0) || v->cue_end < v->cue_start) {
    rec_error(err, QS_ERR_INPUT, lineno, id,
              "quotes[%zu]: cue_start/cue_end must both be given, start <= end",
              qi);
    return -1;
  }

  v->speaker_kind = QS_SPEAKER_NONE;
  if (opt_string(q, "speaker_kind", &str) < 0) str = "?";
  if (str) {
    size_t k;
    for (k = 1; k < 6; k++)
      if (!strcmp(str, speaker_kind_names[k])) break;
    if (k == 6) {
      rec_error(err, QS_ERR_INPUT, lineno, id,
                "quotes[%zu].speaker_kind must be person, organization, "
                "pronoun, group or unknown",
                qi);
      return -1;
    }
    v->speaker_kind = (qs_speaker_kind)k;
  }

  x = json_object_get(q, "confidence");
  v->confidence = NAN;
  if (x && !json_is_null(x)) {
    if (!json_is_number(x)) {
      rec_error(err, QS_ERR_INPUT, lineno, id,
                "quotes[%zu].confidence must be a number", qi);
      return -1;
    }
    v->confidence = json_number_value(x);
  }
  x = json_object_get(q, "paragraph");
  v->paragraph = -1;
  if (x && !json_is_null(x)) {
    if (!json_is_integer(x) || json_integer_value(x) < 0 ||
        json_integer_value(x) > INT_MAX) {
      rec_error(err, QS_ERR_INPUT, lineno, id,
                "quotes[%zu].paragraph must be a non-negative integer", qi);
      return -1;
    }
    v->paragraph = (int)json_integer_value(x);
  }
  x = json_object_get(q, "qid");
  if (x && !json_is_null(x) && !json_is_string(x) && !json_is_integer(x)) {
    rec_error(err, QS_ERR_INPUT, lineno, id,
              "quotes[%zu].qid must be a string or an integer", qi);
    return -1;
  }
  if (x && json_is_string(x)) v->qid = json_string_value(x);
  v->part = 0;
  v->nparts = 1;
  x = json_object_get(q, "part");
  if (x && !json_is_null(x)) {
    if (!json_is_integer(x) || json_integer_value(x) < 0 ||
        json_integer_value(x) > INT_MAX) {
      rec_error(err, QS_ERR_INPUT, lineno, id,
                "quotes[%zu].part must be a non-negative integer", qi);
      return -1;
    }
    v->part = (int)json_integer_value(x);
  }
  x = json_object_get(q, "nparts");
  if (x && !json_is_null(x)) {
    if (!json_is_integer(x) || json_integer_value(x) < 1 ||
        json_integer_value(x) > INT_MAX) {
      rec_error(err, QS_ERR_INPUT, lineno, id,
                "quotes[%zu].nparts must be a positive integer", qi);
      return -1;
    }
    v->nparts = (int)json_integer_value(x);
  }
  x = json_object_get(q, "tone");
  if (x && json_is_string(x)) {
    if (label_index(json_string_value(x)) < 0) {
      rec_error(err, QS_ERR_INPUT, lineno, id,
                "quotes[%zu].tone must be negative, neutral or positive", qi);
      return -1;
    }
  } else {
    char what[48];
    snprintf(what, sizeof what, "quotes[%zu].tone", qi);
    if (check_tone_obj(x, what, lineno, id, err) < 0) return -1;
  }
  return 0;
}

/* Builds a record from a parsed object; takes ownership of root (it is
 * released on failure too). */
static qs_record *record_from_root(json_t *root, long lineno, unsigned flags,
                                   qs_error *err) {
  qs_record *r;
  json_t *jid, *jtext, *jq, *x;
  const char *id = NULL;

  if (!json_is_object(root)) {
    rec_error(err, QS_ERR_INPUT, lineno, NULL, "record is not a JSON object");
    json_decref(root);
    return NULL;
  }
  r = calloc(1, sizeof *r);
  if (!r) {
    json_decref(root);
    nomem(err, lineno);
    return NULL;
  }
  r->root = root;
  r->score = NAN;

  jid = json_object_get(root, "id");
  if (jid && json_is_string(jid)) {
    r->id = strdup(json_string_value(jid));
  } else if (jid && json_is_integer(jid)) {
    char buf[32];
    snprintf(buf, sizeof buf, "%" JSON_INTEGER_FORMAT, json_integer_value(jid));
    r->id = strdup(buf);
  } else {
    rec_error(err, QS_ERR_INPUT, lineno, NULL,
              jid ? "field \"id\" must be a string or an integer"
                  : "field \"id\" is missing");
    goto fail;
  }
  if (!r->id) {
    nomem(err, lineno);
    goto fail;
  }
  id = r->id;

  jtext = json_object_get(root, "text");
  if (jtext && json_is_string(jtext)) {
    r->text = json_string_value(jtext);
    r->text_len = json_string_length(jtext);
    r->length = -2;
  } else if ((!jtext || json_is_null(jtext)) &&
             (flags & QS_RECORD_TEXT_OPTIONAL)) {
    r->text = "";
    r->text_len = 0;
    r->length = -1;
  } else {
    rec_error(err, QS_ERR_INPUT, lineno, id,
              jtext ? "field \"text\" must be a string"
                    : "field \"text\" is missing");
    goto fail;
  }

  /* Tone of a snippet record. */
  x = json_object_get(root, "score");
  if (x && !json_is_null(x)) {
    if (!json_is_number(x) || !isfinite(json_number_value(x))) {
      rec_error(err, QS_ERR_INPUT, lineno, id,
                "field \"score\" must be a number");
      goto fail;
    }
    r->score = json_number_value(x);
  }
  x = json_object_get(root, "label");
  if (x && !json_is_null(x)) {
    int li = json_is_string(x) ? label_index(json_string_value(x)) : -1;
    if (li < 0) {
      rec_error(err, QS_ERR_INPUT, lineno, id,
                "field \"label\" must be negative, neutral or positive");
      goto fail;
    }
    r->label = tone_labels[li];
  }

  jq = json_object_get(root, "quotes");
  if (jq && !json_is_null(jq)) {
    size_t n, i, pool_size = 0, used = 0;
    qs_offset_ref *refs;
    /* Offsets are checked against the length: count it now. */
    if (r->length == -2) r->length = count_code_points(r->text, r->text_len);
    if (!json_is_array(jq)) {
      rec_error(err, QS_ERR_INPUT, lineno, id,
                "field \"quotes\" must be an array");
      goto fail;
    }
    n = json_array_size(jq);
    if (n > 0) {
      r->quotes = calloc(n, sizeof *r->quotes);
      if (!r->quotes) {
        nomem(err, lineno);
        goto fail;
      }
    }
    for (i = 0; i < n; i++) {
      if (parse_quote(json_array_get(jq, i), i, r->length, lineno, id,
                      &r->quotes[i], err) < 0)
        goto fail;
    }
    r->nquotes = n;
    if (n > 0 && r->length >= 0) {
      refs = malloc(2 * n * sizeof *refs);
      if (!refs) {
        nomem(err, lineno);
        goto fail;
      }
      for (i = 0; i < n; i++) {
        refs[2 * i].cp = r->quotes[i].start;
        refs[2 * i].out = &r->quotes[i].byte_start;
        refs[2 * i + 1].cp = r->quotes[i].end;
        refs[2 * i + 1].out = &r->quotes[i].byte_end;
      }
      qs_map_offsets(r->text, r->text_len, refs, 2 * n);
      free(refs);
    }
    /* Pool: span texts (records with text) and numeric qids. */
    for (i = 0; i < n; i++) {
      json_t *qid = json_object_get(json_array_get(jq, i), "qid");
      if (r->length >= 0)
        pool_size +=
            (size_t)(r->quotes[i].byte_end - r->quotes[i].byte_start) + 1;
      if (qid && json_is_integer(qid)) pool_size += 24;
    }
    if (pool_size > 0) {
      r->pool = malloc(pool_size);
      if (!r->pool) {
        nomem(err, lineno);
        goto fail;
      }
    }
    for (i = 0; i < n; i++) {
      json_t *q = json_array_get(jq, i);
      json_t *qid = json_object_get(q, "qid");
      qs_quote_view *v = &r->quotes[i];
      if (r->length >= 0) {
        size_t bl = (size_t)(v->byte_end - v->byte_start);
        memcpy(r->pool + used, r->text + v->byte_start, bl);
        r->pool[used + bl] = '\0';
        v->text = r->pool + used;
        used += bl + 1;
      } else if (opt_string(q, "text", &v->text) < 0) {
        v->text = NULL;
      }
      if (qid && json_is_integer(qid)) {
        int w = snprintf(r->pool + used, 24, "%" JSON_INTEGER_FORMAT,
                         json_integer_value(qid));
        v->qid = r->pool + used;
        used += (size_t)w + 1;
      }
    }
  }
  return r;

fail:
  qs_record_free(r);
  return NULL;
}

/* ---- the fast path for record lines with a long text ---- */

/* Containers the yajl builder nests through; deeper lines go to jansson. */
#define TB_DEPTH 64

/* State of the yajl pass that builds the jansson tree of a line. */
typedef struct tree_build {
  json_t *root;
  json_t *open[TB_DEPTH]; /* the containers open, outermost first */
  int depth;
  char *key; /* the member name waiting for its value, or NULL */
  size_t key_cap;
  size_t text_len; /* of the top-level "text" string, when there is one */
  yajl_handle h;
  size_t root_end; /* bytes up to the end of the top-level value, or 0 */
} tree_build;

/* Adds v under the waiting key or at the end of the open array, or makes it
 * the root.  0 (cancel the parse) when out of memory. */
static int tb_add(tree_build *t, json_t *v) {
  if (!v) return 0;
  if (t->depth == 0) {
    t->root = v;
    return 1;
  }
  json_t *c = t->open[t->depth - 1];
  int rc = json_is_object(c) ? json_object_set_new_nocheck(c, t->key, v)
                             : json_array_append_new(c, v);
  return rc == 0;
}

static int tb_null(void *ctx) { return tb_add(ctx, json_null()); }

static int tb_bool(void *ctx, int b) { return tb_add(ctx, json_boolean(b)); }

/* An integer as jansson reads it; a real, or an integer out of range, goes
 * to jansson with the whole line (jansson reads reals its own way). */
static int tb_number(void *ctx, const char *s, size_t n) {
  char buf[32];
  if (n == 0 || n >= sizeof buf) return 0;
  memcpy(buf, s, n);
  buf[n] = '\0';
  if (strpbrk(buf, ".eE")) return 0;
  errno = 0;
  char *end;
  long long x = strtoll(buf, &end, 10);
  if (errno || *end) return 0;
  return tb_add(ctx, json_integer((json_int_t)x));
}

/* A string, strictly UTF-8 (yajl's own check is lax and switched off). */
static int tb_string(void *ctx, const unsigned char *s, size_t n) {
  tree_build *t = ctx;
  if (!utf8_valid((const char *)s, n)) return 0;
  if (t->depth == 1 && json_is_object(t->open[0]) && !strcmp(t->key, "text"))
    t->text_len = n;
  return tb_add(t, json_stringn_nocheck((const char *)s, n));
}

static int tb_open(tree_build *t, json_t *c) {
  if (t->depth == TB_DEPTH || !c) {
    json_decref(c);
    return 0;
  }
  if (!tb_add(t, json_incref(c))) {
    json_decref(c);
    return 0;
  }
  t->open[t->depth++] = c;
  json_decref(c); /* the parent (or root) holds it */
  return 1;
}

static int tb_start_map(void *ctx) { return tb_open(ctx, json_object()); }

static int tb_start_array(void *ctx) { return tb_open(ctx, json_array()); }

static int tb_end(void *ctx) {
  tree_build *t = ctx;
  if (--t->depth == 0) t->root_end = yajl_get_bytes_consumed(t->h);
  return 1;
}

/* A member name: strict UTF-8, no NUL (jansson refuses one in a name), and
 * not a duplicate (jansson, asked to reject those, says so). */
static int tb_key(void *ctx, const unsigned char *k, size_t n) {
  tree_build *t = ctx;
  if (memchr(k, '\0', n) || !utf8_valid((const char *)k, n)) return 0;
  if (n + 1 > t->key_cap) {
    char *nk = realloc(t->key, n + 1);
    if (!nk) return 0;
    t->key = nk;
    t->key_cap = n + 1;
  }
  memcpy(t->key, k, n);
  t->key[n] = '\0';
  return !json_object_get(t->open[t->depth - 1], t->key);
}

static const yajl_callbacks tree_build_callbacks = {
    tb_null,      tb_bool, NULL,   NULL,           tb_number, tb_string,
    tb_start_map, tb_key,  tb_end, tb_start_array, tb_end};

/* Texts shorter than this are left to jansson with the rest of the line. */
#define SPLIT_MIN_TEXT 256

/* Builds, with yajl, the jansson tree of the JSON object in buf[0,len) that
 * jansson would read (JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL): yajl reads
 * news text six to eight times faster, and jansson's own reading of the
 * other fields cost as much again as yajl's of the whole line.  0 when it
 * did (*root set), 1 when the caller must parse the line with jansson
 * (also after a failed allocation while building: jansson then says what
 * it can), -1 when yajl cannot start.  Everything on which the two could
 * differ goes to jansson: a line yajl refuses (jansson then names the
 * error), a \v or \f byte (yajl's blanks, not JSON's), anything but blanks
 * after the object, a line with no top-level "text" string of
 * SPLIT_MIN_TEXT bytes or more, a \uD800-\uDFFF escape anywhere (the two
 * treat lone surrogates differently), a string or member name that is not
 * strict UTF-8 (yajl accepts overlong forms and surrogates), a NUL in a
 * member name, a duplicate member, a real or an integer out of range,
 * nesting deeper than TB_DEPTH. */
static int split_text(const char *buf, size_t len, json_t **root) {
  /* yajl takes \v and \f for blanks; JSON (and jansson) does not, and
   * inside a string neither is allowed raw */
  if (memchr(buf, '\v', len) || memchr(buf, '\f', len)) return 1;
  for (const char *p = buf; (p = memchr(p, '\\', (size_t)(buf + len - p)));
       p += 2) {
    if (p + 2 >= buf + len) break;
    if (p[1] == 'u' && (p[2] == 'd' || p[2] == 'D')) return 1;
    /* p += 2 passes the backslash and the character it escapes */
  }
  tree_build t;
  memset(&t, 0, sizeof t);
  yajl_handle h = t.h = yajl_alloc(&tree_build_callbacks, NULL, &t);
  if (!h) return -1;
  yajl_config(h, yajl_dont_validate_strings, 1);
  int ok = yajl_parse(h, (const unsigned char *)buf, len) == yajl_status_ok &&
           yajl_complete_parse(h) == yajl_status_ok;
  yajl_free(h);
  free(t.key);
  /* After the object only blanks: yajl lets an unfinished token through
   * there ('{...}"}') */
  for (size_t i = t.root_end; ok && i < len; i++)
    if (buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\n' && buf[i] != '\r')
      ok = 0;
  if (t.root_end == 0) ok = 0;
  if (!ok || !json_is_object(t.root) || t.text_len < SPLIT_MIN_TEXT) {
    json_decref(t.root);
    return 1;
  }
  *root = t.root;
  return 0;
}

qs_record *qs_record_parse_ex(const char *line, size_t len, long lineno,
                              unsigned flags, qs_error *err) {
  json_error_t jerr;
  json_t *root = NULL;
  if (!line) {
    rec_error(err, QS_ERR_USAGE, lineno, NULL, "no input");
    return NULL;
  }
  char *fixed = NULL;
  size_t fixed_len = 0;
  if ((flags & QS_RECORD_REPAIR_UTF8) &&
      qs_utf8_repair(line, len, &fixed, &fixed_len) < 0) {
    nomem(err, lineno);
    return NULL;
  }
  const char *buf = fixed ? fixed : line;
  size_t buf_len = fixed ? fixed_len : len;
  const size_t jflags = JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL;
  int split =
      flags & QS_RECORD_JANSSON_ONLY ? 1 : split_text(buf, buf_len, &root);
  if (split < 0) {
    free(fixed);
    nomem(err, lineno);
    return NULL;
  }
  if (split > 0) root = json_loadb(buf, buf_len, jflags, &jerr);
  free(fixed); /* jansson keeps copies of what it needs */
  if (!root) {
    if (json_error_code(&jerr) == json_error_out_of_memory) {
      nomem(err, lineno);
      return NULL;
    }
    rec_error(err, QS_ERR_JSON, lineno, NULL, "invalid JSON: %s (column %d)",
              jerr.text, jerr.column);
    if (err) err->offset = jerr.position;
    return NULL;
  }
  return record_from_root(root, lineno, flags, err);
}

qs_record *qs_record_parse(const char *line, size_t len, long lineno,
                           qs_error *err) {
  return qs_record_parse_ex(line, len, lineno, 0, err);
}

void qs_record_free(qs_record *rec) {
  if (!rec) return;
  json_decref(rec->root);
  free(rec->id);
  free(rec->quotes);
  free(rec->pool);
  free(rec);
}

const char *qs_record_id(const qs_record *rec) { return rec ? rec->id : NULL; }

const char *qs_record_text(const qs_record *rec, size_t *len) {
  if (len) *len = rec ? rec->text_len : 0;
  return rec ? rec->text : NULL;
}

long qs_record_length(const qs_record *rec) {
  if (!rec) return -1;
  return rec->length == -2 ? count_code_points(rec->text, rec->text_len)
                           : rec->length;
}

size_t qs_record_quote_count(const qs_record *rec) {
  return rec ? rec->nquotes : 0;
}

int qs_record_quote(const qs_record *rec, size_t i, qs_quote_view *out) {
  if (!rec || !out || i >= rec->nquotes) return -1;
  *out = rec->quotes[i];
  return 0;
}

int qs_record_tone(const qs_record *rec, double *score, const char **label) {
  if (score) *score = rec ? rec->score : NAN;
  if (label) *label = rec ? rec->label : NULL;
  return rec && (!isnan(rec->score) || rec->label) ? 1 : 0;
}

/* ------------------------------------------------------------------ */
/* Serialising a document                                              */
/* ------------------------------------------------------------------ */

/* Builder state: the first failure sticks. */
typedef struct jb {
  qs_status status;
  const char *field; /* the field that failed */
} jb;

static void jb_set(jb *b, json_t *obj, const char *key, json_t *v) {
  if (b->status != QS_OK) {
    json_decref(v);
    return;
  }
  if (!v || json_object_set_new(obj, key, v) < 0) {
    b->status = QS_ERR_NOMEM;
    b->field = key;
  }
}

/* A JSON string or null; invalid UTF-8 is reported, not dropped. */
static json_t *jb_str(jb *b, const char *key, const char *s) {
  if (!s) return json_null();
  if (!utf8_valid(s, strlen(s))) {
    if (b->status == QS_OK) {
      b->status = QS_ERR_UTF8;
      b->field = key;
    }
    return NULL;
  }
  return json_string(s);
}

static json_t *jb_off(long x) { return x < 0 ? json_null() : json_integer(x); }

/* ---- the direct writer of qs_doc_to_json ---- */

/* Output buffer of the document writer.  The first failure sticks: status
 * QS_ERR_UTF8 names the offending field, QS_ERR_NOMEM a failed growth. */
typedef struct jw {
  char *buf;         /* malloc'd, len bytes used of cap */
  size_t len, cap;   /* bytes */
  qs_status status;  /* QS_OK until something fails */
  const char *field; /* the field that was not valid UTF-8 */
} jw;

/* The slow half of jw_room: grows the buffer for n more bytes. */
static int jw_grow(jw *w, size_t n) {
  if (w->status != QS_OK) return -1;
  if (w->cap - w->len > n) return 0;
  size_t ncap = w->cap ? w->cap : 65536; /* most lines fit */
  while (ncap - w->len <= n) {
    if (ncap > SIZE_MAX / 2) {
      w->status = QS_ERR_NOMEM;
      return -1;
    }
    ncap *= 2;
  }
  char *nb = realloc(w->buf, ncap);
  if (!nb) {
    w->status = QS_ERR_NOMEM;
    return -1;
  }
  w->buf = nb;
  w->cap = ncap;
  return 0;
}

/* Makes room for n more bytes; 0, or -1 (status set) on failure. */
static inline int jw_room(jw *w, size_t n) {
  if (w->status == QS_OK && w->cap - w->len > n) return 0;
  return jw_grow(w, n);
}

static inline void jw_raw(jw *w, const char *s, size_t n) {
  if (jw_room(w, n) != 0) return;
  memcpy(w->buf + w->len, s, n);
  w->len += n;
}

/* A literal (key, punctuation): no escaping. */
#define JW_LIT(w, lit) jw_raw((w), (lit), sizeof(lit) - 1)

/* The bytes of x that stop a plain copy (jw_strn): a byte of a non-ASCII
 * code point (0x80 or above), a C0 control, '"' or '\\', each marked by
 * its top bit.  The first marked byte is exact (the classic "has a byte
 * less than / equal to" tests err only on bytes after one that matches):
 * jw_strn uses no other. */
static inline uint64_t jw_stops8(uint64_t x) {
  const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
  return (x | (((x - ones * 0x20) | (q - ones) | (b - ones)) & ~x)) & high;
}

/* A string of n bytes (may hold NUL) or null, escaped exactly as
 * jansson's json_dumps escapes (RFC 8259): \" \\ \b \f \n \r \t, other
 * controls as \u00XX with uppercase hex digits, everything else -- DEL and
 * U+2028/9 included -- as it is (no JSON_ENSURE_ASCII, JSON_ESCAPE_SLASH).
 * Invalid UTF-8 stops the writer with QS_ERR_UTF8 naming `key`.  One pass
 * checks the bytes (as utf8_valid) and escapes them: eight ASCII bytes that
 * need no escape are copied as one word. */
static void jw_strn(jw *w, const char *key, const char *s, size_t n) {
  static const char hex[] = "0123456789ABCDEF";
  if (w->status != QS_OK) return;
  if (!s) {
    JW_LIT(w, "null");
    return;
  }
  /* Worst case six bytes per input byte plus the quotes.  When that room
   * is not there yet, an invalid string is reported before any growth,
   * as a separate check did before. */
  if (n > (SIZE_MAX - 2) / 6 || w->cap - w->len <= n * 6 + 2) {
    if (!utf8_valid(s, n)) {
      w->status = QS_ERR_UTF8;
      w->field = key;
      return;
    }
    if (n > (SIZE_MAX - 2) / 6 || jw_grow(w, n * 6 + 2) != 0) {
      if (w->status == QS_OK) w->status = QS_ERR_NOMEM;
      return;
    }
  }
  char *o = w->buf + w->len;
  const unsigned char *p = (const unsigned char *)s, *end = p + n;
  *o++ = '"';
  while (p < end) {
#ifdef __SSE2__
    /* Sixteen bytes at a time (SSE2, baseline on x86-64), as the eight
     * below: all copied, the plain ones before the first stop kept. */
    size_t k16 = 16;
    while (end - p >= 16) {
      memcpy(o, p, 16);
      k16 = jw_plain16(p);
      o += k16;
      p += k16;
      if (k16 < 16) break;
    }
    if (k16 == 16)
#endif
      /* Eight bytes at a time: all of them are copied (the room reserved
       * above covers them), the plain ones before the first stop kept. */
      while (end - p >= 8) {
        uint64_t x, m;
        memcpy(&x, p, 8);
        memcpy(o, &x, 8);
        m = jw_stops8(x);
        if (m) {
          size_t k = jw_first_stop(m);
          o += k;
          p += k;
          break;
        }
        o += 8;
        p += 8;
      }
    /* A short string or a tail of one to seven bytes: read as one word
     * (two overlapping loads of four bytes, or the first, middle and last
     * byte) on a little-endian machine, the bytes after it zero, so that
     * the same test finds its first stop; else byte by byte. */
    size_t left = (size_t)(end - p);
    if (left && left < 8 && qs_little_endian()) {
      uint64_t x, m;
      if (left >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, p, 4);
        memcpy(&hi, p + left - 4, 4);
        x = lo | (uint64_t)hi << 8 * (left - 4);
      } else {
        x = p[0] | (uint64_t)p[left / 2] << 8 * (left / 2) |
            (uint64_t)p[left - 1] << 8 * (left - 1);
      }
      memcpy(o, &x, 8);
      m = jw_stops8(x) & (~0ull >> (64 - 8 * left));
      size_t k = m ? jw_first_stop(m) : left;
      o += k;
      p += k;
    }
    while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
      *o++ = (char)*p++;
    if (p == end) break;
    unsigned char c = *p;
    if (c >= 0x80) {
      size_t k = utf8_seq(p, (size_t)(end - p));
      if (!k) {
        w->status = QS_ERR_UTF8;
        w->field = key;
        return;
      }
      for (size_t j = 0; j < k; j++)
        o[j] = (char)p[j];
      o += k;
      p += k;
      continue;
    }
    p++; /* a byte to escape */
    *o++ = '\\';
    switch (c) {
    case '"': *o++ = '"'; break;
    case '\\': *o++ = '\\'; break;
    case '\b': *o++ = 'b'; break;
    case '\f': *o++ = 'f'; break;
    case '\n': *o++ = 'n'; break;
    case '\r': *o++ = 'r'; break;
    case '\t': *o++ = 't'; break;
    default:
      memcpy(o, "u00", 3);
      o[3] = hex[c >> 4];
      o[4] = hex[c & 15];
      o += 5;
    }
  }
  *o++ = '"';
  w->len = (size_t)(o - w->buf);
}

static void jw_str(jw *w, const char *key, const char *s) {
  jw_strn(w, key, s, s ? strlen(s) : 0);
}

/* A decimal integer, as jansson prints a json_integer, written at o
 * (room for 20 bytes): the digits are counted first and then written in
 * place, two at a time, in 32-bit arithmetic when the value fits (the
 * offsets always do).  Returns the bytes written. */
static inline size_t jw_int_at(char *o, long long x) {
  static const char pairs[201] =
      "00010203040506070809101112131415161718192021222324"
      "25262728293031323334353637383940414243444546474849"
      "50515253545556575859606162636465666768697071727374"
      "75767778798081828384858687888990919293949596979899";
  unsigned long long u =
      x < 0 ? 0ull - (unsigned long long)x : (unsigned long long)x;
  /* Digits: floor(log10) from the bit length (1233 / 4096 < log10(2)),
   * at most one short, then one comparison with a power of ten. */
  static const unsigned long long pow10[20] = {1ull,
                                               10ull,
                                               100ull,
                                               1000ull,
                                               10000ull,
                                               100000ull,
                                               1000000ull,
                                               10000000ull,
                                               100000000ull,
                                               1000000000ull,
                                               10000000000ull,
                                               100000000000ull,
                                               1000000000000ull,
                                               10000000000000ull,
                                               100000000000000ull,
                                               1000000000000000ull,
                                               10000000000000000ull,
                                               100000000000000000ull,
                                               1000000000000000000ull,
                                               10000000000000000000ull};
#if defined(__GNUC__)
  unsigned bits = 64u - (unsigned)__builtin_clzll(u | 1);
#else
  unsigned bits = 0;
  for (unsigned long long v = u | 1; v; v >>= 1)
    bits++;
#endif
  size_t t = (size_t)(bits * 1233u >> 12);
  size_t nd = t + ((u | 1) >= pow10[t]);
  size_t sign = x < 0;
  o[0] = '-';
  o += sign;
  size_t total = sign + nd;
  for (; u > UINT32_MAX; u /= 100) {
    const char *two = pairs + u % 100 * 2;
    o[--nd] = two[1];
    o[--nd] = two[0];
  }
  uint32_t v = (uint32_t)u;
  for (; v >= 100; v /= 100) {
    const char *two = pairs + v % 100 * 2;
    o[--nd] = two[1];
    o[--nd] = two[0];
  }
  if (v >= 10) {
    o[1] = pairs[v * 2 + 1];
    o[0] = pairs[v * 2];
  } else {
    o[0] = (char)('0' + v);
  }
  return total;
}

static void jw_int(jw *w, long long x) {
  if (jw_room(w, 21) != 0) return;
  w->len += jw_int_at(w->buf + w->len, x);
}

/* json_dump_callback sink appending to a jw. */
static int jw_sink(const char *buf, size_t size, void *data) {
  jw *w = data;
  jw_raw(w, buf, size);
  return w->status == QS_OK ? 0 : -1;
}

/* Any JSON value through jansson's own dump, with the flags of the old
 * json_dumps of the whole line (so carried-through fields and unusual
 * reals come out exactly as before). */
static void jw_json(jw *w, const json_t *v) {
  if (w->status != QS_OK) return;
  if (json_dump_callback(v, jw_sink, w,
                         JSON_COMPACT | JSON_ENCODE_ANY |
                             JSON_REAL_PRECISION(6)) != 0 &&
      w->status == QS_OK)
    w->status = QS_ERR_NOMEM;
}

/* Containers jw_value nests through before it hands a value to jansson. */
#define JW_DEPTH 32

/* A carried-through value, byte for byte as jw_json writes it: strings,
 * integers, true, false, null and the arrays and objects holding them
 * (members in insertion order, as jansson dumps them) are written here,
 * reals by jansson.  Nesting walks an explicit stack; a value nested deeper
 * than JW_DEPTH is written again, whole, by jansson.  `key` (the member
 * carried through) names the value in a QS_ERR_UTF8. */
static void jw_value(jw *w, const char *key, json_t *root) {
  struct {
    json_t *c;  /* the open array or object */
    void *iter; /* object: the next member, NULL at the end */
    size_t i;   /* members written */
  } st[JW_DEPTH];
  int depth = 0;
  size_t start = w->len;
  json_t *v = root;
  for (;;) {
    switch (json_typeof(v)) {
    case JSON_OBJECT:
    case JSON_ARRAY:
      if (depth == JW_DEPTH) {
        w->len = start;
        jw_json(w, root);
        return;
      }
      st[depth].c = v;
      st[depth].iter = json_is_object(v) ? json_object_iter(v) : NULL;
      st[depth].i = 0;
      depth++;
      if (json_is_object(v))
        JW_LIT(w, "{");
      else
        JW_LIT(w, "[");
      break;
    case JSON_STRING:
      jw_strn(w, key, json_string_value(v), json_string_length(v));
      break;
    case JSON_INTEGER: jw_int(w, json_integer_value(v)); break;
    case JSON_TRUE: JW_LIT(w, "true"); break;
    case JSON_FALSE: JW_LIT(w, "false"); break;
    case JSON_NULL: JW_LIT(w, "null"); break;
    default: jw_json(w, v); break;
    }
    /* The next value: a member of the innermost open container, after
     * closing the ones that are done. */
    for (v = NULL; !v && depth > 0;) {
      json_t *c = st[depth - 1].c;
      if (json_is_object(c) && st[depth - 1].iter) {
        void *it = st[depth - 1].iter;
        const char *k = json_object_iter_key(it);
        if (st[depth - 1].i++) JW_LIT(w, ",");
        jw_strn(w, key, k, strlen(k));
        JW_LIT(w, ":");
        v = json_object_iter_value(it);
        st[depth - 1].iter = json_object_iter_next(c, it);
      } else if (json_is_array(c) && st[depth - 1].i < json_array_size(c)) {
        if (st[depth - 1].i) JW_LIT(w, ",");
        v = json_array_get(c, st[depth - 1].i++);
      } else {
        if (json_is_object(c))
          JW_LIT(w, "}");
        else
          JW_LIT(w, "]");
        depth--;
      }
    }
    if (!v) return;
  }
}

/* A real as jansson prints json_real(v) with JSON_REAL_PRECISION(6).  The
 * rounded confidences (k / 1000 with 0 <= k < 10^6) print as "%.6g" would,
 * plus ".0" when there is no fraction; anything else goes to jansson. */
static void jw_real3(jw *w, double v) {
  if (v >= 0 && v < 1000 && !signbit(v)) {
    double r = round(v * 1000.0);
    long k = (long)r;
    if (r / 1000.0 == v) {
      char tmp[16];
      int n = 0;
      long ip = k / 1000, frac = k % 1000;
      if (ip >= 100) tmp[n++] = (char)('0' + ip / 100);
      if (ip >= 10) tmp[n++] = (char)('0' + ip / 10 % 10);
      tmp[n++] = (char)('0' + ip % 10);
      tmp[n++] = '.';
      if (frac == 0) {
        tmp[n++] = '0';
      } else {
        tmp[n++] = (char)('0' + frac / 100);
        if (frac % 100) tmp[n++] = (char)('0' + frac / 10 % 10);
        if (frac % 10) tmp[n++] = (char)('0' + frac % 10);
      }
      jw_raw(w, tmp, (size_t)n);
      return;
    }
  }
  json_t *x = json_real(v);
  if (!x) {
    if (w->status == QS_OK) w->status = QS_ERR_NOMEM;
    return;
  }
  jw_json(w, x);
  json_decref(x);
}

/* `,"key":` -- the key of a member that is not the first. */
static inline void jw_key(jw *w, const char *key) {
  size_t n = strlen(key); /* a literal: folded where this is inlined */
  if (jw_room(w, n + 4) != 0) return;
  char *o = w->buf + w->len;
  o[0] = ',';
  o[1] = '"';
  memcpy(o + 2, key, n);
  o[n + 2] = '"';
  o[n + 3] = ':';
  w->len += n + 4;
}

static void jw_field_str(jw *w, const char *key, const char *s) {
  jw_key(w, key);
  jw_str(w, key, s);
}

/* `,"key":` at o, which has room for it; returns the end. */
static inline char *jw_put_key(char *o, const char *key) {
  size_t n = strlen(key); /* a literal: folded where this is inlined */
  o[0] = ',';
  o[1] = '"';
  memcpy(o + 2, key, n);
  o[n + 2] = '"';
  o[n + 3] = ':';
  return o + n + 4;
}

/* An offset at o (room for 21 bytes): null when negative; returns the
 * end. */
static inline char *jw_put_off(char *o, long x) {
  if (x < 0) {
    memcpy(o, "null", 4);
    return o + 4;
  }
  return o + jw_int_at(o, x);
}

/* Two offset members, `,"k1":x1,"k2":x2`, with one room check. */
static inline void jw_field_offs(jw *w, const char *k1, long x1, const char *k2,
                                 long x2) {
  if (jw_room(w, 2 * 21 + strlen(k1) + strlen(k2) + 8) != 0) return;
  char *o = w->buf + w->len;
  o = jw_put_off(jw_put_key(o, k1), x1);
  o = jw_put_off(jw_put_key(o, k2), x2);
  w->len = (size_t)(o - w->buf);
}

/* A member whose value is one of doc.c's names (qs_quote_type_name,
 * qs_speaker_kind_name: lowercase ASCII letters, nothing to escape), or
 * null. */
static inline void jw_field_name(jw *w, const char *key, const char *name) {
  if (!name) {
    jw_key(w, key);
    JW_LIT(w, "null");
    return;
  }
  size_t n = strlen(name);
  if (jw_room(w, strlen(key) + 4 + n + 2) != 0) return;
  char *o = jw_put_key(w->buf + w->len, key);
  o[0] = '"';
  memcpy(o + 1, name, n);
  o[n + 1] = '"';
  w->len = (size_t)(o + n + 2 - w->buf);
}

/* One quote object, keys in DESIGN.md section 4 order.  The members of
 * bounded length are written in groups, one room check for each. */
static void jw_quote(jw *w, const qs_quote_view *v) {
  if (jw_room(w, 160) != 0) return;
  char *o = w->buf + w->len;
  memcpy(o, "{\"start\":", 9);
  o += 9;
  o += jw_int_at(o, v->start);
  o = jw_put_key(o, "end");
  o += jw_int_at(o, v->end);
  o = jw_put_off(jw_put_key(o, "byte_start"), v->byte_start);
  o = jw_put_off(jw_put_key(o, "byte_end"), v->byte_end);
  o = jw_put_key(o, "text");
  w->len = (size_t)(o - w->buf);
  if (v->byte_end >= v->byte_start && v->byte_start >= 0)
    jw_strn(w, "text", v->text, (size_t)(v->byte_end - v->byte_start));
  else
    jw_str(w, "text", v->text);
  jw_field_name(w, "type", qs_quote_type_name(v->type));
  jw_field_str(w, "speaker", v->speaker);
  jw_field_str(w, "speaker_mention", v->speaker_mention);
  jw_field_offs(w, "speaker_start", v->speaker_start, "speaker_end",
                v->speaker_end);
  if (v->speaker_kind != QS_SPEAKER_NONE &&
      !qs_speaker_kind_name(v->speaker_kind) && w->status == QS_OK)
    w->status = QS_ERR_NOMEM; /* what json_string(NULL) meant before */
  jw_field_name(w, "speaker_kind", qs_speaker_kind_name(v->speaker_kind));
  jw_field_str(w, "speaker_role", v->speaker_role);
  jw_field_str(w, "cue", v->cue);
  jw_field_offs(w, "cue_start", v->cue_start, "cue_end", v->cue_end);
  jw_key(w, "confidence");
  if (isfinite(v->confidence))
    jw_real3(w, round(v->confidence * 1000.0) / 1000.0);
  else
    JW_LIT(w, "null");
  jw_field_str(w, "rule", v->rule);
  if (jw_room(w, 21 + 16) != 0) return;
  o = jw_put_off(jw_put_key(w->buf + w->len, "paragraph"), v->paragraph);
  *o++ = '}';
  w->len = (size_t)(o - w->buf);
}

/* The line is written directly, not built as a jansson tree and dumped:
 * that was most of the CLI's output time.  The bytes are the same as
 * json_dumps(JSON_COMPACT | JSON_REAL_PRECISION(6)) of that tree gave. */
char *qs_doc_to_json(const qs_doc *doc, const qs_record *input, int with_text,
                     qs_error *err) {
  jw w = {NULL, 0, 0, QS_OK, NULL};
  size_t n;

  if (!doc) {
    qs_error_set(err, QS_ERR_USAGE, -1, "qs_doc_to_json: no document");
    return NULL;
  }
  JW_LIT(&w, "{\"id\":");
  jw_str(&w, "id", input ? input->id : qs_doc_id(doc));
  if (input) {
    const char *key;
    json_t *val;
    json_object_foreach(input->root, key, val) {
      if (!strcmp(key, "id") || !strcmp(key, "text") ||
          !strcmp(key, "quotes") || !strcmp(key, "framing"))
        continue;
      JW_LIT(&w, ",");
      jw_strn(&w, key, key, strlen(key));
      JW_LIT(&w, ":");
      jw_value(&w, key, val);
    }
    if (with_text && input->length != -1) {
      JW_LIT(&w, ",\"text\":");
      jw_strn(&w, "text", input->text, input->text_len);
    }
  } else if (with_text) {
    size_t tl;
    const char *t = qs_doc_text(doc, &tl);
    JW_LIT(&w, ",\"text\":");
    jw_strn(&w, "text", t, tl);
  }
  JW_LIT(&w, ",\"quotes\":[");
  n = qs_doc_quote_count(doc);
  for (size_t i = 0; i < n && w.status == QS_OK; i++) {
    qs_quote_view v;
    if (qs_doc_quote(doc, i, &v) < 0) break;
    if (i) JW_LIT(&w, ",");
    jw_quote(&w, &v);
  }
  JW_LIT(&w, "],\"framing\":[]}");
  if (w.status == QS_OK && jw_room(&w, 1) == 0) w.buf[w.len] = '\0';
  if (w.status == QS_ERR_UTF8) {
    qs_error_set(err, QS_ERR_UTF8, -1,
                 "qs_doc_to_json: field \"%s\" is not valid UTF-8", w.field);
    free(w.buf);
    return NULL;
  }
  if (w.status != QS_OK) {
    qs_error_set(err, QS_ERR_NOMEM, -1, "qs_doc_to_json: out of memory");
    free(w.buf);
    return NULL;
  }
  return w.buf;
}

qs_record *qs_json_build_record(const char *id, const char *text, size_t len,
                                double score, const char *label,
                                const char *source, int with_quotes,
                                const qs_quote_view *quotes, size_t nquotes,
                                long lineno, qs_error *err) {
  jb b = {QS_OK, NULL};
  json_t *o, *arr = NULL;
  if (!utf8_valid(id, strlen(id))) {
    rec_error(err, QS_ERR_UTF8, lineno, NULL, "the id is not valid UTF-8");
    return NULL;
  }
  if (!utf8_valid(text, len)) {
    rec_error(err, QS_ERR_UTF8, lineno, id, "the text is not valid UTF-8");
    return NULL;
  }
  o = json_object();
  if (!o) {
    nomem(err, lineno);
    return NULL;
  }
  jb_set(&b, o, "id", json_string(id));
  jb_set(&b, o, "text", json_stringn(text, len));
  if (!isnan(score)) jb_set(&b, o, "score", json_real(score));
  if (label) jb_set(&b, o, "label", json_string(label));
  if (source) jb_set(&b, o, "source", json_string(source));
  if (with_quotes) {
    arr = json_array();
    jb_set(&b, o, "quotes", arr);
    for (size_t i = 0; arr && i < nquotes && b.status == QS_OK; i++) {
      const qs_quote_view *v = &quotes[i];
      json_t *q = json_object();
      if (!q || json_array_append_new(arr, q) < 0) {
        b.status = QS_ERR_NOMEM;
        break;
      }
      jb_set(&b, q, "start", json_integer(v->start));
      jb_set(&b, q, "end", json_integer(v->end));
      jb_set(&b, q, "type",
             json_string(v->type == QS_DIRECT    ? "direct"
                         : v->type == QS_PARTIAL ? "mixed"
                                                 : "indirect"));
      jb_set(&b, q, "speaker", jb_str(&b, "speaker", v->speaker));
      jb_set(&b, q, "speaker_mention",
             jb_str(&b, "speaker_mention", v->speaker_mention));
      jb_set(&b, q, "speaker_start", jb_off(v->speaker_start));
      jb_set(&b, q, "speaker_end", jb_off(v->speaker_end));
      jb_set(&b, q, "cue", jb_str(&b, "cue", v->cue));
      jb_set(&b, q, "cue_start", jb_off(v->cue_start));
      jb_set(&b, q, "cue_end", jb_off(v->cue_end));
      jb_set(&b, q, "qid", jb_str(&b, "qid", v->qid));
      jb_set(&b, q, "part", json_integer(v->part));
      jb_set(&b, q, "nparts", json_integer(v->nparts));
    }
  }
  if (b.status != QS_OK) {
    json_decref(o);
    if (b.status == QS_ERR_UTF8)
      rec_error(err, QS_ERR_UTF8, lineno, id, "field \"%s\" is not valid UTF-8",
                b.field);
    else
      nomem(err, lineno);
    return NULL;
  }
  return record_from_root(o, lineno, 0, err);
}

/* Copy of s with every byte that is not part of well-formed UTF-8 replaced
 * by '?' (messages may hold an id cut in the middle of a character). */
static char *utf8_sanitize(const char *s) {
  size_t n = strlen(s);
  char *out = malloc(n + 1);
  size_t i = 0;
  if (!out) return NULL;
  while (i < n) {
    size_t k = 1;
    unsigned c = (unsigned char)s[i];
    if (c >= 0x80) {
      k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      if (i + k > n || !utf8_valid(s + i, k)) {
        out[i++] = '?';
        continue;
      }
    }
    memcpy(out + i, s + i, k);
    i += k;
  }
  out[n] = '\0';
  return out;
}

char *qs_error_to_json(const qs_error *err, const char *id, long line) {
  jb b = {QS_OK, NULL};
  json_t *o = json_object();
  char *msg = NULL, *sid = NULL, *out = NULL;
  if (!o) return NULL;
  msg = utf8_sanitize(err && err->message[0] ? err->message
                      : err                  ? qs_status_message(err->code)
                                             : "unknown error");
  sid = id ? utf8_sanitize(id) : NULL;
  if (!msg || (id && !sid)) goto done;
  jb_set(&b, o, "id", sid ? json_string(sid) : json_null());
  jb_set(&b, o, "line", line > 0 ? json_integer(line) : json_null());
  jb_set(&b, o, "error", json_string(msg));
  jb_set(&b, o, "offset",
         err && err->offset >= 0 ? json_integer(err->offset) : json_null());
  if (b.status == QS_OK) out = json_dumps(o, JSON_COMPACT);
done:
  json_decref(o);
  free(msg);
  free(sid);
  return out;
}

/* ------------------------------------------------------------------ */
/* NewsMTSC                                                            */
/* ------------------------------------------------------------------ */

static int polarity_label(double p) {
  if (p == 2.0 || p == -1.0) return 0;
  if (p == 4.0 || p == 0.0) return 1;
  if (p == 6.0 || p == 1.0) return 2;
  return -1;
}

/* One converted record for target t of sentence `text`. */
static qs_record *newsmtsc_target(json_t *t, size_t ti, json_t *text,
                                  const char *primary, long lineno,
                                  qs_error *err) {
  json_t *o, *x;
  jb b = {QS_OK, NULL};
  const char *gid = NULL;
  char idbuf[300];
  int li;
  long length =
      count_code_points(json_string_value(text), json_string_length(text));

  if (!json_is_object(t)) {
    rec_error(err, QS_ERR_INPUT, lineno, primary,
              "targets[%zu] must be an object", ti);
    return NULL;
  }
  x = json_object_get(t, "polarity");
  li = x && json_is_number(x) ? polarity_label(json_number_value(x)) : -1;
  if (li < 0) {
    rec_error(err, QS_ERR_INPUT, lineno, primary,
              "targets[%zu].polarity must be 2, 4 or 6 (or -1, 0, 1)", ti);
    return NULL;
  }
  if (opt_string(t, "Input.gid", &gid) < 0) gid = NULL;
  if (!gid) {
    snprintf(idbuf, sizeof idbuf, "%.250s#%zu", primary ? primary : "", ti);
    gid = idbuf;
  }
  o = json_object();
  if (!o) {
    nomem(err, lineno);
    return NULL;
  }
  jb_set(&b, o, "id", json_string(gid));
  jb_set(&b, o, "text", json_incref(text));
  jb_set(&b, o, "score", json_real((double)(li - 1)));
  jb_set(&b, o, "label", json_string(tone_labels[li]));
  x = json_object_get(t, "mention");
  jb_set(&b, o, "target",
         x && json_is_string(x) ? json_incref(x) : json_null());
  {
    json_t *f = json_object_get(t, "from"), *to = json_object_get(t, "to");
    if (f && to && json_is_integer(f) && json_is_integer(to)) {
      json_int_t a = json_integer_value(f), z = json_integer_value(to);
      if (a < 0 || z < a || z > length) {
        json_decref(o);
        rec_error(err, QS_ERR_INPUT, lineno, gid,
                  "targets[%zu]: from/to = %" JSON_INTEGER_FORMAT
                  "/%" JSON_INTEGER_FORMAT " outside the sentence (%ld)",
                  ti, a, z, length);
        return NULL;
      }
      jb_set(&b, o, "target_start", json_integer(a));
      jb_set(&b, o, "target_end", json_integer(z));
    } else {
      jb_set(&b, o, "target_start", json_null());
      jb_set(&b, o, "target_end", json_null());
    }
  }
  jb_set(&b, o, "source", json_string("newsmtsc"));
  if (b.status != QS_OK) {
    json_decref(o);
    nomem(err, lineno);
    return NULL;
  }
  return record_from_root(o, lineno, 0, err);
}

qs_status qs_json_newsmtsc_line(const char *line, size_t len, long lineno,
                                qs_record ***out, size_t *n, qs_error *err) {
  json_error_t jerr;
  json_t *root, *text, *targets;
  const char *primary = NULL;
  qs_record **recs = NULL;
  size_t cnt = 0, cap;

  *out = NULL;
  *n = 0;
  root = json_loadb(line, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
  if (!root) {
    rec_error(err, QS_ERR_JSON, lineno, NULL, "invalid JSON: %s (column %d)",
              jerr.text, jerr.column);
    return QS_ERR_JSON;
  }
  if (json_is_object(root) && json_object_get(root, "text")) {
    qs_record *r = record_from_root(root, lineno, 0, err);
    if (!r) return err ? err->code : QS_ERR_INPUT;
    recs = malloc(sizeof *recs);
    if (!recs) {
      qs_record_free(r);
      nomem(err, lineno);
      return QS_ERR_NOMEM;
    }
    recs[0] = r;
    *out = recs;
    *n = 1;
    return QS_OK;
  }
  if (!json_is_object(root)) {
    json_decref(root);
    rec_error(err, QS_ERR_INPUT, lineno, NULL, "record is not a JSON object");
    return QS_ERR_INPUT;
  }
  opt_string(root, "primary_gid", &primary);
  text = json_object_get(root, "sentence_normalized");
  if (!text || !json_is_string(text)) {
    rec_error(err, QS_ERR_INPUT, lineno, primary,
              "field \"sentence_normalized\" (or \"text\") is missing");
    json_decref(root);
    return QS_ERR_INPUT;
  }
  targets = json_object_get(root, "targets");
  if (targets && !json_is_array(targets)) {
    rec_error(err, QS_ERR_INPUT, lineno, primary,
              "field \"targets\" must be an array");
    json_decref(root);
    return QS_ERR_INPUT;
  }
  cap = targets ? json_array_size(targets) : 1;
  recs = calloc(cap ? cap : 1, sizeof *recs);
  if (!recs) {
    json_decref(root);
    nomem(err, lineno);
    return QS_ERR_NOMEM;
  }
  for (size_t i = 0; i < cap; i++) {
    json_t *t = targets ? json_array_get(targets, i) : root;
    qs_record *r = newsmtsc_target(t, i, text, primary, lineno, err);
    if (!r) {
      for (size_t k = 0; k < cnt; k++)
        qs_record_free(recs[k]);
      free(recs);
      json_decref(root);
      return err ? err->code : QS_ERR_INPUT;
    }
    recs[cnt++] = r;
  }
  json_decref(root);
  *out = recs;
  *n = cnt;
  return QS_OK;
}

/* ------------------------------------------------------------------ */
/* Evaluation reports read back (--compare)                            */
/* ------------------------------------------------------------------ */

static void table_error(qs_error *err, qs_status code, const char *name,
                        const char *msg) {
  if (!err) return;
  err->code = code;
  err->line = 0;
  err->offset = -1;
  snprintf(err->where, sizeof err->where, "%.200s", name ? name : "");
  snprintf(err->message, sizeof err->message, "%.200s: %s", name ? name : "",
           msg);
}

void qs_report_table_free(qs_report_table *t) {
  if (!t) return;
  for (size_t i = 0; t->fields && i < t->nfields; i++)
    free(t->fields[i]);
  for (size_t i = 0; t->ids && i < t->ndocs; i++)
    free(t->ids[i]);
  free(t->fields);
  free(t->ids);
  free(t->v);
  memset(t, 0, sizeof *t);
}

qs_status qs_json_report_table(const char *buf, size_t len, const char *name,
                               qs_report_table *out, qs_error *err) {
  json_error_t jerr;
  json_t *root, *task, *fields, *docs;
  char msg[300];
  memset(out, 0, sizeof *out);
  root = json_loadb(buf, len, 0, &jerr);
  if (!root) {
    snprintf(msg, sizeof msg, "line %d: invalid JSON: %s", jerr.line,
             jerr.text);
    table_error(err, QS_ERR_JSON, name, msg);
    if (err) err->line = jerr.line;
    return QS_ERR_JSON;
  }
  task = json_object_get(root, "task");
  fields = json_object_get(root, "doc_fields");
  docs = json_object_get(root, "docs");
  if (!json_is_object(root) || !task || !json_is_string(task) ||
      !json_is_array(fields) || !json_is_array(docs)) {
    table_error(err, QS_ERR_INPUT, name,
                "not a quotescore eval --json report (needs \"task\", "
                "\"doc_fields\" and \"docs\")");
    json_decref(root);
    return QS_ERR_INPUT;
  }
  snprintf(out->task, sizeof out->task, "%s", json_string_value(task));
  out->nfields = json_array_size(fields);
  out->ndocs = json_array_size(docs);
  out->fields = calloc(out->nfields ? out->nfields : 1, sizeof *out->fields);
  out->ids = calloc(out->ndocs ? out->ndocs : 1, sizeof *out->ids);
  out->v = calloc(out->nfields * out->ndocs + 1, sizeof *out->v);
  if (!out->fields || !out->ids || !out->v) goto oom;
  for (size_t i = 0; i < out->nfields; i++) {
    json_t *f = json_array_get(fields, i);
    if (!json_is_string(f)) {
      table_error(err, QS_ERR_INPUT, name, "doc_fields must hold strings");
      goto fail;
    }
    out->fields[i] = strdup(json_string_value(f));
    if (!out->fields[i]) goto oom;
  }
  for (size_t d = 0; d < out->ndocs; d++) {
    json_t *doc = json_array_get(docs, d);
    json_t *id = json_object_get(doc, "id"), *v = json_object_get(doc, "v");
    if (!id || !json_is_string(id) || !json_is_array(v) ||
        json_array_size(v) != out->nfields) {
      snprintf(msg, sizeof msg,
               "docs[%zu] needs a string \"id\" and %zu values in \"v\"", d,
               out->nfields);
      table_error(err, QS_ERR_INPUT, name, msg);
      goto fail;
    }
    out->ids[d] = strdup(json_string_value(id));
    if (!out->ids[d]) goto oom;
    for (size_t i = 0; i < out->nfields; i++) {
      json_t *x = json_array_get(v, i);
      if (json_is_null(x))
        out->v[d * out->nfields + i] = NAN;
      else if (json_is_number(x))
        out->v[d * out->nfields + i] = json_number_value(x);
      else {
        snprintf(msg, sizeof msg, "docs[%zu].v[%zu] must be a number or null",
                 d, i);
        table_error(err, QS_ERR_INPUT, name, msg);
        goto fail;
      }
    }
  }
  json_decref(root);
  return QS_OK;
oom:
  table_error(err, QS_ERR_NOMEM, name, "out of memory");
fail:
  json_decref(root);
  qs_report_table_free(out);
  return err ? err->code : QS_ERR_INPUT;
}

/* ------------------------------------------------------------------ */
/* Gates                                                               */
/* ------------------------------------------------------------------ */

typedef struct gate {
  qs_gate_view view;    /* strings borrowed from root */
  const char **metrics; /* nmin metric names */
  double *mins;         /* nmin minimums */
} gate;

struct qs_gates {
  json_t *root;
  gate *g;
  size_t n;
};

void qs_gates_free(qs_gates *gs) {
  if (!gs) return;
  for (size_t i = 0; i < gs->n; i++) {
    free(gs->g[i].metrics);
    free(gs->g[i].mins);
  }
  free(gs->g);
  json_decref(gs->root);
  free(gs);
}

qs_gates *qs_gates_parse(const char *buf, size_t len, const char *name,
                         qs_error *err) {
  json_error_t jerr;
  json_t *arr;
  char msg[300];
  qs_gates *gs = calloc(1, sizeof *gs);
  if (!gs) {
    table_error(err, QS_ERR_NOMEM, name, "out of memory");
    return NULL;
  }
  gs->root = json_loadb(buf, len, JSON_REJECT_DUPLICATES, &jerr);
  if (!gs->root) {
    snprintf(msg, sizeof msg, "line %d: invalid JSON: %s", jerr.line,
             jerr.text);
    table_error(err, QS_ERR_JSON, name, msg);
    if (err) err->line = jerr.line;
    free(gs);
    return NULL;
  }
  arr = json_object_get(gs->root, "gates");
  if (!json_is_array(arr)) {
    table_error(err, QS_ERR_INPUT, name, "needs an array \"gates\"");
    goto fail;
  }
  gs->g =
      calloc(json_array_size(arr) ? json_array_size(arr) : 1, sizeof *gs->g);
  if (!gs->g) {
    table_error(err, QS_ERR_NOMEM, name, "out of memory");
    goto fail;
  }
  for (size_t i = 0; i < json_array_size(arr); i++) {
    json_t *o = json_array_get(arr, i), *min, *opt, *val;
    gate *g = &gs->g[gs->n];
    qs_gate_view *v = &g->view;
    qs_file_format fmt;
    const char *key;
    size_t j = 0;
    if (!json_is_object(o) || opt_string(o, "name", &v->name) < 0 || !v->name ||
        opt_string(o, "task", &v->task) < 0 || !v->task ||
        opt_string(o, "gold", &v->gold) < 0 || !v->gold ||
        opt_string(o, "gold_format", &v->gold_format) < 0 ||
        opt_string(o, "pred", &v->pred) < 0 ||
        opt_string(o, "pred_format", &v->pred_format) < 0) {
      snprintf(msg, sizeof msg,
               "gates[%zu] needs strings \"name\", \"task\" and \"gold\" "
               "(and string \"gold_format\", \"pred\", \"pred_format\" if "
               "given)",
               i);
      table_error(err, QS_ERR_INPUT, name, msg);
      goto fail;
    }
    if (strcmp(v->task, "quotes") && strcmp(v->task, "tone")) {
      snprintf(msg, sizeof msg, "gates[%zu].task must be quotes or tone", i);
      table_error(err, QS_ERR_INPUT, name, msg);
      goto fail;
    }
    if (!v->gold_format) v->gold_format = "jsonl";
    if (!v->pred_format) v->pred_format = "jsonl";
    if (qs_file_format_parse(v->gold_format, &fmt) < 0 ||
        qs_file_format_parse(v->pred_format, &fmt) < 0) {
      snprintf(msg, sizeof msg, "gates[%zu]: unknown format", i);
      table_error(err, QS_ERR_INPUT, name, msg);
      goto fail;
    }
    opt = json_object_get(o, "optional");
    if (opt && !json_is_boolean(opt)) {
      snprintf(msg, sizeof msg, "gates[%zu].optional must be true or false", i);
      table_error(err, QS_ERR_INPUT, name, msg);
      goto fail;
    }
    v->optional = opt && json_is_true(opt);
    min = json_object_get(o, "min");
    if (!json_is_object(min) || json_object_size(min) == 0) {
      snprintf(msg, sizeof msg,
               "gates[%zu].min must be an object of metric: minimum", i);
      table_error(err, QS_ERR_INPUT, name, msg);
      goto fail;
    }
    v->nmin = json_object_size(min);
    g->metrics = calloc(v->nmin, sizeof *g->metrics);
    g->mins = calloc(v->nmin, sizeof *g->mins);
    gs->n++; /* from here on g is freed with gs */
    if (!g->metrics || !g->mins) {
      table_error(err, QS_ERR_NOMEM, name, "out of memory");
      goto fail;
    }
    json_object_foreach(min, key, val) {
      if (!json_is_number(val)) {
        snprintf(msg, sizeof msg, "gates[%zu].min.%.80s must be a number", i,
                 key);
        table_error(err, QS_ERR_INPUT, name, msg);
        goto fail;
      }
      g->metrics[j] = key;
      g->mins[j] = json_number_value(val);
      j++;
    }
  }
  return gs;
fail:
  qs_gates_free(gs);
  return NULL;
}

size_t qs_gates_count(const qs_gates *g) { return g ? g->n : 0; }

int qs_gates_get(const qs_gates *g, size_t i, qs_gate_view *out) {
  if (!g || !out || i >= g->n) return -1;
  *out = g->g[i].view;
  return 0;
}

int qs_gates_min(const qs_gates *g, size_t i, size_t j, const char **metric,
                 double *min) {
  if (!g || i >= g->n || j >= g->g[i].view.nmin) return -1;
  if (metric) *metric = g->g[i].metrics[j];
  if (min) *min = g->g[i].mins[j];
  return 0;
}
