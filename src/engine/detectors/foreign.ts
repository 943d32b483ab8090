// `foreign-words` rules: words left in the source language. Word lists decide for short
// spans (language identification is near chance on single words); franc, restricted to
// English plus the candidate languages, decides only for whole sentences the lists make suspicious.
import { franc } from 'franc'
import type { RuleOf } from '../../rules/schema.ts'
import { type RankedLexicon, UNRANKED } from '../data.ts'
import { type AuditContext, type Detector, report } from '../detector.ts'
import { fold, isAllCaps, isCapitalised, isLowerWord } from '../document.ts'
import type { Doc, RawFinding, Token } from '../types.ts'

type ForeignRule = RuleOf<'foreign-words'>

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
}

/** English rank past which a word is too rare to count as English evidence against a source language. */
const RARE_ENGLISH = 40000
/** At a sentence start, where capitals hide nothing, a rarer English word still counts. */
const RARE_AT_SENTENCE_START = 30000
/** Source-language words this frequent extend a foreign span even when English also has them (de, la, a). */
const EXTENDER_RANK = 400
/** English words more frequent than this are English wherever they stand. */
const COMMON_ENGLISH_RANK = 500

interface Verdict {
  /** Languages whose lexicon has the word (within topWords). */
  langs: string[]
  /** Not English, in a source lexicon: evidence on its own. */
  strong: boolean
  /** Frequent source-language word: extends a span, never starts one. */
  extender: boolean
  /** A common source word English knows only as a rarity ("fazenda"). */
  rare?: boolean
}

export const foreignDetector: Detector<'foreign-words'> = {
  kind: 'foreign-words',
  compile(rules) {
    const active = rules.filter((r) => r.enabled)
    return { rules: active.length, run: (doc, ctx) => active.flatMap((r) => runRule(doc, ctx, r)) }
  },
}

/** English clitics: "don't" is English because "do" is. */
const CLITIC = /(?:n't|'s|'re|'ve|'ll|'d|'m|s')$/

function classify(tok: Token, ctx: AuditContext, rule: ForeignRule): Verdict {
  const w = tok.lower
  const base = CLITIC.test(w) ? w.replace(CLITIC, '') : w
  if (w.length < 2 || isAllCaps(tok.text)) return { langs: [], strong: false, extender: false }
  // Loanwords keep their accents in English ("café", "résumé"): the folded form counts too.
  const folded = fold(w)
  const en =
    ctx.lexicons.en.get(w) ??
    ctx.lexicons.en.get(base) ??
    englishSingular(ctx.lexicons.en, w) ??
    (folded !== w ? ctx.lexicons.en.get(folded) : undefined)
  const langs: string[] = []
  let best = UNRANKED
  let bestExact = UNRANKED
  for (const lang of rule.languages) {
    const lex = ctx.lexicons.sources.get(lang)
    const r = sourceRank(lex, w)
    if (r !== undefined && r < rule.topWords) {
      langs.push(lang)
      best = Math.min(best, r)
      const exact = lex?.get(w)
      if (exact !== undefined) bestExact = Math.min(bestExact, exact)
    }
  }
  if (!langs.length) return { langs, strong: false, extender: false }
  const stop = langs.some((l) => ctx.lexicons.stopwords.get(l)?.has(w))
  // A word English has only in the long tail of its dictionary (an archaic borrowing such as "chirurgeon") but a source
  // language uses every day counts as foreign.
  // (Only for the word itself: "franchisees" is English even if "franchise" is French.)
  const notEnglish =
    en === undefined || (en === UNRANKED && bestExact < 5000) || (en >= RARE_ENGLISH && bestExact < 2000)
  const strong = notEnglish && (w.length >= rule.minLength || stop)
  // Everyday English words ("to", "a", "me") never extend a span, even if a source language has them.
  const commonEnglish = en !== undefined && en < COMMON_ENGLISH_RANK
  const extender = strong || (!commonEnglish && (best < EXTENDER_RANK || (en !== undefined && en >= RARE_ENGLISH)))
  const rare = !strong && (en === undefined || en >= RARE_AT_SENTENCE_START) && bestExact < 3000
  return { langs, strong, extender, rare }
}

/** English rank of a plural's singular: "franchisees" → "franchisee", "taxes" → "tax" (not "representant"). */
function englishSingular(en: RankedLexicon, w: string): number | undefined {
  if (!w.endsWith('s')) return undefined
  const r = en.get(w.slice(0, -1))
  if (r !== undefined) return r
  return /(?:s|x|z|ch|sh)es$/.test(w) ? en.get(w.slice(0, -2)) : undefined
}

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

/** A common source-language word that `w` looks carried over from, if any. */
function cognateOf(w: string, langs: string[], ctx: AuditContext): { lang: string; word: string } | null {
  for (const [end, subs] of COGNATE_ENDINGS) {
    if (!end.test(w)) continue
    for (const sub of subs) {
      const c = w.replace(end, sub)
      if (c === w || c.length < 6) continue
      for (const lang of langs) {
        const r = ctx.lexicons.sources.get(lang)?.get(c)
        if (r !== undefined && r < 5000 && ctx.lexicons.en.get(c) === undefined) return { lang, word: c }
      }
    }
  }
  return null
}

/** Rank of a word or, failing that, of its singular ("ciudadanos" → "ciudadano"). */
function sourceRank(lex: RankedLexicon | undefined, w: string): number | undefined {
  if (!lex) return undefined
  const r = lex.get(w)
  if (r !== undefined) return r
  if (w.length < 5 || !w.endsWith('s')) return undefined
  const r1 = lex.get(w.slice(0, -1))
  if (r1 !== undefined) return r1
  return w.endsWith('es') ? lex.get(w.slice(0, -2)) : undefined
}

/** Capitalised words inside a name ("Lula da Silva", "Le Maire") are names, not leftovers. */
function inName(doc: Doc, i: number): boolean {
  const t = doc.tokens[i] as Token
  const next = doc.tokens[i + 1]
  const prev = doc.tokens[i - 1]
  const adjacentCap = (u: Token | undefined) => !!u && u.kind === 'word' && u.line === t.line && isCapitalised(u.text)
  if (isCapitalised(t.text)) return adjacentCap(next) || (adjacentCap(prev) && !isSentenceStart(doc, i))
  return adjacentCap(prev) && adjacentCap(next) // lower-case particle between two name words
}

function isSentenceStart(doc: Doc, i: number): boolean {
  const t = doc.tokens[i] as Token
  const s = doc.sentences[t.sentence]
  if (!s) return false
  for (let k = s.firstToken; k < i; k++) if ((doc.tokens[k] as Token).kind !== 'punct') return false
  return true
}

/** Past this many words a verdict cache starts over (memory stays bounded across requests). */
const VERDICT_CACHE_LIMIT = 50_000
const verdictCaches = new WeakMap<ForeignRule, WeakMap<AuditContext['lexicons'], Map<string, Verdict>>>()

/**
 * `classify` depends only on the token's text, the rule and the lexicons, so its verdicts are
 * kept per (rule, lexicons) across requests: a word is looked up in the word lists once, not
 * once per occurrence (Verdicts are never mutated).
 */
function verdictCache(rule: ForeignRule, ctx: AuditContext): Map<string, Verdict> {
  let byLexicons = verdictCaches.get(rule)
  if (!byLexicons) {
    byLexicons = new WeakMap()
    verdictCaches.set(rule, byLexicons)
  }
  let cache = byLexicons.get(ctx.lexicons)
  if (!cache) {
    cache = new Map()
    byLexicons.set(ctx.lexicons, cache)
  }
  return cache
}

function runRule(doc: Doc, ctx: AuditContext, rule: ForeignRule): RawFinding[] {
  const out: RawFinding[] = []
  const verdicts = verdictCache(rule, ctx)
  const verdictOf = (i: number) => {
    const tok = doc.tokens[i] as Token
    let v = verdicts.get(tok.text)
    if (!v) {
      if (verdicts.size >= VERDICT_CACHE_LIMIT) verdicts.clear()
      v = classify(tok, ctx, rule)
      verdicts.set(tok.text, v)
    }
    return v
  }
  const evidence = new Map<string, number>()
  const claimed = new Set<number>()

  // 1. Whole sentences in the source language.
  for (const s of doc.sentences) {
    let words = 0
    let foreign = 0
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = doc.tokens[i] as Token
      if (t.kind !== 'word') continue
      words++
      const v = verdictOf(i)
      if (v.strong || (v.extender && ctx.lexicons.en.get(t.lower) === undefined)) foreign++
    }
    if (words < rule.sentenceMinWords || foreign / words < rule.sentenceForeignShare) continue
    const only = ['eng', ...rule.languages.map((l) => ISO3[l]).filter((x): x is string => !!x)]
    const lang = franc(s.text, { only, minLength: 10 })
    if (lang === 'eng' || lang === 'und') continue
    for (let i = s.firstToken; i < s.endToken; i++) claimed.add(i)
    const code = Object.keys(ISO3).find((k) => ISO3[k] === lang) ?? lang
    evidence.set(code, (evidence.get(code) ?? 0) + words)
    out.push(
      report(doc, rule, {
        start: s.start,
        end: s.end,
        weight: Math.min(0.95, 0.6 + foreign / words / 2),
        message: `Sentence left untranslated (${code})`,
      }),
    )
  }

  // 2. Bracketed leftovers: "[sindicatos]".
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i] as Token
    if (t.text !== '[' || claimed.has(i)) continue
    let j = i + 1
    while (
      j < doc.tokens.length &&
      j - i <= 10 &&
      (doc.tokens[j] as Token).text !== ']' &&
      (doc.tokens[j] as Token).line === t.line
    )
      j++
    const close = doc.tokens[j]
    if (close?.text !== ']' || j === i + 1) continue
    let hit = false
    let anyEnglishOnly = false
    const bracketLangs = new Set<string>()
    for (let k = i + 1; k < j; k++) {
      const u = doc.tokens[k] as Token
      if (u.kind !== 'word') continue
      const v = verdictOf(k)
      if (v.strong && !isCapitalised(u.text)) {
        hit = true
        for (const l of v.langs) bracketLangs.add(l)
      } else if (!v.langs.length && ctx.lexicons.en.has(u.lower) && u.lower.length > 3) anyEnglishOnly = true
    }
    if (!hit || anyEnglishOnly) continue
    for (const l of bracketLangs) evidence.set(l, (evidence.get(l) ?? 0) + 1)
    for (let k = i; k <= j; k++) claimed.add(k)
    out.push(
      report(doc, rule, {
        start: t.start,
        end: close.end,
        weight: 0.95,
        message: `Bracketed words left in the source language: ${doc.text.slice(t.start + 1, close.end - 1)}`,
      }),
    )
  }

  // 2b. False friends: a rare English word whose cognate is an everyday source-language word.
  if (rule.falseFriendRank > 0)
    for (let i = 0; i < doc.tokens.length; i++) {
      const t = doc.tokens[i] as Token
      if (t.kind !== 'word' || claimed.has(i) || t.lower.length < 7 || !isLowerWord(t.text)) continue
      const en = ctx.lexicons.en.get(t.lower)
      if (en === undefined || en < rule.falseFriendRank) continue
      const cognate = cognateOf(t.lower, rule.languages, ctx)
      if (!cognate) continue
      claimed.add(i)
      out.push(
        report(doc, rule, {
          start: t.start,
          end: t.end,
          category: 'calque',
          demote: true,
          weight: 0.5,
          lang: cognate.lang,
          message: `“${t.text}” is rare in English; it looks carried over from ${cognate.lang} “${cognate.word}” (a false friend?)`,
        }),
      )
    }

  // 3a. Partisan labels of Latin-American and Iberian politics ("Petistas", "bolsonaristas"):
  // a Romance -ista word English has no entry for, standing alone (not "Fulgencio Batista").
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i] as Token
    if (t.kind !== 'word' || claimed.has(i) || t.lower.length < 7 || !/istas?$/.test(t.lower)) continue
    if (ctx.lexicons.en.has(t.lower) || ctx.gazetteer.accepted.has(t.lower) || inName(doc, i)) continue
    // English coinages on an English stem ("fashionista") are English.
    if (ctx.lexicons.en.has(t.lower.replace(/istas?$/, ''))) continue
    claimed.add(i)
    out.push(
      report(doc, rule, {
        start: t.start,
        end: t.end,
        demote: true,
        weight: 0.65,
        message: `“${t.text}” is a partisan label left in the source language (a supporter or member of …)`,
      }),
    )
  }

  // 3. Words and runs of words from a source lexicon that English lacks.
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i] as Token
    if (t.kind !== 'word' || claimed.has(i)) continue
    const v = verdictOf(i)
    const initialRare = !!v.rare && isCapitalised(t.text) && isSentenceStart(doc, i)
    if ((!v.strong && !initialRare) || inName(doc, i)) continue
    // A capitalised word mid-sentence is a name unless it is a source function word before a
    // lower-case word; at a sentence start, a source word that is no name ("Câmara has
    // already answered") is left untranslated.
    if (isCapitalised(t.text)) {
      const stop = v.langs.some((l) => ctx.lexicons.stopwords.get(l)?.has(t.lower))
      const next = doc.tokens[i + 1]
      if (next?.kind !== 'word' || isCapitalised(next.text)) continue
      const initialCommonWord = isSentenceStart(doc, i) && !ctx.gazetteer.accepted.has(t.lower) && t.lower.length >= 5
      if (!stop && !initialCommonWord) continue
    }
    // Grow the span over neighbours of a shared language.
    const langs = new Set(v.langs)
    let a = i
    let b = i
    const joinable = (k: number) => {
      const u = doc.tokens[k]
      if (u?.kind !== 'word' || u.line !== t.line || claimed.has(k)) return false
      const w = verdictOf(k)
      return (w.strong || w.extender) && w.langs.some((l) => langs.has(l)) && !inName(doc, k)
    }
    while (joinable(a - 1) && (doc.tokens[a - 1] as Token).sentence === t.sentence) a--
    while (joinable(b + 1) && (doc.tokens[b + 1] as Token).sentence === t.sentence) b++
    for (let k = a; k <= b; k++) claimed.add(k)
    let strongCount = 0
    for (let k = a; k <= b; k++) if (verdictOf(k).strong) strongCount++
    for (const l of langs) evidence.set(l, (evidence.get(l) ?? 0) + strongCount)
    const first = doc.tokens[a] as Token
    const last = doc.tokens[b] as Token
    const words = b - a + 1
    out.push(
      report(doc, rule, {
        start: first.start,
        end: last.end,
        demote: words <= 2,
        weight: words > 1 ? 0.85 : t.lower.length >= 6 ? 0.7 : 0.6,
        message:
          words > 1
            ? `Words left in the source language (${[...langs].join('/')})`
            : `“${t.text}” is not English; it is a ${[...langs].join('/')} word`,
      }),
    )
  }
  // franc over everything left in the source language together: a longer span than any one
  // finding, so language identification is worth asking.
  const leftovers = out.filter((f) => f.category === 'foreign-token').map((f) => doc.text.slice(f.start, f.end))
  if (leftovers.join(' ').length >= 80) {
    const only = rule.languages.map((l) => ISO3[l]).filter((x): x is string => !!x)
    const lang = franc(leftovers.join(' '), { only, minLength: 20 })
    const code = Object.keys(ISO3).find((k) => ISO3[k] === lang)
    if (code) evidence.set(code, (evidence.get(code) ?? 0) + 2)
  }
  for (const [l, n] of evidence) ctx.languageEvidence.set(l, (ctx.languageEvidence.get(l) ?? 0) + n)
  return out
}
