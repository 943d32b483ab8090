// What every name check reads, computed once per document: the word tokens, the runs of
// capitalised words, the name keys present, and per-token answers (English rank, known name,
// near miss of a gazetteer word). Checks never share mutable state; they read this.
import { UNRANKED } from '../../data.ts'
import type { AuditContext } from '../../detector.ts'
import { isAllCaps, isCapitalised } from '../../document.ts'
import { type Gazetteer, isKnownName, type NameWord, nameKey } from '../../gazetteer.ts'
import type { Doc, Token } from '../../types.ts'
import { wordAt } from '../../words.ts'
import { englishFormOfName } from './forms.ts'
import { type Match, nearestName, nearestWrongForm } from './nearest.ts'

/** English words this common are not taken for misspelt names at a sentence start ("Bell", "Park"). */
export const COMMON_ENGLISH = 30000
/** Mid-sentence, only words this common are (rank in SUBTLEX). */
export const NAME_SAFE_RANK = 8000

/** Lower-case words that join the capitalised words of one name ("Luiz Inácio Lula da Silva"). */
export const PARTICLES = new Set('da de do dos das del della di van von der den le la du y e al bin ben'.split(' '))

export interface NameOptions {
  minLength: number
  similarity: number
}

/** A word's gazetteer answers: exact name words with its key, and its nearest near miss. */
export interface WordMatch {
  i: number
  key: string
  exact: NameWord[] | undefined
  near: Match | null
}

export interface NameDoc {
  doc: Doc
  g: Gazetteer
  options: NameOptions
  /** Token indexes of the word tokens, in order. */
  words: number[]
  /** Maximal runs of capitalised words on one line and in one sentence (token indexes). */
  runs: number[][]
  /** Run of each token (index into `runs`; -1: in none). */
  runOf: Int32Array
  /** Name keys of every word of the document. */
  keys: Set<string>
  /** Occurrences of each name key in the document. */
  keyCount: Map<string, number>
  key(i: number): string
  /** English frequency rank of token i (UNRANKED: listed, not ranked; undefined: not English). */
  en(i: number): number | undefined
  sentenceInitial(i: number): boolean
  /** A neighbouring lower-case word is not English: the token sits in source-language text. */
  foreignContext(i: number): boolean
  /** A known name in any list, an accent-only variant of one, or a regular English form of one. */
  known(key: string): boolean
  /** Gazetteer answers for token i (a word of some run), computed once. */
  match(i: number): WordMatch
}

export function nameDoc(doc: Doc, ctx: AuditContext, options: NameOptions): NameDoc {
  const g = ctx.gazetteer
  const tokens = doc.tokens
  const words: number[] = []
  const keys = new Set<string>()
  const keyCount = new Map<string, number>()
  const keyAt = (i: number) => wordAt(doc, i)?.key ?? nameKey((tokens[i] as Token).lower)
  tokens.forEach((t, i) => {
    if (t.kind === 'word') words.push(i)
  })
  // Counted per distinct word of the word table when it covers the tokens (a document repeats its words).
  const table = doc.table.ofToken.length === tokens.length ? doc.table.words : undefined
  for (const x of table ?? words) {
    const k = typeof x === 'number' ? keyAt(x) : x.key
    keys.add(k)
    keyCount.set(k, (keyCount.get(k) ?? 0) + (typeof x === 'number' ? 1 : x.count))
  }
  const runs = nameRuns(doc)
  const runOf = new Int32Array(tokens.length).fill(-1)
  runs.forEach((r, n) => {
    for (const i of r) runOf[i] = n
  })
  const en = (i: number) => {
    const w = wordAt(doc, i)
    return w ? w.en : ctx.lexicons.en.get((tokens[i] as Token).lower)
  }
  const known = (key: string) => knownName(g, key)
  const sentenceInitial = (i: number) => {
    const s = doc.sentences[(tokens[i] as Token).sentence]
    if (!s) return false
    for (let k = s.firstToken; k < i; k++) if ((tokens[k] as Token).kind !== 'punct') return false
    return true
  }
  const foreignContext = (i: number) => {
    const line = (tokens[i] as Token).line
    for (const step of [-1, 1]) {
      let seen = 0
      for (let k = i + step; k >= 0 && k < tokens.length && seen < 2; k += step) {
        const u = tokens[k] as Token
        if (u.line !== line) break
        if (u.kind !== 'word') continue
        seen++
        if (/^\p{Ll}/u.test(u.text) && u.text.length > 2 && en(k) === undefined) return true
      }
    }
    return false
  }
  const matches: (WordMatch | undefined)[] = new Array(tokens.length)
  // Near misses by key, for words standing alone and words in a run: they depend on nothing
  // else, and a document repeats its words (a megabyte of one line is 80,000 look-ups of one key).
  const nearAlone = new Map<string, Match | null>()
  const nearInRun = new Map<string, Match | null>()
  const nearest = (key: string, standalone: boolean): Match | null => {
    const memo = standalone ? nearAlone : nearInRun
    let near = memo.get(key)
    if (near === undefined) {
      near =
        nearestName(g, key, options.similarity, standalone) ?? nearestWrongForm(g, key, options.similarity, standalone)
      memo.set(key, near)
    }
    return near
  }
  const match = (i: number): WordMatch => {
    let m = matches[i]
    if (m) return m
    const t = tokens[i] as Token
    const key = keyAt(i)
    const exact = g.byKey.get(key)
    let near: Match | null = null
    const rank = en(i)
    // Capitalised mid-sentence, only an everyday word ("Bell", "Park") is taken for a word;
    // slang spellings deep in the frequency list ("blinkin") are names there.
    const commonWord = rank !== undefined && rank < (sentenceInitial(i) ? COMMON_ENGLISH : NAME_SAFE_RANK)
    const run = runs[runOf[i] as number]
    const standalone = !run || run.length === 1
    if (!exact && key.length >= options.minLength && !commonWord && !known(key) && !isAllCaps(t.text))
      near = nearest(key, standalone)
    m = { i, key, exact, near }
    matches[i] = m
    return m
  }
  return {
    doc,
    g,
    options,
    words,
    runs,
    runOf,
    keys,
    keyCount,
    key: keyAt,
    en,
    sentenceInitial,
    foreignContext,
    known,
    match,
  }
}

const knownCaches = new WeakMap<Gazetteer, Map<string, boolean>>()

/**
 * A known name in any list, an accent-only variant of one, or a regular English form of one.
 * Kept per gazetteer across requests (bounded): the answer depends on nothing else.
 */
export function knownName(g: Gazetteer, key: string): boolean {
  let cache = knownCaches.get(g)
  if (!cache) {
    cache = new Map()
    knownCaches.set(g, cache)
  }
  let v = cache.get(key)
  if (v === undefined) {
    if (cache.size >= 50_000) cache.clear()
    v = isKnownName(g, key) || englishFormOfName(key, (k) => isKnownName(g, k))
    cache.set(key, v)
  }
  return v
}

/** Maximal runs of capitalised words on one line and in one sentence, joined by name particles. */
export function nameRuns(doc: Doc): number[][] {
  const runs: number[][] = []
  // Collected in one scratch list (its first `n`); each run is kept as an exact-size copy.
  const cur: number[] = []
  let n = 0
  const flush = () => {
    if (!n) return
    runs.push(cur.slice(0, n))
    n = 0
  }
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i] as Token
    const prev = doc.tokens[i - 1]
    if (prev && (prev.line !== t.line || prev.sentence !== t.sentence)) flush()
    if (t.kind === 'word' && isCapitalised(t.text) && !isAllCaps(t.text)) {
      cur[n++] = i
      continue
    }
    const next = doc.tokens[i + 1]
    if (n && t.kind === 'word' && PARTICLES.has(t.lower) && next?.kind === 'word' && isCapitalised(next.text)) continue
    flush()
  }
  flush()
  return runs
}

/** Whether a word has letters outside ASCII: a deliberate spelling, not a typing slip. */
export const hasDiacritics = (w: string) => /[^\p{ASCII}]/u.test(w.replace(/[’‘]/g, "'"))

export { UNRANKED }
