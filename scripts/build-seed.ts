#!/usr/bin/env node
// Assembles seeds/rulesets/default.json from seeds/rules/default.meta.json and the rule
// files in seeds/rules/ (core.json first, then the rest by name), and validates it with
// the one rule-set schema. Run after editing any file in seeds/rules/.
//
//   npm run seed:build
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { patternProblem } from '../src/rules/patterns.ts'
import { validateRuleset } from '../src/rules/schema.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const rulesDir = join(root, 'seeds', 'rules')
const read = (f: string) => JSON.parse(readFileSync(join(rulesDir, f), 'utf8'))

const meta = read('default.meta.json')
const files = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.meta.json'))
  .sort((a, b) => (a === 'core.json' ? -1 : b === 'core.json' ? 1 : a.localeCompare(b)))
// Examples live beside the rules, one file per rule file, keyed by rule id (seeds/examples/),
// so that editing a rule's data and writing its tests do not touch the same lines.
const examplesDir = join(root, 'seeds', 'examples')
const examples: Record<string, unknown> = {}
for (const f of existsSync(examplesDir) ? readdirSync(examplesDir).filter((x) => x.endsWith('.json')) : [])
  Object.assign(examples, JSON.parse(readFileSync(join(examplesDir, f), 'utf8')))
const rules = files
  .flatMap((f) => read(f))
  .map((r: { id: string; examples?: unknown }) =>
    examples[r.id] && !r.examples ? { ...r, examples: examples[r.id] } : r,
  )
const known = new Set(rules.map((r: { id: string }) => r.id))
const stray = Object.keys(examples).filter((id) => !known.has(id))
if (stray.length) console.warn(`examples for rules that do not exist: ${stray.join(', ')}`)
const ruleset = { ...meta, rules }

const v = validateRuleset(ruleset)
if (!v.ok) {
  for (const p of v.problems) console.error(`${p.ruleId ?? '-'} ${p.path}: ${p.message}`)
  process.exit(1)
}
let bad = 0
for (const r of v.value.rules) {
  if (r.kind !== 'pattern') continue
  for (const p of r.patterns) {
    const problem = patternProblem(p.re, p.flags)
    if (problem) {
      console.error(`${r.id}: ${problem}`)
      bad++
    }
  }
}
if (bad) process.exit(1)
// Validation planned each pattern (native engine and line bound, prefilter literals, first
// characters; src/rules/schema.ts planPatterns): keep those plans, so loading parses nothing.
const planned = v.value.rules
const written = {
  ...ruleset,
  rules: ruleset.rules.map((r: { kind: string; patterns?: object[] }, i: number) => {
    const p = planned[i]
    if (r.kind !== 'pattern' || p?.kind !== 'pattern') return r
    return {
      ...r,
      patterns: r.patterns?.map((x, k) => {
        const { native, clauses, first } = p.patterns[k] ?? {}
        return { ...x, native, clauses, first }
      }),
    }
  }),
}
// A changed rule set gets the next version number, so seeding never rewrites a version
// that KV already holds with other content.
const outFile = join(root, 'seeds', 'rulesets', 'default.json')
const strip = (r: Record<string, unknown>) => JSON.stringify({ ...r, version: undefined })
let previous: Record<string, unknown> | null = null
try {
  previous = JSON.parse(readFileSync(outFile, 'utf8'))
} catch {}
if (previous && strip(previous) !== strip(written) && (previous.version as number) >= written.version) {
  written.version = (previous.version as number) + 1
  meta.version = written.version
  writeFileSync(join(rulesDir, 'default.meta.json'), `${JSON.stringify(meta, null, 2)}\n`)
  console.log(`content changed: version ${written.version}`)
}
writeFileSync(outFile, `${JSON.stringify(written, null, 1)}\n`)
console.log(`default.json: ${rules.length} rules from ${files.join(', ')}`)
