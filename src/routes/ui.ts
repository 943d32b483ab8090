// GET / (the editor page) and its two assets, /ui/app.css and /ui/editor.js. Everything is
// served by the Worker from strings in the bundle: no CDN, so the page works offline and
// under a strict Content-Security-Policy (no inline script or style).
import type { OpenAPIHono } from '@hono/zod-openapi'
import { z } from '@hono/zod-openapi'
import { EDITOR_JS } from '../ui/client.ts'
import { EditorPage } from '../ui/page.tsx'
import { APP_CSS } from '../ui/styles.ts'

const DEFAULT_MAX_BYTES = 1024 * 1024

/** FNV-1a, hex: a content version for asset URLs, so they can be cached as immutable. */
export function contentHash(s: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

const CSS_VERSION = contentHash(APP_CSS)
const JS_VERSION = contentHash(EDITOR_JS)
export const ASSETS = { css: `/ui/app.css?v=${CSS_VERSION}`, js: `/ui/editor.js?v=${JS_VERSION}` }

/** For HTML pages: scripts, styles and requests only from this origin. */
export const PAGE_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
}

function asset(body: string, type: string, version: string, requested: string | undefined): Response {
  return new Response(body, {
    headers: {
      'content-type': `${type}; charset=utf-8`,
      'x-content-type-options': 'nosniff',
      // Versioned URLs never change; an unversioned or stale one is revalidated.
      'cache-control': requested === version ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      etag: `"${version}"`,
    },
  })
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
  app.get('/ui/app.css', (c) => {
    if (c.req.header('if-none-match') === `"${CSS_VERSION}"`) return c.body(null, 304)
    return asset(APP_CSS, 'text/css', CSS_VERSION, c.req.query('v'))
  })
  app.get('/ui/editor.js', (c) => {
    if (c.req.header('if-none-match') === `"${JS_VERSION}"`) return c.body(null, 304)
    return asset(EDITOR_JS, 'text/javascript', JS_VERSION, c.req.query('v'))
  })
}
