// /v1/rulesets: read, version, roll back, delete and dry-run-validate rule sets stored in
// KV. Every route needs the admin bearer token. Writes create a new immutable version and
// then move the pointer; `If-Match` guards against overwriting someone else's change.
import type { OpenAPIHono } from '@hono/zod-openapi'
import { z } from '@hono/zod-openapi'
import { problems } from '../api/schemas.ts'
import { requireToken } from '../http/auth.ts'
import { decodeUtf8, readBodyLimited } from '../http/body.ts'
import { HttpProblem } from '../http/problem.ts'
import { LIMITS, type StoredRuleSet, validateStored } from '../rules/schema.ts'
import {
  compileResolved,
  DEFAULT_RULESET_ID,
  deleteRuleset,
  listIds,
  listVersions,
  putVersion,
  RulesetInvalid,
  RulesetNotFound,
  readPointer,
  readStored,
  resolve,
  rollback,
  VersionConflict,
} from '../rules/store.ts'

const RulesetDoc = z
  .object({})
  .catchall(z.unknown())
  .openapi('RuleSet', { description: 'A rule set as stored (see src/rules/schema.ts)' })
const idParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'default' }) })
const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } })
const security = [{ bearer: [] }]

async function readJson(req: Request): Promise<unknown> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json') throw new HttpProblem(415, 'Send the rule set as application/json')
  const text = decodeUtf8(await readBodyLimited(req, LIMITS.rulesetBytes))
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new HttpProblem(400, `Body is not valid JSON: ${e instanceof Error ? e.message : String(e)}`)
  }
}

function validateOr422(input: unknown): StoredRuleSet {
  const v = validateStored(input)
  if (!v.ok) throw new HttpProblem(422, `The rule set has ${v.problems.length} problem(s)`, { problems: v.problems })
  return v.value
}

/** `If-Match: "3"`, `W/"3"` or `3` → 3. */
function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined
  const m = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(header)
  if (!m) throw new HttpProblem(400, `If-Match must name a version, e.g. "3" (got ${header})`)
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

export function registerRulesets(app: OpenAPIHono<{ Bindings: Env }>): void {
  const reg = app.openAPIRegistry
  reg.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' })
  app.use('/v1/rulesets', requireToken('ADMIN_TOKEN'))
  app.use('/v1/rulesets/*', requireToken('ADMIN_TOKEN'))

  reg.registerPath({
    method: 'get',
    path: '/v1/rulesets',
    summary: 'List rule sets',
    security,
    responses: {
      200: json(
        z.object({
          rulesets: z.array(
            z.object({ id: z.string(), version: z.number(), description: z.string(), source: z.string() }),
          ),
        }),
        'Rule sets',
      ),
      ...problems(401, 403),
    },
  })
  app.get('/v1/rulesets', async (c) => {
    const kv = c.env.RULES
    const rulesets = await Promise.all(
      (await listIds(kv)).map(async (id) => {
        const { stored, version, source } = await readStored(kv, id)
        return { id, version, description: stored.description ?? '', extends: stored.extends, source }
      }),
    )
    return c.json({ rulesets })
  })

  // Registered before /:id so "validate" is not taken for an id.
  reg.registerPath({
    method: 'post',
    path: '/v1/rulesets/validate',
    summary: 'Dry-run validation: the problems, or the compiled rule counts',
    security,
    request: { body: { required: true, content: { 'application/json': { schema: RulesetDoc } } } },
    responses: {
      200: json(
        z.object({ valid: z.literal(true), rules: z.number(), byKind: z.record(z.string(), z.number()) }),
        'Valid',
      ),
      ...problems(400, 401, 403, 413, 415, 422),
    },
  })
  app.post('/v1/rulesets/validate', async (c) => {
    const stored = validateOr422(await readJson(c.req.raw))
    const { ruleset, compiled } = await checkCandidate(c.env.RULES, stored)
    return c.json({ valid: true as const, rules: ruleset.rules.length, byKind: compiled.ruleCounts })
  })

  reg.registerPath({
    method: 'get',
    path: '/v1/rulesets/{id}',
    summary: 'The current version of a rule set (ETag = version)',
    security,
    request: { params: idParam },
    responses: { 200: json(RulesetDoc, 'The rule set as stored'), ...problems(401, 403, 404) },
  })
  app.get('/v1/rulesets/:id', async (c) => {
    const { stored, version, source } = await readStored(c.env.RULES, c.req.param('id'))
    c.header('etag', etag(version))
    c.header('x-ruleset-source', source)
    return c.json({ ...stored, version })
  })

  reg.registerPath({
    method: 'get',
    path: '/v1/rulesets/{id}/versions',
    summary: 'Every stored version and the current one',
    security,
    request: { params: idParam },
    responses: {
      200: json(z.object({ id: z.string(), current: z.number(), versions: z.array(z.number()) }), 'Versions'),
      ...problems(401, 403, 404),
    },
  })
  app.get('/v1/rulesets/:id/versions', async (c) => {
    const id = c.req.param('id')
    const { version } = await readStored(c.env.RULES, id)
    return c.json({ id, current: version, versions: await listVersions(c.env.RULES, id) })
  })

  reg.registerPath({
    method: 'get',
    path: '/v1/rulesets/{id}/versions/{n}',
    summary: 'One version of a rule set',
    security,
    request: { params: idParam.extend({ n: z.string().openapi({ param: { name: 'n', in: 'path' }, example: '1' }) }) },
    responses: { 200: json(RulesetDoc, 'That version'), ...problems(400, 401, 403, 404) },
  })
  app.get('/v1/rulesets/:id/versions/:n', async (c) => {
    const n = Number(c.req.param('n'))
    if (!Number.isInteger(n) || n < 1) throw new HttpProblem(400, 'A version is a positive integer')
    const { stored, version } = await readStored(c.env.RULES, c.req.param('id'), n)
    c.header('etag', etag(version))
    return c.json({ ...stored, version })
  })

  reg.registerPath({
    method: 'put',
    path: '/v1/rulesets/{id}',
    summary: 'Write a new version and make it current',
    description:
      'Validated with the rule-set schema (422 lists every problem with its rule id and field). With If-Match, answers 412 unless that version is current. The change is served at once by this location and within about 60 s everywhere (KV propagation).',
    security,
    request: {
      params: idParam,
      headers: z.object({ 'if-match': z.string().optional() }),
      body: { required: true, content: { 'application/json': { schema: RulesetDoc } } },
    },
    responses: {
      201: json(z.object({ id: z.string(), version: z.number() }), 'Written'),
      ...problems(400, 401, 403, 404, 412, 413, 415, 422),
    },
  })
  app.put('/v1/rulesets/:id', async (c) => {
    const id = c.req.param('id')
    const body = (await readJson(c.req.raw)) as Record<string, unknown> | null
    if (!body || typeof body !== 'object' || Array.isArray(body))
      throw new HttpProblem(400, 'A rule set is a JSON object')
    if (body.id !== undefined && body.id !== id)
      throw new HttpProblem(422, `The body names rule set "${String(body.id)}" but the path names "${id}"`)
    const stored = validateOr422({ ...body, id })
    // The whole chain must resolve and compile before anything is written.
    await checkCandidate(c.env.RULES, stored)
    try {
      const pointer = await putVersion(c.env.RULES, stored, parseIfMatch(c.req.header('if-match')))
      c.header('etag', etag(pointer.version))
      c.header('location', `/v1/rulesets/${id}/versions/${pointer.version}`)
      return c.json({ id, version: pointer.version }, 201)
    } catch (e) {
      if (e instanceof VersionConflict)
        throw new HttpProblem(412, `${e.message}; re-read it and retry with If-Match: "${e.current}"`, {
          current: e.current,
        })
      throw e
    }
  })

  reg.registerPath({
    method: 'post',
    path: '/v1/rulesets/{id}/rollback',
    summary: 'Make an earlier version current again',
    security,
    request: {
      params: idParam,
      body: {
        required: true,
        content: { 'application/json': { schema: z.object({ version: z.number().int().min(1) }) } },
      },
    },
    responses: {
      200: json(z.object({ id: z.string(), version: z.number() }), 'Rolled back'),
      ...problems(400, 401, 403, 404, 422),
    },
  })
  app.post('/v1/rulesets/:id/rollback', async (c) => {
    const id = c.req.param('id')
    const body = (await readJson(c.req.raw)) as { version?: unknown } | null
    const version = body?.version
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      throw new HttpProblem(422, 'Body must be {"version": <positive integer>}')
    const pointer = await rollback(c.env.RULES, id, version)
    c.header('etag', etag(pointer.version))
    return c.json({ id, version: pointer.version })
  })

  reg.registerPath({
    method: 'delete',
    path: '/v1/rulesets/{id}',
    summary: 'Delete a rule set and all its versions (not the default)',
    security,
    request: { params: idParam },
    responses: { 204: { description: 'Deleted' }, ...problems(401, 403, 404, 409) },
  })
  app.delete('/v1/rulesets/:id', async (c) => {
    const id = c.req.param('id')
    if (id === DEFAULT_RULESET_ID) throw new HttpProblem(409, 'The default rule set cannot be deleted')
    if (!(await readPointer(c.env.RULES, id))) throw new HttpProblem(404, `No rule set "${id}"`)
    await deleteRuleset(c.env.RULES, id)
    return c.body(null, 204)
  })
}
