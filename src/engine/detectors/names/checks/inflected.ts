// A name left in a case form of a language that declines names, beside its base form in the
// same article: "Novak … thanked Novakovi" (Czech), "… with Nowakiem" (Polish), "… met
// Orbánnal" (Hungarian), "… with Trumpilla" (Finnish), "Erdoğan'ın" (Turkish). English never
// inflects a surname, so the base form elsewhere in the article is the evidence, and the
// suggestion. Endings of one letter ("Paul" / "Paula") are left alone: too many English names
// differ by one.
import { isCapitalised } from '../../../document.ts'
import type { Token } from '../../../types.ts'
import type { NameCheck, NameHit } from '../check.ts'
import type { NameDoc } from '../context.ts'

/** Case endings of two letters or more, longest first (cs, sk, pl, sl, hr, sr, ru, hu, fi). */
const ENDINGS = [
  'ovou',
  'ového',
  'ovým',
  'ovi',
  'owi',
  'iem',
  'ego',
  'emu',
  'em',
  'ům',
  'om',
  'nak',
  'nek',
  'val',
  'vel',
  'nal',
  'nel',
  'ban',
  'ben',
  'ból',
  'ből',
  'ról',
  'ről',
  'tól',
  'től',
  'hoz',
  'hez',
  'nál',
  'nél',
  'illa',
  'illä',
  'ille',
  'ista',
  'istä',
  'issa',
  'issä',
  'lla',
  'llä',
  'lle',
  'sta',
  'stä',
  'ssa',
  'ssä',
  'lta',
  'ltä',
].sort((a, b) => b.length - a.length)

/** Turkish case endings after an apostrophe ("Erdoğan'ın"); "'s" is English. */
const APOSTROPHE_SUFFIX =
  /^(.{4,})['’](?:ın|in|un|ün|nın|nin|nun|nün|a|e|ya|ye|da|de|ta|te|dan|den|tan|ten|ı|i|u|ü|yı|yi|yu|yü)$/u

/** Shortest base a case ending is split from. */
const MIN_BASE = 4

export const inflected: NameCheck = {
  id: 'inflected',
  run(nd) {
    const bases = capitalisedForms(nd)
    const out: NameHit[] = []
    // A word's base depends on its text alone (its key is made from it): found once per document.
    const baseOfText = new Map<string, string | null>()
    for (const i of nd.words) {
      const t = nd.doc.tokens[i] as Token
      if (!isCapitalised(t.text) || nd.en(i) !== undefined) continue
      // No known-name guard: name lists hold case forms too (Serbian and Croatian surnames),
      // and the base form in the same article is stronger evidence than a list.
      let base = baseOfText.get(t.text)
      if (base === undefined) {
        base = baseOf(t.text, nd.key(i), bases)
        baseOfText.set(t.text, base)
      }
      if (!base) continue
      out.push({
        first: i,
        last: i,
        weight: 0.75,
        message: `“${t.text}” is “${base}” left in a case form of the source language`,
        suggestion: base,
      })
    }
    return out
  },
}

/** Name key → the text of a capitalised word with that key in the document. */
function capitalisedForms(nd: NameDoc): Map<string, string> {
  const out = new Map<string, string>()
  for (const i of nd.words) {
    const t = nd.doc.tokens[i] as Token
    if (isCapitalised(t.text) && !out.has(nd.key(i))) out.set(nd.key(i), t.text.replace(/['’]s$/, ''))
  }
  return out
}

function baseOf(text: string, key: string, bases: Map<string, string>): string | null {
  const apostrophe = APOSTROPHE_SUFFIX.exec(text)
  if (apostrophe) return bases.get(key.replace(/['’].*$/, '')) ?? null
  for (const ending of ENDINGS) {
    if (!key.endsWith(ending) || key.length - ending.length < MIN_BASE) continue
    const base = bases.get(key.slice(0, -ending.length))
    // Hungarian doubles a final consonant before -val/-vel ("Orbán" + "nal"): try the shorter base too.
    const doubled = ending.length === 3 && key[key.length - 4] === ending[0] ? bases.get(key.slice(0, -4)) : undefined
    if (base ?? doubled) return (base ?? doubled) as string
  }
  return null
}
