/*
 * qs_internal.h -- private types shared by the library's stages.
 *
 * The pipeline is text.c (decode, paragraphs, tokens) -> scan.c (quotation
 * marks -> spans) -> sentence split (text.c) -> attrib.c (cues, speakers,
 * indirect speech) -> doc.c (public accessors).  Every allocation of a
 * document comes from its arena and goes with qs_doc_free.  Nothing here is
 * part of the public API; nothing here names a third-party type.
 */
#ifndef QS_INTERNAL_H
#define QS_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "quotescore.h"

/* ------------------------------------------------------------------ */
/* Arena: bump allocator in chunks; one free releases everything.      */
/* ------------------------------------------------------------------ */

typedef struct qs_arena_chunk qs_arena_chunk;
typedef struct qs_arena {
  qs_arena_chunk *head; /* newest chunk first */
  size_t total;         /* bytes handed out, for the per-document cap */
} qs_arena;

void qs_arena_init(qs_arena *a);
void qs_arena_release(qs_arena *a);
/* Zeroed, 16-byte aligned memory valid until qs_arena_release; NULL on OOM. */
void *qs_arena_alloc(qs_arena *a, size_t size);
/* The same, not zeroed: for arrays the caller writes before reading. */
void *qs_arena_alloc_raw(qs_arena *a, size_t size);
/* Makes room in an arena array of `size`-byte elements holding n of
 * *cap: when full, copies it into a block twice as large (at least
 * `first`) and updates *cap.  Returns the array to use, NULL on OOM.  The
 * old block stays in the arena until it is released.  Elements from n on
 * are not initialised: every caller writes an element before it reads it
 * (the token array's zeroed sentinel is written by qs_text_tokenize). */
void *qs_arena_reserve(qs_arena *a, void *arr, size_t n, uint32_t *cap,
                       size_t size, uint32_t first);
/* NUL-terminated copy of n bytes; NULL on OOM. */
char *qs_arena_strndup(qs_arena *a, const char *s, size_t n);

/* Fills err (may be NULL) with code, position and a printf-style message. */
void qs_error_set(qs_error *err, qs_status code, long offset, const char *fmt,
                  ...);
/* Fills err (may be NULL) for a record or file: code, line, offset -1,
 * where (NULL leaves it empty) and message = prefix + the formatted text. */
void qs_error_setv(qs_error *err, qs_status code, long line, const char *where,
                   const char *prefix, const char *fmt, va_list ap);

/* ------------------------------------------------------------------ */
/* Lexicons                                                            */
/* ------------------------------------------------------------------ */

/* What a lexicon key is: several tables share one hash map. */
enum {
  QS_LEX_CUE = 1u << 0,
  QS_LEX_TITLE = 1u << 1,     /* may stand directly before a name */
  QS_LEX_ROLE = 1u << 2,      /* role noun (apposition, descriptions) */
  QS_LEX_HONORIFIC = 1u << 3, /* Mr., Mrs., Dr. */
  QS_LEX_ORG = 1u << 4,       /* organisation name */
  QS_LEX_ORGHEAD = 1u << 5,   /* head noun making an org: Department */
  QS_LEX_PLACE = 1u << 6,     /* metonymic speaker: Moscow */
  QS_LEX_GROUP = 1u << 7,     /* officials, sources */
  QS_LEX_PRONOUN = 1u << 8,
  QS_LEX_ABBREV = 1u << 9,        /* never ends a sentence */
  QS_LEX_ABBREV_AMBIG = 1u << 10, /* may end a sentence (U.S., a.m.) */
  QS_LEX_FIRSTNAME = 1u << 11,
  QS_LEX_STOP = 1u << 12,       /* function word, day, month: not a name */
  QS_LEX_PREFIX = 1u << 13,     /* a proper word prefix of a multi-word key */
  QS_LEX_CUE_PREFIX = 1u << 14, /* ... of a multi-word cue (cues.tsv) */
  QS_LEX_STANCE = 1u << 15,     /* word set stance_cue: find_stance's words */
  QS_LEX_REPORT_NOUN =
      1u << 16, /* word set report_noun: "plan to", "attacks on" */
  QS_LEX_REPORT_PREFIX = 1u << 17, /* ... its first word ("plan", "attacks") */
  QS_LEX_DOCUMENT = 1u << 18       /* word set document_noun: "a statement" */
};

/* Closed word classes from lexicons/wordsets.tsv, one bit each. */
enum {
  QS_SET_ARTICLE = 1u << 0,
  QS_SET_AUX = 1u << 1,
  QS_SET_CLAUSE_STOP = 1u << 2,
  QS_SET_CONTRACTION = 1u << 3,
  QS_SET_ELISION = 1u << 4,
  QS_SET_FINITE = 1u << 5,
  QS_SET_FINITE_FORM = 1u << 6,
  QS_SET_INFINITIVE_LEMMA = 1u << 7,
  QS_SET_NAME_CONNECTOR = 1u << 8,
  QS_SET_NO_OBJECT_LEMMA = 1u << 9,
  QS_SET_NP_DETERMINER = 1u << 10,
  QS_SET_NP_PREP = 1u << 11,
  QS_SET_PLURAL_NOUN_CUE = 1u << 12,
  QS_SET_POSSESSIVE = 1u << 13,
  QS_SET_QUANTIFIER = 1u << 14,
  QS_SET_QUESTION_LEMMA = 1u << 15,
  QS_SET_RAISING_VERB = 1u << 16,
  QS_SET_RELATIVE = 1u << 17,
  QS_SET_ROLE_MODIFIER = 1u << 18,
  QS_SET_TELL_OBJECT = 1u << 19,
  QS_SET_TELL_VERB = 1u << 20,
  QS_SET_TIME_DETERMINER = 1u << 21,
  QS_SET_TIME_NOUN = 1u << 22,
  QS_SET_TOPIC_PREP = 1u << 23,
  QS_SET_WH_WORD = 1u << 24,
  QS_SET_NOUN_VERB = 1u << 25,
  QS_SET_FINDING_NOUN = 1u << 26,
  QS_SET_NOUN_TAIL = 1u << 27,
  QS_SET_NUMBER_WORD = 1u << 28,
  QS_SET_FINDING_LEMMA = 1u << 29,
  QS_SET_SECTION_LABEL = 1u << 30
};
/* Bit 31 does not fit an enum constant (ISO C: int range).  All 32 bits of
 * qs_lex_entry.sets are now in use: the next set needs a wider field. */
#define QS_SET_LISTENER_LEMMA (1u << 31)

typedef enum {
  QS_CUE_SPEECH = 0,
  QS_CUE_WRITE,
  QS_CUE_BELIEF,
  QS_CUE_PREP, /* according to */
  QS_CUE_NOUN, /* in a statement */
  QS_CUE_FRAME /* launched into a tirade */
} qs_cue_class;

typedef struct qs_lex_entry {
  const char *key;   /* lowercase UTF-8, words separated by one space */
  uint32_t hash;     /* low 32 bits of the key's hash */
  uint16_t keylen;   /* bytes in key */
  uint8_t cue_class; /* qs_cue_class when flags & QS_LEX_CUE */
  uint8_t nwords;    /* words in key */
  uint32_t flags;    /* QS_LEX_* */
  uint32_t sets;     /* QS_SET_* */
  char gender;       /* 'm','f','n','x' for pronouns and first names */
  char number;       /* 's','p' for pronouns and groups */
  char stop_tag; /* 'd'et 'p'rep 'c'onj 'r' pron 'a'dv 'y' day 'm'onth 'o' */
  float framing; /* cue framing score in [-1,1] */
  const char *lemma; /* cue lemma */
  /* A copy of the key when keylen <= QS_LEX_INLINE_KEY (else unused): a
   * lookup that finds the entry compares the key within the entry's own
   * 64 bytes, one cache line, not in the string pool. */
  char inline_key[24];
} qs_lex_entry;
#define QS_LEX_INLINE_KEY 24

/* Words in the lexicon's Bloom filter (16 KiB). */
#define QS_LEX_FILTER_WORDS ((size_t)1 << 11)

/* Bits in the lexicon's filter of multi-word steps (next_filter). */
#define QS_LEX_NEXT_BITS ((size_t)1 << 16)

typedef struct qs_lexicon {
  uint64_t *index;       /* cap slots: hash << 32 | entry + 1; 0 = empty */
  qs_lex_entry *entries; /* count entries, room for cap / 2 */
  size_t cap, count;     /* cap is a power of two, count <= cap / 2 */
  int max_words;         /* longest multi-word key */
  char *pool;            /* all key/lemma strings */
  size_t pool_len, pool_cap;
  /* Entries of the one-byte keys (punctuation, "a", "i"), by byte; NULL
   * when absent.  Filled once loading is done (byte1_ready), so the
   * commonest lookups skip the hash table. */
  const qs_lex_entry *byte1[256];
  int byte1_ready;
  int padded_ready; /* byte1_ready and an index to probe (cap > 0) */
  /* Bloom filter over the keys of two or more bytes: two bits per key,
   * both in one word, chosen by the high half of its hash
   * (qs_lex_filter_may_have).  A clear bit answers a miss -- most content
   * words -- from 16 KiB that stay in cache, without touching the index.
   * Valid once byte1_ready is set. */
  uint64_t filter[QS_LEX_FILTER_WORDS];
  /* Filter over the word steps of the multi-word keys: for each space of
   * each key, two bits from the hash of the words before it (P) and the
   * one word after it (W) (qs_lex_next_hash).  A clear bit answers that
   * P, a space and W start no key -- most words after "said", "in" or
   * "White" -- without building the key or probing the index.  Valid
   * once byte1_ready is set. */
  uint64_t next_filter[QS_LEX_NEXT_BITS / 64];
  /* count values: the sets (QS_SET_*) of the entry of entries[k].lemma,
   * 0 without a lemma or when the lemma is no key.  Filled once loading
   * is done (qs_lex_lemma_sets). */
  uint32_t *lemma_sets;
  /* The keys of one to seven bytes again, each as one native word (its
   * bytes, then zeros) beside its entry, in an open-addressed table of
   * short_mask + 1 slots (a power of two, at most a quarter full; a zero
   * key is an empty slot), for the tokenizer's commonest lookup
   * (qs_lex_find_short).  NULL until loading is done. */
  struct qs_lex_short *short_tab;
  size_t short_mask;
} qs_lexicon;

typedef struct qs_lex_short {
  uint64_t key;              /* the key's bytes and zeros; 0 = empty slot */
  const qs_lex_entry *entry; /* its entry */
} qs_lex_short;

/* The lexicon's key hash: the key's bytes taken eight at a time as native
 * 64-bit words (the last few in a zero-padded word), each mixed in with
 * one multiplication, then finished with one more and a shift that folds
 * the well-mixed high bits into the low half, so that both halves are
 * usable (the table takes the low half, the filter the high one; on the
 * project's lexicons and PolNeAR text this probes no more slots than a
 * finish of two multiplications did).  No serial chain per byte, and the
 * tokenizer can feed it the words it lowercases.  Its value never reaches
 * the output, so it may differ between machines. */
#define QS_LEX_HASH_SEED(n) (0x243F6A8885A308D3ull ^ (uint64_t)(n))
static inline uint64_t qs_lex_hash_step(uint64_t h, uint64_t word) {
  h = (h ^ word) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 32);
}
static inline uint64_t qs_lex_hash_end(uint64_t h, uint64_t tail) {
  h = (h ^ tail) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 29);
}
/* The index of the lowest set bit of a 16-bit mask (an SSE2 movemask of
 * sixteen bytes), 16 when none is set. */
static inline unsigned qs_first_of16(unsigned m) {
#if defined(__GNUC__)
  return m ? (unsigned)__builtin_ctz(m) : 16;
#else
  unsigned k = 0;
  while (k < 16 && !(m >> k & 1u))
    k++;
  return k;
#endif
}

/* Is the machine little-endian?  (A constant once optimised.) */
static inline int qs_little_endian(void) {
  const union {
    uint64_t u;
    unsigned char c[8];
  } probe = {1};
  return probe.c[0] == 1;
}
/* The first n (< 8) bytes of a native word read from memory, the rest 0. */
static inline uint64_t qs_word_prefix(uint64_t word, size_t n) {
  uint64_t keep = n ? ~0ull >> (64 - 8 * n) : 0;
  return qs_little_endian() ? word & keep : word & ~(~0ull >> (8 * n));
}
static inline uint64_t qs_lex_hash(const char *key, size_t n) {
  const unsigned char *p = (const unsigned char *)key;
  uint64_t h = QS_LEX_HASH_SEED(n), x = 0;
  for (; n >= 8; p += 8, n -= 8) {
    memcpy(&x, p, 8);
    h = qs_lex_hash_step(h, x);
  }
  x = 0;
  if (qs_little_endian() && n >= 4) {
    /* Two overlapping four-byte loads; the shared bytes agree. */
    uint32_t lo, hi;
    memcpy(&lo, p, 4);
    memcpy(&hi, p + n - 4, 4);
    x = lo | (uint64_t)hi << 8 * (n - 4);
  } else if (qs_little_endian() && n) {
    x = p[0] | (uint64_t)p[n / 2] << 8 * (n / 2) |
        (uint64_t)p[n - 1] << 8 * (n - 1);
  } else {
    for (size_t i = 0; i < n; i++)
      x |= (uint64_t)p[i] << (qs_little_endian() ? 8 * i : 56 - 8 * i);
  }
  return qs_lex_hash_end(h, x);
}

/* Looks up a lowercase key of n bytes; NULL when absent. */
const qs_lex_entry *qs_lex_find(const qs_lexicon *lx, const char *key,
                                size_t n);
/* The same with the key's hash (qs_lex_hash) already computed. */
const qs_lex_entry *qs_lex_find_hashed(const qs_lexicon *lx, const char *key,
                                       size_t n, uint64_t hash);
/* The filter word of a key's hash and its two bits in that word, all from
 * the high half of the hash (the index takes the low half): one load, one
 * cache line, per test. */
static inline size_t qs_lex_filter_word(uint64_t hash) {
  return (size_t)(hash >> 53) & (QS_LEX_FILTER_WORDS - 1);
}
static inline uint64_t qs_lex_filter_bits(uint64_t hash) {
  return (uint64_t)1 << (hash >> 32 & 63) | (uint64_t)1 << (hash >> 38 & 63);
}
/* May the key of this hash be in the lexicon?  0 means it is not. */
static inline int qs_lex_filter_may_have(const qs_lexicon *lx, uint64_t hash) {
  uint64_t bits = qs_lex_filter_bits(hash);
  return (lx->filter[qs_lex_filter_word(hash)] & bits) == bits;
}
/* The slot where a short key's search starts (qs_lex_short). */
static inline size_t qs_lex_short_slot(uint64_t key, size_t mask) {
  return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 40) & mask;
}
/* The entry of a key of one to seven bytes given as one word (its bytes
 * in memory order, then zero bytes: what memcpy of the zero-padded key
 * gives), NULL when absent; lx->short_tab must be set.  One word compared
 * per slot, no hash of the bytes, no filter. */
static inline const qs_lex_entry *qs_lex_find_short(const qs_lexicon *lx,
                                                    uint64_t key) {
  size_t mask = lx->short_mask;
  for (size_t i = qs_lex_short_slot(key, mask);; i = (i + 1) & mask) {
    const qs_lex_short *sl = &lx->short_tab[i];
    if (sl->key == key) return sl->entry;
    if (!sl->key) return NULL;
  }
}
/* qs_lex_find_hashed for a key followed by zero bytes up to the next
 * multiple of eight bytes from key, all readable: it is compared with the
 * entry's zero-padded inline key a word at a time, or, under eight
 * bytes, looked up as one word in the short-key table.  Inline: the
 * tokenizer calls it for nearly every word. */
static inline const qs_lex_entry *qs_lex_find_padded(const qs_lexicon *lx,
                                                     const char *key, size_t n,
                                                     uint64_t hash) {
  if (n > QS_LEX_INLINE_KEY || !lx->padded_ready)
    return qs_lex_find_hashed(lx, key, n, hash);
  if (n == 1) return lx->byte1[(unsigned char)key[0]];
  if (n && n < 8 && lx->short_tab) {
    uint64_t x;
    memcpy(&x, key, 8); /* the key, then zero bytes */
    return qs_lex_find_short(lx, x);
  }
  if (!qs_lex_filter_may_have(lx, hash)) return NULL;
  size_t mask = lx->cap - 1;
  uint32_t h = (uint32_t)hash;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    uint64_t slot = lx->index[i];
    if (!slot) return NULL;
    if ((uint32_t)(slot >> 32) != h) continue;
    const qs_lex_entry *e = &lx->entries[(uint32_t)slot - 1];
    if (e->keylen != n) continue;
    uint64_t x, y, diff = 0;
    for (size_t k = 0; k < n; k += 8) {
      memcpy(&x, key + k, 8);
      memcpy(&y, e->inline_key + k, 8);
      diff |= x ^ y;
    }
    if (!diff) return e;
  }
}
/* The hash of one step of a multi-word key: the low 32 bits of the
 * words-so-far key's hash (qs_lex_entry.hash) and the next word's length
 * (up to 255) and first, middle and last bytes, packed without overlap.  Like
 * qs_lex_hash, its value never reaches the output. */
static inline uint64_t qs_lex_next_hash(uint32_t prefix_hash, const char *w,
                                        size_t n) {
  const unsigned char *p = (const unsigned char *)w;
  uint64_t x = (uint64_t)prefix_hash << 32 | (n < 255 ? n : 255);
  if (n)
    x |= (uint64_t)p[0] << 8 | (uint64_t)p[n / 2] << 16 |
         (uint64_t)p[n - 1] << 24;
  return qs_lex_hash_end(QS_LEX_HASH_SEED(0), x);
}
/* May the key of `prefix` (an entry), a space and the n bytes of w (one
 * word: no space in it) be a key of the lexicon?  0 means it is none
 * (qs_lex_find would return NULL); 1 means it may be. */
static inline unsigned qs_lex_may_continue(const qs_lexicon *lx,
                                           const qs_lex_entry *prefix,
                                           const char *w, size_t n) {
  if (!lx->byte1_ready) return 1;
  uint64_t h = qs_lex_next_hash(prefix->hash, w, n);
  size_t b0 = (size_t)(h >> 32) & (QS_LEX_NEXT_BITS - 1);
  size_t b1 = (size_t)(h >> 48) & (QS_LEX_NEXT_BITS - 1);
  return (unsigned)((lx->next_filter[b0 / 64] >> (b0 % 64)) &
                    (lx->next_filter[b1 / 64] >> (b1 % 64)) & 1u);
}
/* The sets of the entry of e's lemma: what qs_lex_find(lx, e->lemma, ...)
 * would give, 0 when e has no lemma or it is no key.  e is an entry of
 * the loaded lexicon lx. */
static inline uint32_t qs_lex_lemma_sets(const qs_lexicon *lx,
                                         const qs_lex_entry *e) {
  return lx->lemma_sets[e - lx->entries];
}
int qs_lexicon_load_dir(qs_lexicon *lx, const char *dir, qs_error *err);
void qs_lexicon_free(qs_lexicon *lx);

struct qs_engine {
  qs_lexicon lex;
};

/* ------------------------------------------------------------------ */
/* Text                                                                */
/* ------------------------------------------------------------------ */

typedef enum {
  QS_TOK_WORD = 0, /* letters/digits, with inner ' ’ - . (U.S., don't) */
  QS_TOK_NUM,
  QS_TOK_PUNCT, /* any other non-space code point, one per token */
  QS_TOK_QUOTE  /* a quotation-mark candidate */
} qs_tok_kind;

enum {
  QS_TF_CAP = 1u << 0,     /* first code point is uppercase */
  QS_TF_ALLCAPS = 1u << 1, /* every letter uppercase, >= 2 letters */
  QS_TF_SPACE_BEFORE = 1u << 2,
  QS_TF_PARA_START = 1u << 3, /* first token of a paragraph */
  QS_TF_IN_QUOTE = 1u << 4,   /* inside a reported quotation span */
  QS_TF_POSS = 1u << 5,       /* word ends in 's / ’s or s' */
  QS_TF_SENT_START = 1u << 6,
  QS_TF_PERIOD = 1u << 7, /* a word whose last code point is '.' (Mr., U.S.) */
  QS_TF_PARA_END = 1u << 8,  /* last token of its paragraph (the next token,
                                if any, has the next para) */
  QS_TF_QMARK = 1u << 9,     /* kind is QS_TOK_QUOTE (tested with IN_QUOTE) */
  QS_TF_NONWORD = 1u << 10,  /* kind is not QS_TOK_WORD (ditto) */
  QS_TF_MARK = 1u << 11,     /* kind is QS_TOK_PUNCT or QS_TOK_QUOTE */
  QS_TF_IN_CLAUSE = 1u << 12 /* inside a reported clause (attrib.c) */
};
/* Marks that later walks must stop at, set by the tokenizer.  No other
 * mark ends a sentence or changes the quotation scan. */
enum {
  /* a mark that may end a sentence: a quotation mark, ) or ], or a
   * punctuation mark ending in . ? ! or U+2026 (the sentence split) */
  QS_TF_STOP = 1u << 13,
  QS_TF_ANGLE = 1u << 14 /* < or >, around markup tags (scan.c) */
};

typedef struct qs_token {
  uint32_t s, e;           /* code-point span [s,e) */
  uint32_t lo;             /* offset of the lowercase form in doc->lower */
  uint16_t lolen;          /* bytes of the lowercase form */
  uint8_t kind;            /* qs_tok_kind */
  char stop_tag;           /* lex->stop_tag when lex is a stopword, else 0 */
  uint16_t flags;          /* QS_TF_* */
  int32_t para;            /* paragraph index */
  int32_t sent;            /* sentence index */
  uint32_t lexf;           /* lex->flags (QS_LEX_*), 0 without an entry */
  const qs_lex_entry *lex; /* single-word lexicon entry, or NULL */
} qs_token;

typedef struct qs_span {
  uint32_t s, e; /* code points [s,e) */
} qs_span;

typedef struct qs_sentence {
  uint32_t tok_s, tok_e; /* token range [tok_s, tok_e) */
  uint32_t s, e;         /* code-point range */
  int32_t para;
} qs_sentence;

/* One quotation or reported clause found by the scanner/attributer. */
typedef struct qs_quote {
  uint32_t s, e;       /* content span, code points */
  uint32_t open_mark;  /* code point index of the opening mark, or s */
  uint32_t close_mark; /* index of the closing mark, or e when none */
  uint8_t type;        /* qs_quote_type */
  uint8_t closed;      /* closing mark seen */
  uint8_t continues;   /* continues into the next paragraph */
  uint8_t continued;   /* continues from the previous paragraph */
  int32_t para;
  int32_t sent;
  int32_t tok_s, tok_e; /* tokens inside the span */
  /* attribution */
  const char *speaker, *mention, *role, *cue, *rule;
  int32_t spk_s, spk_e, cue_s, cue_e; /* code points, -1 when none */
  uint8_t speaker_kind;               /* qs_speaker_kind */
  double confidence;
  const char *text; /* span text, NUL-terminated */
  int32_t group;    /* fragments of one quotation share it */
} qs_quote;

struct qs_doc {
  qs_arena arena;
  const qs_engine *engine;
  const char *id;
  const char *bytes; /* the (possibly repaired) text, then QS_TEXT_PAD 0s */
  size_t nbytes;
  int32_t *cp;    /* code points, n of them */
  uint32_t *boff; /* byte offset of each code point; boff[n] = nbytes */
  uint32_t n;
  uint32_t *nl; /* code-point index of each newline (decode), ascending */
  uint32_t nnl; /* newlines in nl */
  int wrapped;  /* hard-wrapped text (books, e-mail): qs_text_tokenize */
  char *lower;  /* lowercase forms of the tokens, concatenated */
  size_t lower_len;
  qs_token *tok;
  uint32_t ntok;
  uint32_t *para_start; /* code-point start of each paragraph */
  int32_t npara;
  qs_sentence *sent;
  int32_t nsent;
  qs_quote *q;
  uint32_t nq, qcap;
};

/* text.c */
/* Zero bytes after the last byte of doc->bytes (the first is its NUL):
 * word-at-a-time readers may load eight bytes at any offset <= nbytes + 8. */
#define QS_TEXT_PAD 16
/* One code-point offset to turn into a byte offset. */
typedef struct qs_offset_ref {
  long cp;   /* code-point offset, within [0, length] */
  long *out; /* where its byte offset goes */
} qs_offset_ref;
/* Maps every refs[i].cp to its byte offset in `text` (valid UTF-8 of len
 * bytes) in one walk: O(len + n log n).  Sorts refs. */
void qs_map_offsets(const char *text, size_t len, qs_offset_ref *refs,
                    size_t n);
/* Copies n bytes of s with each maximal ill-formed UTF-8 subpart replaced
 * by one U+FFFD into *out (malloc'd, NUL-terminated; *outn bytes).
 * Returns the number of replacements; 0 leaves *out NULL (s is valid);
 * -1 when out of memory. */
long qs_utf8_repair(const char *s, size_t n, char **out, size_t *outn);
/* Lowercases n bytes of UTF-8 into out (at most outcap - 1 bytes, then a
 * NUL); returns the bytes written, or outcap when they did not fit. */
size_t qs_utf8_lower(const char *s, size_t n, char *out, size_t outcap);
int qs_text_decode(qs_doc *d, const char *text, size_t len,
                   const qs_options *opts, qs_error *err);
int qs_text_tokenize(qs_doc *d, qs_error *err);
int qs_text_sentences(qs_doc *d, qs_error *err);
/* Code-point category helpers. */
int qs_cp_is_space(int32_t c);
int qs_cp_is_letter(int32_t c);
int qs_cp_is_upper(int32_t c);
int qs_cp_is_punct(int32_t c);
int qs_cp_is_dash(int32_t c);
/* Lowercase form of token i (not NUL-terminated). */
static inline const char *qs_tok_lower(const qs_doc *d, uint32_t i, size_t *n) {
  *n = d->tok[i].lolen;
  return d->lower + d->tok[i].lo;
}

/* scan.c: quotation marks -> d->q (type DIRECT/PARTIAL provisional). */
int qs_scan_quotes(qs_doc *d, qs_error *err);
/* Adds a quote (grows d->q in the arena); returns NULL on OOM. */
qs_quote *qs_doc_add_quote(qs_doc *d);

/* attrib.c: speakers, cues, indirect speech; final types. */
int qs_attribute(qs_doc *d, qs_error *err);

#endif
