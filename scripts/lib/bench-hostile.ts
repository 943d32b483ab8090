// The hostile inputs of issue 11 as HTTP requests, for `npm run bench:http`'s hostile mix:
// what an attacker (or a broken CMS) sends, each with the answer class expected of it.
import { signGeneric, utf8 } from '../../src/webhooks/sign.ts'

export const BENCH_ADMIN_TOKEN = 'bench-admin-token'
export const BENCH_WEBHOOK_SECRET = 'bench-webhook-secret'
/** `source:{id}` entries the bench writes into local KV before starting the Worker. */
export const BENCH_SOURCES: Record<string, object> = {
  'bench-strapi': { adapter: 'strapi', secret: 'WEBHOOK_SECRET_BENCH' },
  'bench-generic': { adapter: 'generic', secret: 'WEBHOOK_SECRET_BENCH' },
}
/** Worker variables for `wrangler dev --var`. */
export const BENCH_VARS: Record<string, string> = {
  ADMIN_TOKEN: BENCH_ADMIN_TOKEN,
  WEBHOOK_SECRET_BENCH: BENCH_WEBHOOK_SECRET,
}

export interface HostileRequest {
  name: string
  /** Status the hardened Worker should answer (anything under 500 is acceptable). */
  expect: number[]
  method: string
  path: string
  headers: Record<string, string>
  body?: string
}

const text = { 'content-type': 'text/plain' }
const html = { 'content-type': 'text/html' }
const json = { 'content-type': 'application/json' }
const admin = { ...json, authorization: `Bearer ${BENCH_ADMIN_TOKEN}` }

function nestedStrapi(levels: number): string {
  const blocks = `[${'{"type":"list","children":['.repeat(levels)}{"type":"text","text":"Deep."}${']}'.repeat(levels)}]`
  return JSON.stringify({
    event: 'entry.publish',
    model: 'article',
    uid: 'api::article.article',
    entry: { documentId: 'bench-deep', updatedAt: '2026-01-01T00:00:00.000Z', title: 'Deep', content: '@BLOCKS@' },
  }).replace('"@BLOCKS@"', blocks)
}

/** A rule set within every published limit whose whole is far over the cost budget: 150,000 patterns, 4.5 MB. */
function costlyRuleset(): string {
  return JSON.stringify({
    rules: Array.from({ length: 750 }, (_, i) => ({
      id: `r${i}`,
      kind: 'pattern',
      category: 'garbled',
      patterns: Array.from({ length: 200 }, (_, k) => ({ re: `[a-z]+${i}x${k}[0-9]{2}` })),
    })),
  })
}

export async function hostileRequests(now = Date.now()): Promise<HostileRequest[]> {
  const scripts = '<script></script>'.repeat(60_000)
  const genericBody = JSON.stringify({ id: 'bench-flood', revision: String(now), html: scripts })
  const line = 'ThursdayThe\n'
  return [
    { name: 'wrong method (GET /v1/audit)', expect: [405], method: 'GET', path: '/v1/audit', headers: {} },
    {
      name: 'unsigned webhook to an unknown source',
      expect: [401],
      method: 'POST',
      path: '/v1/webhooks/nope',
      headers: json,
      body: '{"post":{}}',
    },
    {
      name: '8,000-character X-Ruleset',
      expect: [422],
      method: 'POST',
      path: '/v1/audit',
      headers: { ...text, 'x-ruleset': 'a'.repeat(8000) },
      body: 'The minister spoke on Thursday.',
    },
    {
      name: '60,000 empty <script> (1 MB HTML)',
      expect: [400],
      method: 'POST',
      path: '/v1/audit',
      headers: html,
      body: scripts,
    },
    {
      name: '40,000 empty <figure> (0.7 MB HTML)',
      expect: [400],
      method: 'POST',
      path: '/v1/audit',
      headers: html,
      body: '<figure></figure>'.repeat(40_000),
    },
    {
      name: '1 MB of "<" (no words)',
      expect: [422],
      method: 'POST',
      path: '/v1/audit',
      headers: text,
      body: '<'.repeat(1_000_000),
    },
    {
      name: 'signed Strapi blocks 15,000 levels deep',
      expect: [422],
      method: 'POST',
      path: '/v1/webhooks/bench-strapi',
      headers: { ...json, authorization: `Bearer ${BENCH_WEBHOOK_SECRET}` },
      body: nestedStrapi(15_000),
    },
    {
      name: 'signed webhook: 60,000 empty <script>',
      expect: [200],
      method: 'POST',
      path: '/v1/webhooks/bench-generic',
      headers: { ...json, 'x-auditor-signature': await signGeneric(BENCH_WEBHOOK_SECRET, utf8(genericBody), now) },
      body: genericBody,
    },
    {
      name: 'PUT with a stale If-Match (write race)',
      expect: [201, 412],
      method: 'PUT',
      path: '/v1/rulesets/bench-race',
      headers: { ...admin, 'if-match': '"1"' },
      body: JSON.stringify({ extends: 'default', rules: [] }),
    },
    {
      name: 'PUT of 150,000 patterns (4.5 MB, over the cost budget)',
      expect: [422],
      method: 'PUT',
      path: '/v1/rulesets/bench-costly',
      headers: admin,
      body: costlyRuleset(),
    },
    {
      name: '1 MB of one repeated line',
      expect: [200],
      method: 'POST',
      path: '/v1/audit',
      headers: text,
      body: line.repeat(Math.floor(1_000_000 / line.length)),
    },
    {
      name: '1 MB of one repeated boilerplate line',
      expect: [200],
      method: 'POST',
      path: '/v1/audit',
      headers: text,
      body: 'Leave a Reply\n'.repeat(Math.floor(1_000_000 / 14)),
    },
  ]
}
