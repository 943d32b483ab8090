// Detector tables in the textlint-tester style: `valid` texts give no finding of the
// category; `invalid` texts give findings with these exact excerpts (ranges).
import { describe, expect, it } from 'vitest'
import { phoneticKey } from '../../src/engine/gazetteer.ts'
import type { Category } from '../../src/engine/types.ts'
import { findingsOf } from '../helpers.ts'

interface Case {
  text: string
  /** Excerpts expected for the category, in order. */
  excerpts: string[]
  suggestions?: (string | undefined)[]
}

function table(category: Category, valid: string[], invalid: Case[]) {
  describe(category, () => {
    for (const text of valid)
      it(`valid: ${text.slice(0, 60)}`, () => {
        expect(
          findingsOf(text)
            .filter((f) => f.category === category)
            .map((f) => f.excerpt),
        ).toEqual([])
      })
    for (const c of invalid)
      it(`invalid: ${c.text.slice(0, 60)}`, () => {
        const found = findingsOf(c.text).filter((f) => f.category === category)
        expect(found.map((f) => f.excerpt)).toEqual(c.excerpts)
        for (const f of found) expect(c.text.slice(f.start, f.end)).toBe(f.excerpt)
        if (c.suggestions) expect(found.map((f) => f.suggestion)).toEqual(c.suggestions)
      })
  })
}

table(
  'garbled',
  [
    'Apple unveiled the new iPhone on Tuesday, and YouTube streamed the event live.',
    'The U.S. economy grew 2.1% in the second quarter, officials said on Monday.',
    'A spokesman for McDonald’s said the company would appeal the ruling.',
    'The coach said he would choose between player A or player B before the match.',
    'The minister had had enough of the delays, she told reporters in Madrid.',
  ],
  [
    {
      text: 'The talks are scheduled for MondayThe minister said nothing more.',
      excerpts: ['MondayThe'],
      suggestions: ['Monday. The'],
    },
    { text: 'Prices rose sharply in March, the agency said.Analysts expected less.', excerpts: ['said.Analysts'] },
    {
      text: 'He spoke on the radio pressfrom the capital about the new budget plan.',
      excerpts: ['pressfrom'],
      suggestions: ['press from'],
    },
    {
      text: 'The government has confirmed That your pension will rise next year.',
      excerpts: ['That'],
      suggestions: ['that'],
    },
    { text: 'The vote took place yesterday. . The results were announced later.', excerpts: ['. .'] },
    { text: 'Officials said the the bridge would reopen in spring next year.', excerpts: ['the the'] },
  ],
)

table(
  'foreign-token',
  [
    'The president met the representatives of the unions in the capital on Friday.',
    'Critics called the plan a de facto tax increase for the middle class.',
    'Thousands gathered in Plaza de Mayo in Buenos Aires to protest the measure.',
  ],
  [
    {
      text: 'The president met the [representantes] of the unions in the capital on Friday.',
      excerpts: ['[representantes]'],
    },
    { text: 'The minister presented the proposta to the Senate on Tuesday afternoon.', excerpts: ['proposta'] },
    { text: 'Il sindaco announced new restrictions for the weekend in the region.', excerpts: ['Il sindaco'] },
  ],
)

table(
  'name-misspelling',
  [
    'Vladimir Putin and Antony Blinken were both mentioned in the statement from Geneva.',
    'Talks will continue in Geneva next week, the Kremlin said.',
  ],
  [
    {
      text: 'Joe Biden will speak with Valdimir Putin about security in Europe.',
      excerpts: ['Valdimir'],
      suggestions: ['Vladimir'],
    },
    {
      text: 'The French press reported that Poutine had called the talks useful.',
      excerpts: ['Poutine'],
      suggestions: ['Putin'],
    },
    {
      text: 'Delegations will meet in Ginebra on Monday to discuss security.',
      excerpts: ['Ginebra'],
      suggestions: ['Geneva'],
    },
    {
      text: 'Secretary of State Anthony Blinken spoke with his Ukrainian counterpart.',
      excerpts: ['Anthony'],
      suggestions: ['Antony'],
    },
  ],
)

table(
  'name-inconsistency',
  ['Dmitry Peskov spoke first. Later, Peskov said the Kremlin was ready.'],
  [
    {
      text: 'Dmitry Peskov spoke to reporters. Later, Dmitry Peskov added that Dmitriy would not comment on the call.',
      excerpts: ['Dmitriy'],
    },
  ],
)

table(
  'duplicate',
  ['The minister spoke in the morning about the budget.\n\nThe minister spoke again in the evening about taxes.'],
  [
    {
      text: 'Troops were seen near the border with Ukraine on Sunday (Photo: Reuters)\nTroops were seen near the border with Ukraine on Sunday (Photo: Reuters)\n',
      excerpts: ['Troops were seen near the border with Ukraine on Sunday (Photo: Reuters)'],
    },
    {
      text: 'In a call on Thursday, the president will tell the press that they\nIn a call on Thursday, the president will tell the press that they are ready.\n',
      excerpts: ['In a call on Thursday, the president will tell the press that they'],
    },
  ],
)

table(
  'boilerplate',
  ['The company said in a statement that the results would be published next month. Analysts were cautious.'],
  [
    {
      text: 'The leaders met on Friday (AFP / EPA / JOHN SMITH / POOL) in the capital.',
      excerpts: ['(AFP / EPA / JOHN SMITH / POOL)'],
    },
    {
      text: 'The article body is long enough to count as the body of an article, with a full sentence here.\n\nJane Miller\n\n"Coffee lover. Music ninja. Web scholar. Travel fanatic. Writer."\n',
      excerpts: ['Jane Miller', '"Coffee lover. Music ninja. Web scholar. Travel fanatic. Writer."'],
    },
  ],
)

describe('phonetic key', () => {
  it('joins European spellings of one name and keeps different names apart', () => {
    expect(phoneticKey('zelenskiy')).toBe(phoneticKey('zelensky'))
    expect(phoneticKey('selenskyj')).toBe(phoneticKey('zelenski'))
    expect(phoneticKey('tchaikovsky')).toBe(phoneticKey('chaykovskiy'))
    expect(phoneticKey('putin')).not.toBe(phoneticKey('peskov'))
    expect(phoneticKey('blinken')).not.toBe(phoneticKey('biden'))
  })
})

table(
  'garbled',
  [
    'The meeting is on Friday, and the report is due in May or March.',
    'The 21st summit cut emissions by 5km of road and 3bn euros, starting at 10am.',
    'Inflation rose 8.1% (a) in the euro zone and (b) in the UK, officials said.',
  ],
  [
    { text: 'The minister spoke last friday about the budget.', excerpts: ['friday'], suggestions: ['Friday'] },
    { text: 'Prices fell by 31cho in the third quarter of the year.', excerpts: ['31cho'] },
    { text: 'Milan o, 27 May 2020: the mayor of Milan spoke to the press.', excerpts: ['Milan o'] },
    {
      text: 'The singer announced a absence of several months from the stage.',
      excerpts: ['a absence'],
      suggestions: ['an absence'],
    },
  ],
)

table(
  'name-misspelling',
  [
    'German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin.',
    'So the minister left for São Paulo on Tuesday, where he met the governor.',
  ],
  [
    { text: 'The governor of So Paulo met the president on Tuesday.', excerpts: ['So'], suggestions: ['São'] },
    { text: 'President Luiz Incio Lula da Silva signed the decree.', excerpts: ['Incio'], suggestions: ['Inácio'] },
    {
      text: 'German Chancellor Olaf Sholz said the coalition would hold.',
      excerpts: ['Sholz'],
      suggestions: ['Scholz'],
    },
  ],
)

table(
  'foreign-token',
  [
    'Fulgencio Batista ruled Cuba until 1959, historians recall.',
    'The barista served coffee to the fashionista at the café.',
  ],
  [
    { text: 'Bolsonaristas gathered outside the congress on Sunday.', excerpts: ['Bolsonaristas'] },
    { text: 'The minister said the kirchneristas would vote against the bill.', excerpts: ['kirchneristas'] },
  ],
)

table(
  'calque',
  ['The police response was criticised by the opposition and by the press.'],
  [{ text: 'The actuation of the police was criticised by the opposition.', excerpts: ['actuation'] }],
)
