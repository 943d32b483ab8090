// The audit CLI as a pipeline runs it: the bundled `bin` (dist/cli/translation-auditor.mjs,
// built from the current sources by the test setup) as a child process on the seed articles
// and on stdin, checked against the engine run in-process, in every output format, with its
// exit codes; then against the Worker (started through miniflare) with --url; and through npx.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCompiled } from '../../scripts/lib/engine.ts'
import { audit } from '../../src/engine/audit.ts'
import { CATEGORIES, type Finding, type Report } from '../../src/engine/types.ts'
import { htmlToText } from '../../src/html.ts'
import { ROOT, type RunningWorker, startWorker } from './e2e/worker.ts'

const CLI = join(ROOT, 'dist', 'cli', 'translation-auditor.mjs')
const ARTICLES = join(ROOT, 'seeds', 'articles')
const articleFiles = readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
const rel = (f: string) => join('seeds', 'articles', f)

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the bundled CLI with this Node from the repository root. */
function run(args: string[], input?: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d
    })
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.on('error', () => {}) // the CLI may exit before reading a refused input
    child.stdin.end(input ?? '')
  })
}

const compiled = loadCompiled()
const expected = new Map<string, Report>(
  articleFiles.map((f) => [rel(f), audit(readFileSync(join(ARTICLES, f), 'utf8'), compiled)]),
)
const stable = (fs: Finding[]) =>
  fs.map(({ ruleId, category, severity, start, end, line, column, suggestion }) => ({
    ruleId,
    category,
    severity,
    start,
    end,
    line,
    column,
    suggestion,
  }))

const FINDING_LINE = new RegExp(
  `^(.+?):(\\d+):(\\d+) (minor|major|critical) (${CATEGORIES.join('|')}) (.+?)(?: \\(→ (.+)\\))?$`,
)

describe('the package bin', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    version: string
    bin: Record<string, string>
  }
  it('is the bundle, one file that imports nothing but Node built-ins', () => {
    expect(join(ROOT, pkg.bin['translation-auditor'] as string)).toBe(CLI)
    const code = readFileSync(CLI, 'utf8')
    expect(code.startsWith('#!/usr/bin/env node\n')).toBe(true)
    const imports = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1])
    expect(imports.length).toBeGreaterThan(0)
    expect(imports.filter((i) => !i?.startsWith('node:'))).toEqual([])
  })
  it('--version and --help', async () => {
    const v = await run(['--version'])
    expect(v).toEqual({ code: 0, stdout: `translation-auditor ${pkg.version}\n`, stderr: '' })
    const h = await run(['-h'])
    expect(h.code).toBe(0)
    expect(h.stdout).toMatch(/^Usage: translation-auditor <files\|dirs\|->/)
    expect(h.stdout).toContain('--version')
  })
  it('runs as `npx translation-auditor` in the checkout', () => {
    const r = spawnSync('npx', ['translation-auditor', '--version'], { cwd: ROOT, encoding: 'utf8' })
    expect(r.stdout).toBe(`translation-auditor ${pkg.version}\n`)
    expect(r.status).toBe(0)
  })
})

describe('audit CLI, local engine', () => {
  it('text: one path:line:col line per finding, positions pointing at the excerpt', async () => {
    const r = await run(['seeds/articles'])
    expect(r.stderr).toBe('') // no progress bar: stderr is not a terminal
    expect(r.code).toBe(0)
    const lines = r.stdout.trimEnd().split('\n')
    const findingLines = lines.filter((l) => FINDING_LINE.test(l))
    const summaries = lines.filter((l) => !FINDING_LINE.test(l))
    const total = [...expected.values()].reduce((n, rep) => n + rep.findings.length, 0)
    expect(findingLines).toHaveLength(total)
    expect(summaries).toHaveLength(articleFiles.length)
    for (const [path, rep] of expected) {
      expect(summaries).toContain(
        `${path}: score ${rep.score.toFixed(1)}/100, ${rep.verdict}, ${rep.findings.length} finding${rep.findings.length === 1 ? '' : 's'} in ${rep.stats.words} words (rule set ${rep.ruleset.id} v${rep.ruleset.version})`,
      )
    }
    // Every line's position, read back from the file, is where the excerpt starts.
    for (const line of findingLines) {
      const m = FINDING_LINE.exec(line) as RegExpExecArray
      const [, path, ln, col, severity, category] = m
      const rep = expected.get(path as string) as Report
      const f = rep.findings.find(
        (x) => x.line === Number(ln) && x.column === Number(col) && x.category === category && x.severity === severity,
      )
      expect(f, line).toBeDefined()
      const fileLine = readFileSync(join(ROOT, path as string), 'utf8').split('\n')[Number(ln) - 1] as string
      expect(fileLine.slice(Number(col) - 1).startsWith((f as Finding).excerpt.split('\n')[0] as string), line).toBe(
        true,
      )
    }
    const blinkin = (expected.get(rel('es-biden-deescalate.txt')) as Report).findings.find(
      (f) => f.excerpt === 'Blinkin',
    )
    expect(blinkin?.suggestion).toBe('Blinken')
    const b = blinkin as Finding
    expect(findingLines).toContain(
      `seeds/articles/es-biden-deescalate.txt:${b.line}:${b.column} ${b.severity} ${b.category} ${b.message} (→ Blinken)`,
    )
    expect(
      findingLines.some(
        (l) => l.startsWith('seeds/articles/es-biden-putin-call-again.txt:') && l.includes('(→ Vladimir)'),
      ),
    ).toBe(true)
  })

  it('json: the reports of the engine, one per file', async () => {
    const r = await run(['--format', 'json', ...articleFiles.map(rel)])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as { files: { path: string; report: Report }[] }
    expect(out.files.map((f) => f.path)).toEqual(articleFiles.map(rel))
    for (const { path, report } of out.files) {
      const want = expected.get(path) as Report
      expect(report.score, path).toBe(want.score)
      expect(report.verdict).toBe(want.verdict)
      expect(report.summary).toEqual(want.summary)
      expect(stable(report.findings)).toEqual(stable(want.findings))
    }
  })

  it('sarif: a valid 2.1.0 log with a result (and fix) per finding', async () => {
    const r = await run(['--format', 'sarif', 'seeds/articles'])
    expect(r.code).toBe(0)
    const log = JSON.parse(r.stdout)
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toMatch(/sarif-2\.1\.0/)
    expect(log.runs).toHaveLength(1)
    const run0 = log.runs[0]
    expect(run0.tool.driver.name).toBe('translation-auditor')
    expect(run0.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/)
    const rules = run0.tool.driver.rules as { id: string }[]
    expect(new Set(rules.map((x) => x.id)).size).toBe(rules.length)
    const total = [...expected.values()].reduce((n, rep) => n + rep.findings.length, 0)
    expect(run0.results).toHaveLength(total)
    const levels = { minor: 'note', major: 'warning', critical: 'error' }
    for (const res of run0.results) {
      expect(rules[res.ruleIndex]?.id).toBe(res.ruleId)
      expect(['note', 'warning', 'error']).toContain(res.level)
      expect(res.level).toBe(levels[res.properties.severity as keyof typeof levels])
      expect(typeof res.message.text).toBe('string')
      const loc = res.locations[0].physicalLocation
      const text = readFileSync(join(ROOT, loc.artifactLocation.uri), 'utf8')
      const region = loc.region
      expect(text.slice(region.charOffset, region.charOffset + region.charLength)).toBe(region.snippet.text)
      const lines = text.split('\n')
      expect(
        (lines[region.startLine - 1] as string)
          .slice(region.startColumn - 1)
          .startsWith((region.snippet.text as string).split('\n')[0] as string),
      ).toBe(true)
      expect(region.endLine).toBeGreaterThanOrEqual(region.startLine)
      if (res.fixes) {
        expect(res.fixes[0].artifactChanges[0].replacements[0].deletedRegion).toEqual(region)
        expect(typeof res.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('string')
      }
    }
    const blinkin = run0.results.find(
      (x: { locations: { physicalLocation: { region: { snippet: { text: string } } } }[] }) =>
        x.locations[0]?.physicalLocation.region.snippet.text === 'Blinkin',
    )
    expect(blinkin.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('Blinken')
  })

  it('html: a standalone report with the highlights and no script or remote asset', async () => {
    const r = await run(['--format', 'html', rel('es-biden-deescalate.txt')])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^<!doctype html>/)
    const blinkin = (expected.get(rel('es-biden-deescalate.txt')) as Report).findings.find(
      (f) => f.excerpt === 'Blinkin',
    )
    expect(blinkin).toBeDefined()
    expect(r.stdout).toContain(`<mark class="f cat-${blinkin?.category} sev-${blinkin?.severity}" title="“Blinkin”`)
    expect(r.stdout).toContain('>Blinkin</mark>')
    expect(r.stdout).not.toMatch(/<script|<link|src=|href="https?:/i)
    expect(r.stdout).toContain(
      `<span class="score">${(expected.get(rel('es-biden-deescalate.txt')) as Report).score.toFixed(1)}</span>`,
    )
  })

  it('exit codes: 1 when a finding reaches --fail-on, 0 below it, 2 on usage and input errors', async () => {
    const deescalate = expected.get(rel('es-biden-deescalate.txt')) as Report
    expect(deescalate.findings.some((f) => f.severity === 'major')).toBe(true)
    const major = await run(['--fail-on', 'major', rel('es-biden-deescalate.txt')])
    expect(major.code).toBe(1)
    expect(major.stderr).toMatch(/finding\(s\) at or above major/)
    expect(major.stdout).toContain('es-biden-deescalate.txt:') // the report is still printed

    const hasCritical = deescalate.findings.some((f) => f.severity === 'critical')
    expect((await run(['--fail-on', 'critical', rel('es-biden-deescalate.txt')])).code).toBe(hasCritical ? 1 : 0)
    const clean = 'The minister met his counterpart on Tuesday to discuss the talks.'
    expect(audit(clean, compiled).findings).toEqual([])
    expect((await run(['--fail-on', 'minor', '-'], clean)).code).toBe(0)
    expect((await run([rel('es-biden-deescalate.txt')])).code).toBe(0) // no --fail-on: findings alone never fail

    const usage = [
      [],
      ['--format', 'yaml', 'seeds/articles'],
      ['--fail-on', 'fatal', 'seeds/articles'],
      ['--bogus', 'seeds/articles'],
      ['--url', 'not a url', 'seeds/articles'],
      ['--ruleset', 'nope-no-such', 'seeds/articles'],
    ]
    for (const args of usage) {
      const r = await run(args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr, args.join(' ')).toMatch(/^audit: /)
      expect(r.stdout).toBe('')
    }
    const missing = await run([rel('es-biden-deescalate.txt'), 'no/such/file.txt'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('no/such/file.txt: no such file or folder')
    expect(missing.stdout).toContain('es-biden-deescalate.txt:') // the others are still audited
    expect((await run(['-'], '   \n')).stderr).toContain('<stdin>: empty')
    expect((await run(['-'], '   \n')).code).toBe(2)
  })

  it('--ruleset takes a file (a broken one is exit 2 naming the problem)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ta-cli-'))
    try {
      const rs = JSON.parse(readFileSync(join(ROOT, 'seeds', 'rulesets', 'default.json'), 'utf8'))
      rs.scoring = { ...rs.scoring, passThreshold: 0, failThreshold: 0 }
      const before = rs.rules.length
      rs.rules = rs.rules.filter((x: { kind: string }) => x.kind !== 'name-cluster')
      expect(rs.rules.length).toBeLessThan(before)
      const good = join(dir, 'lenient.json')
      writeFileSync(good, JSON.stringify(rs))
      const r = await run(['--ruleset', good, '--format', 'json', rel('es-biden-deescalate.txt')])
      const report = (JSON.parse(r.stdout) as { files: { report: Report }[] }).files[0]?.report as Report
      if (r.code !== 0) throw new Error(r.stderr)
      expect(report.findings.some((f) => f.category === 'name-inconsistency')).toBe(false)
      expect(report.verdict).toBe('pass')

      const bad = join(dir, 'bad.json')
      writeFileSync(bad, JSON.stringify({ ...rs, rules: [{ id: 'x', kind: 'no-such-kind' }] }))
      const b = await run(['--ruleset', bad, rel('es-biden-deescalate.txt')])
      expect(b.code).toBe(2)
      expect(b.stderr).toContain('bad.json')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('stdin: "-" audits standard input, text or HTML', async () => {
    const text = 'President Valdimir Putin met Antony Blinken in Ginebra on Thursday.'
    const r = await run(['-'], text)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^<stdin>:1:11 major name-misspelling .*“Valdimir”.*\(→ Vladimir\)$/m)
    expect(r.stdout).toMatch(/^<stdin>:1:\d+ major name-misspelling .*Ginebra.*\(→ Geneva\)$/m)

    const article = readFileSync(join(ARTICLES, 'es-biden-deescalate.txt'), 'utf8')
    const piped = await run(['--format', 'json', '-'], article)
    const report = (JSON.parse(piped.stdout) as { files: { path: string; report: Report }[] }).files[0]
    expect(report?.path).toBe('<stdin>')
    expect(stable(report?.report.findings ?? [])).toEqual(
      stable((expected.get(rel('es-biden-deescalate.txt')) as Report).findings),
    )

    const html = '<article><p>President <b>Valdimir</b> Putin &amp; aides</p><p>Leave a Reply</p></article>'
    const h = await run(['--format', 'json', '--stdin-name', 'story.html', '-'], html)
    const file = (JSON.parse(h.stdout) as { files: { path: string; text: string; report: Report }[] }).files[0]
    expect(file?.path).toBe('story.html')
    expect(file?.text).toBe(htmlToText(html))
    expect(file?.text).toMatch(/^President Valdimir Putin & aides\n+Leave a Reply$/)
    const v = file?.report.findings.find((f) => f.excerpt === 'Valdimir')
    expect(v && file?.text.slice(v.start, v.end)).toBe('Valdimir')
  })
})

describe('audit CLI, --url (the Worker in workerd)', () => {
  let worker: RunningWorker
  beforeAll(async () => {
    worker = await startWorker()
  })
  afterAll(async () => {
    await worker?.stop()
  })

  it('gives the same findings as the local engine', async () => {
    const r = await run(
      ['--url', worker.url.href, '--format', 'json', rel('es-biden-deescalate.txt'), '-'],
      'Blinkin met Blinken.',
    )
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as { files: { path: string; report: Report }[] }
    expect(out.files[0]?.report.ruleset.id).toBe('default')
    expect(stable(out.files[0]?.report.findings ?? [])).toEqual(
      stable((expected.get(rel('es-biden-deescalate.txt')) as Report).findings),
    )
    expect(out.files[1]?.report.findings.map((f) => f.excerpt)).toContain('Blinkin')
  })

  it('reports what the Worker refuses (413, unknown rule set) and an unreachable Worker, exit 2', async () => {
    const big = 'The talks resumed. '.repeat(60_000) // 1.14 MB
    const tooBig = await run(['--url', worker.url.href, '-'], big)
    expect(tooBig.code).toBe(2)
    expect(tooBig.stderr).toContain('<stdin>: the Worker answered 413 (Content Too Large')
    const unknown = await run(['--url', worker.url.href, '--ruleset', 'no-such-set', rel('es-biden-deescalate.txt')])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('the Worker answered 404')
    const down = await run(['--url', 'http://127.0.0.1:9', rel('es-biden-deescalate.txt')])
    expect(down.code).toBe(2)
    expect(down.stderr).toContain('cannot reach http://127.0.0.1:9')
  })
})
