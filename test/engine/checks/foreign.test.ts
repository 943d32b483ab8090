// The foreign-word checks, one table each (sentences written for these tests).

import { describe, expect, it } from 'vitest'
import { type ForeignEnv, shortQuotes, verdicts } from '../../../src/engine/detectors/foreign/env.ts'
import { languageOfScript } from '../../../src/engine/detectors/foreign/script.ts'
import { FOREIGN_TABLE } from '../../../src/engine/detectors/foreign.ts'
import type { Doc } from '../../../src/engine/types.ts'
import { BUNDLED_RULESET } from '../../../src/rules/bundled.ts'
import { ruleset } from '../../../src/rules/schema.ts'
import { bundledData } from '../../helpers.ts'
import { checkTables } from './table.ts'

const rule = ruleset.parse(BUNDLED_RULESET).rules.find((r) => r.kind === 'foreign-words')
if (rule?.kind !== 'foreign-words') throw new Error('the default rule set has no foreign-words rule')
const foreignRule = rule
const envOf = (doc: Doc): ForeignEnv => {
  const { lexicons, gazetteer } = bundledData()
  return {
    rule: foreignRule,
    lexicons,
    names: gazetteer.accepted,
    verdictOf: verdicts(doc, lexicons, foreignRule),
    inShortQuote: shortQuotes(doc),
  }
}

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
    valid: ['The committee met in Plaza de Mayo on Friday.', 'Critics called it a de facto tax increase.'],
    invalid: [
      { text: 'The minister presented the proposta to the Senate on Tuesday.', excerpts: ['proposta'] },
      { text: 'Il sindaco announced new restrictions for the weekend.', excerpts: ['Il sindaco'] },
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
