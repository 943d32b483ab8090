// Words and runs of words left in the source language: a word of a source lexicon that
// English lacks, grown over its neighbours of the same language; and partisan labels.
import { isCapitalised } from '../../document.ts'
import type { Doc, Token } from '../../types.ts'
import { wordAt } from '../../words.ts'
import { isWord, type TokenCheck } from '../checks.ts'
import { deliberate, type ForeignEnv, type ForeignHit, inName, isSentenceStart, leadingLanguage } from './env.ts'

/**
 * Partisan labels of Latin-American and Iberian politics ("Petistas", "bolsonaristas"): a
 * Romance -ista word English has no entry for, standing alone (not "Fulgencio Batista").
 */
export const partisanLabel: TokenCheck<ForeignEnv> = {
  name: 'partisan-label',
  gate: (t) => t.kind === 'word' && t.lower.length >= 7 && /istas?$/.test(t.lower),
  token(doc, i, env) {
    const t = doc.tokens[i] as Token
    if (t.kind !== 'word' || t.lower.length < 7 || !/istas?$/.test(t.lower)) return
    if (env.lexicons.en.has(t.lower) || env.names.has(t.lower) || inName(doc, i)) return
    // English coinages on an English stem ("fashionista") are English.
    if (env.lexicons.en.has(t.lower.replace(/istas?$/, ''))) return
    return {
      start: t.start,
      end: t.end,
      demote: true,
      weight: 0.65,
      message: `“${t.text}” is a partisan label left in the source language (a supporter or member of …)`,
    }
  },
}

/** A capitalised word that may still be a leftover: a source function word before a lower-case word, or a sentence opener. */
function capitalisedLeftover(doc: Doc, i: number, env: ForeignEnv): boolean {
  const t = doc.tokens[i] as Token
  const next = doc.tokens[i + 1]
  if (next?.kind !== 'word' || isCapitalised(next.text) || env.wholeName(i)) return false
  const v = env.verdictOf(i)
  const stop = v.langs.some((l) => env.lexicons.stopwords.get(l)?.has(t.lower))
  const initialCommonWord = isSentenceStart(doc, i) && !env.names.has(t.lower) && t.lower.length >= 5
  return stop || initialCommonWord
}

export const wordRun: TokenCheck<ForeignEnv> = {
  name: 'words',
  gate: isWord,
  token(doc, i, env) {
    const t = doc.tokens[i] as Token
    if (t.kind !== 'word') return
    const v = env.verdictOf(i)
    const initialRare = !!v.rare && isCapitalised(t.text) && isSentenceStart(doc, i)
    if ((!v.strong && !initialRare) || inName(doc, i)) return
    // A capitalised word mid-sentence is a name unless it is a source function word before a
    // lower-case word; at a sentence start, a source word that is no name ("Câmara has
    // already answered") is left untranslated.
    if (isCapitalised(t.text) && !capitalisedLeftover(doc, i, env)) return
    // Grow the span over neighbours of a shared language.
    const langs = new Set(v.langs)
    const joinable = (k: number) => {
      const u = doc.tokens[k]
      if (u?.kind !== 'word' || u.line !== t.line || u.sentence !== t.sentence) return false
      const w = env.verdictOf(k)
      return (w.strong || w.extender) && w.langs.some((l) => langs.has(l)) && !inName(doc, k)
    }
    let a = i
    let b = i
    while (joinable(a - 1)) a--
    while (joinable(b + 1)) b++
    let strong = 0
    for (let k = a; k <= b; k++) if (env.verdictOf(k).strong) strong++
    const words = b - a + 1
    const lead = leadingLanguage(doc, a, b, env)
    const named = lead ? [lead, ...[...langs].filter((l) => l !== lead)].slice(0, 3).join('/') : ''
    // A lone short word ("ie", "da") says too little on its own; a term the writer uses on purpose is no leftover.
    if (words === 1 && t.lower.length < env.rule.minLength && !isCapitalised(t.text)) return
    if (deliberate(doc, a, b, env)) return
    // The words are a known name, in order: a name English uses as it is ("Palme d'Or",
    // "Légion d'honneur"), not a leftover.
    if (env.namedRun(a, b) || (a > 0 && env.namedRun(a - 1, b))) return
    // A single lower-case word English has in its dictionary is English here.
    if (words === 1 && !isCapitalised(t.text) && wordAt(doc, i)?.en !== undefined) return
    const hit: ForeignHit = {
      start: (doc.tokens[a] as Token).start,
      end: (doc.tokens[b] as Token).end,
      demote: words <= 2,
      weight: words > 1 ? 0.85 : t.lower.length >= 6 ? 0.7 : 0.6,
      message:
        words > 1
          ? `Words left in the source language (${named})`
          : `“${t.text}” is not English; it is a ${named} word`,
      evidence: lead ? [[lead, strong]] : [],
      lang: lead,
      skip: b - i,
    }
    return hit
  },
}
