// One segmentation pass shared by every detector: lines, sentences and word tokens, each
// with offsets into the text exactly as received (UTF-16 indices).
import type { Doc, Line, Sentence, Span, Token } from './types.ts'

// A word: letters (with combining marks), then letters or digits, joined by inner apostrophes
// or hyphens ("Russia-backed", "it’s"). Numbers keep inner separators ("8.1", "1,000", "0:2").
// Which alternative matched is told by the first character (a letter or mark only begins a
// word, a digit only a number), so the pattern captures nothing.
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:/]\p{N}+)*|\S/gu
const LETTER_OR_MARK = /^[\p{L}\p{M}]/u
const DIGIT = /^\p{N}/u

const NOT_ASCII = /[^\p{ASCII}]/u

/** Code units String.prototype.trim removes: ECMAScript's WhiteSpace and LineTerminator. */
export function isTrimmed(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isAsciiDigit = (c: number) => c >= 48 && c <= 57
const isAsciiAlnum = (c: number) => isAsciiLetter(c) || isAsciiDigit(c)

/**
 * TOKEN's tokens of an ASCII line, read without the regex (most lines are ASCII): a word is a
 * letter, letters or digits, and more of them after each inner ' or -; a number is digits,
 * and more after each inner . , : or /; any other character but a space is a token alone.
 */
function asciiTokens(tokens: Token[], line: string, start: number, lineIndex: number): void {
  const n = line.length
  let i = 0
  while (i < n) {
    const c = line.charCodeAt(i)
    if (isTrimmed(c)) {
      i++
      continue
    }
    let j = i + 1
    if (isAsciiLetter(c)) {
      for (;;) {
        while (j < n && isAsciiAlnum(line.charCodeAt(j))) j++
        const sep = line.charCodeAt(j)
        if ((sep === 39 || sep === 45) && j + 1 < n && isAsciiAlnum(line.charCodeAt(j + 1))) j += 2
        else break
      }
      pushToken(tokens, line, start, i, j, 'word', lineIndex)
    } else if (isAsciiDigit(c)) {
      for (;;) {
        while (j < n && isAsciiDigit(line.charCodeAt(j))) j++
        const sep = line.charCodeAt(j)
        if ((sep === 46 || sep === 44 || sep === 58 || sep === 47) && j + 1 < n && isAsciiDigit(line.charCodeAt(j + 1)))
          j += 2
        else break
      }
      pushToken(tokens, line, start, i, j, 'number', lineIndex)
    } else pushToken(tokens, line, start, i, j, 'punct', lineIndex)
    i = j
  }
}

/** Token [from, to) of a line that starts at `start` in the text. */
function pushToken(
  tokens: Token[],
  line: string,
  start: number,
  from: number,
  to: number,
  kind: Token['kind'],
  lineIndex: number,
): void {
  const text = line.slice(from, to)
  tokens.push({
    start: start + from,
    end: start + to,
    text,
    lower: normalizeWord(text),
    kind,
    line: lineIndex,
    sentence: -1,
  })
}

function kindOf(t: string): Token['kind'] {
  const c = t.charCodeAt(0)
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'word' : c >= 48 && c <= 57 ? 'number' : 'punct'
  return LETTER_OR_MARK.test(t) ? 'word' : DIGIT.test(t) ? 'number' : 'punct'
}

/** Abbreviations whose final period does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr gen sen rep gov prof vs etc no nos inc ltd co corp jan feb mar apr aug sept sep oct nov dec lt col sgt capt cmdr adm pres approx fig vol dept est mt ft rev ave hon'.split(
    ' ',
  ),
)

/** The table of a document segmented without data. */
const NO_WORDS: Doc['table'] = { languages: [], words: [], ofToken: new Int32Array(0) }

const SENTENCE_END = new Set(['.', '!', '?', '…'])
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»'])

export function normalizeWord(w: string): string {
  const lower = w.toLowerCase()
  // Most words have no curly apostrophe: skip the regex pass (same result).
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower
}

/** Removes diacritics: "Aragonès" → "Aragones". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
}

export function segment(text: string): Doc {
  const tokens: Token[] = []
  const lines: Line[] = []
  const sentences: Sentence[] = []
  let words = 0
  let lineStart = 0
  let prevBlank = true
  const n = text.length
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = n
    // The line without what String.prototype.trim would remove, read in place.
    let start = lineStart
    let end = lineEnd
    while (start < end && isTrimmed(text.charCodeAt(start))) start++
    while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--
    const trimmed = start < end ? text.slice(start, end) : ''
    if (trimmed) {
      const lineIndex = lines.length
      const firstToken = tokens.length
      if (NOT_ASCII.test(trimmed)) {
        TOKEN.lastIndex = 0
        for (let m = TOKEN.exec(trimmed); m; m = TOKEN.exec(trimmed))
          pushToken(tokens, trimmed, start, m.index, m.index + m[0].length, kindOf(m[0]), lineIndex)
      } else asciiTokens(tokens, trimmed, start, lineIndex)
      for (let k = firstToken; k < tokens.length; k++) if ((tokens[k] as Token).kind !== 'punct') words++
      const line: Line = {
        start,
        end,
        text: trimmed,
        firstToken,
        endToken: tokens.length,
        paragraphStart: prevBlank,
      }
      lines.push(line)
      splitSentences(text, tokens, line, lineIndex, sentences)
    }
    prevBlank = !trimmed
    if (lineEnd >= n) break
    lineStart = lineEnd + 1
  }
  return { text, lines, sentences, tokens, words, table: NO_WORDS }
}

function splitSentences(text: string, tokens: Token[], line: Line, lineIndex: number, out: Sentence[]): void {
  let first = line.firstToken
  const close = (endTok: number) => {
    if (endTok <= first) return
    const a = tokens[first] as Token
    const b = tokens[endTok - 1] as Token
    const idx = out.length
    for (let k = first; k < endTok; k++) (tokens[k] as Token).sentence = idx
    out.push({
      start: a.start,
      end: b.end,
      // A sentence that is its whole line has the line's text (no second copy).
      text: a.start === line.start && b.end === line.end ? line.text : text.slice(a.start, b.end),
      line: lineIndex,
      firstToken: first,
      endToken: endTok,
    })
    first = endTok
  }
  for (let i = line.firstToken; i < line.endToken; i++) {
    const t = tokens[i] as Token
    if (t.kind !== 'punct' || !SENTENCE_END.has(t.text)) continue
    // Absorb closing quotes and brackets and further end marks ("?!", ".”").
    let j = i + 1
    while (j < line.endToken) {
      const u = tokens[j] as Token
      if (u.start !== (tokens[j - 1] as Token).end) break
      if (u.kind === 'punct' && (CLOSERS.has(u.text) || SENTENCE_END.has(u.text))) j++
      else break
    }
    if (j >= line.endToken) break // the line end closes it
    const next = tokens[j] as Token
    if (next.start === (tokens[j - 1] as Token).end) continue // "U.S", "said.Analysts": no space, no boundary
    if (t.text === '.' && i > line.firstToken) {
      const prev = tokens[i - 1] as Token
      if (prev.end === t.start && prev.kind === 'word') {
        if (ABBREVIATIONS.has(prev.lower)) continue
        // Initials and dotted abbreviations ("J. Smith", "U.S.", "p.m."), but not a unit after a
        // number ("cost €2m. The bridge…"), which ends its sentence.
        if (
          prev.text.length === 1 &&
          !(i >= 2 && (tokens[i - 2] as Token).kind === 'number' && (tokens[i - 2] as Token).end === prev.start)
        )
          continue
      }
      if (prev.kind === 'number' && next.kind === 'number') continue
    }
    close(j)
    i = j - 1
  }
  close(line.endToken)
}

/** Index of the line holding offset `pos` (binary search over line starts). */
export function lineAt(doc: Doc, pos: number): number {
  let lo = 0
  let hi = doc.lines.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((doc.lines[mid] as Line).start <= pos) lo = mid
    else hi = mid - 1
  }
  return lo
}

// An ASCII first letter answers without a regex (these run on every token of a document).
const isAsciiUpper = (c: number) => c >= 65 && c <= 90
export const isCapitalised = (w: string) => {
  const c = w.charCodeAt(0)
  return c < 128 ? isAsciiUpper(c) : /^\p{Lu}/u.test(w)
}
export const isAllCaps = (w: string) => {
  if (w.length < 2) return false
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i)
    if (c >= 128) return /^\p{Lu}[\p{Lu}\p{M}]+$/u.test(w)
    if (!isAsciiUpper(c)) return false
  }
  return true
}
export const isLowerWord = (w: string) => {
  const c = w.charCodeAt(0)
  return c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(w)
}

/** Index of the first token ending after `pos` (binary search). */
export function tokenAt(doc: Doc, pos: number): number {
  let lo = 0
  let hi = doc.tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((doc.tokens[mid] as Token).end <= pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * A predicate telling whether some span of `spans` starts at or before a given span and ends
 * at or after it: the spans sorted by start with a running maximum of their ends, then one
 * binary search per question (O((n + m) log m) where `spans.some(…)` per question is O(n·m)).
 */
export function spanCover(spans: Span[]): (f: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const starts = sorted.map((s) => s.start)
  const maxEnd: number[] = []
  let m = Number.NEGATIVE_INFINITY
  for (const s of sorted) {
    m = Math.max(m, s.end)
    maxEnd.push(m)
  }
  return (f) => {
    // Spans starting at or before f.start: the first `lo` of `starts`.
    let lo = 0
    let hi = starts.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((starts[mid] as number) <= f.start) lo = mid + 1
      else hi = mid
    }
    return lo > 0 && (maxEnd[lo - 1] as number) >= f.end
  }
}
