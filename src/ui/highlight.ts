// Findings as nested highlights over a text: one pure function that both the editor page (DOM
// nodes, src/ui/client) and the CLI's HTML report (a string) render. Marks nest when one
// finding lies inside another; a partial overlap is clipped at the end of the earlier mark, so
// every character of the text appears exactly once and in order.
import type { Finding, Span } from '../engine/types.ts'

export type Segment<F> = { text: string } | { finding: F; children: Segment<F>[] }

export const isMark = <F>(s: Segment<F>): s is { finding: F; children: Segment<F>[] } => 'finding' in s

/** Sorted for nesting: empty spans dropped, then by start, longer first. */
export function nestOrder<T extends Span>(findings: readonly T[]): T[] {
  return [...findings].filter((f) => f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end)
}

/** The text cut into plain runs and marks; a mark holds the runs and marks inside it. */
export function nestHighlights<F extends Span>(text: string, findings: readonly F[]): Segment<F>[] {
  const build = (from: number, to: number, list: F[]): Segment<F>[] => {
    const out: Segment<F>[] = []
    let pos = from
    let i = 0
    while (i < list.length) {
      const f = list[i++] as F
      const s = Math.max(f.start, pos)
      const e = Math.min(f.end, to)
      if (s >= e) continue
      const inner: F[] = []
      while (i < list.length && (list[i] as F).start < e) inner.push(list[i++] as F)
      if (s > pos) out.push({ text: text.slice(pos, s) })
      out.push({ finding: f, children: build(s, e, inner) })
      pos = e
    }
    if (to > pos) out.push({ text: text.slice(pos, to) })
    return out
  }
  return build(0, text.length, nestOrder(findings))
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

type Marked = Pick<Finding, 'start' | 'end' | 'category' | 'severity' | 'message' | 'suggestion'>

/** The text as HTML with a `<mark>` per finding (title: message and suggestion). */
export function highlightHtml(text: string, findings: readonly Marked[]): string {
  const render = (segments: Segment<Marked>[]): string =>
    segments
      .map((s) => {
        if (!isMark(s)) return escapeHtml(s.text)
        const f = s.finding
        const title = f.suggestion !== undefined ? `${f.message} (→ ${f.suggestion})` : f.message
        return `<mark class="f cat-${f.category} sev-${f.severity}" title="${escapeHtml(title)}">${render(s.children)}</mark>`
      })
      .join('')
  return render(nestHighlights(text, findings))
}
