#!/usr/bin/env node
// Writes every finding of every article of the given folders (default: dev, clean, seed
// articles) to one JSON file, so that an engine change can be checked to keep reports the same:
//   node scripts/snapshot.ts out.json [dir…]   then   diff two outputs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { audit } from '../src/engine/audit.ts'
import { loadCompiled, ROOT } from './lib/engine.ts'

const [out, ...dirs] = process.argv.slice(2)
if (!out) throw new Error('usage: node scripts/snapshot.ts out.json [dir…]')
const folders = dirs.length
  ? dirs.map((d) => resolve(d))
  : [
      join(ROOT, '..', 'shared', 'corpus', 'dev'),
      join(ROOT, '..', 'shared', 'corpus', 'clean'),
      join(ROOT, 'seeds', 'articles'),
    ]
const compiled = loadCompiled()
const result: Record<string, unknown> = {}
for (const dir of folders) {
  let files: string[] = []
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  } catch {
    continue
  }
  for (const f of files) {
    const r = audit(readFileSync(join(dir, f), 'utf8'), compiled)
    result[`${dir.split('/').pop()}/${f}`] = {
      score: r.score,
      source: r.language.source?.language ?? null,
      findings: r.findings.map(
        (x) =>
          `${x.start}-${x.end} ${x.category} ${x.severity} ${x.confidence} ${x.ruleId} ${x.suggestion ?? ''} | ${x.message}`,
      ),
    }
  }
}
writeFileSync(out, JSON.stringify(result, null, 1))
