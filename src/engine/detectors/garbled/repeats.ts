// Debris of the source sentence: a stray conjunction ("Milan o"), "a" before a vowel,
// doubled words and doubled punctuation.
import { isAllCaps, isLowerWord } from '../../document.ts'
import type { Token } from '../../types.ts'
import { isWord, type TokenCheck } from '../checks.ts'
import { type GarbledEnv, glued, isEnglish, sameLine, wordToken } from './env.ts'

/** Letters that are conjunctions in the source languages (es "y", "o", "u"; it/pt "e", "o"), never English words. */
const STRAY = new Set(['o', 'e', 'y', 'u'])

/** "Milan o, 27 May": a lone source-language conjunction or debris letter. */
export const strayLetter: TokenCheck<GarbledEnv> = {
  name: 'stray-letter',
  gate: (t) => t.kind === 'word' && STRAY.has(t.text),
  token(doc, i, env) {
    const t = wordToken(doc, i, env)
    const prev = doc.tokens[i - 1]
    const next = doc.tokens[i + 1]
    if (!t || !STRAY.has(t.text) || prev?.kind !== 'word' || !sameLine(t, prev) || glued(prev, t)) return
    // Inside an untranslated name ("Ciência e Tecnologia") it is just foreign.
    if (!isEnglish(doc, i - 1)) return
    if (next && glued(t, next) && next.kind === 'punct' && /^[.)]$/.test(next.text)) return
    return {
      start: prev.start,
      end: t.end,
      weight: 0.7,
      message: `Stray “${t.text}” after “${prev.text}”`,
      suggestion: prev.text,
    }
  },
}

/** "a absence", "a important": "a" before a vowel sound. */
export const aAn: TokenCheck<GarbledEnv> = {
  name: 'a-an',
  gate: (t) => t.kind === 'word' && t.text === 'a',
  token(doc, i, env) {
    const t = wordToken(doc, i, env)
    const next = doc.tokens[i + 1]
    if (t?.text !== 'a' || next?.kind !== 'word' || !sameLine(t, next) || !/^[aeio]/.test(next.text)) return
    if (/^(one|once|eu|ewe)/.test(next.lower) || !isEnglish(doc, i + 1) || isAllCaps(next.text)) return
    return {
      start: t.start,
      end: next.end,
      weight: 0.8,
      message: `“a” before a vowel: “an ${next.text}”`,
      suggestion: `an ${next.text}`,
    }
  },
}

/** "the The", "the the": a word written twice. */
export const doubledWord: TokenCheck<GarbledEnv> = {
  name: 'doubled-word',
  gate: isWord,
  token(doc, i, env) {
    const t = wordToken(doc, i, env)
    const prev = doc.tokens[i - 1]
    if (!t || prev?.kind !== 'word' || !sameLine(t, prev) || prev.lower !== t.lower || glued(prev, t)) return
    if (!/^\s+$/.test(doc.text.slice(prev.end, t.start)) || env.repeatable.has(t.lower)) return
    if (!isLowerWord(prev.text) && !isLowerWord(t.text)) return
    return {
      start: prev.start,
      end: t.end,
      weight: 0.85,
      message: `“${t.text}” is written twice`,
      suggestion: prev.text,
    }
  },
}

/** "of the of the", "in the in the": two words written twice (a segment the translation repeated). */
export const doubledPair: TokenCheck<GarbledEnv> = {
  name: 'doubled-pair',
  option: 'doubled-word',
  gate: (t, env) => t.kind === 'word' && env.fn.has(t.lower),
  token(doc, i, env) {
    const t = wordToken(doc, i, env)
    if (!t) return
    const [a, b, c] = [doc.tokens[i - 3], doc.tokens[i - 2], doc.tokens[i - 1]]
    if (a?.kind !== 'word' || b?.kind !== 'word' || c?.kind !== 'word' || !sameLine(t, a)) return
    if (a.lower !== c.lower || b.lower !== t.lower || a.lower === b.lower) return
    const spaced = (x: Token, y: Token) => /^\s+$/.test(doc.text.slice(x.end, y.start))
    if (!spaced(a, b) || !spaced(b, c) || !spaced(c, t)) return
    // Only function-word pairs: "Bora Bora"-like names and "so far so good" stay.
    if (!env.fn.has(a.lower) || !env.fn.has(b.lower)) return
    return {
      start: a.start,
      end: t.end,
      weight: 0.85,
      message: `“${doc.text.slice(a.start, b.end)}” is written twice`,
      suggestion: doc.text.slice(a.start, b.end),
    }
  },
}

/** ". .", ",,", ".,", but not an ellipsis or the period of "U.S.,". */
export const doubledPunctuation: TokenCheck<GarbledEnv> = {
  name: 'doubled-punctuation',
  gate: (t) => t.kind === 'punct' && /^[.,;]$/.test(t.text),
  token(doc, i) {
    const t = doc.tokens[i] as Token
    const next = doc.tokens[i + 1]
    if (t.kind !== 'punct' || !/^[.,;]$/.test(t.text) || !sameLine(t, next) || !/^[.,;]$/.test(next.text)) return
    const after = doc.tokens[i + 2]
    const before = doc.tokens[i - 1]
    const ellipsis =
      t.text === '.' &&
      next.text === '.' &&
      ((after && after.text === '.' && glued(next, after)) || (before && before.text === '.' && glued(before, t)))
    const abbreviation = t.text === '.' && before?.kind === 'word' && glued(before, t) && before.text.length === 1
    if (ellipsis || abbreviation || !/^\s*$/.test(doc.text.slice(t.end, next.start))) return
    return { start: t.start, end: next.end, weight: 0.9, message: 'Doubled punctuation', suggestion: t.text, skip: 1 }
  },
}
