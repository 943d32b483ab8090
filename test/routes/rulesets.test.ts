// The rule-set admin API against the real KV binding: auth, versions, If-Match, 422 with
// rule ids, rollback, inheritance, deletion, dry-run validation and the ReDoS guard.
import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { BUNDLED_RULESET } from '../../src/rules/bundled.ts'
import { base, call, TOKEN } from './admin.ts'

/** Version of the bundled default rule set (what the API serves while KV is empty). */
const V = (BUNDLED_RULESET as { version: number }).version

async function auditWith(text: string, ruleset?: string) {
  const res = await SELF.fetch(`${base}/v1/audit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ruleset ? { text, ruleset } : { text }),
  })
  expect(res.status).toBe(200)
  return (await res.json()) as {
    ruleset: { id: string; version: number }
    findings: { ruleId: string; excerpt: string; category: string }[]
  }
}

const newsroomRule = {
  id: 'house.promo',
  kind: 'phrase',
  category: 'boilerplate',
  severity: 'major',
  scope: 'line-start',
  extend: 'line',
  phrases: ['Visit the Quillfeather shop'],
}
const TEXT =
  'The council approved the budget on Monday after a long debate.\nVisit the Quillfeather shop for mugs and posters today\n'

describe('auth', () => {
  it('401 without a token, 403 with a wrong one', async () => {
    const none = await SELF.fetch(`${base}/v1/rulesets`)
    expect(none.status).toBe(401)
    expect(none.headers.get('content-type')).toMatch(/problem\+json/)
    const wrong = await SELF.fetch(`${base}/v1/rulesets`, { headers: { authorization: 'Bearer nope' } })
    expect(wrong.status).toBe(403)
    for (const [m, p] of [
      ['PUT', '/v1/rulesets/x'],
      ['DELETE', '/v1/rulesets/x'],
      ['POST', '/v1/rulesets/validate'],
      ['GET', '/v1/rulesets/default/versions'],
    ] as const)
      expect((await SELF.fetch(`${base}${p}`, { method: m })).status).toBe(401)
  })
})

describe('reading', () => {
  it('lists the bundled default and serves it with its version as ETag', async () => {
    const list = (await (await call('GET', '/v1/rulesets')).json()) as { rulesets: { id: string; version: number }[] }
    expect(list.rulesets.map((r) => r.id)).toContain('default')
    const res = await call('GET', '/v1/rulesets/default')
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBe(`"${V}"`)
    const body = (await res.json()) as { id: string; rules: unknown[] }
    expect(body.id).toBe('default')
    expect(body.rules.length).toBeGreaterThan(3)
    expect((await call('GET', '/v1/rulesets/missing')).status).toBe(404)
    expect((await call('GET', '/v1/rulesets/default/versions/99')).status).toBe(404)
  })
})

describe('writing', () => {
  it('PUT writes a new version, the audit uses it, rollback restores the old one', async () => {
    const current = (await (await call('GET', '/v1/rulesets/default')).json()) as { rules: unknown[] }
    const before = await auditWith(TEXT)
    expect(before.findings.some((f) => f.ruleId === 'house.promo')).toBe(false)

    const put = await call(
      'PUT',
      '/v1/rulesets/default',
      { ...current, rules: [...current.rules, newsroomRule] },
      { 'if-match': `"${V}"` },
    )
    expect(put.status).toBe(201)
    expect(await put.json()).toEqual({ id: 'default', version: V + 1 })
    expect(put.headers.get('etag')).toBe(`"${V + 1}"`)

    const after = await auditWith(TEXT)
    expect(after.ruleset).toEqual({ id: 'default', version: V + 1 })
    expect(after.findings.find((f) => f.ruleId === 'house.promo')?.excerpt).toBe(
      'Visit the Quillfeather shop for mugs and posters today',
    )

    const versions = (await (await call('GET', '/v1/rulesets/default/versions')).json()) as {
      current: number
      versions: number[]
    }
    expect(versions).toEqual({ id: 'default', current: V + 1, versions: [V, V + 1] })

    // A stale If-Match is refused.
    const stale = await call('PUT', '/v1/rulesets/default', current, { 'if-match': `"${V}"` })
    expect(stale.status).toBe(412)
    expect(((await stale.json()) as { current: number }).current).toBe(V + 1)

    const rb = await call('POST', '/v1/rulesets/default/rollback', { version: V })
    expect(rb.status).toBe(200)
    const rolled = await auditWith(TEXT)
    expect(rolled.ruleset.version).toBe(V)
    expect(rolled.findings.some((f) => f.ruleId === 'house.promo')).toBe(false)

    // The next write after a rollback never reuses a version number.
    const again = await call('PUT', '/v1/rulesets/default', current)
    expect(((await again.json()) as { version: number }).version).toBe(V + 2)
    expect((await call('POST', '/v1/rulesets/default/rollback', { version: 42 })).status).toBe(404)
  })

  it('422 lists every problem with the rule id and the field', async () => {
    const res = await call('PUT', '/v1/rulesets/broken', {
      rules: [
        { id: 'a.ok', kind: 'phrase', category: 'calque', phrases: ['x y'] },
        { id: 'b.bad', kind: 'phrase', category: 'nonsense', phrases: ['x'] },
        { id: 'c.bad', kind: 'pattern', category: 'garbled', patterns: [{ re: '(a)\\1' }] },
        { id: 'd.bad', kind: 'pattern', category: 'garbled', patterns: [{ re: 'foo(?=bar)' }] },
      ],
    })
    expect(res.status).toBe(422)
    const body = (await res.json()) as { problems: { ruleId?: string; path: string; message: string }[] }
    const byRule = Object.fromEntries(body.problems.map((p) => [p.ruleId, p]))
    expect(byRule['b.bad']?.path).toBe('rules.1.category')
    expect(byRule['c.bad']?.message).toMatch(/back-references/)
    expect(byRule['d.bad']?.message).toMatch(/look-ahead/)
    expect(byRule['a.ok']).toBeUndefined()
    expect((await call('GET', '/v1/rulesets/broken')).status).toBe(404)
  })

  it('refuses a body whose id differs from the path, and non-JSON', async () => {
    expect((await call('PUT', '/v1/rulesets/one', { id: 'two', rules: [] })).status).toBe(422)
    const res = await SELF.fetch(`${base}/v1/rulesets/one`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: '{',
    })
    expect(res.status).toBe(400)
  })
})

describe('inheritance', () => {
  it('a site rule set extends default: adds, overrides and disables rules, changes thresholds', async () => {
    const put = await call('PUT', '/v1/rulesets/site-a', {
      extends: 'default',
      description: 'Syndicated copy from site A',
      disableCategories: ['garbled'],
      disable: ['duplicate.text'],
      scoring: { passThreshold: 95 },
      rules: [newsroomRule],
    })
    expect(put.status).toBe(201)
    const text = `${TEXT}Officials said the the talks would go on.\n`
    const r = await auditWith(text, 'site-a')
    expect(r.ruleset).toEqual({ id: 'site-a', version: 1 })
    expect(r.findings.some((f) => f.ruleId === 'house.promo')).toBe(true)
    expect(r.findings.some((f) => f.category === 'garbled')).toBe(false)
    const viaDefault = await auditWith(text)
    expect(viaDefault.findings.some((f) => f.category === 'garbled')).toBe(true)

    // A cycle or a missing parent is refused before anything is written.
    expect((await call('PUT', '/v1/rulesets/orphan', { extends: 'nowhere', rules: [] })).status).toBe(422)
    expect((await call('PUT', '/v1/rulesets/loop', { extends: 'loop', rules: [] })).status).toBe(422)
  })
})

describe('selection', () => {
  it('by JSON body, ?ruleset= and X-Ruleset; unknown ids are 404', async () => {
    await call('PUT', '/v1/rulesets/pick', { extends: 'default', rules: [] })
    const q = await SELF.fetch(`${base}/v1/audit?ruleset=pick`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: TEXT,
    })
    expect(((await q.json()) as { ruleset: { id: string } }).ruleset.id).toBe('pick')
    const h = await SELF.fetch(`${base}/v1/audit`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-ruleset': 'pick' },
      body: TEXT,
    })
    expect(((await h.json()) as { ruleset: { id: string } }).ruleset.id).toBe('pick')
    const none = await SELF.fetch(`${base}/v1/audit?ruleset=ghost`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: TEXT,
    })
    expect(none.status).toBe(404)
    expect(none.headers.get('content-type')).toMatch(/problem\+json/)
  })
})

describe('deletion and validation', () => {
  it('deletes a rule set but never the default', async () => {
    await call('PUT', '/v1/rulesets/temp', { extends: 'default', rules: [] })
    expect((await call('DELETE', '/v1/rulesets/temp')).status).toBe(204)
    expect((await call('GET', '/v1/rulesets/temp')).status).toBe(404)
    expect((await call('DELETE', '/v1/rulesets/default')).status).toBe(409)
    expect((await call('DELETE', '/v1/rulesets/temp')).status).toBe(404)
  })

  it('validate is a dry run: counts for a good rule set, problems for a bad one, nothing stored', async () => {
    const ok = await call('POST', '/v1/rulesets/validate', { id: 'dry', extends: 'default', rules: [newsroomRule] })
    expect(ok.status).toBe(200)
    const counts = (await ok.json()) as { valid: boolean; rules: number; byKind: Record<string, number> }
    expect(counts.valid).toBe(true)
    expect(counts.byKind.phrase).toBeGreaterThanOrEqual(1)
    expect((await call('GET', '/v1/rulesets/dry')).status).toBe(404)
    const bad = await call('POST', '/v1/rulesets/validate', { id: 'dry', rules: [{ id: 'x', kind: 'nope' }] })
    expect(bad.status).toBe(422)
  })

  it('validate runs each new rule alone on its examples and names the ones that fail', async () => {
    const rule = (examples: object) => ({
      id: 'newsroom.phone',
      kind: 'phrase',
      category: 'calque',
      phrases: [{ text: 'telephone interview', suggestion: 'phone call' }],
      examples,
    })
    const good = rule({
      valid: ['She gave a radio interview to the station.'],
      invalid: [{ text: 'After a telephone interview, they met.', output: 'After a phone call, they met.' }],
    })
    expect((await call('POST', '/v1/rulesets/validate', { id: 'dry', extends: 'default', rules: [good] })).status).toBe(
      200,
    )
    const wrong = rule({
      valid: ['The telephone interview ended.'],
      invalid: [{ text: 'No calque.', output: 'No calque.' }],
    })
    const res = await call('POST', '/v1/rulesets/validate', { id: 'dry', extends: 'default', rules: [wrong] })
    expect(res.status).toBe(422)
    const body = (await res.json()) as { problems: { ruleId: string; message: string }[] }
    expect(body.problems.map((p) => [p.ruleId, p.message.split(' (')[0]])).toEqual([
      ['newsroom.phone', 'valid example flagged: “telephone interview”'],
      ['newsroom.phone', 'invalid example not flagged'],
    ])
  })
})

describe('safe patterns', () => {
  it('the classic catastrophic pattern runs in linear time inside an audit', async () => {
    const put = await call('PUT', '/v1/rulesets/redos', {
      extends: 'default',
      rules: [{ id: 'evil', kind: 'pattern', category: 'garbled', patterns: [{ re: '(a+)+$' }] }],
    })
    expect(put.status).toBe(201)
    const res = await SELF.fetch(`${base}/v1/audit?ruleset=redos`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: `${'a'.repeat(100_000)}!`,
    })
    expect(res.status).toBe(200)
    const r = (await res.json()) as { findings: { ruleId: string }[] }
    expect(r.findings.some((f) => f.ruleId === 'evil')).toBe(false)
  })
})
