// Capitals in the wrong place: "THE Flamengo went", "confirmed That your", "last friday",
// "him. start talks".

import type { Hit } from '../../detector.ts'
import { isAllCaps, isCapitalised, isLowerWord } from '../../document.ts'
import type { Token } from '../../types.ts'
import { wordAt } from '../../words.ts'
import type { DocCheck, TokenCheck } from '../checks.ts'
import { type GarbledEnv, isEnglish, isShoutedLine, nameContext, sameLine, wordToken } from './env.ts'

/** "THE Flamengo went": a function word in capitals in a line that is not shouted. */
export const shoutedFunctionWord: TokenCheck<GarbledEnv> = {
  name: 'shouted-function-word',
  option: 'mid-capital',
  gate: (t, env) => t.kind === 'word' && isAllCaps(t.text) && t.text.length >= 2 && env.fn.has(t.lower),
  token(doc, i, env) {
    const t = wordToken(doc, i, env)
    const next = doc.tokens[i + 1]
    if (!t || !isAllCaps(t.text) || t.text.length < 2 || !env.fn.has(t.lower)) return
    if (next?.kind !== 'word' || !sameLine(t, next) || isAllCaps(next.text) || isShoutedLine(doc, t.line)) return
    const prev = doc.tokens[i - 1]
    const initial = !prev || prev.sentence !== t.sentence
    const fixed = initial ? t.text.charAt(0) + t.lower.slice(1) : t.lower
    return {
      start: t.start,
      end: t.end,
      weight: 0.75,
      message: `“${t.text}” is in capitals in running text`,
      suggestion: fixed,
    }
  },
}

/** "for A or B": a letter used as a label, not an article. */
const CONJUNCTIONS = new Set(['or', 'and', 'nor', 'vs', 'versus'])
/** Prepositions that never open a title mid-sentence. */
const PREPOSITIONS = new Set(['to', 'of', 'for', 'from', 'with', 'into', 'onto', 'upon'])

/** "confirmed That your", "occurs A day", "; However": a capitalised function word mid-sentence. */
export const midCapital: TokenCheck<GarbledEnv> = {
  name: 'mid-capital',
  gate: (t, env) => t.kind === 'word' && isCapitalised(t.text) && t.text !== 'I' && env.fn.has(t.lower),
  token(doc, i, env) {
    const t = wordToken(doc, i, env)
    if (!t || !isCapitalised(t.text) || t.text === 'I' || !env.fn.has(t.lower)) return
    const prev = doc.tokens[i - 1]
    const next = doc.tokens[i + 1]
    if (!sameLine(t, prev) || !sameLine(t, next)) return
    const afterSemicolon = prev.text === ';'
    const beforeWord = prev.kind === 'word' && isLowerWord(prev.text) && prev.sentence === t.sentence
    const shouting = isAllCaps(t.text) && t.text.length > 1 && !isShoutedLine(doc, t.line)
    const after =
      (next.kind === 'word' && isLowerWord(next.text) && !CONJUNCTIONS.has(next.lower)) ||
      (afterSemicolon && next.text === ',') ||
      // "submit to the minister To President Lula": a capitalised preposition before a name.
      (beforeWord && PREPOSITIONS.has(t.lower) && next.kind === 'word' && isCapitalised(next.text)) ||
      (shouting && next.kind === 'word')
    if (!after || !(beforeWord || afterSemicolon || shouting)) return
    // The span is the word itself, so the suggestion replaces exactly it.
    const weight = beforeWord ? 0.75 : 0.7
    return {
      start: t.start,
      end: t.end,
      weight,
      message: `“${t.text}” is capitalised mid-sentence`,
      suggestion: t.lower,
    }
  },
}

/** Day and month names (not "may", "march", "august", which are also common words). */
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february april june july september october november december'.split(
    ' ',
  ),
)

/** "friday past", "on monday": day and month names lose their capital in MT. */
export const lowerProper: TokenCheck<GarbledEnv> = {
  name: 'lower-proper',
  gate: (t) => t.kind === 'word' && isLowerWord(t.text) && CALENDAR.has(t.lower),
  token(doc, i, env) {
    const t = wordToken(doc, i, env)
    if (!t || !isLowerWord(t.text) || !CALENDAR.has(t.lower)) return
    const fixed = t.text.charAt(0).toUpperCase() + t.text.slice(1)
    return { start: t.start, end: t.end, weight: 0.75, message: `“${t.text}” should be capitalised`, suggestion: fixed }
  },
}

/** A sentence after a full stop that starts in lower case ("him. start talks"). */
export const lowerStart: DocCheck<GarbledEnv> = {
  name: 'lower-start',
  doc(doc, env) {
    const out: Hit[] = []
    for (let s = 1; s < doc.sentences.length; s++) {
      const cur = doc.sentences[s]
      const before = doc.sentences[s - 1]
      if (!cur || !before || cur.line !== before.line) continue
      const first = doc.tokens[cur.firstToken] as Token
      const lastBefore = doc.tokens[before.endToken - 1] as Token
      if (first.kind !== 'word' || !isLowerWord(first.text) || lastBefore.text !== '.') continue
      if (!isEnglish(doc, cur.firstToken) || env.camel.has(first.lower)) continue
      const second = doc.tokens[cur.firstToken + 1]
      const end = second && second.line === first.line ? second.end : first.end
      out.push({ start: first.start, end, weight: 0.7, message: 'Sentence starts in lower case' })
    }
    return out
  },
}

/** A line whose words are mostly capitalised is a headline or a title: its capitals say nothing. */
function titleCaseLine(doc: Parameters<TokenCheck<GarbledEnv>['token']>[0], line: number): boolean {
  const l = doc.lines[line]
  if (!l) return false
  let words = 0
  let caps = 0
  for (let k = l.firstToken; k < l.endToken; k++) {
    const u = doc.tokens[k] as Token
    if (u.kind !== 'word') continue
    words++
    if (isCapitalised(u.text)) caps++
  }
  return caps * 2 > words
}

/** Common words this frequent are the ones a capital cannot turn into a name unnoticed. */
const COMMON_RANK = 30000

/**
 * "the minister Said", "drug Trafficking": a common English word capitalised after a
 * lower-case content word, which the same text writes in lower case elsewhere and capitalised
 * nowhere else (so it is no name).
 */
export const capitalisedWord: TokenCheck<GarbledEnv> = {
  name: 'capitalised-word',
  gate: (t) => t.kind === 'word' && /^\p{Lu}\p{Ll}{2,}$/u.test(t.text),
  token(doc, i, env) {
    const t = wordToken(doc, i, env)
    if (!t || !/^\p{Lu}\p{Ll}{2,}$/u.test(t.text)) return
    const prev = doc.tokens[i - 1]
    const next = doc.tokens[i + 1]
    // After a content word ("drug Trafficking"); after "the" or "of" a capital is house style ("the Government").
    if (prev?.kind !== 'word' || !isLowerWord(prev.text) || prev.sentence !== t.sentence || env.fn.has(prev.lower))
      return
    if (CALENDAR.has(t.lower) || t.lower === 'may' || t.lower === 'march' || t.lower === 'august') return
    if (next?.kind === 'word' && next.line === t.line && isCapitalised(next.text)) return
    const w = wordAt(doc, i)
    if (!w || w.name || w.en === undefined || w.en > COMMON_RANK || env.fn.has(t.lower)) return
    // Written in lower case elsewhere and capitalised only here: a common word, not a name ("Brown" twice is a name).
    const cased = env.cased(t.lower)
    if (cased.lower === 0 || cased.capital > 1 || nameContext(doc, i, env) || titleCaseLine(doc, t.line)) return
    return {
      start: t.start,
      end: t.end,
      weight: 0.7,
      message: `“${t.text}” is capitalised mid-sentence`,
      suggestion: t.lower,
    }
  },
}
