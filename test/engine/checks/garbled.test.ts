// The garbled checks, one table each (sentences written for these tests).

import { caseCounts } from '../../../src/engine/detectors/garbled/env.ts'
import { GARBLED_TABLE, garbledEnvBase } from '../../../src/engine/detectors/garbled.ts'
import type { Doc } from '../../../src/engine/types.ts'
import { BUNDLED_RULESET } from '../../../src/rules/bundled.ts'
import { ruleset } from '../../../src/rules/schema.ts'
import { bundledData } from '../../helpers.ts'
import { checkTables } from './table.ts'

const rule = ruleset.parse(BUNDLED_RULESET).rules.find((r) => r.kind === 'garbled')
if (rule?.kind !== 'garbled') throw new Error('the default rule set has no garbled rule')
const base = garbledEnvBase(rule, bundledData())
const envOf = (doc: Doc) => ({ ...base, named: () => false, cased: caseCounts(doc) })

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
      // Surnames shaped like English ones, known to no list.
      'Then Anna Smithson spoke.',

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
  'doubled-pair': {
    valid: ['Bora Bora, Bora Bora: the band sang it twice.', 'He went in the morning and in the evening.'],
    invalid: [
      // pl, ru sources: a prepositional phrase the translation wrote twice.
      { text: 'The head of the of the region resigned.', excerpts: ['of the of the'], suggestions: ['of the'] },
    ],
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
  'punctuation-join': {
    valid: [
      'The score was 3:1 at half time.',
      'He asked: “Why?” Nobody answered.',
      'Visit the site (see below) today.',
    ],
    invalid: [
      { text: 'The mayor said:The bridge will reopen in May.', excerpts: [':The'], suggestions: [': The'] },
      { text: 'Rain is expected today."The roads are closed," police said.', excerpts: ['"The'] },
      { text: 'Storms hit the coast (AFP)The damage is heavy.', excerpts: [')The'] },
    ],
  },
  'name-glue': {
    valid: ['The club signed McDonald and LeBron watched.', 'Reporters from AFP and Reuters were there.'],
    invalid: [
      // Polish and Turkish agencies: sources the dev corpus does not have.
      { text: 'Warsaw, 3 May (JanKowalskiPAP) The minister resigned.', excerpts: ['JanKowalskiPAP'] },
      {
        text: 'The report was written by Ayşe KayaAnadolu on Monday.',
        excerpts: ['KayaAnadolu'],
        suggestions: ['Kaya Anadolu'],
      },
      {
        text: 'Crowds gathered in Madridalthough it was raining.',
        excerpts: ['Madridalthough'],
        suggestions: ['Madrid although'],
      },
    ],
  },
  'split-word': {
    valid: ['The team came in\nto the stadium at noon.', 'Both pre- and post-war houses were damaged.'],
    invalid: [
      {
        text: 'The government announced new transla-\ntion rules for courts.',
        excerpts: ['transla-\ntion'],
        suggestions: ['translation'],
      },
      { text: 'The govern- ment announced new rules.', excerpts: ['govern- ment'], suggestions: ['government'] },
    ],
  },
  'foreign-quotes': {
    valid: ['She said “we will win” and left.', 'The sign read ‘closed’ all week.'],
    invalid: [
      // French and Polish quotation marks.
      { text: 'The president said « we will win » on Monday.', excerpts: ['«'], suggestions: ['“'] },
      { text: 'The paper called it „a scandal” in its headline.', excerpts: ['„'] },
    ],
  },
  'dialogue-dash': {
    valid: ['“We will win,” she said - and they did.', 'The score - 2-1 - surprised everyone.'],
    invalid: [{ text: '"We are ready", - said the coach after training.', excerpts: ['", -'] }],
  },
  'space-before-punctuation': {
    valid: ['He waited... and then left.', 'The list: apples, pears , and more.'.replace(' ,', ',')],
    invalid: [
      { text: 'The minister , who spoke first, left early.', excerpts: [' ,'], suggestions: [','] },
      { text: 'Is this the end ? Nobody knows.', excerpts: [' ?'] },
    ],
  },
  'space-after-quote': {
    valid: ['She said “we will win” and left.', 'He called it "a disgrace" and left.'],
    invalid: [{ text: 'The coach said “ we will win” after training.', excerpts: ['“ '] }],
  },
  'decimal-comma': {
    valid: ['The city has 1,500 residents and 2,000,000 visitors.', 'Inflation was 1.5% in May.'],
    invalid: [
      { text: 'The deficit reached 1,5 million euros this year.', excerpts: ['1,5'], suggestions: ['1.5'] },
      { text: 'The club paid 2.500.000 zloty for the striker.', excerpts: ['2.500.000'], suggestions: ['2,500,000'] },
    ],
  },
  'capitalised-word': {
    valid: [
      'The Government said the President would speak in March.',
      'Gordon Brown spoke first. Later, officials met Brown; brown bread was served.',
    ],
    invalid: [
      {
        text: 'Police said drug Trafficking rose in the port, where drug trafficking is old.',
        excerpts: ['Trafficking'],
        suggestions: ['trafficking'],
      },
    ],
  },
  // Word order of verb-final sources (nl, tr, ja, ko: languages the dev corpus does not have).
  'verb-final': {
    valid: [
      'The club will lose the title, the coach fears.',
      'As it would the other way round, nobody minded.',
      'What will the team do now?',
      'Should the minister resign, elections follow.',
    ],
    invalid: [
      // nl "De gemeente zal de weg sluiten."
      { text: 'The municipality will the road close, officials said.', excerpts: ['will the road close'] },
    ],
  },
  'auxiliary-final': {
    valid: ['He had his car stolen last week.', 'The money raised has been spent.'],
    invalid: [
      // nl "dat de club de titel verloren heeft", tr "-di" clause order.
      { text: 'He said that the club the title lost has.', excerpts: ['lost has'] },
      { text: 'The law was by the parliament approved.', excerpts: ['was by the parliament approved'] },
    ],
  },
  'bare-infinitive': {
    valid: ['They want you back next year.', 'I want him to thank the staff.', 'We expect them soon.'],
    invalid: [{ text: 'I want him also thank for his work.', excerpts: ['want him also thank'] }],
  },
  'possessive-pronoun': {
    valid: ['The decision is theirs alone.', 'The choice was ours, and theirs was the risk.'],
    invalid: [
      { text: 'They can leave theirs region for good.', excerpts: ['theirs region'], suggestions: ['their region'] },
    ],
  },
  'doubled-subject': {
    valid: ['The day he said goodbye was sad.', 'The minister said he was ready.'],
    invalid: [
      { text: 'The minister he said that the plan was ready.', excerpts: ['The minister he said'] },
      { text: 'Kowalski he added: the plan is ready.', excerpts: ['Kowalski he added'] },
    ],
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
