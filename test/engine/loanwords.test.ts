// The foreign-words rule's `loanwords`: words and phrases English borrows as they are are no
// leftovers, wherever the rest of the article comes from; the same words outside the list are.
import { describe, expect, it } from 'vitest'
import { BUNDLED_RULESET } from '../../src/rules/bundled.ts'
import { ruleset } from '../../src/rules/schema.ts'
import { compiledWith, findingsOf } from '../helpers.ts'

const foreignRule = () => {
  const rule = ruleset.parse(BUNDLED_RULESET).rules.find((r) => r.id === 'foreign.lexicon')
  if (rule?.kind !== 'foreign-words') throw new Error('no foreign.lexicon rule in the bundled rule set')
  return rule
}
const foreignOf = (text: string, loanwords: string[]) =>
  findingsOf(text, compiledWith([{ ...foreignRule(), loanwords }]))
    .filter((f) => f.category === 'foreign-token')
    .map((f) => f.excerpt)

describe('foreign-words loanwords', () => {
  const text = 'He wore the maillot jaune for nine days before losing it in the Pyrenees.'
  it('reports the phrase when it is not a loanword', () => expect(foreignOf(text, [])).not.toEqual([]))
  it('drops a finding inside a listed loanword', () => expect(foreignOf(text, ['maillot jaune'])).toEqual([]))
  it('matches whole words only', () =>
    expect(foreignOf('The shop sold maillot jauneness and more.', ['maillot jaune'])).not.toEqual([]))
  // The bundled list: cycling, food and institutions English writes in the original.
  for (const t of [
    'The pastry, a pastel de nata, costs about €1.50 in Lisbon.',
    'Two domestiques paced the leader up the climb.',
  ])
    it(`bundled: ${t}`, () => expect(findingsOf(t).filter((f) => f.category === 'foreign-token')).toEqual([]))
  // A sentence left in the source language is still one, loanword or not.
  it('keeps a sentence left in the source language', () =>
    expect(
      findingsOf('Il ciclista ha indossato la maglia rosa per nove giorni consecutivi durante il Giro.').filter(
        (f) => f.category === 'foreign-token',
      ),
    ).not.toEqual([]))
})
