// Bounded answers (issue 11.5): a report lists at most MAX_FINDINGS findings (the most
// severe), says so with `truncated: true` and keeps complete counts; a text with no words
// is a 422 instead of a perfect score.
import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { MAX_FINDINGS } from '../../src/api/report.ts'

const post = (body: string, type = 'text/plain') =>
  SELF.fetch('http://auditor.test/v1/audit', { method: 'POST', body, headers: { 'content-type': type } })

interface Report {
  findings: { severity: string; start: number }[]
  summary: { byCategory: Record<string, number>; bySeverity: Record<string, number> }
  truncated?: boolean
  notes: string[]
  score: number
}

describe('findings per report are capped', () => {
  it('1 MB of one repeated line: the most severe findings, in text order, with full counts', async () => {
    const line = 'ThursdayThe\n'
    const res = await post(line.repeat(Math.floor(1_000_000 / line.length)))
    expect(res.status).toBe(200)
    const bytes = (await res.clone().arrayBuffer()).byteLength
    const r = (await res.json()) as Report
    const total = Object.values(r.summary.byCategory).reduce((a, b) => a + b, 0)
    expect(total).toBeGreaterThan(10 * MAX_FINDINGS)
    expect(Object.values(r.summary.bySeverity).reduce((a, b) => a + b, 0)).toBe(total)
    expect(r.findings).toHaveLength(MAX_FINDINGS)
    expect(r.truncated).toBe(true)
    expect(r.notes.join(' ')).toContain(`${MAX_FINDINGS} most severe of ${total}`)
    const starts = r.findings.map((f) => f.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect(bytes).toBeLessThan(1_500_000)
  })

  it('keeps the most severe findings when it cuts', async () => {
    // Many minor findings first, one major one at the end.
    const text = `${'ThursdayThe\n'.repeat(1500)}Biden spoke with Valdimir Putin on Thursday about Ukraine.\n`
    const r = (await (await post(text)).json()) as Report
    expect(r.truncated).toBe(true)
    expect(r.findings.some((f) => f.severity === 'major')).toBe(true)
  })

  it('a report under the cap has no truncated flag', async () => {
    const r = (await (await post('Biden spoke with Valdimir Putin on Thursday.')).json()) as Report
    expect(r.truncated).toBeUndefined()
  })
})

describe('a text with no words', () => {
  it.each([
    ['<<<<', 'text/plain'],
    ['— … !!! ??? ¿¡ «» ###', 'text/plain'],
    ['<p>&lt;&lt;&lt;&lt;</p>', 'text/html'],
    [JSON.stringify({ text: '<<<< >>>>' }), 'application/json'],
    [JSON.stringify({ html: '<p>***</p><script>words in a script</script>' }), 'application/json'],
  ])('%s (%s) is a 422', async (body, type) => {
    const res = await post(body, type)
    expect(res.status).toBe(422)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(((await res.json()) as { detail: string }).detail).toMatch(/no words/)
  })

  it('one word or one number is audited', async () => {
    expect((await post('Hello')).status).toBe(200)
    expect((await post('2024')).status).toBe(200)
  })
})
