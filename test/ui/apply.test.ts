// Applying suggestions (src/engine/fixes.ts), as the editor page does: the corrected text, and the
// remaining findings still pointing at the text they found.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import deescalate from '../../seeds/articles/es-biden-deescalate.txt'
import { alternatives, applyAll, applySuggestion, type Editable } from '../../src/engine/fixes.ts'
import { findingsOf } from '../helpers.ts'

const f = (id: number, start: number, end: number, suggestion?: string): Editable =>
  suggestion === undefined ? { id, start, end } : { id, start, end, suggestion }

describe('applySuggestion', () => {
  const text = 'Minister Blinkin met Zelenski in Kiev.'
  //            0         1         2         3
  //            0123456789012345678901234567890123456789
  const blinkin = f(1, 9, 16, 'Blinken')
  const zelenski = f(2, 21, 29, 'Zelensky')
  const kiev = f(3, 33, 37, 'Kyiv')

  const cases: { name: string; findings: Editable[]; target: Editable; text: string; after: Editable[] }[] = [
    {
      name: 'same length: nothing moves',
      findings: [blinkin, zelenski],
      target: blinkin,
      text: 'Minister Blinken met Zelenski in Kiev.',
      after: [zelenski],
    },
    {
      name: 'shorter: later findings shift back, earlier ones stay',
      findings: [blinkin, zelenski, kiev],
      target: kiev,
      text: 'Minister Blinkin met Zelenski in Kyiv.',
      after: [blinkin, zelenski],
    },
    {
      name: 'longer: later findings shift forward',
      findings: [blinkin, zelenski, kiev],
      target: zelenski,
      text: 'Minister Blinkin met Zelensky in Kiev.',
      after: [blinkin, f(3, 33, 37, 'Kyiv')],
    },
    {
      name: 'deletion',
      findings: [f(1, 0, 9, ''), zelenski],
      target: f(1, 0, 9, ''),
      text: 'Blinkin met Zelenski in Kiev.',
      after: [f(2, 12, 20, 'Zelensky')],
    },
    {
      name: 'a finding around the replaced text stretches and loses its own suggestion',
      findings: [f(9, 0, 16, 'The minister'), blinkin],
      target: blinkin,
      text: 'Minister Blinken met Zelenski in Kiev.',
      after: [f(9, 0, 16)],
    },
    {
      name: 'findings overlapping the replaced text, or on the same span, go',
      findings: [f(8, 13, 24), f(7, 9, 16, 'Blinkn'), blinkin, zelenski],
      target: blinkin,
      text: 'Minister Blinken met Zelenski in Kiev.',
      after: [zelenski],
    },
    {
      name: 'an insertion leaves a finding ending there and shifts one starting there',
      findings: [f(1, 0, 8), f(2, 8, 8, ','), f(3, 8, 16)],
      target: f(2, 8, 8, ','),
      text: 'Minister, Blinkin met Zelenski in Kiev.',
      after: [f(1, 0, 8), f(3, 9, 17)],
    },
    {
      name: 'a finding without a suggestion changes nothing',
      findings: [f(1, 9, 16), zelenski],
      target: f(1, 9, 16),
      text,
      after: [f(1, 9, 16), zelenski],
    },
  ]
  it('a suggestion with alternatives applies the one chosen, the first by default', () => {
    const calque = f(1, 9, 16, 'Blinken / Blinkens')
    expect(alternatives('depending on / based on')).toEqual(['depending on', 'based on'])
    expect(alternatives('')).toEqual([''])
    expect(applySuggestion(text, [calque, zelenski], calque).text).toBe('Minister Blinken met Zelenski in Kiev.')
    const second = applySuggestion(text, [calque, zelenski], calque, 1)
    expect(second.text).toBe('Minister Blinkens met Zelenski in Kiev.')
    expect(second.findings).toEqual([f(2, 22, 30, 'Zelensky')])
    expect(applyAll(text, [calque, kiev], () => true).text).toBe('Minister Blinken met Zelenski in Kyiv.')
  })

  for (const c of cases)
    it(c.name, () => {
      const out = applySuggestion(text, c.findings, c.target)
      expect(out.text).toBe(c.text)
      expect(out.findings).toEqual(c.after)
    })

  it('remaining findings outside the edit still cover the same text', () => {
    const spans = fc
      .tuple(fc.nat(60), fc.nat(8), fc.option(fc.string({ maxLength: 6 }), { nil: undefined }))
      .map(([start, len, suggestion]) => ({ start, end: start + len, suggestion }))
    fc.assert(
      fc.property(
        fc.string({ minLength: 70, maxLength: 80 }),
        fc.array(spans, { minLength: 1, maxLength: 8 }),
        (s, raw) => {
          const findings = raw.map((r, i) => ({ ...r, id: i }))
          const target = findings.find((x) => x.suggestion !== undefined)
          if (!target) return
          const out = applySuggestion(s, findings, target)
          expect(out.text).toBe(s.slice(0, target.start) + target.suggestion + s.slice(target.end))
          for (const g of out.findings) {
            const before = findings.find((x) => x.id === g.id) as Editable
            const around = before.end > target.start && before.start < target.end
            if (!around) expect(out.text.slice(g.start, g.end)).toBe(s.slice(before.start, before.end))
            else expect(g.suggestion).toBeUndefined()
          }
        },
      ),
    )
  })
})

describe('applyAll', () => {
  it('equals replacing every chosen span at once when they do not overlap', () => {
    const arb = fc.uniqueArray(fc.nat(59), { minLength: 2, maxLength: 16 }).chain((cuts) => {
      const sorted = [...cuts].sort((a, b) => a - b)
      const pairs = sorted.flatMap((c, i) => (i % 2 === 0 && sorted[i + 1] !== undefined ? [[c, sorted[i + 1]]] : []))
      return fc.tuple(
        fc.constant(pairs as [number, number][]),
        fc.array(fc.string({ maxLength: 5 }), { minLength: pairs.length, maxLength: pairs.length }),
        fc.array(fc.boolean(), { minLength: pairs.length, maxLength: pairs.length }),
      )
    })
    fc.assert(
      fc.property(fc.string({ minLength: 60, maxLength: 60 }), arb, (s, [pairs, subs, chosen]) => {
        const findings = pairs.map(([start, end], i) => f(i, start, end, subs[i]))
        const out = applyAll(s, findings, (x) => chosen[x.id] === true)
        let expected = s
        for (let i = pairs.length - 1; i >= 0; i--) {
          const [start, end] = pairs[i] as [number, number]
          if (chosen[i]) expected = expected.slice(0, start) + subs[i] + expected.slice(end)
        }
        expect(out.text).toBe(expected)
        expect(out.applied).toBe(chosen.filter(Boolean).length)
        expect(out.findings.map((x) => x.id)).toEqual(findings.filter((x) => !chosen[x.id]).map((x) => x.id))
      }),
    )
  })

  it('corrects the seed article as the editor’s “Apply all” does', () => {
    const findings = findingsOf(deescalate).map((x, id) => ({ ...x, id }))
    const withSuggestion = findings.filter((x) => x.suggestion !== undefined)
    expect(withSuggestion.length).toBeGreaterThan(3)
    const out = applyAll(deescalate, findings, () => true)
    expect(out.text).not.toContain('Blinkin')
    expect(out.text).toContain('Thursday. The official')
    expect(out.findings.every((x) => x.suggestion === undefined)).toBe(true)
    // Findings without a suggestion still point at what they found.
    for (const x of out.findings) {
      const before = findings.find((y) => y.id === x.id)
      if (before && x.end - x.start === before.end - before.start)
        expect(out.text.slice(x.start, x.end)).toBe(before.excerpt)
    }
  })
})
