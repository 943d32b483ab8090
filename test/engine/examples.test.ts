// Rules carry their examples: one generic test runs every rule of the default rule set alone
// on its own valid and invalid texts, and refuses a rule without them.
import { describe, expect, it } from 'vitest'
import { exampleProblems } from '../../src/engine/examples.ts'
import { BUNDLED_RULESET } from '../../src/rules/bundled.ts'
import { ruleset } from '../../src/rules/schema.ts'
import { bundledData } from '../helpers.ts'

const rs = ruleset.parse(BUNDLED_RULESET)

describe('every rule of the default rule set, alone on its examples', () => {
  it.each(rs.rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    expect(rule.examples?.invalid.length ?? 0, 'at least one invalid example').toBeGreaterThan(0)
    expect(rule.examples?.valid.length ?? 0, 'at least one valid example').toBeGreaterThan(0)
    expect(exampleProblems(rule, rs, bundledData())).toEqual([])
  })
})

describe('exampleProblems', () => {
  const rule = ruleset.parse({
    id: 't',
    rules: [
      {
        id: 'calque.test',
        kind: 'phrase',
        category: 'calque',
        phrases: [{ text: 'telephone interview', suggestion: 'phone call' }],
        examples: {
          valid: ['A telephone interviewer called.', 'She gave a telephone interview.'],
          invalid: [
            { text: 'After their telephone interview, they left.', output: 'After their phone call, they left.' },
            { text: 'No calque here.', output: 'No calque here.' },
            { text: 'The telephone interview ended.', output: 'The call ended.' },
          ],
        },
      },
    ],
  }).rules[0]
  it('names each example that fails, and why', () => {
    const problems = rule ? exampleProblems(rule, rs, bundledData()) : []
    expect(problems.map((p) => [p.example, p.message])).toEqual([
      ['She gave a telephone interview.', 'valid example flagged: “telephone interview”'],
      ['No calque here.', 'invalid example not flagged'],
      ['The telephone interview ended.', 'suggestions give “The phone call ended.”, expected “The call ended.”'],
    ])
  })
})
