// The per-document word table (DESIGN §2, "one pass, one word table"): every distinct word of
// the document is looked up once, in every word list and the gazetteer, and every check reads
// the answers through its tokens. No check repeats a look-up or re-tokenises.
import type { RuleData } from './detector.ts'
import { fold, segment } from './document.ts'
import { nameKey } from './gazetteer.ts'
import type { Doc, Token } from './types.ts'

/** Writing system of a word, by its first letter. */
export type Script =
  | 'latin'
  | 'cyrillic'
  | 'greek'
  | 'arabic'
  | 'hebrew'
  | 'han'
  | 'kana'
  | 'hangul'
  | 'thai'
  | 'devanagari'
  | 'other'

export interface WordInfo {
  /** Lower case, apostrophes normalised (Token.lower). */
  lower: string
  /** `lower` without diacritics ("zürich" → "zurich"). */
  folded: string
  /** Gazetteer key: folded, possessive dropped ("aragonès’s" → "aragones"). */
  key: string
  /** English frequency rank (UNRANKED: in the dictionary, not ranked); undefined: not English. */
  en: number | undefined
  /** Rank in each source-language lexicon, in `WordTable.languages` order (undefined: absent). */
  sources: (number | undefined)[]
  /** Some gazetteer name has this word (canonical form or accepted variant). */
  name: boolean
  script: Script
  /** Occurrences in the document, any case. */
  count: number
}

export interface WordTable {
  /** Source languages, in the order of `WordInfo.sources`. */
  languages: string[]
  words: WordInfo[]
  /** Token index → index into `words`, or -1 for numbers and punctuation. */
  ofToken: Int32Array
}

const SCRIPTS: [RegExp, Script][] = [
  [/^\p{Script=Latin}/u, 'latin'],
  [/^\p{Script=Cyrillic}/u, 'cyrillic'],
  [/^\p{Script=Greek}/u, 'greek'],
  [/^\p{Script=Arabic}/u, 'arabic'],
  [/^\p{Script=Hebrew}/u, 'hebrew'],
  [/^\p{Script=Han}/u, 'han'],
  [/^[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'kana'],
  [/^\p{Script=Hangul}/u, 'hangul'],
  [/^\p{Script=Thai}/u, 'thai'],
  [/^\p{Script=Devanagari}/u, 'devanagari'],
]

export function scriptOf(word: string): Script {
  const c = word.charCodeAt(0)
  // ASCII and Latin-1 / Latin Extended letters: the common case, without a regex.
  if (c < 0x250) return 'latin'
  for (const [re, s] of SCRIPTS) if (re.test(word)) return s
  return 'other'
}

const EMPTY: WordTable = { languages: [], words: [], ofToken: new Int32Array(0) }

/**
 * What a word's look-ups answered, per compiled data and isolate: articles share most of
 * their words, so a word is looked up in every list once per isolate, not once per article.
 * Bounded: past the limit the cache starts over.
 */
type Looked = Omit<WordInfo, 'count'>
const LOOKED_LIMIT = 100_000
const looked = new WeakMap<RuleData, Map<string, Looked>>()

function lookUp(lower: string, data: RuleData, languages: string[]): Looked {
  let cache = looked.get(data)
  if (!cache) {
    cache = new Map()
    looked.set(data, cache)
  }
  let w = cache.get(lower)
  if (!w) {
    const key = nameKey(lower)
    w = {
      lower,
      folded: fold(lower),
      key,
      en: data.lexicons.en.get(lower),
      sources: languages.map((l) => data.lexicons.sources.get(l)?.get(lower)),
      name: data.gazetteer.accepted.has(key),
      script: scriptOf(lower),
    }
    if (cache.size >= LOOKED_LIMIT) cache.clear()
    cache.set(lower, w)
  }
  return w
}

/** Looks every distinct word of `doc` up once. Without data (unit tests of segmentation) the table is empty. */
export function buildWordTable(doc: Doc, data?: RuleData): WordTable {
  if (!data) return EMPTY
  const languages = [...data.lexicons.sources.keys()]
  const index = new Map<string, number>()
  const words: WordInfo[] = []
  const ofToken = new Int32Array(doc.tokens.length).fill(-1)
  doc.tokens.forEach((t: Token, i) => {
    if (t.kind !== 'word') return
    let k = index.get(t.lower)
    if (k === undefined) {
      k = words.length
      index.set(t.lower, k)
      words.push({ ...lookUp(t.lower, data, languages), count: 0 })
    }
    ;(words[k] as WordInfo).count++
    ofToken[i] = k
  })
  return { languages, words, ofToken }
}

/** Segments `text` and looks its words up: the document every check reads. */
export function analyse(text: string, data?: RuleData): Doc {
  const doc = segment(text)
  return data ? { ...doc, table: buildWordTable(doc, data) } : doc
}

/** The table entry of token `i`, or undefined for numbers and punctuation. */
export function wordAt(doc: Doc, i: number): WordInfo | undefined {
  const k = doc.table.ofToken[i]
  return k === undefined || k < 0 ? undefined : doc.table.words[k]
}

/** Rank of a table word in one source language's lexicon. */
export function sourceRankOf(doc: Doc, w: WordInfo, lang: string): number | undefined {
  const k = doc.table.languages.indexOf(lang)
  return k < 0 ? undefined : w.sources[k]
}
