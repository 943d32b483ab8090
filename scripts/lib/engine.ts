// The engine in Node, with the rule set and data read from seeds/ (or a rule-set file):
// what the CLI, the evaluation and the benchmarks run.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type CompiledRuleSet, compileData, compileRuleset, type RawData } from '../../src/engine/compile.ts'
import { validateRuleset } from '../../src/rules/schema.ts'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const seed = (...p: string[]) => join(ROOT, 'seeds', ...p)

/** Maps the default rule set's data keys to the files they were seeded from. */
function dataFile(key: string): string {
  const lex = /^lexicon:([a-z]{2}):v\d+$/.exec(key)
  if (lex) return seed('lexicons', `${lex[1]}.txt`)
  if (/^stopwords:v\d+$/.test(key)) return seed('lexicons', 'stopwords.json')
  if (/^names:v\d+$/.test(key)) return seed('data', 'names.json')
  throw new Error(`No seed file for data key ${key}`)
}

export function loadCompiled(rulesetPath = seed('rulesets', 'default.json')): CompiledRuleSet {
  // The bundled default was checked by the seed build; any other file gets the full check.
  const isDefault = rulesetPath === seed('rulesets', 'default.json')
  const v = validateRuleset(JSON.parse(readFileSync(rulesetPath, 'utf8')), { patterns: !isDefault })
  if (!v.ok)
    throw new Error(`${rulesetPath}: ${v.problems.map((p) => `${p.ruleId ?? '-'} ${p.path}: ${p.message}`).join('; ')}`)
  const rs = v.value
  const raw: RawData = {
    lexicons: Object.fromEntries(
      Object.entries(rs.data.lexicons).map(([l, k]) => [l, readFileSync(dataFile(k), 'utf8')]),
    ),
    stopwords: rs.data.stopwords ? JSON.parse(readFileSync(dataFile(rs.data.stopwords), 'utf8')) : {},
    names: rs.data.names ? JSON.parse(readFileSync(dataFile(rs.data.names), 'utf8')) : { entries: [] },
  }
  return compileRuleset(rs, compileData(raw))
}
