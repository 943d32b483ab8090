// The name checks one by one (src/engine/detectors/names/), each with its own table: `valid`
// sentences give that check no hit, `invalid` ones give hits with these excerpts and
// suggestions. Every sentence is written for the test; each check is also shown on a source
// language the dev corpus does not have (named in the test title).
import { describe, expect, it } from 'vitest'
import { SortedLines } from '../../src/engine/data.ts'
import type { AuditContext } from '../../src/engine/detector.ts'
import type { NameCheck } from '../../src/engine/detectors/names/check.ts'
import { givenNameForm } from '../../src/engine/detectors/names/checks/given-name-form.ts'
import { inflected } from '../../src/engine/detectors/names/checks/inflected.ts'
import { mangled } from '../../src/engine/detectors/names/checks/mangled.ts'
import { nearMiss } from '../../src/engine/detectors/names/checks/near-miss.ts'
import { pairSlip } from '../../src/engine/detectors/names/checks/pair-slip.ts'
import { samePerson } from '../../src/engine/detectors/names/checks/same-person.ts'
import { transliterated } from '../../src/engine/detectors/names/checks/transliterated.ts'
import { wrongForm } from '../../src/engine/detectors/names/checks/wrong-form.ts'
import { nameDoc } from '../../src/engine/detectors/names/context.ts'
import { englishFormOfName } from '../../src/engine/detectors/names/forms.ts'
import { mergeHits } from '../../src/engine/detectors/names.ts'
import { nameKey } from '../../src/engine/gazetteer.ts'
import { analyse } from '../../src/engine/words.ts'
import { bundledData, findingsOf } from '../helpers.ts'

const OPTIONS = { minLength: 5, similarity: 0.88 }

function hitsOf(check: NameCheck, text: string) {
  const data = bundledData()
  const ctx: AuditContext = { ...data, nameSpans: [], languageEvidence: new Map() }
  const doc = analyse(text, data)
  return check.run(nameDoc(doc, ctx, OPTIONS)).map((h) => ({
    excerpt: text.slice((doc.tokens[h.first] as { start: number }).start, (doc.tokens[h.last] as { end: number }).end),
    suggestion: h.suggestion,
    demote: !!h.demote,
  }))
}

interface Case {
  text: string
  excerpts: string[]
  suggestions?: string[]
  /** Every hit is weaker evidence (one severity lower). */
  demoted?: boolean
}

function table(check: NameCheck, valid: string[], invalid: Case[]) {
  describe(`name check ${check.id}`, () => {
    for (const text of valid)
      it(`valid: ${text.slice(0, 70)}`, () => {
        expect(hitsOf(check, text).map((h) => h.excerpt)).toEqual([])
      })
    for (const c of invalid)
      it(`invalid: ${c.text.slice(0, 70)}`, () => {
        const hits = hitsOf(check, c.text)
        expect(hits.map((h) => h.excerpt)).toEqual(c.excerpts)
        if (c.suggestions) expect(hits.map((h) => h.suggestion)).toEqual(c.suggestions)
        if (c.demoted !== undefined) for (const h of hits) expect(h.demote).toBe(c.demoted)
      })
  })
}

table(
  wrongForm,
  [
    'Officials in Kharkiv said the shelling lasted all night.',
    'Germany and Poland signed the agreement in Berlin.',
    // A historical name of its own keeps its form.
    'The Battle of Kharkov was fought in 1943.',
    // pl: a quoted slogan in Polish is a foreign phrase, not a misspelt country.
    'Fans sang “Polska, biało-czerwoni” before the kick-off in Warsaw.',
    // A one-word form inside a longer name belongs to that name.
    'The state news agency Agência Brasil reported the figures.',
  ],
  [
    {
      text: 'Delegations will meet in Ginebra on Monday to discuss security.',
      excerpts: ['Ginebra'],
      suggestions: ['Geneva'],
      demoted: false,
    },
    // ru / uk: a Ukrainian city in its Russian form (GeoNames-derived exonym, weaker).
    {
      text: 'Russian forces shelled Kharkov again on Tuesday, the governor said.',
      excerpts: ['Kharkov'],
      suggestions: ['Kharkiv'],
      demoted: true,
    },
    {
      text: 'The governor of the region around Nikolaev asked for more air defence.',
      excerpts: ['Nikolaev'],
      suggestions: ['Mykolaiv'],
      demoted: true,
    },
    // pl and tr: a country left in the source language (i18n-iso-countries exonyms).
    {
      text: 'The minister travelled to Niemcy for talks on energy prices.',
      excerpts: ['Niemcy'],
      suggestions: ['Germany'],
      demoted: true,
    },
    { text: 'Trade with Almanya grew by a fifth last year.', excerpts: ['Almanya'], suggestions: ['Germany'] },
    // Titles keep the source's sentence case.
    { text: 'He toured for two years to defend the album Square root.', excerpts: ['Square root'] },
    // ru and sv: a newspaper's name translated word for word.
    {
      text: 'The Russian newspaper New Gazette reported the arrests on Friday.',
      excerpts: ['New Gazette'],
      suggestions: ['Novaya Gazeta'],
      demoted: false,
    },
    {
      text: 'The minister told the Swedish daily Today’s News that she would resign.',
      excerpts: ['Today’s News'],
      suggestions: ['Dagens Nyheter'],
    },
  ],
)

table(
  inflected,
  [
    'Novak won the first set; Novak also won the second.',
    // One-letter endings are English given names of their own.
    'Paul and Paula Martin opened the bakery in 1998.',
    // A female surname is a name of its own, not a case form.
    'Tomas Novak and Jana Novakova were both elected.',
    'Jordan said the Jordanians would vote in June.',
    // English possessives are English.
    'Erdogan spoke first; Erdogan’s aides left early.',
    // A Czech woman's surname is hers, even when a known person bears its base ("Katalin Novák").
    'Czech players Karolína Plíšková and Tereza Nováková won in Prague.',
    'Marina and Roberta Harris ran the stall.',
    'Christian and Christiane Weber met Marin and Marina Lopez.',
  ],
  [
    // cs: dative left in the English text.
    {
      text: 'Coach Karel Novak left in May. The players thanked Novakovi for the season.',
      excerpts: ['Novakovi'],
      suggestions: ['Novak'],
    },
    // pl: instrumental.
    {
      text: 'Nowak scored twice. Fans celebrated with Nowakiem after the match.',
      excerpts: ['Nowakiem'],
      suggestions: ['Nowak'],
    },
    // hu: comitative with the doubled consonant.
    {
      text: 'Orbán arrived late, and the minister met Orbánnal in private.',
      excerpts: ['Orbánnal'],
      suggestions: ['Orbán'],
    },
    // fi: adessive.
    {
      text: 'Virtanen resigned; the board had lost confidence in Virtanenilla.',
      excerpts: ['Virtanenilla'],
      suggestions: ['Virtanen'],
    },
    // tr: genitive after an apostrophe.
    {
      text: 'Erdoğan spoke in Ankara. Erdoğan’ın party lost the capital.',
      excerpts: ['Erdoğan’ın'],
      suggestions: ['Erdoğan'],
    },
    // cs: a one-letter ending on a known name the article also writes.
    {
      text: 'Trump spoke first. Reporters then asked Trumpa about tariffs.',
      excerpts: ['Trumpa'],
      suggestions: ['Trump'],
    },
    // No base form in the article: the surname of a known person is the evidence.
    // cs: the feminine form Czech gives every woman's surname, and an instrumental.
    {
      text: 'The former chancellor Angela Merkelová spoke in Prague.',
      excerpts: ['Merkelová'],
      suggestions: ['Merkel'],
      demoted: true,
    },
    { text: 'The prime minister held talks with Macronem on Friday.', excerpts: ['Macronem'], suggestions: ['Macron'] },
    // pl: dative; sk: instrumental of the feminine.
    { text: 'The letter was handed to Bidenowi in Warsaw.', excerpts: ['Bidenowi'], suggestions: ['Biden'] },
    { text: 'He debated with Harrisovou for an hour.', excerpts: ['Harrisovou'], suggestions: ['Harris'] },
    // tr: a case ending after the apostrophe, the base nowhere else in the article.
    { text: 'Erdoğan’ın party lost the capital in March.', excerpts: ['Erdoğan’ın'], suggestions: ['Erdoğan'] },
    { text: 'The summit in Ankara’da ended late.', excerpts: ['Ankara’da'], suggestions: ['Ankara'] },
  ],
)

table(
  transliterated,
  [
    // Spellings some people of those countries use themselves, beside no word of the person the scheme reads.
    'Wladimir Klitschko and his brother visited Kyiv on Monday.',
    // Polish and Czech people in their own spelling.
    'Andrzej Duda met Wojciech Szczęsny and Robert Lewandowski in Kraków; Tomáš Souček watched.',
    'The talks in Zürich and Göteborg ended early.',
    // Serbian Latin is the name's own spelling.
    'President Aleksandar Vučić met Novak Đoković in Belgrade.',
  ],
  [
    // pl: Zełenski, Kułeba, Charków (Kharkiv: Polish -ów for Ukrainian -iv).
    {
      text: 'Wołodymyr Zełenski met Dmytro Kułeba in Charków.',
      excerpts: ['Wołodymyr', 'Zełenski', 'Kułeba', 'Charków'],
      suggestions: ['Volodymyr', 'Zelensky', 'Kuleba', 'Kharkiv'],
    },
    // hu: Peszkov; tr: Şoygu.
    { text: 'Kremlin spokesman Peszkov denied it.', excerpts: ['Peszkov'], suggestions: ['Peskov'] },
    { text: 'Defence Minister Sergei Şoygu arrived.', excerpts: ['Şoygu'], suggestions: ['Shoigu'] },
    // A plain spelling that is a name elsewhere counts beside the same person's other word.
    { text: 'Dmitrij Pieskow spoke first.', excerpts: ['Dmitrij', 'Pieskow'], suggestions: ['Dmitriy', 'Peskov'] },
  ],
)

describe('name check wrong-form: translated names need their capitals and end there', () => {
  for (const text of [
    'The country has changed a great deal since the war.',
    'The World Cup final drew a record audience.',
    'She reads the Evening Standard and today’s news on her phone.',
  ])
    it(`valid: ${text}`, () => expect(hitsOf(wrongForm, text)).toEqual([]))
})

table(
  mangled,
  [
    'The shipyard in Gdańsk and the old town of Kraków drew record numbers of visitors.',
    'The shipyard in Gdansk reopened; Krakow hosted the summit.',
    // Vietnamese "bánh mì" written plain: not a name with a lost letter.
    'The bakery sells banh mi and pho every morning.',
    // An acronym, not Irēna with its accent lost.
    'The speech was carried by IRNA and Tasnim.',
  ],
  [
    // pl: Gdańsk, Kraków with the accented letter deleted.
    {
      text: 'Protesters gathered in Gdask and in Krakw on Saturday.',
      excerpts: ['Gdask', 'Krakw'],
      suggestions: ['Gdańsk', 'Kraków'],
    },
    // tr: Erdoğan.
    { text: 'President Erdoan met the delegation in Ankara.', excerpts: ['Erdoan'], suggestions: ['Erdoğan'] },
  ],
)

table(
  pairSlip,
  [
    'Vladimir Putin and Antony Blinken were both mentioned in the statement.',
    'So the minister left for São Paulo on Tuesday.',
    'German Chancellor Olaf Scholz met Polish President Andrzej Duda in Berlin.',
  ],
  [
    {
      text: 'Joe Biden will speak with Valdimir Putin about security.',
      excerpts: ['Valdimir'],
      suggestions: ['Vladimir'],
    },
    { text: 'The governor of So Paulo met the president.', excerpts: ['So'], suggestions: ['São'] },
    // pl: a surname doubled beside the given name that pins the person.
    { text: 'Polish President Andrzej Dudda vetoed the bill.', excerpts: ['Dudda'], suggestions: ['Duda'] },
  ],
)

table(
  givenNameForm,
  [
    'Volodymyr Zelensky spoke to parliament on Monday.',
    // Two people of one family are two given names, not one name in two forms.
    'Jill Biden and Hunter Biden attended the ceremony.',
    // A transliteration variant is a spelling, not another language's form.
    'Dmitri Peskov said the Kremlin had no comment.',
  ],
  [
    // ru: a Ukrainian's given name in its Russian form, in text translated from Russian.
    {
      text: 'President Vladimir Zelensky addressed the nation.',
      excerpts: ['Vladimir'],
      suggestions: ['Volodymyr'],
      demoted: true,
    },
    { text: 'Prime Minister Peter Sánchez met the king.', excerpts: ['Peter'], suggestions: ['Pedro'] },
  ],
)

table(
  samePerson,
  [
    'Zeynep Karaalioglu won the race. Karaalioglu thanked her coach.',
    // tr: accents only is one spelling, not two people or a slip.
    'Zeynep Karaalioğlu won the race, and Zeynep Karaalioglu thanked her coach.',
    // pl: two people of one family, female and male surname forms far apart.
    'Anna Nowakowska and Anna Nowak both stood for the council.',
  ],
  [
    // tr: the same person named twice correctly and once with a letter dropped.
    {
      text: 'Zeynep Karaalioglu won the race. Later Zeynep Karaalioglu said that Zeynep Karaaliogu had trained for years.',
      excerpts: ['Karaaliogu'],
      suggestions: ['Karaalioglu'],
    },
  ],
)

table(
  nearMiss,
  [
    // Regular English forms of a name: plurals and demonyms.
    'Australians and Brazilians queued for hours; the Milanese stayed home.',
    // sv, pl, tr: native spellings of real places and people, in any list.
    'The ferry from Göteborg reached Gdynia, and Iga Świątek won in Istanbul.',
    // Unknown is not misspelt: a name no list has, close to none in particular.
    'The village historian Phillipe Basque showed us the church.',
  ],
  [
    // uk: the right spelling is in the article, so a near miss of it is a slip.
    {
      text: 'President Zelensky spoke first. Later Zelenskky thanked the allies.',
      excerpts: ['Zelenskky'],
      suggestions: ['Zelensky'],
      demoted: false,
    },
    {
      text: 'Secretary of State Antony Blinken said Blinkin would travel on Monday.',
      excerpts: ['Blinkin'],
      suggestions: ['Blinken'],
    },
  ],
)

describe('regular English forms of names', () => {
  const known = new Set(['australia', 'italy', 'brazil', 'milan', 'chile', 'putin', 'ukraine'])
  const isName = (k: string) => known.has(k)
  it('plurals, demonyms and -isms of a known name', () => {
    for (const w of ['australians', 'italians', 'brazilian', 'milanese', 'chileans', 'putinism', 'ukrainian'])
      expect(englishFormOfName(w, isName), w).toBe(true)
  })
  it('other words are not', () => {
    for (const w of ['australiq', 'brazzle', 'putnam', 'chilly']) expect(englishFormOfName(w, isName), w).toBe(false)
  })
})

describe('name keys', () => {
  it('fold accents and the letters NFD keeps (pl ł, da ø, is ð, de ß)', () => {
    expect(nameKey('Łódź')).toBe('lodz')
    expect(nameKey('Søren')).toBe('soren')
    expect(nameKey('Sigurðsson’s')).toBe('sigurdsson')
    expect(nameKey('Straße')).toBe('strasse')
  })
})

describe('sorted lines searched by bisection', () => {
  const lines = new SortedLines(['alpha', 'beta\tB', 'delta', 'gamma\tG', 'omega'].join('\n'))
  it('finds every key, with its value', () => {
    expect(lines.get('alpha')).toBe('')
    expect(lines.get('beta')).toBe('B')
    expect(lines.get('gamma')).toBe('G')
    expect(lines.has('omega')).toBe(true)
  })
  it('misses what is not there, at either end and between', () => {
    for (const k of ['aaa', 'alph', 'betas', 'epsilon', 'zeta', '']) expect(lines.has(k), k).toBe(false)
    expect(new SortedLines('').has('x')).toBe(false)
  })
})

describe('merging hits', () => {
  it('keeps one hit per word, the earlier check winning, in text order', () => {
    const a = { first: 4, last: 5, weight: 1, message: 'a' }
    const b = { first: 5, last: 5, weight: 1, message: 'b' }
    const c = { first: 1, last: 1, weight: 1, message: 'c' }
    expect(mergeHits([[a], [b, c]]).map((h) => h.message)).toEqual(['c', 'a'])
  })
})

describe('name-cluster', () => {
  const incons = (text: string) =>
    findingsOf(text)
      .filter((f) => f.category === 'name-inconsistency')
      .map((f) => f.excerpt)
  it('is: an accents-only one-off is flagged, a repeated plain spelling is the style', () => {
    expect(incons('Sigurðsson scored twice. Sigurðsson then left, and Sigurdsson was replaced.')).toEqual([
      'Sigurdsson',
    ])
    expect(incons('Sigurðsson scored. Sigurdsson left early, and Sigurdsson was replaced.')).toEqual([])
  })
  it('two names each known to exist are two names (es: Bartolo / Bartolome)', () => {
    expect(incons('The church of San Bartolo stands near Bartolome Street.')).toEqual([])
  })
})
