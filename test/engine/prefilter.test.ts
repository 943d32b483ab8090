// The prefilter may only skip work: whenever it says a text lacks every literal a pattern
// needs, the pattern really does not match there.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import deescalate from '../../seeds/articles/es-biden-deescalate.txt'
import phone from '../../seeds/articles/fr-biden-putin-phone.txt'
import { compilePattern, startAnchored } from '../../src/engine/detectors/pattern.ts'
import { prefilterFor, requiredLiterals } from '../../src/engine/prefilter.ts'
import { BUNDLED_RULESET } from '../../src/rules/bundled.ts'

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

describe('prefilter soundness over the bundled patterns', () => {
  const lines = [...deescalate.split('\n'), ...phone.split('\n')].filter((l) => l.trim())
  it(`never rejects a line one of ${patterns.length} patterns matches`, () => {
    let gated = 0
    for (const p of patterns) {
      const gate = prefilterFor(p.re, p.flags ?? '')
      if (!gate) continue
      gated++
      const re = compilePattern(p.re, p.flags ?? '')
      for (const line of lines) if (!gate.test(line)) expect(re.matcher(line).find(), `${p.re} on ${line}`).toBe(false)
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
            const gate = prefilterFor(p.re, p.flags ?? '')
            if (gate && !gate.test(text))
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
