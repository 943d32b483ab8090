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

/** Looks every distinct word of `doc` up once. Without data (unit tests of segmentation) the table is empty. */
export function buildWordTable(doc: Doc, data?: RuleData): WordTable {
  if (!data) return EMPTY
  const { lexicons, gazetteer } = data
  const languages = [...lexicons.sources.keys()]
  const sourceLists = languages.map((l) => lexicons.sources.get(l))
  const index = new Map<string, number>()
  const words: WordInfo[] = []
  const ofToken = new Int32Array(doc.tokens.length).fill(-1)
  doc.tokens.forEach((t: Token, i) => {
    if (t.kind !== 'word') return
    let k = index.get(t.lower)
    if (k === undefined) {
      const key = nameKey(t.lower)
      k = words.length
      index.set(t.lower, k)
      words.push({
        lower: t.lower,
        folded: fold(t.lower),
        key,
        en: lexicons.en.get(t.lower),
        sources: sourceLists.map((lex) => lex?.get(t.lower)),
        name: gazetteer.accepted.has(key),
        script: scriptOf(t.lower),
        count: 0,
      })
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
