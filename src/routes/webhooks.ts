// POST /v1/webhooks/:source: a CMS delivery. Read the raw body (with a byte limit), verify
// the sender's signature over exactly those bytes, then parse, extract the article, dedupe
// (the same document revision or delivery maps to the same report), enqueue on AUDIT_QUEUE
// and answer 202 with the report's location, well within Ghost's two-second timeout.
import type { OpenAPIHono } from '@hono/zod-openapi'
import { z } from '@hono/zod-openapi'
import { problems } from '../api/schemas.ts'
import { htmlToText } from '../html.ts'
import { decodeUtf8, readBodyLimited } from '../http/body.ts'
import { HttpProblem } from '../http/problem.ts'
import {
  type AuditJob,
  getRecord,
  JOB_TTL_SECONDS,
  jobKey,
  MAX_INLINE_JOB_BYTES,
  putRecord,
  SEEN_TTL_SECONDS,
  seenKey,
} from '../queue/job.ts'
import { ADAPTER_REGISTRY } from '../webhooks/adapters/index.ts'
import { toHex, utf8 } from '../webhooks/sign.ts'
import { loadSource, SOURCE_ID, SourceInvalid, secretValue } from '../webhooks/source.ts'
import { type Article, type Delivery, PayloadError } from '../webhooks/types.ts'
import { SignatureError } from '../webhooks/verify.ts'
import { registerReports } from './reports.ts'

const DEFAULT_MAX_BYTES = 1024 * 1024

export const WebhookAccepted = z
  .object({
    reportId: z.string().openapi({ example: '9b1f0c4e-3c57-4a4c-9f43-1d3c2a7e5b10' }),
    status: z.enum(['queued', 'done']),
    location: z.string().openapi({ example: '/v1/reports/9b1f0c4e-3c57-4a4c-9f43-1d3c2a7e5b10' }),
    duplicate: z
      .boolean()
      .optional()
      .openapi({ description: 'A repeated delivery of a document revision already seen' }),
  })
  .openapi('WebhookAccepted')

export const WebhookIgnored = z.object({ status: z.literal('ignored'), reason: z.string() }).openapi('WebhookIgnored')

/** The text audited: the title as its own paragraph, then the body as an editor sees it. */
export function articleText(a: Article): { text: string; fromHtml: boolean } {
  const body = a.html !== undefined ? htmlToText(a.html) : (a.text ?? '').replace(/\r\n?/g, '\n').trim()
  const title = a.title?.replace(/\s+/g, ' ').trim()
  return { text: title && body ? `${title}\n\n${body}` : body || (title ?? ''), fromHtml: a.html !== undefined }
}

async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? utf8(data) : (data as Uint8Array<ArrayBuffer>)
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)))
}

/** Same document revision, else same delivery, else same bytes. */
function dedupeIdentity(a: Article, body: Uint8Array): string | Uint8Array {
  if (a.documentId && a.revision) return `doc\n${a.documentId}\n${a.revision}`
  if (a.deliveryId) return `delivery\n${a.deliveryId}`
  return body
}

export function registerWebhooks(app: OpenAPIHono<{ Bindings: Env }>): void {
  registerReports(app)
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/v1/webhooks/{source}',
    summary: 'Receive a signed CMS webhook',
    description:
      'The source id names a `source:{id}` configuration (adapter, secret, rule set, callback URL). The body is verified against the adapter’s signature scheme (Ghost, WP Webhooks, Contentful, Sanity, Strapi shared secret, or the generic `x-auditor-signature: t=<ms>,v1=<base64url HMAC-SHA256 of "t.body">`); signatures older than 5 minutes are refused. The audit runs on a queue: poll the location, or receive the report at the source’s callback URL.',
    request: {
      params: z.object({ source: z.string().regex(SOURCE_ID).openapi({ example: 'ghost-newsroom' }) }),
      body: { required: true, content: { 'application/json': { schema: z.unknown() } } },
    },
    responses: {
      202: {
        description: 'Queued (or already seen: the same report id)',
        content: { 'application/json': { schema: WebhookAccepted } },
      },
      200: {
        description: 'Verified but nothing to audit (a deletion, an empty post)',
        content: { 'application/json': { schema: WebhookIgnored } },
      },
      ...problems(400, 401, 404, 413, 422, 500),
    },
  })

  app.post('/v1/webhooks/:source', async (c) => {
    const id = c.req.param('source')
    if (!SOURCE_ID.test(id)) throw new HttpProblem(404, `No webhook source "${id}"`)
    let source: Awaited<ReturnType<typeof loadSource>>
    try {
      source = await loadSource(c.env.RULES, id)
    } catch (e) {
      if (e instanceof SourceInvalid) throw new HttpProblem(500, e.message, { problems: e.problems })
      throw e
    }
    if (!source) throw new HttpProblem(404, `No webhook source "${id}"`)
    const secret = secretValue(c.env, source.secret)
    if (!secret) throw new HttpProblem(500, `Webhook source "${id}" has no secret: set ${source.secret}`)

    const limit = Number(c.env.AUDIT_MAX_BYTES) || DEFAULT_MAX_BYTES
    const body = await readBodyLimited(c.req.raw, limit)
    const delivery: Delivery = {
      method: c.req.method,
      url: new URL(c.req.url),
      headers: c.req.raw.headers,
      body,
      text: decodeUtf8(body),
      secret,
      now: Date.now(),
      source,
    }
    const adapter = ADAPTER_REGISTRY[source.adapter]
    try {
      await adapter.verify(delivery)
    } catch (e) {
      if (e instanceof SignatureError) throw new HttpProblem(401, e.message, { source: id, adapter: adapter.name })
      throw e
    }

    let payload: unknown
    try {
      payload = JSON.parse(delivery.text)
    } catch (e) {
      throw new HttpProblem(400, `Body is not valid JSON: ${e instanceof Error ? e.message : String(e)}`)
    }
    let extracted: ReturnType<typeof adapter.extract>
    try {
      extracted = adapter.extract(payload, delivery)
    } catch (e) {
      if (e instanceof PayloadError) throw new HttpProblem(422, e.message)
      throw e
    }
    if ('ignored' in extracted) return c.json({ status: 'ignored' as const, reason: extracted.ignored }, 200)
    const article = extracted.article
    const { text, fromHtml } = articleText(article)
    if (!text.trim()) return c.json({ status: 'ignored' as const, reason: 'No text to audit' }, 200)

    const reports = c.env.REPORTS
    const seen = seenKey(id, await sha256Hex(dedupeIdentity(article, body)))
    const previous = await reports.get<{ reportId: string }>(seen, 'json')
    if (previous) {
      const record = await getRecord(reports, previous.reportId)
      if (record && record.status !== 'failed') {
        const location = `/v1/reports/${previous.reportId}`
        c.header('location', location)
        return c.json({ reportId: previous.reportId, status: record.status, location, duplicate: true }, 202)
      }
      // A failed or expired report: this delivery is a chance to try again, under the same id.
    }

    const reportId = previous?.reportId ?? crypto.randomUUID()
    const job: AuditJob = {
      v: 1,
      reportId,
      source: id,
      ruleset: article.ruleset ?? source.ruleset ?? c.env.DEFAULT_RULESET ?? 'default',
      documentId: article.documentId,
      revision: article.revision,
      title: article.title?.slice(0, 300),
      text,
      fromHtml,
      sourceLanguage: article.sourceLanguage ?? source.sourceLanguage,
      callbackUrl: source.callbackUrl,
      callbackSecret: source.callbackUrl ? (source.callbackSecret ?? source.secret) : undefined,
      receivedAt: new Date(delivery.now).toISOString(),
    }
    if (utf8(JSON.stringify(job)).byteLength > MAX_INLINE_JOB_BYTES) {
      await reports.put(jobKey(reportId), text, { expirationTtl: JOB_TTL_SECONDS })
      job.text = undefined
      job.textKey = jobKey(reportId)
    }
    await putRecord(reports, {
      status: 'queued',
      reportId,
      source: id,
      documentId: job.documentId,
      revision: job.revision,
      title: job.title,
      receivedAt: job.receivedAt,
    })
    await c.env.AUDIT_QUEUE.send(job, { contentType: 'json' })
    // Written last: a delivery that failed before this point is not remembered, so the CMS's retry goes through.
    await reports.put(seen, JSON.stringify({ reportId }), { expirationTtl: SEEN_TTL_SECONDS })

    const location = `/v1/reports/${reportId}`
    c.header('location', location)
    return c.json({ reportId, status: 'queued' as const, location }, 202)
  })
}
