// `name-cluster`: one name written two ways in one article ("Yevgeny" / "Yevgeniy"); the minority
// form is flagged. Two names that are each known to exist are two names (Austria / Australia,
// Bartolo / Bartolome), and a one-letter-longer ending is a derivation (Russia / Russian).
import type { AuditContext } from '../../detector.ts'
import { isAllCaps, isCapitalised } from '../../document.ts'
import { allowedEdits, editDistance, isKnownName, jaroWinkler, nameKey, phoneticKey } from '../../gazetteer.ts'
import type { Doc } from '../../types.ts'
import { wordAt } from '../../words.ts'
import { COMMON_ENGLISH } from './context.ts'

export interface Form {
  /** The capitalised word as written, possessive dropped. */
  text: string
  key: string
  occurrences: number[]
}

/** Capitalised words of the article that may be names, by spelling. */
export function formsOf(doc: Doc, ctx: AuditContext, minLength: number): Map<string, Form> {
  const forms = new Map<string, Form>()
  doc.tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !isCapitalised(t.text) || isAllCaps(t.text) || t.text.length < minLength) return
    const en = wordAt(doc, i)?.en ?? ctx.lexicons.en.get(t.lower)
    if (en !== undefined && en < COMMON_ENGLISH) return
    const text = t.text.replace(/['’]s?$/, '')
    const f = forms.get(text)
    if (f) f.occurrences.push(i)
    else forms.set(text, { text, key: nameKey(text), occurrences: [i] })
  })
  return forms
}

/** Endings that make a different word, not a different spelling (Russia / Russian). */
const DERIVATIONS = /^(s|n|an|ian|ns|ese|ish|i|es|'s|ans|ians|ist|ists|ism)$/

/**
 * Whether two spellings are one name written two ways, and how strongly: 0.8 for accents
 * only, 0.7 for a near miss, 0 when they are two names.
 */
export function sameName(ctx: AuditContext, a: Form, b: Form, similarity: number): number {
  const g = ctx.gazetteer
  const [short, long] = a.key.length <= b.key.length ? [a.key, b.key] : [b.key, a.key]
  if (long.startsWith(short)) {
    // Russia / Russian; Bartolo / Bartolome: a longer ending makes another word or name.
    if (DERIVATIONS.test(long.slice(short.length)) || long.length - short.length > 1) return 0
  }
  if (a.key === b.key) {
    // Accents only (Aragonès / Aragones): a slip when the plainer form is a one-off; used
    // repeatedly, it is the publication's style (headlines, bylines without accents).
    const plain = /[^ -~]/.test(a.text) ? b : a
    return plain.occurrences.length === 1 ? 0.8 : 0
  }
  const budget = allowedEdits(long.length)
  if (!budget || editDistance(a.key, b.key, budget) > budget) return 0
  if (jaroWinkler(a.key, b.key) < similarity) return 0
  // Two names each known to exist are two names, unless they are one name transliterated
  // two ways (Yevgeny / Yevgeniy share a phonetic key).
  if (isKnownName(g, a.key) && isKnownName(g, b.key)) {
    const ga = g.byKey.get(a.key)
    const gb = g.byKey.get(b.key)
    if (ga && gb) {
      if (!ga.some((p) => gb.some((q) => q.entry === p.entry))) return 0
    } else if (phoneticKey(a.key) !== phoneticKey(b.key)) return 0
  }
  return 0.7
}

/** The form to flag: the rarer one; on a tie the one the gazetteer lacks, else the later one. */
export function minorityOf(ctx: AuditContext, a: Form, b: Form): Form {
  if (a.occurrences.length !== b.occurrences.length) return a.occurrences.length < b.occurrences.length ? a : b
  const ina = ctx.gazetteer.accepted.has(a.key)
  const inb = ctx.gazetteer.accepted.has(b.key)
  if (ina !== inb) return ina ? b : a
  return (a.occurrences[0] as number) > (b.occurrences[0] as number) ? a : b
}

/** Forms bucketed by their first two folded letters: only plausible pairs are compared. */
export function buckets(forms: Map<string, Form>): Form[][] {
  const out = new Map<string, Form[]>()
  for (const f of forms.values()) {
    const b = f.key.slice(0, 2)
    const list = out.get(b)
    if (list) list.push(f)
    else out.set(b, [f])
  }
  return [...out.values()].filter((l) => l.length >= 2 && l.length <= 200)
}
