// Is a word absent from the English list still a regular English form? Inflections and
// derivations of a listed word ("cyclable", "unauthorizedly"), compounds of two listed words
// ("handback"), clitics ("iwi's"), British and American spellings. A word that passes is
// English, however rare; only what fails may be a leftover of another language.
import type { RankedLexicon } from '../../data.ts'

const SUFFIXES = [
  'ingly',
  'edly',
  'ings',
  'ing',
  'ers',
  'er',
  'est',
  'ed',
  'es',
  's',
  'ly',
  'ness',
  'ment',
  'ments',
  'able',
  'ably',
  'ible',
  'ful',
  'less',
  'ism',
  'isms',
  'ist',
  'ists',
  'ise',
  'ize',
  'ised',
  'ized',
  'ising',
  'izing',
  'ation',
  'ations',
  'ity',
  'ities',
  'ish',
  'ship',
  'hood',
  'wise',
  'like',
  'y',
]
const PREFIXES = [
  'un',
  're',
  'non',
  'pre',
  'post',
  'anti',
  'counter',
  'over',
  'under',
  'out',
  'mis',
  'dis',
  'sub',
  'super',
  'inter',
  'multi',
  'semi',
  'co',
  'ex',
  'mid',
  'self',
  'pro',
  'de',
  'in',
  'im',
  'micro',
  'mega',
  'mini',
  'neo',
  'pseudo',
  'ultra',
  'tele',
  'cyber',
  'eco',
  'euro',
  'geo',
  'bio',
  'trans',
]
/** Compound parts must be at least this common in English. */
const COMPOUND_RANK = 30000
const CLITIC = /(?:'s|’s|s'|s’|'d|'ll|'re|'ve|n't)$/

/** Stems a suffix may have left: "cycl" → cycle, "stopp" → stop, "happi" → happy. */
function stems(stem: string): string[] {
  const out = [stem, `${stem}e`]
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1))
  if (stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`)
  return out
}

function spellingVariants(w: string): string[] {
  return [
    w.replace(/our/g, 'or'),
    w.replace(/or(?=s?$|ed$|ing$)/, 'our'),
    w.replace(/is(e|ed|es|ing|ation)/, 'iz$1'),
    w.replace(/iz(e|ed|es|ing|ation)/, 'is$1'),
    w.replace(/re$/, 'er'),
    w.replace(/er$/, 're'),
    w.replace(/ll(ed|ing|er)/, 'l$1'),
    w.replace(/ae/g, 'e'),
    w.replace(/oe/g, 'e'),
  ].filter((v) => v !== w)
}

/** The shorter part of a compound may be this common a word ("alot", "infact": run together, not foreign). */
const FUNCTION_RANK = 300

/** Longer strings are no words; taking them apart would cost O(n²). */
const MAX_LENGTH = 40

export function isEnglishForm(word: string, en: RankedLexicon, depth = 0): boolean {
  if (word.length > MAX_LENGTH) return false
  if (/n['’]t$/.test(word)) return true // "can't", "won't"
  const w = word.replace(CLITIC, '')
  if (en.has(w)) return true
  if (depth > 1) return false
  for (const v of spellingVariants(w)) if (en.has(v)) return true
  for (const suf of SUFFIXES)
    if (w.length > suf.length + 2 && w.endsWith(suf))
      for (const s of stems(w.slice(0, -suf.length))) if (s.length >= 3 && isEnglishForm(s, en, depth + 1)) return true
  for (const pre of PREFIXES)
    if (w.length > pre.length + 3 && w.startsWith(pre) && isEnglishForm(w.slice(pre.length), en, depth + 1)) return true
  // A compound of two common English words ("handback", "townhall"), or two words run
  // together ("infact": the garbled checks' concern).
  for (let k = 2; k <= w.length - 2; k++) {
    const a = en.get(w.slice(0, k))
    const b = en.get(w.slice(k))
    if (a === undefined || b === undefined) continue
    if (k >= 3 && w.length - k >= 3 && a < COMPOUND_RANK && b < COMPOUND_RANK) return true
    if (Math.min(a, b) < FUNCTION_RANK && Math.max(a, b) < COMPOUND_RANK) return true
  }
  return false
}
