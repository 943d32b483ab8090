// The prefilter may only skip work: whenever it says a text lacks every literal a pattern
// needs, the pattern really does not match there.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import deescalate from '../../seeds/articles/es-biden-deescalate.txt'
import phone from '../../seeds/articles/fr-biden-putin-phone.txt'
import { foldString, literalScanner } from '../../src/engine/literals.ts'
import { BUNDLED_RULESET } from '../../src/rules/bundled.ts'
import { compilePattern, startAnchored } from '../../src/rules/patterns.ts'
import { requiredClauses, requiredLiterals } from '../../src/rules/prefilter.ts'

const patterns = (BUNDLED_RULESET as { rules: { kind: string; patterns?: { re: string; flags?: string }[] }[] }).rules
  .filter((r) => r.kind === 'pattern')
  .flatMap((r) => r.patterns ?? [])

describe('requiredLiterals', () => {
  it('finds what every match must contain, and gives up on what it cannot read', () => {
    expect(requiredLiterals('telephone\\s+interviews', false)).toEqual(['interviews'])
    expect(requiredLiterals('(?:see|read) also', true)).toEqual([' also'])
    expect(requiredLiterals('\\((?:photo|image)s?:', true)).toEqual(['photo', 'image'])
    expect(requiredLiterals('a?b*', false)).toBeNull()
    expect(requiredLiterals('(?i)foo', false)).toBeNull()
    expect(requiredLiterals('x|[abc]', false)).toBeNull()
  })
})

/** The gate the pattern detector applies: every clause has one of its literals in the text (case-folded). */
function gateOf(re: string, flags: string): ((text: string) => boolean) | null {
  const clauses = requiredClauses(re, flags.includes('i'))
  if (!clauses) return null
  return (text) => {
    const t = foldString(text)
    return clauses.every((c) => c.some((lit) => t.includes(foldString(lit))))
  }
}

describe('prefilter soundness over the bundled patterns', () => {
  const lines = [...deescalate.split('\n'), ...phone.split('\n')].filter((l) => l.trim())
  it(`never rejects a line one of ${patterns.length} patterns matches`, () => {
    let gated = 0
    for (const p of patterns) {
      const gate = gateOf(p.re, p.flags ?? '')
      if (!gate) continue
      gated++
      const re = compilePattern(p.re, p.flags ?? '')
      for (const line of lines) if (!gate(line)) expect(re.matcher(line).find(), `${p.re} on ${line}`).toBe(false)
    }
    expect(gated).toBeGreaterThan(patterns.length / 2)
  })
  it('holds for arbitrary strings built from the patterns’ own literals', () => {
    const words = [...new Set(patterns.flatMap((p) => requiredLiterals(p.re, false) ?? []))].slice(0, 400)
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 12 }),
        (parts) => {
          const text = parts.join(' ')
          for (const p of patterns) {
            const gate = gateOf(p.re, p.flags ?? '')
            if (gate && !gate(text))
              expect(
                compilePattern(p.re, p.flags ?? '')
                  .matcher(text)
                  .find(),
              ).toBe(false)
          }
        },
      ),
      { numRuns: 40 },
    )
  })
})

describe('startAnchored', () => {
  it('knows a pattern that can only match at the start of a line', () => {
    expect(startAnchored('^[ \\t]*(?:tags?|topics?):')).toBe(true)
    expect(startAnchored('^(?:a|b)c')).toBe(true)
    expect(startAnchored('^a|b')).toBe(false)
    expect(startAnchored('^[|]x')).toBe(true)
    expect(startAnchored('a^')).toBe(false)
  })
})

describe('requiredClauses', () => {
  it('keeps every requirement of a sequence, and one union clause for a top-level alternation', () => {
    expect(requiredClauses('\\bthe\\s+(?:19|20)\\d\\d\\s+man(?:eu|oeu)vres?', true)).toEqual([
      ['the'],
      ['19', '20'],
      ['man'],
      ['eu', 'oeu'],
      ['vre'],
    ])
    expect(requiredClauses('foo bar|baz', false)).toEqual([['foo bar', 'baz']])
    expect(requiredClauses('[a-z]+', false)).toBeNull()
  })
})

describe('literalScanner', () => {
  it('finds every occurrence of every literal, overlapping and case-folded, at its start', () => {
    const scanner = literalScanner(['he', 'she', 'hers', 'ÉTÉ', '('])
    const hits: [string, number][] = []
    scanner.scan('USHERS été (x)', (id, at) => hits.push([scanner.literals[id] as string, at]))
    expect(hits.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))).toEqual(
      [
        ['he', 2],
        ['she', 1],
        ['hers', 2],
        ['ÉTÉ', 7],
        ['(', 11],
      ].sort((a, b) => (a[1] as number) - (b[1] as number) || String(a[0]).localeCompare(String(b[0]))),
    )
  })
  it('never misses a literal a case-insensitive pattern would match (fuzzed)', () => {
    const lits = ['share', 'ſtop', 'kelvin', 'straße', 'İstanbul', 'x']
    const scanner = literalScanner(lits)
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.constantFrom(...lits, 'SHARE', 'ſhare', 'KELVIN', 'STRASSE'), fc.string({ maxLength: 4 })),
        ),
        (parts) => {
          const text = parts.join('')
          const found = new Set<number>()
          scanner.scan(text, (id) => found.add(id))
          lits.forEach((lit, id) => {
            const re = compilePattern(lit.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'), 'i')
            if (re.matcher(text).find()) expect(found.has(id), `${lit} in ${JSON.stringify(text)}`).toBe(true)
          })
        },
      ),
      { numRuns: 200 },
    )
  })
})
