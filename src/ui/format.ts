// Wording and small computations of the editor page that need no DOM (unit-tested in test/ui).

export function fmtBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`
  return `${(n / 1024 / 1024).toFixed(2)} MiB`
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** Whether pasted text is HTML (the format picker's "Detect"). */
export function looksLikeHtml(s: string): boolean {
  return /<(html|body|p|div|br|h[1-6]|article|section|span|a|li|ul|ol|figure|figcaption|blockquote|strong|em)\b[^>]*>/i.test(
    s,
  )
}

/** Offsets where each line starts, for {@link lineCol}. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  return starts
}

/** 1-based line and column (UTF-16 code units, as the API counts) of an offset. */
export function lineCol(starts: readonly number[], offset: number): [line: number, column: number] {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] as number) <= offset) lo = mid
    else hi = mid - 1
  }
  return [lo + 1, offset - (starts[lo] as number) + 1]
}

/** An application/problem+json body, as far as the page reads it. */
export interface Problem {
  detail?: string
  limit?: number
}

/** Title and advice for a failed audit: what happened and what to do. */
export function problemMessage(
  status: number,
  problem: Problem | null,
  sentBytes: number,
  maxBytes: number,
): [title: string, detail: string] {
  const detail = problem?.detail ?? ''
  switch (status) {
    case 413: {
      const limit = typeof problem?.limit === 'number' ? problem.limit : maxBytes
      return [
        'Article too large (413)',
        `The article is ${fmtBytes(sentBytes)}; the auditor accepts at most ${fmtBytes(limit)}. Audit it in parts, or remove embedded media and markup first.`,
      ]
    }
    case 401:
    case 403:
      return [
        `Not authorised (${status})`,
        `${detail ? `${detail}. ` : ''}This auditor requires an access token: enter it under “Access token”.`,
      ]
    case 404:
      return ['Unknown rule set (404)', detail || 'No rule set with that id.']
    case 400:
    case 415:
    case 422:
      return [`The article could not be audited (${status})`, detail]
    case 429:
      return ['Too many requests (429)', 'Wait a moment and try again.']
    default:
      return [`The auditor failed (${status})`, detail || 'Try again in a moment.']
  }
}

/** Rule-set ids the API accepts. */
export const RULESET_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/
