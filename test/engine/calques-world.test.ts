// Calque families of source languages the dev articles do not cover (seeds/rules/calques-world.json),
// run through the default rule set: each phrase is found where it stands, as a calque, and enough of
// them name the article's source language.
import { describe, expect, it } from 'vitest'
import { audit } from '../../src/engine/audit.ts'
import { defaultCompiled } from '../helpers.ts'

interface Case {
  lang: string
  /** Sentences with one calque each, and the excerpt it must be found at. */
  invalid: [text: string, excerpt: string][]
  /** Native phrasing of the same news: no calque. */
  valid: string[]
}

const CASES: Case[] = [
  {
    lang: 'ru',
    invalid: [
      ['Investigators initiated a criminal case over the explosion.', 'initiated a criminal case'],
      ['The court chose a measure of restraint for the suspect.', 'measure of restraint'],
      ['Rescuers liquidated the fire by the morning.', 'liquidated the fire'],
      ['The press service of the governor confirmed the attack.', 'press service of the'],
    ],
    valid: [
      'Investigators opened an inquiry into the explosion.',
      'The judge remanded the suspect in custody.',
      'Firefighters put out the blaze by the morning.',
    ],
  },
  {
    lang: 'pl',
    invalid: [
      ['The court ordered three months of temporary arrest for the driver.', 'temporary arrest'],
      ['The Supreme Chamber of Control criticised the ministry.', 'Supreme Chamber of Control'],
      ['The self-government elections will be held in April.', 'self-government elections'],
      ['Prosecutors opened preparatory proceedings into the crash.', 'preparatory proceedings'],
    ],
    valid: [
      'The court remanded the driver in custody for three months.',
      'The Supreme Audit Office criticised the ministry.',
      'The local elections will be held in April.',
    ],
  },
  {
    lang: 'tr',
    invalid: [
      ['In the sharing he made on social media, the minister thanked the rescuers.', 'In the sharing he made'],
      ['The minister used the following statements about the attack.', 'used the following statements'],
      ['The suspects were referred to the courthouse on Friday.', 'referred to the courthouse'],
      ['The attack was reflected on the security camera.', 'reflected on the security camera'],
    ],
    valid: [
      'In a post on social media, the minister thanked the rescuers.',
      'The suspects were brought before a judge on Friday.',
      'The attack was caught on a security camera.',
    ],
  },
]

describe('calque families of languages the dev articles lack', () => {
  describe.each(CASES)('$lang', ({ lang, invalid, valid }) => {
    it.each(invalid)('flags “%s”', (text, excerpt) => {
      const calques = audit(text, defaultCompiled()).findings.filter((f) => f.category === 'calque')
      expect(calques.map((f) => f.excerpt)).toContain(excerpt)
      const f = calques.find((x) => x.excerpt === excerpt)
      expect(f?.ruleId).toMatch(new RegExp(`^calque\\.${lang}\\.`))
      expect(text.slice(f?.start, f?.end)).toBe(excerpt)
    })
    it.each(valid)('leaves “%s” alone', (text) => {
      expect(audit(text, defaultCompiled()).findings.filter((f) => f.category === 'calque')).toEqual([])
    })
    it(`names ${lang} as the source of an article made of them`, () => {
      const r = audit(invalid.map(([t]) => t).join(' '), defaultCompiled())
      expect(r.language.source?.language).toBe(lang)
      expect(r.language.source?.evidence[0]).toMatch(new RegExp(`signals for ${lang}\\b`))
    })
  })
  it('a phrase of several Slavic languages names no single source', () => {
    // "in the frames of" is a Slavic calque of several languages: no one source is inferred from it.
    const r = audit('The funds were allocated in the frames of the recovery programme.', defaultCompiled())
    expect(r.findings.map((f) => [f.excerpt, f.category])).toEqual([['in the frames of', 'calque']])
    expect(r.language.source).toBeNull()
  })
})
