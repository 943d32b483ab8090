// GET /docs: the OpenAPI document rendered as one HTML page, server side. A compact
// renderer of our own rather than Swagger UI: no 1.5 MB bundle in the Worker, no script at
// all, and it reads fine at 360 px. Covers what the document uses: operations, parameters,
// request bodies per media type, responses, and the component schemas they reference.
import type { Child } from 'hono/jsx'
import { type Assets, Layout } from './page.tsx'

// A loose view of OpenAPI 3.x: the renderer only reads, and tolerates what it does not know.
type Json = Record<string, unknown>
export interface OpenApiDoc {
  openapi: string
  info: { title: string; version: string; description?: string }
  paths?: Record<string, Record<string, unknown>>
  components?: { schemas?: Record<string, Json> }
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const refName = (ref: string) => ref.split('/').pop() ?? ref
export const opAnchor = (method: string, path: string) =>
  `op-${method}-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '') || 'root'}`

/** A one-line type: `string`, `integer ≥ 0`, `Finding[]`, `"pass" | "review"`, `string | null`. */
export function typeLabel(s: unknown): string {
  if (!isObj(s)) return 'any'
  if (typeof s.$ref === 'string') return refName(s.$ref)
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(' | ')
  if ('const' in s) return JSON.stringify(s.const)
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = s[k]
    if (Array.isArray(list)) return list.map(typeLabel).join(k === 'allOf' ? ' & ' : ' | ')
  }
  const types = Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : []
  const parts = types.map((t) => {
    if (t === 'array') return `${typeLabel(s.items)}[]`
    if (t === 'object' && isObj(s.additionalProperties)) return `map of ${typeLabel(s.additionalProperties)}`
    return typeof s.format === 'string' ? `${t} (${s.format})` : t
  })
  let out = parts.join(' | ') || (isObj(s.properties) ? 'object' : 'any')
  if (typeof s.minimum === 'number') out += ` ≥ ${s.minimum}`
  if (typeof s.maximum === 'number') out += ` ≤ ${s.maximum}`
  if (typeof s.maxLength === 'number') out += ` (≤ ${s.maxLength} chars)`
  if (typeof s.pattern === 'string') out += ` matching ${s.pattern}`
  return out
}

function TypeRef(props: { schema: unknown }) {
  const s = props.schema
  if (isObj(s) && typeof s.$ref === 'string')
    return (
      <a href={`#schema-${refName(s.$ref)}`}>
        <code>{refName(s.$ref)}</code>
      </a>
    )
  if (isObj(s) && s.type === 'array' && isObj(s.items) && typeof s.items.$ref === 'string')
    return (
      <>
        <TypeRef schema={s.items} />
        <code>[]</code>
      </>
    )
  return <code>{typeLabel(s)}</code>
}

/** An object schema as a table of its properties; anything else as its type line. */
export function SchemaView(props: { schema: unknown; depth?: number }): Child {
  const s = props.schema
  const depth = props.depth ?? 0
  if (!isObj(s) || typeof s.$ref === 'string' || !isObj(s.properties)) {
    const nested = isObj(s) && s.type === 'array' && isObj(s.items) && isObj(s.items.properties) && depth < 3
    return (
      <div>
        <TypeRef schema={s} />
        {isObj(s) && typeof s.description === 'string' ? <span> — {s.description}</span> : null}
        {nested ? <SchemaView schema={(s as { items: unknown }).items} depth={depth + 1} /> : null}
      </div>
    )
  }
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : [])
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Type</th>
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(s.properties).map(([name, p]) => (
          <tr>
            <td>
              <code>{name}</code>
              {required.has(name) ? (
                <span class="req" title="required">
                  {' '}
                  *
                </span>
              ) : null}
            </td>
            <td>
              <TypeRef schema={p} />
            </td>
            <td>
              {isObj(p) && typeof p.description === 'string' ? p.description : ''}
              {isObj(p) && p.example !== undefined ? (
                <div>
                  Example: <code>{JSON.stringify(p.example)}</code>
                </div>
              ) : null}
              {isObj(p) && isObj(p.properties) && depth < 3 ? <SchemaView schema={p} depth={depth + 1} /> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Content(props: { content: unknown }) {
  if (!isObj(props.content)) return null
  return (
    <>
      {Object.entries(props.content).map(([type, media]) => (
        <div>
          <p>
            <code>{type}</code>
          </p>
          {isObj(media) && media.schema !== undefined ? <SchemaView schema={media.schema} /> : null}
        </div>
      ))}
    </>
  )
}

function Operation(props: { method: string; path: string; op: Json }) {
  const { method, path, op } = props
  const params = Array.isArray(op.parameters) ? (op.parameters.filter(isObj) as Json[]) : []
  const body = isObj(op.requestBody) ? op.requestBody : undefined
  const responses = isObj(op.responses) ? op.responses : {}
  const security = Array.isArray(op.security) ? (op.security as Json[]) : []
  return (
    <section class="op" id={opAnchor(method, path)} aria-labelledby={`${opAnchor(method, path)}-h`}>
      <h2 id={`${opAnchor(method, path)}-h`}>
        <span class={`method m-${method}`}>{method}</span>
        <code>{path}</code>
      </h2>
      {typeof op.summary === 'string' ? (
        <p>
          <strong>{op.summary}</strong>
        </p>
      ) : null}
      {typeof op.description === 'string' ? <p>{op.description}</p> : null}
      {security.length ? (
        <p>
          Authentication: <code>{security.flatMap((s) => Object.keys(s)).join(', ')}</code>
        </p>
      ) : null}
      {params.length ? (
        <>
          <h3>Parameters</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">In</th>
                <th scope="col">Type</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              {params.map((p) => (
                <tr>
                  <td>
                    <code>{String(p.name)}</code>
                    {p.required ? <span class="req"> *</span> : null}
                  </td>
                  <td>{String(p.in)}</td>
                  <td>
                    <TypeRef schema={p.schema} />
                  </td>
                  <td>{typeof p.description === 'string' ? p.description : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {body ? (
        <>
          <h3>Request body{body.required ? ' (required)' : ''}</h3>
          {typeof body.description === 'string' ? <p>{body.description}</p> : null}
          <Content content={body.content} />
        </>
      ) : null}
      <h3>Responses</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Description</th>
            <th scope="col">Body</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(responses).map(([status, r]) => (
            <tr>
              <td class={status.startsWith('2') || status.startsWith('3') ? 'status-ok' : 'status-err'}>{status}</td>
              <td>{isObj(r) && typeof r.description === 'string' ? r.description : ''}</td>
              <td>
                {isObj(r) && isObj(r.content)
                  ? Object.entries(r.content).map(([type, media]) => (
                      <div>
                        <code>{type}</code>
                        {isObj(media) && media.schema !== undefined ? (
                          <>
                            {' '}
                            <TypeRef schema={media.schema} />
                          </>
                        ) : null}
                      </div>
                    ))
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

export function operations(doc: OpenApiDoc): { method: string; path: string; op: Json }[] {
  const out: { method: string; path: string; op: Json }[] = []
  for (const [path, item] of Object.entries(doc.paths ?? {}))
    for (const method of METHODS) {
      const op = item[method]
      if (isObj(op)) out.push({ method, path, op })
    }
  return out
}

export function DocsPage(props: { doc: OpenApiDoc; assets: Assets }) {
  const { doc } = props
  const ops = operations(doc)
  const schemas = Object.entries(doc.components?.schemas ?? {})
  return (
    <Layout title={`API docs · ${doc.info.title}`} assets={props.assets}>
      <main id="main" class="docs">
        <h1>
          {doc.info.title} <small>v{doc.info.version}</small>
        </h1>
        {doc.info.description ? <p>{doc.info.description}</p> : null}
        <p>
          OpenAPI {doc.openapi} document: <a href="/openapi.json">/openapi.json</a>. Errors are{' '}
          <code>application/problem+json</code> (RFC 9457).
        </p>
        <pre>
          <code>{`curl -s $WORKER/v1/audit -H 'content-type: text/plain' --data-binary @article.txt`}</code>
        </pre>
        <nav aria-labelledby="toc-h">
          <h2 id="toc-h">Operations</h2>
          <ul class="toc">
            {ops.map(({ method, path, op }) => (
              <li>
                <a href={`#${opAnchor(method, path)}`}>
                  <span class={`method m-${method}`}>{method}</span>
                  <code>{path}</code>
                </a>
                {typeof op.summary === 'string' ? ` ${op.summary}` : ''}
              </li>
            ))}
          </ul>
        </nav>
        {ops.map(({ method, path, op }) => (
          <Operation method={method} path={path} op={op} />
        ))}
        <h2 id="schemas">Schemas</h2>
        {schemas.map(([name, s]) => (
          <section id={`schema-${name}`} aria-labelledby={`schema-${name}-h`}>
            <h3 id={`schema-${name}-h`}>
              <code>{name}</code>
            </h3>
            {typeof s.description === 'string' ? <p>{s.description}</p> : null}
            <SchemaView schema={s} />
          </section>
        ))}
      </main>
    </Layout>
  )
}
