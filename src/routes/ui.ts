// GET / (the editor page). Its script and stylesheet are Workers static assets built by
// scripts/build.ts into dist/assets (wrangler.toml [assets]): served before the Worker runs,
// from this origin (no CDN, so the page works offline and under a strict Content-Security-Policy
// with no inline script or style), under content-hashed names cached as immutable.
import type { OpenAPIHono } from '@hono/zod-openapi'
import { z } from '@hono/zod-openapi'
import manifest from '../../dist/ui-manifest.json'
import { type Assets, EditorPage } from '../ui/page.tsx'

const DEFAULT_MAX_BYTES = 1024 * 1024

/** URL paths of the editor's script and stylesheet (dist/ui-manifest.json, written by the build). */
export const ASSETS: Assets = { css: manifest.css, js: manifest.js }

/** For HTML pages: scripts, styles and requests only from this origin. */
export const PAGE_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
}

const htmlPage = { description: 'HTML page', content: { 'text/html': { schema: z.string() } } }

export function registerUi(app: OpenAPIHono<{ Bindings: Env }>): void {
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/',
    summary: 'Editor page',
    description:
      'Paste or drop an article, audit it, see the findings highlighted in the text and apply suggestions. Served by the Worker with its assets; no network beyond this origin.',
    responses: { 200: htmlPage },
  })
  app.get('/', (c) => {
    const maxBytes = Number(c.env.AUDIT_MAX_BYTES) || DEFAULT_MAX_BYTES
    const page = EditorPage({ assets: ASSETS, maxBytes, defaultRuleset: c.env.DEFAULT_RULESET || 'default' })
    return c.html(`<!doctype html>${page}`, 200, PAGE_HEADERS)
  })
}
