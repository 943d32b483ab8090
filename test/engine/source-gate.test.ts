// Rule option `sourceOnly`: a family of phrases ordinary English also uses ("He sold the farm")
// reports only in an article whose source language, given or inferred, is the family's.
import { describe, expect, it } from 'vitest'
import { audit } from '../../src/engine/audit.ts'
import { validateRuleset } from '../../src/rules/schema.ts'
import { compiledWith } from '../helpers.ts'

describe('sourceOnly: a family ordinary English also uses reports only in an article of its language', () => {
  const rules = [
    {
      id: 'calque.ru.ambiguous',
      kind: 'phrase' as const,
      category: 'calque' as const,
      lang: 'ru',
      sourceOnly: true,
      phrases: [{ text: 'telephone conversation', suggestion: 'phone call' }],
    },
    {
      id: 'calque.ru.lexical',
      kind: 'phrase' as const,
      category: 'calque' as const,
      lang: 'ru',
      phrases: ['measure of restraint', 'initiated a criminal case', 'law enforcement organs'],
    },
    {
      id: 'calque.pl.lexical',
      kind: 'phrase' as const,
      category: 'calque' as const,
      lang: 'pl',
      phrases: ['temporary arrest', 'preparatory proceedings', 'self-government elections'],
    },
  ]
  const compiled = compiledWith(rules)
  const gated = (text: string, options = {}) =>
    audit(text, compiled, options)
      .findings.filter((f) => f.ruleId === 'calque.ru.ambiguous')
      .map((f) => f.excerpt)
  const call = 'The two leaders held a telephone conversation on Monday.'
  const ru =
    ' Police initiated a criminal case. A measure of restraint was chosen. Law enforcement organs are checking.'
  const pl = ' Temporary arrest was ordered. Preparatory proceedings began. The self-government elections are near.'

  it('is silent in native English', () => {
    expect(gated(call)).toEqual([])
  })
  it('reports when the other findings make the article Russian', () => {
    expect(gated(call + ru)).toEqual(['telephone conversation'])
  })
  it('is silent when they make it Polish', () => {
    expect(gated(call + pl)).toEqual([])
  })
  it('reports when the caller gives the source', () => {
    expect(gated(call, { sourceLanguage: 'ru' })).toEqual(['telephone conversation'])
    expect(gated(call, { sourceLanguage: 'pl' })).toEqual([])
  })
  it('is no evidence itself: three gated phrases do not name their language', () => {
    const r = audit(`${call} ${call} ${call}`, compiled)
    expect(r.language.source).toBeNull()
    expect(r.findings).toEqual([])
  })
  it('needs a language', () => {
    const v = validateRuleset({ id: 't', rules: [{ ...rules[0], lang: 'any' }] })
    expect(v.ok).toBe(false)
  })
})
