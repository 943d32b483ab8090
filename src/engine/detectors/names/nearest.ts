// The nearest gazetteer word to a name key: same initial, length-aware edit budget, Jaro-Winkler
// floor, doubled letters and a rough phonetic key counted as one edit. Answers depend only on
// the arguments and are kept per gazetteer across requests (bounded).
import {
  allowedEdits,
  editDistance,
  type Gazetteer,
  jaroWinkler,
  type NameWord,
  nameKey,
  nameWordsOf,
  phoneticKey,
  wrongFormsNear,
} from '../../gazetteer.ts'
import { isDerivation, undouble } from './forms.ts'

export interface Match {
  nw: NameWord
  distance: number
  similarity: number
}

const caches = new WeakMap<Gazetteer, Map<string, Match | null>>()

/** `compute()` once per gazetteer and key, across requests (bounded): answers depend on nothing else. */
function cached(g: Gazetteer, key: string, compute: () => Match | null): Match | null {
  let cache = caches.get(g)
  if (!cache) {
    cache = new Map()
    caches.set(g, cache)
  }
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  if (cache.size >= 50_000) cache.clear()
  const found = compute()
  cache.set(key, found)
  return found
}

/**
 * Best canonical name word close to `key`. Places are only considered for a word standing alone:
 * in a run of names it is a person's name.
 */
export function nearestName(g: Gazetteer, key: string, minSimilarity: number, standalone: boolean): Match | null {
  return cached(g, `n|${minSimilarity}|${standalone ? 1 : 0}|${key}`, () => search(g, key, minSimilarity, standalone))
}

function search(g: Gazetteer, key: string, minSimilarity: number, standalone: boolean): Match | null {
  let best: Match | null = null
  const budget = allowedEdits(key.length)
  if (!budget) return null
  const ku = undouble(key)
  const kp = phoneticKey(key)
  // Undoubling can shorten a name by more than the edit budget ("tebbett" → "tebet").
  for (let len = Math.min(key.length, ku.length) - budget; len <= key.length + budget; len++) {
    for (const nw of nameWordsOf(g, len, key[0])) {
      if (nw.key[0] !== key[0] || nw.key === key) continue
      if (!standalone && nw.entry.type === 'place') continue
      // One word of a longer name ("Mexico" of "Bank of Mexico") is no evidence on its
      // own; a person's surname is.
      if (nw.of > 1 && !(nw.entry.type === 'person' && nw.index === nw.of - 1)) continue
      if (isDerivation(key, nw.key)) continue
      nw.phonetic ??= phoneticKey(nw.key)
      const d = undouble(nw.key) === ku || nw.phonetic === kp ? 1 : editDistance(key, nw.key, budget)
      if (d > budget) continue
      const sim = jaroWinkler(key, nw.key)
      if (sim < minSimilarity) continue
      if (!best || d < best.distance || (d === best.distance && sim > best.similarity))
        best = { nw, distance: d, similarity: sim }
    }
  }
  return best
}

/**
 * A near miss of a one-word foreign form ("Genebre" ~ "Genebra" → Geneva), as a match of the
 * entry's own name: one edit, no derivation, places only for a word standing alone.
 */
export function nearestWrongForm(g: Gazetteer, key: string, minSimilarity: number, standalone: boolean): Match | null {
  return cached(g, `w|${minSimilarity}|${standalone ? 1 : 0}|${key}`, () =>
    searchWrongForms(g, key, minSimilarity, standalone),
  )
}

function searchWrongForms(g: Gazetteer, key: string, minSimilarity: number, standalone: boolean): Match | null {
  for (const [form, wf] of wrongFormsNear(g, key)) {
    if (form.includes(' ') || form[0] !== key[0] || Math.abs(form.length - key.length) > 1) continue
    if (isDerivation(key, form) || (!standalone && wf.entry.type === 'place')) continue
    if (editDistance(key, form, 1) <= 1 && jaroWinkler(key, form) >= minSimilarity - 0.05) {
      const word = wf.entry.name.split(/\s+/).pop() ?? wf.entry.name
      return { nw: { word, key: nameKey(word), entry: wf.entry, index: 0, of: 1 }, distance: 1, similarity: 0.9 }
    }
  }
  return null
}
