#!/usr/bin/env node
// HTTP load benchmark (issue 7): starts the Worker with `wrangler dev` on loopback, drives
// POST /v1/audit with autocannon (10 connections, 10 s, a 5 KB article) and reports
// requests/s, p50 / p99 latency, errors and non-2xx answers. Fails (exit 1) on any error or
// non-2xx answer. Writes bench/results.json (key "http").
//
// Then the hostile mix (issue 11): the inputs of scripts/lib/bench-hostile.ts (markup
// floods, a wordless megabyte, an 8,000-character rule-set id, rich text nested 15,000
// deep, unsigned webhooks, wrong methods, a 4.5 MB rule set over the cost budget, a write
// race, 1 MB of one repeated line), sent in turn by every connection for the same duration.
// Connection k starts at input k. It needs 0 answers of 5xx and a p99 under 1 s; each
// input's own latency (one at a time) is printed beside the answer it got. Key "http.hostile".
//
//   npm run bench:http [-- --seed] [-- --duration 10] [-- --connections 10] [-- --hostile-only]
//                      [-- --exclude <text>]   (leave out the hostile inputs whose name contains it)
//   --seed runs `npm run seed:local` first; without it the Worker answers from the bundled
//   default rule set when local KV holds none.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { BENCH_SOURCES, BENCH_VARS, type HostileRequest, hostileRequests } from './lib/bench-hostile.ts'
import {
  byteLength,
  devArticles,
  machine,
  median,
  RESULTS_FILE,
  round,
  textOfSize,
  writeResults,
} from './lib/bench-util.ts'
import { ROOT } from './lib/engine.ts'

const args = process.argv.slice(2)
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : fallback
}
const duration = opt('duration', 10)
const connections = opt('connections', 10)
const log = (s = '') => process.stdout.write(`${s}\n`)

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => resolve(port))
    })
  })
}

async function waitReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with code ${child.exitCode}`)
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`wrangler dev did not answer ${url}/healthz within ${timeoutMs / 1000} s`)
}

const hostileOnly = args.includes('--hostile-only')
/** The hostile mix's bar (issue 11): no 5xx, and p99 under this. */
const HOSTILE_P99_MS = 1000

if (args.includes('--seed')) {
  log('seeding local KV (npm run seed:local)…')
  const r = spawnSync('npm', ['run', 'seed:local'], { cwd: ROOT, stdio: 'inherit' })
  if (r.status !== 0) throw new Error('npm run seed:local failed')
}

// The 5 KB article: the dev article closest to 5 KB (a real machine translation with
// findings), or dev articles concatenated and cut at a line or word break when none is close.
const articles = devArticles()
const closest = [...articles].sort((a, b) => Math.abs(a.bytes - 5120) - Math.abs(b.bytes - 5120))[0]
const text = closest && Math.abs(closest.bytes - 5120) < 1024 ? closest.text : textOfSize(articles, 5 * 1024)
const articleName = closest && text === closest.text ? closest.name : 'dev articles concatenated'
const body = JSON.stringify({ text })
const headers: Record<string, string> = { 'content-type': 'application/json' }
if (process.env.AUDIT_TOKEN) headers.authorization = `Bearer ${process.env.AUDIT_TOKEN}`

// The webhook sources the hostile mix delivers to, in the local KV wrangler dev reads.
for (const [id, config] of Object.entries(BENCH_SOURCES)) {
  const r = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'wrangler'),
    ['kv', 'key', 'put', '--local', '--binding', 'RULES', `source:${id}`, JSON.stringify(config)],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CI: '1' } },
  )
  if (r.status !== 0) throw new Error(`wrangler kv key put source:${id} failed`)
}

async function benignRun(): Promise<{ out: Record<string, unknown>; failed: boolean }> {
  // One request to check the answer and warm the isolate (rule set compiled and cached).
  const first = await fetch(`${url}/v1/audit`, { method: 'POST', headers, body })
  const firstReport = (await first.json()) as { findings?: unknown[]; ruleset?: { id: string; version: number } }
  if (first.status !== 200) throw new Error(`POST /v1/audit answered ${first.status}: ${JSON.stringify(firstReport)}`)
  log(
    `the article (${articleName}) is ${byteLength(text)} bytes, ${firstReport.findings?.length ?? 0} findings, rule set ${firstReport.ruleset?.id} v${firstReport.ruleset?.version}`,
  )
  log(`autocannon: ${connections} connections, ${duration} s, POST /v1/audit`)
  const result = await autocannon({
    url: `${url}/v1/audit`,
    method: 'POST',
    headers,
    body,
    connections,
    duration,
  })
  const non2xx = result.non2xx
  // Reference: the same server answering GET /healthz (no body, no audit), to separate what
  // wrangler dev's local proxy costs from what the audit costs.
  const base = await autocannon({ url: `${url}/healthz`, connections, duration: Math.min(5, duration) })
  const out = {
    article: { name: articleName, bytes: byteLength(text) },
    connections,
    durationS: duration,
    ...throughputOf(result),
    latencyMs: { ...throughputOf(result).latencyMs, average: round(result.latency.average) },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx,
    status5xx: result['5xx'],
    throughputMBs: round(result.throughput.average / 1e6, 2),
    healthzReference: {
      durationS: Math.min(5, duration),
      requestsPerSecond: round(base.requests.average, 1),
      latencyMs: { p50: base.latency.p50, p99: base.latency.p99 },
      errors: base.errors,
      non2xx: base.non2xx,
    },
  }
  log(`\nrequests/s   ${out.requestsPerSecond} (${out.requests} requests)`)
  log(
    `latency ms   p50 ${out.latencyMs.p50}, p90 ${out.latencyMs.p90}, p99 ${out.latencyMs.p99}, max ${out.latencyMs.max}`,
  )
  log(`errors       ${out.errors} (timeouts ${out.timeouts})`)
  log(`non-2xx      ${out.non2xx} (5xx ${out.status5xx})`)
  log(
    `reference    GET /healthz on the same server: ${out.healthzReference.requestsPerSecond} req/s, p50 ${out.healthzReference.latencyMs.p50} ms, p99 ${out.healthzReference.latencyMs.p99} ms`,
  )
  const failed = out.errors > 0 || out.non2xx > 0 || out.timeouts > 0
  log(`\nzero errors and zero non-2xx: ${failed ? 'MISS' : 'hold'}`)
  return { out, failed }
}

/** One request of the mix on its own: its answer and how long it took. */
async function once(r: HostileRequest): Promise<{ status: number; ms: number }> {
  const t = performance.now()
  const res = await fetch(`${url}${r.path}`, { method: r.method, headers: r.headers, body: r.body })
  await res.arrayBuffer()
  return { status: res.status, ms: performance.now() - t }
}

async function hostileRun(): Promise<{ out: Record<string, unknown>; failed: boolean }> {
  const exclude = args.includes('--exclude') ? args[args.indexOf('--exclude') + 1] : undefined
  const requests = (await hostileRequests()).filter((r) => !exclude || !r.name.includes(exclude))
  log(
    `\nhostile mix: ${requests.length} inputs, each alone first (median of 3), then ${connections} connections, ${duration} s`,
  )
  const alone: Record<string, { status: number; medianMs: number; expected: boolean }> = {}
  for (const r of requests) {
    const runs = [await once(r), await once(r), await once(r)]
    const status = runs[runs.length - 1]?.status ?? 0
    const medianMs = round(median(runs.map((x) => x.ms)), 1)
    alone[r.name] = { status, medianMs, expected: r.expect.includes(status) }
    log(
      `  ${r.name.padEnd(56)} ${String(status).padStart(3)} ${`${medianMs} ms`.padStart(10)}${r.expect.includes(status) ? '' : `  (expected ${r.expect.join('/')})`}`,
    )
  }
  const seen: Record<string, Record<number, number>> = {}
  // Every connection goes through the inputs in turn, connection k starting at input k, so
  // the heavy ones do not all arrive in the same instant (autocannon alone starts every
  // connection at the first request, in lockstep).
  let connectionsSeen = 0
  const result = await autocannon({
    url,
    connections,
    duration,
    timeout: 30,
    requests: [
      {
        setupRequest: (request, context) => {
          if (typeof context.next !== 'number') context.next = connectionsSeen++
          const r = requests[(context.next as number) % requests.length] as HostileRequest
          context.next = (context.next as number) + 1
          context.input = r.name
          return { ...request, method: r.method, path: r.path, headers: r.headers, body: r.body }
        },
        onResponse: (status, _body, context) => {
          const name = String(context.input)
          const byStatus = seen[name] ?? {}
          byStatus[status] = (byStatus[status] ?? 0) + 1
          seen[name] = byStatus
        },
      },
    ],
  })
  const out = {
    inputs: requests.map((r) => r.name),
    connections,
    durationS: duration,
    ...throughputOf(result),
    errors: result.errors,
    timeouts: result.timeouts,
    status: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, v.count])),
    status5xx: result['5xx'],
    byInput: seen,
    alone,
  }
  log(`\nrequests/s   ${out.requestsPerSecond} (${out.requests} requests)`)
  log(
    `latency ms   p50 ${out.latencyMs.p50}, p90 ${out.latencyMs.p90}, p99 ${out.latencyMs.p99}, max ${out.latencyMs.max}`,
  )
  log(`status       ${JSON.stringify(out.status)}; errors ${out.errors} (timeouts ${out.timeouts})`)
  const no5xx = out.status5xx === 0 && out.errors === 0 && out.timeouts === 0
  const fast = out.latencyMs.p99 < HOSTILE_P99_MS
  log(`0 5xx: ${no5xx ? 'hold' : 'MISS'}; p99 under ${HOSTILE_P99_MS} ms: ${fast ? 'hold' : 'MISS'}`)
  if (!no5xx) {
    // What workerd said about it (the webhook route's refusals are logged by design: left out).
    const said = wranglerLog
      .split('\n')
      .filter((l) => l.trim() && !/refused \(401\)/.test(l))
      .slice(-30)
      .join('\n')
    log(`\nwrangler dev said:\n${said}`)
  }
  return { out, failed: !no5xx || !fast }
}

const port = await freePort()
const url = `http://127.0.0.1:${port}`
log(`starting wrangler dev on ${url}…`)
const wrangler = spawn(
  join(ROOT, 'node_modules', '.bin', 'wrangler'),
  [
    'dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--log-level',
    'warn',
    '--show-interactive-dev-session=false',
    ...Object.entries(BENCH_VARS).flatMap(([k, v]) => ['--var', `${k}:${v}`]),
  ],
  { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, CI: '1' } },
)
let wranglerLog = ''
wrangler.stdout?.on('data', (b: Buffer) => {
  wranglerLog += b.toString()
})
wrangler.stderr?.on('data', (b: Buffer) => {
  wranglerLog += b.toString()
})
const stop = () => {
  // Only the process group this script started (wrangler and its workerd child).
  if (wrangler.pid && wrangler.exitCode === null) {
    try {
      process.kill(-wrangler.pid, 'SIGTERM')
    } catch {}
  }
}
process.on('exit', stop)
process.on('SIGINT', () => {
  stop()
  process.exit(130)
})

let failed = false
try {
  const t0 = performance.now()
  await waitReady(url, wrangler, 90_000)
  const startupMs = performance.now() - t0
  log(`ready in ${round(startupMs / 1000, 1)} s`)
  const out: Record<string, unknown> = { machine: machine(), server: 'wrangler dev (workerd, local mode)' }
  if (!hostileOnly) {
    const benign = await benignRun()
    Object.assign(out, benign.out)
    failed = benign.failed
  }
  const hostile = await hostileRun()
  out.hostile = hostile.out
  failed = failed || hostile.failed
  writeResults('http', out)
  log(`wrote ${RESULTS_FILE}`)
} catch (e) {
  failed = true
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n${wranglerLog.slice(-2000)}\n`)
} finally {
  stop()
}
process.exit(failed ? 1 : 0)

/** Requests and latency percentiles of one autocannon run, as both mixes report them. */
function throughputOf(result: Awaited<ReturnType<typeof autocannon>>) {
  return {
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.average, 1),
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
  }
}
