// What the admin-API tests share: the Worker's address in tests and an authenticated call.
import { SELF } from 'cloudflare:test'

/** The admin token the test configuration binds (vitest.config.ts). */
export const TOKEN = 'test-admin-token'
export const base = 'http://auditor.test'

/** A request to the Worker with the admin token, and a JSON body when one is given. */
export function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return SELF.fetch(`${base}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${TOKEN}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}
