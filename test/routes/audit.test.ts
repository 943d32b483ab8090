import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import article from '../../seeds/articles/es-biden-deescalate.txt'

const post = (body: BodyInit, type: string | null, extra: Record<string, string> = {}) =>
  SELF.fetch('http://auditor.test/v1/audit', {
    method: 'POST',
    body,
    headers: { ...(type ? { 'content-type': type } : {}), ...extra },
  })

async function expectProblem(res: Response, status: number) {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  const body = (await res.json()) as { status: number; title: string; detail?: string }
  expect(body.status).toBe(status)
  expect(body.title).toBeTruthy()
  return body
}

describe('POST /v1/audit', () => {
  it('audits plain text with findings located in the text as sent', async () => {
    const res = await post(article, 'text/plain; charset=utf-8')
    expect(res.status).toBe(200)
    const report = (await res.json()) as {
      score: number
      verdict: string
      ruleset: { id: string; version: number }
      findings: { start: number; end: number; excerpt: string; category: string }[]
    }
    expect(report.ruleset.id).toBe('default')
    expect(report.score).toBeGreaterThanOrEqual(0)
    expect(report.score).toBeLessThan(90)
    for (const f of report.findings) expect(article.slice(f.start, f.end)).toBe(f.excerpt)
    const at = (needle: string, category: string) =>
      report.findings.some(
        (f) => f.category === category && f.start <= article.indexOf(needle) && article.indexOf(needle) < f.end,
      )
    expect(at('Blinkin', 'name-misspelling')).toBe(true)
    expect(at('ThursdayThe', 'garbled')).toBe(true)
    expect(at('How is Alex, the robot', 'boilerplate')).toBe(true)
    expect(at('Leave a Reply', 'boilerplate')).toBe(true)
  })

  it('accepts JSON {text} and names the rule set and version', async () => {
    const res = await post(
      JSON.stringify({ text: 'Biden spoke with Valdimir Putin on Thursday about Ukraine and its borders.' }),
      'application/json',
    )
    expect(res.status).toBe(200)
    const report = (await res.json()) as { findings: { excerpt: string; suggestion?: string }[]; notes: string[] }
    expect(report.findings.map((f) => f.suggestion)).toContain('Vladimir')
    expect(report.notes.join(' ')).toMatch(/Short text/)
  })

  it('audits HTML and returns the extracted text the offsets point into', async () => {
    const html =
      '<article><h1>Talks</h1><script>var x = "ThursdayThe"</script><p>The call is scheduled for ThursdayThe official said.</p></article>'
    const res = await post(html, 'text/html')
    expect(res.status).toBe(200)
    const report = (await res.json()) as { text: string; findings: { start: number; end: number; excerpt: string }[] }
    expect(report.text).not.toContain('<')
    expect(report.text).not.toContain('var x')
    const f = report.findings.find((x) => x.excerpt === 'ThursdayThe')
    expect(f).toBeDefined()
    expect(report.text.slice(f?.start, f?.end)).toBe('ThursdayThe')
  })

  it('answers 400 for malformed JSON', async () => {
    await expectProblem(await post('{', 'application/json'), 400)
  })

  it('answers 400 when there is no text', async () => {
    await expectProblem(await post('{}', 'application/json'), 400)
    await expectProblem(await post('   ', 'text/plain'), 400)
    await expectProblem(await post('[1,2]', 'application/json'), 400)
  })

  it('answers 422 for a body that breaks the schema', async () => {
    const body = await expectProblem(await post(JSON.stringify({ text: 42 }), 'application/json'), 422)
    expect(JSON.stringify(body)).toContain('text')
    await expectProblem(await post(JSON.stringify({ text: 'a', html: '<p>a</p>' }), 'application/json'), 422)
    await expectProblem(await post(JSON.stringify({ text: 'a', surprise: true }), 'application/json'), 422)
  })

  it('answers 415 for an unsupported content type', async () => {
    await expectProblem(await post(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'image/png'), 415)
    await expectProblem(await post(new TextEncoder().encode('text'), null), 415)
  })

  it('answers 413 for a body over the limit, declared or streamed', async () => {
    const big = 'a'.repeat(2 * 1024 * 1024)
    await expectProblem(await post(big, 'text/plain'), 413)
    // A stream with no content-length is cut off while it is read.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const chunk = new TextEncoder().encode('b'.repeat(64 * 1024))
        for (let i = 0; i < 40; i++) controller.enqueue(chunk)
        controller.close()
      },
    })
    await expectProblem(await post(stream, 'text/plain'), 413)
  })

  it('answers 400 for bytes that are not UTF-8', async () => {
    await expectProblem(await post(new Uint8Array([0xff, 0xfe, 0xfd]), 'text/plain'), 400)
  })

  it('answers 404 problem+json for an unknown rule set', async () => {
    const body = await expectProblem(
      await post(JSON.stringify({ text: 'Hello there.', ruleset: 'nope' }), 'application/json'),
      404,
    )
    expect(body.detail).toContain('nope')
  })
})

describe('other routes', () => {
  it('GET /healthz', async () => {
    const res = await SELF.fetch('http://auditor.test/healthz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok' })
  })

  it('unknown routes are problem+json 404', async () => {
    await expectProblem(await SELF.fetch('http://auditor.test/nowhere'), 404)
  })
})
