// Wrong methods on paths the API serves are 405 with Allow, not 404; reports are never
// cached (issue 11.7).
import { env, SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'

const base = 'http://auditor.test'
const admin = { authorization: 'Bearer test-admin-token' }

describe('405 Method Not Allowed', () => {
  it.each([
    ['GET', '/v1/audit', {}, ['POST']],
    ['PUT', '/v1/audit', {}, ['POST']],
    ['DELETE', '/healthz', {}, ['GET', 'HEAD']],
    ['POST', '/openapi.json', {}, ['GET', 'HEAD']],
    ['GET', '/v1/webhooks/ghost', {}, ['POST']],
    ['POST', '/v1/reports/9b1f0c4e-3c57-4a4c-9f43-1d3c2a7e5b10', {}, ['GET', 'HEAD']],
    ['PATCH', '/v1/rulesets/default', admin, ['GET', 'HEAD', 'PUT', 'DELETE']],
    ['GET', '/v1/rulesets/default/rollback', admin, ['POST']],
  ])('%s %s', async (method, path, headers, allowed) => {
    const res = await SELF.fetch(`${base}${path}`, { method, headers })
    expect(res.status).toBe(405)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    const allow = (res.headers.get('allow') ?? '').split(/,\s*/)
    expect(allow).toEqual(expect.arrayContaining([...allowed, 'OPTIONS']))
    expect(allow).not.toContain(method)
    expect(((await res.json()) as { status: number }).status).toBe(405)
  })

  it('OPTIONS lists the methods; unknown paths stay 404', async () => {
    const res = await SELF.fetch(`${base}/v1/audit`, { method: 'OPTIONS' })
    expect(res.status).toBe(204)
    expect(res.headers.get('allow')).toBe('POST, OPTIONS')
    expect((await SELF.fetch(`${base}/v1/nowhere`, { method: 'DELETE' })).status).toBe(404)
  })
})

describe('reports are private and never stored', () => {
  it('GET /v1/reports/:id in every state, and the audit answer', async () => {
    const id = crypto.randomUUID()
    const report = (await (
      await SELF.fetch(`${base}/v1/audit`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'The minister spoke with Valdimir Putin on Thursday about the talks.',
      })
    ).json()) as Record<string, unknown>
    const states = {
      queued: { status: 'queued', reportId: id, source: 's', receivedAt: new Date().toISOString() },
      done: { status: 'done', reportId: id, source: 's', receivedAt: '', completedAt: '', report },
      failed: { status: 'failed', reportId: id, source: 's', receivedAt: '', failedAt: '', error: 'x' },
    }
    for (const [state, record] of Object.entries(states)) {
      await env.REPORTS.put(`report:${id}`, JSON.stringify(record))
      const res = await SELF.fetch(`${base}/v1/reports/${id}`)
      expect([200, 202, 422], state).toContain(res.status)
      expect(res.headers.get('cache-control'), state).toBe('private, no-store')
    }
    const missing = await SELF.fetch(`${base}/v1/reports/${crypto.randomUUID()}`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control')).toBe('private, no-store')
    const audited = await SELF.fetch(`${base}/v1/audit`, {
      method: 'POST',
      headers: { 'content-type': 'text/html' },
      body: '<p>The minister spoke on Thursday.</p>',
    })
    expect(audited.status).toBe(200)
    expect(audited.headers.get('cache-control')).toBe('private, no-store')
  })
})
