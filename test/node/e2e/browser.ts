// The browser the end-to-end tests drive through playwright-core. Nothing to install beyond
// `npm ci`: on Linux x64 it is the Chromium build shipped inside the @sparticuz/chromium
// package (pinned by the lock file), unpacked on first use into node_modules/.cache together
// with the NSS libraries it links against and a font, so no system package is needed
// (glibc aside). $CHROMIUM_PATH picks another Chromium; on other platforms a system
// Chromium is looked for.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import sparticuz, { inflate } from '@sparticuz/chromium'
import { type Browser, chromium } from 'playwright-core'
import { ROOT } from './worker.ts'

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/** Flags for a headless run as root in a container; no sandbox, GPU or background traffic. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']

interface Found {
  path: string
  env?: Record<string, string>
  source: string
}

/** Unpacks the packaged Chromium (once per package version) and says how to run it. */
async function packaged(): Promise<Found> {
  // The package's root: its entry is build/index.js (package.json is not in its exports).
  const pkg = join(createRequire(import.meta.url).resolve('@sparticuz/chromium'), '..', '..')
  const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }
  const dir = join(ROOT, 'node_modules', '.cache', `sparticuz-chromium-${version}`)
  mkdirSync(dir, { recursive: true })
  // The package unpacks into os.tmpdir(); point that at our cache while it does.
  const tmp = process.env.TMPDIR
  process.env.TMPDIR = dir
  try {
    const path = await sparticuz.executablePath()
    const libs = join(await inflate(join(pkg, 'bin', 'al2023.tar.br')), 'lib')
    const env: Record<string, string> = {
      LD_LIBRARY_PATH: [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
    }
    // Without a system font configuration (minimal images have none, and Chromium then
    // crashes on text), the Open Sans shipped with the package. Its own fonts.conf names
    // fixed /tmp paths, so point fontconfig at the unpacked fonts with a file of ours.
    if (!existsSync('/etc/fonts/fonts.conf')) {
      const conf = join(dir, 'fonts-here.conf')
      writeFileSync(
        conf,
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${join(dir, 'fonts')}</dir><cachedir>${join(dir, 'fonts-cache')}</cachedir></fontconfig>\n`,
      )
      env.FONTCONFIG_FILE = conf
    }
    return { path, env, source: `@sparticuz/chromium ${version}` }
  } finally {
    if (tmp === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = tmp
  }
}

async function findChromium(): Promise<Found> {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`)
    return { path: fromEnv, source: '$CHROMIUM_PATH' }
  }
  if (process.platform === 'linux' && process.arch === 'x64') return packaged()
  const system = SYSTEM.find((p) => existsSync(p))
  if (system) return { path: system, source: system }
  throw new Error(
    `No Chromium for ${process.platform}-${process.arch}: @sparticuz/chromium ships Linux x64 only. Set CHROMIUM_PATH to a Chromium or Chrome.`,
  )
}

export async function launchChromium(): Promise<{ browser: Browser; source: string }> {
  const found = await findChromium()
  const browser = await chromium.launch({
    executablePath: found.path,
    headless: true,
    args: ARGS,
    env: { ...(process.env as Record<string, string>), ...found.env },
  })
  return { browser, source: found.source }
}
