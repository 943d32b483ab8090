// Words and sentences run together: "MondayThe", "10On", "homefrom", "said.Analysts",
// "31cho", `staff”he said`.
import { UNRANKED } from '../../data.ts'
import { fold, isCapitalised, isLowerWord, normalizeWord } from '../../document.ts'
import type { Token } from '../../types.ts'
import { wordAt } from '../../words.ts'
import { isWord, type TokenCheck } from '../checks.ts'
import { type GarbledEnv, glued, isEnglish, MAX_SPLIT_LENGTH, nameContext, perWord, wordToken } from './env.ts'

/** "MondayThe", "AThe", "sundayThe": a word glued to a capitalised function word. */
export const camelJoin: TokenCheck<GarbledEnv> = {
  name: 'camel-join',
  gate: isWord,
  token(doc, i, env) {
    const t = wordToken(doc, i, env)
    const found = t && camelSplit(t, env)
    if (!t || !found) return
    return { start: t.start, end: t.end, weight: 0.9, message: found.message, suggestion: found.suggestion }
  },
}

const camelSplit = perWord((text, lower, env) => {
  if (!/.\p{Lu}/u.test(text) || text.length > MAX_SPLIT_LENGTH || env.camel.has(lower)) return null
  const m = /^(\p{L}*\p{Ll}|\p{Lu})(\p{Lu}\p{Ll}+)$/u.exec(text)
  if (!m) return null
  const [, a, b] = m as unknown as [string, string, string]
  if (!env.fn.has(normalizeWord(b)) || !(env.en.has(normalizeWord(a)) || a.length === 1)) return null
  return { message: `“${text}” runs two words together`, suggestion: a.length === 1 ? b : `${a}. ${b}` }
})

/** "10On": a number glued to a capitalised function word. */
export const numberJoin: TokenCheck<GarbledEnv> = {
  name: 'number-join',
  option: 'camel-join',
  gate: (t, env) => t.kind === 'word' && isCapitalised(t.text) && env.fn.has(t.lower),
  token(doc, i, env) {
    const t = wordToken(doc, i, env)
    const prev = doc.tokens[i - 1]
    if (!t || prev?.kind !== 'number' || !glued(prev, t) || !isCapitalised(t.text) || !env.fn.has(t.lower)) return
    const text = `${prev.text}${t.text}`
    return {
      start: prev.start,
      end: t.end,
      weight: 0.85,
      message: `“${text}” runs a number into the next sentence`,
      suggestion: `${prev.text}. ${t.text}`,
    }
  },
}

/** Parts of a run-together word must be at least this common in English. */
const SPLIT_RANK = 25000

/** Endings of English surnames and place names ("Smithson", "Branford", "Ashton"). */
const NAME_ENDING = /(?:son|sen|ton|ford|field|man|berg|burg|ville|stone|wood|worth|ley|ham)$/

/** "homefrom", "inspite", "coachwith": an unknown word made of two English words, one a function word. */
export const runTogether: TokenCheck<GarbledEnv> = {
  name: 'run-together',
  gate: (t) => t.kind === 'word' && t.text.length >= 6 && t.text.length <= MAX_SPLIT_LENGTH,
  token(doc, i, env) {
    const t = wordToken(doc, i, env)
    if (!t || t.text.length < 6 || t.text.length > MAX_SPLIT_LENGTH || /.\p{Lu}/u.test(t.text)) return
    if (env.camel.has(t.lower) || isEnglish(doc, i) || t.text === t.text.toUpperCase()) return
    if (wordAt(doc, i)?.sources.some((r) => r !== undefined)) return
    const split = bestSplit(t.lower, (w) => env.en.get(w) ?? UNRANKED + 1, env.fn)
    // A capitalised word standing where names stand, one a name list knows, or one with the
    // ending of an English surname or place is a name ("Col du Soulor", "Mr. Sodano", "Smithson").
    if (
      !split ||
      (!isLowerWord(t.text) && (env.knownName(t.lower) || NAME_ENDING.test(t.lower) || nameContext(doc, i, env)))
    )
      return
    const [a, b] = split
    const first = isCapitalised(t.text) ? a.charAt(0).toUpperCase() + a.slice(1) : a
    return {
      start: t.start,
      end: t.end,
      weight: 0.8,
      message: `“${t.text}” runs “${a}” and “${b}” together`,
      suggestion: `${first} ${b}`,
    }
  },
}

/** Splits an unknown word into two English words, one of them a function word. */
export function bestSplit(w: string, rank: (w: string) => number, fn: Set<string>): [string, string] | null {
  let best: [string, string] | null = null
  let bestScore = Number.POSITIVE_INFINITY
  for (let k = 2; k <= w.length - 2; k++) {
    const a = w.slice(0, k)
    const b = w.slice(k)
    const fa = fn.has(a)
    const fb = fn.has(b)
    if (!fa && !fb) continue
    const content = fa && fb ? (a.length >= b.length ? a : b) : fa ? b : a
    if (content.length < 2 || rank(a) > SPLIT_RANK || rank(b) > SPLIT_RANK) continue
    if (content.length < 4 && !(fa && fb)) continue
    const score = rank(content)
    if (score < bestScore) {
      bestScore = score
      best = [a, b]
    }
  }
  return best
}

/** What may follow digits directly: ordinals and units ("21st", "5km", "10am", "3bn"). */
const UNITS = new Set(
  'st nd rd th s am pm h hr hrs m min mins km kg g mg mm cm ml l k bn mn m2 km2 mph kph kmh gb mb tb kb kw mw gw kwh mwh x th v ft in lb lbs oz yd mi p c f'.split(
    ' ',
  ),
)

/** "31cho": digits glued to letters that are no unit or ordinal. */
export const numberGlue: TokenCheck<GarbledEnv> = {
  name: 'number-glue',
  gate: (t) => t.kind === 'word' && isLowerWord(t.text),
  token(doc, i, env) {
    const t = wordToken(doc, i, env)
    const prev = doc.tokens[i - 1]
    if (!t || prev?.kind !== 'number' || !glued(prev, t) || !isLowerWord(t.text)) return
    // "10km-to-go": a unit opening a compound.
    if (UNITS.has(t.lower.split(/[-‐]/)[0] as string)) return
    return { start: prev.start, end: t.end, weight: 0.7, message: `“${prev.text}${t.text}” glues a number to letters` }
  },
}

/** "said.Analysts": a sentence end with no space before the next sentence. */
export const periodJoin: TokenCheck<GarbledEnv> = {
  name: 'period-join',
  gate: (t) => t.kind === 'punct' && (t.text === '.' || t.text === ','),
  token(doc, i) {
    const t = doc.tokens[i] as Token
    const prev = doc.tokens[i - 1]
    const next = doc.tokens[i + 1]
    if (t.kind !== 'punct' || (t.text !== '.' && t.text !== ',')) return
    if (prev?.kind !== 'word' || next?.kind !== 'word' || !glued(prev, t) || !glued(t, next)) return
    if (prev.text.length < 3 || !isLowerWord(prev.text) || !isCapitalised(next.text)) return
    if (/^(com|org|net|www)$/i.test(prev.text)) return
    return {
      start: prev.start,
      end: next.end,
      weight: 0.85,
      message: `No space after “${t.text}”: two sentences run together`,
      suggestion: `${prev.text}${t.text} ${next.text}`,
    }
  },
}

/** `staff”he said`, `, ”he declared`: a closing quote glued to the next word. */
export const quoteSpacing: TokenCheck<GarbledEnv> = {
  name: 'quote-spacing',
  gate: (t) => t.kind === 'punct' && (t.text === '”' || t.text === '“'),
  token(doc, i) {
    const t = doc.tokens[i] as Token
    const prev = doc.tokens[i - 1]
    const next = doc.tokens[i + 1]
    if (t.kind !== 'punct' || (t.text !== '”' && t.text !== '“') || next?.kind !== 'word' || !glued(t, next) || !prev)
      return
    const closing = t.text === '”'
    const badClose =
      closing && (glued(prev, t) ? prev.kind === 'word' || /[.,!?]/.test(prev.text) : /[,;]/.test(prev.text))
    const badOpen = !closing && prev.kind === 'word' && glued(prev, t) && isLowerWord(next.text)
    if (!badClose && !badOpen) return
    return { start: prev.start, end: next.end, weight: 0.75, message: 'Quotation mark glued to the following word' }
  },
}

const CLAUSE_END = new Set([':', ';', '!', '?'])
const CLOSERS = new Set([')', '"', '”', '’', '»'])

/** "said:The", "today.\"The", "(AFP)The": the page's markup took the space after a mark. */
export const punctuationJoin: TokenCheck<GarbledEnv> = {
  name: 'punctuation-join',
  gate: (t) => t.kind === 'punct' && (CLAUSE_END.has(t.text) || CLOSERS.has(t.text)),
  token(doc, i) {
    const t = doc.tokens[i] as Token
    const prev = doc.tokens[i - 1]
    const next = doc.tokens[i + 1]
    if (t.kind !== 'punct' || (!CLAUSE_END.has(t.text) && !CLOSERS.has(t.text))) return
    if (next?.kind !== 'word' || !glued(t, next) || !isCapitalised(next.text) || !glued(prev, t) || !prev) return
    // A closer needs what it closes right before it: a word or the mark ending a sentence.
    if (CLOSERS.has(t.text) && prev.kind !== 'word' && !/^[.!?,]$/.test(prev.text)) return
    if (CLAUSE_END.has(t.text) && prev.kind !== 'word') return
    return {
      start: t.start,
      end: next.end,
      weight: 0.8,
      message: `No space after “${t.text}”`,
      suggestion: `${t.text} ${next.text}`,
    }
  },
}

/** "SmithAFP", "MadridReuters", "Kyivalthough": a name glued to an agency or a word. */
export const nameGlue: TokenCheck<GarbledEnv> = {
  name: 'name-glue',
  gate: isWord,
  token(doc, i, env) {
    const t = wordToken(doc, i, env)
    const found = t && glueSplit(t, env)
    if (!t || !found) return
    return { start: t.start, end: t.end, ...found }
  },
}

const glueSplit = perWord((text, lower, env) => {
  if (!isCapitalised(text) || text.length > MAX_SPLIT_LENGTH || env.camel.has(lower)) return null
  for (let k = 3; k <= text.length - 2; k++) {
    const a = text.slice(0, k)
    const b = text.slice(k)
    const agency = env.agencies.has(b.toLowerCase()) && /^\p{Lu}/u.test(b) && /\p{Ll}$/u.test(a)
    // A gazetteer name followed by a lower-case function word of three letters or more.
    const word = /^\p{Ll}{3,}$/u.test(b) && env.fn.has(b) && env.names.has(fold(a.toLowerCase()))
    if (!agency && !word) continue
    return {
      weight: agency ? 0.85 : 0.75,
      message: `“${text}” runs “${a}” and “${b}” together`,
      suggestion: `${a} ${b}`,
    }
  }
  return null
})

/** Joined parts must make a word at least this common. */
const SPLIT_WORD_RANK = 60000

/** "transla-\ntion", "govern- ment": a word split by a line break or a hyphen. */
export const splitWord: TokenCheck<GarbledEnv> = {
  name: 'split-word',
  gate: (t) => t.kind === 'word' && isLowerWord(t.text),
  token(doc, i, env) {
    const a = wordToken(doc, i, env)
    if (!a || !isLowerWord(a.text)) return
    let k = i + 1
    const hyphen = doc.tokens[k]?.text === '-' && glued(a, doc.tokens[k])
    if (hyphen) k++
    const b = doc.tokens[k]
    if (b?.kind !== 'word' || !isLowerWord(b.text) || glued(doc.tokens[k - 1], b)) return
    // Across a line break, or after a hyphen left standing before a space.
    if (b.line === a.line && !hyphen) return
    if (b.line !== a.line + 1 && b.line !== a.line) return
    const joined = `${a.lower}${b.lower}`
    const rank = env.en.get(joined)
    if (rank === undefined || rank > SPLIT_WORD_RANK) return
    if (!hyphen && isEnglish(doc, i) && isEnglish(doc, k)) return // "in\nto": two words, not one split
    return {
      start: a.start,
      end: b.end,
      weight: 0.75,
      message: `“${joined}” is split in two`,
      suggestion: joined,
      skip: k - i,
    }
  },
}
