// POST /v1/audit: the article as JSON ({text} or {html}), text/plain or text/html; answers
// the report (DESIGN §3). One createRoute definition validates the query, the X-Ruleset
// header and the JSON body, and documents all three.
import type { OpenAPIHono } from '@hono/zod-openapi'
import { createRoute, z } from '@hono/zod-openapi'
import { assertHasWords, auditReport } from '../api/report.ts'
import { problems, ReportSchema, RulesetIdSchema, SourceLanguageSchema } from '../api/schemas.ts'
import { htmlToText } from '../html.ts'
import { requireToken } from '../http/auth.ts'
import { limitedBody, mediaType } from '../http/body.ts'
import { noStore } from '../http/cache.ts'
import { HttpProblem } from '../http/problem.ts'
import { getCompiled } from '../rules/store.ts'

const DEFAULT_MAX_BYTES = 1024 * 1024
export const auditLimit = (env: Env) => Number(env.AUDIT_MAX_BYTES) || DEFAULT_MAX_BYTES
const ACCEPTED = ['application/json', 'text/plain', 'text/html'] as const

export const auditRequest = z
  .object({
    text: z.string().optional(),
    html: z.string().optional(),
    title: z.string().max(1000).optional(),
    ruleset: RulesetIdSchema.optional(),
    sourceLanguage: SourceLanguageSchema.optional(),
  })
  .strict()
  .openapi('AuditRequest')

export type AuditRequest = z.infer<typeof auditRequest>

export const auditRoute = createRoute({
  method: 'post',
  path: '/v1/audit',
  summary: 'Audit an article',
  description:
    'Send the article as JSON ({"text"} or {"html"}), as text/plain or as text/html. Select a rule set with "ruleset" in the JSON body, ?ruleset= or X-Ruleset (in that order of precedence). Reports list at most 1000 findings, the most severe first; `truncated` says when some were left out and the summary counts all.',
  middleware: [requireToken('AUDIT_TOKEN', true), limitedBody(ACCEPTED, auditLimit), noStore] as const,
  request: {
    query: z.object({ ruleset: RulesetIdSchema.optional() }),
    headers: z.object({ 'x-ruleset': RulesetIdSchema.optional() }),
    body: {
      required: true,
      content: {
        'application/json': { schema: auditRequest },
        // zod validates JSON bodies only; these two are read by the handler.
        'text/plain': { schema: z.string() },
        'text/html': { schema: z.string() },
      },
    },
  },
  responses: {
    200: { description: 'The report', content: { 'application/json': { schema: ReportSchema } } },
    ...problems(400, 401, 403, 404, 413, 415, 422),
  },
})

export function registerAudit(app: OpenAPIHono<{ Bindings: Env }>): void {
  app.openapi(auditRoute, async (c) => {
    const type = mediaType(c.req.header('content-type'))
    let text: string
    let fromHtml = false
    let body: AuditRequest = {}
    if (type === 'application/json') {
      const valid = c.req.valid('json') // typed as any of the three bodies; JSON here
      if (typeof valid === 'object') body = valid
      if (body.text !== undefined && body.html !== undefined)
        throw new HttpProblem(422, 'Send either "text" or "html", not both')
      if (body.text === undefined && body.html === undefined)
        throw new HttpProblem(400, 'Body has no "text" (or "html") to audit')
      fromHtml = body.html !== undefined
      text = body.html !== undefined ? htmlToText(body.html) : (body.text as string)
    } else {
      const raw = await c.req.text()
      fromHtml = type === 'text/html'
      text = fromHtml ? htmlToText(raw) : raw
    }
    if (!text.trim()) throw new HttpProblem(400, 'The text to audit is empty')
    assertHasWords(text)
    const id =
      body.ruleset ?? c.req.valid('query').ruleset ?? c.req.valid('header')['x-ruleset'] ?? c.env.DEFAULT_RULESET
    const compiled = await getCompiled(c.env.RULES, id || 'default')
    const report = auditReport(text, compiled, { sourceLanguage: body.sourceLanguage, id: crypto.randomUUID() })
    if (fromHtml) report.text = text
    return c.json(report, 200)
  })
}
