// The Hono app: routes plus one error handler that turns every failure into problem+json.
import { Hono } from 'hono'
import { HttpProblem, problemResponse } from './http/problem.ts'
import { auditRoutes } from './routes/audit.ts'
import { RulesetInvalid, RulesetNotFound } from './rules/store.ts'

export const app = new Hono<{ Bindings: Env }>()

app.get('/healthz', (c) => c.json({ status: 'ok' }))
app.route('/', auditRoutes)

app.notFound((c) => problemResponse(404, `No route for ${c.req.method} ${new URL(c.req.url).pathname}`))

app.onError((err, c) => {
  if (err instanceof HttpProblem) return problemResponse(err.status, err.detail, err.extensions, err.headers)
  if (err instanceof RulesetNotFound) return problemResponse(404, err.message, { ruleset: err.id })
  if (err instanceof RulesetInvalid)
    return problemResponse(500, `Stored rule set "${err.id}" does not validate`, { problems: err.problems })
  console.error(`${c.req.method} ${c.req.path}:`, err)
  return problemResponse(500, 'Unexpected error while handling the request')
})
