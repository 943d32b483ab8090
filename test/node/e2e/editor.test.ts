// The editor page and /docs in a real browser: Chromium (test/node/e2e/browser.ts: the build
// shipped in the @sparticuz/chromium package, nothing to install) driven by playwright-core,
// against the Worker running in workerd (miniflare) on a loopback port, serving the editor's
// script and stylesheet from the assets scripts/build.ts built. Screenshots at 1280 px and
// 360 px land in test/node/e2e/screenshots/ (the README shows one).
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Finding, Report } from '../../../src/engine/types.ts'
import { CATEGORY_STYLE } from '../../../src/ui/categories.ts'
import { launchChromium } from './browser.ts'
import { ROOT, type RunningWorker, startWorker } from './worker.ts'

const SHOTS = join(ROOT, 'test', 'node', 'e2e', 'screenshots')
const ARTICLE = readFileSync(join(ROOT, 'seeds', 'articles', 'es-biden-deescalate.txt'), 'utf8')

let worker: RunningWorker
let browser: Browser
let apiReport: Report

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  worker = await startWorker()
  ;({ browser } = await launchChromium())
  const res = await fetch(new URL('/v1/audit', worker.url), {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: ARTICLE,
  })
  expect(res.status).toBe(200)
  apiReport = (await res.json()) as Report
})

afterAll(async () => {
  await browser?.close()
  await worker?.stop()
})

/** A page that records console errors and uncaught exceptions (CSP violations land there too). */
async function open(width: number, height = 900): Promise<{ page: Page; ctx: BrowserContext; errors: string[] }> {
  const ctx = await browser.newContext({ viewport: { width, height } })
  const page = await ctx.newPage()
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(String(e)))
  await page.goto(worker.url.href)
  return { page, ctx, errors }
}

async function paste(page: Page, text: string): Promise<void> {
  // The way a paste lands: the value changes, then an input event.
  await page.locator('#article').evaluate((el, t) => {
    const ta = el as unknown as { value: string; dispatchEvent(e: Event): boolean }
    ta.value = t
    ta.dispatchEvent(new Event('input', { bubbles: true }))
  }, text)
}

async function auditArticle(page: Page): Promise<void> {
  await paste(page, ARTICLE)
  await page.getByRole('button', { name: 'Audit', exact: true }).click()
  await page.locator('#results').waitFor({ state: 'visible' })
  await page.locator('#doc mark.f').first().waitFor()
}

// The browser globals used inside page callbacks (this project compiles without the DOM lib).
interface DocumentLike {
  createElement(tag: string): { textContent: string }
  body: { appendChild(node: unknown): void }
}
interface Win {
  getComputedStyle(el: unknown): { backgroundColor: string }
  document: { documentElement: { scrollWidth: number } }
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`

const countOf = (text: string, word: string) => text.split(word).length - 1

describe('static assets', () => {
  it('the page links the built script and stylesheet, served as immutable from this origin', async () => {
    const page = await (await fetch(worker.url)).text()
    const css = /<link rel="stylesheet" href="(\/ui\/app-[0-9a-f]{12}\.css)"/.exec(page)?.[1]
    const js = /<script src="(\/ui\/editor-[0-9A-Z]+\.js)"/.exec(page)?.[1]
    expect(css, 'stylesheet link').toBeDefined()
    expect(js, 'script tag').toBeDefined()
    for (const [path, type] of [
      [css, 'text/css'],
      [js, 'javascript'],
    ] as const) {
      const res = await fetch(new URL(path as string, worker.url))
      expect(res.status, path).toBe(200)
      expect(res.headers.get('content-type')).toContain(type)
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      // Byte for byte what the build wrote.
      expect(await res.text()).toBe(readFileSync(join(ROOT, 'dist', 'assets', path as string), 'utf8'))
    }
    // Names that are not built are the Worker's 404, not a stale asset.
    expect((await fetch(new URL('/ui/editor.js', worker.url))).status).toBe(404)
  })

  it('runs under the page CSP, which refuses inline script', async () => {
    const { page, ctx, errors } = await open(1280)
    await page.evaluate(() => {
      const d = (globalThis as unknown as { document: DocumentLike }).document
      const s = d.createElement('script')
      s.textContent = 'document.title = "inline ran"'
      d.body.appendChild(s)
    })
    expect(await page.title()).not.toBe('inline ran')
    await expect.poll(() => errors.join('\n')).toContain('Content Security Policy')
    await ctx.close()
  })
})

describe('editor page', () => {
  it('audits the seed article, highlights findings, applies suggestions (1280 px)', async () => {
    const { page, ctx, errors } = await open(1280, 1000)
    expect(await page.title()).toContain('translation-auditor')
    await auditArticle(page)

    // Score, verdict and counts are the API's.
    expect(await page.locator('#score').textContent()).toBe(apiReport.score.toFixed(1))
    expect(await page.locator('#verdict').textContent()).toBe(apiReport.verdict)
    for (const [category, n] of Object.entries(apiReport.summary.byCategory)) {
      const filter = page.locator(`#filters label.cat-${category}`)
      expect(await filter.locator('.count').textContent(), category).toBe(String(n))
    }
    expect(await page.locator('#findings > li.finding').count()).toBe(apiReport.findings.length)

    // Every finding is a mark in its category's colour, whose text is exactly the excerpt.
    const marks = page.locator('#doc mark.f')
    const blinkin = marks.filter({ hasText: /^Blinkin$/ })
    expect(await blinkin.count()).toBe(2)
    // Its colour and label are those of the category the API gave it.
    const blinkinFinding = apiReport.findings.find((f) => f.excerpt === 'Blinkin')
    expect(blinkinFinding?.suggestion).toBe('Blinken')
    const cat = (blinkinFinding as Finding).category
    expect(await blinkin.first().getAttribute('class')).toContain(`cat-${cat}`)
    const fill = await blinkin
      .first()
      .evaluate((el) => (globalThis as unknown as Win).getComputedStyle(el).backgroundColor)
    expect(fill).toBe(rgb(CATEGORY_STYLE[cat].fill))
    const reply = marks.filter({ hasText: /^Leave a Reply$/ })
    expect(await reply.count()).toBe(1)
    expect(await reply.getAttribute('class')).toContain('cat-boilerplate')
    // The article text survives the highlighting character for character.
    expect(await page.locator('#doc').evaluate((el) => el.textContent)).toBe(ARTICLE)

    // Hover shows the message and the suggestion. (The highlight is scrolled to the upper part
    // of the article pane first, so the screenshot shows the tooltip whole.)
    await blinkin.first().evaluate((el) => {
      const m = el as unknown as { offsetTop: number; parentElement: unknown }
      const doc = (el as unknown as { closest(s: string): { scrollTop: number; clientHeight: number } }).closest('.doc')
      doc.scrollTop = m.offsetTop - doc.clientHeight / 4
    })
    await blinkin.first().hover()
    const tip = page.locator('#tip')
    await tip.waitFor({ state: 'visible' })
    expect(await tip.textContent()).toContain('Blinken')
    expect(await tip.textContent()).toContain(CATEGORY_STYLE[cat].label)
    expect(await tip.textContent()).toContain((blinkinFinding as Finding).message)
    await page.screenshot({ path: join(SHOTS, 'editor-1280.png'), fullPage: false })

    // Apply that one suggestion from the tooltip.
    await tip.getByRole('button', { name: 'Apply' }).click()
    const corrected = page.locator('#corrected')
    await corrected.waitFor({ state: 'visible' })
    const after1 = await corrected.inputValue()
    expect(countOf(after1, 'Blinkin')).toBe(1)
    expect(after1).toContain('According to the statement, Blinken expressed to Zelensky')
    expect(after1.length).toBe(ARTICLE.length) // same length: Blinkin -> Blinken
    expect(await marks.filter({ hasText: /^Blinkin$/ }).count()).toBe(1)
    expect(await page.locator('#findings > li.finding').count()).toBe(apiReport.findings.length - 1)

    // Keyboard: focus the other Blinkin, the tooltip shows, Enter applies.
    await marks.filter({ hasText: /^Blinkin$/ }).focus()
    await tip.waitFor({ state: 'visible' })
    await page.keyboard.press('Enter')
    await expect.poll(async () => countOf(await corrected.inputValue(), 'Blinkin')).toBe(0)
    // Undo brings it back.
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(async () => countOf(await corrected.inputValue(), 'Blinkin')).toBe(1)

    // Category filters hide and show highlights.
    const boilerplateBox = page.locator('#filters input[data-category="boilerplate"]')
    await boilerplateBox.uncheck()
    expect(await page.locator('#doc mark.cat-boilerplate').count()).toBe(0)
    await boilerplateBox.check()
    expect(await page.locator('#doc mark.cat-boilerplate').count()).toBe(apiReport.summary.byCategory.boilerplate)

    // Apply all: every suggestion lands in the corrected text.
    await page.locator('#apply-all').click()
    const all = await corrected.inputValue()
    expect(all).not.toContain('Blinkin')
    expect(all).toContain('Thursday. The official')
    expect(all).toContain('the press from the series')
    expect(await page.locator('#apply-all').isDisabled()).toBe(true)
    expect(errors).toEqual([])
    await ctx.close()
  })

  it('is readable at 360 px', async () => {
    const { page, ctx, errors } = await open(360, 780)
    await auditArticle(page)
    // No horizontal scrolling: everything wraps into the 360 px column.
    const overflow = await page.evaluate(() => (globalThis as unknown as Win).document.documentElement.scrollWidth)
    expect(overflow).toBeLessThanOrEqual(360)
    const box = await page.locator('#doc').boundingBox()
    expect(box?.width).toBeGreaterThan(280)
    await page.locator('#results-h').evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await page.screenshot({ path: join(SHOTS, 'editor-360.png'), fullPage: false })
    // Touch users tap a highlight: the tooltip pins open with the Apply button.
    const mark = page
      .locator('#doc mark.f')
      .filter({ hasText: /^Blinkin$/ })
      .first()
    await mark.scrollIntoViewIfNeeded()
    await mark.click()
    await page.locator('#tip').getByRole('button', { name: 'Apply' }).waitFor({ state: 'visible' })
    const tipBox = await page.locator('#tip').boundingBox()
    expect((tipBox?.x ?? 0) + (tipBox?.width ?? 999)).toBeLessThanOrEqual(360)
    expect(errors).toEqual([])
    await ctx.close()
  })

  it('explains an oversize paste (413) and a network failure', async () => {
    const { page, ctx, errors } = await open(1280)
    const big = `${'The minister spoke at length about the talks. '.repeat(24_000)}` // ~1.1 MB
    expect(Buffer.byteLength(big)).toBeGreaterThan(1024 * 1024)
    await paste(page, big)
    expect(await page.locator('#input-info').textContent()).toContain('over the 1.00 MiB limit')
    await page.getByRole('button', { name: 'Audit', exact: true }).click()
    const error = page.locator('#error')
    await error.waitFor({ state: 'visible' })
    expect(await error.textContent()).toContain('Article too large (413)')
    expect(await error.textContent()).toContain('at most 1.00 MiB')
    expect(await page.locator('#article').inputValue()).toHaveLength(big.length) // the text stays

    await page.route('**/v1/audit*', (route) => route.abort('internetdisconnected'))
    await paste(page, ARTICLE)
    await page.getByRole('button', { name: 'Audit', exact: true }).click()
    await expect.poll(() => error.textContent()).toContain('Network error')
    expect(await page.getByRole('button', { name: 'Audit', exact: true }).isEnabled()).toBe(true)
    // The 413 is the browser's only console error (a failed resource load); nothing threw.
    expect(errors.filter((e) => !/status of 413|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([])
    await ctx.close()
  })

  it('offers each alternative of a suggestion ("showcase / highlight") as its own Apply', async () => {
    const { page, ctx, errors } = await open(1280)
    await paste(page, 'The museum will put into value the work of local artists, the mayor said on Monday.')
    await page.getByRole('button', { name: 'Audit', exact: true }).click()
    const mark = page.locator('#doc mark.f').filter({ hasText: /^put into value$/ })
    await mark.click()
    const tip = page.locator('#tip')
    expect(await tip.locator('kbd').allTextContents()).toEqual(['showcase', 'highlight'])
    await tip.getByRole('button', { name: 'Apply “highlight”' }).click()
    expect(await page.locator('#corrected').inputValue()).toBe(
      'The museum will highlight the work of local artists, the mayor said on Monday.',
    )
    expect(errors).toEqual([])
    await ctx.close()
  })

  it('opens a dropped .html file and audits the extracted text', async () => {
    const { page, ctx } = await open(1280)
    const html =
      '<article><h1>Talks</h1><p>President Valdimir Putin spoke with Antony Blinken on Thursday.</p><p>Leave a Reply</p></article>'
    await page.locator('#file').setInputFiles({ name: 'story.html', mimeType: 'text/html', buffer: Buffer.from(html) })
    await expect.poll(() => page.locator('#article').inputValue()).toBe(html)
    expect(await page.locator('#format').inputValue()).toBe('html')
    await page.getByRole('button', { name: 'Audit', exact: true }).click()
    await page.locator('#doc mark.f').first().waitFor()
    const docText = await page.locator('#doc').evaluate((el) => el.textContent ?? '')
    expect(docText).not.toContain('<p>')
    expect(docText).toContain('President Valdimir Putin')
    expect(
      await page
        .locator('#doc mark.f')
        .filter({ hasText: /^Valdimir$/ })
        .getAttribute('class'),
    ).toContain('cat-name-misspelling')
    await ctx.close()
  })
})

describe('API docs page', () => {
  it('/docs renders every operation of /openapi.json with its own assets', async () => {
    const { page, ctx, errors } = await open(1280)
    const requests: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    await page.goto(new URL('/docs', worker.url).href)
    const doc = (await (await fetch(new URL('/openapi.json', worker.url))).json()) as {
      paths: Record<string, Record<string, unknown>>
    }
    const ops = Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m} ${p}`))
    expect(ops.length).toBeGreaterThan(5)
    const headings = await page.locator('section.op h2').allTextContents()
    expect(headings.map((h) => h.replace(/^(\w+)/, '$1 '))).toEqual(expect.arrayContaining(ops))
    expect(headings).toHaveLength(ops.length)
    await expect.poll(() => page.locator('#op-post-v1-audit').isVisible()).toBe(true)
    expect(await page.locator('#op-post-v1-audit').textContent()).toContain('413')
    expect(await page.locator('#schema-Report').textContent()).toContain('findings')
    // Styled (our stylesheet applied) and nothing fetched from another origin.
    const bg = await page
      .locator('.method.m-post')
      .first()
      .evaluate((el) => (globalThis as unknown as Win).getComputedStyle(el).backgroundColor)
    expect(bg).toBe('rgb(43, 138, 62)')
    expect(requests.filter((u) => new URL(u).origin !== worker.url.origin && !u.startsWith('data:'))).toEqual([])
    await page.screenshot({ path: join(SHOTS, 'docs-1280.png') })
    expect(errors).toEqual([])
    await ctx.close()
  })
})
