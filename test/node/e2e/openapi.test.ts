// GET /openapi.json validates as OpenAPI 3 (a focused structural check of the parts of the
// specification this document uses: no validator package is installed) and covers every
// route the app registers, each /v1 operation with its problem+json errors.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundle, type RunningWorker, startWorker } from './worker.ts'

type Json = Record<string, unknown>
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']
const JSON_SCHEMA_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']
const STATUS = /^([1-5]\d\d|[1-5]XX|default)$/
const MEDIA = /^[a-z]+\/[a-z0-9.+*-]+$/i
const SECURITY_TYPES = ['apiKey', 'http', 'mutualTLS', 'oauth2', 'openIdConnect']

/** Every structural problem found, as `location: message`; empty when the document is valid. */
function validateOpenApi(doc: unknown): string[] {
  const errors: string[] = []
  const err = (at: string, msg: string) => errors.push(`${at}: ${msg}`)
  if (!isObj(doc)) return ['document is not an object']
  if (typeof doc.openapi !== 'string' || !/^3\.[01]\.\d+$/.test(doc.openapi)) err('openapi', 'must be 3.0.x or 3.1.x')
  const info = doc.info
  if (!isObj(info) || typeof info.title !== 'string' || typeof info.version !== 'string')
    err('info', 'needs string title and version')
  if (!isObj(doc.paths)) err('paths', 'must be an object')
  const components = isObj(doc.components) ? doc.components : {}
  const schemes = isObj(components.securitySchemes) ? components.securitySchemes : {}
  for (const [name, s] of Object.entries(schemes))
    if (!isObj(s) || !SECURITY_TYPES.includes(String(s.type)))
      err(`components.securitySchemes.${name}`, 'type must be one of the security scheme types')
  for (const [name, s] of Object.entries(isObj(components.schemas) ? components.schemas : {})) {
    if (!/^[a-zA-Z0-9._-]+$/.test(name)) err(`components.schemas.${name}`, 'invalid component name')
    checkSchema(s, `components.schemas.${name}`, err)
  }

  const operationIds = new Set<string>()
  for (const [path, item] of Object.entries(isObj(doc.paths) ? doc.paths : {})) {
    if (!path.startsWith('/')) err(path, 'path must start with /')
    if (!isObj(item)) {
      err(path, 'path item must be an object')
      continue
    }
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string)
    for (const [method, op] of Object.entries(item)) {
      const at = `${method.toUpperCase()} ${path}`
      if (['parameters', 'summary', 'description', 'servers', '$ref'].includes(method)) continue
      if (!METHODS.includes(method)) {
        err(at, 'unknown method')
        continue
      }
      if (!isObj(op)) {
        err(at, 'operation must be an object')
        continue
      }
      if (typeof op.operationId === 'string') {
        if (operationIds.has(op.operationId)) err(at, `duplicate operationId ${op.operationId}`)
        operationIds.add(op.operationId)
      }
      const params = op.parameters === undefined ? [] : op.parameters
      if (!Array.isArray(params)) err(at, 'parameters must be an array')
      const seen = new Set<string>()
      for (const p of Array.isArray(params) ? params : []) {
        if (!isObj(p) || typeof p.name !== 'string' || !['query', 'header', 'path', 'cookie'].includes(String(p.in))) {
          err(at, `parameter ${JSON.stringify(p)} needs a name and in: query|header|path|cookie`)
          continue
        }
        const key = `${p.in}:${p.name}`
        if (seen.has(key)) err(at, `duplicate parameter ${key}`)
        seen.add(key)
        if (p.schema === undefined && p.content === undefined) err(at, `parameter ${key} needs schema or content`)
        if (p.schema !== undefined) checkSchema(p.schema, `${at} parameter ${key}`, err)
        if (p.in === 'path') {
          if (p.required !== true) err(at, `path parameter ${p.name} must be required`)
          if (!templated.includes(p.name)) err(at, `path parameter ${p.name} is not in the path`)
        }
      }
      for (const name of templated) if (!seen.has(`path:${name}`)) err(at, `path parameter {${name}} is not declared`)
      if (op.requestBody !== undefined) {
        const body = op.requestBody
        if (!isObj(body) || !isObj(body.content) || !Object.keys(body.content).length)
          err(at, 'requestBody needs content')
        else checkContent(body.content, `${at} requestBody`, err)
      }
      if (!isObj(op.responses) || !Object.keys(op.responses).length) {
        err(at, 'responses must be a non-empty object')
        continue
      }
      for (const [status, r] of Object.entries(op.responses)) {
        if (!STATUS.test(status)) err(at, `response key ${status} is not a status code`)
        if (!isObj(r) || typeof r.description !== 'string') err(`${at} ${status}`, 'response needs a description')
        else if (r.content !== undefined) checkContent(r.content, `${at} ${status}`, err)
      }
      for (const req of Array.isArray(op.security) ? op.security : [])
        for (const name of Object.keys(isObj(req) ? req : {}))
          if (!(name in schemes)) err(at, `security scheme ${name} is not in components.securitySchemes`)
    }
  }
  // Every $ref resolves inside the document.
  const walk = (v: unknown, at: string) => {
    if (Array.isArray(v)) for (const [i, x] of v.entries()) walk(x, `${at}[${i}]`)
    else if (isObj(v)) {
      if (typeof v.$ref === 'string' && resolve(doc, v.$ref) === undefined) err(at, `unresolved $ref ${v.$ref}`)
      for (const [k, x] of Object.entries(v)) walk(x, `${at}.${k}`)
    }
  }
  walk(doc, '#')
  return errors
}

function resolve(doc: Json, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined
  let cur: unknown = doc
  for (const part of ref.slice(2).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~')
    cur = isObj(cur) ? cur[key] : undefined
  }
  return cur
}

function checkContent(content: unknown, at: string, err: (at: string, msg: string) => void) {
  if (!isObj(content)) {
    err(at, 'content must be an object')
    return
  }
  for (const [type, media] of Object.entries(content)) {
    if (!MEDIA.test(type)) err(at, `media type ${type} is malformed`)
    if (!isObj(media)) err(`${at} ${type}`, 'media type object expected')
    else if (media.schema !== undefined) checkSchema(media.schema, `${at} ${type}`, err)
  }
}

function checkSchema(s: unknown, at: string, err: (at: string, msg: string) => void, depth = 0): void {
  if (typeof s === 'boolean') return
  if (!isObj(s)) {
    err(at, 'schema must be an object')
    return
  }
  if (depth > 20) return
  const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type]
  for (const t of types) if (!JSON_SCHEMA_TYPES.includes(String(t))) err(at, `unknown type ${String(t)}`)
  if (s.required !== undefined) {
    if (!Array.isArray(s.required) || s.required.some((r) => typeof r !== 'string'))
      err(at, 'required must be an array of strings')
    else if (isObj(s.properties))
      for (const r of s.required) if (!(r in s.properties)) err(at, `required property ${r} is not defined`)
  }
  if (types.includes('array') && s.items === undefined && s.prefixItems === undefined) err(at, 'array without items')
  if (isObj(s.properties))
    for (const [k, p] of Object.entries(s.properties)) checkSchema(p, `${at}.${k}`, err, depth + 1)
  if (s.items !== undefined) checkSchema(s.items, `${at}[]`, err, depth + 1)
  if (isObj(s.additionalProperties)) checkSchema(s.additionalProperties, `${at}{}`, err, depth + 1)
  for (const k of ['anyOf', 'oneOf', 'allOf'])
    if (s[k] !== undefined) {
      if (!Array.isArray(s[k])) err(at, `${k} must be an array`)
      else for (const [i, x] of (s[k] as unknown[]).entries()) checkSchema(x, `${at}.${k}[${i}]`, err, depth + 1)
    }
  if (s.enum !== undefined && (!Array.isArray(s.enum) || !s.enum.length)) err(at, 'enum must be a non-empty array')
}

/** Hono route path `/v1/rulesets/:id` as an OpenAPI path `/v1/rulesets/{id}`. */
const toOpenApiPath = (p: string) => p.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, '{$1}')

// Routes that are deliberately outside the API reference (the editor page's script and
// stylesheet are static assets now, served before the Worker, so none are left).
const UNDOCUMENTED = new Set<string>([])

let worker: RunningWorker
let doc: Json
let appRoutes: { method: string; path: string }[]
let tmp: string

beforeAll(async () => {
  worker = await startWorker()
  const res = await fetch(new URL('/openapi.json', worker.url))
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toContain('application/json')
  doc = (await res.json()) as Json
  // The app's own route table: src/app.ts bundled for Node (its rule-set data imports .txt).
  tmp = mkdtempSync(join(tmpdir(), 'ta-app-'))
  const outfile = join(tmp, 'app.mjs')
  await bundle(join('src', 'app.ts'), outfile)
  const mod = (await import(pathToFileURL(outfile).href)) as {
    app: { routes: { method: string; path: string; handler: { length: number } }[] }
  }
  appRoutes = mod.app.routes
    .filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
    .map((r) => ({ method: r.method.toLowerCase(), path: toOpenApiPath(r.path) }))
})

afterAll(async () => {
  await worker?.stop()
  if (tmp) rmSync(tmp, { recursive: true, force: true })
})

describe('/openapi.json', () => {
  it('is a structurally valid OpenAPI 3 document', () => {
    expect(validateOpenApi(doc)).toEqual([])
    expect(doc.openapi).toMatch(/^3\.1\./)
  })

  it('the validator rejects broken documents', () => {
    const broken = structuredClone(doc) as { paths: Record<string, Record<string, Json>>; openapi: string }
    broken.openapi = '2.0'
    const audit = broken.paths['/v1/audit']?.post as Json
    audit.responses = { 200: { content: {} }, OK: { description: 'x' } }
    audit.parameters = [{ name: 'id', in: 'path', required: true, schema: { $ref: '#/components/schemas/Nope' } }]
    const problems = validateOpenApi(broken)
    expect(problems).toEqual(
      expect.arrayContaining([
        'openapi: must be 3.0.x or 3.1.x',
        'POST /v1/audit 200: response needs a description',
        'POST /v1/audit: response key OK is not a status code',
        'POST /v1/audit: path parameter id is not in the path',
        expect.stringContaining('unresolved $ref #/components/schemas/Nope'),
      ]),
    )
  })

  it('documents every route the app serves', () => {
    const paths = doc.paths as Record<string, Json>
    const missing = appRoutes
      .filter((r) => !UNDOCUMENTED.has(`${r.method.toUpperCase()} ${r.path}`))
      .filter((r) => !isObj(paths[r.path]?.[r.method]))
      .map((r) => `${r.method.toUpperCase()} ${r.path}`)
    expect(appRoutes.length).toBeGreaterThan(5)
    expect(missing).toEqual([])
    for (const p of ['/', '/docs', '/v1/audit']) expect(Object.keys(paths)).toContain(p)
  })

  it('gives every /v1 operation its problem+json errors', () => {
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
      if (!path.startsWith('/v1/')) continue
      for (const [method, op] of Object.entries(item)) {
        const errors = Object.entries(op.responses as Record<string, Json>).filter(([s]) => /^[45]/.test(s))
        expect(errors.length, `${method} ${path}`).toBeGreaterThan(0)
        for (const [status, r] of errors)
          expect(Object.keys((r.content as Json) ?? {}), `${method} ${path} ${status}`).toContain(
            'application/problem+json',
          )
      }
    }
    const audit = (doc.paths as Record<string, Record<string, Json>>)['/v1/audit']?.post as Json
    expect(Object.keys(audit.responses as Json)).toEqual(expect.arrayContaining(['200', '400', '413', '415', '422']))
  })
})
