// `pattern` rules: regular expressions supplied as data, run on re2js (RE2 semantics, linear
// time), so no rule set can stall a request with a catastrophic pattern.
import { RE2JS } from 're2js'
import type { RuleOf } from '../../rules/schema.ts'
import type { Detector } from '../detector.ts'
import { extendSpan } from '../detector.ts'
import { tokenAt } from '../document.ts'
import { prefilterFor } from '../prefilter.ts'
import type { Doc, RawFinding } from '../types.ts'

type PatternRule = RuleOf<'pattern'>

export function compilePattern(re: string, flags: string): RE2JS {
  let f = 0
  if (flags.includes('i')) f |= RE2JS.CASE_INSENSITIVE
  if (flags.includes('m')) f |= RE2JS.MULTILINE
  if (flags.includes('s')) f |= RE2JS.DOTALL
  return RE2JS.compile(re, f)
}

/** Why RE2 refuses a pattern, or null when it compiles. */
export function patternProblem(re: string, flags = ''): string | null {
  try {
    compilePattern(re, flags)
    return null
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e)
    const hint = /\\[1-9]/.test(re)
      ? ' (back-references are not supported: patterns run on a linear-time engine)'
      : /\(\?<?[=!]/.test(re)
        ? ' (look-ahead and look-behind are not supported: patterns run on a linear-time engine)'
        : ''
    return `${msg}${hint}`
  }
}

function lazyPattern(p: PatternRule['patterns'][number]) {
  let compiled: RE2JS | null | undefined
  return {
    p,
    gate: prefilterFor(p.re, p.flags),
    startAnchored: startAnchored(p.re),
    /** Compiled on first use; null for a pattern RE2 refuses (it is then skipped, never a 500). */
    re: (): RE2JS | null => {
      if (compiled === undefined) {
        try {
          compiled = compilePattern(p.re, p.flags)
        } catch {
          compiled = null
        }
      }
      return compiled
    },
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
    const compiled = rules
      .filter((r) => r.enabled)
      .map((rule) => ({
        rule,
        // Compiled on first use: most patterns are gated out of most articles, and compiling
        // hundreds of them up front was most of a cold start.
        res: rule.patterns.map((p) => lazyPattern(p)),
      }))
    return {
      rules: compiled.length,
      run(doc) {
        const out: RawFinding[] = []
        for (const { rule, res } of compiled) {
          for (const entry of res) {
            const { p, gate } = entry
            // No literal the pattern needs is in the text: it cannot match, skip it.
            if (gate && !gate.test(doc.text)) continue
            // Patterns match within a line (a paragraph), and only lines holding a literal
            // the pattern needs are handed to re2js.
            for (const line of doc.lines) {
              if (gate && !gate.test(line.text)) continue
              const re = entry.re()
              if (!re) break
              for (const [s, e] of matchesIn(re, line.text, rule.scope, entry.startAnchored))
                push(doc, rule, line.start + s, line.start + e, p.suggestion ?? undefined, out)
            }
          }
        }
        return out
      },
    }
  },
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

function push(
  doc: Doc,
  rule: PatternRule,
  start: number,
  end: number,
  suggestion: string | undefined,
  out: RawFinding[],
) {
  const span = extendSpan(doc, { start, end }, rule.extend, tokenAt(doc, start))
  out.push({
    ...span,
    ruleId: rule.id,
    ...(rule.lang !== 'any' ? { lang: rule.lang } : {}),
    category: rule.category,
    severity: rule.severity,
    confidence: rule.confidence,
    message: rule.message ?? `Matches pattern rule ${rule.id}`,
    ...(suggestion ? { suggestion } : {}),
  })
}
