// Reports carry the whole article (and for webhooks, unpublished drafts): no shared cache
// may keep them and no browser may store them (issue 11.7). Set after the handler, so
// problem+json answers from the same routes carry it too.
import type { MiddlewareHandler } from 'hono'

export const NO_STORE = 'private, no-store'

export const noStore: MiddlewareHandler = async function noStoreMiddleware(c, next) {
  await next()
  c.res.headers.set('cache-control', NO_STORE)
}
