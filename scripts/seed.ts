#!/usr/bin/env node
// Writes the seeded rule sets and their data into the RULES KV namespace with
// `wrangler kv bulk put`: `--local` for `wrangler dev`, `--remote` for the deployed Worker.
//
//   npm run seed:local    npm run seed:remote
//
// Keys (seeds/README.md): ruleset:{id}:v{n}, ruleset:{id}:current, lexicon:{lang}:v{n},
// stopwords:v{n}, names:v{n}. Versions are immutable: a changed rule set gets a new
// version number in seeds/rules/default.meta.json, never a rewrite of an old one.
// A rule set whose KV versions already reach the seed's version is left alone (it may have
// been edited through the admin API since); `--force` reseeds it anyway. `npm run
// seed:build` bumps the seed's version whenever its content changes, so a newer seed is
// written. Data keys are always written.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateRuleset } from '../src/rules/schema.ts'
import { ROOT } from './lib/engine.ts'

const mode = process.argv.includes('--remote') ? '--remote' : '--local'
const seeds = join(ROOT, 'seeds')
const entries: { key: string; value: string }[] = []
const dataFiles: Record<string, string> = {}

const force = process.argv.includes('--force')

/** The pointer KV holds now, if any (so seeding never undoes changes made through the admin API). */
function currentPointer(id: string): { version: number; latest?: number } | null {
  try {
    const out = execFileSync(
      'npx',
      ['wrangler', 'kv', 'key', 'get', `ruleset:${id}:current`, '--binding', 'RULES', mode],
      {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    ).trim()
    return out.startsWith('{') ? JSON.parse(out) : null
  } catch {
    return null
  }
}

for (const f of readdirSync(join(seeds, 'rulesets')).filter((f) => f.endsWith('.json'))) {
  const raw = JSON.parse(readFileSync(join(seeds, 'rulesets', f), 'utf8'))
  const v = validateRuleset(raw)
  if (!v.ok) throw new Error(`seeds/rulesets/${f}: ${JSON.stringify(v.problems)}`)
  const rs = v.value
  const pointer = force ? null : currentPointer(rs.id)
  if (pointer && (pointer.latest ?? pointer.version) >= rs.version) {
    console.log(
      `ruleset ${rs.id}: KV is at version ${pointer.version} (latest ${pointer.latest ?? pointer.version}), the seed is ${rs.version}; left alone (--force to reseed)`,
    )
  } else {
    entries.push({ key: `ruleset:${rs.id}:v${rs.version}`, value: JSON.stringify(raw) })
    entries.push({
      key: `ruleset:${rs.id}:current`,
      value: JSON.stringify({ version: rs.version, latest: rs.version, updatedAt: new Date().toISOString() }),
    })
  }
  for (const [lang, key] of Object.entries(rs.data.lexicons)) dataFiles[key] = join(seeds, 'lexicons', `${lang}.txt`)
  if (rs.data.stopwords) dataFiles[rs.data.stopwords] = join(seeds, 'lexicons', 'stopwords.json')
  if (rs.data.names) dataFiles[rs.data.names] = join(seeds, 'data', 'names.json')
}
for (const [key, file] of Object.entries(dataFiles)) entries.push({ key, value: readFileSync(file, 'utf8') })

const outDir = join(ROOT, '.wrangler', 'seed')
mkdirSync(outDir, { recursive: true })
const bulk = join(outDir, 'bulk.json')
writeFileSync(bulk, JSON.stringify(entries))
console.log(`Seeding ${entries.length} keys ${mode}: ${entries.map((e) => e.key).join(', ')}`)
execFileSync('npx', ['wrangler', 'kv', 'bulk', 'put', bulk, '--binding', 'RULES', mode], {
  stdio: 'inherit',
  cwd: ROOT,
})
