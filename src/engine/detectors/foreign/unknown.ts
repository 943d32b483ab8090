// A lower-case word of no known language: absent from the 280,000-word English list and
// from every source list, no known name and no regular English form. In any language that
// is a strong sign of a word left untranslated ("the club's kampioenschap", "a decision of
// the sejmik"); franc on the words says which language, for the evidence.
import { franc } from 'franc'
import type { Doc, Token } from '../../types.ts'
import type { TokenCheck } from '../checks.ts'
import { deliberate, type ForeignEnv, type ForeignHit, ISO3, iso1, LOWER_AS_WRITTEN, leadingLanguage } from './env.ts'

/** Words either side within which a deliberate foreign term claims an unknown word. */
const NEAR = 3

/** Part of an address: "www.example.com", "name@site", "site.com/path". */
function inAddress(doc: Doc, i: number): boolean {
  const t = doc.tokens[i] as Token
  const prev = doc.tokens[i - 1]
  const next = doc.tokens[i + 1]
  const joins = (u: Token | undefined) => !!u && u.kind === 'punct' && /^[./@:_]$/.test(u.text)
  return (joins(prev) && prev?.end === t.start) || (joins(next) && next?.start === t.end)
}

export const unknownWord: TokenCheck<ForeignEnv> = {
  name: 'unknown',
  gate: (t) => t.kind === 'word' && LOWER_AS_WRITTEN.test(t.text),
  token(doc, i, env) {
    if (!env.unknown(i) || inAddress(doc, i)) return
    const t = doc.tokens[i] as Token
    // Grow over neighbours that are unknown too or words of a source list ("ininterrompu" after "légal et").
    const joinable = (k: number) => {
      const u = doc.tokens[k]
      if (u?.kind !== 'word' || u.sentence !== t.sentence) return false
      const v = env.verdictOf(k)
      return env.unknown(k) || v.strong || (v.extender && v.langs.length > 0)
    }
    let a = i
    let b = i
    while (joinable(a - 1)) a--
    while (joinable(b + 1)) b++
    // Next to a foreign term the text uses on purpose, it belongs to that phrase ("de séjour légal et ininterrompu").
    const near = (k: number) => Math.max(0, Math.min(doc.tokens.length - 1, k))
    if (deliberate(doc, a, b, env, true) || deliberate(doc, near(a - NEAR), near(b + NEAR), env)) return
    const start = (doc.tokens[a] as Token).start
    const end = (doc.tokens[b] as Token).end
    // Neighbours from a word list say which language; franc guesses for a lone word (weakly).
    const only = env.rule.languages.map((l) => ISO3[l]).filter((x): x is string => !!x)
    const listed = b > a ? leadingLanguage(doc, a, b, env) : undefined
    const guess = listed ? undefined : franc(doc.text.slice(start, end), { only, minLength: 3 })
    const lang = listed ?? (guess && guess !== 'und' ? iso1(guess) : undefined)
    const hit: ForeignHit = {
      start,
      end,
      demote: b === a,
      weight: b > a ? 0.8 : 0.6,
      message:
        b > a
          ? `Words left in the source language${lang ? ` (${lang}?)` : ''}`
          : `“${t.text}” is no English word and no known name: left untranslated${lang ? ` (${lang}?)` : ''}?`,
      evidence: lang ? [[lang, listed ? 1 : 0.5]] : [],
      skip: b - i,
    }
    return hit
  },
}
