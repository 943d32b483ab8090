// Bearer-token checks for the admin API (ADMIN_TOKEN) and, when configured, the audit API
// (AUDIT_TOKEN). Tokens are Worker secrets, compared in constant time.
import type { MiddlewareHandler } from 'hono'
import { HttpProblem } from './problem.ts'

const encoder = new TextEncoder()

/** Constant-time comparison: both sides are hashed first, so lengths do not leak either. */
export async function tokensEqual(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([
    crypto.subtle.digest('SHA-256', encoder.encode(given)),
    crypto.subtle.digest('SHA-256', encoder.encode(expected)),
  ])
  return crypto.subtle.timingSafeEqual(a, b)
}

function bearer(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  return m ? (m[1] as string) : null
}

/** 401 without a bearer token, 403 with a wrong one; `secret` names the env var holding the token. */
export function requireToken(
  secret: 'ADMIN_TOKEN' | 'AUDIT_TOKEN',
  optional = false,
): MiddlewareHandler<{ Bindings: Env }> {
  return async function requireTokenMiddleware(c, next) {
    const expected = c.env[secret]
    if (!expected) {
      if (optional) return next()
      throw new HttpProblem(403, `This API is disabled: set the ${secret} secret to enable it`)
    }
    const given = bearer(c.req.header('authorization'))
    if (!given)
      throw new HttpProblem(
        401,
        'Missing bearer token (Authorization: Bearer <token>)',
        {},
        { 'www-authenticate': 'Bearer' },
      )
    if (!(await tokensEqual(given, expected))) throw new HttpProblem(403, 'Wrong token')
    await next()
  }
}
