// The app: every route (documented in one OpenAPI registry), GET /openapi.json, and one
// error handler that turns every failure into problem+json.
import { OpenAPIHono } from '@hono/zod-openapi'
import { HttpProblem, problemResponse } from './http/problem.ts'
import { registerAudit } from './routes/audit.ts'
import { registerRulesets } from './routes/rulesets.ts'
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

app.get('/healthz', (c) => c.json({ status: 'ok' }))
registerAudit(app)
registerRulesets(app)

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
