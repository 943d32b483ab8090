// GET /docs: the API reference, rendered from the same OpenAPI document GET /openapi.json
// serves (asked for in-process, so the two cannot drift). No script, no CDN.
import type { OpenAPIHono } from '@hono/zod-openapi'
import { createRoute, z } from '@hono/zod-openapi'
import { HttpProblem } from '../http/problem.ts'
import { DocsPage, type OpenApiDoc } from '../ui/docs.tsx'
import { ASSETS, PAGE_HEADERS } from './ui.ts'

export function registerDocs(app: OpenAPIHono<{ Bindings: Env }>): void {
  // The document describes itself too (served by app.doc31 in src/app.ts).
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/openapi.json',
    summary: 'This OpenAPI 3.1 document',
    responses: {
      200: { description: 'The OpenAPI document', content: { 'application/json': { schema: z.object({}) } } },
    },
  })
  app.openapi(
    createRoute({
      method: 'get',
      path: '/docs',
      summary: 'API reference',
      description: 'This document rendered as HTML, served by the Worker with no external assets.',
      responses: { 200: { description: 'HTML page', content: { 'text/html': { schema: z.string() } } } },
    }),
    async (c) => {
      const res = await app.request('/openapi.json', { headers: { accept: 'application/json' } }, c.env)
      if (!res.ok) throw new HttpProblem(500, `The OpenAPI document could not be generated (${res.status})`)
      const doc = (await res.json()) as OpenApiDoc
      return c.html(`<!doctype html>${DocsPage({ doc, assets: ASSETS })}`, 200, PAGE_HEADERS)
    },
  )
}
