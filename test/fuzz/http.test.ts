// HTTP fuzz (issue 7): whatever a CMS or a scraper sends to POST /v1/audit, the answer is a
// 200 report or a 4xx application/problem+json, never a 5xx.
import { env, SELF } from 'cloudflare:test'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

const URL = 'http://auditor.test/v1/audit'
const LIMIT = Number((env as { AUDIT_MAX_BYTES?: string }).AUDIT_MAX_BYTES) || 1024 * 1024

interface Sent {
  body?: BodyInit
  headers?: Record<string, string>
}

async function send({ body, headers = {} }: Sent): Promise<Response> {
  return SELF.fetch(URL, { method: 'POST', body, headers })
}

/** Never a 5xx; every error is problem+json with a matching status; a 200 is a report. */
async function expectSane(res: Response, what: string): Promise<number> {
  const type = res.headers.get('content-type') ?? ''
  const text = await res.text()
  expect(res.status, `${what}: ${text.slice(0, 300)}`).toBeLessThan(500)
  if (res.status >= 400) {
    expect(type, what).toMatch(/^application\/problem\+json/)
    const problem = JSON.parse(text) as { status: number; title: string }
    expect(problem.status, what).toBe(res.status)
    expect(typeof problem.title, what).toBe('string')
  } else {
    expect(res.status, what).toBe(200)
    const report = JSON.parse(text) as { findings: unknown[]; score: number }
    expect(Array.isArray(report.findings), what).toBe(true)
    expect(typeof report.score, what).toBe('number')
  }
  return res.status
}

async function expect4xx(sent: Sent, what: string): Promise<number> {
  const status = await expectSane(await send(sent), what)
  expect(status, what).toBeGreaterThanOrEqual(400)
  return status
}

const json = { 'content-type': 'application/json' }
const jsonValue = fc.jsonValue({ maxDepth: 4 })

describe('POST /v1/audit fuzz', () => {
  it('malformed JSON: 400 problem+json', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (s) => {
        let valid = true
        try {
          JSON.parse(s)
        } catch {
          valid = false
        }
        fc.pre(!valid)
        expect(await expect4xx({ body: s, headers: json }, `body ${JSON.stringify(s)}`)).toBe(400)
      }),
      { numRuns: 60 },
    )
  })

  it('any JSON value that is not a valid request: 4xx problem+json', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          jsonValue,
          // Right keys, wrong types.
          fc.record(
            { text: jsonValue, html: jsonValue, ruleset: jsonValue, sourceLanguage: jsonValue, title: jsonValue },
            { requiredKeys: [] },
          ),
          fc.dictionary(fc.string({ maxLength: 8 }), jsonValue, { maxKeys: 5 }),
        ),
        async (v) => {
          const body = JSON.stringify(v)
          const r = v as Record<string, unknown> | null
          const validRequest =
            r !== null &&
            typeof r === 'object' &&
            !Array.isArray(r) &&
            Object.keys(r).every((k) => k === 'text') &&
            typeof r.text === 'string' &&
            r.text.trim() !== ''
          fc.pre(!validRequest)
          await expect4xx({ body, headers: json }, `body ${body.slice(0, 200)}`)
        },
      ),
      { numRuns: 80 },
    )
  })

  it('deeply nested JSON: 4xx problem+json', async () => {
    for (const depth of [100, 10_000, 100_000]) {
      await expect4xx({ body: `${'['.repeat(depth)}${']'.repeat(depth)}`, headers: json }, `array depth ${depth}`)
      await expect4xx(
        { body: `{"text":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`, headers: json },
        `object depth ${depth}`,
      )
      await expect4xx({ body: '['.repeat(depth), headers: json }, `unclosed depth ${depth}`)
    }
  })

  it('missing or lying content-type: never a 5xx', async () => {
    const bodies = [
      JSON.stringify({ text: 'Valdimir Putin spoke.' }),
      'Valdimir Putin spoke.',
      '<p>Hi</p>',
      '',
      '\u0000',
    ]
    const types = [
      null,
      '',
      'application/json',
      'application/json; charset=utf-16',
      'text/plain',
      'text/html',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'image/png',
      'application/octet-stream',
      ';;;',
      'text/plain; charset=latin1',
      'APPLICATION/JSON',
    ]
    for (const body of bodies)
      for (const type of types) {
        // A string body gets text/plain from fetch itself; bytes travel with no content-type at all.
        const res =
          type === null
            ? await send({ body: new TextEncoder().encode(body) })
            : await send({ body, headers: { 'content-type': type } })
        const status = await expectSane(res, `${type} ${JSON.stringify(body)}`)
        const known = /^(application\/json|text\/plain|text\/html)\b/i.test(type ?? '')
        if (!known) expect(status, `${type}`).toBe(415)
      }
  })

  it('invalid UTF-8: 400 problem+json', async () => {
    const bytes = new Uint8Array([0x54, 0x68, 0x65, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0x20, 0x65, 0x6e, 0x64])
    expect(await expect4xx({ body: bytes, headers: { 'content-type': 'text/plain' } }, 'bad utf-8')).toBe(400)
  })

  it('lying content-length: never a 5xx', async () => {
    const body = JSON.stringify({ text: 'The minister spoke on Thursday.' })
    for (const cl of [String(LIMIT + 1), '99999999999', '-1', 'abc', '0', '1', String(body.length + 100)]) {
      let res: Response
      try {
        res = await send({ body, headers: { ...json, 'content-length': cl } })
      } catch {
        continue // the runtime refused to send a body that contradicts its length: nothing reached the Worker
      }
      const status = await expectSane(res, `content-length ${cl}`)
      if (Number(cl) > LIMIT) expect(status).toBe(413)
    }
  })

  it('bodies just under the limit: 200; just over: 413', async () => {
    const filler = 'The minister said the talks in Geneva went well. '
    const textOf = (bytes: number) => filler.repeat(Math.ceil(bytes / filler.length)).slice(0, bytes)
    // text/plain at exactly the limit and one byte over.
    expect(
      await expectSane(
        await send({ body: textOf(LIMIT), headers: { 'content-type': 'text/plain' } }),
        'plain at limit',
      ),
    ).toBe(200)
    expect(await expect4xx({ body: textOf(LIMIT + 1), headers: { 'content-type': 'text/plain' } }, 'plain over')).toBe(
      413,
    )
    // JSON just under and just over.
    const wrap = (n: number) => JSON.stringify({ text: textOf(n) })
    const overhead = wrap(0).length
    expect(await expectSane(await send({ body: wrap(LIMIT - overhead - 10), headers: json }), 'json under')).toBe(200)
    expect(await expect4xx({ body: wrap(LIMIT - overhead + 1), headers: json }, 'json over')).toBe(413)
    // A streamed body with no content-length is cut off as it crosses the limit.
    const chunk = new TextEncoder().encode(textOf(64 * 1024))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent > LIMIT) return c.close()
        sent += chunk.byteLength
        c.enqueue(chunk)
      },
    })
    expect(await expect4xx({ body: stream, headers: { 'content-type': 'text/plain' } }, 'streamed over')).toBe(413)
  })
})
