// GET /v1/reports/:id: the report of a webhook delivery. 200 with the report once audited,
// 202 with Retry-After while queued, 404 when unknown (or expired after 30 days), 422 when
// the audit failed for good (the reason included). Never cached: reports carry the article.
import type { OpenAPIHono } from '@hono/zod-openapi'
import { createRoute, z } from '@hono/zod-openapi'
import { problems, ReportSchema } from '../api/schemas.ts'
import { requireToken } from '../http/auth.ts'
import { NO_STORE, noStore } from '../http/cache.ts'
import { HttpProblem } from '../http/problem.ts'
import { notFoundParams } from '../http/validation.ts'
import { getRecord } from '../queue/job.ts'

/** Seconds a client should wait before asking again about a queued report. */
export const RETRY_AFTER_SECONDS = 2

export const ReportPending = z
  .object({
    reportId: z.string(),
    status: z.literal('queued'),
    location: z.string(),
    attempts: z.number().int().optional(),
  })
  .openapi('ReportPending')

const cacheControl = { 'Cache-Control': { schema: { type: 'string' as const, example: NO_STORE } } }

export const reportRoute = createRoute({
  method: 'get',
  path: '/v1/reports/{id}',
  summary: 'Get the report of a webhook delivery',
  middleware: [noStore] as const,
  request: { params: z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: {
    200: {
      description: 'The report',
      headers: cacheControl,
      content: { 'application/json': { schema: ReportSchema } },
    },
    202: {
      description: 'Still queued; ask again after Retry-After seconds',
      headers: { 'Retry-After': { schema: { type: 'integer' } }, ...cacheControl },
      content: { 'application/json': { schema: ReportPending } },
    },
    ...problems(401, 403, 404, 422),
  },
})

export function registerReports(app: OpenAPIHono<{ Bindings: Env }>): void {
  app.use('/v1/reports/*', requireToken('AUDIT_TOKEN', true))
  app.openapi(
    reportRoute,
    async (c) => {
      const id = c.req.valid('param').id.toLowerCase()
      const record = await getRecord(c.env.REPORTS, id)
      if (!record) throw new HttpProblem(404, `No report "${id}" (reports expire after 30 days)`)
      if (record.status === 'done') return c.json(record.report, 200)
      if (record.status === 'failed')
        throw new HttpProblem(422, `The audit failed: ${record.error}`, { reportId: id, state: 'failed' })
      c.header('retry-after', String(RETRY_AFTER_SECONDS))
      return c.json(
        { reportId: id, status: 'queued' as const, location: `/v1/reports/${id}`, attempts: record.attempts },
        202,
      )
    },
    notFoundParams('report (reports are named by a UUID)'),
  )
}
