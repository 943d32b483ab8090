// MQM-style scoring (DESIGN §3): penalty = severity weight × category weight × confidence;
// NPT = 1000 × total / words; score = clamp(100 − NPT × SF, 0, 100). Identical repeats
// (same category and excerpt) count once.
import type { Scoring } from '../rules/schema.ts'
import type { Finding, Verdict } from './types.ts'

/** What scoring reads of a finding. */
export type Scored = Pick<Finding, 'category' | 'severity' | 'confidence' | 'excerpt'>

export interface Score {
  score: number
  verdict: Verdict
  penalty: number
  npt: number
}

export function score(findings: readonly Scored[], words: number, s: Scoring): Score {
  return scoreEach(findings.length, (k) => findings[k] as Scored, words, s)
}

/** `score` of the `n` findings `at(0)`…`at(n - 1)` (each read before the next is asked for). */
export function scoreEach(n: number, at: (k: number) => Scored, words: number, s: Scoring): Score {
  // Category → excerpts counted (lower case).
  const counted = new Map<string, Set<string>>()
  let penalty = 0
  let criticalFail = false
  for (let k = 0; k < n; k++) {
    const f = at(k)
    let excerpts = counted.get(f.category)
    if (!excerpts) {
      excerpts = new Set()
      counted.set(f.category, excerpts)
    }
    const key = f.excerpt.toLowerCase()
    if (excerpts.has(key)) continue
    excerpts.add(key)
    penalty += s.severityWeights[f.severity] * (s.categoryWeights[f.category] ?? 1) * f.confidence
    if (f.severity === 'critical' && f.confidence >= s.criticalConfidence) criticalFail = true
  }
  const npt = (1000 * penalty) / Math.max(words, 1)
  const value = Math.round(Math.min(100, Math.max(0, 100 - npt * s.scalingFactor)) * 10) / 10
  const verdict: Verdict =
    criticalFail || value < s.failThreshold ? 'fail' : value < s.passThreshold ? 'review' : 'pass'
  return { score: value, verdict, penalty: Math.round(penalty * 100) / 100, npt: Math.round(npt * 100) / 100 }
}
