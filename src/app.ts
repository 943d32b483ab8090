// The app: every route defined once with createRoute (its zod schemas validate the request,
// document it in GET /openapi.json and type the handler), and one error handler that turns
// every failure into problem+json.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { HTTPException } from 'hono/http-exception'
import { answerOtherMethods } from './http/methods.ts'
import { HttpProblem, problemResponse } from './http/problem.ts'
import { problemHook } from './http/validation.ts'
import { registerAudit } from './routes/audit.ts'
import { registerDocs } from './routes/docs.ts'
import { registerRulesets } from './routes/rulesets.ts'
import { registerUi } from './routes/ui.ts'
import { registerWebhooks } from './routes/webhooks.ts'
import { RulesetInvalid, RulesetNotFound } from './rules/store.ts'

export type App = OpenAPIHono<{ Bindings: Env }>

export const app: App = new OpenAPIHono<{ Bindings: Env }>({
  // Schema failures of every route become 422 problem+json (routes may override per target).
  defaultHook: problemHook(),
})

app.openapi(
  createRoute({
    method: 'get',
    path: '/healthz',
    summary: 'Liveness check',
    responses: {
      200: {
        description: 'The Worker is up',
        content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } },
      },
    },
  }),
  (c) => c.json({ status: 'ok' as const }, 200),
)
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

// Last: a served path asked for with another method is a 405 naming the methods, not a 404.
answerOtherMethods(app)

app.notFound((c) => problemResponse(404, `No route for ${c.req.method} ${new URL(c.req.url).pathname}`))

app.onError((err, c) => {
  if (err instanceof HttpProblem) return problemResponse(err.status, err.detail, err.extensions, err.headers)
  // hono's own refusals (malformed JSON in a validated body, a media type a route does not take).
  if (err instanceof HTTPException && err.status < 500) return problemResponse(err.status, err.message)
  if (err instanceof RulesetNotFound) return problemResponse(404, err.message, { ruleset: err.id })
  if (err instanceof RulesetInvalid)
    return problemResponse(500, `Stored rule set "${err.id}" does not validate`, { problems: err.problems })
  console.error(`${c.req.method} ${c.req.path}:`, err)
  return problemResponse(500, 'Unexpected error while handling the request')
})
