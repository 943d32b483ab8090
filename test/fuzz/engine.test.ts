// Property tests (issue 7): whatever string arrives, the engine returns a well-formed report
// whose findings point into the text exactly, and the same input always gives the same report.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { audit } from '../../src/engine/audit.ts'
import { CATEGORIES, type Report, SEVERITIES } from '../../src/engine/types.ts'
import { defaultCompiled } from '../helpers.ts'

const compiled = defaultCompiled()

function expectWellFormed(report: Report, text: string): void {
  expect(typeof report.score).toBe('number')
  expect(report.score).toBeGreaterThanOrEqual(0)
  expect(report.score).toBeLessThanOrEqual(100)
  expect(['pass', 'review', 'fail']).toContain(report.verdict)
  expect(report.stats.characters).toBe(text.length)
  expect(Number.isInteger(report.stats.words) && report.stats.words >= 0).toBe(true)
  expect(Array.isArray(report.findings)).toBe(true)
  let byCategory = 0
  for (const f of report.findings) {
    const where = `${f.ruleId} [${f.start}, ${f.end})`
    expect(Number.isInteger(f.start), where).toBe(true)
    expect(Number.isInteger(f.end), where).toBe(true)
    expect(f.start, where).toBeGreaterThanOrEqual(0)
    expect(f.start, where).toBeLessThan(f.end)
    expect(f.end, where).toBeLessThanOrEqual(text.length)
    expect(f.excerpt, where).toBe(text.slice(f.start, f.end))
    expect(CATEGORIES, where).toContain(f.category)
    expect(SEVERITIES, where).toContain(f.severity)
    expect(f.confidence, where).toBeGreaterThanOrEqual(0)
    expect(f.confidence, where).toBeLessThanOrEqual(1)
    expect(f.line, where).toBeGreaterThanOrEqual(1)
    expect(f.column, where).toBeGreaterThanOrEqual(1)
    expect(typeof f.message, where).toBe('string')
  }
  for (const n of Object.values(report.summary.byCategory)) byCategory += n ?? 0
  expect(byCategory).toBe(report.findings.length)
  // The report is plain JSON data.
  expect(JSON.parse(JSON.stringify(report))).toEqual(report)
}

/** The report without what legitimately differs between two runs. */
function stable(report: Report): unknown {
  const { id: _id, stats, ...rest } = report
  const { durationMs: _d, ...restStats } = stats
  return { ...rest, stats: restStats }
}

function check(text: string): void {
  const a = audit(text, compiled)
  expectWellFormed(a, text)
  expect(stable(audit(text, compiled))).toEqual(stable(a))
}

// Words that make detectors fire: names and their misspellings, source-language words,
// glued words, function words, so random strings reach every branch.
const VOCAB = [
  'Valdimir',
  'Putin',
  'Poutine',
  'Blinkin',
  'Blinken',
  'Zelensky',
  'Zelenskiy',
  'Ginebra',
  'ThursdayThe',
  'pressfrom',
  'the',
  'The',
  'a',
  'A',
  'of',
  'representantes',
  'gobierno',
  'que',
  'de',
  'la',
  'und',
  'der',
  'Lula',
  'da',
  'Silva',
  'said',
  'minister',
  'Leave a Reply',
  'See also',
  '(EFE / EPA)',
  '•',
  '[',
  ']',
  '.',
  ',',
  '. .',
  '”',
  '“',
  '?',
  '!',
  '…',
  ';',
  '\n',
  '\n\n',
  ' ',
  '\t',
  '\r\n',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\u200F',
  'שלום',
  'مرحبا',
  '😀',
  '👩‍👩‍👧',
  'é',
  'e\u0301',
  'ǅ',
  'İ',
  'ß',
]

const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
  .map((xs) => String.fromCharCode(...xs))
const wordSoup = fc
  .array(
    fc.oneof(fc.constantFrom(...VOCAB), fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(' ', ' ', '\n')),
    {
      maxLength: 300,
    },
  )
  .map((xs) => xs.join(''))
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  codeUnits,
  wordSoup,
  wordSoup.map((s) => s.replace(/ /g, '\n')),
)

describe('engine properties', () => {
  it('any string: a well-formed report, exact offsets, the same report twice', () => {
    fc.assert(
      fc.property(anyText, (text) => check(text)),
      { numRuns: 300 },
    )
  })

  it('a repeated article keeps offsets exact (duplicates, clusters)', () => {
    fc.assert(
      fc.property(wordSoup, fc.integer({ min: 2, max: 4 }), (s, n) => check(Array(n).fill(s).join('\n\n'))),
      { numRuns: 60 },
    )
  })

  it.each([
    ['empty', ''],
    ['only whitespace', ' \n\t\r\n  \n'],
    ['NULs', '\u0000'.repeat(1000)],
    ['lone surrogates', '\uD800 \uDC00x\uDBFF\n\uDFFF Putin\uD800'],
    ['a 100 000-character word', 'a'.repeat(100_000)],
    ['a 100 000-character capitalised word', `V${'a'.repeat(99_999)}`],
    ['a million newlines', '\n'.repeat(1_000_000)],
    ['only punctuation', '.,;:!?…“”"()[]{}—–-•/\\'.repeat(2000)],
    ['RTL text', 'שלום עולם. مرحبا بالعالم. Putin said שלום.\n'.repeat(200)],
    ['emoji', '😀 Valdimir 👩‍👩‍👧 Putin 🇺🇦.\n'.repeat(300)],
    ['CRLF lines', 'The minister spoke.\r\nThe minister spoke.\r\nValdimir Putin said\r\n'.repeat(50)],
    ['one long line of words', 'Valdimir Putin met the the representantes ThursdayThe. '.repeat(5000)],
  ])('%s', (_name, text) => check(text))
})
