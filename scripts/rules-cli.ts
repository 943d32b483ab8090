#!/usr/bin/env node
// Edit rule sets as files and push them through the admin API.
//
//   npm run rules -- pull <id> [--file f.json]      GET the current version into a file
//   npm run rules -- push <id> [--file f.json]      PUT it (If-Match: the version it was pulled at)
//   npm run rules -- diff <id> [--file f.json]      rule ids added, removed and changed vs the server
//   npm run rules -- validate <id> [--file f.json]  dry run on the server (--offline: local schema only)
//
// Options: --url http://127.0.0.1:8787 (or AUDITOR_URL); the token comes from ADMIN_TOKEN.
// The default file is rulesets/<id>.json. Exit 0 on success, 1 on a refused change, 2 on usage errors.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { validateStored } from '../src/rules/schema.ts'

const args = process.argv.slice(2)
const opt = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const positional = args.filter((a, i) => !a.startsWith('--') && !['--url', '--file'].includes(args[i - 1] ?? ''))
const [command, id] = positional
const usage = () => {
  console.error('usage: npm run rules -- pull|push|diff|validate <id> [--file f.json] [--url URL] [--offline]')
  process.exit(2)
}
if (!command || !id || !['pull', 'push', 'diff', 'validate'].includes(command)) usage()
const base = (opt('--url') ?? process.env.AUDITOR_URL ?? 'http://127.0.0.1:8787').replace(/\/$/, '')
const file = opt('--file') ?? `rulesets/${id}.json`
const token = process.env.ADMIN_TOKEN

async function api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  if (!token) {
    console.error('Set ADMIN_TOKEN to the Worker’s admin token.')
    process.exit(2)
  }
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  const json = text ? JSON.parse(text) : null
  return { res, json }
}

function readLocal(): Record<string, unknown> {
  if (!existsSync(file)) {
    console.error(`${file} does not exist (pull it first)`)
    process.exit(2)
  }
  return JSON.parse(readFileSync(file, 'utf8'))
}

function fail(res: Response, json: unknown): never {
  console.error(`${res.status} ${JSON.stringify(json, null, 2)}`)
  process.exit(1)
}

type Rule = { id: string }
const byId = (rs: Record<string, unknown>) =>
  new Map(((rs.rules as Rule[]) ?? []).map((r) => [r.id, JSON.stringify(r)]))

switch (command) {
  case 'pull': {
    const { res, json } = await api('GET', `/v1/rulesets/${id}`)
    if (!res.ok) fail(res, json)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, `${JSON.stringify(json, null, 1)}\n`)
    console.log(`${file}: ${id} version ${json.version}`)
    break
  }
  case 'push': {
    const local = readLocal()
    const { version, ...body } = local
    const { res, json } = await api('PUT', `/v1/rulesets/${id}`, body, version ? { 'if-match': `"${version}"` } : {})
    if (!res.ok) fail(res, json)
    writeFileSync(file, `${JSON.stringify({ ...local, version: json.version }, null, 1)}\n`)
    console.log(`${id}: now version ${json.version}`)
    break
  }
  case 'diff': {
    const local = readLocal()
    const { res, json } = await api('GET', `/v1/rulesets/${id}`)
    if (!res.ok) fail(res, json)
    const a = byId(json)
    const b = byId(local)
    for (const [rid] of b) if (!a.has(rid)) console.log(`+ ${rid}`)
    for (const [rid] of a) if (!b.has(rid)) console.log(`- ${rid}`)
    for (const [rid, r] of b) if (a.has(rid) && a.get(rid) !== r) console.log(`~ ${rid}`)
    for (const key of ['extends', 'scoring', 'data', 'disable', 'disableCategories', 'description'])
      if (JSON.stringify(json[key]) !== JSON.stringify(local[key])) console.log(`~ ${key}`)
    console.log(`(server version ${json.version}, file pulled at ${local.version ?? 'none'})`)
    break
  }
  case 'validate': {
    const local = readLocal()
    if (args.includes('--offline')) {
      const v = validateStored(local)
      if (!v.ok) {
        for (const p of v.problems) console.error(`${p.ruleId ?? '-'} ${p.path}: ${p.message}`)
        process.exit(1)
      }
      console.log(`${file}: valid (${v.value.rules.length} rules)`)
      break
    }
    const { res, json } = await api('POST', '/v1/rulesets/validate', { ...local, id })
    if (!res.ok) fail(res, json)
    console.log(`${file}: valid, ${json.rules} rules ${JSON.stringify(json.byKind)}`)
    break
  }
}
