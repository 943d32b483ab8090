// The queue consumer with real KV: ack after the report is stored (30-day TTL), signed
// callbacks, retry with backoff on transient failures, the dead-letter queue marking the
// report failed. Batches come from createMessageBatch, outcomes from getQueueResult.
import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import worker from '../../src/index.ts'
import { backoffSeconds } from '../../src/queue/consumer.ts'
import type { AuditJob, ReportRecord } from '../../src/queue/job.ts'
import { b64url, clearReports, expectProblemStatus, harness, hmac, SECRETS } from '../webhooks/helpers.ts'

const QUEUE = 'translation-auditor-audits'
const DLQ = 'translation-auditor-audits-dlq'
const TEXT = 'Biden spoke with Valdimir Putin on Thursday about Ukraine and its borders.'
const testEnv = { ...env, ...SECRETS } as unknown as Env

function job(over: Partial<AuditJob> = {}): AuditJob {
  return {
    v: 1,
    reportId: crypto.randomUUID(),
    source: 'desk',
    ruleset: 'default',
    documentId: '42',
    revision: '7',
    text: TEXT,
    fromHtml: false,
    receivedAt: new Date().toISOString(),
    ...over,
  }
}

/**
 * Runs a batch through the Worker's queue handler. getQueueResult reports which messages were
 * acked or retried but not the delay asked for, so each message's retry() is spied on too.
 */
async function run(queue: string, jobs: unknown[], attempts = 1, runEnv: Env = testEnv) {
  const batch = createMessageBatch<unknown>(
    queue,
    jobs.map((body, i) => ({ id: `msg-${i}`, timestamp: new Date(), attempts, body })),
  )
  const retries = batch.messages.map((m) => vi.spyOn(m, 'retry'))
  const ctx = createExecutionContext()
  await worker.queue(batch as MessageBatch<AuditJob>, runEnv, ctx)
  const result = await getQueueResult(batch, ctx)
  const delays = retries.flatMap((spy) => spy.mock.calls.map(([options]) => options?.delaySeconds))
  return { ...result, retried: result.retryMessages.map((m) => m.msgId), delays }
}

const record = (id: string) => env.REPORTS.get<ReportRecord>(`report:${id}`, 'json')

beforeEach(clearReports)
afterEach(() => vi.restoreAllMocks())

describe('audit queue consumer', () => {
  it('audits, stores the report for 30 days and acknowledges', async () => {
    const j = job()
    const result = await run(QUEUE, [j])
    expect(result.explicitAcks).toEqual(['msg-0'])
    expect(result.retried).toEqual([])
    const r = await record(j.reportId)
    expect(r?.status).toBe('done')
    if (r?.status !== 'done') return
    expect(r.report.id).toBe(j.reportId)
    expect(r.report.text).toBe(TEXT)
    expect(r.report.findings.map((f) => f.suggestion)).toContain('Vladimir')
    const listed = await env.REPORTS.list({ prefix: `report:${j.reportId}` })
    const expiration = listed.keys[0]?.expiration ?? 0
    expect(expiration * 1000 - Date.now()).toBeGreaterThan(29.9 * 24 * 3600 * 1000)
    expect(expiration * 1000 - Date.now()).toBeLessThanOrEqual(30 * 24 * 3600 * 1000 + 5000)

    const res = await harness().fetch(`/v1/reports/${j.reportId}`)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { id: string }).id).toBe(j.reportId)
  })

  it('reads oversize article text from KV and deletes it once audited', async () => {
    const j = job({ text: undefined, textKey: 'job:big' })
    await env.REPORTS.put('job:big', TEXT)
    expect((await run(QUEUE, [j])).explicitAcks).toEqual(['msg-0'])
    expect((await record(j.reportId))?.status).toBe('done')
    expect(await env.REPORTS.get('job:big')).toBeNull()
  })

  it('posts the report to the callback URL, signed with the generic scheme', async () => {
    const calls: Request[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      calls.push(new Request(input as RequestInfo, init))
      return new Response('ok')
    })
    const j = job({ callbackUrl: 'https://cms.example/audit-done', callbackSecret: 'WEBHOOK_SECRET_GENERIC' })
    expect((await run(QUEUE, [j])).explicitAcks).toEqual(['msg-0'])
    expect(calls).toHaveLength(1)
    const req = calls[0] as Request
    expect(req.url).toBe('https://cms.example/audit-done')
    const body = await req.text()
    const sig = req.headers.get('x-auditor-signature') ?? ''
    const m = /^t=(\d+),v1=([\w-]+)$/.exec(sig)
    expect(m).not.toBeNull()
    expect(Math.abs(Date.now() - Number(m?.[1]))).toBeLessThan(60_000)
    expect(m?.[2]).toBe(b64url(await hmac(SECRETS.WEBHOOK_SECRET_GENERIC, `${m?.[1]}.${body}`)))
    const payload = JSON.parse(body) as { event: string; reportId: string; report: { id: string } }
    expect(payload).toMatchObject({ event: 'audit.completed', reportId: j.reportId, documentId: '42' })
    expect(payload.report.id).toBe(j.reportId)
    const r = await record(j.reportId)
    expect(r?.status === 'done' && r.callback?.status).toBe('delivered')
  })

  it('retries a failing callback with backoff, without auditing again, then delivers', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('busy', { status: 503 }))
    const j = job({ callbackUrl: 'https://cms.example/audit-done', callbackSecret: 'WEBHOOK_SECRET_GENERIC' })
    const first = await run(QUEUE, [j], 3)
    expect(first.explicitAcks).toEqual([])
    expect(first.retried).toEqual(['msg-0'])
    expect(first.delays).toEqual([40])
    const after = await record(j.reportId)
    expect(after?.status).toBe('done')
    const completedAt = after?.status === 'done' ? after.completedAt : ''
    expect(after?.status === 'done' && after.callback).toMatchObject({
      status: 'pending',
      attempts: 1,
      httpStatus: 503,
    })
    // the report is already readable while the callback is retried
    expect((await harness().fetch(`/v1/reports/${j.reportId}`)).status).toBe(200)

    fetchMock.mockRejectedValueOnce(new Error('connection reset'))
    const second = await run(QUEUE, [j], 4)
    expect(second.retried).toEqual(['msg-0'])
    expect(second.delays).toEqual([80])

    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    expect((await run(QUEUE, [j], 5)).explicitAcks).toEqual(['msg-0'])
    const done = await record(j.reportId)
    expect(done?.status === 'done' && done.completedAt).toBe(completedAt)
    expect(done?.status === 'done' && done.callback).toMatchObject({ status: 'delivered', attempts: 3 })
  })

  it('gives up on a callback the receiver refuses (4xx) without retrying; the report stays', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('no', { status: 404 }))
    const j = job({ callbackUrl: 'https://cms.example/gone', callbackSecret: 'WEBHOOK_SECRET_GENERIC' })
    expect((await run(QUEUE, [j])).explicitAcks).toEqual(['msg-0'])
    const r = await record(j.reportId)
    expect(r?.status === 'done' && r.callback).toMatchObject({ status: 'failed', httpStatus: 404 })
  })

  it('records a failure no retry can fix (unknown rule set) and acknowledges', async () => {
    const j = job({ ruleset: 'no-such-ruleset' })
    const result = await run(QUEUE, [j])
    expect(result.explicitAcks).toEqual(['msg-0'])
    const r = await record(j.reportId)
    expect(r?.status).toBe('failed')
    const res = await harness().fetch(`/v1/reports/${j.reportId}`)
    expect((await expectProblemStatus(res, 422)).detail).toContain('no-such-ruleset')
  })

  it('retries transient failures (KV unavailable) with exponential backoff', async () => {
    const j = job()
    const broken = {
      ...testEnv,
      REPORTS: {
        get: async () => {
          throw new Error('KV GET failed: 503')
        },
        put: async () => {
          throw new Error('KV PUT failed: 503')
        },
      },
    } as unknown as Env
    const result = await run(QUEUE, [j], 2, broken)
    expect(result.explicitAcks).toEqual([])
    expect(result.retried).toEqual(['msg-0'])
    expect(result.delays).toEqual([20])
    expect([1, 2, 3, 4, 5, 6, 10].map(backoffSeconds)).toEqual([10, 20, 40, 80, 160, 320, 600])
  })

  it('marks the report failed when the job reaches the dead-letter queue', async () => {
    const j = job()
    await env.REPORTS.put(
      `report:${j.reportId}`,
      JSON.stringify({ ...j, status: 'queued', attempts: 6, lastError: 'KV GET failed: 503' }),
    )
    const result = await run(DLQ, [j])
    expect(result.explicitAcks).toEqual(['msg-0'])
    const r = await record(j.reportId)
    expect(r?.status).toBe('failed')
    expect(r?.status === 'failed' && r.error).toMatch(/Gave up after 6 attempts: KV GET failed/)
    const res = await harness().fetch(`/v1/reports/${j.reportId}`)
    await expectProblemStatus(res, 422)
  })

  it('acknowledges (and logs) a message that is not an audit job', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const result = await run(QUEUE, [{ hello: 'world' }])
    expect(result.explicitAcks).toEqual(['msg-0'])
    expect(error).toHaveBeenCalled()
  })
})

describe('GET /v1/reports/:id', () => {
  it('answers 202 with Retry-After while queued, 404 when unknown', async () => {
    const h = harness()
    const id = crypto.randomUUID()
    await env.REPORTS.put(
      `report:${id}`,
      JSON.stringify({ reportId: id, source: 'x', status: 'queued', receivedAt: new Date().toISOString() }),
    )
    const queued = await h.fetch(`/v1/reports/${id}`)
    expect(queued.status).toBe(202)
    expect(queued.headers.get('retry-after')).toBe('2')
    expect(await queued.json()).toMatchObject({ reportId: id, status: 'queued', location: `/v1/reports/${id}` })
    await expectProblemStatus(await h.fetch(`/v1/reports/${crypto.randomUUID()}`), 404)
    await expectProblemStatus(await h.fetch('/v1/reports/not-an-id'), 404)
  })
})
