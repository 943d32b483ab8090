// Renders a text with findings as HTML marks, server side (the CLI's HTML report). Marks
// nest when one finding lies inside another; a partial overlap is clipped at the end of the
// earlier mark, so every character of the text appears exactly once and in order.
import type { Finding } from '../engine/types.ts'

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

type Marked = Pick<Finding, 'start' | 'end' | 'category' | 'severity' | 'message' | 'suggestion'>

/** Sorted for nesting: by start, longer first. */
export function nestOrder<T extends { start: number; end: number }>(findings: readonly T[]): T[] {
  return [...findings].filter((f) => f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end)
}

export function highlightHtml(text: string, findings: readonly Marked[]): string {
  const sorted = nestOrder(findings)
  const render = (from: number, to: number, list: Marked[]): string => {
    let out = ''
    let pos = from
    let i = 0
    while (i < list.length) {
      const f = list[i] as Marked
      i++
      const s = Math.max(f.start, pos)
      const e = Math.min(f.end, to)
      if (s >= e) continue
      const inner: Marked[] = []
      while (i < list.length && (list[i] as Marked).start < e) inner.push(list[i++] as Marked)
      const title = f.suggestion !== undefined ? `${f.message} (→ ${f.suggestion})` : f.message
      out += escapeHtml(text.slice(pos, s))
      out += `<mark class="f cat-${f.category} sev-${f.severity}" title="${escapeHtml(title)}">${render(s, e, inner)}</mark>`
      pos = e
    }
    return out + escapeHtml(text.slice(pos, to))
  }
  return render(0, text.length, sorted)
}
