#!/usr/bin/env node
// Scores the engine on a folder of gold-annotated articles, the way ../shared/corpus/score.mjs
// scores a running Worker (same matching rules), but in-process and in a second.
//
//   npm run eval -- [dir] [--verbose] [--json out.json]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { audit } from '../src/engine/audit.ts'
import { CATEGORIES, type Category } from '../src/engine/types.ts'
import { loadCompiled, ROOT } from './lib/engine.ts'

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const jsonAt = args.indexOf('--json')
const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : undefined
const dir = resolve(
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--json') ?? join(ROOT, '..', 'shared', 'corpus', 'dev'),
)

const FAMILY: Partial<Record<Category, Category>> = {
  'name-inconsistency': 'name-misspelling',
  duplicate: 'boilerplate',
}
const family = (c: Category) => FAMILY[c] ?? c

interface Gold {
  id: string
  artifacts: { category: Category; text: string; occurrence?: number; optional?: boolean }[]
}

const compiled = loadCompiled()
const perCat = Object.fromEntries(CATEGORIES.map((c) => [c, { gold: 0, found: 0, findings: 0, tp: 0 }]))
let totalFindings = 0
let tp = 0
let goldTotal = 0
let goldFound = 0
/** Clean native-English controls (clean-*): every finding there is a false alarm. */
const controls: { id: string; findings: string[]; serious: number }[] = []
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()) {
  const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold
  const text = readFileSync(join(dir, f.replace('.gold.json', '.txt')), 'utf8')
  const report = audit(text, compiled)
  if (gold.id.startsWith('clean-'))
    controls.push({
      id: gold.id,
      findings: report.findings.map((x) => `${x.severity} ${x.category} ${JSON.stringify(x.excerpt).slice(0, 60)}`),
      serious: report.findings.filter((x) => x.severity !== 'minor').length,
    })
  const golds = gold.artifacts.map((a) => {
    let at = -1
    for (let k = 0; k < (a.occurrence ?? 1); k++) at = text.indexOf(a.text, at + 1)
    return { ...a, span: at < 0 ? null : [at, at + a.text.length], hit: false }
  })
  const misses: string[] = []
  const extras: string[] = []
  for (const fd of report.findings) {
    const s = perCat[fd.category] as { findings: number; tp: number }
    s.findings++
    totalFindings++
    let matched = false
    for (const g of golds)
      if (
        g.span &&
        fd.start < (g.span[1] as number) &&
        (g.span[0] as number) < fd.end &&
        family(g.category) === family(fd.category)
      ) {
        g.hit = true
        matched = true
      }
    if (matched) {
      tp++
      s.tp++
    } else extras.push(`${fd.category} ${JSON.stringify(fd.excerpt).slice(0, 90)} [${fd.ruleId}]`)
  }
  for (const g of golds.filter((g) => !g.optional)) {
    goldTotal++
    const s = perCat[g.category] as { gold: number; found: number }
    s.gold++
    if (g.hit) {
      goldFound++
      s.found++
    } else misses.push(`${g.category} ${JSON.stringify(g.text).slice(0, 90)}`)
  }
  if (verbose) {
    console.log(
      `\n# ${gold.id}: ${report.findings.length} findings, score ${report.score} ${report.verdict}, source ${report.language.source?.language ?? '-'}`,
    )
    for (const m of misses) console.log(`  missed  ${m}`)
    for (const x of extras) console.log(`  extra   ${x}`)
  }
}
const r = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : ' -  ')
console.log('\ncategory            gold  found  recall  findings  precision')
for (const c of CATEGORIES) {
  const s = perCat[c] as { gold: number; found: number; findings: number; tp: number }
  console.log(
    `${c.padEnd(19)} ${String(s.gold).padStart(4)} ${String(s.found).padStart(6)}   ${r(s.found / s.gold)}  ${String(s.findings).padStart(8)}       ${r(s.tp / s.findings)}`,
  )
}
const precision = totalFindings ? tp / totalFindings : 0
const recall = goldTotal ? goldFound / goldTotal : 0
const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
console.log(`precision=${precision.toFixed(3)} recall=${recall.toFixed(3)} f1=${f1.toFixed(3)}`)
console.log(`\nclean controls: ${controls.length}, with findings: ${controls.filter((c) => c.findings.length).length}`)
for (const c of controls) for (const x of c.findings) console.log(`  ${c.id}: ${x}`)
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ precision, recall, f1, perCat, controls }, null, 1))
// Native English must stay clean: a major or critical finding on a control fails the run.
const serious = controls.filter((c) => c.serious > 0)
if (serious.length) {
  console.error(`FAIL: major or critical findings on clean controls: ${serious.map((c) => c.id).join(', ')}`)
  process.exitCode = 1
}
