#!/usr/bin/env node
// Calibration of the rule-set cost model (src/rules/cost.ts, issue 11.3): audits the
// reference article with the default rule set and with synthetic worst cases (patterns
// whose literals are in the text or which have none, many phrases, many code-backed
// rules) and prints the model's estimate beside the measured time: cold (compile plus the
// first audit, what a fresh isolate pays) and warm (median of later audits). The estimate
// should stay above the measured time; when the engine changes, this shows whether the
// constants still hold. Writes bench/results.json (key "cost").
//
//   npm run bench:cost
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { audit } from '../src/engine/audit.ts'
import { compileRuleset } from '../src/engine/compile.ts'
import { COST_BUDGET_MS, REFERENCE_TEXT, rulesetCost } from '../src/rules/cost.ts'
import { type RuleSet, ruleset, validateRuleset } from '../src/rules/schema.ts'
import { machine, median, round, writeResults } from './lib/bench-util.ts'
import { loadCompiled, ROOT } from './lib/engine.ts'

const log = (s = '') => process.stdout.write(`${s}\n`)
const text = readFileSync(join(ROOT, REFERENCE_TEXT.file), 'utf8')
const defaults = loadCompiled()
const base = ruleset.parse(JSON.parse(readFileSync(join(ROOT, 'seeds', 'rulesets', 'default.json'), 'utf8')))

function measure(rs: RuleSet, runs = 5) {
  const t0 = performance.now()
  const compiled = compileRuleset(rs, defaults.data)
  audit(text, compiled)
  const cold = performance.now() - t0
  const warm: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    audit(text, compiled)
    warm.push(performance.now() - t)
  }
  return { coldMs: round(cold, 1), warmMs: round(median(warm), 1) }
}

const pattern = (id: string, n: number, re: (k: number) => string) => ({
  id,
  kind: 'pattern' as const,
  category: 'garbled' as const,
  patterns: Array.from({ length: n }, (_, k) => ({ re: re(k) })),
})
const code = (kind: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ ...(base.rules.find((r) => r.kind === kind) as object), id: `${kind}-${i}` }))

const cases: [string, unknown[]][] = [
  ['default rule set', base.rules],
  [
    '400 patterns without literals',
    [0, 1].map((i) => pattern(`nolit${i}`, 200, (k) => `[a-z]+[0-9]{${(k % 3) + 1}}|[A-Z][a-z]{${(k % 5) + 2}}x`)),
  ],
  [
    '400 patterns whose literals are in the text',
    [0, 1].map((i) => pattern(`lit${i}`, 200, (k) => `(?:the|and) [a-z]+[0-9]{0,${(k % 9) + 1}}x${i * 200 + k}`)),
  ],
  [
    '40 patterns of 4,900 characters',
    [pattern('long', 40, (k) => `(?:${Array.from({ length: 400 }, (_, j) => `[a-z]{${(j % 4) + 1}}${k}`).join('|')})`)],
  ],
  ['one pattern of 12,000 RE2 instructions', [pattern('big', 1, () => `${'[a-z]{0,999}'.repeat(12)}q`)]],
  [
    '20,000 phrases',
    [
      {
        id: 'phr',
        kind: 'phrase',
        category: 'calque',
        phrases: Array.from({ length: 20_000 }, (_, i) => `word${i} other${i} third`),
      },
    ],
  ],
  ['40 gazetteer rules', code('gazetteer', 40)],
  ['40 garbled rules', code('garbled', 40)],
  ['40 foreign-words rules', code('foreign-words', 40)],
]

// The engine's code is compiled by V8 on its first audits: warm it up so "cold" below is the
// rule set's own cost (compiling it, then its first audit), as in an isolate that has run before.
for (let i = 0; i < 5; i++) audit(text, defaults)

log(`reference text: ${REFERENCE_TEXT.file} (${text.length} characters); budget ${COST_BUDGET_MS} ms`)
log(`${'rule set'.padEnd(44)} ${'estimate'.padStart(9)} ${'cold'.padStart(9)} ${'warm'.padStart(9)}  estimate ≥ cold`)
const results: Record<string, unknown> = {}
for (const [name, rules] of cases) {
  // Validated as a write validates it (patterns planned for V8 where that is proven safe).
  const v = validateRuleset({ id: 'bench', data: base.data, rules })
  if (!v.ok) throw new Error(`${name}: ${v.problems[0]?.message}`)
  const rs = v.value
  const estimate = rulesetCost(rs.rules).estimatedMs
  const m = measure(rs)
  results[name] = { estimateMs: estimate, ...m }
  log(
    `${name.padEnd(44)} ${`${estimate} ms`.padStart(9)} ${`${m.coldMs} ms`.padStart(9)} ${`${m.warmMs} ms`.padStart(9)}  ${estimate >= m.coldMs ? 'yes' : 'NO'}`,
  )
}
writeResults('cost', { machine: machine(), referenceText: REFERENCE_TEXT, budgetMs: COST_BUDGET_MS, results })
