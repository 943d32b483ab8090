#!/usr/bin/env node
// HTTP load benchmark (issue 7): starts the Worker with `wrangler dev` on loopback, drives
// POST /v1/audit with autocannon (10 connections, 10 s, a 5 KB article) and reports
// requests/s, p50 / p99 latency, errors and non-2xx answers. Fails (exit 1) on any error or
// non-2xx answer. Writes bench/results.json (key "http").
//
//   npm run bench:http [-- --seed] [-- --duration 10] [-- --connections 10]
//   --seed runs `npm run seed:local` first; without it the Worker answers from the bundled
//   default rule set when local KV holds none.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { byteLength, devArticles, machine, RESULTS_FILE, round, textOfSize, writeResults } from './lib/bench-util.ts'
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

const port = await freePort()
const url = `http://127.0.0.1:${port}`
log(`starting wrangler dev on ${url}…`)
const wrangler = spawn(
  join(ROOT, 'node_modules', '.bin', 'wrangler'),
  ['dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn', '--show-interactive-dev-session=false'],
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
  // One request to check the answer and warm the isolate (rule set compiled and cached).
  const first = await fetch(`${url}/v1/audit`, { method: 'POST', headers, body })
  const firstReport = (await first.json()) as { findings?: unknown[]; ruleset?: { id: string; version: number } }
  if (first.status !== 200) throw new Error(`POST /v1/audit answered ${first.status}: ${JSON.stringify(firstReport)}`)
  log(
    `ready in ${round(startupMs / 1000, 1)} s; the article (${articleName}) is ${byteLength(text)} bytes, ${firstReport.findings?.length ?? 0} findings, rule set ${firstReport.ruleset?.id} v${firstReport.ruleset?.version}`,
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
    machine: machine(),
    server: 'wrangler dev (workerd, local mode)',
    article: { name: articleName, bytes: byteLength(text) },
    connections,
    durationS: duration,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.average, 1),
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      average: round(result.latency.average),
    },
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
  failed = out.errors > 0 || out.non2xx > 0 || out.timeouts > 0
  log(`\nzero errors and zero non-2xx: ${failed ? 'MISS' : 'hold'}`)
  writeResults('http', out)
  log(`wrote ${RESULTS_FILE}`)
} catch (e) {
  failed = true
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n${wranglerLog.slice(-2000)}\n`)
} finally {
  stop()
}
process.exit(failed ? 1 : 0)
