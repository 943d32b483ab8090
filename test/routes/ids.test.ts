// Rule-set ids are validated at every entry (issue 11.4): the query, the X-Ruleset header,
// the JSON body and the admin paths answer 422 or 404 for an id that cannot exist, never a
// 500 (an 8,000-character X-Ruleset reached KV, which refuses keys over 512 bytes).
import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'

const base = 'http://auditor.test'
const LONG = 'a'.repeat(8000)
const TEXT = 'The council approved the budget on Monday after a long debate about schools.'

async function problem(res: Response, status: number) {
  const body = (await res.json()) as { status: number; detail: string; errors?: { in: string; path: string }[] }
  expect(res.status, JSON.stringify(body).slice(0, 300)).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  expect(JSON.stringify(body).length).toBeLessThan(2000) // the id is not echoed whole
  return body
}

const audit = (path: string, init: { body?: string; headers?: Record<string, string> } = {}) =>
  SELF.fetch(`${base}${path}`, {
    method: 'POST',
    body: init.body ?? TEXT,
    headers: { 'content-type': 'text/plain', ...init.headers },
  })

const admin = (method: string, path: string, body?: unknown) =>
  SELF.fetch(`${base}${path}`, {
    method,
    headers: { authorization: 'Bearer test-admin-token', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

describe('rule-set ids at every entry', () => {
  it('POST /v1/audit: ?ruleset=, X-Ruleset and the body answer 422 naming where', async () => {
    for (const bad of [LONG, 'Not An Id', '../default', 'a:b']) {
      const q = await problem(await audit(`/v1/audit?ruleset=${encodeURIComponent(bad)}`), 422)
      expect(q.errors?.[0]).toMatchObject({ in: 'query', path: 'ruleset' })
      const h = await problem(await audit('/v1/audit', { headers: { 'x-ruleset': bad } }), 422)
      expect(h.errors?.[0]).toMatchObject({ in: 'header', path: 'x-ruleset' })
      const b = await problem(
        await audit('/v1/audit', {
          body: JSON.stringify({ text: TEXT, ruleset: bad }),
          headers: { 'content-type': 'application/json' },
        }),
        422,
      )
      expect(b.errors?.[0]).toMatchObject({ in: 'json', path: 'ruleset' })
    }
    // A well-formed id that does not exist is still a 404.
    await problem(await audit('/v1/audit', { headers: { 'x-ruleset': 'no-such-set' } }), 404)
  })

  it('admin paths: an impossible id is a 404 to read, roll back or delete, and a 422 to create', async () => {
    for (const bad of [LONG, 'Upper', 'dots.in.id']) {
      const id = encodeURIComponent(bad)
      await problem(await admin('GET', `/v1/rulesets/${id}`), 404)
      await problem(await admin('GET', `/v1/rulesets/${id}/versions`), 404)
      await problem(await admin('GET', `/v1/rulesets/${id}/versions/1`), 404)
      await problem(await admin('POST', `/v1/rulesets/${id}/rollback`, { version: 1 }), 404)
      await problem(await admin('DELETE', `/v1/rulesets/${id}`), 404)
      const put = await problem(await admin('PUT', `/v1/rulesets/${id}`, { rules: [] }), 422)
      expect(put.errors?.[0]).toMatchObject({ in: 'param', path: 'id' })
    }
    await problem(await admin('GET', '/v1/rulesets/default/versions/0'), 404)
    await problem(await admin('GET', '/v1/rulesets/default/versions/99999999999999999999'), 404)
  })

  it('an id stored in KV behind the API’s back is never looked up when it cannot exist', async () => {
    const res = await admin('PUT', '/v1/rulesets/child', { extends: LONG, rules: [] })
    await problem(res, 422)
  })
})

describe('one definition', () => {
  it('the schemas that refuse these ids are the ones /openapi.json documents', async () => {
    const doc = (await (await SELF.fetch(`${base}/openapi.json`)).json()) as {
      paths: Record<
        string,
        Record<string, { parameters?: { name: string; in: string; schema: { pattern?: string } }[] }>
      >
    }
    const audit = doc.paths['/v1/audit']?.post?.parameters ?? []
    const byName = Object.fromEntries(audit.map((p) => [`${p.in}:${p.name}`, p.schema.pattern]))
    expect(byName['query:ruleset']).toBe('^[a-z0-9][a-z0-9_-]{0,63}$')
    expect(byName['header:x-ruleset']).toBe('^[a-z0-9][a-z0-9_-]{0,63}$')
    const get = doc.paths['/v1/rulesets/{id}']?.get?.parameters ?? []
    expect(get.find((p) => p.name === 'id')?.schema.pattern).toBe('^[a-z0-9][a-z0-9_-]{0,63}$')
  })
})
