// A valid rule set cannot stall every audit (issue 11.3): validation estimates what one audit
// of the reference 5 KB article costs and refuses, with the figure, a rule set over the
// budget, however each of its parts fits the schema's limits.
import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { BUNDLED_RULESET } from '../../src/rules/bundled.ts'
import { COST_BUDGET_MS, COST_MODEL, rulesetCost } from '../../src/rules/cost.ts'
import { compilePattern } from '../../src/rules/patterns.ts'
import { estimateProgramSize } from '../../src/rules/program-size.ts'
import { LIMITS, ruleset, validateRuleset, validateStored } from '../../src/rules/schema.ts'

const patternRule = (id: string, n: number, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'pattern',
  category: 'garbled',
  patterns: Array.from({ length: n }, (_, k) => ({ re: `[a-z]+x${String(k).padStart(3, '0')}[0-9]{2}` })),
  ...extra,
})

/** The rule set: 150,000 patterns in 4.5 MB, every part within the published limits. */
const hostile = () => ({
  id: 'hostile',
  rules: Array.from({ length: 750 }, (_, i) => patternRule(`r${i}`, LIMITS.patternsPerRule)),
})

/** What the model charges for one more pattern like patternRule's. */
function perPattern(): number {
  const cost = rulesetCost(ruleset.parse({ id: 'x', rules: [patternRule('one', 200)] }).rules)
  return (cost.estimatedMs - COST_MODEL.baseMs) / 200
}

const admin = (method: string, path: string, body: unknown) =>
  SELF.fetch(`http://auditor.test${path}`, {
    method,
    headers: { authorization: 'Bearer test-admin-token', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

describe('rule-set cost', () => {
  it('the default rule set is within the budget', () => {
    const cost = rulesetCost(ruleset.parse(BUNDLED_RULESET).rules)
    expect(cost.estimatedMs).toBeGreaterThan(COST_MODEL.baseMs)
    expect(cost.estimatedMs).toBeLessThanOrEqual(COST_BUDGET_MS)
    expect(validateRuleset(BUNDLED_RULESET).ok).toBe(true)
  })

  it('refuses the 150,000-pattern rule set with the figure, without compiling its patterns', () => {
    const v = validateStored(hostile())
    expect(v.ok).toBe(false)
    if (v.ok) return
    expect(v.problems).toHaveLength(1)
    expect(v.problems[0]?.path).toBe('rules')
    const figure = Number(/estimated audit cost ([\d.]+) ms/.exec(v.problems[0]?.message ?? '')?.[1])
    expect(figure).toBeGreaterThan(100 * COST_BUDGET_MS)
    expect(v.problems[0]?.message).toContain(`budget of ${COST_BUDGET_MS} ms`)
    expect(v.problems[0]?.message).toContain('150000 patterns')
  })

  it('refuses one valid 4,800-character pattern of 800,000 RE2 instructions before compiling it (3.7 s)', () => {
    const re = `${'[a-z]{0,999}'.repeat(400)}q`
    expect(estimateProgramSize(re)).toBeGreaterThan(790_000)
    const v = validateStored({
      id: 'one',
      rules: [{ id: 'big', kind: 'pattern', category: 'garbled', patterns: [{ re }] }],
    })
    expect(v.ok).toBe(false)
    if (!v.ok) expect(v.problems[0]?.message).toMatch(/estimated audit cost .* RE2 instructions/)
  })

  it('estimates program sizes from the text at or above what re2js compiles', () => {
    const patterns = ruleset
      .parse(BUNDLED_RULESET)
      .rules.flatMap((r) => (r.kind === 'pattern' ? r.patterns : []))
      .concat(
        [
          '[a-z]{0,1000}[0-9]{0,1000}',
          '(?:[a-z]{1,30} ){1,30}zzz',
          '(?i)foo(?P<x>bar|baz)+?',
          '[]a[:alpha:]\\]]{2,}',
          '\\p{Greek}+\\x{263a}\\Qa.b\\E',
          `(?:${Array.from({ length: 50 }, (_, i) => `\\w{${i},99}`).join('|')})`,
        ].map((re) => ({ re, flags: '', suggestion: undefined })),
      )
    expect(patterns.length).toBeGreaterThan(100)
    let estimated = 0
    let actual = 0
    for (const p of patterns) {
      const size = compilePattern(p.re, p.flags).programSize()
      expect(estimateProgramSize(p.re), p.re).toBeGreaterThanOrEqual(size)
      estimated += estimateProgramSize(p.re)
      actual += size
    }
    expect(estimated).toBeLessThan(actual * 1.2) // close, not wildly pessimistic
  })

  it('the line falls where the model puts it; disabled rules cost nothing', () => {
    const fits = Math.floor((COST_BUDGET_MS - COST_MODEL.baseMs) / perPattern())
    const rules = (n: number, enabled = true) =>
      Array.from({ length: Math.ceil(n / 200) }, (_, i) =>
        patternRule(`p${i}`, Math.min(200, n - i * 200), { enabled }),
      )
    expect(validateStored({ id: 'under', rules: rules(fits - 5) }).ok).toBe(true)
    expect(validateStored({ id: 'over', rules: rules(fits + 5) }).ok).toBe(false)
    expect(validateStored({ id: 'off', rules: rules(fits + 5, false) }).ok).toBe(true)
    // Loads of versions checked when written are not re-costed (a cold start stays cheap).
    expect(validateStored({ id: 'over', rules: rules(fits + 5) }, { patterns: false }).ok).toBe(true)
  })
})

describe('the admin API', () => {
  it('PUT and validate answer 422 with the figure; nothing is stored', async () => {
    for (const [method, path] of [
      ['PUT', '/v1/rulesets/hostile'],
      ['POST', '/v1/rulesets/validate'],
    ] as const) {
      const res = await admin(method, path, hostile())
      expect(res.status, path).toBe(422)
      const body = (await res.json()) as { problems: { path: string; message: string }[] }
      expect(body.problems[0]?.message).toMatch(/estimated audit cost [\d.]+ ms .* over the budget of \d+ ms/)
    }
    expect(
      (
        await SELF.fetch('http://auditor.test/v1/audit?ruleset=hostile', {
          method: 'POST',
          body: 'Hello there.',
          headers: { 'content-type': 'text/plain' },
        })
      ).status,
    ).toBe(404)
  })

  it('counts what a child inherits: cheap alone, over the budget on top of its parent', async () => {
    const parent = rulesetCost(ruleset.parse(BUNDLED_RULESET).rules).estimatedMs
    // Alone: under the budget; with the default's rules: over it.
    const own = Math.ceil((COST_BUDGET_MS - parent / 2) / perPattern())
    const child = {
      extends: 'default',
      rules: Array.from({ length: Math.ceil(own / 200) }, (_, i) => patternRule(`c${i}`, Math.min(200, own - i * 200))),
    }
    expect(validateStored({ id: 'kid', ...child }).ok).toBe(true)
    const res = await admin('PUT', '/v1/rulesets/kid', child)
    expect(res.status).toBe(422)
    expect(JSON.stringify(await res.json())).toMatch(/estimated audit cost/)
  })
})
