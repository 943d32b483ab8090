// A given name in another language's form beside a surname that names one known person:
// "Vladimir Zelensky" (Russian form of Volodymyr, in text translated from Russian), "Peter
// Sánchez" (English form of Pedro), "Sergei" for Serhiy. Weaker evidence: one severity lower.
import { isKnownName, type NameEntry, nameKey, phoneticKey } from '../../../gazetteer.ts'
import type { Token } from '../../../types.ts'
import type { NameCheck, NameHit } from '../check.ts'
import { type NameDoc, PARTICLES } from '../context.ts'
import { nameSkeleton } from '../forms.ts'

export const givenNameForm: NameCheck = {
  id: 'given-name-form',
  run(nd) {
    const out: NameHit[] = []
    for (const run of nd.runs)
      for (let m = 0; m + 1 < run.length; m++) {
        const hit = formOf(nd, run[m] as number, run[m + 1] as number)
        if (hit) out.push(hit)
      }
    return out
  },
}

function formOf(nd: NameDoc, givenAt: number, surnameAt: number): NameHit | null {
  const given = nd.match(givenAt)
  const surname = nd.match(surnameAt)
  // The surname must name exactly one person of the gazetteer, as the last word of the name.
  const people = new Set<NameEntry>()
  for (const w of surname.exact ?? [])
    if (w.entry.type === 'person' && w.of > 1 && w.index === w.of - 1) people.add(w.entry)
  const [entry] = people
  if (!entry || people.size !== 1) return null
  // Already a spelling of that person (its name or a variant): nothing to say.
  if (given.exact?.some((w) => w.entry === entry)) return null
  const own = entry.name.split(/\s+/).filter((x) => !PARTICLES.has(x.toLowerCase()))[0]
  if (!own) return null
  const ownKey = nameKey(own)
  // A given name some list knows, spelt otherwise than the person's, and not merely
  // transliterated otherwise (Yevgeni / Yevgeny share a phonetic key).
  if (given.key === ownKey || !isKnownName(nd.g, given.key) || phoneticKey(given.key) === phoneticKey(ownKey))
    return null
  const skeleton = nameSkeleton(given.key)
  if (skeleton.length < 2 || skeleton !== nameSkeleton(ownKey)) return null
  const t = nd.doc.tokens[givenAt] as Token
  return {
    first: givenAt,
    last: givenAt,
    weight: 0.65,
    demote: true,
    message: `“${t.text}” is another language’s form of “${own}” (${entry.name})`,
    suggestion: own,
  }
}
