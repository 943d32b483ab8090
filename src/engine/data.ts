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

/**
 * A sorted list of lines kept as the one string it arrived in and searched by bisection: no
 * parsing on load, whatever its length (tens of thousands of words cost nothing until asked).
 * A line may carry a value after a tab; the part before it is the key the lines are sorted by.
 */
export class SortedLines {
  private readonly text: string
  /** Answers already searched (null: absent): articles repeat their words. Bounded. */
  private readonly seen = new Map<string, string | null>()
  constructor(text = '') {
    this.text = text
  }
  /** The value after the tab of the line whose key is `key` ('' without one), or undefined. */
  get(key: string): string | undefined {
    let v = this.seen.get(key)
    if (v === undefined) {
      v = this.search(key) ?? null
      if (this.seen.size >= TAIL_MEMO_LIMIT) this.seen.clear()
      this.seen.set(key, v)
    }
    return v ?? undefined
  }
  /** `get` without the memo (for a caller that keeps its own). */
  search(key: string): string | undefined {
    const t = this.text
    let lo = 0
    let hi = t.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const start = Math.max(lo, t.lastIndexOf('\n', mid - 1) + 1)
      let end = t.indexOf('\n', start)
      if (end < 0) end = t.length
      const line = t.slice(start, end)
      const tab = line.indexOf('\t')
      const k = tab < 0 ? line : line.slice(0, tab)
      if (k === key) return tab < 0 ? '' : line.slice(tab + 1)
      if (k < key) lo = end + 1
      else hi = start
    }
    return undefined
  }
  has(key: string): boolean {
    return this.get(key) !== undefined
  }
}

/**
 * A precompiled word list (`#sorted` first line): every word on its own line in code-unit
 * order, ranked words followed by a tab and their rank. Nothing is parsed when it loads: a
 * look-up is a binary search over the text itself, remembered per isolate (articles repeat
 * their words), so an isolate's first audit does not split and index megabytes of words.
 */
class SortedText implements RankedLexicon {
  private readonly lines: SortedLines
  readonly size: number
  private readonly seen = new Map<string, number | null>()
  constructor(text: string, from: number, size: number) {
    this.lines = new SortedLines(text.slice(from))
    this.size = size
  }
  get(word: string): number | undefined {
    let r = this.seen.get(word)
    if (r === undefined) {
      const rank = this.lines.search(word)
      r = rank === undefined ? null : rank === '' ? UNRANKED : Number(rank)
      if (this.seen.size >= TAIL_MEMO_LIMIT) this.seen.clear()
      this.seen.set(word, r)
    }
    return r ?? undefined
  }
  has(word: string): boolean {
    return this.get(word) !== undefined
  }
}

/** The first line of a precompiled word list. */
export const SORTED_HEADER = '#sorted'

/**
 * Writes a word list in the precompiled form: `ranked` in frequency order (index = rank),
 * `rest` unranked. What `npm run build:lexicons` stores and `parseLexicon` reads without parsing.
 */
export function sortedLexiconText(ranked: string[], rest: string[]): string {
  const rank = new Map<string, number>()
  for (const w of ranked) if (!rank.has(w)) rank.set(w, rank.size)
  const all = [...new Set([...rank.keys(), ...rest])].filter((w) => w && !w.includes('\n') && !w.includes('\t'))
  all.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const lines = all.map((w) => (rank.has(w) ? `${w}\t${rank.get(w)}` : w))
  return `${SORTED_HEADER} ${all.length}\n${lines.join('\n')}\n`
}

/**
 * Reads a word list: the precompiled form (`#sorted`), searched in place; or the plain form
 * (one word per line, most frequent first; `#rest` starts unranked words), parsed once.
 */
export function parseLexicon(text: string): RankedLexicon {
  if (text.startsWith(SORTED_HEADER)) {
    const nl = text.indexOf('\n')
    const size = Number(text.slice(SORTED_HEADER.length, nl).trim()) || 0
    return new SortedText(text, nl + 1, size)
  }
  return parsePlainLexicon(text)
}

function parsePlainLexicon(text: string): RankedLexicon {
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
