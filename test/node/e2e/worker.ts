// Starts the Worker for the Node tests: src/index.ts bundled with esbuild (the bundler
// wrangler uses, same loaders as wrangler.toml: .txt as text), run by workerd through the
// miniflare API on a loopback port with an empty KV namespace (the bundled default rule set
// answers), the size limit wrangler.toml sets, and the static assets scripts/build.ts wrote
// to dist/assets served in front of it (with their _headers), as wrangler.toml [assets] does.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { Miniflare } from 'miniflare'

export const ROOT = join(import.meta.dirname, '..', '..', '..')

export interface RunningWorker {
  url: URL
  mf: Miniflare
  stop(): Promise<void>
}

/** Bundles a Worker module (entry relative to the repository) the way wrangler would. */
export async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    loader: { '.txt': 'text' },
    // Runtime modules workerd provides (the RulesetWriter Durable Object imports cloudflare:workers).
    external: ['cloudflare:*'],
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    logLevel: 'error',
  })
}

export async function startWorker(bindings: Record<string, string> = {}): Promise<RunningWorker> {
  const dir = mkdtempSync(join(tmpdir(), 'ta-worker-'))
  const outfile = join(dir, 'index.js')
  await bundle(join('src', 'index.ts'), outfile)
  const mf = new Miniflare({
    modules: true,
    scriptPath: outfile,
    modulesRoot: dir,
    compatibilityDate: '2026-04-01',
    kvNamespaces: ['RULES'],
    assets: { directory: join(ROOT, 'dist', 'assets'), routerConfig: { has_user_worker: true } },
    bindings: { AUDIT_MAX_BYTES: '1048576', DEFAULT_RULESET: 'default', ...bindings },
    host: '127.0.0.1',
    port: 0,
  })
  const url = await mf.ready
  return {
    url,
    mf,
    async stop() {
      await mf.dispose()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
