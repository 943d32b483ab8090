// Reads a request body with a byte limit enforced while the stream is read: an oversized
// body is refused as soon as it crosses the limit, never buffered whole.
import type { MiddlewareHandler } from 'hono'
import { HttpProblem } from './problem.ts'

export async function readBodyLimited(req: Request, limit: number): Promise<Uint8Array> {
  const declared = req.headers.get('content-length')
  if (declared !== null) {
    const n = Number(declared)
    if (Number.isFinite(n) && n > limit)
      throw new HttpProblem(413, `Body of ${n} bytes is over the limit of ${limit} bytes`, { limit })
  }
  if (!req.body) return new Uint8Array()
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel().catch(() => {})
      throw new HttpProblem(413, `Body is over the limit of ${limit} bytes`, { limit })
    }
    chunks.push(value)
  }
  const out = new Uint8Array(total)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new HttpProblem(400, 'Body is not valid UTF-8')
  }
}

/** The media type of a Content-Type header, lower-cased, without parameters ('' when absent). */
export const mediaType = (header: string | undefined | null): string =>
  (header ?? '').split(';')[0]?.trim().toLowerCase() ?? ''

/**
 * Route middleware: refuses a content type the route does not take (415, naming those it
 * does), reads the body with the byte limit (413) and checks it is UTF-8 (400), then hands
 * the checked bytes on as the request body, so the route's validators and handler read a
 * body that is known to be within bounds (hono's own body-limit middleware swaps the
 * request the same way).
 */
export function limitedBody(
  accepted: readonly string[],
  limit: (env: Env) => number,
): MiddlewareHandler<{ Bindings: Env }> {
  return async function limitedBodyMiddleware(c, next) {
    const type = mediaType(c.req.header('content-type'))
    if (!accepted.includes(type))
      throw new HttpProblem(415, `Content-Type "${type || '(none)'}" is not supported`, { accepted })
    const bytes = await readBodyLimited(c.req.raw, limit(c.env))
    decodeUtf8(bytes)
    c.req.raw = new Request(c.req.raw, { body: bytes })
    await next()
  }
}
