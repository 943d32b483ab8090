// Shared by the tests: the bundled default rule set compiled once per test file, and rule
// sets built from a few rules over the same data.
import { audit } from '../src/engine/audit.ts'
import { type CompiledRuleSet, compileData, compileRuleset } from '../src/engine/compile.ts'
import type { RuleData } from '../src/engine/detector.ts'
import type { Finding } from '../src/engine/types.ts'
import { BUNDLED_RULESET, bundledRawData } from '../src/rules/bundled.ts'
import { type RuleSetInput, ruleset } from '../src/rules/schema.ts'

let data: RuleData | undefined
export function bundledData(): RuleData {
  data ??= compileData(bundledRawData())
  return data
}

let compiledDefault: CompiledRuleSet | undefined
export function defaultCompiled(): CompiledRuleSet {
  compiledDefault ??= compileRuleset(ruleset.parse(BUNDLED_RULESET), bundledData())
  return compiledDefault
}

/** A rule set holding only `rules`, over the bundled data. */
export function compiledWith(rules: RuleSetInput['rules'], extra: Partial<RuleSetInput> = {}): CompiledRuleSet {
  const base = ruleset.parse(BUNDLED_RULESET)
  return compileRuleset(ruleset.parse({ id: 'test', data: base.data, ...extra, rules }), bundledData())
}

export const excerpts = (findings: Finding[]) => findings.map((f) => f.excerpt)

export function findingsOf(text: string, compiled = defaultCompiled()): Finding[] {
  return audit(text, compiled).findings
}
