// The foreign-word checks, one table each (sentences written for these tests).

import { describe, expect, it } from 'vitest'
import { orthographyEvidence } from '../../../src/engine/detectors/foreign/orthography.ts'
import { languageOfScript } from '../../../src/engine/detectors/foreign/script.ts'
import { FOREIGN_TABLE, foreignEnv } from '../../../src/engine/detectors/foreign.ts'
import type { Doc } from '../../../src/engine/types.ts'
import { analyse } from '../../../src/engine/words.ts'
import { BUNDLED_RULESET } from '../../../src/rules/bundled.ts'
import { ruleset } from '../../../src/rules/schema.ts'
import { bundledData } from '../../helpers.ts'
import { checkTables } from './table.ts'

const rule = ruleset.parse(BUNDLED_RULESET).rules.find((r) => r.kind === 'foreign-words')
if (rule?.kind !== 'foreign-words') throw new Error('the default rule set has no foreign-words rule')
const foreignRule = rule
const envOf = (doc: Doc) => foreignEnv(doc, bundledData(), foreignRule)

checkTables('foreign checks', FOREIGN_TABLE, envOf, {
  script: {
    valid: [
      'Patients took 5 μg a day, and the Δ variant spread in Łódź and Zürich.',
      'The index rose by 3% (α = 0.05) in the second quarter.',
    ],
    invalid: [
      // ru, el, ja, ko, ar: languages the dev corpus does not have.
      { text: 'The talks were set for 14 марта in Moscow.', excerpts: ['марта'] },
      { text: 'The daily Καθημερινή reported the deal on Monday.', excerpts: ['Καθημερινή'] },
      { text: 'The minister visited 大阪 and Kyoto in May.', excerpts: ['大阪'] },
      { text: 'Fans chanted 대한민국 after the final whistle.', excerpts: ['대한민국'] },
      { text: 'The crowd shouted الله أكبر outside the embassy.', excerpts: ['الله أكبر'] },
      {
        text: 'The mayor spoke first. Він сказав, що переговори тривають. Then he left.',
        excerpts: ['Він сказав, що переговори тривають.'],
      },
    ],
  },
  sentence: {
    valid: [
      'The regional government approved the budget after a long debate on Tuesday.',
      'Fans in Buenos Aires sang “Muchachos” outside the stadium all night long.',
    ],
    invalid: [
      {
        text: 'The vote was close. El gobierno no ha dicho nada sobre la reforma todavía. Analysts expect more news.',
        excerpts: ['El gobierno no ha dicho nada sobre la reforma todavía.'],
      },
      // pl, nl, hu: one finding over the sentence, not a row of fragments.
      {
        text: 'The vote was close. Rząd nie skomentował jeszcze wyników głosowania w parlamencie. Analysts expect more.',
        excerpts: ['Rząd nie skomentował jeszcze wyników głosowania w parlamencie.'],
      },
      {
        text: 'The vote was close. De regering heeft nog niet gereageerd op de uitslag van de stemming. Analysts expect more.',
        excerpts: ['De regering heeft nog niet gereageerd op de uitslag van de stemming.'],
      },
      {
        text: 'The vote was close. A kormány még nem kommentálta a szavazás eredményét. Analysts expect more.',
        excerpts: ['A kormány még nem kommentálta a szavazás eredményét.'],
      },
    ],
  },
  unknown: {
    valid: [
      'The handback ceremony was unauthorizedly filmed on a cyclable road.',
      'She had ofcourse heard it; details are on www.eldiario.com today.',
      'Her mother made the filling, or “recheio,” by hand.',
      "The officials can't say when the eThekwini council will meet.",
    ],
    invalid: [
      // nl, hu, ro, sv, pl: languages the dev corpus does not have, words outside their top-10,000 lists.
      { text: 'The government said the wetsvoorstel was ready for debate.', excerpts: ['wetsvoorstel'] },
      { text: 'The team won the bajnokság after a long season.', excerpts: ['bajnokság'] },
      { text: 'The mayor said the primăria would cover the costs.', excerpts: ['primăria'] },
      { text: 'Police said the demonstranter had left the square by noon.', excerpts: ['demonstranter'] },
      { text: 'The regional assembly, the sejmik, voted against the plan.', excerpts: ['sejmik'] },
    ],
  },
  bracket: {
    valid: ['The coach said he [the player] would be back in April.', 'She cited the Treaty [of Lisbon] in her reply.'],
    invalid: [{ text: 'The [trabajadores] marched to the square on Friday.', excerpts: ['[trabajadores]'] }],
  },
  'false-friend': {
    valid: [
      'The police response was criticised by the opposition.',
      'Emerging economies and sports associations asked for help.',
    ],
    invalid: [{ text: 'The actuation of the police was criticised by the opposition.', excerpts: ['actuation'] }],
  },
  'partisan-label': {
    valid: ['Fulgencio Batista ruled Cuba until 1959.', 'The barista served coffee to the fashionista.'],
    invalid: [
      { text: 'The minister said the kirchneristas would vote against the bill.', excerpts: ['kirchneristas'] },
    ],
  },
  words: {
    valid: [
      'The committee met in Plaza de Mayo on Friday.',
      'Critics called it a de facto tax increase.',
      'Kim said nothing. Ben told us. Van went home early.',
      // A party named in its own language is a name, even when its name is a source function word.
      'Members of Podemos voted against the budget, and Fidesz abstained.',
      // Names English uses as they are, the gazetteer's, whatever their words.
      "The film won the Palme d'Or; its director had the Légion d'honneur.",
    ],
    invalid: [
      { text: 'The minister presented the proposta to the Senate on Tuesday.', excerpts: ['proposta'] },
      { text: 'Il sindaco announced new restrictions for the weekend.', excerpts: ['Il sindaco'] },
      // nl, tr: languages the dev corpus does not have.
      { text: 'The club celebrated its kampioenschap with the fans.', excerpts: ['kampioenschap'] },
      { text: 'The minister said the belediye would pay for the repairs.', excerpts: ['belediye'] },
    ],
  },
})

describe('language of a script', () => {
  it('reads the language from the letters', () => {
    expect(languageOfScript('cyrillic', 'переговори тривають', false)).toBe('ru')
    expect(languageOfScript('cyrillic', 'Київ', false)).toBe('uk')
    expect(languageOfScript('han', '東京', true)).toBe('ja')
    expect(languageOfScript('han', '北京', false)).toBe('zh')
    expect(languageOfScript('arabic', 'گفت', false)).toBe('fa')
    expect(languageOfScript('hangul', '서울', false)).toBe('ko')
  })
})

describe('source-language evidence from orthography', () => {
  it('reads letters only some languages write, once per distinct word', () => {
    const doc = analyse('Łukasz Kowalczyk met Paweł Żak in Łódź. Ayşe Kaya stayed in İzmir.', bundledData())
    const ev = Object.fromEntries(orthographyEvidence(doc))
    expect(ev.pl).toBe(2) // capped
    expect(ev.tr).toBe(0.5)
    expect(ev.en).toBeUndefined()
  })
})
