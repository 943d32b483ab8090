// What the API does to the engine's report before anyone sees it: a bounded findings list
// (issue 11.5) and the refusal of a text with nothing to audit. The engine stays pure; how
// many findings to list is the API's answers-size decision (the engine applies it, so that
// findings left out are never built), shared by POST /v1/audit and the queue consumer.
import { type AuditOptions, audit } from '../engine/audit.ts'
import type { CompiledRuleSet } from '../engine/compile.ts'
import { HttpProblem } from '../http/problem.ts'
import type { Report } from './schemas.ts'

/**
 * Findings one report lists at most. An editor cannot act on more, and the list is most of a
 * report's bytes: 1 MB of one repeated line gives 80,000-125,000 findings (20-27 MB of JSON,
 * over what a browser tab renders and close to KV's 25 MiB per value). The summary keeps
 * counting every finding.
 */
export const MAX_FINDINGS = 1000

/** Same word definition as the engine's tokenizer: letters (with marks) or digits. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u

export const hasWords = (text: string): boolean => WORD_CHAR.test(text)

/** 422 for a text with no words: there is nothing to score (it would pass with 100). */
export function assertHasWords(text: string): void {
  if (!hasWords(text))
    throw new HttpProblem(422, 'The text has no words to audit (only punctuation, symbols or markup)', {
      characters: text.length,
    })
}

/**
 * The engine's report as the API answers it: at most MAX_FINDINGS findings, the most severe
 * (the engine makes Finding objects for those only; summary and score count every finding).
 * Typed as the schema's `Report`, so a drift of the engine's type from the published schema
 * fails the type check here.
 */
export function auditReport(text: string, compiled: CompiledRuleSet, options: AuditOptions = {}): Report {
  const report = audit(text, compiled, { ...options, maxFindings: MAX_FINDINGS })
  if (report.stats.words === 0) assertHasWords('')
  return report
}
