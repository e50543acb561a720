/*
 * text.c -- the text layer: UTF-8 decoding, paragraphs, tokens, sentences.
 *
 * Decodes the input strictly (overlongs, surrogates and values above
 * U+10FFFF are errors, or U+FFFD under an option), keeps a code point ->
 * byte map so every later stage reports offsets into the original text,
 * splits paragraphs at newlines (LF, CR, CRLF, U+2028/9), and cuts tokens
 * with Unicode categories from utf8proc.  Sentence boundaries are found
 * after quotation scanning, because a quotation never contains one.  This
 * is the only file that includes utf8proc.h.  It knows nothing of speakers.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "qs_internal.h"

/* Eight bytes at a time (SWAR): ONES has 1 in each byte of a word, HIGH
 * the top bit of each byte.  Masks below mark a byte by its top bit. */
#define ONES 0x0101010101010101ull
#define HIGH 0x8080808080808080ull

#ifndef __SSE2__
/* How many bytes of a mask, in memory order on a little-endian machine,
 * come before the first marked one (8 when none is).  Used by the SWAR
 * loops that stand in for SSE2. */
static inline unsigned first_marked(uint64_t m) {
#if defined(__GNUC__)
  return m ? (unsigned)__builtin_ctzll(m) / 8 : 8;
#else
  return (unsigned)((((((m & (~m + 1)) - 1) & HIGH) >> 7) * ONES) >> 56);
#endif
}
#endif

/* A function kept out of its caller: a hot loop of its own gets the
 * registers to itself, where inlined into the tokenizer's big loop its
 * pointers and counts would live on the stack. */
#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif

/* Eight ASCII bytes with 'A'..'Z' lowercased (a byte gets 0x20 when it
 * is at least 'A' and not above 'Z'; no byte carries into the next). */
static inline uint64_t lower8(uint64_t x) {
  uint64_t up = (x + ONES * (0x80 - 'A')) & ~(x + ONES * (0x80 - 'Z' - 1));
  return x | (up & HIGH) >> 2;
}

/* ---- code point classes ---- */

/* Class bits of a code point.  cp_class gives all of them at once: ASCII
 * from a table, anything else from one utf8proc category lookup.  The
 * qs_cp_is_* functions and the tokenizer's predicates are all views of it,
 * so the fast path and the Unicode path cannot disagree. */
enum {
  CP_NEWLINE = 1u << 0, /* LF CR VT FF NEL U+2028 U+2029 */
  CP_SPACE = 1u << 1,   /* space, controls, format chars, newlines */
  CP_LETTER = 1u << 2,  /* L* */
  CP_ALNUM = 1u << 3,   /* L*, M*, N*: may be inside a word */
  CP_DIGIT = 1u << 4,   /* Nd */
  CP_UPPER = 1u << 5,   /* Lu, Lt */
  CP_PUNCT = 1u << 6,   /* P*, S* */
  CP_DASH = 1u << 7,    /* Pd */
  CP_QUOTE = 1u << 8,   /* a quotation-mark candidate */
  CP_JOIN = 1u << 9     /* ASCII ' - & . that may join two parts of a word */
};

/* The ASCII row of the table, written as the rules it encodes. */
#define ASCII_CLASS(c)                                                         \
  (((c) == '\n' || (c) == '\r' || (c) == 0x0B || (c) == 0x0C ? CP_NEWLINE      \
                                                             : 0) |            \
   ((c) <= 0x20 || (c) == 0x7F ? CP_SPACE : 0) |                               \
   (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z') ? CP_LETTER       \
                                                             : 0) |            \
   (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z') ||                \
            ((c) >= '0' && (c) <= '9')                                         \
        ? CP_ALNUM                                                             \
        : 0) |                                                                 \
   ((c) >= '0' && (c) <= '9' ? CP_DIGIT : 0) |                                 \
   ((c) >= 'A' && (c) <= 'Z' ? CP_UPPER : 0) |                                 \
   (((c) > 0x20 && (c) < 0x30) || ((c) >= 0x3A && (c) <= 0x40) ||              \
            ((c) >= 0x5B && (c) <= 0x60) || ((c) >= 0x7B && (c) <= 0x7E)       \
        ? CP_PUNCT                                                             \
        : 0) |                                                                 \
   ((c) == '-' ? CP_DASH : 0) | ((c) == '"' || (c) == '\'' ? CP_QUOTE : 0) |   \
   ((c) == '\'' || (c) == '-' || (c) == '&' || (c) == '.' ? CP_JOIN : 0))
#define ASCII_CLASS4(c)                                                        \
  ASCII_CLASS(c), ASCII_CLASS((c) + 1), ASCII_CLASS((c) + 2),                  \
      ASCII_CLASS((c) + 3)
#define ASCII_CLASS16(c)                                                       \
  ASCII_CLASS4(c), ASCII_CLASS4((c) + 4), ASCII_CLASS4((c) + 8),               \
      ASCII_CLASS4((c) + 12)

static const uint16_t ascii_class[128] = {
    ASCII_CLASS16(0x00), ASCII_CLASS16(0x10), ASCII_CLASS16(0x20),
    ASCII_CLASS16(0x30), ASCII_CLASS16(0x40), ASCII_CLASS16(0x50),
    ASCII_CLASS16(0x60), ASCII_CLASS16(0x70)};

static unsigned unicode_class(int32_t c) {
  unsigned k = 0;
  switch (c) {
  case 0x85:
  case 0x2028:
  case 0x2029: k |= CP_NEWLINE | CP_SPACE; break;
  case 0xFEFF: k |= CP_SPACE; break;
  case 0x2018:
  case 0x2019:
  case 0x201A:
  case 0x201B:
  case 0x201C:
  case 0x201D:
  case 0x201E:
  case 0x201F:
  case 0x00AB:
  case 0x00BB:
  case 0x2039:
  case 0x203A:
  case 0xFF02: k |= CP_QUOTE; break;
  default: break;
  }
  switch (utf8proc_category(c)) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LT: k |= CP_UPPER | CP_LETTER | CP_ALNUM; break;
  case UTF8PROC_CATEGORY_LL:
  case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO: k |= CP_LETTER | CP_ALNUM; break;
  case UTF8PROC_CATEGORY_MN:
  case UTF8PROC_CATEGORY_MC:
  case UTF8PROC_CATEGORY_ME: k |= CP_ALNUM; break;
  case UTF8PROC_CATEGORY_ND: k |= CP_DIGIT | CP_ALNUM; break;
  case UTF8PROC_CATEGORY_NL:
  case UTF8PROC_CATEGORY_NO: k |= CP_ALNUM; break;
  case UTF8PROC_CATEGORY_PD: k |= CP_DASH | CP_PUNCT; break;
  case UTF8PROC_CATEGORY_PC:
  case UTF8PROC_CATEGORY_PS:
  case UTF8PROC_CATEGORY_PE:
  case UTF8PROC_CATEGORY_PI:
  case UTF8PROC_CATEGORY_PF:
  case UTF8PROC_CATEGORY_PO:
  case UTF8PROC_CATEGORY_SM:
  case UTF8PROC_CATEGORY_SC:
  case UTF8PROC_CATEGORY_SK:
  case UTF8PROC_CATEGORY_SO: k |= CP_PUNCT; break;
  case UTF8PROC_CATEGORY_ZS:
  case UTF8PROC_CATEGORY_CC:
  case UTF8PROC_CATEGORY_CF:
  case UTF8PROC_CATEGORY_ZL:
  case UTF8PROC_CATEGORY_ZP: k |= CP_SPACE; break;
  default: break;
  }
  return k;
}

static inline unsigned cp_class(int32_t c) {
  return (uint32_t)c < 0x80 ? ascii_class[c] : unicode_class(c);
}

/* CP_NEWLINE without the category lookup: no Unicode category gives it,
 * only the ASCII row and the three code points of unicode_class. */
static int is_newline(int32_t c) {
  return (uint32_t)c < 0x80 ? (ascii_class[c] & CP_NEWLINE) != 0
                            : c == 0x85 || c == 0x2028 || c == 0x2029;
}

int qs_cp_is_space(int32_t c) { return (cp_class(c) & CP_SPACE) != 0; }

int qs_cp_is_letter(int32_t c) { return (cp_class(c) & CP_LETTER) != 0; }

static int is_alnum_or_mark(int32_t c) { return (cp_class(c) & CP_ALNUM) != 0; }

static int is_digit(int32_t c) { return (cp_class(c) & CP_DIGIT) != 0; }

int qs_cp_is_upper(int32_t c) { return (cp_class(c) & CP_UPPER) != 0; }

int qs_cp_is_punct(int32_t c) { return (cp_class(c) & CP_PUNCT) != 0; }

int qs_cp_is_dash(int32_t c) { return (cp_class(c) & CP_DASH) != 0; }

static int is_apostrophe(int32_t c) { return c == '\'' || c == 0x2019; }

/* The flags of a mark of this kind, first and last code point that say
 * which later walks must stop at it: QS_TF_STOP on a quotation mark and a
 * closing bracket (is_closer_tok) and a sentence's last mark
 * (ends_sentence); QS_TF_ANGLE on < and > (the scanner's markup tags). */
static inline uint16_t mark_flags(int kind, int32_t first, int32_t last) {
  uint16_t f = kind == QS_TOK_QUOTE || first == ')' || first == ']' ||
                       last == '.' || last == '?' || last == '!' ||
                       last == 0x2026
                   ? QS_TF_STOP
                   : 0;
  if (kind == QS_TOK_PUNCT && (first == '<' || first == '>')) f |= QS_TF_ANGLE;
  return f;
}

/* mark_flags of one ASCII mark, with QS_TF_QMARK on a quotation mark
 * (CP_QUOTE): a table for the commonest marks, the run's. */
#define ASCII_MARK_FLAGS(c)                                                    \
  ((c) == '"' || (c) == '\'' ? QS_TF_QMARK | QS_TF_STOP                        \
   : (c) == ')' || (c) == ']' || (c) == '.' || (c) == '?' || (c) == '!'        \
       ? QS_TF_STOP                                                            \
   : (c) == '<' || (c) == '>' ? QS_TF_ANGLE                                    \
                              : 0)
#define ASCII_MARK_FLAGS4(c)                                                   \
  ASCII_MARK_FLAGS(c), ASCII_MARK_FLAGS((c) + 1), ASCII_MARK_FLAGS((c) + 2),   \
      ASCII_MARK_FLAGS((c) + 3)
#define ASCII_MARK_FLAGS16(c)                                                  \
  ASCII_MARK_FLAGS4(c), ASCII_MARK_FLAGS4((c) + 4),                            \
      ASCII_MARK_FLAGS4((c) + 8), ASCII_MARK_FLAGS4((c) + 12)
static const uint16_t ascii_mark_flags[128] = {
    ASCII_MARK_FLAGS16(0x00), ASCII_MARK_FLAGS16(0x10),
    ASCII_MARK_FLAGS16(0x20), ASCII_MARK_FLAGS16(0x30),
    ASCII_MARK_FLAGS16(0x40), ASCII_MARK_FLAGS16(0x50),
    ASCII_MARK_FLAGS16(0x60), ASCII_MARK_FLAGS16(0x70)};

/* Lowercases n bytes of valid UTF-8 into out (at most outcap-1 bytes, NUL
 * terminated).  Returns the bytes written, or outcap when it did not fit. */
size_t qs_utf8_lower(const char *s, size_t n, char *out, size_t outcap) {
  size_t o = 0, i = 0;
  while (i < n) {
    unsigned char b = (unsigned char)s[i];
    /* Eight ASCII bytes at a time while they fit (with the NUL). */
    uint64_t x;
    if (i + 8 <= n && o + 9 <= outcap && (memcpy(&x, s + i, 8), !(x & HIGH))) {
      x = lower8(x);
      memcpy(out + o, &x, 8);
      o += 8;
      i += 8;
      continue;
    }
    if (b < 0x80) {
      /* ASCII, as utf8proc_tolower maps it, without the library calls. */
      if (o + 2 > outcap) return outcap;
      out[o++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
      i++;
      continue;
    }
    utf8proc_int32_t c;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                          (utf8proc_ssize_t)(n - i), &c);
    if (k <= 0) {
      c = 0xFFFD;
      k = 1;
    }
    i += (size_t)k;
    uint8_t buf[4];
    utf8proc_ssize_t w = utf8proc_encode_char(utf8proc_tolower(c), buf);
    if (o + (size_t)w + 1 > outcap) return outcap;
    memcpy(out + o, buf, (size_t)w);
    o += (size_t)w;
  }
  if (outcap) out[o] = '\0';
  return o;
}

/* ---- offsets ---- */

static int cmp_offset_ref(const void *a, const void *b) {
  const qs_offset_ref *x = a, *y = b;
  return x->cp < y->cp ? -1 : x->cp > y->cp;
}

void qs_map_offsets(const char *text, size_t len, qs_offset_ref *refs,
                    size_t n) {
  size_t b = 0;
  long cp = 0;
  if (n) qsort(refs, n, sizeof *refs, cmp_offset_ref);
  for (size_t i = 0; i < n; i++) {
    while (cp < refs[i].cp && b < len) {
      b++;
      while (b < len && ((unsigned char)text[b] & 0xC0u) == 0x80u)
        b++;
      cp++;
    }
    *refs[i].out = (long)b;
  }
}

/* ---- decoding ---- */

/* Strict decoder of one UTF-8 sequence; returns its length or 0 if bad. */
static int decode_one(const unsigned char *p, size_t left, int32_t *out) {
  utf8proc_int32_t c;
  utf8proc_ssize_t k = utf8proc_iterate(p, (utf8proc_ssize_t)left, &c);
  if (k <= 0) return 0;
  /* utf8proc already refuses surrogates and > U+10FFFF; refuse overlong
   * encodings explicitly as well. */
  if ((k == 2 && c < 0x80) || (k == 3 && c < 0x800) || (k == 4 && c < 0x10000))
    return 0;
  if (c >= 0xD800 && c <= 0xDFFF) return 0;
  *out = c;
  return (int)k;
}

/* Length in bytes (>= 1) of the maximal subpart of an ill-formed sequence
 * at p: the longest prefix of a well-formed sequence, or its first byte
 * (Unicode 3.9, "U+FFFD Substitution of Maximal Subparts", as Python and
 * the WHATWG decoder do).  Each such subpart becomes one U+FFFD. */
static size_t maximal_subpart(const unsigned char *p, size_t left) {
  unsigned b = p[0], lo = 0x80, hi = 0xBF;
  size_t need;
  if (b >= 0xC2 && b <= 0xDF) {
    need = 1;
  } else if (b >= 0xE0 && b <= 0xEF) {
    need = 2;
    if (b == 0xE0) lo = 0xA0; /* no overlongs */
    if (b == 0xED) hi = 0x9F; /* no surrogates */
  } else if (b >= 0xF0 && b <= 0xF4) {
    need = 3;
    if (b == 0xF0) lo = 0x90; /* no overlongs */
    if (b == 0xF4) hi = 0x8F; /* nothing above U+10FFFF */
  } else {
    return 1;
  }
  size_t k = 1;
  while (k <= need && k < left && p[k] >= lo && p[k] <= hi) {
    lo = 0x80;
    hi = 0xBF;
    k++;
  }
  return k;
}

long qs_utf8_repair(const char *s, size_t n, char **out, size_t *outn) {
  const unsigned char *p = (const unsigned char *)s;
  char *buf = NULL;
  size_t i = 0, o = 0, copied = 0;
  long bad = 0;
  *out = NULL;
  *outn = 0;
  while (i < n) {
    int32_t c;
    if (p[i] < 0x80) {
      i++;
      continue;
    }
    int k = decode_one(p + i, n - i, &c);
    if (k > 0) {
      i += (size_t)k;
      continue;
    }
    if (!buf && !(buf = malloc(n * 3 + 1))) return -1;
    memcpy(buf + o, s + copied, i - copied);
    o += i - copied;
    memcpy(buf + o, "\xEF\xBF\xBD", 3);
    o += 3;
    i += maximal_subpart(p + i, n - i);
    copied = i;
    bad++;
  }
  if (!buf) return 0;
  memcpy(buf + o, s + copied, n - copied);
  o += n - copied;
  buf[o] = '\0';
  *out = buf;
  *outn = o;
  return bad;
}

/* Records a newline at code point `at` in d->nl (see qs_doc). */
static int push_newline(qs_doc *d, uint32_t at, uint32_t *cap) {
  if (d->nnl == *cap) {
    uint32_t *nl =
        qs_arena_reserve(&d->arena, d->nl, d->nnl, cap, sizeof *d->nl, 64);
    if (!nl) return -1;
    d->nl = nl;
  }
  d->nl[d->nnl++] = at;
  return 0;
}

int qs_text_decode(qs_doc *d, const char *text, size_t len,
                   const qs_options *opts, qs_error *err) {
  size_t cap = opts && opts->max_doc_bytes ? opts->max_doc_bytes
                                           : QS_DEFAULT_MAX_DOC_BYTES;
  int repair = opts && opts->replace_invalid_utf8;
  if (len > cap) {
    qs_error_set(err, QS_ERR_LIMIT, (long)cap,
                 "document is %zu bytes, over the cap of %zu", len, cap);
    return -1;
  }
  if (len >= UINT32_MAX / 4) {
    qs_error_set(err, QS_ERR_LIMIT, -1, "document too large");
    return -1;
  }
  /* Written below up to index n (cp[n] = 0 ends the text). */
  d->cp = qs_arena_alloc_raw(&d->arena, (len + 1) * sizeof *d->cp);
  d->boff = qs_arena_alloc_raw(&d->arena, (len + 1) * sizeof *d->boff);
  /* Repaired text can grow: a bad byte becomes at most 3 bytes of U+FFFD.
   * Either text is followed by QS_TEXT_PAD zero bytes (below). */
  char *out =
      qs_arena_alloc_raw(&d->arena, (repair ? len * 3 : len) + QS_TEXT_PAD);
  if (!d->cp || !d->boff || !out) {
    qs_error_set(err, QS_ERR_NOMEM, -1, "out of memory");
    return -1;
  }
  const unsigned char *p = (const unsigned char *)text;
  size_t i = 0, o = 0;
  uint32_t n = 0, nlcap = 0;
  d->nl = NULL;
  d->nnl = 0;
  int32_t *cpo = d->cp;
  uint32_t *boff = d->boff;
  while (i < len) {
    int32_t c;
    int k;
    if (!repair) {
      /* Fast path: a run of ASCII maps byte for byte, sixteen bytes at
       * a time from a local copy (no aliasing, so gcc vectorises it).  A
       * block is mapped whole, and n and i then move to its first control
       * byte (below 0x0E: the ASCII newlines among them) or non-ASCII
       * byte, if any: what was mapped past it is written again.  Both
       * arrays have room (n <= i, and i + 16 <= len < len + 1 slots). */
#ifdef __SSE2__
      /* The same with SSE2 (baseline on x86-64): the sixteen bytes widened
       * to code points by two unpacks with zero, the byte offsets one
       * vector addition per four, and the marked bytes -- below 0x0E as
       * signed bytes, which takes 0x80 and above too -- in one mask. */
      if (i + 16 <= len) {
        const __m128i zero = _mm_setzero_si128(), four = _mm_set1_epi32(4);
        const __m128i below = _mm_set1_epi8(0x0E);
        __m128i off =
            _mm_add_epi32(_mm_set1_epi32((int)i), _mm_setr_epi32(0, 1, 2, 3));
        do {
          __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
          __m128i lo = _mm_unpacklo_epi8(v, zero);
          __m128i hi = _mm_unpackhi_epi8(v, zero);
          __m128i *co = (__m128i *)(cpo + n), *bo = (__m128i *)(boff + n);
          _mm_storeu_si128(co, _mm_unpacklo_epi16(lo, zero));
          _mm_storeu_si128(co + 1, _mm_unpackhi_epi16(lo, zero));
          _mm_storeu_si128(co + 2, _mm_unpacklo_epi16(hi, zero));
          _mm_storeu_si128(co + 3, _mm_unpackhi_epi16(hi, zero));
          _mm_storeu_si128(bo, off);
          off = _mm_add_epi32(off, four);
          _mm_storeu_si128(bo + 1, off);
          off = _mm_add_epi32(off, four);
          _mm_storeu_si128(bo + 2, off);
          off = _mm_add_epi32(off, four);
          _mm_storeu_si128(bo + 3, off);
          off = _mm_add_epi32(off, four);
          unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, below));
          if (m) {
            unsigned run = qs_first_of16(m);
            n += run;
            i += run;
            break;
          }
          n += 16;
          i += 16;
        } while (i + 16 <= len);
      }
#else
      while (i + 16 <= len) {
        uint64_t w[2];
        unsigned char blk[16];
        memcpy(w, p + i, 16);
        memcpy(blk, w, 16);
        int32_t *co = cpo + n;
        uint32_t *bo = boff + n;
        for (uint32_t j = 0; j < 16; j++)
          co[j] = blk[j];
        /* Four groups of four: vector additions, no loop. */
        for (uint32_t j = 0; j < 16; j += 4) {
          bo[j] = (uint32_t)i + j;
          bo[j + 1] = (uint32_t)i + j + 1;
          bo[j + 2] = (uint32_t)i + j + 2;
          bo[j + 3] = (uint32_t)i + j + 3;
        }
        /* Exact below the first marked byte: no subtraction borrows
         * while the bytes are in [0x0E, 0x7F]. */
        uint64_t m0 = ((w[0] - ONES * 0x0E) | w[0]) & HIGH;
        uint64_t m1 = ((w[1] - ONES * 0x0E) | w[1]) & HIGH;
        if (m0 | m1) {
          unsigned run = 0;
          if (qs_little_endian())
            run = m0 ? first_marked(m0) : 8 + first_marked(m1);
          else
            while (blk[run] >= 0x0E && blk[run] < 0x80)
              run++;
          n += run;
          i += run;
          break;
        }
        n += 16;
        i += 16;
      }
#endif
      if (i == len) break;
      if (p[i] < 0x80) {
        /* A control byte, or the last bytes of the text. */
        if (p[i] < 0x0E && (ascii_class[p[i]] & CP_NEWLINE) &&
            push_newline(d, n, &nlcap) != 0)
          goto oom;
        boff[n] = (uint32_t)i;
        cpo[n++] = p[i++];
        continue;
      }
    }
    if (p[i] < 0x80) {
      c = p[i];
      k = 1;
    } else if (p[i] >= 0xC2 && p[i] <= 0xDF && i + 1 < len &&
               (p[i + 1] & 0xC0) == 0x80) {
      /* Two bytes, always well-formed with such a lead (U+0080..U+07FF):
       * what decode_one would say, without the call. */
      c = (int32_t)(p[i] & 0x1F) << 6 | (p[i + 1] & 0x3F);
      k = 2;
    } else if (((p[i] >= 0xE1 && p[i] <= 0xEC) || p[i] >= 0xEE) &&
               p[i] <= 0xEF && i + 2 < len && (p[i + 1] & 0xC0) == 0x80 &&
               (p[i + 2] & 0xC0) == 0x80) {
      /* Three bytes with a lead that allows neither an overlong form
       * (E0) nor a surrogate (ED): always well-formed (’ “ ” —). */
      c = (int32_t)(p[i] & 0x0F) << 12 | (int32_t)(p[i + 1] & 0x3F) << 6 |
          (p[i + 2] & 0x3F);
      k = 3;
    } else {
      k = decode_one(p + i, len - i, &c);
    }
    if (k == 0) {
      if (!repair) {
        qs_error_set(err, QS_ERR_UTF8, (long)i,
                     "invalid UTF-8 at byte %zu (0x%02x)", i, p[i]);
        return -1;
      }
      c = 0xFFFD;
      k = (int)maximal_subpart(p + i, len - i);
      d->boff[n] = (uint32_t)o;
      memcpy(out + o, "\xEF\xBF\xBD", 3);
      o += 3;
    } else if (repair) {
      d->boff[n] = (uint32_t)o;
      memcpy(out + o, p + i, (size_t)k);
      o += (size_t)k;
    } else {
      d->boff[n] = (uint32_t)i;
    }
    if (is_newline(c) && push_newline(d, n, &nlcap) != 0) goto oom;
    d->cp[n++] = c;
    i += (size_t)k;
  }
  if (!repair) {
    if (len) memcpy(out, text, len);
    o = len;
  }
  memset(out + o, 0, QS_TEXT_PAD);
  d->bytes = out;
  d->nbytes = o;
  d->boff[n] = (uint32_t)d->nbytes;
  d->cp[n] = 0;
  d->n = n;
  return 0;
oom:
  qs_error_set(err, QS_ERR_NOMEM, -1, "out of memory");
  return -1;
}

/* ---- tokens ---- */

/* The part of push_lower for forms with a non-ASCII code point: writes
 * the lowercase form of [s,e) at out, returns its end. */
static char *lower_unicode(const qs_doc *d, uint32_t s, uint32_t e, char *out) {
  const int32_t *cp = d->cp;
  for (uint32_t i = s; i < e; i++) {
    int32_t c = cp[i];
    if (c < 0x80) {
      *out++ = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
      continue;
    }
    if (c == 0x2019) c = '\''; /* one apostrophe form for lookups */
    out += utf8proc_encode_char(utf8proc_tolower(c), (utf8proc_uint8_t *)out);
  }
  return out;
}

#ifndef __SSE2__
/* The SWAR helpers of cut_short_word without SSE2. */

/* The bytes of y (all below 0x80) within [lo,hi]: no sum carries. */
static inline uint64_t bytes_in(uint64_t y, unsigned lo, unsigned hi) {
  return (y + ONES * (0x80 - lo)) & ~(y + ONES * (0x7F - hi)) & HIGH;
}

/* The ASCII letters and digits among the eight bytes of x; the letters
 * alone go to *alpha.  A byte of 0x80 or above is neither. */
static inline uint64_t alnum8(uint64_t x, uint64_t *alpha) {
  uint64_t y = x & ~HIGH;
  uint64_t a = bytes_in(y | ONES * 0x20, 'a', 'z') & ~x;
  *alpha = a;
  return (a | bytes_in(y, '0', '9')) & ~x;
}

/* How many bytes of a mask are marked. */
static inline unsigned count_marked(uint64_t m) {
  return (unsigned)((((m & HIGH) >> 7) * ONES) >> 56);
}
#endif

/* The slow part of reserve_lower: moves d->lower to a block with room for
 * need bytes (earlier forms are found by offset, so they may move). */
static int grow_lower(qs_doc *d, size_t need, size_t *cap) {
  size_t ncap = *cap ? *cap * 2 : 4096;
  while (ncap < need)
    ncap *= 2;
  char *nl = qs_arena_alloc_raw(&d->arena, ncap);
  if (!nl) return -1;
  if (d->lower_len) memcpy(nl, d->lower, d->lower_len);
  d->lower = nl;
  *cap = ncap;
  return 0;
}

/* Makes room for `more` bytes after the end of d->lower. */
static inline int reserve_lower(qs_doc *d, size_t more, size_t *cap) {
  size_t need = d->lower_len + more;
  return need > *cap ? grow_lower(d, need, cap) : 0;
}

/* Writes the lowercase form of the n ASCII bytes at p (text, so that
 * eight bytes past any of them are readable: QS_TEXT_PAD) at out, then
 * zero bytes to the next multiple of eight from out, a word at a time;
 * returns its lexicon hash (qs_lex_hash), computed on the way. */
static inline uint64_t lower_ascii(const unsigned char *p, size_t n,
                                   char *out) {
  uint64_t h = QS_LEX_HASH_SEED(n), x;
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    memcpy(&x, p + k, 8);
    x = lower8(x);
    memcpy(out + k, &x, 8);
    h = qs_lex_hash_step(h, x);
  }
  memcpy(&x, p + k, 8);
  x = lower8(qs_word_prefix(x, n - k));
  memcpy(out + k, &x, 8);
  return qs_lex_hash_end(h, x);
}

/* Appends the lowercase form of code points [s,e) to d->lower and returns
 * through *hash the lexicon hash (qs_lex_hash) of the bytes it wrote, so
 * that the caller can look the form up at once.  The form is followed by
 * zero bytes up to the next multiple of eight bytes from its start (what
 * qs_lex_find_padded wants), until the next form is written over them. */
static inline int push_lower(qs_doc *d, uint32_t s, uint32_t e, size_t *cap,
                             uint64_t *hash) {
  /* Worst case 4 bytes per code point (lowercasing never needs more),
   * plus one word for the zero bytes after the form. */
  if (reserve_lower(d, (size_t)(e - s) * 4 + 8, cap) != 0) return -1;
  /* Locals, not d->lower[d->lower_len++]: a char store may alias d. */
  char *out = d->lower + d->lower_len;
  size_t b0 = d->boff[s], nb = d->boff[e] - b0;
  if (nb != e - s) {
    char *end = lower_unicode(d, s, e, out);
    memset(end, 0, 8);
    d->lower_len = (size_t)(end - d->lower);
    *hash = qs_lex_hash(out, (size_t)(end - out));
    return 0;
  }
  /* As many bytes as code points: all ASCII. */
  *hash = lower_ascii((const unsigned char *)d->bytes + b0, nb, out);
  d->lower_len += nb;
  return 0;
}

/* The next token of d->tok, NULL when out of memory.  Its fields are the
 * caller's to write. */
static inline qs_token *new_token(qs_doc *d, uint32_t *tcap) {
  if (d->ntok == *tcap) {
    qs_token *nt = qs_arena_reserve(&d->arena, d->tok, d->ntok, tcap,
                                    sizeof *d->tok, 1024);
    if (!nt) return NULL;
    d->tok = nt;
  }
  return &d->tok[d->ntok];
}

/* Sets the lexicon entry of token t and the copies of what attrib.c asks
 * of nearly every token, so that its scans read the token array only,
 * not the lexicon's entries. */
static inline void set_lex(qs_token *t, const qs_lex_entry *e) {
  /* Read through a blank entry rather than branch on NULL: whether a
   * word is listed is the least predictable thing about it.  An entry
   * has a stop_tag exactly when it is a stopword. */
  static const qs_lex_entry none;
  const qs_lex_entry *r = e ? e : &none;
  t->lex = e;
  t->lexf = r->flags;
  t->stop_tag = r->stop_tag;
}

/* What the byte after the letters and digits of an ASCII word makes of it
 * (add_ascii_words): 0 ends the word; 1 may join it to more -- ' - & (the
 * ASCII CP_JOIN bytes but '.') or a byte of a non-ASCII code point -- and
 * leaves the word to the general loop; 2 is '.' or ',', which end it
 * unless a letter or digit follows.  One load for the three tests. */
#define WORD_STOP(c)                                                           \
  ((c) >= 0x80 || (c) == '\'' || (c) == '-' || (c) == '&' ? 1                  \
   : (c) == '.' || (c) == ','                             ? 2                  \
                                                          : 0)
#define WORD_STOP4(c)                                                          \
  WORD_STOP(c), WORD_STOP((c) + 1), WORD_STOP((c) + 2), WORD_STOP((c) + 3)
#define WORD_STOP16(c)                                                         \
  WORD_STOP4(c), WORD_STOP4((c) + 4), WORD_STOP4((c) + 8), WORD_STOP4((c) + 12)
static const unsigned char word_stop[256] = {
    WORD_STOP16(0x00), WORD_STOP16(0x10), WORD_STOP16(0x20), WORD_STOP16(0x30),
    WORD_STOP16(0x40), WORD_STOP16(0x50), WORD_STOP16(0x60), WORD_STOP16(0x70),
    WORD_STOP16(0x80), WORD_STOP16(0x90), WORD_STOP16(0xA0), WORD_STOP16(0xB0),
    WORD_STOP16(0xC0), WORD_STOP16(0xD0), WORD_STOP16(0xE0), WORD_STOP16(0xF0)};

/* The commonest word: fewer than 16 ASCII letters and digits at q (text,
 * so that QS_TEXT_PAD bytes past the first byte that is neither are
 * readable).  Writes its lowercase form, then zeros, to the 16 bytes at
 * out -- the padding qs_lex_find_padded wants -- and returns its length;
 * 16 when the word is longer (it then writes nothing).  Only for a
 * capitalised word (cap) does it say, in *caps, whether the word has two
 * or more letters and no lowercase one. */
static inline unsigned cut_short_word(const unsigned char *q, char *out,
                                      unsigned cap, unsigned *caps) {
#ifdef __SSE2__
  /* Sixteen bytes at a time: a byte b is in [lo, lo + k) when b + 0x80 -
   * lo, as a signed byte, is below -128 + k (bytes of 0x80 and above, and
   * the others, land at or above it).  A letter with bit 5 set is its
   * lowercase form; digits stay as they are. */
  static const unsigned char keep_bytes[32] = {
      0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
      0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
  const __m128i to_a = _mm_set1_epi8((char)(0x80 - 'a'));
  const __m128i to_0 = _mm_set1_epi8((char)(0x80 - '0'));
  const __m128i in26 = _mm_set1_epi8((char)(-128 + 26));
  const __m128i in10 = _mm_set1_epi8((char)(-128 + 10));
  const __m128i bit5 = _mm_set1_epi8(0x20);
  __m128i v = _mm_loadu_si128((const __m128i *)q);
  __m128i letter =
      _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, bit5), to_a), in26);
  __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, to_0), in10);
  unsigned word = (unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit));
  unsigned len = qs_first_of16(~word & 0xFFFFu); /* 16 when all are */
  if (len == 16) return 16;
  /* The first len bytes of keep_bytes' window are 0xFF, the rest 0. */
  __m128i keep = _mm_loadu_si128((const __m128i *)(keep_bytes + 16 - len));
  __m128i low = _mm_or_si128(v, _mm_and_si128(letter, bit5));
  _mm_storeu_si128((__m128i *)out, _mm_and_si128(low, keep));
  if (cap) {
    unsigned in = (1u << len) - 1;
    unsigned let = (unsigned)_mm_movemask_epi8(letter) & in;
    unsigned small = (unsigned)_mm_movemask_epi8(
        _mm_cmplt_epi8(_mm_add_epi8(v, to_a), in26));
    *caps = (let & (let - 1)) != 0 && !(small & in);
  }
  return len;
#else
  uint64_t x0, x1, a0, a1;
  memcpy(&x0, q, 8);
  memcpy(&x1, q + 8, 8);
  uint64_t w0 = alnum8(x0, &a0), w1 = alnum8(x1, &a1);
  unsigned n0 = first_marked(~w0 & HIGH);
  unsigned len = n0 < 8 ? n0 : 8 + first_marked(~w1 & HIGH);
  if (len == 16) return 16;
  /* The bytes of each half that belong to the word. */
  uint64_t in0 = len >= 8 ? ~0ull : (1ull << 8 * len) - 1;
  uint64_t in1 = len <= 8 ? 0 : (1ull << 8 * (len - 8)) - 1;
  uint64_t l0 = lower8(x0) & in0, l1 = lower8(x1) & in1;
  memcpy(out, &l0, 8);
  memcpy(out + 8, &l1, 8);
  if (cap) {
    a0 &= in0;
    a1 &= in1;
    /* Lower-case letters have bit 5 set. */
    uint64_t small =
        (a0 & (x0 & ONES * 0x20) << 2) | (a1 & (x1 & ONES * 0x20) << 2);
    *caps = count_marked(a0) + count_marked(a1) >= 2 && !small;
  }
  return len;
#endif
}

/* What qs_lex_find_padded answers for the form of n bytes at out (zeros
 * after it) with its qs_lex_hash, the hash computed only when needed: a
 * form of two to seven bytes is one word of the short-key table. */
static inline const qs_lex_entry *find_form(const qs_lexicon *lx,
                                            const char *out, size_t n) {
  if (n >= 2 && n < 8 && lx->padded_ready && lx->short_tab) {
    uint64_t x;
    memcpy(&x, out, 8);
    return qs_lex_find_short(lx, x);
  }
  return qs_lex_find_padded(lx, out, n, qs_lex_hash(out, n));
}

/* The word or number of add_ascii_run at q (an ASCII letter or digit) in
 * general, a part at a time: parts of ASCII letters and digits joined by
 * ' - & or U+2019, U+2010, U+2011 (each followed by an ASCII letter or
 * digit, as the general loop joins them), ended by a byte that cannot go
 * on with it; a full stop of an initial or a listed abbreviation, and a
 * possessive 's, as add_token has them.  len and caps: what
 * cut_short_word said of its first part, whose form it wrote at out when
 * len < 16 (caps only when the word is capitalised).  Returns its length in
 * code points, with its bytes in *nbp, its form written at out (and zeros after
 * it) and that form's length in *nlop, its flags (f0 and its own) in *fp and
 * its lexicon entry in *ep; 0 when the general loop is to cut it: 64 bytes or
 * more, an inner full stop (U.S), a number's 3.5 or 1,000, a non-ASCII letter
 * or digit, or a code point it does not know. */
NOINLINE static unsigned ascii_word(const qs_lexicon *lx,
                                    const unsigned char *q, char *out,
                                    unsigned len, unsigned caps, uint16_t f0,
                                    uint16_t *fp, const qs_lex_entry **ep,
                                    unsigned *nbp, unsigned *nlop) {
  unsigned c = q[0];
  /* A number starts with a digit, so only a word can be capitalised. */
  int kind = (unsigned)(c - '0') < 10u ? QS_TOK_NUM : QS_TOK_WORD;
  unsigned cap = (unsigned)(c - 'A') < 26u;
  unsigned b = 0, ncp = 0, o = 0, unused;
  /* The parts of letters and digits: cut and lowercased at once when
   * under 16 bytes (the first by the run already), else a byte at a
   * time. */
  for (unsigned k = len;;) {
    if (k == 16) {
      /* (cut_short_word wrote nothing of use.) */
      for (k = 0; q[b + k] < 0x80 && (ascii_class[q[b + k]] & CP_ALNUM);) {
        unsigned x = q[b + k];
        out[o + k] = (char)((unsigned)(x - 'A') < 26u ? x + 32 : x);
        if (b + ++k >= 64) return 0;
      }
    }
    b += k;
    o += k;
    ncp += k;
    if (b >= 64) return 0;
    unsigned x = q[b];
    /* Past the letters and digits: a joiner and a letter or digit go on
     * with the word; a joiner without one does not belong to it. */
    unsigned jb = x == '-' || x == '\'' || x == '&' ? 1 : 0;
    if (x == 0xE2 && q[b + 1] == 0x80 &&
        (q[b + 2] == 0x99 || q[b + 2] == 0x90 || q[b + 2] == 0x91))
      jb = 3;
    if (jb) {
      unsigned y = q[b + jb];
      if (y >= 0x80) return 0; /* perhaps a letter */
      if (!(ascii_class[y] & CP_ALNUM)) break;
      if (jb == 1) {
        out[o++] = (char)x;
      } else if (q[b + 2] == 0x99) {
        out[o++] = '\''; /* one apostrophe form, as lower_unicode */
      } else {
        memcpy(out + o, q + b, 3); /* a hyphen is its own lowercase */
        o += 3;
      }
      b += jb;
      ncp++;
      if (b >= 64) return 0;
      k = cut_short_word(q + b, out + o, 0, &unused);
      continue;
    }
    if (x >= 0x80) {
      /* U+2000..U+203F (spaces, dashes, quotation marks...) hold no
       * letter or digit: the word ends.  Other code points are left to
       * the general loop. */
      if (!(x == 0xE2 && q[b + 1] == 0x80)) return 0;
      break;
    }
    if (x == '.' || x == ',') {
      unsigned y = q[b + 1];
      /* 3.5, 1,000; U.S (an inner period); or a non-ASCII letter or
       * digit */
      unsigned cont = kind == QS_TOK_NUM ? CP_DIGIT : x == '.' ? CP_LETTER : 0;
      if (y >= 0x80 ? cont != 0 : (ascii_class[y] & cont) != 0) return 0;
    }
    break;
  }
  uint16_t f = (uint16_t)(f0 | (kind != QS_TOK_WORD) * QS_TF_NONWORD);
  if (cap) {
    /* Every letter a capital, two or more of them (a joiner is none):
     * what cut_short_word said of a word of one part; else most often
     * the second byte says no. */
    if (len == 16 || b != len) {
      unsigned letters = 0, i = 0;
      for (; i < b && (unsigned)(q[i] - 'a') >= 26u; i++)
        letters += (unsigned)(q[i] - 'A') < 26u;
      caps = i == b && letters >= 2;
    }
    f |= (uint16_t)(QS_TF_CAP | (caps ? QS_TF_ALLCAPS : 0));
  }
  if (q[b] == '.' && kind == QS_TOK_WORD) {
    /* A trailing full stop belongs to an initial and to a listed
     * abbreviation (Mr., Sept.), as in the general loop. */
    int take = ncp == 1 && cap;
    if (!take && ncp < 12) {
      out[o] = '.';
      memset(out + o + 1, 0, 8);
      const qs_lex_entry *a = find_form(lx, out, o + 1);
      take = a && (a->flags & (QS_LEX_ABBREV | QS_LEX_ABBREV_AMBIG));
    }
    if (take) {
      out[o++] = '.';
      b++;
      ncp++;
      f |= QS_TF_PERIOD;
    }
  }
  memset(out + o, 0, 8);
  const qs_lex_entry *e = NULL;
  if (kind == QS_TOK_WORD) {
    if (ncp >= 3 && out[o - 1] == 's' && out[o - 2] == '\'') {
      /* Rutte's -> rutte, unless it's a contraction (it's, he's): what
       * add_token does with the form without the 's. */
      memset(out + o - 2, 0, 8);
      e = find_form(lx, out, o - 2);
      if (e && (e->sets & QS_SET_CONTRACTION)) {
        out[o - 2] = '\'';
        out[o - 1] = 's';
        e = find_form(lx, out, o);
      } else {
        f |= QS_TF_POSS;
        o -= 2;
      }
    } else {
      e = find_form(lx, out, o);
    }
  }
  *fp = f;
  *ep = e;
  *nbp = b;
  *nlop = o;
  return ncp;
}

/* The marks of U+2000..U+203F that add_ascii_run takes, by their low six
 * bits: en and em dash, the quotation marks U+2018..U+201F, ellipsis. */
#define RUN_MARKS_2000                                                         \
  ((1ull << 0x13) | (1ull << 0x14) | (0xFFull << 0x18) | (1ull << 0x26))

/* A mark of add_ascii_run but a single ASCII one: "--", "..." or '' (one
 * token each, as in the general loop), or one of RUN_MARKS_2000 (three
 * bytes E2 80 xx).  Returns its length in code points, with its bytes in
 * *nbp, its form written at out (and zeros after it) and that form's
 * length in *nlop, its kind, flags and lexicon entry, as add_token has
 * them; 0 for U+2018 or U+2019 doubled (one token, the general loop's). */
NOINLINE static unsigned run_mark(const qs_lexicon *lx, const unsigned char *q,
                                  char *out, uint16_t f0, int *kindp,
                                  uint16_t *fp, const qs_lex_entry **ep,
                                  unsigned *nbp, unsigned *nlop) {
  unsigned c = q[0], ncp, nb, nlo, low = 0;
  int quote;
  if (c < 0x80) {
    ncp = nb = nlo = c == '.' ? 3 : 2;
    memset(out, 0, 8);
    memset(out, (int)c, nlo);
    quote = c == '\'';
  } else {
    low = q[2];
    if ((low == 0x98 || low == 0x99) && q[3] == 0xE2 && q[4] == 0x80 &&
        q[5] == low)
      return 0;
    ncp = 1;
    nb = 3;
    memset(out, 0, 8);
    if (low == 0x99) {
      out[0] = '\''; /* one apostrophe form, as lower_unicode */
      nlo = 1;
    } else {
      memcpy(out, q, 3); /* a mark is its own lowercase */
      nlo = 3;
    }
    quote = low >= 0x98 && low <= 0x9F;
  }
  *kindp = quote ? QS_TOK_QUOTE : QS_TOK_PUNCT;
  *fp = (uint16_t)(f0 | QS_TF_NONWORD | QS_TF_MARK |
                   (quote ? QS_TF_QMARK | QS_TF_STOP : 0) |
                   (c == '.' || low == 0xA6 ? QS_TF_STOP : 0)); /* ... U+2026 */
  *ep = quote ? NULL : find_form(lx, out, nlo);
  *nbp = nb;
  *nlop = nlo;
  return ncp;
}

/* Appends code point pos to d->para_start, the paragraphs' starts (npara
 * of them, room for *pcap); -1 when out of memory. */
static int push_para_start(qs_doc *d, uint32_t *pcap, uint32_t pos) {
  uint32_t *np = qs_arena_reserve(&d->arena, d->para_start, (size_t)d->npara,
                                  pcap, sizeof *d->para_start, 64);
  if (!np) return -1;
  d->para_start = np;
  d->para_start[d->npara++] = pos;
  return 0;
}

/* Adds the run of the commonest tokens that starts at code point *sp,
 * whose bytes are at q: tokens of printable ASCII or of RUN_MARKS_2000,
 * at most one space apart.  A token is a word or number of ASCII letters
 * and digits, with the joiners of ascii_word (fewer than 64 bytes), ended
 * by a byte that cannot continue it; or a mark: one ASCII mark, "--",
 * "...", '', or one of RUN_MARKS_2000 (run_mark).  Each is cut over the
 * bytes of the text and added with its lowercase form, lexicon entry and
 * flags, by the same rules as the general loop, add_token and
 * add_ascii_mark for the tokens they agree on; any other token ends the
 * run.  The first token gets *flags, each later one QS_TF_SPACE_BEFORE
 * after a space and no flag without one.  The token array and the
 * lowercase buffer are walked by local pointers and d is written at the
 * end: the stores into tokens and forms may alias d, and would otherwise
 * reload its fields for every token; a function of its own, the loop
 * keeps them in registers.  Returns -1 when out of memory; 1 when the run
 * ends after a token, *sp then being its end or the code point after the
 * one space that followed it, and *flags the flags for the next token; 0
 * when it ends at a token it does not add, *sp then being its start
 * (which the general loop cuts) and *flags its flags.  *nadded: the
 * tokens added. */
NOINLINE static int add_ascii_run(qs_doc *d, uint32_t *tcap, size_t *lcap,
                                  uint32_t *pcap, int wrapped, uint32_t *sp,
                                  const unsigned char *q, uint16_t *flags,
                                  int32_t *parap, uint32_t *nadded) {
  const qs_lexicon *lx = &d->engine->lex;
  const uint32_t ntok0 = d->ntok;
  const unsigned char *text_end = (const unsigned char *)d->bytes + d->nbytes;
  qs_token *t = d->tok + ntok0, *tend = d->tok + *tcap;
  char *lower = d->lower, *out = lower + d->lower_len;
  char *lend = lower + *lcap;
  uint32_t s = *sp, tpara = ntok0; /* the paragraph's first token here */
  uint16_t f0 = *flags;
  int32_t para = *parap;
  int r = 0;
  /* One test for room a token: a token takes one byte of the text or
   * more, and as many bytes of d->lower as of the text, so while fewer
   * bytes are taken than there are free tokens, and than free bytes of
   * d->lower beyond the room of the longest form and its padding (80),
   * neither array needs to grow.  qlim: where that ends (or the text). */
  const unsigned char *qlim = q;
  for (;;) {
    if (q >= qlim) {
      if (t == tend || lend - out < 64 + 16) {
        d->ntok = (uint32_t)(t - d->tok);
        d->lower_len = (size_t)(out - lower);
        uint32_t tc = *tcap;
        if (!new_token(d, &tc) || reserve_lower(d, 64 + 16, lcap) != 0)
          return -1; /* d is as it was after the last token */
        *tcap = tc;
        t = d->tok + d->ntok;
        tend = d->tok + tc;
        lower = d->lower;
        out = lower + d->lower_len;
        lend = lower + *lcap;
      }
      size_t room = (size_t)(tend - t);
      size_t lroom = (size_t)(lend - out) - (64 + 16) + 1;
      size_t left = (size_t)(text_end - q);
      if (room > lroom) room = lroom;
      qlim = q + (room < left ? room : left);
    }
    /* n: the token's code points; nb its bytes, nlo its form's (all
     * three the same but for the rarer tokens of ascii_word and
     * run_mark). */
    unsigned c = q[0], n, nb, nlo;
    int kind;
    uint16_t f;
    const qs_lex_entry *e = NULL;
    if (c < 0x80 && (ascii_class[c] & CP_ALNUM)) {
      /* A number starts with a digit, so only a word can be capitalised. */
      kind = (unsigned)(c - '0') < 10u ? QS_TOK_NUM : QS_TOK_WORD;
      unsigned cap = (unsigned)(c - 'A') < 26u, caps = 0;
      unsigned len = cut_short_word(q, out, cap, &caps);
      unsigned stop = q[len];
      if (len < 16 &&
          (!word_stop[stop] || (stop == ',' && kind == QS_TOK_WORD))) {
        /* The commonest word, ended by a space or a mark that cannot go
         * on with it (a comma goes on with a number only): its form is
         * written, the lookup is all that is left. */
        n = nb = nlo = len;
        f = (uint16_t)(f0 | (kind != QS_TOK_WORD) * QS_TF_NONWORD);
        if (cap) f |= (uint16_t)(QS_TF_CAP | (caps ? QS_TF_ALLCAPS : 0));
        if (kind == QS_TOK_WORD) {
          uint64_t x0, x1;
          memcpy(&x0, out, 8);
          if (len < 8) {
            /* The form's bytes, then zeros: one word. */
            e = lx->short_tab ? qs_lex_find_short(lx, x0)
                              : qs_lex_find_padded(
                                    lx, out, len,
                                    qs_lex_hash_end(QS_LEX_HASH_SEED(len), x0));
          } else {
            /* qs_lex_hash of the two words of the form. */
            memcpy(&x1, out + 8, 8);
            uint64_t h = qs_lex_hash_step(QS_LEX_HASH_SEED(len), x0);
            e = qs_lex_find_padded(lx, out, len, qs_lex_hash_end(h, x1));
          }
        }
      } else {
        /* (Its own variables: an address taken would keep f and e in
         * memory for every token.) */
        uint16_t wf;
        const qs_lex_entry *we;
        unsigned wb, wlo;
        n = ascii_word(lx, q, out, len, caps, f0, &wf, &we, &wb, &wlo);
        if (!n) break;
        f = wf;
        e = we;
        nb = wb;
        nlo = wlo;
      }
    } else if (c >= 0x80 || ((c == '-' || c == '\'') && q[1] == c) ||
               (c == '.' && q[1] == '.' && q[2] == '.')) {
      /* "--", "..." and '' are one token each, as in the general loop;
       * and the marks of RUN_MARKS_2000. */
      int mk;
      uint16_t mf;
      const qs_lex_entry *me;
      unsigned mb, mlo;
      n = run_mark(lx, q, out, f0, &mk, &mf, &me, &mb, &mlo);
      if (!n) break;
      kind = mk;
      f = mf;
      e = me;
      nb = mb;
      nlo = mlo;
    } else {
      /* One ASCII mark.  Its form is itself, then zeros (a little-endian
       * word, as the caller makes sure); only a punctuation mark is
       * looked up. */
      uint64_t x = c;
      memcpy(out, &x, 8);
      n = nb = nlo = 1;
      f = (uint16_t)(f0 | QS_TF_NONWORD | QS_TF_MARK | ascii_mark_flags[c]);
      if (f & QS_TF_QMARK) {
        kind = QS_TOK_QUOTE;
      } else {
        kind = QS_TOK_PUNCT;
        e = lx->byte1_ready ? lx->byte1[c] : qs_lex_find(lx, out, 1);
      }
    }
    t->s = s;
    t->e = s + n;
    t->kind = (uint8_t)kind;
    t->para = para;
    t->sent = -1;
    t->lo = (uint32_t)(out - lower);
    t->lolen = (uint16_t)nlo;
    t->flags = f;
    set_lex(t, e);
    t++;
    out += nlo;
    s += n;
    q += nb;
    /* A space, if any, then the next printable ASCII byte or mark of
     * RUN_MARKS_2000 go on. */
    f0 = 0;
    if (q[0] == ' ') {
      s++;
      q++;
      f0 = QS_TF_SPACE_BEFORE;
    }
    if ((unsigned)(q[0] - 0x21) >= 0x7F - 0x21 &&
        !(q[0] == 0xE2 && q[1] == 0x80 &&
          (RUN_MARKS_2000 >> (q[2] & 0x3F) & 1))) {
      if (q[0] != '\n' || wrapped) {
        r = 1;
        break;
      }
      /* A line feed (the text is not hard-wrapped) ends the paragraph,
       * and blank lines after it start none, as in the main loop. */
      t[-1].flags |= QS_TF_PARA_END;
      d->ntok = (uint32_t)(t - d->tok);
      if (push_para_start(d, pcap, s + 1) != 0) return -1;
      para++;
      tpara = d->ntok;
      f0 = QS_TF_PARA_START | QS_TF_SPACE_BEFORE;
      for (s++, q++; q[0] == '\n' || q[0] == ' '; s++, q++)
        if (q[0] == '\n') d->para_start[d->npara - 1] = s + 1;
      if ((unsigned)(q[0] - 0x21) >= 0x7F - 0x21 &&
          !(q[0] == 0xE2 && q[1] == 0x80 &&
            (RUN_MARKS_2000 >> (q[2] & 0x3F) & 1))) {
        r = 1;
        break;
      }
    }
  }
  d->ntok = (uint32_t)(t - d->tok);
  d->lower_len = (size_t)(out - lower);
  *sp = s;
  *flags = f0;
  *parap = para;
  *nadded = d->ntok - tpara;
  return r;
}

/* A token of one ASCII mark (a punctuation mark, a quotation mark): its
 * lowercase form is itself, and only a punctuation mark is looked up
 * (qs_lex_find's table of one-byte keys).  Returns -1 when out of
 * memory.  The same as add_token for these tokens. */
static inline int add_ascii_mark(qs_doc *d, uint32_t *tcap, size_t *lcap,
                                 uint32_t s, int kind, uint16_t flags,
                                 int32_t para) {
  qs_token *t = new_token(d, tcap);
  if (!t || reserve_lower(d, 8, lcap) != 0) return -1;
  char *out = d->lower + d->lower_len;
  memset(out, 0, 8);
  out[0] = (char)d->cp[s];
  t->s = s;
  t->e = s + 1;
  t->kind = (uint8_t)kind;
  t->para = para;
  t->sent = -1;
  t->lo = (uint32_t)d->lower_len;
  t->lolen = 1;
  t->flags = (uint16_t)(flags | QS_TF_NONWORD | QS_TF_MARK |
                        (kind == QS_TOK_QUOTE) * QS_TF_QMARK |
                        mark_flags(kind, d->cp[s], d->cp[s]));
  d->lower_len++;
  /* What qs_lex_find answers for a one-byte key, without the call. */
  const qs_lexicon *lx = &d->engine->lex;
  set_lex(t, kind != QS_TOK_PUNCT ? NULL
             : lx->byte1_ready    ? lx->byte1[(unsigned char)out[0]]
                                  : qs_lex_find(lx, out, 1));
  d->ntok++;
  return 0;
}

static int add_token(qs_doc *d, uint32_t *tcap, uint32_t s, uint32_t e,
                     int kind, uint16_t flags, int32_t para, size_t *lcap) {
  qs_token *t = new_token(d, tcap);
  if (!t) return -1;
  const qs_lexicon *lx = &d->engine->lex;
  t->s = s;
  t->e = e;
  t->kind = (uint8_t)kind;
  t->para = para;
  t->sent = -1;
  t->lo = (uint32_t)d->lower_len;
  uint32_t le = e;
  if (kind == QS_TOK_WORD && e - s >= 3 && is_apostrophe(d->cp[e - 2]) &&
      (d->cp[e - 1] == 's' || d->cp[e - 1] == 'S')) {
    le = e - 2; /* Rutte’s -> rutte, unless it's a contraction */
    flags |= QS_TF_POSS;
  }
  uint64_t h;
  if (push_lower(d, s, le, lcap, &h) != 0) return -1;
  t->lolen =
      (uint16_t)(d->lower_len - t->lo > 65535 ? 65535 : d->lower_len - t->lo);
  if (flags & QS_TF_POSS) {
    /* it’s, he’s, that’s: a contraction, not a possessive */
    const qs_lex_entry *st =
        qs_lex_find_padded(lx, d->lower + t->lo, t->lolen, h);
    if (st && (st->sets & QS_SET_CONTRACTION)) {
      flags &= (uint16_t)~QS_TF_POSS;
      d->lower_len = t->lo;
      if (push_lower(d, s, e, lcap, &h) != 0) return -1;
      t->lolen = (uint16_t)(d->lower_len - t->lo);
    }
  }
  if (kind == QS_TOK_WORD && (cp_class(d->cp[s]) & CP_UPPER)) {
    flags |= QS_TF_CAP;
    int letters = 0, upper = 0;
    for (uint32_t i = s; i < e; i++) {
      unsigned k = cp_class(d->cp[i]);
      if (k & CP_LETTER) {
        letters++;
        upper += (k & CP_UPPER) != 0;
      }
    }
    if (letters >= 2 && letters == upper) flags |= QS_TF_ALLCAPS;
  }
  if (kind == QS_TOK_WORD && d->cp[e - 1] == '.') flags |= QS_TF_PERIOD;
  if (kind == QS_TOK_QUOTE) flags |= QS_TF_QMARK;
  if (kind != QS_TOK_WORD) flags |= QS_TF_NONWORD;
  if (kind >= QS_TOK_PUNCT)
    flags |= QS_TF_MARK | mark_flags(kind, d->cp[s], d->cp[e - 1]);
  t->flags = flags;
  /* A form cut at 65535 bytes is looked up as cut, as it always was. */
  set_lex(t, kind == QS_TOK_WORD || kind == QS_TOK_PUNCT
                 ? (t->lolen == d->lower_len - t->lo
                        ? qs_lex_find_padded(lx, d->lower + t->lo, t->lolen, h)
                        : qs_lex_find(lx, d->lower + t->lo, t->lolen))
                 : NULL);
  d->ntok++;
  return 0;
}

/* Is the text hard-wrapped (novels, e-mail, Project Gutenberg): nearly all
 * lines at most 80 code points and paragraphs apart by blank lines?  Then
 * a single line break is a space and only a blank line ends a paragraph.
 * News feeds put a paragraph on one line; their single newlines stay
 * paragraph breaks. */
static int hard_wrapped(const qs_doc *d) {
  const int32_t *cp = d->cp;
  uint32_t n = d->n;
  uint32_t lines = 0, short_lines = 0, blank = 0, start = 0;
  /* Line by line from the newlines decode recorded; the text's end closes
   * the last line (which is never blank). */
  for (uint32_t k = 0; k <= d->nnl; k++) {
    uint32_t j = k < d->nnl ? d->nl[k] : n;
    /* CR LF is one line end, at the LF; the CR is not counted. */
    if (cp[j] == '\r' && j + 1 < n && cp[j + 1] == '\n') continue;
    uint32_t len = j - start;
    if (len && cp[j] == '\n' && cp[j - 1] == '\r') len--;
    uint32_t t = start;
    while (t < j && (cp_class(cp[t]) & CP_SPACE))
      t++;
    if (t < j) {
      lines++;
      short_lines += len <= 80;
    } else if (j < n) {
      blank++;
    }
    start = j + 1;
  }
  return lines >= 8 && blank >= 1 && short_lines * 100 >= lines * 95;
}

/* After a newline at i: is the next line blank (or the text over)? */
static int blank_line_follows(const int32_t *cp, uint32_t n, uint32_t i) {
  if (cp[i] == '\r' && i + 1 < n && cp[i + 1] == '\n') i++;
  for (uint32_t k = i + 1; k < n; k++) {
    if (is_newline(cp[k])) return 1;
    if (!qs_cp_is_space(cp[k])) return 0;
  }
  return 1;
}

int qs_text_tokenize(qs_doc *d, qs_error *err) {
  const int32_t *cp = d->cp;
  uint32_t n = d->n, i = 0, tcap = 0, pcap = 0;
  size_t lcap = 0;
  int32_t para = 0;
  int para_has_tok = 0;
  uint16_t pending = QS_TF_PARA_START;
  const qs_lexicon *lx = &d->engine->lex;
  d->npara = 0;

  if (push_para_start(d, &pcap, 0) != 0) goto oom;
  /* Room for the tokens of ordinary prose (one per four code points at
   * most, where news has one per five or six) and their lowercase forms
   * (about as long as the text), so that neither array is copied while it
   * grows.  Raw memory: add_token writes every field of a token, and
   * untouched room costs no pages. */
  tcap = n / 4 + 64;
  d->tok = qs_arena_alloc_raw(&d->arena, (size_t)tcap * sizeof *d->tok);
  lcap = d->nbytes + d->nbytes / 2 + 64;
  d->lower = qs_arena_alloc_raw(&d->arena, lcap);
  if (!d->tok || !d->lower) goto oom;
  int wrapped = d->wrapped = hard_wrapped(d);
  while (i < n) {
    int32_t c = cp[i];
    unsigned cls = cp_class(c); /* one lookup for all the tests below */
    if ((cls & CP_NEWLINE) && wrapped && para_has_tok &&
        !blank_line_follows(cp, n, i)) {
      pending |= QS_TF_SPACE_BEFORE; /* a wrapped line goes on */
      i++;
      continue;
    }
    if (cls & CP_NEWLINE) {
      if (para_has_tok) {
        d->tok[d->ntok - 1].flags |= QS_TF_PARA_END;
        para++;
        para_has_tok = 0;
        if (push_para_start(d, &pcap, i + 1) != 0) goto oom;
      } else {
        d->para_start[d->npara - 1] = i + 1;
      }
      pending = QS_TF_PARA_START | QS_TF_SPACE_BEFORE;
      i++;
      continue;
    }
    if (cls & CP_SPACE) {
      pending |= QS_TF_SPACE_BEFORE;
      i++;
      continue;
    }
    uint32_t s = i;
    if (((uint32_t)c - 0x21u < 0x7Fu - 0x21u ||
         ((uint32_t)c >> 6 == 0x2000u >> 6 &&
          (RUN_MARKS_2000 >> (c & 0x3F) & 1))) &&
        qs_little_endian()) {
      /* Prose: words and marks at most one space apart -- added by
       * add_ascii_run, without a turn of the main loop per token (cp[n] =
       * 0 ends the text).  q: the bytes of code point s on; the run counts
       * code points as it goes, without a look at d->boff or d->cp. */
      const unsigned char *q = (const unsigned char *)d->bytes + d->boff[s];
      uint32_t added;
      int32_t para0 = para;
      int r = add_ascii_run(d, &tcap, &lcap, &pcap, wrapped, &s, q, &pending,
                            &para, &added);
      if (r < 0) goto oom;
      i = s;
      /* (added: the tokens of the paragraph the run ended in) */
      para_has_tok = (para == para0 && para_has_tok) || added != 0;
      if (r > 0) continue;
      /* The general loop goes on with the token at s. */
      c = cp[s];
      cls = cp_class(c);
    }
    int kind;
    /* Letters and digits first, the commonest (never a quotation mark). */
    if (cls & CP_ALNUM) {
      kind = (cls & CP_DIGIT) ? QS_TOK_NUM : QS_TOK_WORD;
      int inner_period = 0;
      i++;
      while (i < n) {
        /* The run of ASCII letters and digits, the bulk of a word. */
        while (i < n && (uint32_t)cp[i] < 0x80 &&
               (ascii_class[cp[i]] & CP_ALNUM))
          i++;
        if (i >= n || cp[i] == ' ') break; /* a space ends any token */
        int32_t x = cp[i];
        if (is_alnum_or_mark(x)) {
          i++;
        } else if ((is_apostrophe(x) || x == '-' || x == 0x2010 ||
                    x == 0x2011 || x == '&') &&
                   i + 1 < n && is_alnum_or_mark(cp[i + 1])) {
          i += 2;
        } else if (x == '.' && i + 1 < n && qs_cp_is_letter(cp[i + 1]) &&
                   kind == QS_TOK_WORD) {
          inner_period = 1; /* U.S, e.g, a.m */
          i += 2;
        } else if ((x == '.' || x == ',') && kind == QS_TOK_NUM && i + 1 < n &&
                   is_digit(cp[i + 1])) {
          i += 2;
        } else {
          break;
        }
      }
      /* A trailing period belongs to initials, initialisms and listed
       * abbreviations (Mr., U.S., Sept.). */
      if (i < n && cp[i] == '.' && kind == QS_TOK_WORD) {
        int take = inner_period || (i - s == 1 && qs_cp_is_upper(cp[s]));
        if (!take && i - s < 12) {
          size_t saved = d->lower_len;
          uint64_t h;
          if (push_lower(d, s, i + 1, &lcap, &h) != 0) goto oom;
          size_t kn = d->lower_len - saved;
          if (kn < 64) {
            const qs_lex_entry *e =
                qs_lex_find_hashed(lx, d->lower + saved, kn, h);
            take = e && (e->flags & (QS_LEX_ABBREV | QS_LEX_ABBREV_AMBIG));
          }
          d->lower_len = saved;
        }
        if (take) i++;
      }
    } else if (cls & CP_QUOTE) {
      kind = QS_TOK_QUOTE;
      i++;
      /* ''NYT style'' doubled apostrophes and ``TeX style`` act as one
       * double mark. */
      if ((c == '\'' || c == 0x2019 || c == 0x2018) && i < n && cp[i] == c) i++;
    } else {
      kind = QS_TOK_PUNCT;
      i++;
      /* "--" and "..." read as one token. */
      if (c == '-' && i < n && cp[i] == '-')
        i++;
      else if (c == '.' && i + 1 < n && cp[i] == '.' && cp[i + 1] == '.')
        i += 2;
    }
    if (i == s + 1 && c < 0x80 && kind != QS_TOK_WORD && kind != QS_TOK_NUM) {
      if (add_ascii_mark(d, &tcap, &lcap, s, kind, pending, para) != 0)
        goto oom;
    } else if (add_token(d, &tcap, s, i, kind, pending, para, &lcap) != 0) {
      goto oom;
    }
    para_has_tok = 1;
    /* The space after a token, most often, without a turn of the loop (a
     * space is nothing but QS_TF_SPACE_BEFORE on the next token). */
    unsigned sp = cp[i] == ' ';
    i += sp;
    pending = (uint16_t)(sp * QS_TF_SPACE_BEFORE);
  }
  if (!para_has_tok && d->npara > 1) d->npara--;
  if (d->ntok) d->tok[d->ntok - 1].flags |= QS_TF_PARA_END;
  /* A zeroed token past the last one: attrib.c reads d->tok[ntok].lex
   * (lexf of the token after a name) and must find NULL there even when
   * the array is exactly full. */
  qs_token *nt =
      qs_arena_reserve(&d->arena, d->tok, d->ntok, &tcap, sizeof *d->tok, 1024);
  if (!nt) goto oom;
  d->tok = nt;
  memset(&d->tok[d->ntok], 0, sizeof *d->tok);
  return 0;
oom:
  qs_error_set(err, QS_ERR_NOMEM, -1, "out of memory while tokenizing");
  return -1;
}

/* ---- sentences ---- */

static int is_closer_tok(const qs_doc *d, const qs_token *t) {
  if (t->kind == QS_TOK_QUOTE) return 1;
  int32_t c = d->cp[t->s];
  return t->kind == QS_TOK_PUNCT && (c == ')' || c == ']');
}

/* Does a sentence end after token i?  Quotation spans never hold a break. */
static int ends_sentence(const qs_doc *d, uint32_t i) {
  const qs_token *t = &d->tok[i];
  if (t->flags & QS_TF_IN_QUOTE) return 0;
  if (i + 1 >= d->ntok) return 1;
  if (d->tok[i + 1].para != t->para) return 1;
  int32_t c = d->cp[t->e - 1];
  int term = 0, ambig = 0;
  if (t->kind == QS_TOK_PUNCT &&
      (c == '.' || c == '?' || c == '!' || c == 0x2026 ||
       (t->e - t->s == 3 && c == '.')))
    term = 1;
  else if (t->kind == QS_TOK_WORD && c == '.') {
    const qs_lex_entry *e = t->lex;
    if (e && (e->flags & QS_LEX_ABBREV)) return 0;
    if (t->e - t->s == 2) return 0; /* an initial: J. */
    term = 1;
    ambig = 1; /* U.S. may or may not end a sentence */
  }
  if (!term) return 0;
  /* Skip closing marks and brackets that belong to this sentence. */
  uint32_t j = i + 1;
  while (j < d->ntok && d->tok[j].para == t->para &&
         !(d->tok[j].flags & QS_TF_SPACE_BEFORE) &&
         is_closer_tok(d, &d->tok[j]))
    j++;
  if (j > i + 1) return 0; /* the break comes after the closers */
  if (j >= d->ntok || d->tok[j].para != t->para) return 1;
  const qs_token *nx = &d->tok[j];
  if (!(nx->flags & QS_TF_SPACE_BEFORE)) return 0;
  if (ambig) {
    return (nx->flags & QS_TF_CAP) && nx->lex &&
           (nx->lex->flags & (QS_LEX_STOP | QS_LEX_PRONOUN));
  }
  if (nx->kind == QS_TOK_QUOTE || nx->kind == QS_TOK_NUM) return 1;
  if (nx->kind == QS_TOK_WORD) return (nx->flags & QS_TF_CAP) != 0;
  return nx->kind == QS_TOK_PUNCT &&
         (d->cp[nx->s] == '(' || d->cp[nx->s] == '[');
}

/* After the closers of a quotation ("...it.” He"), break after the closer. */
static int ends_after_closer(const qs_doc *d, uint32_t i) {
  const qs_token *t = &d->tok[i];
  if (!is_closer_tok(d, t) || i == 0 || i + 1 >= d->ntok) return 0;
  if (t->flags & QS_TF_IN_QUOTE) return 0;
  uint32_t k = i;
  /* At most a few closers follow a full stop (.’”) ); the bound keeps a
   * run of n marks from costing n^2. */
  while (k > 0 && i - k < 8 && is_closer_tok(d, &d->tok[k]) &&
         !(d->tok[k].flags & QS_TF_SPACE_BEFORE))
    k--;
  if (k == i || is_closer_tok(d, &d->tok[k])) return 0;
  const qs_token *p = &d->tok[k];
  int32_t c = d->cp[p->e - 1];
  if (!(c == '.' || c == '?' || c == '!' || c == 0x2026)) return 0;
  const qs_token *nx = &d->tok[i + 1];
  if (nx->para != t->para) return 1;
  if (!(nx->flags & QS_TF_SPACE_BEFORE)) return 0;
  if (d->tok[i + 1].kind == QS_TOK_QUOTE) return 1;
  if (!(nx->flags & QS_TF_CAP)) return 0;
  /* “…?” he asked / “…!” Rutte said: a cue follows, no break.  A
   * capitalised name followed by a cue is handled by attrib.c anyway. */
  return c == '.' || c == 0x2026;
}

int qs_text_sentences(qs_doc *d, qs_error *err) {
  uint32_t cap = 64;
  d->sent = qs_arena_alloc(&d->arena, cap * sizeof *d->sent);
  if (!d->sent) goto oom;
  d->nsent = 0;
  uint32_t start = 0;
  int32_t nsent = 0;
  /* Locals: the stores into tokens below may alias d. */
  qs_token *tok = d->tok;
  uint32_t ntok = d->ntok;
  for (uint32_t i = 0; i < ntok; i++) {
    /* Most tokens at once: a word or number inside a paragraph, without a
     * full stop of its own, or a mark without QS_TF_STOP (a comma, a
     * dash), ends nothing (neither test below says yes), and only takes
     * the sentence open now.  A number never ends in a full stop; a word
     * that does is marked, and so is the last token of a paragraph -- the
     * last of all among them, so the walk stops at ntok - 1. */
    qs_token *t = &tok[i];
    while (!(t->flags & (QS_TF_STOP | QS_TF_PERIOD | QS_TF_PARA_END))) {
      t->sent = nsent;
      t++;
    }
    i = (uint32_t)(t - tok);
    /* The tests below read no token's sentence. */
    t->sent = nsent;
    if (ends_sentence(d, i) || ends_after_closer(d, i) || i + 1 == ntok) {
      if ((uint32_t)nsent == cap) {
        qs_sentence *ns = qs_arena_alloc(&d->arena, cap * 2 * sizeof *ns);
        if (!ns) goto oom;
        memcpy(ns, d->sent, cap * sizeof *ns);
        d->sent = ns;
        cap *= 2;
      }
      qs_sentence *s = &d->sent[nsent];
      s->tok_s = start;
      s->tok_e = i + 1;
      s->s = tok[start].s;
      s->e = tok[i].e;
      s->para = tok[start].para;
      tok[start].flags |= QS_TF_SENT_START;
      nsent++;
      start = i + 1;
    }
  }
  d->nsent = nsent;
  return 0;
oom:
  qs_error_set(err, QS_ERR_NOMEM, -1,
               "out of memory while splitting sentences");
  return -1;
}
