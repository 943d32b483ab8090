// A prefilter for the linear-time patterns: from a pattern's syntax, the literal strings a
// match must contain (the way RE2's own prefilter and code search engines skip documents).
// One literal scan of the document (literals.ts) then says which lines can match at all;
// only there does re2js run. Anything the extractor does not understand yields no
// prefilter, so the pattern always runs: the prefilter can only skip work, never a match.

/** Words in nearly every English paragraph: poor prefilter literals. */
const EVERYDAY = new Set(
  'the a an of to in on at by for with from and or but as is are was were be been has have had it its he she they we you this that these those not no than then there their his her our your one two'.split(
    ' ',
  ),
)

interface Atom {
  /** A single literal character, when the atom is one. */
  lit?: string
  /** Literals one of which the atom requires, or null when it requires nothing known. */
  set: string[] | null
  /** Minimum repetitions (0 for ?, *, {0,n}). */
  min: number
  quantified: boolean
}

class Unsupported extends Error {}

/** Literal strings one of which any match of `re` contains, or null if none are known. */
export function requiredLiterals(re: string, caseInsensitive: boolean): string[] | null {
  try {
    const { set, pos } = parseAlternation(re, 0)
    if (pos !== re.length || !set) return null
    const out = [...new Set(caseInsensitive ? set.map((s) => s.toLowerCase()) : set)]
    return out.every((s) => s.length > 0) ? out : null
  } catch (e) {
    if (e instanceof Unsupported) return null
    throw e
  }
}

/**
 * Every requirement of `re` as a conjunction of clauses (each clause: literals one of which a
 * match contains), or null when none is known. A line can only match where every clause has
 * one of its literals, which is far more selective than the single best clause: a pattern for
 * "the 2023 manoeuvres" needs "the" AND "man" on the line, not just "man". Literals are lower
 * case when the pattern is case-insensitive.
 */
export function requiredClauses(re: string, caseInsensitive: boolean): string[][] | null {
  try {
    const top = parseTop(re)
    if (!top) return null
    const clauses = top
      .map((c) => [...new Set(caseInsensitive ? c.map((s) => s.toLowerCase()) : c)])
      .filter((c) => c.length && c.every((s) => s.length > 0))
    return clauses.length ? clauses : null
  } catch (e) {
    if (e instanceof Unsupported) return null
    throw e
  }
}

/** Clauses of a pattern that is one sequence at the top; an alternation gives its one union clause. */
function parseTop(re: string): string[][] | null {
  const seq = parseSequence(re, 0)
  if (seq.pos === re.length) return seq.all.length ? seq.all : null
  const alt = parseAlternation(re, 0)
  return alt.pos === re.length && alt.set ? [alt.set] : null
}

function parseAlternation(src: string, start: number): { set: string[] | null; pos: number } {
  const branches: (string[] | null)[] = []
  let pos = start
  for (;;) {
    const seq = parseSequence(src, pos)
    branches.push(seq.set)
    pos = seq.pos
    if (src[pos] === '|') {
      pos++
      continue
    }
    break
  }
  if (branches.some((b) => b === null)) return { set: null, pos }
  return { set: branches.flat() as string[], pos }
}

function parseSequence(src: string, start: number): { set: string[] | null; all: string[][]; pos: number } {
  const atoms: Atom[] = []
  let pos = start
  while (pos < src.length && src[pos] !== '|' && src[pos] !== ')') {
    const a = parseAtom(src, pos)
    pos = a.pos
    const q = parseQuantifier(src, pos)
    pos = q.pos
    atoms.push({ ...a.atom, min: q.quantified ? q.min : 1, quantified: q.quantified })
  }
  // Runs of plain literal characters become strings; every required part is a candidate.
  const candidates: string[][] = []
  let run = ''
  const flush = () => {
    if (run) candidates.push([run])
    run = ''
  }
  for (const a of atoms) {
    if (a.lit !== undefined && !a.quantified) {
      run += a.lit
      continue
    }
    flush()
    if (a.min >= 1 && a.set) candidates.push(a.set)
  }
  flush()
  if (!candidates.length) return { set: null, all: [], pos }
  // The most selective requirement: the one whose shortest literal is longest, where a
  // literal that is an everyday English word ("the", "of") counts as barely selective.
  let best = candidates[0] as string[]
  const score = (c: string[]) => Math.min(...c.map((s) => (EVERYDAY.has(s.trim().toLowerCase()) ? 0.5 : s.length)))
  for (const c of candidates) if (score(c) > score(best)) best = c
  return { set: best, all: candidates, pos }
}

function parseQuantifier(src: string, pos: number): { min: number; quantified: boolean; pos: number } {
  const c = src[pos]
  let min = 1
  let quantified = true
  if (c === '?' || c === '*') min = 0
  else if (c === '+') min = 1
  else if (c === '{') {
    const m = /^\{(\d+)(?:,(\d*))?\}/.exec(src.slice(pos))
    if (!m) return { min: 1, quantified: false, pos }
    min = Number(m[1])
    return { min, quantified: true, pos: skipLazy(src, pos + m[0].length) }
  } else quantified = false
  return { min, quantified, pos: quantified ? skipLazy(src, pos + 1) : pos }
}

const skipLazy = (src: string, pos: number) => (src[pos] === '?' ? pos + 1 : pos)

function parseAtom(src: string, pos: number): { atom: Omit<Atom, 'min' | 'quantified'>; pos: number } {
  const c = src[pos] as string
  if (c === '(') {
    let p = pos + 1
    if (src[p] === '?') {
      // Only non-capturing and named groups; inline flags would change what matches.
      if (src[p + 1] === ':') p += 2
      else if (src.startsWith('P<', p + 1) || (src[p + 1] === '<' && /[A-Za-z]/.test(src[p + 2] ?? ''))) {
        const close = src.indexOf('>', p)
        if (close < 0) throw new Unsupported()
        p = close + 1
      } else throw new Unsupported()
    }
    const inner = parseAlternation(src, p)
    if (src[inner.pos] !== ')') throw new Unsupported()
    return { atom: { set: inner.set }, pos: inner.pos + 1 }
  }
  if (c === '[') {
    let p = pos + 1
    if (src[p] === '^') p++
    if (src[p] === ']') p++
    while (p < src.length && src[p] !== ']') p += src[p] === '\\' ? 2 : 1
    if (p >= src.length) throw new Unsupported()
    return { atom: { set: null }, pos: p + 1 }
  }
  if (c === '\\') {
    const n = src[pos + 1]
    if (n === undefined) throw new Unsupported()
    if (n === 'p' || n === 'P') {
      if (src[pos + 2] === '{') {
        const close = src.indexOf('}', pos)
        if (close < 0) throw new Unsupported()
        return { atom: { set: null }, pos: close + 1 }
      }
      return { atom: { set: null }, pos: pos + 3 }
    }
    if (n === 'x') {
      const m = /^\\x(\{[0-9A-Fa-f]+\}|[0-9A-Fa-f]{2})/.exec(src.slice(pos))
      if (!m) throw new Unsupported()
      return { atom: { set: null }, pos: pos + m[0].length }
    }
    if (n === 'Q') throw new Unsupported()
    if (/[A-Za-z0-9]/.test(n)) return { atom: { set: null }, pos: pos + 2 } // \b \s \d \w \n …
    return { atom: { lit: n, set: [n] }, pos: pos + 2 } // an escaped punctuation mark is itself
  }
  if (c === '.' || c === '^' || c === '$') return { atom: { set: null }, pos: pos + 1 }
  if ('*+?{'.includes(c)) throw new Unsupported()
  // A literal character (a surrogate pair stays whole).
  const cp = src.codePointAt(pos) as number
  const ch = String.fromCodePoint(cp)
  return { atom: { lit: ch, set: [ch] }, pos: pos + ch.length }
}

/**
 * Clauses worth a literal look-up. A clause is only as selective as its shortest literal:
 * one of "a", "de" or "(" is on nearly every line and only makes the literal scan stop at
 * every other character. Clauses whose literals all have three characters or more are kept;
 * failing any, the single most selective clause.
 */
export function selectiveClauses(re: string, caseInsensitive: boolean): string[][] | null {
  const clauses = requiredClauses(re, caseInsensitive)
  if (!clauses) return null
  const weakest = (c: string[]) => Math.min(...c.map((lit) => lit.length))
  const strong = clauses.filter((c) => weakest(c) >= 3)
  if (strong.length) return strong
  return [clauses.reduce((best, c) => (weakest(c) > weakest(best) ? c : best))]
}
