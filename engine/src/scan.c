/*
 * scan.c -- pairs quotation marks into quotation spans.
 *
 * Like cmark's smart-quote scanner, each mark is judged from the Unicode
 * class of its neighbours (left-/right-flanking), then matched on an
 * explicit stack per paragraph: " “ ” „ « » and ' ‘ ’ ‚ ‹ › form a double
 * and a single family, so an opening “ closed by » still pairs.  Only the
 * outermost pair is reported; nested pairs belong to it.  A quotation left
 * open at a paragraph end continues when the next paragraph opens with a
 * mark, is kept to the paragraph end when it opened the paragraph or
 * followed a colon, and is dropped otherwise -- so one stray mark never
 * swallows the rest of a document.  Linear time: a closer searches the
 * stack only when its family has an opener there, and then pops.  It does
 * not decide who spoke or whether a span is speech; attrib.c does.
 */
#include <string.h>

#include "qs_internal.h"

enum { FAM_DOUBLE = 0, FAM_SINGLE = 1 };

enum { M_OPEN = 0, M_CLOSED, M_KEPT, M_CONTINUES, M_DROPPED };

typedef struct mark {
  uint32_t tok;      /* token index of the opening mark */
  int32_t parent;    /* index in m[] of the enclosing opener, -1 none */
  int32_t close_tok; /* token index of the closing mark, -1 none */
  int32_t group;     /* quotation id shared by continued fragments */
  uint8_t family;    /* FAM_DOUBLE or FAM_SINGLE */
  uint8_t status;    /* M_* */
  uint8_t continued; /* opened as a continuation of the previous paragraph */
  uint8_t shadowed;  /* an enclosing pair is reported */
} mark;

static int family_of(int32_t c) {
  switch (c) {
  case '\'':
  case 0x2018:
  case 0x2019:
  case 0x201A:
  case 0x201B:
  case 0x2039:
  case 0x203A: return FAM_SINGLE;
  default: return FAM_DOUBLE;
  }
}

/* Family of the mark at token ti; a doubled '' is a double mark. */
static int mark_family(const qs_doc *d, uint32_t ti) {
  if (d->tok[ti].e - d->tok[ti].s == 2) return FAM_DOUBLE;
  return family_of(d->cp[d->tok[ti].s]);
}

static int is_opening_punct(int32_t c) {
  return c == '(' || c == '[' || c == '{' || qs_cp_is_dash(c) || c == ':' ||
         c == '/';
}

/* Elisions written with a leading apostrophe: '90s, 'em, 'til, 'cause. */
static int is_elision(const qs_doc *d, uint32_t ti) {
  if (ti + 1 >= d->ntok) return 0;
  const qs_token *n = &d->tok[ti + 1];
  if (n->flags & QS_TF_SPACE_BEFORE) return 0;
  if (n->kind == QS_TOK_NUM) {
    int32_t last = d->cp[n->e - 1];
    return n->e - n->s <= 3 && (last == 's' || (last >= '0' && last <= '9'));
  }
  return n->lex && (n->lex->sets & QS_SET_ELISION); /* ’em, ’til, ’n’ */
}

/* A single mark that may be a plural possessive rather than a closer: the
 * Smiths’ house, the players' union (an "s", the mark, a space, a word). */
static int is_plural_possessive(const qs_doc *d, uint32_t ti) {
  const qs_token *t = &d->tok[ti];
  if (t->e - t->s != 1 || t->s == 0 || ti + 1 >= d->ntok) return 0;
  int32_t prev = d->cp[t->s - 1];
  const qs_token *n = &d->tok[ti + 1];
  return (prev == 's' || prev == 'S') && t->e < d->n && d->cp[t->e] == ' ' &&
         n->para == t->para && n->kind == QS_TOK_WORD;
}

/* Decides whether the mark at token ti may open and/or close. */
static void judge(const qs_doc *d, uint32_t ti, int *can_open, int *can_close) {
  const qs_token *t = &d->tok[ti];
  int32_t c = d->cp[t->s];
  if (t->e - t->s == 2) /* doubled '' ‘‘ ’’ act as " “ ” */
    c = c == 0x2018 ? 0x201C : c == 0x2019 ? 0x201D : '"';
  int32_t prev = t->s > 0 ? d->cp[t->s - 1] : ' ';
  int32_t next = t->e < d->n ? d->cp[t->e] : ' ';
  /* A printable ASCII character is no space: no call for the commonest. */
  int prev_space = prev > ' ' && prev < 0x7F ? 0 : qs_cp_is_space(prev);
  int next_space = next > ' ' && next < 0x7F ? 0 : qs_cp_is_space(next);
  int prev_punct = !prev_space && qs_cp_is_punct(prev);
  int next_punct = !next_space && qs_cp_is_punct(next);
  int left = !next_space && (!next_punct || prev_space || prev_punct);
  int right = !prev_space && (!prev_punct || next_space || next_punct);
  /* A mark after an opening bracket, dash or colon opens. */
  if (!prev_space && is_opening_punct(prev) && !next_space) {
    left = 1;
    right = 0;
  }
  /* French spacing, « texte » with (no-break) spaces inside the marks: a
   * spaced « opens and a spaced » closes, though neither is flanking. */
  if ((c == 0x00AB || c == 0x2039) && next_space && prev_space) {
    left = 1;
    right = 0;
  } else if ((c == 0x00BB || c == 0x203A) && prev_space &&
             (next_space || next_punct)) {
    left = 0;
    right = 1;
  }
  int o = 0, cl = 0;
  switch (c) {
  case '"':
  case 0xFF02:
    o = left;
    cl = right;
    break;
  case 0x201C:
  case 0x00AB:
  case 0x2039:
  case 0x2018:
    o = left;
    cl = right && !left;
    break;
  case 0x201D:
  case 0x00BB:
  case 0x203A:
    cl = right;
    o = left && !right;
    break;
  case 0x2019:
    cl = right;
    o = 0;
    break;
  case '\'':
    o = left && !right;
    cl = right;
    break;
  case 0x201E:
  case 0x201A:
  case 0x201F:
  case 0x201B:
    o = 1;
    cl = 0;
    break;
  default: break;
  }
  if (o && family_of(c) == FAM_SINGLE && is_elision(d, ti)) o = 0;
  *can_open = o;
  *can_close = cl;
}

static int emit(qs_doc *d, uint32_t s, uint32_t e, uint32_t open_mark,
                uint32_t close_mark, int closed, int32_t para, int32_t group,
                int continued, int continues) {
  while (s < e && qs_cp_is_space(d->cp[s]))
    s++;
  while (e > s && qs_cp_is_space(d->cp[e - 1]))
    e--;
  if (e <= s) return 0;
  qs_quote *q = qs_doc_add_quote(d);
  if (!q) return -1;
  q->s = s;
  q->e = e;
  q->open_mark = open_mark;
  q->close_mark = close_mark;
  q->closed = (uint8_t)closed;
  q->para = para;
  q->group = group;
  q->continued = (uint8_t)continued;
  q->continues = (uint8_t)continues;
  q->type = QS_DIRECT;
  return 0;
}

static void mark_inside(qs_doc *d, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to; k++)
    d->tok[k].flags |= QS_TF_IN_QUOTE;
}

int qs_scan_quotes(qs_doc *d, qs_error *err) {
  /* Openers and the stack grow as marks open (the stack never holds more
   * than the openers): one pass over the tokens, no count first. */
  mark *m = NULL;
  int32_t *stack = NULL;
  uint32_t mcap = 0, scap = 0;
  uint32_t nm = 0;
  int32_t group_next = 0;
  int32_t carry = -1; /* opener continuing from the previous paragraph */

  uint32_t ti = 0;
  while (ti < d->ntok) {
    int32_t para = d->tok[ti].para;
    uint32_t pe = ti; /* the paragraph's end, found by the loop below */
    uint32_t mstart = nm;
    int depth = 0;
    int fam_count[2] = {0, 0};
    /* A possessive-looking single closer of the innermost opener is held
     * back: a plain single closer as the next mark closes instead; any
     * other mark, or the paragraph end, closes at the held one. */
    int32_t held = -1;
    /* Inside a markup tag left in scraped copy (<tweet id="694...">) the
     * marks delimit attribute values, not speech: they are skipped from
     * "<name" or "</" to the next ">" in the paragraph. */
    int in_tag = 0;

    for (uint32_t k = ti, ended = 0;; k++) {
      /* Words, numbers and marks but quotation marks, < and > (most
       * tokens) change nothing below: passed over up to the paragraph's
       * last token (QS_TF_PARA_END), at most. */
      if (!ended) {
        const qs_token *t = &d->tok[k];
        while (!(t->flags & (QS_TF_QMARK | QS_TF_ANGLE | QS_TF_PARA_END)))
          t++;
        k = (uint32_t)(t - d->tok);
      }
      /* in: token k belongs to the paragraph; the first that does not is
       * its end, pe (the token after the one marked as its last). */
      int in = !ended;
      if (in) ended = (d->tok[k].flags & QS_TF_PARA_END) != 0;
      if (in && d->tok[k].kind <= QS_TOK_NUM) continue;
      if (!in) pe = k;
      if (in && d->tok[k].kind == QS_TOK_PUNCT) {
        int32_t pc = d->cp[d->tok[k].s];
        if (pc == '<' && k + 1 < d->ntok && d->tok[k + 1].para == para &&
            !(d->tok[k + 1].flags & QS_TF_SPACE_BEFORE) &&
            (d->tok[k + 1].kind == QS_TOK_WORD ||
             d->cp[d->tok[k + 1].s] == '/'))
          in_tag = 1;
        else if (pc == '>')
          in_tag = 0;
      }
      if (in_tag && in && d->tok[k].kind == QS_TOK_QUOTE) continue;
      if (held >= 0) {
        int co = 0, cc = 0, poss = 0;
        if (in && d->tok[k].kind != QS_TOK_QUOTE) continue;
        if (in) {
          judge(d, k, &co, &cc);
          poss = mark_family(d, k) == FAM_SINGLE && is_plural_possessive(d, k);
          if (cc && poss) continue; /* another apostrophe */
        }
        if (!in || !cc || mark_family(d, k) != FAM_SINGLE) {
          mark *o = &m[stack[--depth]];
          fam_count[FAM_SINGLE]--;
          o->status = M_CLOSED;
          o->close_tok = held;
        }
        held = -1;
      }
      if (!in) break;
      if (d->tok[k].kind != QS_TOK_QUOTE) continue;
      int can_open, can_close;
      judge(d, k, &can_open, &can_close);
      int fam = mark_family(d, k);
      int cont = 0;
      if (k == ti && carry >= 0 && can_open && fam == m[carry].family) {
        cont = 1;
        can_close = 0;
      }
      if (can_close && fam == FAM_SINGLE && depth > 0 &&
          m[stack[depth - 1]].family == FAM_SINGLE &&
          is_plural_possessive(d, k)) {
        held = (int32_t)k;
        continue;
      }
      if (can_close && fam_count[fam] > 0) {
        int sp = depth - 1;
        while (m[stack[sp]].family != fam)
          sp--;
        for (int k2 = depth - 1; k2 > sp; k2--) {
          m[stack[k2]].status = M_DROPPED;
          fam_count[m[stack[k2]].family]--;
        }
        mark *o = &m[stack[sp]];
        depth = sp;
        fam_count[fam]--;
        o->status = M_CLOSED;
        o->close_tok = (int32_t)k;
        continue;
      }
      if (!can_open) continue;
      if (nm >= mcap || nm >= scap) { /* room for one more, mostly there */
        mark *nmk = qs_arena_reserve(&d->arena, m, nm, &mcap, sizeof *m, 16);
        int32_t *nst =
            qs_arena_reserve(&d->arena, stack, nm, &scap, sizeof *stack, 16);
        if (!nmk || !nst) goto oom;
        m = nmk;
        stack = nst;
      }
      mark *o = &m[nm];
      o->tok = k;
      o->parent = depth > 0 ? stack[depth - 1] : -1;
      o->close_tok = -1;
      o->family = (uint8_t)fam;
      o->status = M_OPEN;
      o->continued = (uint8_t)cont;
      o->shadowed = 0;
      o->group = cont ? m[carry].group : group_next++;
      stack[depth++] = (int32_t)nm++;
      fam_count[fam]++;
    }
    carry = -1;
    /* Openers still open at the paragraph end. */
    for (int sp = depth - 1; sp >= 0; sp--) {
      mark *o = &m[stack[sp]];
      o->status = M_DROPPED;
      if (sp != 0) continue;
      if (pe < d->ntok && d->tok[pe].kind == QS_TOK_QUOTE) {
        int co, cc;
        judge(d, pe, &co, &cc);
        if (co && mark_family(d, pe) == o->family) {
          o->status = M_CONTINUES;
          carry = stack[sp];
          continue;
        }
      }
      if (o->continued || o->tok == ti ||
          (o->tok > ti && d->tok[o->tok - 1].kind == QS_TOK_PUNCT &&
           d->cp[d->tok[o->tok - 1].s] == ':'))
        o->status = M_KEPT;
    }
    /* Report the outermost pairs; nested ones belong to them. */
    for (uint32_t oi = mstart; oi < nm; oi++) {
      mark *o = &m[oi];
      if (o->parent >= 0) {
        const mark *p = &m[o->parent];
        o->shadowed = p->shadowed || p->status == M_CLOSED ||
                      p->status == M_KEPT || p->status == M_CONTINUES;
      }
      if (o->shadowed || o->status == M_DROPPED || o->status == M_OPEN)
        continue;
      const qs_token *ot = &d->tok[o->tok];
      uint32_t to_tok = o->close_tok >= 0 ? (uint32_t)o->close_tok : pe;
      uint32_t end =
          o->close_tok >= 0 ? d->tok[o->close_tok].s : d->tok[pe - 1].e;
      if (emit(d, ot->e, end, ot->s,
               o->close_tok >= 0 ? d->tok[o->close_tok].s : end,
               o->close_tok >= 0, para, o->group, o->continued,
               o->status == M_CONTINUES) != 0)
        goto oom;
      mark_inside(d, o->tok + 1, to_tok);
    }
    ti = pe;
  }
  return 0;
oom:
  qs_error_set(err, QS_ERR_NOMEM, -1, "out of memory while scanning quotes");
  return -1;
}
