// Running a rule's RE2 pattern on V8's own RegExp, when that is provably safe.
//
// re2js guarantees linear time but simulates every alternative at once, so a pattern of a
// hundred alternated words costs a hundred steps per character: it was most of an audit.
// V8's backtracking engine is ten times faster on the same patterns, but a pattern can make
// it backtrack exponentially. This module (1) translates a pattern from RE2 syntax to an
// equivalent JavaScript one, giving up (null) on any construct whose meaning differs, and
// (2) bounds how much a backtracking search can do: the number of ways the pattern can match
// from one start, as c·L^d for a line of L characters. Nested unbounded repetition has no
// such bound and is refused. Otherwise V8 runs the pattern on every line whose worst case is
// within NATIVE_FACTOR times what re2js always spends (L·|pattern| steps), or within a small
// fixed budget, and re2js runs it on longer lines. So the promise that no rule set can stall an audit holds (the worst case
// stays linear, within a constant of re2js), and the common patterns run natively.
//
// Deviations from RE2 that remain, both negligible in news text: under the `i` flag V8's
// \b and \w also count "ſ" (U+017F) and the Kelvin sign as word characters.

/**
 * How many times re2js's own cost (L·|pattern| steps for a line of L characters) a native
 * search may take in the worst case. re2js is about ten times slower per step, so even the
 * worst case of an admitted pattern is no slower than re2js's ordinary case.
 */
export const NATIVE_FACTOR = 16
/** Or at most this many steps on one line, whatever re2js would spend (≈ 1-2 ms). */
export const NATIVE_LINE_BUDGET = 1_000_000
/** Lines are at most a request body long; a bound past this is "any line". */
const ANY_LINE = 1 << 21

export interface NativePlan {
  /** JavaScript source equivalent to the RE2 pattern (to compile with flags + "u"). */
  source: string
  /** JavaScript flags besides "u" and the g/y the matcher adds ("i", "s"). */
  flags: string
  /** Ways a match attempt can go, as c·L^degree for a line of L characters. */
  degree: number
  constant: number
  /** Unbounded repetitions: each may consume and give back up to L characters on a way. */
  unbounded: number
  /** Those of them a match can begin with: a search starting inside their run repeats that work. */
  leading: number
  /** Longest line the native engine may search within NATIVE_FACTOR times re2js's cost. */
  maxLine: number
}

/** A set of characters, approximated: ranges of code points and Unicode property names. */
interface CharSet {
  ranges: [number, number][]
  props: string[]
  negated: boolean
}

type Node =
  | { t: 'set'; set: CharSet }
  | { t: 'assert' }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; branches: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number }

class Unsupported extends Error {}

const GENERAL_CATEGORIES = new Set(
  'L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Co Cs'.split(' '),
)
const SPACE: [number, number][] = [
  [9, 10],
  [12, 13],
  [32, 32],
]
const DIGIT: [number, number][] = [[48, 57]]
const WORD: [number, number][] = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122],
]
const JS_SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''))

const hex = (cp: number) => `\\u{${cp.toString(16)}}`

/**
 * A JavaScript class of every character a match of `re` can begin with (a test for the first
 * character of an anchored attempt), or null when a match can be empty or begin with anything.
 */
export function firstCharClass(re: string, flags: string): string | null {
  try {
    const p = new Parser(re, flags.includes('s'))
    const node = p.alternation()
    if (p.pos !== re.length) return null
    const f = first(node)
    if (f === 'any' || f.nullable || !f.sets.length) return null
    const parts: string[] = []
    for (const set of f.sets) {
      if (set.negated) return null
      parts.push(classSource(set.ranges, false, false), ...set.props.map((p) => `\\p{${p}}`))
    }
    const source = `^[${parts.join('')}]`
    new RegExp(source, 'u')
    return source
  } catch (e) {
    if (e instanceof Unsupported || e instanceof SyntaxError) return null
    throw e
  }
}

/**
 * Translates and bounds an RE2 pattern; null when it must stay on re2js. `anchored`: the
 * detector only tries it where a line (or its text after leading punctuation) begins.
 */
export function nativePlan(re: string, flags: string, anchored = false): NativePlan | null {
  try {
    const p = new Parser(re, flags.includes('s'))
    const node = p.alternation()
    if (p.pos !== re.length) return null
    const source = p.out.join('')
    const jsFlags = (flags.includes('i') ? 'i' : '') + (flags.includes('s') ? 's' : '')
    new RegExp(source, `${jsFlags}u`) // throws on anything V8 reads differently
    const ci = flags.includes('i')
    // Nothing follows the whole pattern: once it has matched, the search stops.
    const { degree, constant } = ways(node, [], ci)
    if (!Number.isFinite(constant) || !Number.isFinite(degree)) return null
    const unbounded = countUnbounded(node)
    const leading = anchored ? 0 : leadingUnbounded(node).count
    const cost = { degree, constant, unbounded, leading, starts: anchored ? 2 : -1 }
    const maxLine = longestLine(cost, re.length)
    return maxLine > 0 ? { source, flags: jsFlags, degree, constant, unbounded, leading, maxLine } : null
  } catch (e) {
    if (e instanceof Unsupported || e instanceof SyntaxError) return null
    throw e
  }
}

interface Cost {
  degree: number
  constant: number
  unbounded: number
  leading: number
  /** Start positions tried: 2 for anchored attempts, -1 for every position of the line. */
  starts: number
}

/**
 * Worst-case steps of a search over a line of L characters. Each start explores at most
 * c·L^d ways, each walking the pattern once (|P| steps). A run a repetition takes is taken
 * once per way that reaches it, and given back one character at a time when what follows
 * fails: L steps per repetition per way. A repetition a match can begin with is reached
 * again from every start inside its run: L more starts.
 */
export function worstSteps(L: number, c: Cost, size: number): number {
  const starts = c.starts > 0 ? c.starts : L + 1
  const ways = c.constant * L ** c.degree
  return starts * ways * size + ways * L * c.unbounded + starts * ways * L * c.leading
}

/** Largest line length whose native worst case is within budget (re2js's cost or a fixed budget). */
function longestLine(cost: Cost, size: number): number {
  const fits = (L: number) => worstSteps(L, cost, size) <= Math.max(NATIVE_FACTOR * (L + 1) * size, NATIVE_LINE_BUDGET)
  if (!fits(1)) return 0
  let lo = 1
  let hi = ANY_LINE
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (fits(mid)) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Unbounded repetitions reachable before the first character a match must consume. */
function leadingUnbounded(node: Node): { count: number; nullable: boolean } {
  switch (node.t) {
    case 'set':
      return { count: 0, nullable: false }
    case 'assert':
      return { count: 0, nullable: true }
    case 'seq': {
      let count = 0
      for (const n of node.items) {
        const h = leadingUnbounded(n)
        count += h.count
        if (!h.nullable) return { count, nullable: false }
      }
      return { count, nullable: true }
    }
    case 'alt': {
      let count = 0
      let nullable = false
      for (const b of node.branches) {
        const h = leadingUnbounded(b)
        count += h.count
        nullable ||= h.nullable
      }
      return { count, nullable }
    }
    case 'rep': {
      const h = leadingUnbounded(node.node)
      const own = node.max === Number.POSITIVE_INFINITY ? 1 : 0
      return { count: own + h.count, nullable: node.min === 0 || h.nullable }
    }
  }
}

function countUnbounded(node: Node): number {
  switch (node.t) {
    case 'seq':
      return node.items.reduce((s, n) => s + countUnbounded(n), 0)
    case 'alt':
      return node.branches.reduce((s, n) => s + countUnbounded(n), 0)
    case 'rep':
      return (
        (node.max === Number.POSITIVE_INFINITY ? 1 : node.max) * (countUnbounded(node.node) || 0) +
        (node.max === Number.POSITIVE_INFINITY ? 1 : 0)
      )
    default:
      return 0
  }
}

/** Reads RE2 syntax into a small tree, writing the JavaScript equivalent as it goes. */
class Parser {
  pos = 0
  out: string[] = []
  // Plain fields (no parameter properties): this also runs in Node with type stripping.
  private readonly src: string
  private readonly dotAll: boolean
  constructor(src: string, dotAll: boolean) {
    this.src = src
    this.dotAll = dotAll
  }

  alternation(): Node {
    const branches = [this.sequence()]
    while (this.src[this.pos] === '|') {
      this.pos++
      this.out.push('|')
      branches.push(this.sequence())
    }
    return branches.length === 1 ? (branches[0] as Node) : { t: 'alt', branches }
  }

  sequence(): Node {
    const items: Node[] = []
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      items.push(this.quantified(this.atom()))
    }
    return { t: 'seq', items }
  }

  quantified(node: Node): Node {
    const c = this.src[this.pos]
    let min = 1
    let max = 1
    if (c === '*' || c === '+' || c === '?') {
      min = c === '+' ? 1 : 0
      max = c === '?' ? 1 : Number.POSITIVE_INFINITY
      this.pos++
      this.out.push(c)
    } else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.pos))
      if (!m) throw new Unsupported() // RE2 reads a stray "{" as a literal; V8 in u-mode refuses it
      min = Number(m[1])
      max = m[2] ? (m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY) : min
      this.pos += m[0].length
      this.out.push(m[0])
    } else return node
    if (this.src[this.pos] === '?') {
      this.pos++
      this.out.push('?')
    }
    const after = this.src[this.pos]
    if (after && '*+?{'.includes(after)) throw new Unsupported() // "a**": RE2 and V8 disagree
    return { t: 'rep', node, min, max }
  }

  atom(): Node {
    const src = this.src
    const c = src[this.pos] as string
    if (c === '(') {
      this.pos++
      if (src[this.pos] === '?') {
        if (src[this.pos + 1] === ':') this.pos += 2
        else if (
          src.startsWith('P<', this.pos + 1) ||
          (src[this.pos + 1] === '<' && /[A-Za-z]/.test(src[this.pos + 2] ?? ''))
        ) {
          const close = src.indexOf('>', this.pos)
          if (close < 0) throw new Unsupported()
          this.pos = close + 1
        } else throw new Unsupported() // inline flags, look-around
      }
      this.out.push('(?:')
      const inner = this.alternation()
      if (src[this.pos] !== ')') throw new Unsupported()
      this.pos++
      this.out.push(')')
      return inner
    }
    if (c === '[') return this.charClass()
    if (c === '.') {
      this.pos++
      this.out.push(this.dotAll ? '[^]' : '[^\\n]')
      return { t: 'set', set: this.dotAll ? all() : { ranges: [[10, 10]], props: [], negated: true } }
    }
    if (c === '^' || c === '$') {
      this.pos++
      this.out.push(c)
      return { t: 'assert' }
    }
    if (c === '\\') return this.escape(false)
    if ('*+?{'.includes(c) || c === ')') throw new Unsupported()
    const cp = src.codePointAt(this.pos) as number
    this.pos += cp > 0xffff ? 2 : 1
    this.out.push(JS_SYNTAX.has(c) ? `\\${c}` : String.fromCodePoint(cp))
    return { t: 'set', set: { ranges: [[cp, cp]], props: [], negated: false } }
  }

  /** An escape outside (inClass false) or inside a class; returns its set. */
  escape(inClass: boolean): Node & { t: 'set' | 'assert' } {
    const src = this.src
    const n = src[this.pos + 1]
    if (n === undefined) throw new Unsupported()
    this.pos += 2
    const set = (ranges: [number, number][], negated = false, js?: string): Node & { t: 'set' } => {
      if (negated && inClass) throw new Unsupported() // [\S] cannot be written out inside a class
      this.out.push(js ?? classSource(ranges, negated, !inClass))
      return { t: 'set', set: { ranges, props: [], negated } }
    }
    switch (n) {
      case 'b':
      case 'B':
        if (inClass) throw new Unsupported()
        this.out.push(`\\${n}`)
        return { t: 'assert' }
      case 'd':
        return set(DIGIT)
      case 'D':
        return set(DIGIT, true)
      case 'w':
        return set(WORD)
      case 'W':
        return set(WORD, true)
      case 's':
        return set(SPACE)
      case 'S':
        return set(SPACE, true)
      case 'p':
      case 'P': {
        let name: string
        if (src[this.pos] === '{') {
          const close = src.indexOf('}', this.pos)
          if (close < 0) throw new Unsupported()
          name = src.slice(this.pos + 1, close)
          this.pos = close + 1
        } else {
          name = src[this.pos] ?? ''
          this.pos++
        }
        let negated = n === 'P'
        if (name.startsWith('^')) {
          negated = !negated
          name = name.slice(1)
        }
        const prop = GENERAL_CATEGORIES.has(name) ? name : /^[A-Z][a-z_]+$/.test(name) ? `Script=${name}` : null
        if (!prop) throw new Unsupported()
        this.out.push(`\\${negated ? 'P' : 'p'}{${prop}}`)
        return { t: 'set', set: { ranges: [], props: [prop], negated } }
      }
      case 'x': {
        const m = /^(?:\{([0-9A-Fa-f]{1,6})\}|([0-9A-Fa-f]{2}))/.exec(src.slice(this.pos))
        if (!m) throw new Unsupported()
        this.pos += m[0].length
        const cp = Number.parseInt((m[1] ?? m[2]) as string, 16)
        this.out.push(hex(cp))
        return { t: 'set', set: { ranges: [[cp, cp]], props: [], negated: false } }
      }
      case 'n':
      case 't':
      case 'r':
      case 'f':
      case 'v':
      case 'a': {
        const cp = { n: 10, t: 9, r: 13, f: 12, v: 11, a: 7 }[n]
        this.out.push(hex(cp))
        return { t: 'set', set: { ranges: [[cp, cp]], props: [], negated: false } }
      }
      default: {
        // RE2 lets any punctuation be escaped; letters and digits are other escapes (\A, \z, \Q, \1 …).
        if (/[\p{L}\p{N}]/u.test(n)) throw new Unsupported()
        const cp = n.codePointAt(0) as number
        this.out.push(hex(cp))
        return { t: 'set', set: { ranges: [[cp, cp]], props: [], negated: false } }
      }
    }
  }

  charClass(): Node {
    const src = this.src
    this.pos++
    const negated = src[this.pos] === '^'
    if (negated) this.pos++
    this.out.push(negated ? '[^' : '[')
    const set: CharSet = { ranges: [], props: [], negated }
    let first = true
    while (this.pos < src.length && (src[this.pos] !== ']' || first)) {
      first = false
      if (src.startsWith('[:', this.pos)) throw new Unsupported() // POSIX classes
      let lo: number
      if (src[this.pos] === '\\') {
        const e = this.escape(true)
        if (e.t !== 'set') throw new Unsupported()
        if (e.set.props.length || e.set.ranges.length !== 1 || e.set.ranges[0]?.[0] !== e.set.ranges[0]?.[1]) {
          set.ranges.push(...e.set.ranges)
          set.props.push(...e.set.props)
          if (e.set.negated) throw new Unsupported()
          continue
        }
        lo = e.set.ranges[0]?.[0] as number
      } else {
        lo = src.codePointAt(this.pos) as number
        this.pos += lo > 0xffff ? 2 : 1
        this.out.push(hex(lo))
      }
      let hi = lo
      if (src[this.pos] === '-' && src[this.pos + 1] !== ']' && this.pos + 1 < src.length) {
        this.pos++
        if (src[this.pos] === '\\') {
          const e = this.escape(true)
          if (e.t !== 'set' || e.set.ranges.length !== 1 || e.set.props.length) throw new Unsupported()
          // escape() already wrote the upper bound; put the dash before it.
          const upper = this.out.pop() as string
          this.out.push('-', upper)
          hi = e.set.ranges[0]?.[0] as number
        } else {
          hi = src.codePointAt(this.pos) as number
          this.pos += hi > 0xffff ? 2 : 1
          this.out.push('-', hex(hi))
        }
        if (hi < lo) throw new Unsupported()
      }
      set.ranges.push([lo, hi])
    }
    if (src[this.pos] !== ']') throw new Unsupported()
    this.pos++
    this.out.push(']')
    return { t: 'set', set }
  }
}

function classSource(ranges: [number, number][], negated: boolean, bracket: boolean): string {
  const body = ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')
  return bracket ? `[${negated ? '^' : ''}${body}]` : body
}

const all = (): CharSet => ({ ranges: [], props: [], negated: true })

// --- The bound ---------------------------------------------------------------------------

interface Ways {
  degree: number
  constant: number
}
const ONE: Ways = { degree: 0, constant: 1 }
const times = (a: Ways, b: Ways): Ways => ({ degree: a.degree + b.degree, constant: a.constant * b.constant })
const CAP = 1e12
const capped = (w: Ways): Ways => ({ degree: w.degree, constant: Math.min(w.constant, CAP) })

type Follow = CharSet[] | 'any'

/**
 * How many ways a backtracking matcher can match `node` from one position, as c·L^d.
 * `follow`: the characters that can come right after it (or 'any' when unknown). A greedy
 * run of one character class followed by something that cannot start with those characters
 * is one way, not L: giving characters back fails at once.
 */
function ways(node: Node, follow: Follow, ci: boolean): Ways {
  switch (node.t) {
    case 'set':
    case 'assert':
      return ONE
    case 'seq': {
      let w = ONE
      node.items.forEach((item, i) => {
        w = capped(times(w, ways(item, followOf(node.items.slice(i + 1), follow), ci)))
      })
      return w
    }
    case 'alt': {
      // Only branches whose literal beginnings agree can both match at one place: the
      // matching branches all agree with the one of them with the longest literal beginning.
      const prefixes = node.branches.map((b) => literalPrefix(b, ci))
      const each = node.branches.map((b) => ways(b, follow, ci))
      let degree = 0
      let constant = 1
      prefixes.forEach((p) => {
        let d = 0
        let c = 0
        prefixes.forEach((q, j) => {
          const n = Math.min(p.length, q.length)
          if (p.slice(0, n) !== q.slice(0, n)) return
          const w = each[j] as Ways
          d = Math.max(d, w.degree)
          c += w.constant
        })
        if (d > degree || (d === degree && c > constant)) {
          degree = d
          constant = c
        }
      })
      return capped({ degree, constant })
    }
    case 'rep': {
      const inner = node.node
      const single = inner.t === 'set'
      if (node.max === Number.POSITIVE_INFINITY) {
        if (!single) return markedRounds(inner, follow, ci)
        const disjoint = follow !== 'any' && follow.every((f) => disjointSets(inner.set, f, ci))
        return disjoint ? ONE : { degree: 1, constant: 2 }
      }
      const span = node.max - node.min + 1
      if (single) return { degree: 0, constant: span }
      // Up to `max` rounds of the body, each with its own ways; the body is followed by itself or by `follow`.
      const again = first(inner)
      const body = ways(inner, again === 'any' || follow === 'any' ? 'any' : [...again.sets, ...follow], ci)
      return capped({ degree: body.degree * node.max, constant: span * body.constant ** node.max })
    }
  }
}

/**
 * Unbounded rounds of a complex body are unambiguous when every round begins with a marker
 * character the body can never consume elsewhere (a bullet, a "#"): the rounds are then cut
 * at the markers, one way, provided one round has one way. Anything else has no bound.
 */
function markedRounds(body: Node, follow: Follow, ci: boolean): Ways {
  const NONE = { degree: Number.POSITIVE_INFINITY, constant: Number.POSITIVE_INFINITY }
  const f = first(body)
  if (f === 'any' || f.nullable || !f.sets.length) return NONE
  const inside = consumed(body, true)
  if (!inside) return NONE
  for (const m of f.sets) for (const c of inside) if (!disjointSets(m, c, ci)) return NONE
  const round = ways(body, follow === 'any' ? 'any' : [...f.sets, ...follow], ci)
  return round.degree === 0 && round.constant === 1 ? ONE : NONE
}

/**
 * The sets a match of `node` may consume after its first character (`skipFirst`), or every
 * set it may consume; null when that is not known.
 */
function consumed(node: Node, skipFirst: boolean): CharSet[] | null {
  switch (node.t) {
    case 'set':
      return skipFirst ? [] : [node.set]
    case 'assert':
      return []
    case 'seq': {
      const out: CharSet[] = []
      let leading = skipFirst
      for (const n of node.items) {
        const sets = consumed(n, leading)
        if (!sets) return null
        out.push(...sets)
        const f = first(n)
        if (f === 'any') return null
        if (leading && !f.nullable) leading = false
        else if (leading) return null // a nullable head: its characters may come first or not
      }
      return out
    }
    case 'alt': {
      const out: CharSet[] = []
      for (const b of node.branches) {
        const sets = consumed(b, skipFirst)
        if (!sets) return null
        out.push(...sets)
      }
      return out
    }
    case 'rep': {
      if (skipFirst) {
        // The first round's first character is skipped; later rounds consume everything.
        const rest = consumed(node.node, true)
        const all = node.max > 1 ? consumed(node.node, false) : []
        return rest && all ? [...rest, ...all] : null
      }
      return consumed(node.node, false)
    }
  }
}

/** What can start the rest of a sequence: the first sets up to the first item that needs a character. */
function followOf(rest: Node[], outer: Follow): Follow {
  const sets: CharSet[] = []
  for (const n of rest) {
    const f = first(n)
    if (f === 'any') return 'any'
    sets.push(...f.sets)
    if (!f.nullable) return sets
  }
  return outer === 'any' ? 'any' : [...sets, ...outer]
}

function first(node: Node): { sets: CharSet[]; nullable: boolean } | 'any' {
  switch (node.t) {
    case 'set':
      return { sets: [node.set], nullable: false }
    case 'assert':
      return { sets: [], nullable: true }
    case 'seq': {
      const sets: CharSet[] = []
      for (const n of node.items) {
        const f = first(n)
        if (f === 'any') return 'any'
        sets.push(...f.sets)
        if (!f.nullable) return { sets, nullable: false }
      }
      return { sets, nullable: true }
    }
    case 'alt': {
      const sets: CharSet[] = []
      let nullable = false
      for (const b of node.branches) {
        const f = first(b)
        if (f === 'any') return 'any'
        sets.push(...f.sets)
        nullable ||= f.nullable
      }
      return { sets, nullable }
    }
    case 'rep': {
      const f = first(node.node)
      if (f === 'any') return 'any'
      return { sets: f.sets, nullable: f.nullable || node.min === 0 }
    }
  }
}

/** The literal characters every match of `node` begins with (folded when case-insensitive). */
function literalPrefix(node: Node, ci: boolean): string {
  const items = node.t === 'seq' ? node.items : [node]
  let s = ''
  for (const n of items) {
    if (n.t === 'assert') continue
    const inner = n.t === 'rep' && n.min >= 1 ? n.node : n
    if (inner.t !== 'set' || inner.set.negated || inner.set.props.length || inner.set.ranges.length !== 1) break
    const [a, b] = inner.set.ranges[0] as [number, number]
    if (a !== b) break
    s += String.fromCodePoint(a)
    if (inner !== n) break // a repetition: only its first character is certain
  }
  return ci ? s.toLowerCase() : s
}

// --- Character sets ----------------------------------------------------------------------

const MAJOR = (p: string) => (p.startsWith('Script=') ? null : (p[0] as string))
const PROP_TEST = new Map<string, RegExp>()
const propTest = (p: string) => {
  let re = PROP_TEST.get(p)
  if (!re) {
    re = new RegExp(`^\\p{${p}}$`, 'u')
    PROP_TEST.set(p, re)
  }
  return re
}
/** Ranges this small are checked code point by code point against a property. */
const ENUMERABLE = 4096

/** Case variants of a code point (what the `i` flag also matches), itself included. */
function variants(cp: number): number[] {
  const ch = String.fromCodePoint(cp)
  const out = new Set([cp])
  for (const v of [ch.toLowerCase(), ch.toUpperCase(), ch.toUpperCase().toLowerCase()])
    if ([...v].length === 1) out.add(v.codePointAt(0) as number)
  if (cp === 0x73 || cp === 0x53) out.add(0x17f)
  if (cp === 0x6b || cp === 0x4b) out.add(0x212a)
  return [...out]
}

function expandCase(r: [number, number][]): [number, number][] | null {
  const size = r.reduce((s, [a, b]) => s + b - a + 1, 0)
  if (size > ENUMERABLE) return null
  const out: [number, number][] = []
  for (const [a, b] of r) for (let cp = a; cp <= b; cp++) for (const v of variants(cp)) out.push([v, v])
  return out
}

/** True only when no character can be in both sets (false when unsure). */
export function disjointSets(a: CharSet, b: CharSet, ci: boolean): boolean {
  if (a.negated && b.negated) return false
  if (a.negated || b.negated) {
    const [neg, pos] = a.negated ? [a, b] : [b, a]
    // The positive set must lie inside what the negated one excludes.
    if (pos.props.length && !pos.props.every((p) => neg.props.includes(p))) return false
    const ranges = ci ? expandCase(pos.ranges) : pos.ranges
    if (!ranges) return false
    return ranges.every(([lo, hi]) => inside(lo, hi, neg))
  }
  const ar = ci ? expandCase(a.ranges) : a.ranges
  const br = ci ? expandCase(b.ranges) : b.ranges
  if (!ar || !br) return false
  for (const [x, y] of ar) for (const [u, v] of br) if (x <= v && u <= y) return false
  for (const p of a.props) if (!propDisjoint(p, b.props, br, ci)) return false
  for (const p of b.props) if (!propDisjoint(p, a.props, ar, ci)) return false
  return true
}

function inside(lo: number, hi: number, neg: CharSet): boolean {
  for (let cp = lo; cp <= hi; cp++) {
    const ch = String.fromCodePoint(cp)
    const excluded = neg.ranges.some(([a, b]) => cp >= a && cp <= b) || neg.props.some((p) => propTest(p).test(ch))
    if (!excluded) return false
    if (hi - lo > ENUMERABLE) return false
  }
  return true
}

function propDisjoint(p: string, otherProps: string[], otherRanges: [number, number][], ci: boolean): boolean {
  const re = propTest(p)
  for (const [lo, hi] of otherRanges) {
    if (hi - lo > ENUMERABLE) return false
    for (let cp = lo; cp <= hi; cp++) if (re.test(String.fromCodePoint(cp))) return false
  }
  for (const q of otherProps) {
    const a = MAJOR(p)
    const b = MAJOR(q)
    // Different major general categories never share a character; case makes Lu/Ll/Lt one class.
    if (!a || !b || a === b) {
      if (!ci && a === 'L' && b === 'L' && p !== q && ['Lu', 'Ll'].includes(p) && ['Lu', 'Ll'].includes(q)) continue
      return false
    }
  }
  return true
}
