// The editor page's wording and offsets (src/ui/format.ts).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RulesetIdSchema } from '../../src/api/schemas.ts'
import { fmtBytes, lineCol, lineStarts, looksLikeHtml, problemMessage, RULESET_ID } from '../../src/ui/format.ts'

describe('lineCol', () => {
  it('agrees with counting newlines before the offset', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\n', 'é') }), fc.nat(), (text, n) => {
        const offset = text.length ? n % (text.length + 1) : 0
        const before = text.slice(0, offset)
        const line = before.split('\n').length
        const column = offset - (before.lastIndexOf('\n') + 1) + 1
        expect(lineCol(lineStarts(text), offset)).toEqual([line, column])
      }),
    )
  })
})

describe('problemMessage', () => {
  it('413: the size sent and the limit the Worker names', () => {
    const [title, detail] = problemMessage(413, { limit: 1024 * 1024 }, 1_150_000, 2 * 1024 * 1024)
    expect(title).toBe('Article too large (413)')
    expect(detail).toContain('The article is 1.10 MiB')
    expect(detail).toContain('at most 1.00 MiB')
  })
  it('413 without a limit in the body: the page’s own', () => {
    expect(problemMessage(413, null, 10, 2048)[1]).toContain('at most 2.0 KiB')
  })
  it('401/403 points at the token field; 404 names the rule set problem', () => {
    expect(problemMessage(401, { detail: 'Missing bearer token' }, 0, 1)).toEqual([
      'Not authorised (401)',
      'Missing bearer token. This auditor requires an access token: enter it under “Access token”.',
    ])
    expect(problemMessage(404, null, 0, 1)).toEqual(['Unknown rule set (404)', 'No rule set with that id.'])
    expect(problemMessage(503, null, 0, 1)[0]).toBe('The auditor failed (503)')
  })
})

describe('small helpers', () => {
  it('fmtBytes', () => {
    expect([0, 1023, 1024, 1536, 1024 * 1024].map(fmtBytes)).toEqual([
      '0 B',
      '1023 B',
      '1.0 KiB',
      '1.5 KiB',
      '1.00 MiB',
    ])
  })
  it('looksLikeHtml', () => {
    expect(looksLikeHtml('<p>Hello</p>')).toBe(true)
    expect(looksLikeHtml('<article class="x">')).toBe(true)
    expect(looksLikeHtml('a < b and c > d')).toBe(false)
    expect(looksLikeHtml('Use <pre-release> builds')).toBe(false)
  })
  it('the rule-set id check is the API’s', () => {
    const id = fc.string({ unit: fc.constantFrom('a', 'z', '0', '-', '_', 'A', ' ', '.'), maxLength: 70 })
    fc.assert(
      fc.property(id, (s) => {
        expect(RULESET_ID.test(s)).toBe(RulesetIdSchema.safeParse(s).success)
      }),
    )
  })
})
