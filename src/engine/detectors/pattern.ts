// `pattern` rules: regular expressions supplied as data, run on re2js (RE2 semantics, linear
// time), so no rule set can stall a request with a catastrophic pattern. Each pattern runs only
// on the lines that hold every literal it needs (prefilter.ts), and those literals, for all
// patterns at once, are found in one case-folded pass over the document (literals.ts).
import type { RE2JS } from 're2js'
import { compilePattern } from '../../rules/patterns.ts'
import type { RuleOf } from '../../rules/schema.ts'
import type { Detector } from '../detector.ts'
import { extendSpan, report } from '../detector.ts'
import { lineAt, tokenAt } from '../document.ts'
import { type LiteralScanner, literalScanner } from '../literals.ts'
import { requiredClauses } from '../prefilter.ts'
import type { Doc, RawFinding } from '../types.ts'

type PatternRule = RuleOf<'pattern'>

interface Entry {
  rule: PatternRule
  p: PatternRule['patterns'][number]
  startAnchored: boolean
  /** Literal ids per required clause, or null when the pattern must try every line. */
  clauses: number[][] | null
  /** Compiled on first use; null for a pattern RE2 refuses (it is then skipped, never a 500). */
  re: () => RE2JS | null
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

/** True when every match must begin where the text (a line) begins: "^…" with no top-level "|". */
export function startAnchored(re: string): boolean {
  if (!re.startsWith('^')) return false
  let depth = 0
  for (let i = 0; i < re.length; i++) {
    const c = re[i]
    if (c === '\\') i++
    else if (c === '[') {
      i++
      if (re[i] === '^') i++
      if (re[i] === ']') i++
      while (i < re.length && re[i] !== ']') i += re[i] === '\\' ? 2 : 1
    } else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) return false
  }
  return true
}

export const patternDetector: Detector<'pattern'> = {
  kind: 'pattern',
  compile(rules) {
    const ids = new Map<string, number>()
    const idOf = (lit: string) => {
      let id = ids.get(lit)
      if (id === undefined) ids.set(lit, (id = ids.size))
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
          clauses: requiredClauses(p.re, p.flags.includes('i'))?.map((c) => c.map(idOf)) ?? null,
          re: lazyRe(p),
        })),
      )
    let scanner: LiteralScanner | undefined
    const literals = [...ids.keys()]
    return {
      rules: new Set(entries.map((e) => e.rule)).size,
      run(doc) {
        scanner ??= literalScanner(literals)
        const candidates = candidateLines(doc, entries, scanner)
        const out: RawFinding[] = []
        entries.forEach((entry, k) => {
          for (const li of candidates[k] ?? []) {
            const line = doc.lines[li]
            const re = line && entry.re()
            if (!line || !re) break
            for (const [s, e] of matchesIn(re, line.text, entry.rule.scope, entry.startAnchored))
              out.push(finding(doc, entry, line.start + s, line.start + e))
          }
        })
        return out
      },
    }
  },
}

/**
 * For each pattern, the lines (ascending) on which every clause of its prefilter has a
 * literal: one literal scan of the document, then counting per line. Patterns without a
 * prefilter get every line.
 */
function candidateLines(doc: Doc, entries: Entry[], scanner: LiteralScanner): (number[] | undefined)[] {
  const users: [number, number][][] = scanner.literals.map(() => [])
  const clauseBase: number[] = []
  let nClauses = 0
  entries.forEach((e, k) => {
    clauseBase.push(nClauses)
    e.clauses?.forEach((c, ci) => {
      for (const id of c) (users[id] as [number, number][]).push([k, ci])
    })
    nClauses += e.clauses?.length ?? 0
  })
  const out: (number[] | undefined)[] = entries.map((e) => (e.clauses ? undefined : doc.lines.map((_, i) => i)))
  const seenLit = new Int32Array(scanner.literals.length).fill(-1)
  const clauseLine = new Int32Array(nClauses).fill(-1)
  const patLine = new Int32Array(entries.length).fill(-1)
  const patCount = new Int32Array(entries.length)
  scanner.scan(doc.text, (id, start) => {
    const li = lineAt(doc, start)
    const line = doc.lines[li]
    const len = (scanner.literals[id] as string).length
    if (!line || start < line.start || start + len > line.end || seenLit[id] === li) return
    seenLit[id] = li
    for (const [k, ci] of users[id] as [number, number][]) {
      const g = (clauseBase[k] as number) + ci
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

/**
 * Where a pattern matches in one line, as [start, end) pairs. Line-scoped patterns, and
 * patterns anchored at "^", are tried only where the line (or its text after leading
 * punctuation) begins: one anchored attempt instead of a search through the line, which is
 * what made pattern rules the costliest detector. Other patterns yield every
 * non-overlapping match.
 */
function matchesIn(re: RE2JS, text: string, scope: PatternRule['scope'], startAnchored: boolean): [number, number][] {
  if (scope === 'anywhere' && startAnchored) {
    const m = re.matcher(text)
    return m.lookingAt() && m.end() > 0 ? [[0, m.end()]] : []
  }
  if (scope !== 'anywhere') {
    const lead = LEAD.exec(text)?.[0].length ?? 0
    for (const at of lead ? [0, lead] : [0]) {
      const m = re.matcher(at ? text.slice(at) : text)
      if (!m.lookingAt()) continue
      const e = m.end() + at
      if (e === at) continue
      if (scope === 'line' && !ONLY_PUNCT.test(text.slice(e))) continue
      return [[at, e]]
    }
    return []
  }
  const found: [number, number][] = []
  const m = re.matcher(text)
  let from = 0
  while (from <= text.length && m.find(from)) {
    const s = m.start()
    const e = m.end()
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
