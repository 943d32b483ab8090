// The editor page's script, bundled by esbuild (scripts/build.ts) into a static asset
// (same origin, so the page's CSP can forbid inline scripts; nothing from a CDN).
//
// Flow: read the textarea (or a dropped .txt/.html file) -> POST /v1/audit as text/plain or
// text/html -> render score, counts and the article with nested <mark>s (report.ts) -> apply
// suggestions locally (offsets of the remaining findings shift) -> corrected text to copy.
import type { Report } from '../../engine/types.ts'
import type { EditorConfig } from '../config.ts'
import { fmtBytes, looksLikeHtml, type Problem, problemMessage, RULESET_ID } from '../format.ts'
import { announce, byId, el } from './dom.ts'
import { reportView } from './report.ts'

type Format = 'text' | 'html'

const config = JSON.parse(byId('config').textContent ?? '{}') as EditorConfig
const form = byId<HTMLFormElement>('audit-form')
const input = byId<HTMLTextAreaElement>('article')
const formatSel = byId<HTMLSelectElement>('format')
const rulesetIn = byId<HTMLInputElement>('ruleset')
const tokenIn = byId<HTMLInputElement>('token')
const fileIn = byId<HTMLInputElement>('file')
const drop = byId('drop')
const info = byId('input-info')
const errorBox = byId('error')
const auditBtn = byId<HTMLButtonElement>('audit-btn')

const view = reportView(config, (text) => {
  input.value = text
  formatSel.value = 'text'
  updateInfo()
  runAudit(text, 'text')
})

const bytes = (s: string) => new TextEncoder().encode(s).length

// ---- input -----------------------------------------------------------------------------------
function effectiveFormat(): Format {
  if (formatSel.value === 'auto') return looksLikeHtml(input.value) ? 'html' : 'text'
  return formatSel.value === 'html' ? 'html' : 'text'
}

function updateInfo(): void {
  const n = bytes(input.value)
  const over = n > config.maxBytes
  info.textContent =
    fmtBytes(n) +
    (input.value ? ` · ${effectiveFormat() === 'html' ? 'HTML' : 'plain text'}` : '') +
    (over ? ` · over the ${fmtBytes(config.maxBytes)} limit` : '')
  info.classList.toggle('warn', over)
}
input.addEventListener('input', updateInfo)
formatSel.addEventListener('change', updateInfo)

function showError(title: string, detail?: string): void {
  errorBox.textContent = ''
  errorBox.appendChild(el('strong', null, title))
  if (detail) errorBox.appendChild(el('p', null, detail))
  errorBox.hidden = false
}

function clearError(): void {
  errorBox.hidden = true
  errorBox.textContent = ''
}

function loadFile(file: File | undefined): void {
  if (!file) return
  const name = file.name || ''
  const isHtml = /\.html?$/i.test(name) || file.type === 'text/html'
  const isText = /\.txt$/i.test(name) || file.type === 'text/plain'
  if (!isHtml && !isText) {
    showError('Unsupported file', `“${name}” is not a .txt or .html file. Drop or open a plain-text or HTML article.`)
    return
  }
  file.text().then(
    (t) => {
      input.value = t
      formatSel.value = isHtml ? 'html' : 'text'
      clearError()
      updateInfo()
      announce(`Loaded ${name} (${fmtBytes(file.size)})`)
      input.focus()
    },
    () => showError('Could not read the file', name),
  )
}
fileIn.addEventListener('change', () => {
  loadFile(fileIn.files?.[0])
  fileIn.value = ''
})
for (const type of ['dragenter', 'dragover']) {
  drop.addEventListener(type, (e) => {
    e.preventDefault()
    drop.classList.add('dragging')
  })
}
for (const type of ['dragleave', 'drop']) drop.addEventListener(type, () => drop.classList.remove('dragging'))
drop.addEventListener('drop', (e) => {
  e.preventDefault()
  loadFile(e.dataTransfer?.files[0])
})

try {
  const saved = localStorage.getItem('ta.ruleset')
  if (saved) rulesetIn.value = saved
} catch {
  // storage disabled (private mode): keep the page's default
}

// ---- audit -----------------------------------------------------------------------------------
async function runAudit(text: string, format: Format): Promise<void> {
  clearError()
  if (!text.trim()) {
    showError('Nothing to audit', 'Paste an article, or drop a .txt or .html file.')
    input.focus()
    return
  }
  const ruleset = rulesetIn.value.trim() || 'default'
  if (!RULESET_ID.test(ruleset)) {
    showError('Invalid rule set id', 'Use lower-case letters, digits, “-” and “_” (for example “default”).')
    rulesetIn.focus()
    return
  }
  try {
    localStorage.setItem('ta.ruleset', ruleset)
  } catch {
    // storage disabled: the id is simply not remembered
  }
  const headers: Record<string, string> = {
    'content-type': `${format === 'html' ? 'text/html' : 'text/plain'}; charset=utf-8`,
    accept: 'application/json',
  }
  const token = tokenIn.value.trim()
  if (token) headers.authorization = `Bearer ${token}`
  const sent = bytes(text)
  auditBtn.disabled = true
  auditBtn.setAttribute('aria-busy', 'true')
  auditBtn.textContent = 'Auditing…'
  const ctl = new AbortController()
  const timer = setTimeout(() => ctl.abort(), 60_000)
  try {
    let res: Response
    let body: string
    try {
      res = await fetch(`/v1/audit?ruleset=${encodeURIComponent(ruleset)}`, {
        method: 'POST',
        headers,
        body: text,
        signal: ctl.signal,
      })
      body = await res.text()
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError')
        showError('The audit timed out', 'No answer within 60 seconds. Try again, or audit a shorter text.')
      else
        showError(
          'Network error: the auditor could not be reached',
          'Check your connection (or that the Worker is running) and try again. Your text is still here.',
        )
      return
    }
    let json: unknown = null
    try {
      json = JSON.parse(body)
    } catch {
      // not JSON: handled below
    }
    if (!res.ok) {
      const [title, detail] = problemMessage(res.status, json as Problem | null, sent, config.maxBytes)
      showError(title, detail)
      return
    }
    const report = json as Report | null
    if (!report || !Array.isArray(report.findings)) {
      showError('Unexpected answer', 'The auditor did not return a report.')
      return
    }
    view.show(report, format === 'html' && typeof report.text === 'string' ? report.text : text)
  } finally {
    clearTimeout(timer)
    auditBtn.disabled = false
    auditBtn.removeAttribute('aria-busy')
    auditBtn.textContent = 'Audit'
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault()
  runAudit(input.value, effectiveFormat())
})
input.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault()
    runAudit(input.value, effectiveFormat())
  }
})

updateInfo()
