// An upper estimate of a pattern's RE2 program size (re2js `programSize()`: roughly one
// instruction per literal, class or operator, with counted repetitions expanded), read from
// the pattern's text in one pass, without compiling it. Compiling is what is being
// priced: one valid 4,800-character pattern (400 × `[a-z]{0,999}`) is an 800,000-instruction
// program that takes re2js 3.7 s to compile, so the cost check must know before it compiles.
//
// It follows RE2's syntax as far as sizes go: escapes (`\pL`, `\p{Greek}`, `\x{263a}`,
// `\Q…\E`), classes (`[^]a-z[:alpha:]\]]`), groups of every form, alternation, `* + ?`
// (lazy or not) and `{n}`, `{n,}`, `{n,m}` (RE2 expands `x{n,m}` into n copies of x and
// m−n nested optional ones). Counts are capped at 1000, RE2's own limit (a larger one is
// refused when the pattern is compiled). Malformed patterns get an estimate too; RE2 then
// refuses them.

const MAX_REPEAT = 1000

/**
 * The groups left open, five numbers each: the sum of the sizes of their finished
 * alternatives and how many there are, the size of the current alternative without its last
 * atom, the size of that atom, and 1 when the group captures. Shared by every call (the
 * estimate runs 150,000 times for a large rule set and is not re-entrant), so a call
 * allocates nothing.
 */
const open: number[] = []

/** Index after the `]` closing the class that opens at `at`. */
function classEnd(re: string, at: number): number {
  let i = at + 1
  if (re[i] === '^') i++
  if (re[i] === ']') i++ // a leading ] is a literal
  while (i < re.length && re[i] !== ']') {
    if (re[i] === '\\') i += 2
    else if (re[i] === '[' && re[i + 1] === ':') {
      const end = re.indexOf(':]', i + 2)
      i = end < 0 ? i + 1 : end + 2
    } else i++
  }
  return Math.min(re.length, i + 1)
}

/** Set by escapeEnd and counted (no tuple per call). */
let readEnd = 0
let readSize = 0
let readMin = 0
let readMax = 0

/** The escape that starts at `at` (a backslash): sets readEnd (the index after it) and readSize. */
function escapeEnd(re: string, at: number): void {
  const c = re[at + 1]
  readSize = 1
  if (c === 'Q') {
    // \Q…\E: every character literal, one instruction each.
    const end = re.indexOf('\\E', at + 2)
    const stop = end < 0 ? re.length : end
    readEnd = end < 0 ? re.length : end + 2
    readSize = stop - (at + 2)
  } else if ((c === 'p' || c === 'P' || c === 'x') && re[at + 2] === '{') {
    const end = re.indexOf('}', at + 3)
    readEnd = end < 0 ? re.length : end + 1
  } else if (c === 'p' || c === 'P') readEnd = at + 3
  else if (c === 'x') readEnd = at + 4
  else if (c !== undefined && c >= '0' && c <= '7') {
    let i = at + 1
    while (i < at + 4 && re[i] !== undefined && (re[i] as string) >= '0' && (re[i] as string) <= '7') i++
    readEnd = i
  } else readEnd = at + 2
}

/** Index after the decimal digits from `from` (at most 10 are read). */
function digitsEnd(re: string, from: number): number {
  let i = from
  while (i < re.length && i - from < 10 && re.charCodeAt(i) >= 48 && re.charCodeAt(i) <= 57) i++
  return i
}

/**
 * `{n}`, `{n,}` or `{n,m}` at `at` (1-9 digits each, m may be absent): sets readEnd, readMin
 * and readMax (Infinity for open) and answers true, or false when the brace is a literal.
 */
function counted(re: string, at: number): boolean {
  const minEnd = digitsEnd(re, at + 1)
  if (minEnd === at + 1 || minEnd - at - 1 > 9) return false
  readMin = Math.min(Number(re.slice(at + 1, minEnd)), MAX_REPEAT)
  if (re[minEnd] === '}') {
    readEnd = minEnd + 1
    readMax = readMin
    return true
  }
  if (re[minEnd] !== ',') return false
  const maxEnd = digitsEnd(re, minEnd + 1)
  if (maxEnd - minEnd - 1 > 9 || re[maxEnd] !== '}') return false
  readEnd = maxEnd + 1
  readMax =
    maxEnd === minEnd + 1 ? Number.POSITIVE_INFINITY : Math.min(Number(re.slice(minEnd + 1, maxEnd)), MAX_REPEAT)
  return true
}

/** A code unit that is an atom of its own: none of \\ [ ( ) | * + ? { (92 91 40 41 124 42 43 63 123). */
const isLiteral = (c: number) =>
  c !== 92 && c !== 91 && c !== 40 && c !== 41 && c !== 124 && c !== 42 && c !== 43 && c !== 63 && c !== 123

// The innermost open group (the whole pattern at first), while `open` keeps the outer ones.
// Module state rather than closures: nothing is allocated per pattern.
let alternatives = 0
let finished = 0
let sequence = 0
let last = 0
let capturing = 1

/** Size of the innermost group: each alternation adds a branch, a capture its two markers. */
const closed = () => alternatives + (sequence + last) + finished + (capturing ? 2 : 0)

function enter(captures: boolean): void {
  open.push(alternatives, finished, sequence, last, capturing)
  alternatives = 0
  finished = 0
  sequence = 0
  last = 0
  capturing = captures ? 1 : 0
}

/** Closes the innermost group; its size is the last atom of the group around it. */
function leave(): void {
  const size = closed()
  const k = open.length - 5
  alternatives = open[k] as number
  finished = open[k + 1] as number
  sequence = (open[k + 2] as number) + (open[k + 3] as number)
  last = size
  capturing = open[k + 4] as number
  open.length = k
}

export function estimateProgramSize(re: string): number {
  open.length = 0
  alternatives = 0
  finished = 0
  sequence = 0
  last = 0
  capturing = 1
  let i = 0
  while (i < re.length) {
    if (isLiteral(re.charCodeAt(i))) {
      // A run of literal characters: one atom each, the run's last one open to a quantifier.
      let j = i + 1
      while (j < re.length && isLiteral(re.charCodeAt(j))) j++
      sequence += last + (j - i - 1)
      last = 1
      i = j
      continue
    }
    const c = re[i] as string
    if (c === '\\') {
      escapeEnd(re, i)
      sequence += last
      last = readSize
      i = readEnd
    } else if (c === '[') {
      sequence += last
      last = 1
      i = classEnd(re, i)
    } else if (c === '(') {
      if (re[i + 1] === '?') {
        // (?flags) alone sets flags and matches nothing; (?:…), (?flags:…) group without capturing.
        const m = /^\(\?([a-zA-Z-]*)(\)|:)/.exec(re.slice(i, i + 16))
        if (m && m[2] === ')') {
          sequence += last
          last = 0
          i += m[0].length
          continue
        }
        const named = /^\(\?P?<[^>]*>/.exec(re.slice(i, i + 80))
        enter(!!named)
        i += named ? named[0].length : m ? m[0].length : 2
      } else {
        enter(true)
        i++
      }
    } else if (c === ')') {
      if (open.length) leave()
      i++
    } else if (c === '|') {
      alternatives += sequence + last
      finished++
      sequence = 0
      last = 0
      i++
    } else if (c === '*' || c === '+' || c === '?') {
      last += 1
      i++
      if (re[i] === '?') i++ // lazy
    } else if (c === '{') {
      if (!counted(re, i)) {
        sequence += last
        last = 1
        i++
        continue
      }
      last = Number.isFinite(readMax) ? last * readMax + (readMax - readMin) : last * (readMin + 1) + 1
      i = readEnd
      if (re[i] === '?') i++
    } else {
      sequence += last
      last = 1
      i++
    }
  }
  while (open.length) leave()
  // RE2 wraps every program in a capture of the whole match and a final match instruction.
  return closed() + 1
}
