// False friends: a rare English word whose cognate is an everyday source-language word
// ("protagonism" ~ protagonismo). Reported as a calque.
import { isLowerWord } from '../../document.ts'
import type { Token } from '../../types.ts'
import { wordAt } from '../../words.ts'
import type { TokenCheck } from '../checks.ts'
import { englishSingular, type ForeignEnv, type ForeignHit } from './env.ts'

/** Romance endings and their English counterparts, for spotting cognates. */
const COGNATE_ENDINGS: [RegExp, string[]][] = [
  [/isms?$/, ['ismo', 'isme', 'ismus']],
  [/ities$|ity$/, ['idad', 'idade', 'ità', 'ité', 'ität']],
  [/tions$|tion$/, ['ción', 'ção', 'zione', 'tion']],
  [/ies$|y$/, ['ía', 'ia', 'ie']],
  [/ous$/, ['oso', 'osa', 'eux', 'os']],
  [/ic$/, ['ico', 'ica', 'ique', 'isch']],
  [/ment$/, ['mento', 'miento', 'ment']],
  [/s$/, ['']],
  [/$/, ['o', 'a', 'e']],
]

/** The endings above are those of the Romance languages (and German -ismus, -ität, -isch). */
const COGNATE_LANGUAGES = new Set(['es', 'pt', 'fr', 'it', 'ca', 'ro', 'de'])

/** A common source-language word that `w` looks carried over from, if any. */
export function cognateOf(w: string, env: ForeignEnv): { lang: string; word: string } | null {
  for (const [end, subs] of COGNATE_ENDINGS) {
    if (!end.test(w)) continue
    for (const sub of subs) {
      const c = w.replace(end, sub)
      if (c === w || c.length < 6) continue
      for (const lang of env.rule.languages) {
        if (!COGNATE_LANGUAGES.has(lang)) continue
        const r = env.lexicons.sources.get(lang)?.get(c)
        if (r !== undefined && r < 5000 && env.lexicons.en.get(c) === undefined) return { lang, word: c }
      }
    }
  }
  return null
}

export const falseFriend: TokenCheck<ForeignEnv> = {
  name: 'false-friend',
  gate: (t, env) => env.rule.falseFriendRank > 0 && t.kind === 'word' && t.lower.length >= 7 && isLowerWord(t.text),
  token(doc, i, env) {
    const t = doc.tokens[i] as Token
    if (env.rule.falseFriendRank <= 0) return
    if (t.kind !== 'word' || t.lower.length < 7 || !isLowerWord(t.text)) return
    const en = wordAt(doc, i)?.en
    if (en === undefined || en < env.rule.falseFriendRank) return
    // A plural is as common as its singular ("economies", "associations").
    const singular = englishSingular(env.lexicons.en, t.lower)
    if (singular !== undefined && singular < env.rule.falseFriendRank) return
    const cognate = cognateOf(t.lower, env)
    if (!cognate) return
    const hit: ForeignHit = {
      start: t.start,
      end: t.end,
      category: 'calque',
      demote: true,
      weight: 0.5,
      lang: cognate.lang,
      message: `“${t.text}” is rare in English; it looks carried over from ${cognate.lang} “${cognate.word}” (a false friend?)`,
    }
    return hit
  },
}
