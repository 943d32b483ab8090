// POST /v1/audit: the article as JSON ({text} or {html}), text/plain or text/html; answers
// the report (DESIGN §3).
import type { OpenAPIHono } from '@hono/zod-openapi'
import { z } from '@hono/zod-openapi'
import { problems, ReportSchema, RulesetIdSchema, SourceLanguageSchema } from '../api/schemas.ts'
import { audit } from '../engine/audit.ts'
import { htmlToText } from '../html.ts'
import { requireToken } from '../http/auth.ts'
import { decodeUtf8, readBodyLimited } from '../http/body.ts'
import { HttpProblem } from '../http/problem.ts'
import { getCompiled } from '../rules/store.ts'

const DEFAULT_MAX_BYTES = 1024 * 1024

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

interface Input {
  text: string
  fromHtml: boolean
  ruleset?: string
  sourceLanguage?: string
}

async function readInput(req: Request, limit: number): Promise<Input> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (!['application/json', 'text/plain', 'text/html'].includes(type))
    throw new HttpProblem(415, `Content-Type "${type || '(none)'}" is not supported`, {
      accepted: ['application/json', 'text/plain', 'text/html'],
    })
  const body = decodeUtf8(await readBodyLimited(req, limit))
  if (type === 'text/plain') return { text: body, fromHtml: false }
  if (type === 'text/html') return { text: htmlToText(body), fromHtml: true }
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch (e) {
    throw new HttpProblem(400, `Body is not valid JSON: ${e instanceof Error ? e.message : String(e)}`)
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new HttpProblem(400, 'Body must be a JSON object such as {"text": "…"}')
  const parsed = auditRequest.safeParse(json)
  if (!parsed.success)
    throw new HttpProblem(422, 'Body does not match the audit request schema', {
      errors: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    })
  const { text, html, ruleset, sourceLanguage } = parsed.data
  if (text !== undefined && html !== undefined) throw new HttpProblem(422, 'Send either "text" or "html", not both')
  if (text === undefined && html === undefined) throw new HttpProblem(400, 'Body has no "text" (or "html") to audit')
  return html !== undefined
    ? { text: htmlToText(html), fromHtml: true, ruleset, sourceLanguage }
    : { text: text as string, fromHtml: false, ruleset, sourceLanguage }
}

/**
 * The body is read by hand (streamed with a byte limit, three content types), so the route
 * is documented in the registry and handled without the automatic JSON validator.
 */
export function registerAudit(app: OpenAPIHono<{ Bindings: Env }>): void {
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/v1/audit',
    summary: 'Audit an article',
    description:
      'Send the article as JSON ({"text"} or {"html"}), as text/plain or as text/html. Select a rule set with "ruleset" in the JSON body, ?ruleset= or X-Ruleset.',
    request: {
      query: z.object({ ruleset: z.string().optional() }),
      body: {
        required: true,
        content: {
          'application/json': { schema: auditRequest },
          'text/plain': { schema: z.string() },
          'text/html': { schema: z.string() },
        },
      },
    },
    responses: {
      200: { description: 'The report', content: { 'application/json': { schema: ReportSchema } } },
      ...problems(400, 404, 413, 415, 422, 500),
    },
  })
  app.use('/v1/audit', requireToken('AUDIT_TOKEN', true))
  app.post('/v1/audit', async (c) => {
    const limit = Number(c.env.AUDIT_MAX_BYTES) || DEFAULT_MAX_BYTES
    const input = await readInput(c.req.raw, limit)
    if (!input.text.trim()) throw new HttpProblem(400, 'The text to audit is empty')
    const id =
      input.ruleset ?? c.req.query('ruleset') ?? c.req.header('x-ruleset') ?? c.env.DEFAULT_RULESET ?? 'default'
    const compiled = await getCompiled(c.env.RULES, id)
    const report = audit(input.text, compiled, { sourceLanguage: input.sourceLanguage, id: crypto.randomUUID() })
    if (input.fromHtml) report.text = input.text
    return c.json(report)
  })
}
