// The app: every route (documented in one OpenAPI registry), GET /openapi.json, and one
// error handler that turns every failure into problem+json.
import { OpenAPIHono, z } from '@hono/zod-openapi'
import { HttpProblem, problemResponse } from './http/problem.ts'
import { registerAudit } from './routes/audit.ts'
import { registerDocs } from './routes/docs.ts'
import { registerRulesets } from './routes/rulesets.ts'
import { registerUi } from './routes/ui.ts'
import { registerWebhooks } from './routes/webhooks.ts'
import { RulesetInvalid, RulesetNotFound } from './rules/store.ts'

export type App = OpenAPIHono<{ Bindings: Env }>

export const app: App = new OpenAPIHono<{ Bindings: Env }>({
  // Schema failures of documented routes become 422 problem+json like every other error.
  defaultHook: (result) => {
    if (!result.success)
      throw new HttpProblem(422, 'Request does not match the schema', {
        errors: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      })
  },
})

app.openAPIRegistry.registerPath({
  method: 'get',
  path: '/healthz',
  summary: 'Liveness check',
  responses: {
    200: {
      description: 'The Worker is up',
      content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } },
    },
  },
})
app.get('/healthz', (c) => c.json({ status: 'ok' as const }))
registerAudit(app)
registerRulesets(app)
registerWebhooks(app)
registerUi(app)
registerDocs(app)

app.doc31('/openapi.json', {
  openapi: '3.1.0',
  info: {
    title: 'translation-auditor',
    version: '1.0.0',
    description: 'Audits machine-translated English news articles and returns scored, located findings.',
  },
})

app.notFound((c) => problemResponse(404, `No route for ${c.req.method} ${new URL(c.req.url).pathname}`))

app.onError((err, c) => {
  if (err instanceof HttpProblem) return problemResponse(err.status, err.detail, err.extensions, err.headers)
  if (err instanceof RulesetNotFound) return problemResponse(404, err.message, { ruleset: err.id })
  if (err instanceof RulesetInvalid)
    return problemResponse(500, `Stored rule set "${err.id}" does not validate`, { problems: err.problems })
  console.error(`${c.req.method} ${c.req.path}:`, err)
  return problemResponse(500, 'Unexpected error while handling the request')
})
