// A name from a Cyrillic-script country in another language's transliteration: "Zełenski",
// "Kułeba", "Ławrow" (Polish), "Šmyhal" (Czech), "Peszkov" (Hungarian), "Şoygu" (Turkish),
// "Choïgou" (French). English news writes these names in its own
// romanisation, with no diacritics; each source language has a regular scheme of its own. The
// check reads the word back through each scheme into English spelling and looks the result
// up among the gazetteer's people and places of those countries: a generator of forms, not a
// list of them (the gazetteer's curated `foreign` forms, checked first, hold a few).
import { type NameEntry, type NameWord, nameKey } from '../../../gazetteer.ts'
import type { Token } from '../../../types.ts'
import type { NameCheck, NameHit } from '../check.ts'
import type { NameDoc } from '../context.ts'

/**
 * Entries whose names English romanises from Cyrillic (role text of the gazetteer). Not Serbia's
 * or Montenegro's: their Latin spelling, diacritics and all, is the name's own (Vučić).
 */
const CYRILLIC_ORIGIN =
  /\b(?:Russia|Russian|Ukraine|Ukrainian|Belarus|Belarusian|Kremlin|Soviet|Kazakhstan|Kazakh|Chechnya|Chechen|Crimea|Donbas|Donetsk|Luhansk|Bulgaria|Bulgarian|Kyrgyz|Tajik)\b/

/** One source language's transliteration read back into English spelling, rules in order. */
type Scheme = readonly [RegExp, string][]

const SCHEMES: Record<string, Scheme> = {
  pl: [
    [/szcz/g, 'shch'],
    [/sz/g, 'sh'],
    [/cz/g, 'ch'],
    [/rz|ż/g, 'zh'],
    [/ch/g, 'kh'],
    [/ck$/g, 'tsk'],
    [/ów$/g, 'iv'],
    [/ó/g, 'o'],
    [/c(?!h)/g, 'ts'],
    [/ie/g, 'e'],
    [/w/g, 'v'],
    [/ł/g, 'l'],
    [/j/g, 'y'],
    [/ski$/g, 'sky'],
  ],
  cs: [
    [/šč/g, 'shch'],
    [/š/g, 'sh'],
    [/č/g, 'ch'],
    [/ž/g, 'zh'],
    [/ch/g, 'kh'],
    [/c(?!h)/g, 'ts'],
    [/j/g, 'y'],
  ],
  de: [
    [/schtsch/g, 'shch'],
    [/tsch/g, 'ch'],
    [/sch/g, 'sh'],
    [/ch/g, 'kh'],
    [/w/g, 'v'],
    [/j/g, 'y'],
    [/^s(?=[aeiouy])/g, 'z'],
  ],
  hu: [
    [/cs/g, 'ch'],
    [/zs/g, 'zh'],
    [/s(?!z)/g, 'sh'],
    [/sz/g, 's'],
    [/j/g, 'y'],
  ],
  tr: [
    [/ş/g, 'sh'],
    [/ç/g, 'ch'],
    [/j/g, 'zh'],
    [/ğ/g, 'g'],
  ],
  fr: [
    [/tch/g, 'ch'],
    [/ch/g, 'sh'],
    [/ou/g, 'u'],
    [/ï/g, 'i'],
    [/gue/g, 'ge'],
  ],
  es: [[/j/g, 'kh']],
}

/** English endings the schemes cannot tell apart (-sky / -skyi / -skiy, -iy / -y). */
const ENDING_VARIANTS: readonly [RegExp, string][] = [
  [/skyi$|skiy$|skij$|skyj$/, 'sky'],
  [/iy$|yy$|ij$/, 'y'],
  // й before a consonant: "Shoygu" / "Shoigu".
  [/y(?![aeiou]|$)/g, 'i'],
]

export const transliterated: NameCheck = {
  id: 'transliterated',
  run(nd) {
    const out: NameHit[] = []
    const seen = new Map<string, NameWord | null>()
    const spelling = (i: number) => {
      const text = (nd.doc.tokens[i] as Token).text
      let found = seen.get(text)
      if (found === undefined) {
        found = /^\p{Lu}/u.test(text) && nd.en(i) === undefined ? englishSpelling(nd, text) : null
        seen.set(text, found)
      }
      return found
    }
    for (let w = 0; w < nd.words.length; w++) {
      const i = nd.words[w] as number
      const t = nd.doc.tokens[i] as Token
      const found = spelling(i)
      if (!found) continue
      // A plain spelling some language uses for a name of its own ("Wladimir Klitschko") counts
      // only beside another word of the same person, read back the same way or written right.
      if (isPlain(t.text) && nd.known(nd.key(i)) && !besideSamePerson(nd, w, found.entry, spelling)) continue
      out.push({
        first: i,
        last: i,
        weight: 0.75,
        message: `“${t.text}” is another language’s transliteration of ${found.word}`,
        suggestion: found.word,
      })
    }
    return out
  },
}

const isPlain = (text: string) => /^[\p{ASCII}’']*$/u.test(text)

function besideSamePerson(nd: NameDoc, w: number, entry: NameEntry, spelling: (i: number) => NameWord | null): boolean {
  for (const v of [w - 1, w + 1]) {
    const k = nd.words[v]
    if (k === undefined || (nd.doc.tokens[k] as Token).line !== (nd.doc.tokens[nd.words[w] as number] as Token).line)
      continue
    if (nd.g.byKey.get(nd.key(k))?.some((x) => x.entry === entry) || spelling(k)?.entry === entry) return true
  }
  return false
}

/** The name word of a Cyrillic-origin name that some scheme reads `text` as, or null. */
function englishSpelling(nd: NameDoc, text: string): NameWord | null {
  const key = nameKey(text)
  // Known in any accepted spelling (a variant, a name of its own): not this check's business,
  // unless the word carries letters English romanisation never uses.
  if (nd.g.byKey.has(key) && isPlain(text)) return null
  const lower = text.toLowerCase()
  for (const scheme of Object.values(SCHEMES)) {
    let s = lower
    for (const [re, to] of scheme) s = s.replace(re, to)
    if (s === lower && isPlain(text)) continue
    const word = cyrillicOrigin(nd, nameKey(s))
    if (word && word.word !== text) return word
  }
  return null
}

/** A name word of a person or place of a Cyrillic-script country whose key is `key` (or an ending variant of it). */
function cyrillicOrigin(nd: NameDoc, key: string): NameWord | null {
  for (const k of [key, ...ENDING_VARIANTS.map(([re, to]) => key.replace(re, to))]) {
    const hit = nd.g.byKey.get(k)?.find((w) => w.entry.type !== 'org' && fromCyrillic(w.entry))
    if (hit) return hit
  }
  return null
}

const fromCyrillic = (e: NameEntry) => CYRILLIC_ORIGIN.test(e.role ?? '') || CYRILLIC_ORIGIN.test(e.name)
