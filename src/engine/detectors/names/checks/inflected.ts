// A name left in a case form of a language that declines names, beside its base form in the
// same article: "Novak … thanked Novakovi" (Czech), "… with Nowakiem" (Polish), "… met
// Orbánnal" (Hungarian), "… with Trumpilla" (Finnish), "Erdoğan'ın" (Turkish). English never
// inflects a surname, so the base form elsewhere in the article is the evidence, and the
// suggestion. Endings of one letter ("Paul" / "Paula") are left alone: too many English names
// differ by one.
// Without the base form in the article, the gazetteer is the evidence when the base is the
// surname of a known person and the form is no name of its own: "talks with Macronem" (cs),
// "a call to Bidenowi" (pl), and the Czech feminine "Angela Merkelová", which Czech gives every
// woman's surname, foreign ones too (a Czech woman's "Nováková" is her name: its base is no
// known person's surname, or the form is listed). Weaker evidence: one severity lower.
import { isCapitalised } from '../../../document.ts'
import { nameKey } from '../../../gazetteer.ts'
import type { Token } from '../../../types.ts'
import type { NameCheck, NameHit } from '../check.ts'
import type { NameDoc } from '../context.ts'

/**
 * Case endings of two letters or more, longest first (cs, sk, pl, sl, hr, sr, ru, hu, fi),
 * folded as name keys are ("ból" → "bol"), or no accented ending would ever match a key.
 */
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
]
  .map((e) => nameKey(e))
  .filter((e, k, all) => all.indexOf(e) === k)
  .sort((a, b) => b.length - a.length)

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
    const baseOfText = new Map<string, { base: string; known: boolean } | null>()
    for (const i of nd.words) {
      const t = nd.doc.tokens[i] as Token
      if (!isCapitalised(t.text) || nd.en(i) !== undefined) continue
      // No known-name guard: name lists hold case forms too (Serbian and Croatian surnames),
      // and the base form in the same article is stronger evidence than a list.
      let found = baseOfText.get(t.text)
      if (found === undefined) {
        const base = baseOf(t.text, nd.key(i), bases) ?? shortEndingBase(nd, t.text, nd.key(i), bases)
        const known = base ? null : knownSurnameOf(nd, t.text, nd.key(i))
        found = base ? { base, known: false } : known ? { base: known, known: true } : null
        baseOfText.set(t.text, found)
      }
      if (!found) continue
      out.push(
        found.known
          ? {
              first: i,
              last: i,
              weight: 0.6,
              demote: true,
              message: `“${t.text}” looks like “${found.base}” left in a form of the source language`,
              suggestion: found.base,
            }
          : {
              first: i,
              last: i,
              weight: 0.75,
              message: `“${t.text}” is “${found.base}” left in a case form of the source language`,
              suggestion: found.base,
            },
      )
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

/**
 * Case endings of one letter: Czech, Slovak and Polish genitive and accusative "-a"
 * ("Jalonena"), dative and locative "-u", "-e", "-y", "-i", Hungarian accusative "-t",
 * Finnish genitive "-n".
 */
const SHORT_ENDINGS = ['a', 'u', 'e', 'y', 'i', 't', 'n']

/**
 * A one-letter ending on a base the article also writes, when the longer form is no name of
 * its own: English names that differ by one letter ("Paul" / "Paula", "Christian" /
 * "Christiane") are all in the name lists.
 */
function shortEndingBase(nd: NameDoc, text: string, key: string, bases: Map<string, string>): string | null {
  if (nd.known(key) || !/^\p{Lu}\p{Ll}+$/u.test(text)) return null
  for (const ending of SHORT_ENDINGS) {
    if (!key.endsWith(ending) || key.length - 1 < MIN_BASE + 1) continue
    const base = bases.get(key.slice(0, -1))
    if (base && nd.known(nameKey(base))) return base
  }
  return null
}

/** Feminine surname suffix Czech and Slovak add to every woman's surname ("Merkelová"). */
const FEMININE = /^(\p{Lu}\p{L}{3,})ová$/u

/**
 * The surname of a known person of the gazetteer that `text` is a case (or Czech feminine)
 * form of, when `text` itself is no known name; null otherwise.
 */
function knownSurnameOf(nd: NameDoc, text: string, key: string): string | null {
  if (nd.known(key)) return null
  // Turkish writes a case ending after an apostrophe on every proper noun ("Ankara'da"):
  // after a known name, or as an ending of two letters or more, it is the source's.
  const apostrophe = APOSTROPHE_SUFFIX.exec(text)
  if (apostrophe) {
    const base = apostrophe[1] as string
    return nd.known(nameKey(base)) || text.length - base.length > 2 ? base : null
  }
  const feminine = FEMININE.exec(text)
  if (feminine) return surnameOf(nd, nameKey(feminine[1] as string))
  for (const ending of ENDINGS) {
    if (!key.endsWith(ending) || key.length - ending.length < MIN_BASE) continue
    const found = surnameOf(nd, key.slice(0, -ending.length))
    if (found) return found
  }
  return null
}

/** The word as the gazetteer writes it when `key` is the last word of a known person's name. */
function surnameOf(nd: NameDoc, key: string): string | null {
  for (const w of nd.g.byKey.get(key) ?? [])
    if (w.entry.type === 'person' && w.of > 1 && w.index === w.of - 1) return w.word
  return null
}
