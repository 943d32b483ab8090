// What every garbled check reads besides the document: the rule's word lists and the
// per-document facts computed once (which tokens sit inside a name the gazetteer claimed).
import type { RankedLexicon } from '../../data.ts'
import { isCapitalised, tokenAt } from '../../document.ts'
import type { Doc, Token } from '../../types.ts'
import { wordAt } from '../../words.ts'

export interface GarbledEnv {
  en: RankedLexicon
  /** Gazetteer keys of known names. */
  names: { has(key: string): boolean }
  /** A lower-case word is a name some list knows (the gazetteer's entries or its 76,000 known names). */
  knownName(lower: string): boolean
  /** Words written in mixed case on purpose (lower case). */
  camel: Set<string>
  /** English function words (lower case). */
  fn: Set<string>
  /** Words that legitimately repeat. */
  repeatable: Set<string>
  /** News agencies (lower case), whose names get glued to a dateline or a byline. */
  agencies: Set<string>
  /** Token `i` lies inside a name span a name detector claimed. */
  named(i: number): boolean
  /** How often the document writes this word (given in lower case) in lower case and capitalised. */
  cased(lower: string): { lower: number; capital: number }
}

export const glued = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start
export const sameLine = (t: Token, u: Token | undefined): u is Token => !!u && u.line === t.line

/**
 * A check's answer for a word token that depends on its text and the rule's lists only,
 * worked out once per environment (one per document and rule): a document repeats its words
 * (1 MB of one repeated line is 83,333 times one question).
 */
export function perWord<T>(
  answer: (text: string, lower: string, env: GarbledEnv) => T | null,
): (t: Token, env: GarbledEnv) => T | null {
  const answers = new WeakMap<GarbledEnv, Map<string, T | null>>()
  return (t, env) => {
    let memo = answers.get(env)
    if (!memo) {
      memo = new Map()
      answers.set(env, memo)
    }
    let found = memo.get(t.text)
    if (found === undefined) {
      found = answer(t.text, t.lower, env)
      memo.set(t.text, found)
    }
    return found
  }
}

/** A word token outside the names already claimed, or undefined. */
export function wordToken(doc: Doc, i: number, env: GarbledEnv): Token | undefined {
  const t = doc.tokens[i] as Token
  return t.kind === 'word' && !env.named(i) ? t : undefined
}

/** Token `i` is an English word (any rank). */
export const isEnglish = (doc: Doc, i: number): boolean => wordAt(doc, i)?.en !== undefined

/** A headline or banner written in capitals: its capitals say nothing. */
export function isShoutedLine(doc: Doc, line: number): boolean {
  const l = doc.lines[line]
  if (!l) return false
  const letters = l.text.replace(/[^\p{L}]/gu, '')
  return letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6
}

/** Longer tokens are not two words run together (and splitting them would cost O(n²)). */
export const MAX_SPLIT_LENGTH = 40

/** Titles before a surname. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'mme', 'mlle', 'sr', 'sra', 'herr', 'frau', 'pan', 'pani'])
/** Lower-case particles inside names ("Col du Soulor", "Ludwig van Beethoven"). */
const PARTICLES = new Set([
  'de',
  'du',
  'des',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'del',
  'della',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'y',
  'e',
  'al',
  'el',
  'bin',
  'ibn',
])

/**
 * A capitalised token `i` stands where names stand: after a title ("Mr. Sodano") or a particle
 * of a name ("Col du Soulor"), or written again elsewhere in the document, never in lower case. (Next to another
 * capitalised word is no sign: German capitalises nouns, and their run-together forms too.)
 */
export function nameContext(doc: Doc, i: number, env: GarbledEnv): boolean {
  const t = doc.tokens[i] as Token
  const at = (k: number) => {
    const u = doc.tokens[k]
    return u && u.line === t.line ? u : undefined
  }
  const cap = (u: Token | undefined) => u?.kind === 'word' && isCapitalised(u.text)
  const prev = at(i - 1)
  if (prev?.text === '.' && HONORIFICS.has(at(i - 2)?.lower ?? '')) return true
  if (prev && PARTICLES.has(prev.text) && cap(at(i - 2))) return true
  // Written again, and never in lower case: a name.
  const c = env.cased(t.lower)
  return c.capital > 1 && c.lower === 0
}

/** How often the document writes each word in lower case and capitalised (counted once per document, on first use). */
export function caseCounts(doc: Doc): (lower: string) => { lower: number; capital: number } {
  let counts: Map<string, { lower: number; capital: number }> | undefined
  const none = { lower: 0, capital: 0 }
  return (lower) => {
    if (!counts) {
      counts = new Map()
      for (const t of doc.tokens) {
        if (t.kind !== 'word') continue
        let c = counts.get(t.lower)
        if (!c) {
          c = { lower: 0, capital: 0 }
          counts.set(t.lower, c)
        }
        if (t.text === t.lower) c.lower++
        else if (isCapitalised(t.text)) c.capital++
      }
    }
    return counts.get(lower) ?? none
  }
}

/** Tokens inside the name spans, marked once per document (the checks ask for every word). */
export function namedTokens(doc: Doc, spans: { start: number; end: number }[]): (i: number) => boolean {
  if (!spans.length) return () => false
  const marks = new Uint8Array(doc.tokens.length)
  for (const s of spans)
    for (let k = tokenAt(doc, s.start); k < doc.tokens.length && (doc.tokens[k] as Token).end <= s.end; k++)
      if ((doc.tokens[k] as Token).start >= s.start) marks[k] = 1
  return (i) => marks[i] === 1
}
