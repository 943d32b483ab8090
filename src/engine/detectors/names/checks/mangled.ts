// Names whose accented letters were deleted rather than folded: what a broken encoding leaves
// ("Gdask" for Gdańsk, "Erdoan" for Erdoğan, "Krakw" for Kraków). The gazetteer lists each
// name word with its accented letters dropped when that leaves no word or name of its own.
import { isAllCaps, isCapitalised } from '../../../document.ts'
import type { Token } from '../../../types.ts'
import type { NameCheck, NameHit } from '../check.ts'

/** A lower-case remnant ("ediv" of "Šedivá") must be this long: short ones are too often words. */
const MIN_LOWER = 5

export const mangled: NameCheck = {
  id: 'mangled',
  run(nd) {
    const out: NameHit[] = []
    for (const i of nd.words) {
      const t = nd.doc.tokens[i] as Token
      // Acronyms ("IRNA") are written in capitals, not left from a name.
      if (t.text.length < 4 || /[^ -~]/.test(t.text) || nd.en(i) !== undefined || isAllCaps(t.text)) continue
      const name = nd.g.mangled.get(t.lower)
      if (!name) continue
      // When the accented letter was the first, the remnant starts in lower case; else the
      // name keeps its capital.
      const lostInitial = /^[^ -~]/.test(name)
      if (lostInitial ? t.text.length < MIN_LOWER : !isCapitalised(t.text)) continue
      out.push({
        first: i,
        last: i,
        weight: 0.8,
        message: `“${t.text}” is “${name}” with its accented letters lost`,
        suggestion: name,
      })
    }
    return out
  },
}
