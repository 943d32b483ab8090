import { describe, expect, it } from 'vitest'
import { audit, merge } from '../../src/engine/audit.ts'
import { isTrimmed, segment } from '../../src/engine/document.ts'
import { score } from '../../src/engine/score.ts'
import type { Finding, RawFinding } from '../../src/engine/types.ts'
import { scoring } from '../../src/rules/schema.ts'
import { compiledWith } from '../helpers.ts'

describe('segment', () => {
  it('splits lines, sentences and tokens with offsets into the text', () => {
    const text = '  Mr. Smith arrived.  He left at 8.30 p.m.\n\nThe U.S. team won 2-1. Done!'
    const doc = segment(text)
    expect(doc.lines.map((l) => l.text)).toEqual([
      'Mr. Smith arrived.  He left at 8.30 p.m.',
      'The U.S. team won 2-1. Done!',
    ])
    expect(doc.lines[1]?.paragraphStart).toBe(true)
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Mr. Smith arrived.',
      'He left at 8.30 p.m.',
      'The U.S. team won 2-1.',
      'Done!',
    ])
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text)
  })
})

describe('merge', () => {
  const f = (start: number, end: number, category: RawFinding['category'], confidence = 0.5): RawFinding => ({
    start,
    end,
    category,
    confidence,
    ruleId: 'r',
    severity: 'minor',
    message: 'm',
  })
  it('joins overlapping findings of one family and keeps other families apart', () => {
    const out = merge([f(0, 10, 'boilerplate'), f(5, 20, 'duplicate', 0.9), f(6, 8, 'name-misspelling')])
    expect(out.map((x) => [x.start, x.end, x.category, x.confidence])).toEqual([
      [0, 20, 'duplicate', 0.9],
      [6, 8, 'name-misspelling', 0.5],
    ])
  })
})

describe('score', () => {
  const s = scoring.parse({})
  const fd = (severity: Finding['severity'], excerpt: string, confidence = 1): Finding => ({
    start: 0,
    end: 1,
    category: 'garbled',
    severity,
    confidence,
    excerpt,
    ruleId: 'r',
    message: 'm',
    line: 1,
    column: 1,
  })
  it('charges severity × category weight × confidence per 1000 words, repeats once', () => {
    const r = score([fd('major', 'x'), fd('major', 'x'), fd('minor', 'y', 0.5)], 1000, s)
    expect(r.penalty).toBe(5.5)
    expect(r.npt).toBe(5.5)
    expect(r.score).toBe(94.5)
    expect(r.verdict).toBe('pass')
  })
  it('fails on a confident critical finding whatever the score', () => {
    expect(score([fd('critical', 'x', 0.9)], 100000, s).verdict).toBe('fail')
    expect(score([fd('critical', 'x', 0.5)], 100000, s).verdict).toBe('pass')
  })
  it('reviews under the pass threshold and fails under the fail threshold', () => {
    expect(score([fd('major', 'a'), fd('major', 'b'), fd('major', 'c')], 1000, s).verdict).toBe('review')
    expect(score([fd('critical', 'a', 0.7), fd('critical', 'b', 0.7), fd('critical', 'c', 0.7)], 1000, s).verdict).toBe(
      'fail',
    )
  })
})

describe('rule sets are data', () => {
  it('a phrase rule added as data is reported with its suggestion', () => {
    const compiled = compiledWith([
      {
        id: 'calque.test',
        kind: 'phrase',
        category: 'calque',
        phrases: [{ text: 'telephone interview', suggestion: 'phone call' }],
      },
    ])
    const r = audit('They had a Telephone  interview on Monday.', compiled)
    expect(r.findings.map((f) => [f.excerpt, f.suggestion, f.category])).toEqual([
      ['Telephone  interview', 'phone call', 'calque'],
    ])
  })
  it('a pattern rule runs in linear time even on a catastrophic pattern', () => {
    const compiled = compiledWith([{ id: 'evil', kind: 'pattern', category: 'garbled', patterns: [{ re: '(a+)+$' }] }])
    const text = `${'a'.repeat(50000)}!`
    const r = audit(text, compiled)
    expect(r.findings).toEqual([])
  })
  it('line scope only matches whole lines', () => {
    const compiled = compiledWith([
      { id: 'share', kind: 'phrase', category: 'boilerplate', scope: 'line', phrases: ['Facebook'] },
    ])
    const r = audit('Facebook\nShe posted it on Facebook yesterday.\n• Facebook', compiled)
    expect(r.findings.map((f) => f.excerpt)).toEqual(['Facebook', 'Facebook'])
    expect(r.findings.map((f) => f.line)).toEqual([1, 3])
  })
})

describe('source language', () => {
  it('is inferred from leftovers and phrase families, with evidence', async () => {
    const { defaultCompiled } = await import('../helpers.ts')
    const text =
      'The government said that los precios de la energía bajarán en el próximo trimestre. ' +
      'The [representantes] of the unions met the ministers on Friday in Madrid.'
    const r = audit(text, defaultCompiled())
    expect(r.language.source?.language).toBe('es')
    expect(r.language.source?.evidence.length).toBeGreaterThan(0)
    const given = audit(text, defaultCompiled(), { sourceLanguage: 'pt' })
    expect(given.language.source).toEqual({ language: 'pt', confidence: 1, evidence: ['given by the caller'] })
  })
  it('says nothing for native English', async () => {
    const { defaultCompiled } = await import('../helpers.ts')
    expect(
      audit('The council approved the budget after a long debate on Monday.', defaultCompiled()).language.source,
    ).toBeNull()
  })
})

describe('segment reads ASCII lines without its regex', () => {
  it('trims what String.prototype.trim trims', () => {
    for (let c = 0; c < 0x10000; c++) expect(isTrimmed(c), c.toString(16)).toBe(String.fromCharCode(c).trim() === '')
  })
  it('gives the tokens the regex gives', () => {
    const shape = (text: string) => segment(text).tokens.map((t) => [t.start, t.end, t.text, t.lower, t.kind])
    for (const line of [
      "rock-n-roll it's 1,000.5 at 8:30, a/b -x x- 'quoted' don't-stop 3.14.15 a--b 1..2 x'y'z",
      '\t  Mr. Smith (AFP)--"No!" 10On MondayThe 2-1 5/7 x1y2 _under_ #tag @you 4,5,6: end.\v ',
    ]) {
      // A character outside ASCII sends the line through the regex.
      expect(shape(line)).toEqual(shape(`${line} é`).slice(0, -1))
    }
  })
})

describe('sentence ends', () => {
  it('a unit after a number ends its sentence; initials and dotted abbreviations do not', () => {
    const s = (text: string) => segment(text).sentences.map((x) => x.text)
    expect(s('Repairs cost €2m. The bridge opened.')).toEqual(['Repairs cost €2m.', 'The bridge opened.'])
    expect(s('J. Smith met officials at 5 p.m. Tuesday in the U.S. capital.')).toEqual([
      'J. Smith met officials at 5 p.m. Tuesday in the U.S. capital.',
    ])
  })
})

describe('many findings', () => {
  it('a detector returning more findings than a call takes arguments does not overflow the stack', () => {
    const c = compiledWith([
      { id: 'reply', kind: 'phrase', category: 'boilerplate', scope: 'line', extend: 'line', phrases: ['Reply'] },
    ])
    const report = audit('Reply\n'.repeat(150_000), c)
    expect(report.summary.byCategory.boilerplate).toBeGreaterThan(100_000)
  })
})

describe('maxFindings', () => {
  const c = compiledWith(
    (
      [
        ['alpha', 'minor', 0.51],
        ['beta', 'major', 0.7],
        ['gamma', 'major', 0.9],
        ['delta', 'critical', 0.3],
        ['omega', 'minor', 0.54],
      ] as const
    ).map(([word, severity, confidence]) => ({
      id: word,
      kind: 'phrase' as const,
      category: 'calque' as const,
      severity,
      confidence,
      phrases: [word],
    })),
  )
  const words = ['alpha', 'beta', 'gamma', 'delta', 'omega']
  const text = Array.from({ length: 60 }, (_, i) => `The ${words[(i * 7) % 5]} came on day ${i}.`).join('\n')
  const RANK = { minor: 1, major: 2, critical: 3 }

  it('lists the most severe, then most confident, then earliest findings in text order; counts and score stay whole', () => {
    const full = audit(text, c)
    expect(full.findings).toHaveLength(60)
    for (const limit of [0, 1, 11, 12, 13, 30, 59]) {
      const capped = audit(text, c, { maxFindings: limit })
      const expected = full.findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => RANK[b.f.severity] - RANK[a.f.severity] || b.f.confidence - a.f.confidence || a.i - b.i)
        .slice(0, limit)
        .sort((a, b) => a.i - b.i)
        .map(({ f }) => f)
      expect(capped.findings).toEqual(expected)
      expect(capped.truncated).toBe(true)
      expect(capped.notes.at(-1)).toBe(
        `Only the ${limit} most severe of 60 findings are listed; the summary counts all of them.`,
      )
      expect([capped.score, capped.summary, capped.stats.penalty]).toEqual([
        full.score,
        full.summary,
        full.stats.penalty,
      ])
    }
    expect(audit(text, c, { maxFindings: 60 }).truncated).toBeUndefined()
  })
})
