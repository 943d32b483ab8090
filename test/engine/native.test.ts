// Patterns on V8's own engine (src/rules/native.ts): the translation must mean what RE2 means,
// and the bound must refuse what could backtrack without limit.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import deescalate from '../../seeds/articles/es-biden-deescalate.txt'
import phone from '../../seeds/articles/fr-biden-putin-phone.txt'
import { BUNDLED_RULESET } from '../../src/rules/bundled.ts'
import { firstCharClass, nativePlan } from '../../src/rules/native.ts'
import { compilePattern } from '../../src/rules/patterns.ts'
import { requiredLiterals } from '../../src/rules/prefilter.ts'
import { validateRuleset } from '../../src/rules/schema.ts'
import { compiledWith, findingsOf } from '../helpers.ts'

type P = { re: string; flags?: string; native?: { source: string; flags: string; maxLine: number } }
const patterns = (BUNDLED_RULESET as { rules: { kind: string; patterns?: P[] }[] }).rules
  .filter((r) => r.kind === 'pattern')
  .flatMap((r) => r.patterns ?? [])

/** Every match, as [start, end] pairs, the way the detector walks a line. */
function re2All(re: string, flags: string, text: string): [number, number][] {
  const m = compilePattern(re, flags).matcher(text)
  const out: [number, number][] = []
  for (let from = 0; from <= text.length && m.find(from); ) {
    out.push([m.start(), m.end()])
    from = m.end() > m.start() ? m.end() : m.end() + 1
  }
  return out
}
function nativeAll(source: string, flags: string, text: string): [number, number][] {
  const re = new RegExp(source, `${flags}gu`)
  const out: [number, number][] = []
  for (let from = 0; from <= text.length; ) {
    re.lastIndex = from
    const m = re.exec(text)
    if (!m) break
    out.push([m.index, m.index + m[0].length])
    from = m[0].length ? m.index + m[0].length : m.index + 1
  }
  return out
}

describe('nativePlan: translation', () => {
  it.each([
    ['\\bthe\\s+(?:19|20)\\d\\d\\b', 'The 1999 and the  2024 ones', 'i'],
    ['[^\\n]{0,5}/\\s*AFP', 'x (Photo: J. Doe/ AFP)', ''],
    ['\\p{Lu}\\pL+', 'in Zürich and São Paulo', ''],
    ['\\x{263a}|\\x27s', "☺ it\u2019s and it's", ''],
    ['(?P<w>\\w+)@', 'mail me@here', ''],
    ['a.c', 'a\u2028c abc', ''],
    ['\\s+x', 'a\u00a0x a x', ''],
  ])('%s means the same on V8 as on RE2', (re, text, flags) => {
    const plan = nativePlan(re, flags)
    expect(plan).not.toBeNull()
    expect(nativeAll(plan?.source ?? '', plan?.flags ?? '', text)).toEqual(re2All(re, flags, text))
  })
  it('gives up on syntax V8 would read differently', () => {
    for (const re of ['(?i)abc', '[[:alpha:]]+', '\\Qa.b\\E', '\\Aabc\\z', 'a{,3}', 'x**', '\\1'])
      expect(nativePlan(re, ''), re).toBeNull()
  })
  it(`agrees with re2js on lines built from the bundled patterns’ literals (${patterns.length} patterns)`, () => {
    const planned = patterns.filter((p) => p.native)
    expect(planned.length).toBeGreaterThan(patterns.length * 0.8)
    const words = [...new Set(patterns.flatMap((p) => requiredLiterals(p.re, false) ?? []))].slice(0, 300)
    const real = [...deescalate.split('\n'), ...phone.split('\n')].filter((l) => l.trim())
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...words),
            fc.constantFrom(' ', '  ', '\u00a0', '.', ','),
            fc.string({ maxLength: 4 }),
          ),
          {
            maxLength: 10,
          },
        ),
        fc.constantFrom(...real),
        (parts, line) => {
          for (const text of [parts.join(' '), `${line} ${parts.join('')}`])
            for (const p of planned) {
              const n = p.native as NonNullable<P['native']>
              expect(nativeAll(n.source, n.flags, text), `${p.re} on ${JSON.stringify(text)}`).toEqual(
                re2All(p.re, p.flags ?? '', text),
              )
            }
        },
      ),
      { numRuns: 30 },
    )
  })
})

describe('nativePlan: the bound', () => {
  it('refuses what can backtrack without limit', () => {
    for (const re of ['(a+)+$', '(a|a)*b', '(?:\\w+\\s?)*$', '(?:[a-z]+,)+x']) expect(nativePlan(re, ''), re).toBeNull()
    // Bounded but steep: admitted only on lines too short to matter.
    expect(nativePlan('(.*a){12}', '')?.maxLine ?? 0).toBeLessThan(10)
  })
  it('admits runs whose follower cannot take their characters back, on any line', () => {
    expect(nativePlan('\\bsaid\\s+that\\b', 'i')?.maxLine).toBeGreaterThan(1_000_000)
    expect(nativePlan('(?:[•|][ \\t]*\\p{Lu}\\p{L}+[ \\t]*){3,}', '')?.maxLine).toBeGreaterThan(500)
  })
  it('limits the line length where a run can be retried from every start', () => {
    const plan = nativePlan('\\s+x', '')
    expect(plan?.maxLine).toBeGreaterThan(0)
    expect(plan?.maxLine).toBeLessThan(100_000)
    // Anchored attempts (line-scoped rules) are tried at one or two places only.
    expect(nativePlan('\\s+x', '', true)?.maxLine).toBeGreaterThan(plan?.maxLine ?? 0)
  })
  it('is decided when a rule set is written, never taken from the caller', () => {
    const rs = {
      id: 'native-test',
      rules: [
        {
          id: 'p',
          kind: 'pattern',
          category: 'garbled',
          patterns: [{ re: '(a+)+$', native: { source: '(a+)+$', flags: '', maxLine: 1_000_000 } }],
        },
      ],
    }
    const v = validateRuleset(rs)
    expect(v.ok).toBe(true)
    if (v.ok && v.value.rules[0]?.kind === 'pattern') expect(v.value.rules[0].patterns[0]?.native).toBeUndefined()
  })
})

describe('firstCharClass', () => {
  it('lists what an anchored match can begin with, or null when it could begin with anything', () => {
    expect(firstCharClass('^[ \\t]*(?:tags?|topics?):', 'i')).not.toBeNull()
    const re = new RegExp(firstCharClass('^[ \\t]*(?:tags?|topics?):', 'i') as string, 'iu')
    expect(['Tags: a', ' topics', '\tx'].map((s) => re.test(s))).toEqual([true, true, true])
    expect(re.test('Read more')).toBe(false)
    expect(firstCharClass('^[ \\t]*(?:x)?', '')).toBeNull()
    expect(firstCharClass('[^a]b', '')).toBeNull()
  })
})

describe('hostile lines', () => {
  it('a pattern V8 may run on short lines still finishes on a 300 KB line built to make it backtrack', () => {
    const c = compiledWith([
      { id: 'runs', kind: 'pattern', category: 'garbled', patterns: [{ re: '\\s+x|[a-z]+\\d' }] },
    ])
    const line = `${' '.repeat(150_000)}${'a'.repeat(150_000)} x`
    expect(findingsOf(line, c).map((f) => f.excerpt)).toEqual([' x'])
  })
})
