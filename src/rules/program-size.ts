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

interface Frame {
  /** Sum of the sizes of the finished alternatives of this group, and how many there are. */
  alternatives: number
  finished: number
  /** Size of the current alternative, without its last atom. */
  sequence: number
  /** Size of the last atom (a quantifier applies to it). */
  last: number
  capturing: boolean
}

const newFrame = (capturing: boolean): Frame => ({ alternatives: 0, finished: 0, sequence: 0, last: 0, capturing })

function close(f: Frame): number {
  // Each alternation adds a branch instruction; a capture adds its two markers.
  return f.alternatives + (f.sequence + f.last) + f.finished + (f.capturing ? 2 : 0)
}

/** Index after the `]` closing the class that opens at `at`. */
function classEnd(re: string, at: number): number {
  let i = at + 1
  if (re[i] === '^') i++
  if (re[i] === ']') i++ // a leading ] is a literal
  while (i < re.length && re[i] !== ']') {
    if (re[i] === '\\') i += 2
    else if (re.startsWith('[:', i)) {
      const end = re.indexOf(':]', i + 2)
      i = end < 0 ? i + 1 : end + 2
    } else i++
  }
  return Math.min(re.length, i + 1)
}

/** Index after the escape that starts at `at` (a backslash), and its size. */
function escapeEnd(re: string, at: number): [number, number] {
  const c = re[at + 1]
  if (c === 'Q') {
    // \Q…\E: every character literal, one instruction each.
    const end = re.indexOf('\\E', at + 2)
    const stop = end < 0 ? re.length : end
    return [end < 0 ? re.length : end + 2, stop - (at + 2)]
  }
  if ((c === 'p' || c === 'P' || c === 'x') && re[at + 2] === '{') {
    const end = re.indexOf('}', at + 3)
    return [end < 0 ? re.length : end + 1, 1]
  }
  if (c === 'p' || c === 'P') return [at + 3, 1]
  if (c === 'x') return [at + 4, 1]
  if (c !== undefined && c >= '0' && c <= '7') {
    let i = at + 1
    while (i < at + 4 && re[i] !== undefined && (re[i] as string) >= '0' && (re[i] as string) <= '7') i++
    return [i, 1]
  }
  return [at + 2, 1]
}

/** `{n}`, `{n,}` or `{n,m}` at `at`: [end, min, max (Infinity for open)], or null when it is a literal brace. */
function counted(re: string, at: number): [number, number, number] | null {
  // `{` then 1-9 digits, optionally `,` and 0-9 digits, then `}` (read without a regex: a
  // rule set can hold 150,000 patterns).
  const digits = (from: number) => {
    let i = from
    while (i < re.length && i - from < 10 && re.charCodeAt(i) >= 48 && re.charCodeAt(i) <= 57) i++
    return i
  }
  const minEnd = digits(at + 1)
  if (minEnd === at + 1 || minEnd - at - 1 > 9) return null
  const min = Math.min(Number(re.slice(at + 1, minEnd)), MAX_REPEAT)
  if (re[minEnd] === '}') return [minEnd + 1, min, min]
  if (re[minEnd] !== ',') return null
  const maxEnd = digits(minEnd + 1)
  if (maxEnd - minEnd - 1 > 9 || re[maxEnd] !== '}') return null
  const max =
    maxEnd === minEnd + 1 ? Number.POSITIVE_INFINITY : Math.min(Number(re.slice(minEnd + 1, maxEnd)), MAX_REPEAT)
  return [maxEnd + 1, min, max]
}

export function estimateProgramSize(re: string): number {
  const stack: Frame[] = [newFrame(true)]
  const top = () => stack[stack.length - 1] as Frame
  const atom = (size: number) => {
    const f = top()
    f.sequence += f.last
    f.last = size
  }
  let i = 0
  while (i < re.length) {
    const c = re[i] as string
    if (c === '\\') {
      const [end, size] = escapeEnd(re, i)
      atom(size)
      i = end
    } else if (c === '[') {
      atom(1)
      i = classEnd(re, i)
    } else if (c === '(') {
      if (re[i + 1] === '?') {
        // (?flags) alone sets flags and matches nothing; (?:…), (?flags:…) group without capturing.
        const m = /^\(\?([a-zA-Z-]*)(\)|:)/.exec(re.slice(i, i + 16))
        if (m && m[2] === ')') {
          atom(0)
          i += m[0].length
          continue
        }
        const named = /^\(\?P?<[^>]*>/.exec(re.slice(i, i + 80))
        stack.push(newFrame(!!named))
        i += named ? named[0].length : m ? m[0].length : 2
      } else {
        stack.push(newFrame(true))
        i++
      }
    } else if (c === ')') {
      if (stack.length > 1) {
        const size = close(stack.pop() as Frame)
        atom(size)
      }
      i++
    } else if (c === '|') {
      const f = top()
      f.alternatives += f.sequence + f.last
      f.finished++
      f.sequence = 0
      f.last = 0
      i++
    } else if (c === '*' || c === '+' || c === '?') {
      top().last += 1
      i++
      if (re[i] === '?') i++ // lazy
    } else if (c === '{') {
      const q = counted(re, i)
      if (!q) {
        atom(1)
        i++
        continue
      }
      const [end, min, max] = q
      const f = top()
      const x = f.last
      f.last = Number.isFinite(max) ? x * max + (max - min) : x * (min + 1) + 1
      i = end
      if (re[i] === '?') i++
    } else {
      atom(1)
      i++
    }
  }
  while (stack.length > 1) {
    const size = close(stack.pop() as Frame)
    atom(size)
  }
  // RE2 wraps every program in a capture of the whole match and a final match instruction.
  return close(stack[0] as Frame) + 1
}
