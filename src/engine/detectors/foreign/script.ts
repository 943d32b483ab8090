// Text left in another writing system: "on 14 марта", a headline in Greek, a name in Hangul.
// English news writes every name in Latin letters, so a run of Cyrillic, Greek, Arabic,
// Hebrew, CJK, Hangul, Thai or Devanagari words is left untranslated (one finding per run;
// a sentence mostly in that script is one finding over the sentence). The letters say which
// language: і/ї/є/ґ are Ukrainian, kana Japanese, پ/چ/گ Persian.
import type { Sentence, Token } from '../../types.ts'
import { type Script, wordAt } from '../../words.ts'
import type { DocCheck } from '../checks.ts'
import type { ForeignEnv, ForeignHit } from './env.ts'

/** Scripts English news never writes its own words in. */
const FOREIGN_SCRIPTS = new Set<Script>([
  'cyrillic',
  'greek',
  'arabic',
  'hebrew',
  'han',
  'kana',
  'hangul',
  'thai',
  'devanagari',
])

/** The language a run of `script` most likely comes from, from its letters. */
export function languageOfScript(script: Script, text: string, docHasKana: boolean): string {
  switch (script) {
    case 'cyrillic':
      if (/[іїєґ]/i.test(text)) return 'uk'
      if (/[ў]/i.test(text)) return 'be'
      if (/[ђћџљњ]/i.test(text)) return 'sr'
      if (/[ѓќѕ]/i.test(text)) return 'mk'
      return 'ru'
    case 'greek':
      return 'el'
    case 'arabic':
      return /[پچژگ]/.test(text) ? 'fa' : /[ٹڈڑں]/.test(text) ? 'ur' : 'ar'
    case 'hebrew':
      return 'he'
    case 'han':
      return docHasKana ? 'ja' : 'zh'
    case 'kana':
      return 'ja'
    case 'hangul':
      return 'ko'
    case 'thai':
      return 'th'
    default:
      return 'hi'
  }
}

/** A token written wholly in a foreign script (no Latin letter: "μg" is a unit). */
function foreignScript(doc: Parameters<DocCheck<ForeignEnv>['doc']>[0], i: number): Script | undefined {
  const w = wordAt(doc, i)
  if (!w || !FOREIGN_SCRIPTS.has(w.script) || /\p{Script=Latin}/u.test(w.lower)) return undefined
  return w.script
}

export const otherScript: DocCheck<ForeignEnv> = {
  name: 'script',
  doc(doc) {
    const out: ForeignHit[] = []
    const hasKana = doc.table.words.some((w) => w.script === 'kana')
    const emit = (first: number, last: number, script: Script, sentence: Sentence | undefined) => {
      const a = doc.tokens[first] as Token
      const b = doc.tokens[last] as Token
      let letters = 0
      for (let k = first; k <= last; k++) if (foreignScript(doc, k)) letters += (doc.tokens[k] as Token).text.length
      if (letters < 2) return // a lone letter: a symbol (α, Δ), not text
      const span = { start: a.start, end: b.end }
      // Most of the sentence in that script: the sentence is left untranslated.
      const whole = sentence && letters * 2 >= sentence.text.replace(/[\s\p{P}\p{N}]/gu, '').length
      const { start, end } = whole ? sentence : span
      const lang = languageOfScript(script, doc.text.slice(start, end), hasKana)
      const words = last - first + 1
      out.push({
        start,
        end,
        weight: 0.95,
        lang,
        message: whole
          ? `Sentence left untranslated (${lang}, ${script} script)`
          : `Text left in ${script} script (${lang})`,
        evidence: [[lang, Math.min(5, words + 1)]],
      })
    }
    let first = -1
    let last = -1
    let script: Script | undefined
    const flush = () => {
      if (first >= 0 && script) emit(first, last, script, doc.sentences[(doc.tokens[first] as Token).sentence])
      first = -1
      script = undefined
    }
    for (let i = 0; i < doc.tokens.length; i++) {
      const t = doc.tokens[i] as Token
      const s = foreignScript(doc, i)
      if (s) {
        const prev = doc.tokens[last]
        if (first >= 0 && (s !== script || prev?.line !== t.line || prev.sentence !== t.sentence)) flush()
        if (first < 0) {
          first = i
          script = s
        }
        last = i
      } else if (t.kind === 'word') flush()
    }
    flush()
    return out
  },
}
