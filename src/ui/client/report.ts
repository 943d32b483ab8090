// The report half of the editor page: score, category filters, the article with nested
// highlights, the tooltip, the findings list, and applying suggestions (src/engine/fixes.ts) with
// undo and the corrected text.

import { alternatives, applyAll, applySuggestion, hasSuggestion } from '../../engine/fixes.ts'
import type { Category, Finding, Report } from '../../engine/types.ts'
import type { EditorConfig } from '../config.ts'
import { lineCol, lineStarts, plural } from '../format.ts'
import { isMark, nestHighlights, type Segment } from '../highlight.ts'
import { announce, byId, el, markOf } from './dom.ts'

/** A finding as the page tracks it: an id that survives edits, offsets into the current text. */
type Item = Finding & { id: number }

interface State {
  report: Report
  text: string
  findings: Item[]
  hidden: Set<Category>
  history: { text: string; findings: Item[] }[]
}

export interface ReportView {
  show(report: Report, text: string): void
}

export function reportView(config: EditorConfig, reaudit: (text: string) => void): ReportView {
  const label = new Map(config.categories.map((c) => [c.id, c.label]))
  const results = byId('results')
  const docEl = byId('doc')
  const tip = byId('tip')
  const listEl = byId('findings')
  const filtersEl = byId('filters')
  const applyAllBtn = byId<HTMLButtonElement>('apply-all')
  const undoBtn = byId<HTMLButtonElement>('undo')
  const correctedPanel = byId('corrected-panel')
  const corrected = byId<HTMLTextAreaElement>('corrected')

  let state: State | null = null
  let nextId = 1
  const current = (): State => {
    if (!state) throw new Error('no report yet')
    return state
  }
  const visible = (f: Item) => !current().hidden.has(f.category)
  const find = (id: number) => state?.findings.find((f) => f.id === id)
  const idOf = (mark: HTMLElement) => Number(mark.dataset.id)
  const marks = () => Array.from(docEl.querySelectorAll<HTMLElement>('mark.f'))

  function show(r: Report, text: string): void {
    state = {
      report: r,
      text,
      findings: r.findings.map((f) => ({ ...f, id: nextId++ })),
      hidden: state ? state.hidden : new Set(),
      history: [],
    }
    byId('score').textContent = r.score.toFixed(1)
    const verdict = byId('verdict')
    verdict.textContent = r.verdict
    verdict.className = `verdict verdict-${r.verdict}`
    const lang = r.language?.source ? ` · source language ${r.language.source.language}` : ''
    byId('meta').textContent =
      `${plural(r.findings.length, 'finding')} · ${plural(r.stats.words, 'word')} · rule set ${r.ruleset.id} v${r.ruleset.version}${lang} · ${r.stats.durationMs.toFixed(1)} ms`
    const notes = byId('notes')
    notes.textContent = ''
    for (const n of r.notes ?? []) notes.appendChild(el('li', null, n))
    results.hidden = false
    correctedPanel.hidden = true
    render()
    byId('results-h').focus()
    announce(`Audit done: score ${r.score.toFixed(1)}, ${r.verdict}, ${plural(r.findings.length, 'finding')}.`)
  }

  // ---- rendering ---------------------------------------------------------------------------
  function renderFilters(): void {
    const s = current()
    const counts = new Map<Category, number>()
    for (const f of s.findings) counts.set(f.category, (counts.get(f.category) ?? 0) + 1)
    filtersEl.textContent = ''
    filtersEl.appendChild(el('legend', null, 'Categories (uncheck to hide)'))
    for (const c of config.categories) {
      const n = counts.get(c.id) ?? 0
      const item = el('label', `filter cat-${c.id}${n ? '' : ' empty'}`)
      item.title = c.help
      const box = el('input')
      box.type = 'checkbox'
      box.checked = !s.hidden.has(c.id)
      box.dataset.category = c.id
      box.addEventListener('change', () => {
        if (box.checked) s.hidden.delete(c.id)
        else s.hidden.add(c.id)
        render(true)
      })
      item.append(box, el('span', 'swatch'), el('span', 'filter-label', c.label), el('span', 'count', n))
      filtersEl.appendChild(item)
    }
  }

  function makeMark(f: Item): HTMLElement {
    const m = el('mark', `f cat-${f.category} sev-${f.severity}`)
    m.tabIndex = 0
    m.dataset.id = String(f.id)
    m.setAttribute('role', 'button')
    m.setAttribute(
      'aria-label',
      `${current().text.slice(f.start, f.end).slice(0, 80)}: ${label.get(f.category)}, ${f.severity}`,
    )
    return m
  }

  function renderDoc(): void {
    const s = current()
    const append = (parent: Node, segments: Segment<Item>[]) => {
      for (const seg of segments) {
        if (!isMark(seg)) {
          parent.appendChild(document.createTextNode(seg.text))
          continue
        }
        const m = makeMark(seg.finding)
        append(m, seg.children)
        parent.appendChild(m)
      }
    }
    docEl.textContent = ''
    append(docEl, nestHighlights(s.text, s.findings.filter(visible)))
  }

  const shown = (alternative: string) => (alternative === '' ? '(delete)' : alternative)

  /** "Suggestion: depending on or based on", each alternative in a <kbd>. */
  function suggestionLine(cls: string, suggestion: string): HTMLElement {
    const line = el(cls === 'suggestion' ? 'span' : 'p', cls)
    line.appendChild(document.createTextNode('Suggestion: '))
    alternatives(suggestion).forEach((alt, i) => {
      if (i) line.appendChild(document.createTextNode(' or '))
      line.appendChild(el('kbd', null, shown(alt)))
    })
    return line
  }

  /** "Apply", or one "Apply “…”" per alternative when the suggestion offers several. */
  function applyButtons(f: Item & { suggestion: string }, excerpt: string, fromMark: HTMLElement | null) {
    const options = alternatives(f.suggestion)
    return options.map((alt, choice) => {
      const b = el('button', 'apply', options.length > 1 ? `Apply “${shown(alt)}”` : 'Apply')
      b.type = 'button'
      if (!fromMark) b.setAttribute('aria-label', `Apply suggestion: replace “${excerpt.slice(0, 60)}” with “${alt}”`)
      b.addEventListener('click', () => applyOne(f.id, fromMark, choice))
      return b
    })
  }

  function renderList(): void {
    const s = current()
    const starts = lineStarts(s.text)
    listEl.textContent = ''
    const shown = s.findings.filter(visible).sort((a, b) => a.start - b.start)
    for (const f of shown) {
      const li = el('li', `finding cat-${f.category}`)
      li.dataset.id = String(f.id)
      const [line, col] = lineCol(starts, f.start)
      const head = el('div', 'finding-head')
      head.append(
        el('span', 'swatch'),
        el('span', 'finding-cat', label.get(f.category)),
        el('span', `sev sev-${f.severity}`, f.severity),
        el('span', 'where', `line ${line}, col ${col}`),
      )
      const excerpt = s.text.slice(f.start, f.end)
      li.append(
        head,
        el('q', 'excerpt', excerpt.length > 160 ? `${excerpt.slice(0, 157)}…` : excerpt),
        el('p', 'message', f.message),
      )
      const actions = el('div', 'actions')
      const showBtn = el('button', 'link', 'Show in text')
      showBtn.type = 'button'
      showBtn.addEventListener('click', () => focusMark(f.id))
      actions.appendChild(showBtn)
      if (hasSuggestion(f)) {
        li.appendChild(suggestionLine('suggestion', f.suggestion))
        actions.append(...applyButtons(f, excerpt, null))
      }
      li.appendChild(actions)
      listEl.appendChild(li)
    }
    if (!shown.length)
      listEl.appendChild(
        el('li', 'none', s.findings.length ? 'All findings are hidden by the category filters.' : 'No findings.'),
      )
  }

  function render(keepTip = false): void {
    const s = current()
    if (!keepTip) hideTip(true)
    renderFilters()
    renderDoc()
    renderList()
    const applicable = s.findings.filter((f) => visible(f) && hasSuggestion(f)).length
    applyAllBtn.textContent = `Apply all suggestions (${applicable})`
    applyAllBtn.disabled = applicable === 0
    undoBtn.disabled = s.history.length === 0
    const total = s.report.findings.length
    byId('counts').textContent =
      s.findings.length === total
        ? plural(s.findings.length, 'finding')
        : `${plural(s.findings.length, 'finding')} left of ${total}`
  }

  // ---- tooltip -----------------------------------------------------------------------------
  let tipFor: number | null = null
  let tipPinned = false
  let hideTimer: ReturnType<typeof setTimeout> | undefined

  function showTip(mark: HTMLElement, pin: boolean): void {
    const f = find(idOf(mark))
    if (!f) return
    clearTimeout(hideTimer)
    tipFor = f.id
    tipPinned = tipPinned || pin
    tip.textContent = ''
    const head = el('div', `tip-head cat-${f.category}`)
    head.append(
      el('span', 'swatch'),
      el('strong', null, label.get(f.category)),
      el('span', `sev sev-${f.severity}`, f.severity),
      el('span', 'conf', `${Math.round(f.confidence * 100)}% sure`),
    )
    tip.append(head, el('p', 'tip-message', f.message))
    if (hasSuggestion(f)) {
      const excerpt = current().text.slice(f.start, f.end)
      tip.append(
        suggestionLine('tip-suggestion', f.suggestion),
        ...applyButtons(f, excerpt, mark),
        el(
          'span',
          'hint',
          alternatives(f.suggestion).length > 1
            ? ' Enter applies the first · Esc closes'
            : ' Enter applies · Esc closes',
        ),
      )
    } else {
      tip.appendChild(el('span', 'hint', 'No automatic fix: edit the text. Esc closes'))
    }
    tip.hidden = false
    mark.setAttribute('aria-describedby', 'tip')
    position(mark)
  }

  function position(mark: HTMLElement): void {
    const r = mark.getBoundingClientRect()
    const host = (docEl.parentElement as HTMLElement).getBoundingClientRect()
    const w = Math.min(tip.offsetWidth, host.width)
    tip.style.left = `${Math.max(0, Math.min(r.left - host.left, host.width - w))}px`
    tip.style.top = `${r.bottom - host.top + 6}px`
  }

  function hideTip(force: boolean): void {
    if (tipPinned && !force) return
    tip.hidden = true
    tipFor = null
    tipPinned = false
    docEl.querySelector('[aria-describedby="tip"]')?.removeAttribute('aria-describedby')
  }

  function scheduleHide(): void {
    clearTimeout(hideTimer)
    hideTimer = setTimeout(() => hideTip(false), 250)
  }

  docEl.addEventListener('mouseover', (e) => {
    const m = markOf(e.target)
    if (m && idOf(m) !== tipFor && !tipPinned) showTip(m, false)
    else if (m) clearTimeout(hideTimer)
  })
  docEl.addEventListener('mouseleave', scheduleHide)
  tip.addEventListener('mouseenter', () => clearTimeout(hideTimer))
  tip.addEventListener('mouseleave', scheduleHide)
  docEl.addEventListener('focusin', (e) => {
    const m = markOf(e.target)
    if (m) {
      tipPinned = false
      showTip(m, false)
    }
  })
  docEl.addEventListener('focusout', (e) => {
    const to = e.relatedTarget
    if (!(to instanceof Node) || (!tip.contains(to) && !docEl.contains(to))) scheduleHide()
  })
  docEl.addEventListener('click', (e) => {
    const m = markOf(e.target)
    if (m) {
      tipPinned = false
      showTip(m, true)
    }
  })
  docEl.addEventListener('keydown', (e) => {
    const m = markOf(e.target)
    if (!m) return
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      const f = find(idOf(m))
      if (f && hasSuggestion(f)) applyOne(f.id, m)
      else showTip(m, true)
    } else if (e.key === 'Escape') {
      hideTip(true)
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const all = marks()
      const next = all[all.indexOf(m) + (e.key === 'ArrowRight' ? 1 : -1)]
      if (next) {
        e.preventDefault()
        next.focus()
      }
    }
  })
  tip.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hideTip(true)
  })
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !tip.hidden) hideTip(true)
  })
  document.addEventListener('click', (e) => {
    const t = e.target
    if (!tip.hidden && t instanceof Node && !tip.contains(t) && !docEl.contains(t)) hideTip(true)
  })

  function focusMark(id: number): void {
    const m = docEl.querySelector<HTMLElement>(`mark.f[data-id="${id}"]`)
    if (!m) return
    m.scrollIntoView({ block: 'center', behavior: 'smooth' })
    m.focus({ preventScroll: true })
  }

  // ---- applying suggestions ----------------------------------------------------------------
  function snapshot(): void {
    const s = current()
    s.history.push({ text: s.text, findings: s.findings })
  }

  function afterApply(message: string, focusFrom: number | null): void {
    const s = current()
    corrected.value = s.text
    correctedPanel.hidden = false
    render()
    announce(message)
    if (focusFrom !== null) {
      const all = marks()
      const next = all.find((m) => (find(idOf(m))?.start ?? -1) >= focusFrom) ?? all[all.length - 1]
      if (next) next.focus()
      else docEl.focus()
    }
  }

  function applyOne(id: number, fromMark: HTMLElement | null, choice = 0): void {
    const s = current()
    const f = find(id)
    if (!f || !hasSuggestion(f)) return
    const before = s.text.slice(f.start, f.end)
    const after = alternatives(f.suggestion)[choice] ?? ''
    snapshot()
    Object.assign(s, applySuggestion(s.text, s.findings, f, choice))
    afterApply(
      `Replaced “${before.slice(0, 60)}” with “${after}”. ${plural(s.findings.length, 'finding')} left.`,
      fromMark ? f.start : null,
    )
  }

  applyAllBtn.addEventListener('click', () => {
    const s = current()
    if (!s.findings.some((f) => visible(f) && hasSuggestion(f))) return
    snapshot()
    const { text, findings, applied } = applyAll(s.text, s.findings, visible)
    s.text = text
    s.findings = findings
    afterApply(`Applied ${plural(applied, 'suggestion')}. The corrected text is ready to copy.`, null)
    corrected.focus()
  })

  undoBtn.addEventListener('click', () => {
    const s = current()
    const prev = s.history.pop()
    if (!prev) return
    s.text = prev.text
    s.findings = prev.findings
    corrected.value = s.text
    correctedPanel.hidden = s.history.length === 0
    render()
    announce('Undone.')
  })

  byId('copy').addEventListener('click', () => {
    const done = () => announce('Corrected text copied to the clipboard.')
    const fallback = () => {
      corrected.select()
      document.execCommand('copy')
      done()
    }
    if (navigator.clipboard && window.isSecureContext)
      navigator.clipboard.writeText(corrected.value).then(done, fallback)
    else fallback()
  })

  byId('reaudit').addEventListener('click', () => reaudit(corrected.value))

  return { show }
}
