// The garbled checks, one table each (sentences written for these tests).
import { GARBLED_TABLE, garbledEnvBase } from '../../../src/engine/detectors/garbled.ts'
import { BUNDLED_RULESET } from '../../../src/rules/bundled.ts'
import { ruleset } from '../../../src/rules/schema.ts'
import { bundledData } from '../../helpers.ts'
import { checkTables } from './table.ts'

const rule = ruleset.parse(BUNDLED_RULESET).rules.find((r) => r.kind === 'garbled')
if (rule?.kind !== 'garbled') throw new Error('the default rule set has no garbled rule')
const base = garbledEnvBase(rule, bundledData())
const envOf = () => ({ ...base, named: () => false })

checkTables('garbled checks', GARBLED_TABLE, envOf, {
  'camel-join': {
    valid: [
      'She bought an iPhone and posted the video on YouTube.',
      'The airline EasyJet cut its fares for the winter season.',
    ],
    invalid: [
      {
        text: 'The vote is set for TuesdayThe opposition disagrees.',
        excerpts: ['TuesdayThe'],
        suggestions: ['Tuesday. The'],
      },
      { text: 'Rain fell all nightAnd the river rose.', excerpts: ['nightAnd'], suggestions: ['night. And'] },
    ],
  },
  'number-join': {
    valid: ['The score was 2-1 in the end.', 'He arrived at 10 On the dot, as promised.'],
    invalid: [
      { text: 'The index rose by 12The analysts were surprised.', excerpts: ['12The'], suggestions: ['12. The'] },
    ],
  },
  'run-together': {
    valid: [
      'The committee met at the townhall in the morning.',
      'Riders climbed the Col du Soulor before noon.',
      'Mr. Sodano closed his shop early.',
    ],
    invalid: [
      { text: 'He walked homefrom the station in the rain.', excerpts: ['homefrom'], suggestions: ['home from'] },
      { text: 'The players trainedwith the reserves on Monday.', excerpts: ['trainedwith'] },
      { text: 'The band released its album Strongerby the end of May.', excerpts: ['Strongerby'] },
    ],
  },
  'shouted-function-word': {
    valid: ['THE STORM IS COMING TO THE COAST', 'The NATO summit opened on Monday.'],
    invalid: [{ text: 'THE team lost its third match in a row.', excerpts: ['THE'], suggestions: ['The'] }],
  },
  'mid-capital': {
    valid: ['Choose between option A or option B before noon.', 'The book, Of Mice and Men, was on the list.'],
    invalid: [
      { text: 'The board announced That the shares would be sold.', excerpts: ['That'], suggestions: ['that'] },
      { text: 'Prices rose; However, wages did not.', excerpts: ['However'] },
    ],
  },
  'lower-proper': {
    valid: ['The meeting is on Friday in May.', 'They may march on the capital in spring.'],
    invalid: [{ text: 'The match was played last sunday in the rain.', excerpts: ['sunday'], suggestions: ['Sunday'] }],
  },
  'number-glue': {
    valid: ['The 3rd stage covered 12km in 20min.', 'She attacked with 5km-to-go and won.'],
    invalid: [{ text: 'The fund lost 45pol in the last quarter.', excerpts: ['45pol'] }],
  },
  'stray-letter': {
    valid: ['Plan A or plan B: the choice is yours.', 'He sang “Fuoco e fiamme” at the festival.'],
    invalid: [{ text: 'Warsaw y, 3 March: the talks resumed.', excerpts: ['Warsaw y'], suggestions: ['Warsaw'] }],
  },
  'a-an': {
    valid: ['It was a one-off event and a European first.', 'She wrote an essay on a university campus.'],
    invalid: [
      { text: 'The court ordered a inquiry into the deal.', excerpts: ['a inquiry'], suggestions: ['an inquiry'] },
    ],
  },
  'doubled-word': {
    valid: ['He said that that was enough.', 'The band played Bora Bora at the end.'],
    invalid: [{ text: 'The mayor signed the the decree on Monday.', excerpts: ['the the'], suggestions: ['the'] }],
  },
  'period-join': {
    valid: ['Visit example.com for details.', 'The U.S. team won.'],
    invalid: [{ text: 'The talks ended late.Negotiators left at once.', excerpts: ['late.Negotiators'] }],
  },
  'doubled-punctuation': {
    valid: ['He paused... and went on.', 'Troops left the U.S., officials said.'],
    invalid: [
      { text: 'The vote was close,, the count went on.', excerpts: [',,'] },
      { text: 'The plan failed. . Nobody was surprised.', excerpts: ['. .'] },
    ],
  },
  'quote-spacing': {
    valid: ['“We will win,” she said.', 'He called it “a disgrace” and left.'],
    invalid: [{ text: '“It is over,”he said after the match.', excerpts: [',”he'] }],
  },
  'lower-start': {
    valid: ['The talks ended. New ones begin in May.', 'He earns $5 a day. iPhones cost more.'],
    invalid: [{ text: 'The minister spoke. then the vote began.', excerpts: ['then the'] }],
  },
  'cut-off': {
    valid: ['The team won the cup after a long and hard season.', 'The new bridge was opened by\nAnna Kowalska'],
    invalid: [
      {
        text: 'The committee will present the report to the\n\nThe next paragraph starts here, after the break.',
        excerpts: ['the report to the'],
      },
    ],
  },
})
