// A surname misspelt against the same person named correctly elsewhere in the article, with
// no gazetteer needed: "Zeynep Karaalioglu … Zeynep Karaaliogu". The given name pins the person;
// the spelling the article uses less often is the slip (on a tie, the one no list knows).
import { allowedEdits, editDistance, isKnownName, jaroWinkler } from '../../../gazetteer.ts'
import type { Token } from '../../../types.ts'
import type { NameCheck, NameHit } from '../check.ts'
import { NAME_SAFE_RANK, type NameDoc } from '../context.ts'
import { isDerivation } from '../forms.ts'

interface Surname {
  key: string
  text: string
  /** Tokens of this surname after the given name. */
  at: number[]
}

export const samePerson: NameCheck = {
  id: 'same-person',
  run(nd) {
    const out: NameHit[] = []
    for (const surnames of peopleOf(nd).values()) {
      const list = [...surnames.values()]
      for (let a = 0; a < list.length; a++)
        for (let b = a + 1; b < list.length; b++) {
          const slip = slipBetween(nd, list[a] as Surname, list[b] as Surname)
          if (!slip) continue
          const [wrong, right] = slip
          for (const i of wrong.at)
            out.push({
              first: i,
              last: i,
              weight: 0.8,
              message: `“${wrong.text}” is written “${right.text}” where the article names the same person`,
              suggestion: right.text,
            })
        }
    }
    return out
  },
}

/** Given-name key → surname key → where "Given Surname" occurs (runs of two or three words). */
function peopleOf(nd: NameDoc): Map<string, Map<string, Surname>> {
  const people = new Map<string, Map<string, Surname>>()
  for (const run of nd.runs) {
    if (run.length < 2 || run.length > 3) continue
    // Everyday words ("The", "New", "Minister") make a run a title or a phrase, not a person.
    if (run.some((i) => (nd.en(i) ?? Number.POSITIVE_INFINITY) < NAME_SAFE_RANK)) continue
    const given = run[0] as number
    const last = run[run.length - 1] as number
    const key = nd.key(last)
    if (key.length < 4) continue
    const surnames = people.get(nd.key(given)) ?? new Map<string, Surname>()
    people.set(nd.key(given), surnames)
    const s = surnames.get(key) ?? { key, text: (nd.doc.tokens[last] as Token).text.replace(/['’]s?$/, ''), at: [] }
    s.at.push(last)
    surnames.set(key, s)
  }
  return people
}

/** [wrong, right] when two surnames of one given name are one spelt two ways. */
function slipBetween(nd: NameDoc, a: Surname, b: Surname): [Surname, Surname] | null {
  if (a.key[0] !== b.key[0] || isDerivation(a.key, b.key)) return null
  const budget = Math.max(1, allowedEdits(Math.max(a.key.length, b.key.length)))
  if (editDistance(a.key, b.key, budget) > budget || jaroWinkler(a.key, b.key) < 0.88) return null
  const ca = nd.keyCount.get(a.key) ?? 0
  const cb = nd.keyCount.get(b.key) ?? 0
  if (ca !== cb) return ca < cb ? [a, b] : [b, a]
  const ka = isKnownName(nd.g, a.key)
  const kb = isKnownName(nd.g, b.key)
  return ka === kb ? null : ka ? [b, a] : [a, b]
}
