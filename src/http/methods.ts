// 405 Method Not Allowed with an Allow header for a path the app serves under other methods
// (RFC 9110 §15.5.6), and OPTIONS answered with Allow, instead of the 404 an unknown path
// gets. Built from the app's own route table once every route is registered, so it never
// drifts from the routes.
import type { Hono } from 'hono'
import { problemResponse } from './problem.ts'

export function answerOtherMethods<E extends { Bindings: Env }>(app: Hono<E>): void {
  const allowed = new Map<string, Set<string>>()
  for (const r of app.routes) {
    if (r.method === 'ALL') continue // middleware
    const methods = allowed.get(r.path) ?? new Set<string>()
    methods.add(r.method)
    if (r.method === 'GET') methods.add('HEAD') // hono answers HEAD with the GET route
    allowed.set(r.path, methods)
  }
  for (const [path, methods] of allowed) {
    const allow = [...methods, 'OPTIONS'].join(', ')
    app.all(path, (c) =>
      c.req.method === 'OPTIONS'
        ? new Response(null, { status: 204, headers: { allow } })
        : problemResponse(405, `${c.req.method} is not allowed here; use ${[...methods].join(' or ')}`, {}, { allow }),
    )
  }
}
