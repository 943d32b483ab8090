// Phrase rules: one trie walk for every phrase rule, case-sensitive and case-insensitive together.
import { describe, expect, it } from 'vitest'
import { compiledWith, excerpts, findingsOf } from '../helpers.ts'

const rule = (id: string, phrases: (string | { text: string; confidence?: number })[], caseSensitive: boolean) => ({
  id,
  kind: 'phrase' as const,
  category: 'calque' as const,
  caseSensitive,
  phrases,
})

describe('phrase rules', () => {
  it('a case-sensitive phrase still matches when a case-insensitive phrase starts with the same word', () => {
    const both = compiledWith([rule('cs', ['Grand Prix'], true), rule('ci', ['grand total'], false)])
    expect(excerpts(findingsOf('The Grand Prix ended. The grand total rose.', both))).toEqual([
      'Grand Prix',
      'grand total',
    ])
  })
  it('a case-sensitive phrase does not match another casing; a case-insensitive one matches any', () => {
    const both = compiledWith([rule('cs', ['Grand Prix'], true), rule('ci', ['grand total'], false)])
    expect(excerpts(findingsOf('The grand prix ended. The GRAND Total rose.', both))).toEqual(['GRAND Total'])
  })
  it('an entry’s own confidence replaces the rule’s; the rule’s message template is used', () => {
    const c = compiledWith([
      {
        ...rule('ci', ['telephone interview', { text: 'press note', confidence: 0.3 }], false),
        confidence: 0.9,
        message: 'Calque: {excerpt}',
      },
    ])
    const fs = findingsOf('In a telephone interview and a press note, she spoke.', c)
    expect(fs.map((f) => [f.excerpt, f.confidence, f.message])).toEqual([
      ['telephone interview', 0.9, 'Calque: telephone interview'],
      ['press note', 0.3, 'Calque: press note'],
    ])
  })
})
