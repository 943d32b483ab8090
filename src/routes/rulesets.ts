// /v1/rulesets: read, version, roll back, delete and dry-run-validate rule sets stored in
// KV. Every route needs the admin bearer token. Reads come from KV; writes are validated
// here (schema, patterns, cost, the whole chain compiled) and then handed to the one writer
// (src/rules/writer.ts), which checks If-Match, cycles and children and writes KV.
import type { OpenAPIHono } from '@hono/zod-openapi'
import { createRoute, z } from '@hono/zod-openapi'
import { problems, RulesetIdSchema } from '../api/schemas.ts'
import { exampleProblems } from '../engine/examples.ts'
import { requireToken } from '../http/auth.ts'
import { limitedBody } from '../http/body.ts'
import { HttpProblem } from '../http/problem.ts'
import { notFoundParams } from '../http/validation.ts'
import { rawCostProblems } from '../rules/cost.ts'
import { LIMITS, type StoredRuleSet, validateStored } from '../rules/schema.ts'
import {
  compileResolved,
  listIds,
  listVersions,
  RulesetInvalid,
  RulesetNotFound,
  readStored,
  resolve,
  WRITER_NAME,
} from '../rules/store.ts'
import type { WriteResult } from '../rules/writer.ts'

const RulesetDoc = z
  .object({})
  .catchall(z.unknown())
  .openapi('RuleSet', { description: 'A rule set as stored (see src/rules/schema.ts)' })
const idParam = z.object({ id: RulesetIdSchema.openapi({ param: { name: 'id', in: 'path' } }) })
const versionParam = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/, 'a version is a positive integer')
  .openapi({ param: { name: 'n', in: 'path' }, example: '1' })
const ifMatchHeader = z.object({
  'if-match': z
    .string()
    .optional()
    .openapi({ description: 'The version the change is based on, e.g. "3": 412 unless it is still current' }),
})
const Written = z.object({ id: z.string(), version: z.number().int() })
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
})
const security = [{ bearer: [] }]
const jsonBody = limitedBody(['application/json'], () => LIMITS.rulesetBytes)
const notFound = notFoundParams('rule set')

function validateOr422(input: unknown): StoredRuleSet {
  // Over the budget on its own rules already: refused before the schema parses all of them.
  const over = rawCostProblems(input)
  if (over.length) throw new HttpProblem(422, 'The rule set has 1 problem(s)', { problems: over })
  const v = validateStored(input)
  if (!v.ok) throw new HttpProblem(422, `The rule set has ${v.problems.length} problem(s)`, { problems: v.problems })
  return v.value
}

/** `If-Match: "3"`, `W/"3"` or `3` → 3. */
function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined
  const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header)
  if (!m) throw new HttpProblem(400, 'If-Match must name a version, e.g. "3"')
  return Number(m[1])
}

const etag = (version: number) => `"${version}"`

/** Resolves and compiles a candidate before anything is written; its problems are the client's (422). */
async function checkCandidate(kv: KVNamespace, stored: StoredRuleSet) {
  try {
    const { ruleset } = await resolve(kv, { stored, version: stored.version ?? 1, source: 'kv' }, 0, [], false)
    const compiled = await compileResolved(kv, ruleset)
    return { ruleset, compiled }
  } catch (e) {
    if (e instanceof RulesetInvalid) throw new HttpProblem(422, e.message, { problems: e.problems })
    if (e instanceof RulesetNotFound)
      throw new HttpProblem(422, `It extends "${e.id}", which does not exist`, {
        problems: [{ path: 'extends', message: e.message }],
      })
    throw e
  }
}

const writer = (env: Env) => env.RULESET_WRITER.getByName(WRITER_NAME)

/** The writer's verdict as the answer: a version, or the problem it found. */
function written(result: WriteResult): { id: string; version: number } {
  if (!result.ok) throw new HttpProblem(result.status, result.detail, result.extensions)
  return { id: result.id, version: result.version }
}

export function registerRulesets(app: OpenAPIHono<{ Bindings: Env }>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' })
  app.use('/v1/rulesets', requireToken('ADMIN_TOKEN'))
  app.use('/v1/rulesets/*', requireToken('ADMIN_TOKEN'))

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/rulesets',
      summary: 'List rule sets',
      security,
      responses: {
        200: json(
          z.object({
            rulesets: z.array(
              z.object({
                id: z.string(),
                version: z.number(),
                description: z.string(),
                extends: z.string().optional(),
                source: z.enum(['kv', 'bundled']),
              }),
            ),
          }),
          'Rule sets',
        ),
        ...problems(401, 403),
      },
    }),
    async (c) => {
      const kv = c.env.RULES
      const rulesets = await Promise.all(
        (await listIds(kv)).map(async (id) => {
          const { stored, version, source } = await readStored(kv, id)
          return { id, version, description: stored.description ?? '', extends: stored.extends, source }
        }),
      )
      return c.json({ rulesets }, 200)
    },
  )

  // Registered before /{id} so "validate" is not taken for an id.
  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/rulesets/validate',
      summary: 'Dry-run validation: the problems, or the compiled rule counts',
      security,
      middleware: [jsonBody] as const,
      request: { body: { required: true, content: { 'application/json': { schema: RulesetDoc } } } },
      responses: {
        200: json(
          z.object({ valid: z.literal(true), rules: z.number(), byKind: z.record(z.string(), z.number()) }),
          'Valid',
        ),
        ...problems(400, 401, 403, 413, 415, 422),
      },
    }),
    async (c) => {
      const stored = validateOr422(c.req.valid('json'))
      const { ruleset, compiled } = await checkCandidate(c.env.RULES, stored)
      // The rules this document brings run alone on their own examples (inherited ones were checked when written).
      const own = new Set(stored.rules.map((r) => r.id))
      const failing = ruleset.rules
        .filter((r) => own.has(r.id))
        .flatMap((r) => exampleProblems(r, ruleset, compiled.data))
        .map((p) => ({ ruleId: p.ruleId, path: 'examples', message: `${p.message} (in “${p.example.slice(0, 80)}”)` }))
      if (failing.length)
        throw new HttpProblem(422, `The rule set has ${failing.length} problem(s)`, { problems: failing })
      return c.json({ valid: true as const, rules: ruleset.rules.length, byKind: compiled.ruleCounts }, 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/rulesets/{id}',
      summary: 'The current version of a rule set (ETag = version)',
      security,
      request: { params: idParam },
      responses: { 200: json(RulesetDoc, 'The rule set as stored'), ...problems(401, 403, 404) },
    }),
    async (c) => {
      const { stored, version, source } = await readStored(c.env.RULES, c.req.valid('param').id)
      c.header('etag', etag(version))
      c.header('x-ruleset-source', source)
      return c.json({ ...stored, version }, 200)
    },
    notFound,
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/rulesets/{id}/versions',
      summary: 'Every stored version and the current one',
      security,
      request: { params: idParam },
      responses: {
        200: json(z.object({ id: z.string(), current: z.number(), versions: z.array(z.number()) }), 'Versions'),
        ...problems(401, 403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const { version } = await readStored(c.env.RULES, id)
      return c.json({ id, current: version, versions: await listVersions(c.env.RULES, id) }, 200)
    },
    notFound,
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/rulesets/{id}/versions/{n}',
      summary: 'One version of a rule set',
      security,
      request: { params: idParam.extend({ n: versionParam }) },
      responses: { 200: json(RulesetDoc, 'That version'), ...problems(401, 403, 404) },
    }),
    async (c) => {
      const { id, n } = c.req.valid('param')
      const { stored, version } = await readStored(c.env.RULES, id, Number(n))
      c.header('etag', etag(version))
      return c.json({ ...stored, version }, 200)
    },
    notFound,
  )

  app.openapi(
    createRoute({
      method: 'put',
      path: '/v1/rulesets/{id}',
      summary: 'Write a new version and make it current',
      description:
        'Validated with the rule-set schema (422 lists every problem with its rule id and field, including a rule set whose estimated audit cost is over the budget). With If-Match, answers 412 unless that version is current; concurrent writes are serialised, so of two writes based on the same version one wins. The change is served at once by this location and within about 60 s everywhere (KV propagation).',
      security,
      middleware: [jsonBody] as const,
      request: {
        params: idParam,
        headers: ifMatchHeader,
        body: { required: true, content: { 'application/json': { schema: RulesetDoc } } },
      },
      responses: {
        201: json(Written, 'Written'),
        ...problems(400, 401, 403, 412, 413, 415, 422),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const body = c.req.valid('json') as Record<string, unknown>
      if (body.id !== undefined && body.id !== id)
        throw new HttpProblem(
          422,
          `The body names rule set "${String(body.id).slice(0, 80)}" but the path names "${id}"`,
        )
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match'])
      const stored = validateOr422({ ...body, id })
      // The whole chain must resolve and compile before the writer is asked.
      await checkCandidate(c.env.RULES, stored)
      const done = written(await writer(c.env).put(stored, ifMatch))
      c.header('etag', etag(done.version))
      c.header('location', `/v1/rulesets/${id}/versions/${done.version}`)
      return c.json(done, 201)
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/rulesets/{id}/rollback',
      summary: 'Make an earlier version current again',
      security,
      middleware: [jsonBody] as const,
      request: {
        params: idParam,
        headers: ifMatchHeader,
        body: {
          required: true,
          content: { 'application/json': { schema: z.object({ version: z.number().int().min(1) }) } },
        },
      },
      responses: {
        200: json(Written, 'Rolled back'),
        ...problems(400, 401, 403, 404, 412, 422),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match'])
      const done = written(await writer(c.env).rollback(id, c.req.valid('json').version, ifMatch))
      c.header('etag', etag(done.version))
      return c.json(done, 200)
    },
    notFound,
  )

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/v1/rulesets/{id}',
      summary: 'Delete a rule set and all its versions (not the default, not one another rule set extends)',
      security,
      request: { params: idParam, headers: ifMatchHeader },
      responses: { 204: { description: 'Deleted' }, ...problems(401, 403, 404, 409, 412) },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      written(await writer(c.env).remove(id, parseIfMatch(c.req.valid('header')['if-match'])))
      return c.body(null, 204)
    },
    notFound,
  )
}
