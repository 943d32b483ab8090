// The audit CLI: audits files, folders or standard input with the same engine the Worker
// runs (rule set from seeds/ or a file), or through a deployed Worker with --url, and prints
// text, JSON, SARIF 2.1.0 or a standalone HTML report. The package's `bin`, bundled by
// scripts/build.ts into dist/cli/translation-auditor.mjs (built by `npm ci`):
//
//   npx translation-auditor <files|dirs|-> [--format text|json|sarif|html] [--ruleset <file|id>]
//                    [--fail-on minor|major|critical] [--url <worker url>] [--token <t>]
//   npm run audit -- …   (the same, rebuilt from the current sources first)
//
// Exit status: 0 done, 1 a finding reached --fail-on, 2 usage or input errors (a missing or
// unreadable file, an empty text, a rule set that does not load, a Worker that refuses).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { audit } from '../src/engine/audit.ts'
import type { CompiledRuleSet } from '../src/engine/compile.ts'
import { type Report, SEVERITIES, type Severity } from '../src/engine/types.ts'
import { htmlToText } from '../src/html.ts'
import { loadCompiled, ROOT } from './lib/engine.ts'
import {
  type Audited,
  FORMATS,
  type Format,
  formatHtml,
  formatJson,
  formatSarif,
  formatText,
  reaches,
} from './lib/report-formats.ts'

const USAGE = `Usage: translation-auditor <files|dirs|-> [options]
       (in a checkout: npx translation-auditor …, or npm run audit -- …)

Audits machine-translated articles (.txt, .html, .htm; folders are searched recursively;
"-" reads standard input) and prints the findings.

Options:
  --format text|json|sarif|html   output format (default: text)
  --ruleset <file|id>             a rule-set JSON file, or the id of one (seeds/rulesets/<id>.json
                                  locally; sent as ?ruleset= with --url). Default: default
  --fail-on minor|major|critical  exit 1 when a finding of this severity or worse is found
  --url <worker url>              audit through a deployed Worker instead of locally
  --token <token>                 bearer token for --url (default: $AUDIT_TOKEN)
  --stdin-name <name>             path to report for "-" (default: <stdin>); a .html name means HTML
  -h, --help                      this help
  -V, --version                   the version

Exit status: 0 done, 1 a finding reached --fail-on, 2 usage or input error.
Text output: path:line:col severity category message (→ suggestion)`

const AUDITABLE = new Set(['.txt', '.html', '.htm'])
const isHtmlPath = (p: string) => ['.html', '.htm'].includes(extname(p).toLowerCase())
const looksLikeHtml = (s: string) =>
  /^\s*<(!doctype|html|body|article|div|p|section|h[1-6])\b/i.test(s) ||
  /<(p|div|br|article|body)\b[^>]*>/i.test(s.slice(0, 4096))

class UsageError extends Error {}

interface Options {
  format: Format
  ruleset?: string
  failOn?: Severity
  url?: URL
  token?: string
  stdinName: string
  inputs: string[]
}

function parseOptions(argv: string[]): Options | 'help' | 'version' {
  let parsed: ReturnType<typeof parse>
  function parse() {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        ruleset: { type: 'string', short: 'r' },
        'fail-on': { type: 'string' },
        url: { type: 'string' },
        token: { type: 'string' },
        'stdin-name': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    })
  }
  try {
    parsed = parse()
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e))
  }
  const v = parsed.values
  if (v.help) return 'help'
  if (v.version) return 'version'
  const format = (v.format ?? 'text') as Format
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${v.format}")`)
  const failOn = v['fail-on'] as Severity | undefined
  if (failOn !== undefined && !SEVERITIES.includes(failOn))
    throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')} (got "${failOn}")`)
  let url: URL | undefined
  if (v.url !== undefined) {
    try {
      url = new URL(v.url)
    } catch {
      throw new UsageError(`--url is not a URL: ${v.url}`)
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError('--url must be http(s)')
  }
  if (!parsed.positionals.length) throw new UsageError('Give at least one file, folder or - (standard input)')
  if (parsed.positionals.filter((p) => p === '-').length > 1)
    throw new UsageError('"-" (standard input) can be given once')
  return {
    format,
    ruleset: v.ruleset,
    failOn,
    url,
    token: v.token ?? process.env.AUDIT_TOKEN,
    stdinName: v['stdin-name'] ?? '<stdin>',
    inputs: parsed.positionals,
  }
}

/** Files to audit, in command-line order; folders expand to their .txt/.html files, sorted. */
function expandInputs(inputs: string[], problems: string[]): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue
      const p = join(dir, name)
      const st = statSync(p)
      if (st.isDirectory()) walk(p)
      else if (st.isFile() && AUDITABLE.has(extname(name).toLowerCase())) out.push(p)
    }
  }
  for (const input of inputs) {
    if (input === '-') {
      out.push('-')
      continue
    }
    if (!existsSync(input)) {
      problems.push(`${input}: no such file or folder`)
      continue
    }
    const st = statSync(input)
    if (st.isDirectory()) {
      const before = out.length
      walk(input)
      if (out.length === before) problems.push(`${input}: no .txt or .html files in this folder`)
    } else out.push(input)
  }
  return out
}

function resolveRuleset(spec: string | undefined, remote: boolean): { file?: string; id?: string } {
  if (spec === undefined) return {}
  const isFile = spec.endsWith('.json') || spec.includes('/') || spec.includes('\\')
  if (isFile) {
    if (remote) throw new UsageError('--ruleset <file> audits locally; with --url give the id of a stored rule set')
    if (!existsSync(spec)) throw new UsageError(`--ruleset ${spec}: no such file`)
    return { file: spec }
  }
  if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(spec))
    throw new UsageError(`--ruleset ${spec}: not a rule-set id or a .json file`)
  if (remote) return { id: spec }
  const seeded = join(ROOT, 'seeds', 'rulesets', `${spec}.json`)
  if (!existsSync(seeded)) throw new UsageError(`--ruleset ${spec}: no seeds/rulesets/${spec}.json (give a file path)`)
  return { file: seeded }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of process.stdin) chunks.push(c as Buffer)
  return decode(Buffer.concat(chunks), 'standard input')
}

function decode(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new Error(`${what} is not valid UTF-8`)
  }
}

async function auditRemote(url: URL, body: string, html: boolean, opts: Options, rulesetId?: string): Promise<Report> {
  const target = new URL('/v1/audit', url)
  if (rulesetId) target.searchParams.set('ruleset', rulesetId)
  let res: Response
  try {
    res = await fetch(target, {
      method: 'POST',
      headers: {
        'content-type': `${html ? 'text/html' : 'text/plain'}; charset=utf-8`,
        accept: 'application/json',
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      },
      body,
      signal: AbortSignal.timeout(60_000),
    })
  } catch (e) {
    const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : ''
    throw new Error(`cannot reach ${target.origin}${cause || (e instanceof Error ? `: ${e.message}` : '')}`)
  }
  const text = await res.text()
  if (!res.ok) {
    let detail = text.slice(0, 300)
    try {
      const p = JSON.parse(text) as { title?: string; detail?: string }
      detail = [p.title, p.detail].filter(Boolean).join(': ')
    } catch {}
    throw new Error(`the Worker answered ${res.status}${detail ? ` (${detail})` : ''}`)
  }
  return JSON.parse(text) as Report
}

/** A progress bar on stderr, only on a terminal and for more than a few files. */
function progress(total: number): { tick(path: string): void; done(): void } {
  const stderr = process.stderr
  if (total <= 3 || !stderr.isTTY) return { tick() {}, done() {} }
  let n = 0
  const width = 24
  return {
    tick(path) {
      n++
      const filled = Math.round((n / total) * width)
      const cols = stderr.columns || 80
      const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${n}/${total} ${path}`
      stderr.write(`\r\x1b[2K${line.slice(0, cols - 1)}`)
    },
    done() {
      stderr.write('\r\x1b[2K')
    },
  }
}

const packageVersion = () =>
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version

async function main(argv: string[]): Promise<number> {
  let opts: Options | 'help' | 'version'
  try {
    opts = parseOptions(argv)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    process.stderr.write(`audit: ${e.message}\n\n${USAGE}\n`)
    return 2
  }
  if (opts === 'help') {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  if (opts === 'version') {
    process.stdout.write(`translation-auditor ${packageVersion()}\n`)
    return 0
  }
  const problems: string[] = []
  let ruleset: { file?: string; id?: string }
  let compiled: CompiledRuleSet | undefined
  try {
    ruleset = resolveRuleset(opts.ruleset, opts.url !== undefined)
    if (!opts.url) compiled = loadCompiled(ruleset.file)
  } catch (e) {
    process.stderr.write(`audit: ${e instanceof Error ? e.message : String(e)}\n`)
    return 2
  }
  const files = expandInputs(opts.inputs, problems)
  const results: Audited[] = []
  const bar = progress(files.length)
  for (const file of files) {
    const path = file === '-' ? opts.stdinName : file
    bar.tick(path)
    try {
      const raw = file === '-' ? await readStdin() : decode(readFileSync(file), file)
      const html = file === '-' ? isHtmlPath(opts.stdinName) || looksLikeHtml(raw) : isHtmlPath(file)
      if (!raw.trim()) throw new Error('empty: nothing to audit')
      let text = html ? htmlToText(raw) : raw
      let report: Report
      if (opts.url) {
        report = await auditRemote(opts.url, raw, html, opts, ruleset.id)
        if (html && typeof report.text === 'string') text = report.text
      } else {
        if (!text.trim()) throw new Error('no text in this HTML')
        report = audit(text, compiled as CompiledRuleSet, { id: path })
      }
      results.push({ path, text, fromHtml: html, report })
    } catch (e) {
      problems.push(`${path}: ${e instanceof Error ? e.message : String(e)}`)
    }
  }
  bar.done()

  const version = packageVersion()
  const out =
    opts.format === 'json'
      ? formatJson(results, opts.failOn)
      : opts.format === 'sarif'
        ? formatSarif(results, { version })
        : opts.format === 'html'
          ? formatHtml(results)
          : formatText(results)
  process.stdout.write(out)
  for (const p of problems) process.stderr.write(`audit: ${p}\n`)
  if (problems.length) return 2
  if (opts.failOn) {
    const threshold = opts.failOn
    const hits = results.flatMap((r) => r.report.findings.filter((f) => reaches(f, threshold)))
    if (hits.length) {
      process.stderr.write(`audit: ${hits.length} finding(s) at or above ${threshold}\n`)
      return 1
    }
  }
  return 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e) => {
    process.stderr.write(`audit: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    process.exitCode = 2
  },
)
