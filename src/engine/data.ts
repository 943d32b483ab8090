// The large data the detectors read: word lists (the name gazetteer is in gazetteer.ts). Parsed once per
// rule-set version per isolate (the caller caches the result), never per request.

/** Word → frequency rank (0 = most frequent). Unranked words get UNRANKED. */
export interface RankedLexicon {
  get(word: string): number | undefined
  has(word: string): boolean
  readonly size: number
}
export const UNRANKED = 1_000_000

export interface Lexicons {
  en: RankedLexicon
  /** Source-language lexicons by ISO 639-1 code. */
  sources: Map<string, RankedLexicon>
  stopwords: Map<string, Set<string>>
}

/**
 * A word list: ranked words in a Map, the long unranked tail (after `#rest`) as one sorted
 * array searched by bisection. Building a Map of the whole English list (280 000 words) was
 * most of a cold start and a third of an isolate's memory; the tail is only ever asked
 * "is this a word at all?", for the few thousand distinct words of an article.
 */
const TAIL_MEMO_LIMIT = 20_000

class WordList implements RankedLexicon {
  // Plain fields (no parameter properties): the engine also runs in Node with type stripping.
  private readonly ranked: Map<string, number>
  private readonly tail: string[]
  constructor(ranked: Map<string, number>, tail: string[]) {
    this.ranked = ranked
    this.tail = tail
  }
  get size() {
    return this.ranked.size + this.tail.length
  }
  /** Answers for tail look-ups (hits and misses): articles repeat their words. Bounded. */
  private readonly seen = new Map<string, boolean>()
  get(word: string): number | undefined {
    const r = this.ranked.get(word)
    if (r !== undefined) return r
    let known = this.seen.get(word)
    if (known === undefined) {
      known = this.inTail(word)
      if (this.seen.size >= TAIL_MEMO_LIMIT) this.seen.clear()
      this.seen.set(word, known)
    }
    return known ? UNRANKED : undefined
  }
  private inTail(word: string): boolean {
    let lo = 0
    let hi = this.tail.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const w = this.tail[mid] as string
      if (w === word) return true
      if (w < word) lo = mid + 1
      else hi = mid - 1
    }
    return false
  }
  has(word: string): boolean {
    return this.get(word) !== undefined
  }
}

/** Parses a word list (one word per line, most frequent first; `#rest` starts unranked words). */
export function parseLexicon(text: string): RankedLexicon {
  const lines = text.split('\n')
  const ranked = new Map<string, number>()
  let i = 0
  for (; i < lines.length; i++) {
    const w = (lines[i] as string).trim()
    if (w === '#rest') break
    if (!w || w.startsWith('#') || ranked.has(w)) continue
    ranked.set(w, ranked.size)
  }
  const tail: string[] = []
  let sorted = true
  for (i++; i < lines.length; i++) {
    const w = (lines[i] as string).trim()
    if (!w || w.startsWith('#') || ranked.has(w)) continue
    const last = tail[tail.length - 1]
    if (last !== undefined && last >= w) {
      if (last === w) continue
      sorted = false
    }
    tail.push(w)
  }
  if (!sorted) tail.sort()
  return new WordList(ranked, sorted ? tail : tail.filter((w, k) => k === 0 || tail[k - 1] !== w))
}

export type { Gazetteer, NameData, NameEntry } from './gazetteer.ts'
