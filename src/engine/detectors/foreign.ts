// `foreign-words` rules: words left in the source language. Word lists decide for short
// spans (language identification is near chance on single words); franc, restricted to
// English plus the candidate languages, decides only for whole sentences the lists make
// suspicious. Each check is a small pure function in ./foreign/; where two proposals
// overlap, the check earlier in the table keeps its span.
import { franc } from 'franc'
import { type AuditContext, type Detector, type RuleData, report } from '../detector.ts'
import { spanCover, tokenAt } from '../document.ts'
import { type Gazetteer, nameKey } from '../gazetteer.ts'
import { type LiteralScanner, literalScanner } from '../literals.ts'
import type { Doc, RawFinding, Span, Token } from '../types.ts'
import { wordAt } from '../words.ts'
import { type Check, enabledChecks, runChecks } from './checks.ts'
import { bracketed } from './foreign/bracket.ts'
import {
  type ForeignEnv,
  type ForeignHit,
  type ForeignRule,
  ISO3,
  iso1,
  shortQuotes,
  unknownWords,
  verdicts,
} from './foreign/env.ts'
import { falseFriend } from './foreign/false-friend.ts'
import { orthographyEvidence } from './foreign/orthography.ts'
import { otherScript } from './foreign/script.ts'
import { foreignSentence } from './foreign/sentence.ts'
import { unknownWord } from './foreign/unknown.ts'
import { partisanLabel, wordRun } from './foreign/words.ts'

/** Every foreign check, in priority order. */
export const FOREIGN_TABLE: readonly Check<ForeignEnv>[] = [
  otherScript,
  foreignSentence,
  bracketed,
  falseFriend,
  partisanLabel,
  wordRun,
  unknownWord,
]

export const foreignDetector: Detector<'foreign-words'> = {
  kind: 'foreign-words',
  compile(rules) {
    const active = rules
      .filter((r) => r.enabled)
      .map((r) => ({ rule: r, loans: r.loanwords.length ? literalScanner(r.loanwords) : null }))
    return {
      rules: active.length,
      run: (doc, ctx) => active.flatMap(({ rule, loans }) => runRule(doc, ctx, rule, loans)),
    }
  },
}

/** The proposals of every check, earlier checks first; a later proposal overlapping a kept one is dropped. */
export function keepByPriority(doc: Doc, env: ForeignEnv, table: readonly Check<ForeignEnv>[]): ForeignHit[] {
  const kept: ForeignHit[] = []
  // Tokens under a kept hit: a later hit touching one of them overlaps it.
  const claimed = new Uint8Array(doc.tokens.length)
  for (const check of table)
    for (const h of runChecks(doc, [check], env) as ForeignHit[]) {
      const a = tokenAt(doc, h.start)
      let b = a
      while (b < doc.tokens.length && (doc.tokens[b] as Token).start < h.end) b++
      if (claimed.subarray(a, b).some((x) => x === 1)) continue
      claimed.fill(1, a, b)
      kept.push(h)
    }
  return kept
}

/** What the checks read besides the document, computed once per document. */
export function foreignEnv(doc: Doc, data: RuleData, rule: ForeignRule): ForeignEnv {
  return {
    rule,
    lexicons: data.lexicons,
    names: data.gazetteer.accepted,
    namedRun: (a, b) => namedRun(doc, data.gazetteer, a, b),
    wholeName: (i) =>
      data.gazetteer.byKey
        .get(wordAt(doc, i)?.key ?? nameKey((doc.tokens[i] as Token).lower))
        ?.some((w) => w.of === 1) ?? false,
    verdictOf: verdicts(doc, data.lexicons, rule),
    inShortQuote: shortQuotes(doc),
    unknown: unknownWords(doc, data.lexicons.en),
  }
}

function runRule(doc: Doc, ctx: AuditContext, rule: ForeignRule, loans: LiteralScanner | null): RawFinding[] {
  const env = foreignEnv(doc, ctx, rule)
  let hits = keepByPriority(doc, env, enabledChecks(FOREIGN_TABLE, rule.checks))
  if (loans && hits.length) {
    const inLoan = spanCover(loanSpans(doc.text, loans, rule.loanwords))
    hits = hits.filter((h) => !inLoan(h))
  }
  const evidence = new Map<string, number>()
  const add = (l: string, n: number) => evidence.set(l, (evidence.get(l) ?? 0) + n)
  for (const h of hits) for (const [l, n] of h.evidence ?? []) add(l, n)
  for (const [l, n] of orthographyEvidence(doc)) add(l, n)
  const out = hits.map((h) => report(doc, rule, h))
  // franc over everything left in the source language together: a longer span than any one
  // finding, so language identification is worth asking.
  const leftovers = out.filter((f) => f.category === 'foreign-token').map((f) => doc.text.slice(f.start, f.end))
  if (leftovers.join(' ').length >= 80) {
    const only = rule.languages.map((l) => ISO3[l]).filter((x): x is string => !!x)
    const code = iso1(franc(leftovers.join(' '), { only, minLength: 20 }))
    if (ISO3[code]) add(code, 2)
  }
  for (const [l, n] of evidence) ctx.languageEvidence.set(l, (ctx.languageEvidence.get(l) ?? 0) + n)
  return out
}

/** The word tokens of a..b, in order, are consecutive words of one accepted form of a gazetteer entry. */
function namedRun(doc: Doc, g: Gazetteer, a: number, b: number): boolean {
  const keys: string[] = []
  for (let k = a; k <= b; k++) {
    const t = doc.tokens[k] as Token
    if (t.kind === 'word') keys.push(wordAt(doc, k)?.key ?? nameKey(t.lower))
  }
  if (keys.length < 2) return false
  return (g.byKey.get(keys[0] as string) ?? []).some((first) =>
    keys.every((key, j) =>
      (g.byKey.get(key) ?? []).some((w) => w.entry === first.entry && w.of === first.of && w.index === first.index + j),
    ),
  )
}

/** Where the loanwords stand in the text as whole words (a letter on neither side). */
function loanSpans(text: string, loans: LiteralScanner, words: readonly string[]): Span[] {
  const out: Span[] = []
  const letter = (i: number) => i >= 0 && i < text.length && /[\p{L}\p{M}]/u.test(text[i] as string)
  loans.scan(text, (id, start) => {
    const end = start + (words[id] as string).length
    if (!letter(start - 1) && !letter(end)) out.push({ start, end })
  })
  return out
}
