// `pattern` rules: regular expressions supplied as data, run on re2js (RE2 semantics, linear
// time), so no rule set can stall a request with a catastrophic pattern. Each pattern runs only
// on the lines that hold every literal it needs (prefilter.ts), and those literals, for all
// patterns at once, are found in one case-folded pass over the document (literals.ts).
import type { RE2JS } from 're2js'
import { firstCharClass } from '../../rules/native.ts'
import { compilePattern, startAnchored } from '../../rules/patterns.ts'
import { selectiveClauses } from '../../rules/prefilter.ts'
import type { RuleOf } from '../../rules/schema.ts'
import type { Detector } from '../detector.ts'
import { extendSpan, report } from '../detector.ts'
import { tokenAt } from '../document.ts'
import { type LiteralScanner, literalScanner } from '../literals.ts'
import type { Doc, Line, RawFinding } from '../types.ts'

type PatternRule = RuleOf<'pattern'>

interface Entry {
  rule: PatternRule
  p: PatternRule['patterns'][number]
  startAnchored: boolean
  /** Literal ids per required clause, or null when the pattern must try every line. */
  clauses: number[][] | null
  /** Compiled on first use; null for a pattern RE2 refuses (it is then skipped, never a 500). */
  re: () => RE2JS | null
  /** V8's engine, for lines no longer than the bound validation proved safe (rules/native.ts). */
  native: (() => Native | null) | null
  /**
   * For anchored attempts, a test of the first character; for a search, a test that the line
   * holds a character a match can begin with. Null when any may begin a match.
   */
  first: () => RegExp | null
}

function lazyFirst(p: PatternRule['patterns'][number], anchored: boolean): () => RegExp | null {
  let test: RegExp | null | undefined
  return () => {
    if (test === undefined) {
      // Validation plans the anchored class only; a search's is the same class, unanchored
      // (a match is never empty where it is reported, so it begins with one of them).
      const source = anchored
        ? p.first !== undefined
          ? p.first
          : firstCharClass(p.re, p.flags)
        : (firstCharClass(p.re, p.flags)?.replace(/^\^/, '') ?? null)
      test = source ? new RegExp(source, p.flags.includes('i') ? 'iu' : 'u') : null
    }
    return test
  }
}

interface Native {
  search: RegExp
  sticky: RegExp
  maxLine: number
}

function lazyNative(p: PatternRule['patterns'][number]): (() => Native | null) | null {
  const plan = p.native
  if (!plan || plan.maxLine <= 0) return null
  let compiled: Native | null | undefined
  return () => {
    if (compiled === undefined) {
      try {
        compiled = {
          search: new RegExp(plan.source, `${plan.flags}gu`),
          sticky: new RegExp(plan.source, `${plan.flags}yu`),
          maxLine: plan.maxLine,
        }
      } catch {
        compiled = null
      }
    }
    return compiled
  }
}

function lazyRe(p: PatternRule['patterns'][number]): () => RE2JS | null {
  let compiled: RE2JS | null | undefined
  return () => {
    if (compiled === undefined) {
      try {
        compiled = compilePattern(p.re, p.flags)
      } catch {
        compiled = null
      }
    }
    return compiled
  }
}

export const patternDetector: Detector<'pattern'> = {
  kind: 'pattern',
  compile(rules) {
    const ids = new Map<string, number>()
    const idOf = (lit: string) => {
      let id = ids.get(lit)
      if (id === undefined) {
        id = ids.size
        ids.set(lit, id)
      }
      return id
    }
    // Compiled on first use: most patterns are gated out of most articles, and compiling
    // hundreds of them up front was most of a cold start.
    const entries: Entry[] = rules
      .filter((r) => r.enabled)
      .flatMap((rule) =>
        rule.patterns.map((p) => ({
          rule,
          p,
          startAnchored: startAnchored(p.re),
          // Planned when the rule set was written; worked out here for rule sets built in code.
          clauses:
            (p.clauses !== undefined ? p.clauses : selectiveClauses(p.re, p.flags.includes('i')))?.map((c) =>
              c.map(idOf),
            ) ?? null,
          re: lazyRe(p),
          native: lazyNative(p),
          first: lazyFirst(p, rule.scope !== 'anywhere' || startAnchored(p.re)),
        })),
      )
    let gate: Gate | undefined
    const literals = [...ids.keys()]
    return {
      rules: new Set(entries.map((e) => e.rule)).size,
      run(doc) {
        gate ??= compileGate(literals, entries)
        const candidates = candidateLines(doc, entries, gate)
        const out: RawFinding[] = []
        entries.forEach((entry, k) => {
          // One matcher of each engine per pattern and document, not one per line.
          let onNative: Matcher | undefined
          let onRe2: Matcher | undefined
          for (const li of candidates[k] ?? []) {
            const line = doc.lines[li]
            if (!line) continue
            const native = entry.native?.()
            const re = native && line.text.length <= native.maxLine ? null : entry.re()
            let m: Matcher | null = null
            if (native && !re) {
              onNative ??= nativeMatcher(native)
              m = onNative
            } else if (re) {
              onRe2 ??= re2Matcher(re)
              m = onRe2
            }
            if (!m) break
            for (const [s, e] of matchesIn(m, line.text, entry.rule.scope, entry.startAnchored, entry.first()))
              out.push(finding(doc, entry, line.start + s, line.start + e))
          }
        })
        return out
      },
    }
  },
}

/** The literal scanner plus, per literal, the (pattern, clause) pairs it satisfies. */
interface Gate {
  scanner: LiteralScanner
  lengths: Int32Array
  /** Literal id → flat [pattern, globalClause, pattern, globalClause, …]. */
  users: Int32Array[]
  clauses: number
}

function compileGate(literals: string[], entries: Entry[]): Gate {
  const users: number[][] = literals.map(() => [])
  let clauses = 0
  entries.forEach((e, k) => {
    e.clauses?.forEach((c) => {
      for (const id of c) (users[id] as number[]).push(k, clauses)
      clauses++
    })
  })
  return {
    scanner: literalScanner(literals),
    lengths: Int32Array.from(literals, (l) => l.length),
    users: users.map((u) => Int32Array.from(u)),
    clauses,
  }
}

/**
 * For each pattern, the lines (ascending) on which every clause of its prefilter has a
 * literal: one literal scan of the document, then counting per line. Patterns without a
 * prefilter get every line. Hits arrive in order of their end, so the line is followed
 * with a pointer rather than searched for.
 */
function candidateLines(doc: Doc, entries: Entry[], gate: Gate): (number[] | undefined)[] {
  const out: (number[] | undefined)[] = entries.map((e) => (e.clauses ? undefined : doc.lines.map((_, i) => i)))
  const seenLit = new Int32Array(gate.lengths.length).fill(-1)
  const clauseLine = new Int32Array(gate.clauses).fill(-1)
  const patLine = new Int32Array(entries.length).fill(-1)
  const patCount = new Int32Array(entries.length)
  const lines = doc.lines
  let li = 0
  gate.scanner.scan(doc.text, (id, start) => {
    const end = start + (gate.lengths[id] as number)
    while (li < lines.length && (lines[li] as Line).end < end) li++
    const line = lines[li]
    if (!line || start < line.start || seenLit[id] === li) return
    seenLit[id] = li
    const u = gate.users[id] as Int32Array
    for (let x = 0; x < u.length; x += 2) {
      const k = u[x] as number
      const g = u[x + 1] as number
      if (clauseLine[g] === li) continue
      clauseLine[g] = li
      if (patLine[k] !== li) {
        patLine[k] = li
        patCount[k] = 0
      }
      patCount[k] = (patCount[k] as number) + 1
      if (patCount[k] === (entries[k] as Entry).clauses?.length) {
        const list = out[k]
        if (list) list.push(li)
        else out[k] = [li]
      }
    }
  })
  return out
}

/** Leading bullets, dashes, quotes and spaces a line-scoped match may stand after. */
const LEAD = /^[\s\p{P}\p{S}]+/u
const ONLY_PUNCT = /^[\s\p{P}\p{S}]*$/u

/** The two operations matching needs, from re2js or from V8. */
interface Matcher {
  /** End of a match that starts exactly at 0, or -1. */
  prefix(text: string): number
  /** The leftmost match starting at or after `from`, or null. */
  find(text: string, from: number): [number, number] | null
}

function re2Matcher(re: RE2JS): Matcher {
  return {
    prefix(text) {
      const m = re.matcher(text)
      return m.lookingAt() ? m.end() : -1
    },
    find(text, from) {
      const m = re.matcher(text)
      return m.find(from) ? [m.start(), m.end()] : null
    },
  }
}

function nativeMatcher(n: Native): Matcher {
  return {
    prefix(text) {
      n.sticky.lastIndex = 0
      const m = n.sticky.exec(text)
      return m ? m[0].length : -1
    },
    find(text, from) {
      n.search.lastIndex = from
      const m = n.search.exec(text)
      return m ? [m.index, m.index + m[0].length] : null
    },
  }
}

/**
 * Where a pattern matches in one line, as [start, end) pairs. Line-scoped patterns, and
 * patterns anchored at "^", are tried only where the line (or its text after leading
 * punctuation) begins: one anchored attempt instead of a search through the line. Other
 * patterns yield every non-overlapping match.
 */
function matchesIn(
  m: Matcher,
  text: string,
  scope: PatternRule['scope'],
  startAnchored: boolean,
  first: RegExp | null,
): [number, number][] {
  if (scope === 'anywhere' && startAnchored) {
    if (first && !first.test(text)) return []
    const e = m.prefix(text)
    return e > 0 ? [[0, e]] : []
  }
  if (scope !== 'anywhere') {
    const lead = LEAD.exec(text)?.[0].length ?? 0
    for (const at of lead ? [0, lead] : [0]) {
      const sub = at ? text.slice(at) : text
      if (first && !first.test(sub)) continue
      const p = m.prefix(sub)
      if (p <= 0) continue
      const e = p + at
      if (scope === 'line' && !ONLY_PUNCT.test(text.slice(e))) continue
      return [[at, e]]
    }
    return []
  }
  if (first && !first.test(text)) return []
  const found: [number, number][] = []
  let from = 0
  for (let r = m.find(text, from); r && from <= text.length; r = from <= text.length ? m.find(text, from) : null) {
    const [s, e] = r
    from = e > s ? e : e + 1
    if (e > s) found.push([s, e])
  }
  return found
}

function finding(doc: Doc, { rule, p }: Entry, start: number, end: number): RawFinding {
  const span = extendSpan(doc, { start, end }, rule.extend, tokenAt(doc, start))
  return report(doc, rule, {
    ...span,
    message: `Matches pattern rule ${rule.id}`,
    suggestion: p.suggestion ?? undefined,
  })
}
