// What the foreign-word checks share: each word's verdict against the word lists (computed
// once per word and kept across requests), and the shape tests for names and sentence starts.
import type { RuleOf } from '../../../rules/schema.ts'
import { type Lexicons, type RankedLexicon, UNRANKED } from '../../data.ts'
import { fold, isAllCaps, isCapitalised, spanCover } from '../../document.ts'
import type { Doc, Span, Token } from '../../types.ts'
import { wordAt } from '../../words.ts'
import type { TokenHit } from '../checks.ts'
import { isEnglishForm } from './english-form.ts'

export type ForeignRule = RuleOf<'foreign-words'>

export interface Verdict {
  /** Languages whose lexicon has the word (within topWords), most frequent there first. */
  langs: string[]
  /** Not English, in a source lexicon: evidence on its own. */
  strong: boolean
  /** Frequent source-language word: extends a span, never starts one. */
  extender: boolean
  /** A common source word English knows only as a rarity ("fazenda"). */
  rare?: boolean
}

export interface ForeignEnv {
  rule: ForeignRule
  lexicons: Lexicons
  /** Gazetteer keys of known names. */
  names: { has(key: string): boolean }
  /** Token `i` is a whole known name of one word ("Podemos", "Fidesz"), not a word of a longer one ("Los" of Los Angeles). */
  wholeName(i: number): boolean
  /** The words of tokens a..b are consecutive words of one known name ("Palme d'Or"). */
  namedRun(a: number, b: number): boolean
  /** The verdict on token `i` (a word token). */
  verdictOf(i: number): Verdict
  /** The span lies inside a short quotation (a term mentioned, not used). */
  inShortQuote(span: Span): boolean
  /** Token `i` is a lower-case word no word list knows and no regular English form (see unknownWords). */
  unknown(i: number): boolean
}

/** A foreign check's proposal, with the source-language evidence it carries if kept. */
export interface ForeignHit extends TokenHit {
  evidence?: [lang: string, weight: number][]
}

/** English rank past which a word is too rare to count as English evidence against a source language. */
const RARE_ENGLISH = 40000
/** At a sentence start, where capitals hide nothing, a rarer English word still counts. */
const RARE_AT_SENTENCE_START = 30000
/** Source-language words this frequent extend a foreign span even when English also has them (de, la, a). */
const EXTENDER_RANK = 400
/** English words more frequent than this are English wherever they stand. */
const COMMON_ENGLISH_RANK = 500

/** English clitics: "don't" is English because "do" is. */
const CLITIC = /(?:n't|'s|'re|'ve|'ll|'d|'m|s')$/

const NONE: Verdict = { langs: [], strong: false, extender: false }

export function classify(tok: Token, lexicons: Lexicons, rule: ForeignRule): Verdict {
  const w = tok.lower
  const base = CLITIC.test(w) ? w.replace(CLITIC, '') : w
  if (w.length < 2 || isAllCaps(tok.text)) return NONE
  // Loanwords keep their accents in English ("café", "résumé"): the folded form counts too.
  const folded = fold(w)
  const en =
    lexicons.en.get(w) ??
    lexicons.en.get(base) ??
    englishSingular(lexicons.en, w) ??
    (folded !== w ? lexicons.en.get(folded) : undefined)
  const ranked: [string, number][] = []
  let best = UNRANKED
  let bestExact = UNRANKED
  for (const lang of rule.languages) {
    const lex = lexicons.sources.get(lang)
    const r = sourceRank(lex, w)
    if (r !== undefined && r < rule.topWords) {
      ranked.push([lang, r])
      best = Math.min(best, r)
      const exact = lex?.get(w)
      if (exact !== undefined) bestExact = Math.min(bestExact, exact)
    }
  }
  // Most frequent first: the language the word most likely belongs to leads.
  const langs = ranked.sort((a, b) => a[1] - b[1]).map(([l]) => l)
  if (!langs.length) return { langs, strong: false, extender: false }
  const stop = langs.some((l) => lexicons.stopwords.get(l)?.has(w))
  // A word English has only in the long tail of its dictionary (an archaic borrowing such as
  // "chirurgeon") but a source language uses every day counts as foreign. (Only for the word
  // itself: "franchisees" is English even if "franchise" is French.)
  const notEnglish =
    en === undefined || (en === UNRANKED && bestExact < 5000) || (en >= RARE_ENGLISH && bestExact < 2000)
  // A word in most languages' lists is international: a name ("Kim", "Van", "Al") or a loan,
  // never one language's leftover on its own (it may still extend a span: "dans la maison").
  const international = rule.languages.length >= 4 && langs.length * 2 > rule.languages.length
  const strong = notEnglish && (w.length >= rule.minLength || stop) && !international
  // Everyday English words ("to", "a", "me") never extend a span, even if a source language has them.
  const commonEnglish = en !== undefined && en < COMMON_ENGLISH_RANK
  const extender = strong || (!commonEnglish && (best < EXTENDER_RANK || (en !== undefined && en >= RARE_ENGLISH)))
  const rare = !strong && !international && (en === undefined || en >= RARE_AT_SENTENCE_START) && bestExact < 3000
  return { langs, strong, extender, rare }
}

/** English rank of a plural's singular: "franchisees" → "franchisee", "taxes" → "tax", "economies" → "economy" (not "representant"). */
export function englishSingular(en: RankedLexicon, w: string): number | undefined {
  if (!w.endsWith('s')) return undefined
  const r = en.get(w.slice(0, -1))
  if (r !== undefined) return r
  if (w.endsWith('ies')) return en.get(`${w.slice(0, -3)}y`)
  return /(?:s|x|z|ch|sh)es$/.test(w) ? en.get(w.slice(0, -2)) : undefined
}

/** Rank of a word or, failing that, of its singular ("ciudadanos" → "ciudadano"). */
export function sourceRank(lex: RankedLexicon | undefined, w: string): number | undefined {
  if (!lex) return undefined
  const r = lex.get(w)
  if (r !== undefined) return r
  if (w.length < 5 || !w.endsWith('s')) return undefined
  const r1 = lex.get(w.slice(0, -1))
  if (r1 !== undefined) return r1
  return w.endsWith('es') ? lex.get(w.slice(0, -2)) : undefined
}

/** Past this many words a verdict cache starts over (memory stays bounded across requests). */
const VERDICT_CACHE_LIMIT = 50_000
const verdictCaches = new WeakMap<ForeignRule, WeakMap<Lexicons, Map<string, Verdict>>>()

/**
 * `classify` depends only on the token's text, the rule and the lexicons, so its verdicts are
 * kept per (rule, lexicons) across requests: a word is looked up once, not once per
 * occurrence (verdicts are never mutated).
 */
export function verdicts(doc: Doc, lexicons: Lexicons, rule: ForeignRule): (i: number) => Verdict {
  let byLexicons = verdictCaches.get(rule)
  if (!byLexicons) {
    byLexicons = new WeakMap()
    verdictCaches.set(rule, byLexicons)
  }
  let cache = byLexicons.get(lexicons)
  if (!cache) {
    cache = new Map()
    byLexicons.set(lexicons, cache)
  }
  const memo = cache
  return (i) => {
    const tok = doc.tokens[i] as Token
    let v = memo.get(tok.text)
    if (!v) {
      if (memo.size >= VERDICT_CACHE_LIMIT) memo.clear()
      v = classify(tok, lexicons, rule)
      memo.set(tok.text, v)
    }
    return v
  }
}

/** Capitalised words inside a name ("Lula da Silva", "Le Maire") are names, not leftovers. */
export function inName(doc: Doc, i: number): boolean {
  const t = doc.tokens[i] as Token
  const next = doc.tokens[i + 1]
  const prev = doc.tokens[i - 1]
  const adjacentCap = (u: Token | undefined) => !!u && u.kind === 'word' && u.line === t.line && isCapitalised(u.text)
  if (isCapitalised(t.text)) return adjacentCap(next) || (adjacentCap(prev) && !isSentenceStart(doc, i))
  return adjacentCap(prev) && adjacentCap(next) // lower-case particle between two name words
}

export function isSentenceStart(doc: Doc, i: number): boolean {
  const t = doc.tokens[i] as Token
  const s = doc.sentences[t.sentence]
  if (!s) return false
  for (let k = s.firstToken; k < i; k++) if ((doc.tokens[k] as Token).kind !== 'punct') return false
  return true
}

/** ISO 639-1 → ISO 639-3 as franc names languages. */
export const ISO3: Record<string, string> = {
  en: 'eng',
  es: 'spa',
  pt: 'por',
  fr: 'fra',
  it: 'ita',
  de: 'deu',
  cs: 'ces',
  nl: 'nld',
  ca: 'cat',
  pl: 'pol',
  tr: 'tur',
  sv: 'swe',
  hu: 'hun',
  ro: 'ron',
  da: 'dan',
  no: 'nob',
  fi: 'fin',
  sr: 'srp',
  hr: 'hrv',
  bs: 'bos',
  sk: 'slk',
  sl: 'slv',
  id: 'ind',
  ru: 'rus',
  uk: 'ukr',
  el: 'ell',
  ar: 'arb',
}

/** franc's ISO 639-3 code back to ISO 639-1 (or itself when unknown). */
export const iso1 = (code: string): string => Object.keys(ISO3).find((k) => ISO3[k] === code) ?? code

const OPENING = new Set(['“', '„', '«', '"', '‘', "'", '‹', '「', '『'])
const CLOSING: Record<string, string[]> = {
  '“': ['”', '“'],
  '„': ['“', '”'],
  '«': ['»'],
  '"': ['"'],
  '‘': ['’'],
  "'": ["'"],
  '‹': ['›'],
  '「': ['」'],
  '『': ['』'],
}
/** Quotations of at most this many words are terms being mentioned ('the “recheio”'). */
const SHORT_QUOTE_WORDS = 4
/** How far a closing mark is looked for (a line of punctuation alone must not cost O(n²)). */
const SHORT_QUOTE_TOKENS = 24

/** Spans inside short quotations, one pass over the tokens. */
export function shortQuotes(doc: Doc): (span: Span) => boolean {
  const spans: Span[] = []
  for (const line of doc.lines) {
    for (let i = line.firstToken; i < line.endToken; i++) {
      const open = doc.tokens[i] as Token
      const closers = open.kind === 'punct' && OPENING.has(open.text) ? CLOSING[open.text] : undefined
      if (!closers) continue
      let words = 0
      for (let j = i + 1; j < line.endToken && words <= SHORT_QUOTE_WORDS && j - i <= SHORT_QUOTE_TOKENS; j++) {
        const u = doc.tokens[j] as Token
        if (u.kind === 'punct' && closers.includes(u.text)) {
          if (words > 0) spans.push({ start: open.end, end: u.start })
          i = j
          break
        }
        if (u.kind !== 'punct') words++
      }
    }
  }
  return spanCover(spans)
}

/** Words this short are not telling enough to mark a term. */
const TERM_MIN_LENGTH = 4

/**
 * A foreign span the writer uses on purpose: holding a non-English word the document repeats
 * (a term it is about: "carte de séjour" three times), or, when `quoted` asks, inside a short
 * quotation (a word mentioned, not used; machine translation also leaves quoted words, so only
 * the weaker signals ask).
 */
export function deliberate(doc: Doc, a: number, b: number, env: ForeignEnv, quoted = false): boolean {
  const first = doc.tokens[a] as Token
  const last = doc.tokens[b] as Token
  if (quoted && env.inShortQuote({ start: first.start, end: last.end })) return true
  for (let k = a; k <= b; k++) {
    const w = wordAt(doc, k)
    if (!w || w.count < 2 || w.lower.length < TERM_MIN_LENGTH) continue
    if (env.verdictOf(k).strong || env.unknown(k)) return true
  }
  return false
}

/** Shorter unknown words are abbreviations and fragments as often as leftovers. */
const UNKNOWN_MIN_LENGTH = 5
/** Longer ones are debris, not words (and taking them apart would cost O(n²)). */
const UNKNOWN_MAX_LENGTH = 40

/**
 * Per document, once per distinct word: a lower-case word absent from the English list and
 * every source list, no known name and no regular English form ("kampioenschap", "sejmik",
 * "primăria"). In any language that is a strong sign of a word left untranslated.
 */
/** A word written in lower case (a capitalised unknown word is a name). */
export const LOWER_AS_WRITTEN = /^[\p{Ll}\p{M}'’]+$/u

export function unknownWords(doc: Doc, en: RankedLexicon): (i: number) => boolean {
  const memo = new Int8Array(doc.table.words.length) // 0 not asked yet, 1 yes, 2 no
  const forms = englishForms(en)
  return (i) => {
    const k = doc.table.ofToken[i] ?? -1
    // Lower case as written (a capitalised unknown word is a name): tested first, it is cheap.
    if (k < 0 || !LOWER_AS_WRITTEN.test((doc.tokens[i] as Token).text)) return false
    if (!memo[k]) {
      const w = doc.table.words[k] as NonNullable<ReturnType<typeof wordAt>>
      const yes =
        w.en === undefined &&
        !w.name &&
        w.script === 'latin' &&
        w.lower.length >= UNKNOWN_MIN_LENGTH &&
        w.lower.length <= UNKNOWN_MAX_LENGTH &&
        w.sources.every((r) => r === undefined) &&
        !forms(w.lower)
      memo[k] = yes ? 1 : 2
    }
    return memo[k] === 1
  }
}

/** isEnglishForm answers kept per English list across requests (bounded), since articles share words. */
const FORMS_LIMIT = 20_000
const formCaches = new WeakMap<RankedLexicon, Map<string, boolean>>()
function englishForms(en: RankedLexicon): (w: string) => boolean {
  let cache = formCaches.get(en)
  if (!cache) {
    cache = new Map()
    formCaches.set(en, cache)
  }
  const memo = cache
  return (w) => {
    let yes = memo.get(w)
    if (yes === undefined) {
      yes = isEnglishForm(w, en)
      if (memo.size >= FORMS_LIMIT) memo.clear()
      memo.set(w, yes)
    }
    return yes
  }
}

/**
 * The language a span of words most likely belongs to: each word votes for the languages
 * whose lists hold it, the language where it is most frequent counting most. One answer per
 * span, so that a Portuguese word also found in the Spanish and Catalan lists is evidence of
 * one source, not three.
 */
export function leadingLanguage(doc: Doc, a: number, b: number, env: ForeignEnv): string | undefined {
  return languageVotes(doc, a, b, env)[0]
}

/** The languages of a span's words, best supported first (see leadingLanguage). */
export function languageVotes(doc: Doc, a: number, b: number, env: ForeignEnv): string[] {
  const score = new Map<string, number>()
  for (let k = a; k <= b; k++) {
    if ((doc.tokens[k] as Token).kind !== 'word') continue
    const langs = env.verdictOf(k).langs
    // A word in most languages' lists ("a", "la") says nothing of which one.
    if (langs.length * 2 > env.rule.languages.length && env.rule.languages.length >= 4) continue
    for (const [pos, l] of langs.entries()) score.set(l, (score.get(l) ?? 0) + 1 / (1 + pos))
  }
  return [...score].sort((x, y) => y[1] - x[1]).map(([l]) => l)
}
