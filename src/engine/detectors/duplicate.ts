// `duplicate` rules: sentences, lines, captions and headlines that appear twice, a line
// that is a truncated copy of another, and near-identical restatements. Hash maps keyed on
// normalised word sequences keep it linear in the length of the article.
import type { RuleOf } from '../../rules/schema.ts'
import { type Detector, report } from '../detector.ts'
import type { Doc, RawFinding, Span, Token } from '../types.ts'

interface Unit extends Span {
  words: string[]
  key: string
  endsCleanly: boolean
}

/** Shingles shared by more units than this are too common to index (keeps the pass linear). */
const SHINGLE_CAP = 8
const SHINGLE = 3

export const duplicateDetector: Detector<'duplicate'> = {
  kind: 'duplicate',
  compile(rules) {
    const active = rules.filter((r) => r.enabled)
    return { rules: active.length, run: (doc) => active.flatMap((r) => run(doc, r)) }
  },
}

function unitOf(doc: Doc, first: number, end: number): Unit | null {
  const words: string[] = []
  for (let i = first; i < end; i++) {
    const t = doc.tokens[i] as Token
    if (t.kind !== 'punct') words.push(t.lower)
  }
  if (!words.length) return null
  const a = doc.tokens[first] as Token
  const b = doc.tokens[end - 1] as Token
  return { start: a.start, end: b.end, words, key: words.join(' '), endsCleanly: /[.!?…"”»)]$/.test(b.text) }
}

/** `words.slice(k, k + SHINGLE).join(' ')` without the intermediate array. */
function shingleAt(words: string[], k: number): string {
  let s = words[k] as string
  for (let j = 1; j < SHINGLE; j++) s += ` ${words[k + j]}`
  return s
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
  if (ids.size > base) return shingleAt
  return (words, k) => {
    let key = 0
    for (let j = 0; j < SHINGLE; j++) key = key * base + (ids.get(words[k + j] as string) as number)
    return key
  }
}

function run(doc: Doc, rule: RuleOf<'duplicate'>): RawFinding[] {
  const out: RawFinding[] = []
  const flaggedAt = new Set<number>()
  const push = (u: Unit, weight: number, message: string) => {
    if (flaggedAt.has(u.start)) return
    flaggedAt.add(u.start)
    out.push(report(doc, rule, { start: u.start, end: u.end, weight, message }))
  }
  const lines = doc.lines.map((l) => unitOf(doc, l.firstToken, l.endToken)).filter((u): u is Unit => !!u)
  const sentences = doc.sentences.map((s) => unitOf(doc, s.firstToken, s.endToken)).filter((u): u is Unit => !!u)

  // 1. Exact repeats of lines and sentences (the later copy is the finding).
  for (const units of [lines, sentences]) {
    const seen = new Map<string, Unit>()
    for (const u of units) {
      if (u.words.length < rule.minWords) continue
      const first = seen.get(u.key)
      if (first && first.start !== u.start) push(u, 0.95, `Repeats text from earlier in the article`)
      else if (!first) seen.set(u.key, u)
    }
  }

  // 1b. Short standalone lines repeated word for word (a byline, a caption label).
  const shortSeen = new Map<string, Unit>()
  for (const u of lines) {
    if (u.words.length < 2 || u.words.length >= rule.minWords) continue
    const first = shortSeen.get(u.key)
    if (first) push(u, 0.6, 'Repeats a line from earlier in the article')
    else shortSeen.set(u.key, u)
  }

  // 2. A line that is the opening of another line, cut off ("…will tell you that they").
  const byOpening = new Map<string, Unit[]>()
  for (const u of [...lines, ...sentences]) {
    if (u.words.length < rule.minWords) continue
    const k = u.words.slice(0, rule.minWords).join(' ')
    const list = byOpening.get(k)
    if (list) list.push(u)
    else byOpening.set(k, [u])
  }
  for (const u of lines) {
    // A teaser that ends cleanly is only a truncated copy when it is long enough to be sure.
    if (u.words.length < (u.endsCleanly ? rule.minWords + 2 : rule.minWords)) continue
    for (const v of byOpening.get(u.words.slice(0, rule.minWords).join(' ')) ?? []) {
      if (v.start === u.start || v.words.length <= u.words.length) continue
      if (v.key.startsWith(`${u.key} `)) {
        push(u, 0.9, 'Truncated copy of a sentence that follows in full')
        break
      }
    }
  }

  // 3. Near-identical sentences (a restated headline or caption): shared word trigrams.
  const index = new Map<string | number, number[]>()
  const long = sentences.filter((u) => u.words.length >= Math.max(rule.minWords, 10))
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
      if (shared / denom >= 0.8 && v.key !== u.key && !prefix && !flaggedAt.has(u.start)) {
        push(u, 0.7, 'Restates a sentence from earlier in the article')
        break
      }
    }
  })
  return out
}
