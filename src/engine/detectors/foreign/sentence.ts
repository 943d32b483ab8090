// A whole sentence left in the source language: one finding over the sentence. The word
// lists make a sentence suspicious; franc, restricted to English and the rule's languages,
// decides (it is near chance on single words, reliable on sentences).
import { franc } from 'franc'
import type { Token } from '../../types.ts'
import { wordAt } from '../../words.ts'
import type { DocCheck } from '../checks.ts'
import { type ForeignEnv, type ForeignHit, ISO3, iso1, languageVotes } from './env.ts'

/** How many of the best-supported languages franc may choose from. */
const CANDIDATES = 3

export const foreignSentence: DocCheck<ForeignEnv> = {
  name: 'sentence',
  doc(doc, env) {
    const { rule } = env
    const out: ForeignHit[] = []
    for (const s of doc.sentences) {
      let words = 0
      let foreign = 0
      for (let i = s.firstToken; i < s.endToken; i++) {
        if ((doc.tokens[i] as Token).kind !== 'word') continue
        words++
        const v = env.verdictOf(i)
        if (v.strong || (v.extender && wordAt(doc, i)?.en === undefined) || env.unknown(i)) foreign++
      }
      if (words < rule.sentenceMinWords || foreign / words < rule.sentenceForeignShare) continue
      // franc chooses between English and the languages the words' lists support best (it
      // confuses close languages on short text: Portuguese read as Catalan or Spanish).
      const votes = languageVotes(doc, s.firstToken, s.endToken - 1, env).slice(0, CANDIDATES)
      const pool = votes.length ? votes : rule.languages
      const only = ['eng', ...pool.map((l) => ISO3[l]).filter((x): x is string => !!x)]
      const lang = franc(s.text, { only, minLength: 10 })
      if (lang === 'eng' || lang === 'und') continue
      const code = iso1(lang)
      out.push({
        start: s.start,
        end: s.end,
        weight: Math.min(0.95, 0.6 + foreign / words / 2),
        message: `Sentence left untranslated (${code})`,
        evidence: [[code, words]],
        lang: code,
      })
    }
    return out
  },
}
