// Runs a rule alone on its own examples (schema `examples`): every invalid text must be
// flagged by it and its suggestions must turn the text into `output`; every valid text must
// pass untouched. Used by the generic test over the default rule set (and the validate endpoint).
import type { Rule, RuleSet } from '../rules/schema.ts'
import { audit } from './audit.ts'
import { compileRuleset } from './compile.ts'
import type { RuleData } from './detector.ts'
import { applyAll } from './fixes.ts'

export interface ExampleProblem {
  ruleId: string
  example: string
  message: string
}

/** Problems of `rule` with its examples (none when it has none or all pass). */
export function exampleProblems(
  rule: Rule,
  ruleset: Pick<RuleSet, 'scoring' | 'data'>,
  data: RuleData,
): ExampleProblem[] {
  const ex = rule.examples
  if (!ex) return []
  const compiled = compileRuleset(
    {
      id: 'examples',
      version: 1,
      description: '',
      scoring: ruleset.scoring,
      data: ruleset.data,
      rules: [{ ...rule, enabled: true }],
    },
    data,
  )
  const problems: ExampleProblem[] = []
  // A rule gated on the source reports only in an article of its language: its examples are such articles.
  const options = 'sourceOnly' in rule && rule.sourceOnly ? { sourceLanguage: rule.lang } : {}
  const own = (text: string) => audit(text, compiled, options).findings.filter((f) => f.ruleId === rule.id)
  for (const text of ex.valid) {
    const found = own(text)
    if (found.length)
      problems.push({
        ruleId: rule.id,
        example: text,
        message: `valid example flagged: ${found.map((f) => `“${f.excerpt}”`).join(', ')}`,
      })
  }
  for (const { text, output } of ex.invalid) {
    const found = own(text)
    if (!found.length) problems.push({ ruleId: rule.id, example: text, message: 'invalid example not flagged' })
    else {
      const fixed = applyAll(
        text,
        found.map((f, id) => ({ ...f, id })),
        () => true,
      ).text
      if (fixed !== output)
        problems.push({ ruleId: rule.id, example: text, message: `suggestions give “${fixed}”, expected “${output}”` })
    }
  }
  return problems
}
