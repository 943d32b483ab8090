// What the API does to the engine's report before anyone sees it: a bounded findings list
// (issue 11.5) and the refusal of a text with nothing to audit. The engine stays pure and
// complete; these are answers-size decisions of the API, shared by POST /v1/audit and the
// queue consumer.
import type { Report as EngineReport, Severity } from '../engine/types.ts'
import { HttpProblem } from '../http/problem.ts'
import type { Report } from './schemas.ts'

/**
 * Findings one report lists at most. An editor cannot act on more, and the list is most of a
 * report's bytes: 1 MB of one repeated line gives 80,000-125,000 findings (20-27 MB of JSON,
 * over what a browser tab renders and close to KV's 25 MiB per value). The summary keeps
 * counting every finding.
 */
export const MAX_FINDINGS = 1000

const SEVERITY_RANK: Record<Severity, number> = { minor: 1, major: 2, critical: 3 }

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
 * The engine's report as the API answers it. Typed as the schema's `Report`, so a drift of
 * the engine's type from the published schema fails the type check here.
 */
export function finishReport(engine: EngineReport, limit = MAX_FINDINGS): Report {
  if (engine.stats.words === 0) assertHasWords('')
  const report: Report = engine
  const total = report.findings.length
  if (total <= limit) return report
  // The most severe (then most confident, then earliest) findings, listed in text order.
  const kept = report.findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || b.f.confidence - a.f.confidence || a.i - b.i,
    )
    .slice(0, limit)
    .sort((a, b) => a.i - b.i)
    .map(({ f }) => f)
  return {
    ...report,
    findings: kept,
    truncated: true,
    notes: [
      ...report.notes,
      `Only the ${limit} most severe of ${total} findings are listed; the summary counts all of them.`,
    ],
  }
}
