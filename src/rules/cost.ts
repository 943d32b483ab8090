// What a rule set costs (issue 11.3): every limit of the schema can hold while the whole
// makes each audit slow (150,000 patterns in 4.5 MB took 35-53 s per 5 KB article). Before
// a rule set is written, its cost is estimated for one audit of the reference article and
// compared with a stated budget; over it, validation refuses the rule set (422, with the
// figure). The estimate is a worst case read from the rule set's text, without compiling
// anything, so it is cheap and deterministic: every pattern is charged a full pass over the
// text (an attacker chooses the text, so no prefilter can be assumed to skip it) and its
// compilation as a cold isolate pays it on its first audit, both growing with the size of
// its RE2 program (src/rules/program-size.ts: one valid 4,800-character pattern can be an
// 800,000-instruction program that takes 3.7 s to compile).
//
// The constants are milliseconds measured on the benchmark machine (README "Performance")
// by `npm run bench:cost`, which prints the estimate beside the measured time for the
// default rule set and for synthetic worst cases, so a change to the engine that moves
// these figures shows there.
import { estimateProgramSize } from './program-size.ts'
import type { RuleKind, RuleProblem } from './schema.ts'

/** The reference text: seeds/articles/es-biden-deescalate.txt, a 5 KB machine-translated article. */
export const REFERENCE_TEXT = { file: 'seeds/articles/es-biden-deescalate.txt', characters: 5155 } as const

/**
 * Most a rule set may cost, in estimated milliseconds for the first audit of the reference
 * text in a fresh isolate (compiling included): about twice what the default rule set is
 * charged (about 500 ms; measured 160-220 ms cold and 15-35 ms warm, its patterns'
 * prefilters and V8 plans helping), far below Workers' 30 s CPU limit.
 */
export const COST_BUDGET_MS = 1000

export const COST_MODEL = {
  /** Segmentation, scoring and merging, whatever the rules. */
  baseMs: 2,
  /** One re2js pass of a pattern over the reference text, its literals assumed present… */
  patternScanMs: 0.3,
  /** …plus this per instruction of its program. */
  patternScanMsPerInstruction: 0.002,
  /** Compiling a pattern on re2js (once per isolate, on first use)… */
  patternCompileMs: 0.3,
  /** …plus this per instruction (800,000 instructions: 3.7 s measured). */
  patternCompileMsPerInstruction: 0.005,
  /** Adding one phrase to the trie (once per isolate); walking the trie costs nearly nothing. */
  phraseCompileMs: 0.007,
  /** Each code-backed rule runs its check over the whole document. */
  ruleMs: {
    phrase: 0.02,
    pattern: 0.02,
    gazetteer: 5,
    'name-cluster': 1,
    'foreign-words': 2,
    duplicate: 1,
    garbled: 5,
    chrome: 0.5,
  } satisfies Record<RuleKind, number>,
} as const

export interface RuleCost {
  ruleId: string
  ms: number
}

export interface Cost {
  /** Estimated milliseconds for one audit of the reference text. */
  estimatedMs: number
  budgetMs: number
  patterns: number
  /** Estimated RE2 instructions of all patterns together. */
  instructions: number
  phrases: number
  /** The rules that cost most, most expensive first. */
  costliest: RuleCost[]
}

/** What the estimate reads of a rule: a validated Rule, or a rule as it arrived (rawCostProblems). */
export interface CostedRule {
  id: string
  kind: RuleKind
  enabled: boolean
  patterns?: readonly { re: string }[]
  phrases?: readonly unknown[]
}

/** A rule's estimated milliseconds, and the RE2 instructions of its patterns. */
export function ruleCost(rule: CostedRule): { ms: number; instructions: number } {
  const m = COST_MODEL
  let ms = m.ruleMs[rule.kind]
  let instructions = 0
  if (rule.patterns)
    for (const p of rule.patterns) {
      const size = estimateProgramSize(p.re)
      instructions += size
      ms +=
        m.patternScanMs + m.patternCompileMs + (m.patternScanMsPerInstruction + m.patternCompileMsPerInstruction) * size
    }
  if (rule.phrases) ms += m.phraseCompileMs * rule.phrases.length
  return { ms, instructions }
}

const round = (ms: number) => Math.round(ms * 10) / 10

export function rulesetCost(rules: readonly CostedRule[], budgetMs = COST_BUDGET_MS): Cost {
  let estimated = COST_MODEL.baseMs
  let patterns = 0
  let instructions = 0
  let phrases = 0
  const perRule: RuleCost[] = []
  for (const rule of rules) {
    if (!rule.enabled) continue
    const cost = ruleCost(rule)
    estimated += cost.ms
    instructions += cost.instructions
    perRule.push({ ruleId: rule.id, ms: round(cost.ms) })
    patterns += rule.patterns?.length ?? 0
    phrases += rule.phrases?.length ?? 0
  }
  perRule.sort((a, b) => b.ms - a.ms)
  return { estimatedMs: round(estimated), budgetMs, patterns, instructions, phrases, costliest: perRule.slice(0, 5) }
}

/** One problem naming the figure when the rule set is over the budget; none otherwise. */
export function costProblems(rules: readonly CostedRule[], budgetMs = COST_BUDGET_MS): RuleProblem[] {
  const cost = rulesetCost(rules, budgetMs)
  if (cost.estimatedMs <= budgetMs) return []
  const costliest = cost.costliest.map((r) => `${r.ruleId} ${r.ms} ms`).join(', ')
  return [
    {
      path: 'rules',
      message: `estimated audit cost ${cost.estimatedMs} ms for the reference ${REFERENCE_TEXT.characters}-character article is over the budget of ${budgetMs} ms (${cost.patterns} patterns of ${cost.instructions} RE2 instructions, ${cost.phrases} phrases; costliest rules: ${costliest})`,
    },
  ]
}

/**
 * The same check on a rule set as it arrived, before the schema parses it: its own rules
 * are a lower bound of what it will cost, and parsing 150,000 patterns with the full schema
 * is most of the time such a request takes. Anything unreadable is left to the schema.
 */
export function rawCostProblems(input: unknown, budgetMs = COST_BUDGET_MS): RuleProblem[] {
  const rules = (input as { rules?: unknown } | null)?.rules
  if (!Array.isArray(rules)) return []
  const readable: CostedRule[] = []
  for (const r of rules) {
    const rule = r as Record<string, unknown> | null
    if (!rule || typeof rule.kind !== 'string' || !(rule.kind in COST_MODEL.ruleMs)) continue
    const patterns = Array.isArray(rule.patterns)
      ? rule.patterns.filter((p): p is { re: string } => typeof (p as { re?: unknown } | null)?.re === 'string')
      : undefined
    readable.push({
      id: typeof rule.id === 'string' ? rule.id : '(no id)',
      kind: rule.kind as RuleKind,
      enabled: rule.enabled !== false,
      patterns: rule.kind === 'pattern' ? patterns : undefined,
      phrases: rule.kind === 'phrase' && Array.isArray(rule.phrases) ? rule.phrases : undefined,
    })
  }
  return costProblems(readable, budgetMs)
}
