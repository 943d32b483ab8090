// The detector kit: every kind's findings take severity, confidence and message from the rule.
import { describe, expect, it } from 'vitest'
import { matchCase, report, startsSentence } from '../../src/engine/detector.ts'
import { segment } from '../../src/engine/document.ts'
import { BUNDLED_RULESET } from '../../src/rules/bundled.ts'
import { compiledWith, findingsOf } from '../helpers.ts'

const rule = { id: 'r1', category: 'garbled' as const, severity: 'major' as const, confidence: 0.5, lang: 'any' }

describe('report()', () => {
  const doc = segment('The minister Said it twice.')
  it('scales the check’s weight by the rule’s confidence and keeps the rule’s severity', () => {
    const f = report(doc, rule, { start: 13, end: 17, message: 'capital mid-sentence', weight: 0.8 })
    expect(f).toMatchObject({ ruleId: 'r1', category: 'garbled', severity: 'major', confidence: 0.4 })
    expect(f.message).toBe('capital mid-sentence')
  })
  it('fills a rule message template with the excerpt, suggestion and the check’s detail', () => {
    const f = report(
      doc,
      { ...rule, message: '“{excerpt}” → “{suggestion}”: {detail}' },
      { start: 13, end: 17, message: 'capital mid-sentence', suggestion: 'said' },
    )
    expect(f.message).toBe('“Said” → “said”: capital mid-sentence')
  })
  it('demotes one step for weaker evidence and lets an entry’s own confidence replace the rule’s', () => {
    expect(report(doc, rule, { start: 0, end: 3, message: 'm', demote: true }).severity).toBe('minor')
    expect(
      report(doc, { ...rule, severity: 'critical' }, { start: 0, end: 3, message: 'm', demote: true }).severity,
    ).toBe('major')
    expect(report(doc, rule, { start: 0, end: 3, message: 'm', confidence: 0.9 }).confidence).toBe(0.9)
  })
})

describe('code-backed kinds honour the rule', () => {
  const text = 'The minister spoke on ThursdayThe talks went on.'
  // The default rule set's garbled rule (its word lists), with the fields under test changed.
  const shipped = (BUNDLED_RULESET as { rules: { kind: string }[] }).rules.find((r) => r.kind === 'garbled')
  const garbled = (extra: object) => compiledWith([{ ...shipped, id: 'g', severity: 'minor', ...extra } as never])
  it('confidence, severity and message of a garbled rule reach its findings', () => {
    const base = findingsOf(text, garbled({}))
    expect(base.map((f) => f.excerpt)).toEqual(['ThursdayThe'])
    const tuned = findingsOf(text, garbled({ confidence: 0.5, severity: 'critical', message: 'Glued: {excerpt}' }))
    expect(tuned[0]?.severity).toBe('critical')
    expect(tuned[0]?.message).toBe('Glued: ThursdayThe')
    expect(tuned[0]?.confidence).toBeCloseTo((base[0]?.confidence ?? 0) * 0.5, 2)
  })
})

describe('startsSentence', () => {
  it('knows a sentence start after a break, an end mark or opening quotes', () => {
    const t = 'He left. “A vast crowd came,” she said. Then\nA line'
    expect(
      [0, t.indexOf('A vast'), t.indexOf('she'), t.indexOf('Then'), t.indexOf('A line')].map((p) =>
        startsSentence(t, p),
      ),
    ).toEqual([true, true, false, true, true])
  })
})

describe('matchCase', () => {
  it('capitalises a lower-case suggestion for a capitalised excerpt, and leaves the rest alone', () => {
    expect(matchCase('A vast police device', 'a large police operation')).toBe('A large police operation')
    expect(matchCase('a vast police device', 'a large police operation')).toBe('a large police operation')
    expect(matchCase('The Hexagon', 'France')).toBe('France')
    expect(matchCase('Valdimir', 'Vladimir')).toBe('Vladimir')
    expect(matchCase('«Leia', 'read')).toBe('read')
  })
})
