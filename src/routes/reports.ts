// GET /v1/reports/:id: the report of a webhook delivery. 200 with the report once audited,
// 202 with Retry-After while queued, 404 when unknown (or expired after 30 days), 422 when
// the audit failed for good (the reason included).
import type { OpenAPIHono } from '@hono/zod-openapi'
import { z } from '@hono/zod-openapi'
import { problems, ReportSchema } from '../api/schemas.ts'
import { requireToken } from '../http/auth.ts'
import { HttpProblem } from '../http/problem.ts'
import { getRecord } from '../queue/job.ts'

/** Seconds a client should wait before asking again about a queued report. */
export const RETRY_AFTER_SECONDS = 2
const REPORT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export const ReportPending = z
  .object({
    reportId: z.string(),
    status: z.literal('queued'),
    location: z.string(),
    attempts: z.number().int().optional(),
  })
  .openapi('ReportPending')

export function registerReports(app: OpenAPIHono<{ Bindings: Env }>): void {
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/v1/reports/{id}',
    summary: 'Get the report of a webhook delivery',
    request: { params: z.object({ id: z.string().uuid() }) },
    responses: {
      200: { description: 'The report', content: { 'application/json': { schema: ReportSchema } } },
      202: {
        description: 'Still queued; ask again after Retry-After seconds',
        headers: { 'Retry-After': { schema: { type: 'integer' } } },
        content: { 'application/json': { schema: ReportPending } },
      },
      ...problems(401, 403, 404, 422),
    },
  })
  app.use('/v1/reports/*', requireToken('AUDIT_TOKEN', true))
  app.get('/v1/reports/:id', async (c) => {
    const id = c.req.param('id').toLowerCase()
    const record = REPORT_ID.test(id) ? await getRecord(c.env.REPORTS, id) : null
    if (!record) throw new HttpProblem(404, `No report "${c.req.param('id')}" (reports expire after 30 days)`)
    if (record.status === 'done') return c.json(record.report, 200)
    if (record.status === 'failed')
      throw new HttpProblem(422, `The audit failed: ${record.error}`, { reportId: id, state: 'failed' })
    c.header('retry-after', String(RETRY_AFTER_SECONDS))
    return c.json(
      { reportId: id, status: 'queued' as const, location: `/v1/reports/${id}`, attempts: record.attempts },
      202,
    )
  })
}
