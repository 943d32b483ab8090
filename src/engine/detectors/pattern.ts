// `pattern` rules: regular expressions supplied as data, run on re2js (RE2 semantics, linear
// time), so no rule set can stall a request with a catastrophic pattern.
import { RE2JS } from 're2js'
import type { RuleOf } from '../../rules/schema.ts'
import type { Detector } from '../detector.ts'
import { extendSpan } from '../detector.ts'
import { tokenAt } from '../document.ts'
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

export const patternDetector: Detector<'pattern'> = {
  kind: 'pattern',
  compile(rules) {
    const compiled = rules
      .filter((r) => r.enabled)
      .map((rule) => ({ rule, res: rule.patterns.map((p) => ({ re: compilePattern(p.re, p.flags), p })) }))
    return {
      rules: compiled.length,
      run(doc) {
        const out: RawFinding[] = []
        for (const { rule, res } of compiled) {
          for (const { re, p } of res) {
            if (rule.scope === 'anywhere') scan(doc, rule, re, doc.text, 0, p.suggestion ?? undefined, out)
            else
              for (const line of doc.lines)
                anchored(doc, rule, re, line.text, line.start, p.suggestion ?? undefined, out)
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
 * Line-scoped patterns are tried only where a line (or its text after leading punctuation)
 * begins: one anchored attempt per line instead of a search through it, which is what
 * made pattern rules the costliest detector.
 */
function anchored(
  doc: Doc,
  rule: PatternRule,
  re: RE2JS,
  text: string,
  offset: number,
  suggestion: string | undefined,
  out: RawFinding[],
): void {
  const lead = LEAD.exec(text)?.[0].length ?? 0
  for (const at of lead ? [0, lead] : [0]) {
    const m = re.matcher(at ? text.slice(at) : text)
    if (!m.lookingAt()) continue
    const e = m.end() + at
    if (e === at) continue
    if (rule.scope === 'line' && !ONLY_PUNCT.test(text.slice(e))) continue
    push(doc, rule, offset + at, offset + e, suggestion, out)
    return
  }
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

/** `anywhere` patterns: every non-overlapping match through the whole text. */
function scan(
  doc: Doc,
  rule: PatternRule,
  re: RE2JS,
  text: string,
  offset: number,
  suggestion: string | undefined,
  out: RawFinding[],
): void {
  const m = re.matcher(text)
  let from = 0
  while (from <= text.length && m.find(from)) {
    const s = m.start()
    const e = m.end()
    from = e > s ? e : e + 1
    if (e === s) continue
    push(doc, rule, offset + s, offset + e, suggestion, out)
  }
}
