// Shared by the benchmarks (scripts/bench.ts, scripts/bench-http.ts): the dev corpus, texts of
// a given size built from it, statistics, the machine description and bench/results.json.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, platform, release, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { ROOT } from './engine.ts'

/** The dev corpus beside the checkout, or (in a clone without it) the five seed articles. */
const SHARED_CORPUS = join(ROOT, '..', 'shared', 'corpus', 'dev')
export const CORPUS_DIR = existsSync(SHARED_CORPUS) ? SHARED_CORPUS : join(ROOT, 'seeds', 'articles')
export const RESULTS_FILE = join(ROOT, 'bench', 'results.json')
export const MB = 1_000_000

export interface Article {
  name: string
  text: string
  bytes: number
}

export const byteLength = (s: string) => Buffer.byteLength(s, 'utf8')

export function devArticles(dir = CORPUS_DIR): Article[] {
  if (!existsSync(dir)) throw new Error(`No dev corpus at ${dir}`)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8')
      return { name, text, bytes: byteLength(text) }
    })
}

/**
 * A text of about `bytes` UTF-8 bytes: dev articles concatenated (blank line between them,
 * cycling when the corpus is shorter), cut at the last line or word break under the size.
 */
export function textOfSize(articles: Article[], bytes: number): string {
  const parts: string[] = []
  let total = 0
  for (let i = 0; total < bytes + 4096; i++) {
    const a = articles[i % articles.length] as Article
    parts.push(a.text.trimEnd())
    total += a.bytes + 2
  }
  const whole = parts.join('\n\n')
  // Characters ≈ bytes for this corpus; trim until the UTF-8 size fits.
  let cut = bytes
  while (byteLength(whole.slice(0, cut)) > bytes) cut -= Math.max(1, (byteLength(whole.slice(0, cut)) - bytes) >> 1)
  const nl = whole.lastIndexOf('\n', cut)
  const sp = whole.lastIndexOf(' ', cut)
  const at = nl > cut - 2000 ? nl : sp > 0 ? sp : cut
  return whole.slice(0, at)
}

export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return Number.NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[i] as number
}
export const median = (xs: number[]) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  )

export const round = (x: number, digits = 2) => {
  const f = 10 ** digits
  return Math.round(x * f) / f
}

export function machine() {
  const cpu = cpus()
  let model = cpu[0]?.model ?? 'unknown'
  try {
    // /proc/cpuinfo may name the CPU more precisely than os.cpus() (same source on Linux).
    const m = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))
    if (m?.[1]) model = m[1].trim()
  } catch {}
  let commit = ''
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()
  } catch {}
  return {
    cpu: model,
    cores: cpu.length,
    memoryGB: round(totalmem() / 2 ** 30, 1),
    os: `${platform()} ${release()}`,
    node: process.version,
    commit,
    date: new Date().toISOString(),
  }
}

/** Merges `part` into bench/results.json (the engine and HTTP benchmarks each own one key). */
export function writeResults(key: string, part: unknown): void {
  let all: Record<string, unknown> = {}
  try {
    all = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, unknown>
  } catch {}
  all[key] = part
  mkdirSync(dirname(RESULTS_FILE), { recursive: true })
  writeFileSync(RESULTS_FILE, `${JSON.stringify(all, null, 2)}\n`)
}

export interface ProcessRun {
  ms: number
  code: number | null
  stdout: string
  stderr: string
  /** Peak resident set size of the child in MB (from the bench-rss preload), when known. */
  peakRssMB?: number
}

/**
 * Runs a whole Node process and times it from spawn to exit. With `rss`, the child preloads
 * bench-rss.ts, which writes its peak RSS to stderr as it exits.
 */
export function timeProcess(args: string[], opts: { rss?: boolean; cwd?: string } = {}): Promise<ProcessRun> {
  const pre = opts.rss ? ['--import', join(ROOT, 'scripts', 'lib', 'bench-rss.ts')] : []
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const child = spawn(process.execPath, [...pre, ...args], {
      cwd: opts.cwd ?? ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = performance.now() - t0
      let stderr = Buffer.concat(err).toString('utf8')
      let peakRssMB: number | undefined
      const m = /\n?__BENCH_PEAK_RSS_KB=(\d+)\n?/.exec(stderr)
      if (m) {
        peakRssMB = Number(m[1]) / 1024
        stderr = stderr.replace(m[0], '')
      }
      resolve({ ms, code, stdout: Buffer.concat(out).toString('utf8'), stderr, peakRssMB })
    })
  })
}
