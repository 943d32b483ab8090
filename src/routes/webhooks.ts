// POST /v1/webhooks/:source: a CMS delivery. Read the raw body (with a byte limit), verify
// the sender's signature over exactly those bytes, then parse, extract the article, dedupe
// (the same document revision or delivery maps to the same report), enqueue on AUDIT_QUEUE
// and answer 202 with the report's location, well within Ghost's two-second timeout.
//
// Until a delivery is verified the caller learns nothing (issue 11.6): an unknown source, a
// misconfigured one, a missing secret, a missing or wrong signature, even a malformed
// source id, all get the same 401; what really happened goes to the log.
import type { OpenAPIHono } from '@hono/zod-openapi'
import { createRoute, z } from '@hono/zod-openapi'
import { hasWords } from '../api/report.ts'
import { problems } from '../api/schemas.ts'
import { htmlToText } from '../html.ts'
import { readBodyLimited } from '../http/body.ts'
import { HttpProblem } from '../http/problem.ts'
import { problemHook } from '../http/validation.ts'
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
import { SignatureError, verifyHmac } from '../webhooks/verify.ts'
import { registerReports } from './reports.ts'

const DEFAULT_MAX_BYTES = 1024 * 1024

/** The one answer for every delivery that is not verified, whatever the reason. */
export const UNVERIFIED_DETAIL = 'The delivery is not signed with the secret of a configured webhook source'

function unverified(source: string, reason: string): never {
  console.warn(`webhook ${source.slice(0, 80)}: refused (401): ${reason}`)
  throw new HttpProblem(401, UNVERIFIED_DETAIL)
}

/** Unknown sources cost an HMAC too, so timing does not tell them apart (the result is discarded). */
const DECOY_SECRET = 'decoy: never a source secret'

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

export const webhookRoute = createRoute({
  method: 'post',
  path: '/v1/webhooks/{source}',
  summary: 'Receive a signed CMS webhook',
  description:
    'The source id names a `source:{id}` configuration (adapter, secret, rule set, callback URL). The body is verified against the adapter’s signature scheme (Ghost, WP Webhooks, Contentful, Sanity, Strapi shared secret, or the generic `x-auditor-signature: t=<ms>,v1=<base64url HMAC-SHA256 of "t.body">`); signatures older than 5 minutes are refused. Until a delivery verifies, every failure (unknown or misconfigured source, missing or wrong signature) is the same 401. The audit runs on a queue: poll the location, or receive the report at the source’s callback URL.',
  request: {
    params: z.object({
      source: z
        .string()
        .regex(SOURCE_ID)
        .openapi({ param: { name: 'source', in: 'path' }, example: 'ghost-newsroom' }),
    }),
    // Documented, not validated by the framework: the raw bytes are verified before anything parses them.
    body: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
  },
  responses: {
    202: {
      description: 'Queued (or already seen: the same report id)',
      content: { 'application/json': { schema: WebhookAccepted } },
    },
    200: {
      description: 'Verified but nothing to audit (a deletion, an empty post, no words)',
      content: { 'application/json': { schema: WebhookIgnored } },
    },
    ...problems(400, 401, 413, 422),
  },
})

export function registerWebhooks(app: OpenAPIHono<{ Bindings: Env }>): void {
  registerReports(app)
  app.openapi(
    webhookRoute,
    async (c) => {
      const id = c.req.valid('param').source
      // Read before anything about the source is known, so the size limit answers alike too.
      const limit = Number(c.env.AUDIT_MAX_BYTES) || DEFAULT_MAX_BYTES
      const body = await readBodyLimited(c.req.raw, limit)
      let text: string
      let utf8Valid = true
      try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body)
      } catch {
        text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(body)
        utf8Valid = false
      }

      let source: Awaited<ReturnType<typeof loadSource>> = null
      let refusal = ''
      try {
        source = await loadSource(c.env.RULES, id)
        if (!source) refusal = 'no such source'
      } catch (e) {
        if (!(e instanceof SourceInvalid)) throw e
        refusal = `${e.message}: ${JSON.stringify(e.problems)}`
      }
      const secret = source ? secretValue(c.env, source.secret) : null
      if (source && !secret) refusal = `its secret ${source.secret} is not set`
      if (!source || !secret) {
        await verifyHmac(DECOY_SECRET, body, new Uint8Array(32))
        unverified(id, refusal)
      }

      const delivery: Delivery = {
        method: c.req.method,
        url: new URL(c.req.url),
        headers: c.req.raw.headers,
        body,
        text,
        secret,
        now: Date.now(),
        source,
      }
      const adapter = ADAPTER_REGISTRY[source.adapter]
      try {
        await adapter.verify(delivery)
      } catch (e) {
        if (e instanceof SignatureError) unverified(id, `${adapter.name}: ${e.message}`)
        throw e
      }

      // Verified: from here on the sender is told what is wrong with its delivery.
      if (!utf8Valid) throw new HttpProblem(400, 'Body is not valid UTF-8')
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
      const { text: audited, fromHtml } = articleText(article)
      if (!audited.trim()) return c.json({ status: 'ignored' as const, reason: 'No text to audit' }, 200)
      if (!hasWords(audited)) return c.json({ status: 'ignored' as const, reason: 'The text has no words' }, 200)

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
        text: audited,
        fromHtml,
        sourceLanguage: article.sourceLanguage ?? source.sourceLanguage,
        callbackUrl: source.callbackUrl,
        callbackSecret: source.callbackUrl ? (source.callbackSecret ?? source.secret) : undefined,
        receivedAt: new Date(delivery.now).toISOString(),
      }
      if (utf8(JSON.stringify(job)).byteLength > MAX_INLINE_JOB_BYTES) {
        await reports.put(jobKey(reportId), audited, { expirationTtl: JOB_TTL_SECONDS })
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
    },
    // A source id that cannot exist is answered like any other unverified delivery.
    problemHook({ param: () => unverified('(malformed id)', 'the source id is not a valid id') }),
  )
}
