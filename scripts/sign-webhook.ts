#!/usr/bin/env node
// Prints a ready-to-run curl that delivers a signed CMS webhook to the auditor, for trying
// the webhook path against `npm run dev` (which runs the queue locally).
//
//   npm run sign-webhook -- ghost
//   npm run sign-webhook -- contentful --source cf-main --secret s3cret --url https://auditor.example.workers.dev
//   npm run sign-webhook -- generic --file article.json --same
//
// Adapters: ghost, wordpress, contentful, sanity, strapi, generic. The body is the
// adapter's fixture in test/fixtures/webhooks (or --file), with its revision set to now so
// that each run is a new delivery (--same keeps it, to see the dedupe answer). The secret is
// --secret, else WEBHOOK_SECRET_<SOURCE> from .dev.vars. Also prints the one-time setup:
// the `source:{id}` KV entry and the .dev.vars line.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { signContentful, signGeneric, signGhost, signSanity, signWordPress } from '../src/webhooks/sign.ts'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const ADAPTERS = ['ghost', 'wordpress', 'contentful', 'sanity', 'strapi', 'generic']

function usage(message?: string): never {
  if (message) console.error(`sign-webhook: ${message}\n`)
  console.error(
    'usage: npm run sign-webhook -- <adapter> [--source id] [--secret value] [--url base] [--file body.json] [--same]',
  )
  console.error(`adapters: ${ADAPTERS.join(', ')}`)
  process.exit(2)
}

const args = process.argv.slice(2)
const adapter = args.find((a) => !a.startsWith('--'))
if (!adapter || !ADAPTERS.includes(adapter)) usage(adapter ? `unknown adapter "${adapter}"` : 'no adapter')
const flag = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const source = flag('source') ?? adapter
if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(source)) usage(`source id "${source}" must match [a-z0-9][a-z0-9_-]*`)
const base = (flag('url') ?? 'http://127.0.0.1:8787').replace(/\/+$/, '')
const secretName = `WEBHOOK_SECRET_${source.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`

function devVar(name: string): string | undefined {
  try {
    const line = readFileSync(join(ROOT, '.dev.vars'), 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${name}=`))
    return line?.slice(name.length + 1).replace(/^["']|["']$/g, '')
  } catch {
    return undefined
  }
}
const fromDevVars = devVar(secretName)
const secret = flag('secret') ?? fromDevVars ?? `dev-${adapter}-secret`

/** The revision fields of each adapter's payload (the rest is passed through untouched). */
interface Fixture {
  post?: { current?: { updated_at?: string }; post_modified_gmt?: string }
  sys?: { version?: number }
  _rev?: string
  entry?: { updatedAt?: string }
  revision?: string
}
const payload = JSON.parse(
  readFileSync(flag('file') ?? join(ROOT, 'test/fixtures/webhooks', `${adapter}.json`), 'utf8'),
) as Fixture

// A new revision per run, unless --same: the auditor dedupes on document + revision.
if (!args.includes('--same')) {
  const now = new Date().toISOString()
  if (adapter === 'ghost' && payload.post?.current) payload.post.current.updated_at = now
  if (adapter === 'wordpress' && payload.post) payload.post.post_modified_gmt = now.replace('T', ' ').slice(0, 19)
  if (adapter === 'contentful' && payload.sys) payload.sys.version = Date.now()
  if (adapter === 'sanity') payload._rev = `rev${Date.now().toString(36)}`
  if (adapter === 'strapi' && payload.entry) payload.entry.updatedAt = now
  if (adapter === 'generic') payload.revision = now
}

const body = JSON.stringify(payload)
const path = `/v1/webhooks/${source}`
const t = Date.now()
const headers: Record<string, string> = { 'content-type': 'application/json' }
switch (adapter) {
  case 'ghost':
    headers['x-ghost-signature'] = await signGhost(secret, body, t)
    break
  case 'wordpress':
    headers['x-wp-webhook-signature'] = await signWordPress(secret, body)
    break
  case 'contentful': {
    const signed = { 'x-contentful-topic': 'ContentManagement.Entry.publish' }
    Object.assign(headers, signed, await signContentful(secret, 'POST', path, signed, body, t))
    break
  }
  case 'sanity':
    Object.assign(headers, {
      'sanity-webhook-signature': await signSanity(secret, body, t),
      'sanity-operation': 'update',
    })
    break
  case 'strapi':
    headers.authorization = `Bearer ${secret}`
    break
  default:
    headers['x-auditor-signature'] = await signGeneric(secret, body, t)
}

const file = join(mkdtempSync(join(tmpdir(), 'sign-webhook-')), `${adapter}.json`)
writeFileSync(file, body)
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`
const sourceConfig = JSON.stringify({ adapter, secret: secretName, ruleset: 'default' })

console.log(`# One-time setup for source "${source}" (local KV and .dev.vars; restart wrangler dev after editing .dev.vars):
npx wrangler kv key put --local --binding RULES ${q(`source:${source}`)} ${q(sourceConfig)}
${fromDevVars ? `# .dev.vars already has ${secretName}` : `echo ${q(`${secretName}=${secret}`)} >> .dev.vars`}

# The delivery (signed at ${new Date(t).toISOString()}; timestamped signatures are valid for 5 minutes):
curl -sS -i -X POST ${q(base + path)} \\
${Object.entries(headers)
  .map(([k, v]) => `  -H ${q(`${k}: ${v}`)} \\`)
  .join('\n')}
  --data-binary @${q(file)}

# Then fetch the report (202 while queued, 200 when done):
#   curl -sS ${q(`${base}/v1/reports/<reportId>`)}`)
