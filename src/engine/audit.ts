// audit(text, compiled): segment once, run every detector, merge overlapping findings,
// infer the source language and score the article (MQM-style, DESIGN §3).
import type { CompiledRuleSet } from './compile.ts'
import type { AuditContext } from './detector.ts'
import { lineAt, spanCover } from './document.ts'
import { type Scored, scoreEach } from './score.ts'
import type { Category, Finding, RawFinding, Report, Severity } from './types.ts'
import { analyse } from './words.ts'

export interface AuditOptions {
  sourceLanguage?: string
  id?: string
  /** Clock for durationMs; the engine has no globals of its own beyond `performance`. */
  now?: () => number
  /**
   * List at most this many findings: the most severe, then most confident, then earliest, in
   * text order (`truncated` and a note say so). Score and summary still count every finding.
   */
  maxFindings?: number
}

/** Confidence kept by a language-tagged finding whose language is not the article's source. */
const OTHER_LANGUAGE_FACTOR = 0.6
/** How sure the inferred source must be before it discounts or gates findings by language. */
const SOURCE_KNOWN = 0.5

const SEVERITY_RANK: Record<Severity, number> = { minor: 1, major: 2, critical: 3 }
/** Which category wins when two findings overlap and their spans are merged. */
const CATEGORY_PRIORITY: Category[] = [
  'duplicate',
  'boilerplate',
  'foreign-token',
  'name-misspelling',
  'name-inconsistency',
  'garbled',
  'calque',
]

export function audit(text: string, compiled: CompiledRuleSet, options: AuditOptions = {}): Report {
  const now = options.now ?? (() => performance.now())
  const t0 = now()
  const doc = analyse(text, compiled.data)
  const ctx: AuditContext = {
    ...compiled.data,
    sourceLanguage: options.sourceLanguage,
    nameSpans: [],
    languageEvidence: new Map(),
  }
  const raw: RawFinding[] = []
  // A loop, not push(...found): one detector can return more findings than a call has room
  // for arguments (1 MB of one repeated chrome line is 100,000 findings).
  for (const { detector } of compiled.detectors) {
    const found = detector.run(doc, ctx)
    for (let k = 0; k < found.length; k++) raw.push(found[k] as RawFinding)
  }
  // Phrase families tagged with a source language (calques) are evidence of that language;
  // once the source is known, families of other languages count for less.
  // (Boilerplate families are tagged with the site's language, which says nothing of the source.)
  // A finding gated on the source is no evidence of it: ordinary phrases would vouch for one another.
  const sourceSignal = (f: RawFinding) =>
    !f.sourceOnly && f.lang && f.lang !== 'en' && (f.category === 'calque' || f.category === 'foreign-token')
  // One signal per place and language, however many overlapping phrases matched there.
  const counted = new Set<string>()
  for (const f of raw) {
    if (!sourceSignal(f) || counted.has(`${f.lang}@${f.start}`)) continue
    counted.add(`${f.lang}@${f.start}`)
    ctx.languageEvidence.set(f.lang as string, (ctx.languageEvidence.get(f.lang as string) ?? 0) + 1)
  }
  const source = inferSource(ctx, options.sourceLanguage)
  dropGated(raw, source)
  if (source && source.confidence >= SOURCE_KNOWN)
    for (const f of raw) if (sourceSignal(f) && f.lang !== source.language) f.confidence *= OTHER_LANGUAGE_FACTOR
  const merged = dropSubsumed(merge(raw.filter((f) => f.end > f.start && f.start >= 0 && f.end <= text.length)))
  // Score and counts read every finding; a Finding object (excerpt, line, column) is made only
  // for those listed: 1 MB of one repeated line is 80,000+ findings, of which a report lists 1000.
  const confidences = merged.map((f) => round(f.confidence))
  // One scratch record read in turn, not an object per finding.
  const scored: Scored = { category: 'garbled', severity: 'minor', confidence: 0, excerpt: '' }
  const s = scoreEach(
    merged.length,
    (k) => {
      const f = merged[k] as RawFinding
      scored.category = f.category
      scored.severity = f.severity
      scored.confidence = confidences[k] as number
      scored.excerpt = text.slice(f.start, f.end)
      return scored
    },
    doc.words,
    compiled.scoring,
  )
  const byCategory: Report['summary']['byCategory'] = {}
  const bySeverity: Report['summary']['bySeverity'] = {}
  for (const f of merged) {
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1
    bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1
  }
  const listed = mostSevere(merged, confidences, options.maxFindings ?? merged.length)
  const newlines = newlinesOf(text)
  const findings: Finding[] = listed.map((k) => {
    const f = merged[k] as RawFinding
    const li = lineAt(doc, f.start)
    const lineStart = doc.lines[li] ? lastNewlineAtOrBefore(newlines, Math.max(0, f.start - 1)) + 1 : 0
    // Fields in report()'s order (the JSON answer keeps it).
    return {
      start: f.start,
      end: f.end,
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      confidence: confidences[k] as number,
      message: f.message,
      ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
      excerpt: text.slice(f.start, f.end),
      line: lineNumber(newlines, f.start),
      column: f.start - lineStart + 1,
    }
  })
  const notes: string[] = []
  if (doc.words < compiled.scoring.shortTextWords)
    notes.push(
      `Short text (${doc.words} words): the score is less reliable under ${compiled.scoring.shortTextWords} words.`,
    )
  return {
    id: options.id ?? '',
    score: s.score,
    verdict: s.verdict,
    language: { detected: 'eng', source },
    ruleset: { id: compiled.id, version: compiled.version },
    stats: { characters: text.length, words: doc.words, durationMs: round(now() - t0), penalty: s.penalty, npt: s.npt },
    summary: { byCategory, bySeverity },
    notes: listed.length < merged.length ? [...notes, truncationNote(listed.length, merged.length)] : notes,
    findings,
    ...(listed.length < merged.length ? { truncated: true } : {}),
  }
}

/** The note of a report whose findings list was cut to its most severe `listed` of `total`. */
export const truncationNote = (listed: number, total: number) =>
  `Only the ${listed} most severe of ${total} findings are listed; the summary counts all of them.`

/**
 * Indexes of the `limit` most severe findings (then most confident, then earliest), in text
 * order. One counting pass over (severity, confidence in hundredths) instead of a sort: what a
 * stable sort by those keys keeps, without ordering 80,000 findings to keep 1000.
 */
function mostSevere(findings: RawFinding[], confidences: number[], limit: number): number[] {
  const n = findings.length
  if (n <= limit) return Array.from({ length: n }, (_, k) => k)
  // Confidences are in [0, 1] (report() clamps them): 101 steps per severity.
  const rank = (k: number) =>
    SEVERITY_RANK[(findings[k] as RawFinding).severity] * 101 +
    Math.min(100, Math.max(0, Math.round((confidences[k] as number) * 100)))
  const histogram = new Int32Array(4 * 101)
  for (let k = 0; k < n; k++) histogram[rank(k)] = (histogram[rank(k)] as number) + 1
  // The lowest rank listed, and how many findings of that rank make the count.
  let threshold = histogram.length - 1
  let above = 0
  while (above + (histogram[threshold] as number) < limit) above += histogram[threshold--] as number
  let atThreshold = limit - above
  const out: number[] = []
  for (let k = 0; k < n; k++) {
    const r = rank(k)
    if (r > threshold || (r === threshold && atThreshold-- > 0)) out.push(k)
  }
  return out
}

const round = (x: number) => Math.round(x * 100) / 100

/** Offsets of every newline, ascending (one pass; findings then locate lines by binary search). */
function newlinesOf(text: string): number[] {
  const out: number[] = []
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i)
  return out
}

/** How many of the sorted `xs` are below `pos`. */
function countBelow(xs: number[], pos: number): number {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((xs[mid] as number) < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** 1-based line number of an offset (counting every newline, as editors do). */
function lineNumber(newlines: number[], pos: number): number {
  return countBelow(newlines, pos) + 1
}

/** Offset of the last newline at or before `pos`, or -1 (what `text.lastIndexOf('\n', pos)` answers). */
function lastNewlineAtOrBefore(newlines: number[], pos: number): number {
  const k = countBelow(newlines, pos + 1)
  return k ? (newlines[k - 1] as number) : -1
}

/** Categories the scoring treats as one family: overlaps merge only within a family. */
const FAMILY: Record<Category, string> = {
  'foreign-token': 'foreign-token',
  'name-misspelling': 'name',
  'name-inconsistency': 'name',
  boilerplate: 'chrome',
  duplicate: 'chrome',
  garbled: 'garbled',
  calque: 'calque',
}

/**
 * Overlapping findings of one family become one: the span is their union, the category the
 * first in CATEGORY_PRIORITY, severity and confidence the highest. Findings of different
 * families stay apart (a misspelt name inside a duplicated caption is two problems).
 */
export function merge(findings: RawFinding[]): RawFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end)
  const open = new Map<string, number>()
  const out: RawFinding[] = []
  // out[k] was made here (not an input): a further merge into it may change it in place.
  const made: boolean[] = []
  for (const f of sorted) {
    const fam = FAMILY[f.category]
    const at = open.get(fam)
    const last = at === undefined ? undefined : out[at]
    if (last && at !== undefined && f.start < last.end) {
      const winner = CATEGORY_PRIORITY.indexOf(f.category) < CATEGORY_PRIORITY.indexOf(last.category) ? f : last
      const end = Math.max(last.end, f.end)
      // A suggestion only survives when it still covers the whole merged span.
      const suggestion =
        winner.suggestion && winner.start === last.start && winner.end === end ? winner.suggestion : undefined
      const m: RawFinding = made[at] ? last : ({ start: last.start } as RawFinding)
      m.end = end
      m.ruleId = winner.ruleId
      m.category = winner.category
      m.severity = SEVERITY_RANK[f.severity] > SEVERITY_RANK[last.severity] ? f.severity : last.severity
      m.confidence = Math.max(f.confidence, last.confidence)
      m.message = winner.message
      m.suggestion = suggestion
      m.lang = winner.lang
      out[at] = m
      made[at] = true
    } else {
      open.set(fam, out.length)
      // Kept as is: inputs are never changed.
      out.push(f)
      made.push(false)
    }
  }
  return out
}

/**
 * A finding inside a boilerplate or duplicate span says nothing the reader needs: the
 * whole span goes. (A cut-off line that is a truncated repeat is one problem, not two.)
 */
function dropSubsumed(findings: RawFinding[]): RawFinding[] {
  const chrome = findings.filter((f) => FAMILY[f.category] === 'chrome')
  // Nothing but chrome (1 MB of one boilerplate line): nothing to drop.
  if (!chrome.length || chrome.length === findings.length) return findings
  const insideChrome = spanCover(chrome)
  // Names stay: a misspelt name inside a tag list or a caption is still worth fixing.
  return findings.filter((f) => FAMILY[f.category] === 'chrome' || FAMILY[f.category] === 'name' || !insideChrome(f))
}

/**
 * Removes, in place, the findings of families gated on the source (`sourceOnly`) unless the
 * source is their language, known as surely as it must be to discount other languages' findings.
 */
function dropGated(raw: RawFinding[], source: Report['language']['source']): void {
  let kept = 0
  for (const f of raw) {
    if (f.sourceOnly) {
      if (!source || source.confidence < SOURCE_KNOWN || source.language !== f.lang) continue
      delete f.sourceOnly
    }
    raw[kept++] = f
  }
  raw.length = kept
}

function inferSource(ctx: AuditContext, given?: string): Report['language']['source'] {
  if (given) return { language: given, confidence: 1, evidence: ['given by the caller'] }
  const entries = [...ctx.languageEvidence].sort((a, b) => b[1] - a[1])
  const total = entries.reduce((s, [, n]) => s + n, 0)
  const top = entries[0]
  // Two stray signals say little (a calque can come from several languages).
  if (!top || total < 3) return null
  return {
    language: top[0],
    confidence: round(Math.min(0.95, (top[1] / total) * Math.min(1, total / 5))),
    evidence: entries.slice(0, 3).map(([l, n]) => `${n} signals for ${l} (source-language words and phrases)`),
  }
}

export type { Category }
