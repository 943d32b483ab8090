// The detector contract (DESIGN §2): one detector per rule kind compiles its rules once per
// rule-set version and runs, pure and without I/O, over the shared document.
import type { RuleKind, RuleOf } from '../rules/schema.ts'
import type { Lexicons } from './data.ts'
import type { Gazetteer } from './gazetteer.ts'
import type { Category, Doc, RawFinding, Severity, Span } from './types.ts'

export interface RuleData {
  lexicons: Lexicons
  gazetteer: Gazetteer
}

/** Per-request facts detectors share: data plus what earlier detectors learned. */
export interface AuditContext extends RuleData {
  /** Source language given by the caller, if any (ISO 639-1). */
  sourceLanguage?: string
  /** Spans earlier detectors already claimed as names (gazetteer hits). */
  nameSpans: Span[]
  /** Source-language evidence gathered by detectors: language → weight. */
  languageEvidence: Map<string, number>
}

export interface CompiledDetector {
  run(doc: Doc, ctx: AuditContext): RawFinding[]
  /** How many rules this detector compiled (for the validate endpoint and logs). */
  rules: number
}

export interface Detector<K extends RuleKind> {
  kind: K
  compile(rules: RuleOf<K>[], data: RuleData): CompiledDetector
}

/** Expands a match span to its line or sentence when the rule asks for it. */
export function extendSpan(doc: Doc, span: Span, extend: 'match' | 'line' | 'sentence', tokenIndex: number): Span {
  if (extend === 'match') return span
  const tok = doc.tokens[tokenIndex]
  if (!tok) return span
  const holder = extend === 'line' ? doc.lines[tok.line] : doc.sentences[tok.sentence]
  if (!holder) return span
  return { start: Math.min(span.start, holder.start), end: Math.max(span.end, holder.end) }
}

/** The fields of a rule that every finding it makes carries (any kind). */
export interface ReportingRule {
  id: string
  category: Category
  severity: Severity
  confidence: number
  message?: string
  lang: string
  sourceOnly?: boolean
}

/** What a check knows about one finding; the rule supplies the rest (Vale's makeAlert). */
export interface Hit extends Span {
  /** What the check saw, in its own words; a rule's `message` template may quote it as {detail}. */
  message: string
  suggestion?: string
  /**
   * Strength of this piece of evidence in (0, 1], scaled by the rule's confidence (default 1).
   * A phrase entry's own confidence replaces the rule's instead (`confidence`).
   */
  weight?: number
  /** Absolute confidence that replaces the rule's (a phrase entry that says how sure it is). */
  confidence?: number
  /** Weaker evidence: one severity step below the rule's (never below minor). */
  demote?: boolean
  /** Source language the evidence belongs to, when the rule's own `lang` is "any". */
  lang?: string
  /** For kinds that report a second category (a false friend found by `foreign-words` is a calque). */
  category?: Category
}

const LOWER: Record<Severity, Severity> = { minor: 'minor', major: 'minor', critical: 'major' }
const clamp01 = (x: number) => Math.max(0, Math.min(1, x))

/**
 * The one way a finding is made: category, severity, confidence and message come from the
 * rule, so that editing a rule set changes what every kind reports. A rule's `message` is a
 * template: {excerpt}, {suggestion} and {detail} (the check's own message) are filled in.
 */
export function report(doc: Doc, rule: ReportingRule, hit: Hit): RawFinding {
  const confidence = clamp01(hit.confidence ?? rule.confidence * (hit.weight ?? 1))
  // A template without a placeholder is the message as it stands (no regex pass per finding).
  const message = rule.message
    ? !rule.message.includes('{')
      ? rule.message
      : rule.message.replace(/\{(excerpt|suggestion|detail)\}/g, (_, k: string) =>
          k === 'excerpt'
            ? doc.text.slice(hit.start, hit.end)
            : k === 'suggestion'
              ? (hit.suggestion ?? '')
              : hit.message,
        )
    : hit.message
  const lang = rule.lang !== 'any' ? rule.lang : hit.lang
  // matchCase reads the excerpt's first character only.
  const suggestion =
    hit.suggestion && startsSentence(doc.text, hit.start)
      ? matchCase(hit.end > hit.start ? doc.text.charAt(hit.start) : '', hit.suggestion)
      : hit.suggestion
  const f: RawFinding = {
    start: hit.start,
    end: hit.end,
    ruleId: rule.id,
    category: hit.category ?? rule.category,
    severity: hit.demote ? LOWER[rule.severity] : rule.severity,
    confidence,
    message,
  }
  // Set after, in this order (no spread of a temporary object: detectors make 100,000s of these).
  if (suggestion) f.suggestion = suggestion
  if (lang) f.lang = lang
  if (rule.sourceOnly) f.sourceOnly = true
  return f
}

/** Whether `pos` begins a sentence: only spaces and opening quotes after a line break, a sentence end or the start. */
export function startsSentence(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i] as string
    if (c === '\n' || '.!?…'.includes(c)) return true
    if (!/[\s"“‘'«([]/.test(c)) return false
  }
  return true
}

/**
 * At a sentence start, a replacement for a capitalised excerpt starts with a capital too ("A vast police device"
 * → "A large police operation", not "a large…"); any other suggestion is kept as written.
 */
export function matchCase(excerpt: string, suggestion: string): string {
  const a = excerpt.charAt(0)
  const b = suggestion.charAt(0)
  if (a !== a.toUpperCase() || a === a.toLowerCase() || b !== b.toLowerCase() || b === b.toUpperCase())
    return suggestion
  return b.toUpperCase() + suggestion.slice(1)
}
