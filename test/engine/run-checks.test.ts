// runChecks: token checks behave as one pass asking every check at every token in table order
// (the first hit on a token wins, a hit's `skip` tokens are not looked at), whatever order the
// checks are actually run in.
import { describe, expect, it } from 'vitest'
import { runChecks, type TokenCheck } from '../../src/engine/detectors/checks.ts'
import { segment } from '../../src/engine/document.ts'

const on = (name: string, words: string[], skip = 0): TokenCheck<null> => ({
  name,
  token(doc, i) {
    const t = doc.tokens[i]
    if (!t || !words.includes(t.lower)) return
    return { start: t.start, end: t.end, message: name, ...(skip ? { skip } : {}) }
  },
})

describe('runChecks', () => {
  const doc = segment('a b c d e f')
  const hits = (...checks: TokenCheck<null>[]) =>
    runChecks(doc, checks, null).map((h) => `${h.message}:${doc.text.slice(h.start, h.end)}`)

  it('keeps the first check of the table that hits a token', () => {
    expect(hits(on('x', ['b', 'd']), on('y', ['a', 'b', 'c']))).toEqual(['y:a', 'x:b', 'y:c', 'x:d'])
  })

  it('does not look at the tokens a hit skips, whichever check would hit them', () => {
    // "b" skips "c" and "d": neither the earlier check x nor y reports them.
    expect(hits(on('x', ['c', 'd', 'f']), on('y', ['b', 'e'], 2))).toEqual(['y:b', 'y:e'])
    // A skipped token's own skip does not count: "b" skips "c", "d" is looked at again.
    expect(hits(on('x', ['c'], 3), on('y', ['b'], 1), on('z', ['d']))).toEqual(['y:b', 'z:d'])
  })
})
