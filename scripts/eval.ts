#!/usr/bin/env node
// Scores the engine in-process the way ../shared/corpus/score.mjs scores a running Worker
// (same matching: overlapping span, same category family, a finding at most 3× the artifact
// plus 20 characters), on the dev articles and the clean native-English texts in one run.
//
//   npm run eval                       dev (all, older batch, newest batch) and clean
//   npm run eval -- DIR [--verbose]    one folder (a .txt without .gold.json is a clean text)
//   npm run eval -- --json out.json
//
// --verbose lists misses and false alarms per article, except for the newest dev batch:
// that batch is the check set (issue 13) and is read only through its aggregate table.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { audit } from '../src/engine/audit.ts'
import { CATEGORIES, type Category } from '../src/engine/types.ts'
import { loadCompiled, ROOT } from './lib/engine.ts'

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const jsonAt = args.indexOf('--json')
const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : undefined
const dirArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--json')
const CORPUS = join(ROOT, '..', 'shared', 'corpus')

const FAMILY: Partial<Record<Category, Category>> = {
  'name-inconsistency': 'name-misspelling',
  duplicate: 'boilerplate',
}
const family = (c: Category) => FAMILY[c] ?? c

interface Gold {
  id: string
  artifacts: { category: Category; text: string; occurrence?: number; optional?: boolean }[]
}
interface Tally {
  perCat: Record<string, { gold: number; found: number; findings: number; tp: number }>
  findings: number
  tp: number
  gold: number
  found: number
  words: number
  falseAlarms: number
  majorFalseAlarms: number
  articles: number
}

const compiled = loadCompiled()

function spanOf(text: string, needle: string, occurrence = 1): [number, number] | null {
  let at = -1
  for (let k = 0; k < occurrence; k++) {
    at = text.indexOf(needle, at + 1)
    if (at < 0) return null
  }
  return [at, at + needle.length]
}

/** Scores the named articles of `dir`; prints per-article detail when `detail`, never for `hidden` ones. */
function score(dir: string, names: string[], detail: boolean, hidden: Set<string> = new Set()): Tally {
  const t: Tally = {
    perCat: Object.fromEntries(CATEGORIES.map((c) => [c, { gold: 0, found: 0, findings: 0, tp: 0 }])),
    findings: 0,
    tp: 0,
    gold: 0,
    found: 0,
    words: 0,
    falseAlarms: 0,
    majorFalseAlarms: 0,
    articles: 0,
  }
  for (const name of names) {
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8')
    const goldFile = join(dir, `${name}.gold.json`)
    const gold: Gold = existsSync(goldFile) ? JSON.parse(readFileSync(goldFile, 'utf8')) : { id: name, artifacts: [] }
    t.articles++
    t.words += (text.match(/\S+/g) ?? []).length
    const report = audit(text, compiled)
    const golds = gold.artifacts.map((a) => ({ ...a, span: spanOf(text, a.text, a.occurrence ?? 1), hit: false }))
    const misses: string[] = []
    const extras: string[] = []
    for (const fd of report.findings) {
      const s = t.perCat[fd.category] as Tally['perCat'][string]
      s.findings++
      t.findings++
      let matched = false
      for (const g of golds) {
        if (!g.span || family(g.category) !== family(fd.category)) continue
        const overlaps = fd.start < g.span[1] && g.span[0] < fd.end
        const notTooWide = fd.end - fd.start <= 3 * (g.span[1] - g.span[0]) + 20
        if (overlaps && notTooWide) {
          g.hit = true
          matched = true
        }
      }
      if (matched) {
        t.tp++
        s.tp++
      } else {
        t.falseAlarms++
        if (fd.severity !== 'minor') t.majorFalseAlarms++
        extras.push(`${fd.severity} ${fd.category} ${JSON.stringify(fd.excerpt).slice(0, 90)} [${fd.ruleId}]`)
      }
    }
    for (const g of golds.filter((g) => !g.optional)) {
      t.gold++
      const s = t.perCat[g.category] as Tally['perCat'][string]
      s.gold++
      if (g.hit) {
        t.found++
        s.found++
      } else misses.push(`${g.category} ${JSON.stringify(g.text).slice(0, 90)}`)
    }
    if (detail && !hidden.has(name) && (misses.length || extras.length)) {
      console.log(`\n# ${gold.id}: ${report.findings.length} findings, score ${report.score} ${report.verdict}`)
      for (const m of misses) console.log(`  missed  ${m}`)
      for (const x of extras) console.log(`  extra   ${x}`)
    }
  }
  return t
}

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : ' -  ')
function print(title: string, t: Tally): Record<string, number> {
  const precision = t.findings ? t.tp / t.findings : 0
  const recall = t.gold ? t.found / t.gold : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  const per1000 = (n: number) => (t.words ? (1000 * n) / t.words : 0)
  console.log(`\n## ${title}: ${t.articles} texts, ${t.words} words`)
  if (t.gold) {
    console.log('category            gold  found  recall  findings  precision')
    for (const c of CATEGORIES) {
      const s = t.perCat[c] as Tally['perCat'][string]
      console.log(
        `${c.padEnd(19)} ${String(s.gold).padStart(4)} ${String(s.found).padStart(6)}   ${f2(s.found / s.gold)}  ${String(s.findings).padStart(8)}       ${f2(s.tp / s.findings)}`,
      )
    }
    console.log(`precision=${precision.toFixed(3)} recall=${recall.toFixed(3)} f1=${f1.toFixed(3)}`)
  }
  console.log(
    `false alarms: ${t.falseAlarms} = ${per1000(t.falseAlarms).toFixed(2)} per 1,000 words (major or critical: ${per1000(t.majorFalseAlarms).toFixed(2)})`,
  )
  return {
    precision,
    recall,
    f1,
    falseAlarmsPer1000: per1000(t.falseAlarms),
    majorPer1000: per1000(t.majorFalseAlarms),
  }
}

const namesIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort()

/** The dev articles of the newest batch, as SOURCES.md names them ("the 24 rows from A to B"). */
function newestBatch(): Set<string> {
  const sources = readFileSync(join(CORPUS, 'SOURCES.md'), 'utf8')
  const m = /the \d+ rows from ([\w-]+) to ([\w-]+)/.exec(sources)
  if (!m) return new Set()
  const rows = [...sources.matchAll(/^\| ([\w-]+) \|/gm)].map((r) => r[1] as string)
  const a = rows.indexOf(m[1] as string)
  const b = rows.indexOf(m[2] as string)
  return new Set(a >= 0 && b >= a ? rows.slice(a, b + 1) : [])
}

const results: Record<string, Record<string, number>> = {}
let failed = false
if (dirArg) {
  const dir = resolve(dirArg)
  // The check set stays aggregate-only even when its folder is named.
  const hidden = dir === resolve(join(CORPUS, 'dev')) ? newestBatch() : new Set<string>()
  const names = namesIn(dir)
  results[dir] = print(dir, score(dir, names, verbose, hidden))
} else {
  const dev = join(CORPUS, 'dev')
  const clean = join(CORPUS, 'clean')
  if (!existsSync(dev)) throw new Error(`No dev corpus at ${dev}`)
  const newest = newestBatch()
  const all = namesIn(dev)
  const older = all.filter((n) => !newest.has(n))
  results.older = print(`dev, older batch (build set)`, score(dev, older, verbose))
  results.newest = print(`dev, newest batch (check set: aggregate only)`, score(dev, [...newest], false))
  results.dev = print('dev, all', score(dev, all, false))
  if (existsSync(clean)) {
    results.clean = print('clean native English', score(clean, namesIn(clean), verbose))
    failed = (results.clean.majorPer1000 ?? 0) > 0.1
  }
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 1))
if (failed) {
  console.error('FAIL: more than 0.1 major or critical false alarms per 1,000 words on clean native English')
  process.exitCode = 1
}
