// Regular English forms of names: plurals, demonyms and the like ("Australians", "Brazilian",
// "Milanese", "Putinism"). Such a word is the name used as English uses it, never a misspelling.

/**
 * Endings English adds to a name, longest first, with the endings the name itself may have had
 * in their place ("Austral|ians" ← "Austral|ia", "Ital|ians" ← "Ital|y", "Chil|eans" ← "Chil|e").
 */
const SUFFIXES = [
  'ians',
  'eans',
  'ites',
  'ists',
  'lese',
  'ian',
  'ean',
  'ans',
  'ese',
  'ish',
  'ite',
  'ist',
  'ism',
  'ers',
  'ics',
  'ns',
  'an',
  'is',
  'er',
  'ic',
  'es',
  'n',
  'i',
  's',
]
const RESTORED = ['', 'a', 'ia', 'y', 'e', 'o', 'land']

/**
 * Whether `key` (a folded lower-case word) is a regular English form of a name `isName` knows:
 * "australians" (australia), "italians" (italy), "lombards" → no, "lombardy" is not "lombard"+s…
 * but "lombardy" ← "lombard"+"y" is tried from the plural's stem.
 */
export function englishFormOfName(key: string, isName: (k: string) => boolean): boolean {
  for (const suffix of SUFFIXES) {
    if (!key.endsWith(suffix)) continue
    const stem = key.slice(0, key.length - suffix.length)
    if (stem.length < 3) continue
    for (const end of RESTORED) if (isName(stem + end)) return true
  }
  return false
}

/** "Lombards" / "Lombardy", "Ligurian" / "Liguria": one is a derivation of the other, not a misspelling. */
const DEMONYM = /^(?:s|n|ns|an|ans|ian|ians|ese|ish|i|ic|ics|ean|eans|ite|ites|er|ers)$/
export function isDerivation(a: string, b: string): boolean {
  let p = 0
  while (p < a.length && p < b.length && a[p] === b[p]) p++
  return p >= Math.max(a.length, b.length) - 3 && p >= 4 && (DEMONYM.test(a.slice(p)) || DEMONYM.test(b.slice(p)))
}

/** Lower case with every non-ASCII letter removed: what a broken encoding leaves of "São". */
export const dropAccented = (w: string) => w.toLowerCase().replace(/[^ -~]/g, '')

/** Collapses doubled letters: "tebbett" → "tebet" (doubling is the commonest name slip). */
export const undouble = (s: string) => s.replace(/(.)\1+/g, '$1')

/**
 * Consonant skeleton of a given name, for telling one name in two languages' forms
 * (Vladimir / Volodymyr, Sergei / Serhiy, Juan / John, Pedro / Peter, Mikhail / Michael)
 * from two different names: vowels, h and g (which languages swap: Serhiy / Sergei) and
 * doubled letters dropped, and the consonants languages swap (d/t, c/k/q, w/v, z/s) merged.
 */
export function nameSkeleton(key: string): string {
  return key
    .replace(/ph/g, 'f')
    .replace(/[kc]h|ck|[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/d/g, 't')
    .replace(/w/g, 'v')
    .replace(/z/g, 's')
    .replace(/[aeiouyhg'-]/g, '')
    .replace(/(.)\1+/g, '$1')
}
