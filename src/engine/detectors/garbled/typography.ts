// Another language's typography carried into English: « guillemets » and „low quotes“, a
// dialogue dash after a quotation ('", - said Smith'), a space before a comma or after an
// opening quote, decimal commas ("1,5 million") and dots between thousands ("1.500.000").
import type { Token } from '../../types.ts'
import { isNumber, type TokenCheck } from '../checks.ts'
import { type GarbledEnv, glued } from './env.ts'

/** Quotation marks of French, German, Polish, Russian … that English never prints. */
const FOREIGN_MARKS: Record<string, string> = { '«': '“', '»': '”', '„': '“', '‹': '‘', '›': '’' }

/**
 * "« The nation »": one finding per quotation in foreign marks, on its opening mark (what it
 * should be in the suggestion); a closing » or › is reported only when no foreign mark
 * opened its quotation on the line.
 */
export const foreignQuotes: TokenCheck<GarbledEnv> = {
  name: 'foreign-quotes',
  gate: (t) => t.kind === 'punct' && FOREIGN_MARKS[t.text] !== undefined,
  token(doc, i) {
    const t = doc.tokens[i] as Token
    const mark = t.kind === 'punct' ? FOREIGN_MARKS[t.text] : undefined
    if (!mark) return
    if (t.text === '»' || t.text === '›')
      for (let k = i - 1; k >= 0 && (doc.tokens[k] as Token).line === t.line; k--) {
        const u = (doc.tokens[k] as Token).text
        if (u === '«' || u === '‹' || u === '„') return
        if (u === '»' || u === '›') break
      }
    return {
      start: t.start,
      end: t.end,
      weight: 0.8,
      message: `“${t.text}” is not an English quotation mark`,
      suggestion: mark,
    }
  },
}

const DASHES = new Set(['-', '–', '—'])
const CLOSING_QUOTES = new Set(['"', '”', '»', '’'])

/** '", - said Smith', '» – he added': the dialogue dash of Romance and Slavic languages after a quotation. */
export const dialogueDash: TokenCheck<GarbledEnv> = {
  name: 'dialogue-dash',
  gate: (t) => t.kind === 'punct' && CLOSING_QUOTES.has(t.text),
  token(doc, i) {
    const t = doc.tokens[i] as Token
    if (t.kind !== 'punct' || !CLOSING_QUOTES.has(t.text)) return
    let k = i + 1
    if (doc.tokens[k]?.text === ',') k++
    const dash = doc.tokens[k]
    const verb = doc.tokens[k + 1]
    if (!dash || !DASHES.has(dash.text) || dash.line !== t.line || verb?.kind !== 'word' || verb.line !== t.line) return
    // A closing quote glued to the word before it, the dash standing free, then a lower-case word.
    if (!glued(doc.tokens[i - 1], t) || dash.start === (doc.tokens[k - 1] as Token).end || !/^\p{Ll}/u.test(verb.text))
      return
    return {
      start: t.start,
      end: dash.end,
      weight: 0.75,
      message: 'Dialogue dash after a quotation (not English punctuation)',
      suggestion: t.text,
    }
  },
}

/** "the minister , who", "really ?": a space before punctuation. */
export const spaceBeforePunctuation: TokenCheck<GarbledEnv> = {
  name: 'space-before-punctuation',
  gate: (t) => t.kind === 'punct' && /^[,.;:?!]$/.test(t.text),
  token(doc, i) {
    const t = doc.tokens[i] as Token
    const prev = doc.tokens[i - 1]
    const next = doc.tokens[i + 1]
    if (t.kind !== 'punct' || !/^[,.;:?!]$/.test(t.text) || !prev || prev.line !== t.line || prev.kind === 'punct')
      return
    if (prev.end === t.start || !/^[ \t]+$/.test(doc.text.slice(prev.end, t.start))) return
    // An ellipsis or a list marker is not a misplaced mark; what follows must be a space or the line end.
    if (next && next.line === t.line && (next.start === t.end || /^[.,;:]$/.test(next.text))) return
    return {
      start: prev.end,
      end: t.end,
      weight: 0.7,
      message: `Space before “${t.text}”`,
      suggestion: t.text,
    }
  },
}

const OPENING_QUOTES = new Set(['“', '‘'])

/** '“ The', '" The nation': a space after an opening quotation mark. */
export const spaceAfterQuote: TokenCheck<GarbledEnv> = {
  name: 'space-after-quote',
  gate: (t) => t.kind === 'punct' && (OPENING_QUOTES.has(t.text) || t.text === '"'),
  token(doc, i) {
    const t = doc.tokens[i] as Token
    const next = doc.tokens[i + 1]
    if (t.kind !== 'punct' || (!OPENING_QUOTES.has(t.text) && t.text !== '"')) return
    if (next?.kind !== 'word' || next.line !== t.line || next.start === t.end) return
    const before = doc.text.charAt(t.start - 1)
    // An opening mark: at the line start or after a space (a straight quote then is no closer).
    if (t.start > 0 && !/\s|[([—–-]/.test(before)) return
    if (!/^[ \t]+$/.test(doc.text.slice(t.end, next.start))) return
    return {
      start: t.start,
      end: next.start,
      weight: 0.65,
      message: 'Space after an opening quotation mark',
      suggestion: t.text,
    }
  },
}

/** "1,5 million", "0,25": a decimal comma; "1.500.000": dots between thousands. */
export const decimalComma: TokenCheck<GarbledEnv> = {
  name: 'decimal-comma',
  gate: isNumber,
  token(doc, i) {
    const t = doc.tokens[i] as Token
    if (t.kind !== 'number') return
    if (/^\d{1,3},\d{1,2}$/.test(t.text))
      return {
        start: t.start,
        end: t.end,
        weight: 0.7,
        message: `“${t.text}” writes a decimal comma; English uses a point`,
        suggestion: t.text.replace(',', '.'),
      }
    if (/^\d{1,3}(\.\d{3}){2,}$/.test(t.text))
      return {
        start: t.start,
        end: t.end,
        weight: 0.7,
        message: `“${t.text}” separates thousands with points; English uses commas`,
        suggestion: t.text.replace(/\./g, ','),
      }
  },
}
