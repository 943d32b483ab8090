// Nesting findings into highlights (src/ui/highlight.ts): the one function behind the editor
// page's marks and the CLI's HTML report.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/engine/types.ts'
import { highlightHtml, isMark, nestHighlights, type Segment } from '../../src/ui/highlight.ts'

type S = { start: number; end: number; n: string }

/** A compact picture of the tree: marks as [n ...children], text as itself. */
const show = (segments: Segment<S>[]): string =>
  segments.map((s) => (isMark(s) ? `[${s.finding.n} ${show(s.children)}]` : s.text)).join('')

describe('nestHighlights', () => {
  const text = 'abcdefghij'
  const cases: [name: string, spans: S[], picture: string][] = [
    ['no findings', [], 'abcdefghij'],
    ['one', [{ start: 2, end: 5, n: 'a' }], 'ab[a cde]fghij'],
    [
      'adjacent',
      [
        { start: 0, end: 2, n: 'a' },
        { start: 2, end: 4, n: 'b' },
      ],
      '[a ab][b cd]efghij',
    ],
    [
      'inside another, whatever the input order',
      [
        { start: 3, end: 4, n: 'in' },
        { start: 1, end: 8, n: 'out' },
      ],
      'a[out bc[in d]efgh]ij',
    ],
    [
      'same start: the longer one outside',
      [
        { start: 2, end: 4, n: 's' },
        { start: 2, end: 7, n: 'l' },
      ],
      'ab[l [s cd]efg]hij',
    ],
    [
      'partial overlap: clipped at the end of the earlier mark',
      [
        { start: 1, end: 5, n: 'a' },
        { start: 3, end: 8, n: 'b' },
      ],
      'a[a bc[b de]]fghij',
    ],
    ['empty spans are dropped', [{ start: 4, end: 4, n: 'e' }], 'abcdefghij'],
    ['clipped at the end of the text', [{ start: 8, end: 20, n: 'x' }], 'abcdefgh[x ij]'],
  ]
  for (const [name, spans, picture] of cases) it(name, () => expect(show(nestHighlights(text, spans))).toBe(picture))

  it('keeps every character once and in order, marks inside their finding', () => {
    const span = fc.tuple(fc.nat(40), fc.nat(15)).map(([start, len]) => ({ start, end: start + len, n: '' }))
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(span, { maxLength: 12 }), (s, spans) => {
        let out = ''
        const walk = (segments: Segment<S>[], from: number, to: number) => {
          for (const seg of segments) {
            if (!isMark(seg)) {
              out += seg.text
              continue
            }
            const at = out.length
            expect(at).toBeGreaterThanOrEqual(Math.max(seg.finding.start, from))
            walk(seg.children, at, to)
            expect(out.length).toBeLessThanOrEqual(Math.min(seg.finding.end, to))
            expect(out.length).toBeGreaterThan(at)
          }
        }
        walk(nestHighlights(s, spans), 0, s.length)
        expect(out).toBe(s)
      }),
    )
  })
})

describe('highlightHtml', () => {
  const finding = (start: number, end: number, extra: Partial<Finding> = {}) =>
    ({ start, end, category: 'garbled', severity: 'minor', message: 'm', ...extra }) as Finding
  it('escapes the text and the title, and shows the suggestion in the title', () => {
    const html = highlightHtml('a <b> & "c"', [finding(2, 5, { message: 'tag <b>', suggestion: '“b”' })])
    expect(html).toBe(
      'a <mark class="f cat-garbled sev-minor" title="tag &#60;b&#62; (→ “b”)">&#60;b&#62;</mark> &#38; &#34;c&#34;',
    )
  })
  it('nests as nestHighlights does', () => {
    const html = highlightHtml('abcdef', [finding(0, 4, { category: 'calque' }), finding(1, 2, { severity: 'major' })])
    expect(html).toBe(
      '<mark class="f cat-calque sev-minor" title="m">a<mark class="f cat-garbled sev-major" title="m">b</mark>cd</mark>ef',
    )
  })
})
