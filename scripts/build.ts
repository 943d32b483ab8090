// Builds what is not served or run from the sources directly, into dist/ (not committed):
//
//   ui   the editor page's script (src/ui/client, bundled by esbuild) and the stylesheet
//        (src/ui/styles.ts) as Workers static assets in dist/assets/ (wrangler.toml [assets]),
//        named by content hash and cached as immutable through dist/assets/_headers;
//        dist/ui-manifest.json tells the Worker (src/routes/ui.ts) their names.
//   cli  the audit CLI (scripts/audit-cli.ts) as one file, dist/cli/translation-auditor.mjs:
//        the package's `bin`. It stays two folders below the checkout, as scripts/lib/engine.ts
//        is, because it reads the rule set and data from seeds/ relative to itself.
//
//   node scripts/build.ts [ui] [cli] [--quiet]      (no target: both)
//
// Run by `npm ci` (prepare), `npm test`, `npm run audit`, and by wrangler ([build] in
// wrangler.toml) before `wrangler dev` and `wrangler deploy`.
import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { APP_CSS } from '../src/ui/styles.ts'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
export const DIST = join(ROOT, 'dist')

/** Where the Worker finds its assets' names: `{css, js}` as URL paths. */
export interface UiManifest {
  css: string
  js: string
}

/** Cache rules for the assets: their names change with their content, so they never go stale. */
const HEADERS = `# Written by scripts/build.ts. Asset names carry a content hash: a changed file has a new name.
/ui/*
  Cache-Control: public, max-age=31536000, immutable
  X-Content-Type-Options: nosniff
`

export async function buildUi(out = DIST): Promise<UiManifest> {
  const assets = join(out, 'assets')
  const ui = join(assets, 'ui')
  rmSync(ui, { recursive: true, force: true })
  mkdirSync(ui, { recursive: true })
  const result = await build({
    entryPoints: { editor: join(ROOT, 'src', 'ui', 'client', 'main.ts') },
    outdir: ui,
    entryNames: '[name]-[hash]',
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  })
  const js = Object.keys(result.metafile.outputs).find((f) => f.endsWith('.js'))
  if (!js) throw new Error('esbuild wrote no editor script')
  const cssName = `app-${createHash('sha256').update(APP_CSS).digest('hex').slice(0, 12)}.css`
  writeFileSync(join(ui, cssName), APP_CSS)
  writeFileSync(join(assets, '_headers'), HEADERS)
  const url = (file: string) => `/${relative(assets, file).split('\\').join('/')}`
  const manifest: UiManifest = { css: url(join(ui, cssName)), js: url(join(ROOT, js)) }
  writeFileSync(join(out, 'ui-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

export async function buildCli(out = DIST): Promise<string> {
  const outfile = join(out, 'cli', 'translation-auditor.mjs')
  await build({
    entryPoints: [join(ROOT, 'scripts', 'audit-cli.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    loader: { '.txt': 'text' },
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  })
  chmodSync(outfile, 0o755)
  return outfile
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2)
  const quiet = args.includes('--quiet')
  const targets = args.filter((a) => !a.startsWith('--'))
  for (const t of targets) if (t !== 'ui' && t !== 'cli') throw new Error(`unknown build target ${t} (ui, cli)`)
  const all = targets.length === 0
  const done: string[] = []
  if (all || targets.includes('ui')) {
    const m = await buildUi()
    done.push(`dist/assets${m.js}`, `dist/assets${m.css}`)
  }
  if (all || targets.includes('cli')) done.push(relative(ROOT, await buildCli()))
  if (!quiet) process.stderr.write(`built ${done.join(', ')}\n`)
}
