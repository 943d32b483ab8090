// The name gazetteer: canonical names with accepted variants and known wrong forms, indexed
// for exact and fuzzy look-up. Compiled once per rule-set version per isolate.
import { SortedLines } from './data.ts'
import { fold } from './document.ts'

export interface NameEntry {
  name: string
  type: 'person' | 'place' | 'org' | string
  variants?: string[]
  /** Source-language forms an English article should not use (curated). */
  foreign?: string[]
  /** Word-for-word English renderings of a name that is also a common word. */
  literal?: string[]
  /** The name in other languages, derived from maintained data: weaker evidence than `foreign`. */
  exonyms?: string[]
  role?: string
}

export interface NameData {
  version?: number
  entries: NameEntry[]
  /** Folded name words known to exist (places, given names, surnames), sorted, newline-joined. */
  known?: string
  /** `mangled\tName` lines sorted by the first field: a name word with its accented letters deleted. */
  mangled?: string
}

/** One word of a canonical name, indexed for fuzzy look-up. */
export interface NameWord {
  /** The word as the canonical name writes it ("Merkel"). */
  word: string
  /** Folded lower case ("blinken"). */
  key: string
  entry: NameEntry
  /** Position of the word in the name and the name's word count. */
  index: number
  of: number
  /** phoneticKey(key), computed on the first fuzzy comparison that needs it (not on load). */
  phonetic?: string
}

export interface Gazetteer {
  /** Folded lower-case words of every accepted form (canonical or variant). */
  accepted: Set<string>
  /** Folded accepted word → the name words that carry it (to check given name + surname pairs). */
  byKey: Map<string, NameWord[]>
  /** Canonical words bucketed by length for fuzzy comparison. */
  byLength: Map<number, NameWord[]>
  /** Foreign, literal or exonym forms as word sequences (folded lower case, space-joined) → entry. */
  wrongForms: Map<string, { entry: NameEntry; kind: WrongKind; form: string }>
  /** Name words known from maintained lists beyond the entries (NameData.known). */
  known: SortedLines
  /** Name words with their accented letters deleted → the name word (NameData.mangled). */
  mangled: SortedLines
  /** Longest wrong form in words, to bound the look-ahead. */
  maxWrongWords: number
  size: number
}

export type WrongKind = 'foreign' | 'literal' | 'exonym'

/** Past this many entries a memo cache starts over (memory stays bounded across requests). */
const MEMO_LIMIT = 50_000

/**
 * A pure string function with a per-isolate cache: article words repeat, within an article
 * and across requests, and NFD folding and regex chains are what the name detectors spend on.
 */
function memoized(f: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>()
  return (s) => {
    let v = cache.get(s)
    if (v === undefined) {
      if (cache.size >= MEMO_LIMIT) cache.clear()
      v = f(s)
      cache.set(s, v)
    }
    return v
  }
}

const NAME_WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu
/**
 * Letters that carry no combining mark, so NFD folding keeps them, and that English spells
 * without their stroke or ligature: "Łódź" / "Lodz", "Søren" / "Soren", "Sigurðsson" / "Sigurdsson".
 * (scripts/build-gazetteer.mjs keys its lists the same way.)
 */
export const PLAIN_LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
}
const STROKED = /[łøđðþßæœıħŧŀ]/g
/** Folded lower-case key of a name word, possessive dropped: "Aragonès’s" → "aragones", "Łódź" → "lodz". */
export const nameKey = memoized((w: string) => {
  // Most name words are plain ASCII: no normalisation to do.
  if (/^[\x20-\x7e]*$/.test(w)) return w.toLowerCase().replace(/'s?$/, '')
  return fold(w)
    .toLowerCase()
    .replace(STROKED, (c) => PLAIN_LETTERS[c] ?? c)
    .replace(/[’]/g, "'")
    .replace(/'s?$/, '')
})
const wordsOf = (s: string) => s.match(NAME_WORD) ?? []

export function compileGazetteer(data: NameData): Gazetteer {
  const accepted = new Set<string>()
  const byKey = new Map<string, NameWord[]>()
  const byLength = new Map<number, NameWord[]>()
  const wrongForms: Gazetteer['wrongForms'] = new Map()
  let maxWrongWords = 1
  for (const entry of data.entries) {
    const forms = [entry.name, ...(entry.variants ?? [])]
    for (const form of forms) {
      const ws = wordsOf(form)
      ws.forEach((word, index) => {
        const key = nameKey(word)
        accepted.add(key)
        const nw: NameWord = { word, key, entry, index, of: ws.length }
        const list = byKey.get(key)
        if (list) list.push(nw)
        else byKey.set(key, [nw])
        if (form === entry.name) {
          const b = byLength.get(key.length)
          if (b) b.push(nw)
          else byLength.set(key.length, [nw])
        }
      })
    }
    for (const [kind, list] of [
      ['foreign', entry.foreign ?? []],
      ['literal', entry.literal ?? []],
      ['exonym', entry.exonyms ?? []],
    ] as const) {
      for (const form of list) {
        const ws = wordsOf(form).map(nameKey)
        if (!ws.length) continue
        const key = ws.join(' ')
        // A foreign form that is also an accepted spelling of some name is not wrong.
        if (ws.length === 1 && accepted.has(key) && kind !== 'literal') continue
        if (!wrongForms.has(key)) wrongForms.set(key, { entry, kind, form })
        maxWrongWords = Math.max(maxWrongWords, ws.length)
      }
    }
  }
  // Drop single-word wrong forms that turned out to be accepted forms of another entry.
  for (const key of [...wrongForms.keys()]) if (!key.includes(' ') && accepted.has(key)) wrongForms.delete(key)
  return {
    accepted,
    byKey,
    byLength,
    wrongForms,
    maxWrongWords,
    known: new SortedLines(data.known),
    mangled: new SortedLines(data.mangled),
    size: data.entries.length,
  }
}

/** Whether a name key (nameKey) is a name the gazetteer or its lists know, in any spelling that folds to it. */
export function isKnownName(g: Gazetteer, key: string): boolean {
  return g.accepted.has(key) || g.known.has(key)
}

/** Jaro-Winkler similarity in [0, 1]. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1
  const la = a.length
  const lb = b.length
  if (!la || !lb) return 0
  const range = Math.max(0, (Math.max(la, lb) >> 1) - 1)
  const ma = new Uint8Array(la)
  const mb = new Uint8Array(lb)
  let matches = 0
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - range)
    const hi = Math.min(lb - 1, i + range)
    for (let j = lo; j <= hi; j++) {
      if (mb[j] || a[i] !== b[j]) continue
      ma[i] = 1
      mb[j] = 1
      matches++
      break
    }
  }
  if (!matches) return 0
  let t = 0
  let k = 0
  for (let i = 0; i < la; i++) {
    if (!ma[i]) continue
    while (!mb[k]) k++
    if (a[i] !== b[k]) t++
    k++
  }
  const jaro = (matches / la + matches / lb + (matches - t / 2) / matches) / 3
  let prefix = 0
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] === b[prefix]) prefix++
  return jaro + prefix * 0.1 * (1 - jaro)
}

const ROW_BUFFER = 256
const ROWS = [new Int32Array(ROW_BUFFER), new Int32Array(ROW_BUFFER), new Int32Array(ROW_BUFFER)] as const

/** Optimal-string-alignment (restricted Damerau-Levenshtein) distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > max) return max + 1
  // Three rows reused across calls (names are short); longer words get rows of their own.
  const own = lb + 1 > ROW_BUFFER
  let prev2 = own ? new Int32Array(lb + 1) : ROWS[0].fill(0, 0, lb + 1)
  let prev = own ? new Int32Array(lb + 1) : ROWS[1]
  let cur = own ? new Int32Array(lb + 1) : ROWS[2].fill(0, 0, lb + 1)
  for (let j = 0; j <= lb; j++) prev[j] = j
  for (let i = 1; i <= la; i++) {
    cur[0] = i
    let rowMin = cur[0]
    for (let j = 1; j <= lb; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] as number) + 1)
      cur[j] = v
      if (v < rowMin) rowMin = v
    }
    if (rowMin > max) return max + 1
    ;[prev2, prev, cur] = [prev, cur, prev2]
  }
  return prev[lb] as number
}

/**
 * A rough phonetic key for names across European spellings: "Zelenskiy", "Zelensky" and
 * "Selenskij" share one, as do "Tchaikovsky" / "Chaykovskiy". Input is a folded lower-case key.
 */
export const phoneticKey = memoized(function phoneticKey(key: string): string {
  return key
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/tch|tsch|sch|sh|ch/g, 'c')
    .replace(/ck|q|k/g, 'c')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/x/g, 'cs')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/z/g, 's')
    .replace(/(?!^)h/g, '')
    .replace(/ii+/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?<=.{3})[aeiou]$/, '')
})

/** Edits tolerated for a word of this length: short names allow one, long names two. */
export const allowedEdits = (len: number) => (len < 5 ? 0 : len < 9 ? 1 : 2)

// Look-up indexes over a compiled gazetteer, built on first use and kept with it (a WeakMap,
// so the Gazetteer shape stays as stored). They only narrow what the detectors scan: every
// list keeps the order of the structure it indexes, so results are the same as a full scan.
type WrongFormHit = Gazetteer['wrongForms'] extends Map<string, infer V> ? V : never
interface GazetteerIndex {
  /** `${length}:${first code unit}` → canonical name words of `byLength`, in its order. */
  byLengthInitial: Map<string, NameWord[]>
  /** First code unit → single-word curated wrong forms (no exonyms), in `wrongForms` order. */
  wrongByInitial: Map<string, [string, WrongFormHit][]>
  /** Every leading word sequence of a wrong form ("giorgia", "giorgia melons"). */
  wrongPrefixes: Set<string>
  /** `${first code unit}:${length}` → `wrongFormsNear` answers, filled as words are seen. */
  wrongNear: Map<string, [string, WrongFormHit][]>
}
const indexes = new WeakMap<Gazetteer, GazetteerIndex>()
const NO_WORDS: NameWord[] = []

function indexOf(g: Gazetteer): GazetteerIndex {
  let ix = indexes.get(g)
  if (ix) return ix
  ix = { byLengthInitial: new Map(), wrongByInitial: new Map(), wrongPrefixes: new Set(), wrongNear: new Map() }
  for (const [len, list] of g.byLength) {
    for (const nw of list) {
      const k = `${len}:${nw.key[0]}`
      const b = ix.byLengthInitial.get(k)
      if (b) b.push(nw)
      else ix.byLengthInitial.set(k, [nw])
    }
  }
  for (const [form, wf] of g.wrongForms) {
    const ws = form.split(' ')
    for (let n = 1; n <= ws.length; n++) ix.wrongPrefixes.add(ws.slice(0, n).join(' '))
    // Near misses of a derived exonym are too weak to report: only curated forms are indexed.
    if (form.includes(' ') || wf.kind === 'exonym') continue
    const k = form[0] as string
    const b = ix.wrongByInitial.get(k)
    if (b) b.push([form, wf])
    else ix.wrongByInitial.set(k, [[form, wf]])
  }
  indexes.set(g, ix)
  return ix
}

/** The words of `g.byLength.get(len)` whose key starts with `initial` (same order). */
export function nameWordsOf(g: Gazetteer, len: number, initial: string | undefined): NameWord[] {
  return indexOf(g).byLengthInitial.get(`${len}:${initial}`) ?? NO_WORDS
}

/** Single-word curated entries of `g.wrongForms` (no exonyms) whose form starts with `initial` (same order). */
export function wrongFormsStarting(g: Gazetteer, initial: string | undefined): [string, WrongFormHit][] {
  return (initial === undefined ? undefined : indexOf(g).wrongByInitial.get(initial)) ?? []
}

/**
 * Single-word entries of `g.wrongForms` with the first code unit of `key` and a length within
 * one of it, in `wrongForms` order: the only ones a one-edit near miss of `key` can be.
 */
export function wrongFormsNear(g: Gazetteer, key: string): [string, WrongFormHit][] {
  const ix = indexOf(g)
  const k = `${key[0]}:${key.length}`
  let list = ix.wrongNear.get(k)
  if (!list) {
    list = wrongFormsStarting(g, key[0]).filter(([form]) => Math.abs(form.length - key.length) <= 1)
    if (ix.wrongNear.size >= 10_000) ix.wrongNear.clear()
    ix.wrongNear.set(k, list)
  }
  return list
}

/**
 * Whether some wrong form starts with the words of `key` (space-joined name keys): when not,
 * no longer key that extends it can be a wrong form either, and a look-ahead can stop.
 */
export function startsWrongForm(g: Gazetteer, key: string): boolean {
  return indexOf(g).wrongPrefixes.has(key)
}
