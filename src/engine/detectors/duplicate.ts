// `duplicate` rules: sentences, lines, captions and headlines that appear twice, a line
// that is a truncated copy of another, and near-identical restatements. Hash maps keyed on
// normalised word sequences keep it linear in the length of the article. Each check is a
// small pure function over the document's lines and sentences (computed once); where two
// checks flag the same place, the earlier in the table keeps it.
import type { RuleOf } from '../../rules/schema.ts'
import { type Detector, type Hit, report } from '../detector.ts'
import type { Doc, RawFinding, Span, Token } from '../types.ts'
import { type Check, type DocCheck, runChecks } from './checks.ts'

interface Unit extends Span {
  words: string[]
  key: string
  endsCleanly: boolean
  /** Share of the words inside quotation marks. */
  quoted: number
}

const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '„'])

export interface DuplicateEnv {
  minWords: number
  lines: Unit[]
  sentences: Unit[]
}

/** Shingles shared by more units than this are too common to index (keeps the pass linear). */
const SHINGLE_CAP = 8
const SHINGLE = 3

function unitOf(doc: Doc, first: number, end: number): Unit | null {
  const words: string[] = []
  let inside = false
  let quoted = 0
  for (let i = first; i < end; i++) {
    const t = doc.tokens[i] as Token
    if (t.kind !== 'punct') {
      words.push(t.lower)
      if (inside) quoted++
    } else if (QUOTE_MARKS.has(t.text)) inside = !inside
  }
  if (!words.length) return null
  const a = doc.tokens[first] as Token
  const b = doc.tokens[end - 1] as Token
  const endsCleanly = /[.!?…"”»)]$/.test(b.text)
  return { start: a.start, end: b.end, words, key: words.join(' '), endsCleanly, quoted: quoted / words.length }
}

export function duplicateEnv(doc: Doc, minWords: number): DuplicateEnv {
  // A sentence that is a whole line (a heading, a caption, a one-sentence paragraph) shares
  // the line's unit: units are never changed, and each is only read.
  const ofLine = doc.lines.map((l) => unitOf(doc, l.firstToken, l.endToken))
  const sentences: Unit[] = []
  for (const s of doc.sentences) {
    const line = doc.lines[s.line]
    const u =
      line && line.firstToken === s.firstToken && line.endToken === s.endToken
        ? ofLine[s.line]
        : unitOf(doc, s.firstToken, s.endToken)
    if (u) sentences.push(u)
  }
  return { minWords, lines: ofLine.filter((u): u is Unit => !!u), sentences }
}

const hit = (u: Unit, weight: number, message: string): Hit => ({ start: u.start, end: u.end, weight, message })

/** Exact repeats of lines and sentences (the later copy is the finding). */
export const exactRepeat: DocCheck<DuplicateEnv> = {
  name: 'exact',
  doc(_doc, env) {
    const out: Hit[] = []
    for (const units of [env.lines, env.sentences]) {
      const seen = new Map<string, Unit>()
      for (const u of units) {
        if (u.words.length < env.minWords) continue
        const first = seen.get(u.key)
        if (first && first.start !== u.start) out.push(hit(u, 0.95, 'Repeats text from earlier in the article'))
        else if (!first) seen.set(u.key, u)
      }
    }
    return out
  },
}

/** Short standalone lines repeated word for word (a byline, a caption label). */
export const shortLineRepeat: DocCheck<DuplicateEnv> = {
  name: 'short-line',
  doc(_doc, env) {
    const out: Hit[] = []
    const seen = new Map<string, Unit>()
    for (const u of env.lines) {
      if (u.words.length < 2 || u.words.length >= env.minWords) continue
      if (seen.has(u.key)) out.push(hit(u, 0.6, 'Repeats a line from earlier in the article'))
      else seen.set(u.key, u)
    }
    return out
  },
}

/** A line that is the opening of another line, cut off ("…will tell you that they"). */
export const truncatedCopy: DocCheck<DuplicateEnv> = {
  name: 'truncated',
  doc(_doc, { lines, sentences, minWords }) {
    const out: Hit[] = []
    const byOpening = new Map<string, Unit[]>()
    for (const units of [lines, sentences])
      for (const u of units) {
        if (u.words.length < minWords) continue
        const k = u.words.slice(0, minWords).join(' ')
        const list = byOpening.get(k)
        if (list) list.push(u)
        else byOpening.set(k, [u])
      }
    for (const u of lines) {
      // A teaser that ends cleanly is only a truncated copy when it is long enough to be sure.
      if (u.words.length < (u.endsCleanly ? minWords + 2 : minWords)) continue
      const longer = (byOpening.get(u.words.slice(0, minWords).join(' ')) ?? []).find(
        (v) => v.start !== u.start && v.words.length > u.words.length && v.key.startsWith(`${u.key} `),
      )
      if (longer) out.push(hit(u, 0.9, 'Truncated copy of a sentence that follows in full'))
    }
    return out
  },
}

/**
 * Keys for the shingles of `units`, one per distinct word sequence: each word gets a number
 * and a shingle packs its words' numbers into one exact integer (no string to build and hash),
 * or, past what 53 bits can pack, is the joined string.
 */
function shingleKeys(units: Unit[]): (words: string[], k: number) => string | number {
  const base = 2 ** Math.floor(53 / SHINGLE)
  const ids = new Map<string, number>()
  for (const u of units) for (const w of u.words) if (!ids.has(w)) ids.set(w, ids.size)
  if (ids.size > base) return (words, k) => words.slice(k, k + SHINGLE).join(' ')
  return (words, k) => {
    let key = 0
    for (let j = 0; j < SHINGLE; j++) key = key * base + (ids.get(words[k + j] as string) as number)
    return key
  }
}

/** Near-identical sentences (a restated headline or caption): shared word trigrams. */
export const restatement: DocCheck<DuplicateEnv> = {
  name: 'restatement',
  doc(_doc, env) {
    const out: Hit[] = []
    const index = new Map<string | number, number[]>()
    // A quotation given again with its attribution ("…," he said) is how news is written.
    const long = env.sentences.filter((u) => u.words.length >= Math.max(env.minWords, 10) && u.quoted < 0.6)
    const shingleOf = shingleKeys(long)
    long.forEach((u, i) => {
      const shingles = new Set<string | number>()
      for (let k = 0; k + SHINGLE <= u.words.length; k++) shingles.add(shingleOf(u.words, k))
      const counts = new Map<number, number>()
      for (const s of shingles) {
        const list = index.get(s)
        if (list) {
          if (list.length <= SHINGLE_CAP) for (const j of list) counts.set(j, (counts.get(j) ?? 0) + 1)
          list.push(i)
        } else index.set(s, [i])
      }
      for (const [j, shared] of counts) {
        const v = long[j] as Unit
        const denom = Math.min(shingles.size, Math.max(1, v.words.length - SHINGLE + 1))
        const prefix = v.key.startsWith(u.key) || u.key.startsWith(v.key)
        if (shared / denom >= 0.8 && v.key !== u.key && !prefix) {
          out.push(hit(u, 0.7, 'Restates a sentence from earlier in the article'))
          break
        }
      }
    })
    return out
  },
}

/** Every duplicate check, in priority order: one finding per place, the earliest check's. */
export const DUPLICATE_TABLE: readonly Check<DuplicateEnv>[] = [
  exactRepeat,
  shortLineRepeat,
  truncatedCopy,
  restatement,
]

export const duplicateDetector: Detector<'duplicate'> = {
  kind: 'duplicate',
  compile(rules) {
    const active = rules.filter((r) => r.enabled)
    return { rules: active.length, run: (doc) => active.flatMap((r) => run(doc, r)) }
  },
}

function run(doc: Doc, rule: RuleOf<'duplicate'>): RawFinding[] {
  const flagged = new Set<number>()
  const out: RawFinding[] = []
  for (const h of runChecks(doc, DUPLICATE_TABLE, duplicateEnv(doc, rule.minWords))) {
    if (flagged.has(h.start)) continue
    flagged.add(h.start)
    out.push(report(doc, rule, h))
  }
  return out
}
