// `garbled` rules: debris of machine translation and scraping found by the shape of the
// text: words glued together (`MondayThe`, `said.Analysts`, `homefrom`), a function word
// capitalised mid-sentence, a sentence starting in lower case, doubled punctuation or
// words, quotes glued to words, and lines cut off mid-sentence.
import type { RuleOf } from '../../rules/schema.ts'
import { UNRANKED } from '../data.ts'
import { type AuditContext, type Detector, report } from '../detector.ts'
import { isAllCaps, isCapitalised, isLowerWord, normalizeWord, spanCover } from '../document.ts'
import type { Doc, Line, RawFinding, Token } from '../types.ts'

type GarbledRule = RuleOf<'garbled'>
type Check = GarbledRule['checks'][number]

/** Day and month names (not "may", "march", "august", which are also common words). */
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february april june july september october november december'.split(
    ' ',
  ),
)
/** What may follow digits directly: ordinals and units ("21st", "5km", "10am", "3bn"). */
const UNITS = new Set(
  'st nd rd th s am pm h hr hrs m min mins km kg g mg mm cm ml l k bn mn m2 km2 mph kph kmh gb mb tb kb kw mw gw kwh mwh x th v ft in lb lbs oz yd mi p c f'.split(
    ' ',
  ),
)
/** Letters that are conjunctions in the source languages (es "y", "o", "u"; it/pt "e", "o"), never English words. */
const STRAY = new Set(['o', 'e', 'y', 'u'])

/** Prepositions that never open a title mid-sentence. */
const PREPOSITIONS = new Set(['to', 'of', 'for', 'from', 'with', 'into', 'onto', 'upon'])

/** A headline or banner written in capitals: its capitals say nothing. */
function isShoutedLine(doc: Doc, line: number): boolean {
  const l = doc.lines[line]
  if (!l) return false
  const letters = l.text.replace(/[^\p{L}]/gu, '')
  return letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6
}

/** "for A or B": a letter used as a label, not an article. */
const CONJUNCTIONS = new Set(['or', 'and', 'nor', 'vs', 'versus'])

/** Longer tokens are not two words run together (and splitting them would cost O(n²)). */
const MAX_SPLIT_LENGTH = 40

/** Parts of a run-together word must be at least this common in English. */
const SPLIT_RANK = 25000

export const garbledDetector: Detector<'garbled'> = {
  kind: 'garbled',
  compile(rules) {
    const active = rules
      .filter((r) => r.enabled)
      .map((rule) => ({
        rule,
        checks: new Set<Check>(rule.checks),
        camel: new Set(rule.camelCaseWords.map((w) => w.toLowerCase())),
        fn: new Set(rule.functionWords.map(normalizeWord)),
        repeatable: new Set(rule.repeatableWords.map(normalizeWord)),
      }))
    return { rules: active.length, run: (doc, ctx) => active.flatMap((c) => runRule(doc, ctx, c)) }
  },
}

interface Compiled {
  rule: GarbledRule
  checks: Set<Check>
  camel: Set<string>
  fn: Set<string>
  repeatable: Set<string>
}

function runRule(doc: Doc, ctx: AuditContext, c: Compiled): RawFinding[] {
  const { rule, checks, fn } = c
  const out: RawFinding[] = []
  const en = ctx.lexicons.en
  const rank = (w: string) => en.get(w) ?? UNRANKED + 1
  const known = (w: string) => en.has(w)
  const sources = [...ctx.lexicons.sources.values()]
  const inSource = (w: string) => sources.some((l) => l.has(w))
  // Inside a name a gazetteer hit already claimed (binary search, not a scan per word).
  const inNames = spanCover(ctx.nameSpans)
  const add = (start: number, end: number, weight: number, message: string, suggestion?: string) =>
    out.push(report(doc, rule, { start, end, weight, message, suggestion }))
  const toks = doc.tokens

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token
    const prev = toks[i - 1]
    const next = toks[i + 1]
    const sameLine = (u: Token | undefined): u is Token => !!u && u.line === t.line
    const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start

    if (t.kind === 'word') {
      if (inNames(t)) continue
      // camel-join: "MondayThe", "AThe", "sundayThe": a word glued to a capitalised function word.
      const mixedCase = /.\p{Lu}/u.test(t.text)
      if (checks.has('camel-join') && mixedCase && t.text.length <= MAX_SPLIT_LENGTH && !c.camel.has(t.lower)) {
        const m = /^(\p{L}*\p{Ll}|\p{Lu})(\p{Lu}\p{Ll}+)$/u.exec(t.text)
        if (
          m &&
          fn.has(normalizeWord(m[2] as string)) &&
          (known(normalizeWord(m[1] as string)) || (m[1] as string).length === 1)
        ) {
          add(
            t.start,
            t.end,
            0.9,
            `“${t.text}” runs two words together`,
            (m[1] as string).length === 1 ? m[2] : `${m[1]}. ${m[2]}`,
          )
          continue
        }
      }
      // "10On": a number glued to a capitalised function word.
      if (
        checks.has('camel-join') &&
        prev?.kind === 'number' &&
        glued(prev, t) &&
        isCapitalised(t.text) &&
        fn.has(t.lower)
      ) {
        add(
          prev.start,
          t.end,
          0.85,
          `“${prev.text}${t.text}” runs a number into the next sentence`,
          `${prev.text}. ${t.text}`,
        )
        continue
      }
      // run-together: "homefrom", "inspite", "coachwith": an unknown word made of two English words.
      if (
        checks.has('run-together') &&
        t.text.length >= 6 &&
        t.text.length <= MAX_SPLIT_LENGTH &&
        !mixedCase &&
        !c.camel.has(t.lower) &&
        !known(t.lower) &&
        !inSource(t.lower) &&
        !isAllUpper(t.text)
      ) {
        const split = bestSplit(t.lower, rank, fn)
        if (split && (isLowerWord(t.text) || !ctx.gazetteer.accepted.has(t.lower))) {
          const [a, b] = split
          const sug = isCapitalised(t.text) ? a.charAt(0).toUpperCase() + a.slice(1) : a
          add(t.start, t.end, 0.8, `“${t.text}” runs “${a}” and “${b}” together`, `${sug} ${b}`)
          continue
        }
      }
      // "THE Flamengo went": a function word in capitals in a line that is not shouted.
      if (
        checks.has('mid-capital') &&
        isAllCaps(t.text) &&
        t.text.length > 1 &&
        fn.has(t.lower) &&
        next?.kind === 'word' &&
        sameLine(next) &&
        !isAllCaps(next.text) &&
        !isShoutedLine(doc, t.line)
      ) {
        const initial = !prev || prev.sentence !== t.sentence
        const fixed = initial ? t.text.charAt(0) + t.lower.slice(1) : t.lower
        add(t.start, t.end, 0.75, `“${t.text}” is in capitals in running text`, fixed)
        continue
      }
      // mid-capital: "confirmed That your", "occurs A day", "; However".
      if (
        checks.has('mid-capital') &&
        isCapitalised(t.text) &&
        t.text !== 'I' &&
        fn.has(t.lower) &&
        sameLine(prev) &&
        sameLine(next)
      ) {
        const afterSemicolon = prev.text === ';'
        const beforeWord = prev.kind === 'word' && isLowerWord(prev.text) && prev.sentence === t.sentence
        // "THE Flamengo": an upper-case function word in a line that is not itself upper case.
        const shouting = isAllCaps(t.text) && t.text.length > 1 && !isShoutedLine(doc, t.line)
        const after =
          (next.kind === 'word' && isLowerWord(next.text) && !CONJUNCTIONS.has(next.lower)) ||
          (afterSemicolon && next.text === ',') ||
          // "submit to the minister To President Lula": a capitalised preposition before a name.
          (beforeWord && PREPOSITIONS.has(t.lower) && next.kind === 'word' && isCapitalised(next.text)) ||
          (shouting && next.kind === 'word')
        if (after && (beforeWord || afterSemicolon || shouting)) {
          add(
            // The span is the word itself, so the suggestion replaces exactly it.
            t.start,
            t.end,
            beforeWord ? 0.75 : 0.7,
            `“${t.text}” is capitalised mid-sentence`,
            t.lower,
          )
          continue
        }
      }
      // lower-proper: "friday past", "on monday": day and month names lose their capital in MT.
      if (checks.has('lower-proper') && isLowerWord(t.text) && CALENDAR.has(t.lower)) {
        add(t.start, t.end, 0.75, `“${t.text}” should be capitalised`, t.text.charAt(0).toUpperCase() + t.text.slice(1))
        continue
      }
      // number-glue: "31cho": digits glued to letters that are no unit or ordinal.
      if (
        checks.has('number-glue') &&
        prev?.kind === 'number' &&
        glued(prev, t) &&
        isLowerWord(t.text) &&
        !UNITS.has(t.lower)
      ) {
        add(prev.start, t.end, 0.7, `“${prev.text}${t.text}” glues a number to letters`, undefined)
        continue
      }
      // stray-letter: "Milan o, 27 May": a lone source-language conjunction or debris letter.
      if (
        checks.has('stray-letter') &&
        STRAY.has(t.text) &&
        prev?.kind === 'word' &&
        sameLine(prev) &&
        !glued(prev, t) &&
        known(prev.lower) && // inside an untranslated name ("Ciência e Tecnologia") it is just foreign
        !(next && glued(t, next) && next.kind === 'punct' && /^[.)]$/.test(next.text))
      ) {
        add(prev.start, t.end, 0.7, `Stray “${t.text}” after “${prev.text}”`, prev.text)
        continue
      }
      // a-an: "a absence", "a important": "a" before a vowel sound.
      if (
        checks.has('a-an') &&
        t.lower === 'a' &&
        t.text === 'a' &&
        next?.kind === 'word' &&
        sameLine(next) &&
        /^[aeio]/.test(next.text) &&
        !/^(one|once|eu|ewe)/.test(next.lower) &&
        known(next.lower) &&
        !isAllCaps(next.text)
      ) {
        add(t.start, next.end, 0.8, `“a” before a vowel: “an ${next.text}”`, `an ${next.text}`)
        continue
      }
      // doubled-word: "the The", "the the".
      if (
        checks.has('doubled-word') &&
        prev?.kind === 'word' &&
        sameLine(prev) &&
        prev.lower === t.lower &&
        !glued(prev, t)
      ) {
        const between = doc.text.slice(prev.end, t.start)
        if (/^\s+$/.test(between) && !c.repeatable.has(t.lower) && (isLowerWord(prev.text) || isLowerWord(t.text)))
          add(prev.start, t.end, 0.85, `“${t.text}” is written twice`, prev.text)
      }
      continue
    }

    if (t.kind !== 'punct') continue
    // period-join: "said.Analysts": a sentence end with no space before the next sentence.
    if (
      checks.has('period-join') &&
      (t.text === '.' || t.text === ',') &&
      prev?.kind === 'word' &&
      next?.kind === 'word' &&
      glued(prev, t) &&
      glued(t, next)
    ) {
      if (
        prev.text.length >= 3 &&
        isLowerWord(prev.text) &&
        isCapitalised(next.text) &&
        !/^(com|org|net|www)$/i.test(prev.text)
      ) {
        add(
          prev.start,
          next.end,
          0.85,
          `No space after “${t.text}”: two sentences run together`,
          `${prev.text}${t.text} ${next.text}`,
        )
        continue
      }
    }
    // doubled-punctuation: ". .", ",,", ".,", but not an ellipsis.
    if (
      checks.has('doubled-punctuation') &&
      /^[.,;]$/.test(t.text) &&
      next &&
      sameLine(next) &&
      /^[.,;]$/.test(next.text)
    ) {
      const after = toks[i + 2]
      const before = prev
      const ellipsis =
        t.text === '.' &&
        next.text === '.' &&
        ((after && after.text === '.' && glued(next, after)) || (before && before.text === '.' && glued(before, t)))
      // "U.S.," and "p.m.,": the period belongs to an abbreviation.
      const abbreviation = t.text === '.' && before?.kind === 'word' && glued(before, t) && before.text.length === 1
      if (!ellipsis && !abbreviation && /^\s*$/.test(doc.text.slice(t.end, next.start))) {
        add(t.start, next.end, 0.9, 'Doubled punctuation', t.text)
        i++
        continue
      }
    }
    // quote-spacing: `staff”he said`, `, ”he declared`: a closing quote glued to the next word.
    if (
      checks.has('quote-spacing') &&
      (t.text === '”' || t.text === '“') &&
      next?.kind === 'word' &&
      glued(t, next) &&
      prev
    ) {
      const closing = t.text === '”'
      const badClose =
        closing && (glued(prev, t) ? prev.kind === 'word' || /[.,!?]/.test(prev.text) : /[,;]/.test(prev.text))
      const badOpen = !closing && prev.kind === 'word' && glued(prev, t) && isLowerWord(next.text)
      if (badClose || badOpen) add(prev.start, next.end, 0.75, 'Quotation mark glued to the following word', undefined)
    }
  }

  // lower-start: a sentence after a full stop that starts in lower case ("him. start talks").
  if (checks.has('lower-start')) {
    for (let s = 1; s < doc.sentences.length; s++) {
      const cur = doc.sentences[s]
      const before = doc.sentences[s - 1]
      if (!cur || !before || cur.line !== before.line) continue
      const first = toks[cur.firstToken] as Token
      const lastBefore = toks[before.endToken - 1] as Token
      if (first.kind !== 'word' || !isLowerWord(first.text) || lastBefore.text !== '.') continue
      if (!known(first.lower) || c.camel.has(first.lower)) continue
      const second = toks[cur.firstToken + 1]
      add(
        first.start,
        second && second.line === first.line ? second.end : first.end,
        0.7,
        'Sentence starts in lower case',
        undefined,
      )
    }
  }

  // cut-off: a line that stops on a function word with no closing punctuation.
  if (checks.has('cut-off')) {
    const wordsIn = (l: Line) => {
      let n = 0
      for (let k = l.firstToken; k < l.endToken; k++) if ((toks[k] as Token).kind === 'word') n++
      return n
    }
    doc.lines.forEach((line, li) => {
      const last = toks[line.endToken - 1] as Token
      if (wordsIn(line) < 6 || last.kind !== 'word' || !isLowerWord(last.text) || !fn.has(last.lower)) return
      // "…to the investiture of" + a line holding only "Pere Aragonès": a link split off the
      // sentence, which goes on; not a cut-off.
      const nextLine = doc.lines[li + 1]
      if (nextLine && wordsIn(nextLine) <= 4 && isCapitalised(nextLine.text)) return
      const tail = toks[Math.max(line.firstToken, line.endToken - 4)] as Token
      add(tail.start, last.end, 0.7, 'Line stops mid-sentence', undefined)
    })
  }
  return out
}

const isAllUpper = (w: string) => w === w.toUpperCase()

/** Splits an unknown word into two English words, one of them a function word. */
function bestSplit(w: string, rank: (w: string) => number, fn: Set<string>): [string, string] | null {
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
    if (!fa && !fb) continue
    if (content.length < 4 && !(fa && fb)) continue
    const score = rank(content)
    if (score < bestScore) {
      bestScore = score
      best = [a, b]
    }
  }
  return best
}
