// The detector contract (DESIGN §2): one detector per rule kind compiles its rules once per
// rule-set version and runs, pure and without I/O, over the shared document.
import type { RuleKind, RuleOf } from '../rules/schema.ts'
import type { Gazetteer, Lexicons } from './data.ts'
import type { Doc, RawFinding, Span } from './types.ts'

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
