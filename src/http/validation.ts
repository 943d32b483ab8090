// What a route's zod schemas answer when a request does not match them: problem+json, 422
// by default (DESIGN §3), with every issue and where it was found. Routes whose path names a
// resource answer 404 for an id that cannot exist, and the webhook route answers as for a
// bad signature (src/routes/webhooks.ts), so each route can say which status a failed
// target gets.
import type { ValidationTargets } from 'hono'
import type { ZodError } from 'zod'
import { HttpProblem } from './problem.ts'

type Target = keyof ValidationTargets
type Result<T> = { target: Target } & ({ success: true; data: T } | { success: false; error: ZodError })

export interface TargetProblem {
  status: number
  detail: string
}

export function issuesOf(error: ZodError, target: Target) {
  return error.issues.map((i) => ({ in: target, path: i.path.map(String).join('.'), message: i.message }))
}

/** A validation hook throwing problem+json; `overrides` sets the answer for a target. */
export function problemHook(overrides: Partial<Record<Target, (error: ZodError) => never>> = {}) {
  return function validationProblem<T>(result: Result<T>): undefined {
    if (result.success) return
    const override = overrides[result.target]
    if (override) override(result.error)
    // A JSON body that is not an object at all is a malformed request rather than a schema miss.
    if (result.target === 'json' && result.error.issues.some((i) => i.path.length === 0 && i.code === 'invalid_type'))
      throw new HttpProblem(400, 'The JSON body must be an object')
    const where = result.target === 'json' ? 'Body' : result.target === 'header' ? 'A header' : `The ${result.target}`
    throw new HttpProblem(422, `${where} does not match the schema`, { errors: issuesOf(result.error, result.target) })
  }
}

/** For routes whose path names a resource: a path parameter that cannot be valid is a 404. */
export const notFoundParams = (what: string) =>
  problemHook({
    param: (error) => {
      throw new HttpProblem(404, `No such ${what}`, { errors: issuesOf(error, 'param') })
    },
  })
