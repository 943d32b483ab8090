#!/usr/bin/env node
// Adds lock entries for optional platform packages the registry mirror of this workplace
// does not serve (e.g. @biomejs/cli-darwin-arm64). `npm install` then leaves them out of
// package-lock.json and `npm ci` refuses the lock as out of sync. The entries carry os/cpu
// (and libc) so npm skips them on other platforms without fetching them, as it would with
// a lock written against the public registry.
//
//   node scripts/fix-lockfile.mjs      (after any npm install that rewrites the lock)
import { readFileSync, writeFileSync } from 'node:fs'

const PLATFORM = {
  'android-arm64': { os: ['android'], cpu: ['arm64'] },
  'android-x64': { os: ['android'], cpu: ['x64'] },
  'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  'darwin-64': { os: ['darwin'], cpu: ['x64'] },
  'linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
  'linux-x64-musl': { os: ['linux'], cpu: ['x64'], libc: ['musl'] },
  'linux-arm64': { os: ['linux'], cpu: ['arm64'] },
  'linux-x64': { os: ['linux'], cpu: ['x64'] },
  'win32-arm64': { os: ['win32'], cpu: ['arm64'] },
  'win32-x64': { os: ['win32'], cpu: ['x64'] },
  'windows-64': { os: ['win32'], cpu: ['x64'] },
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'))
const P = lock.packages
let added = 0
for (const [path, entry] of Object.entries(P)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    let base = path
    let found = false
    for (;;) {
      const hit = P[`${base ? `${base}/` : ''}node_modules/${name}`]
      if (hit) {
        // The nearest copy is the one node resolves; it only counts if the version fits.
        found = !/^\d+\.\d+\.\d+/.test(version) || hit.version === version
        break
      }
      if (!base) break
      const i = base.lastIndexOf('/node_modules/')
      base = i < 0 ? '' : base.slice(0, i)
    }
    if (found) continue
    const platform = Object.entries(PLATFORM).find(([suffix]) => name.endsWith(`-${suffix}`))?.[1]
    if (!platform) {
      console.error(`${name}@${version} (optional dependency of ${path}) is missing and is no platform package`)
      process.exitCode = 1
      continue
    }
    const at = `${path}/node_modules/${name}`.replace(/^\//, '')
    P[at] = { version, ...platform, dev: entry.dev, optional: true }
    if (!entry.dev) delete P[at].dev
    added++
    console.log(`added ${at}`)
  }
}
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`)
console.log(`${added} entries added`)
