// `gazetteer` and `name-cluster` rules. The gazetteer rule runs a table of small checks over
// one per-document NameDoc (names/context.ts) and merges their hits: one finding per word, the
// earlier check in the table winning. The cluster rule compares the article's own spellings.
import type { RuleOf } from '../../rules/schema.ts'
import { type AuditContext, type Detector, report } from '../detector.ts'
import type { Doc, RawFinding, Token } from '../types.ts'
import type { NameCheck, NameHit } from './names/check.ts'
import { givenNameForm } from './names/checks/given-name-form.ts'
import { inflected } from './names/checks/inflected.ts'
import { mangled } from './names/checks/mangled.ts'
import { nearMiss } from './names/checks/near-miss.ts'
import { pairSlip } from './names/checks/pair-slip.ts'
import { samePerson } from './names/checks/same-person.ts'
import { transliterated } from './names/checks/transliterated.ts'
import { wrongForm } from './names/checks/wrong-form.ts'
import { buckets, formsOf, minorityOf, sameName } from './names/cluster.ts'
import { nameDoc } from './names/context.ts'

/** The gazetteer rule's checks, strongest evidence first (merge keeps the first hit on a word). */
export const NAME_CHECKS: NameCheck[] = [
  wrongForm,
  mangled,
  transliterated,
  pairSlip,
  givenNameForm,
  samePerson,
  inflected,
  nearMiss,
]

export const gazetteerDetector: Detector<'gazetteer'> = {
  kind: 'gazetteer',
  compile(rules) {
    const active = rules.filter((r) => r.enabled)
    return { rules: active.length, run: (doc, ctx) => active.flatMap((r) => runGazetteer(doc, ctx, r)) }
  },
}

function runGazetteer(doc: Doc, ctx: AuditContext, rule: RuleOf<'gazetteer'>): RawFinding[] {
  const nd = nameDoc(doc, ctx, rule)
  const hits = mergeHits(NAME_CHECKS.map((c) => c.run(nd)))
  // A source-language form is evidence of its language: whichever source lexicons hold its words.
  for (const h of hits) {
    if (!h.sourceForm) continue
    const forms = h.sourceForm.toLowerCase().split(/\s+/)
    for (const [lang, lex] of ctx.lexicons.sources)
      if (forms.some((x) => lex.has(x))) ctx.languageEvidence.set(lang, (ctx.languageEvidence.get(lang) ?? 0) + 1)
  }
  const out = hits.map((h) => {
    const a = doc.tokens[h.first] as Token
    const b = doc.tokens[h.last] as Token
    return report(doc, rule, {
      start: a.start,
      end: b.end,
      weight: h.weight,
      message: h.message,
      ...(h.suggestion ? { suggestion: h.suggestion } : {}),
      ...(h.demote ? { demote: true } : {}),
    })
  })
  ctx.nameSpans.push(...out.map((f) => ({ start: f.start, end: f.end })))
  return out
}

/** One hit per token: hits of earlier lists win, then earlier hits; the result is in text order. */
export function mergeHits(lists: NameHit[][]): NameHit[] {
  const taken = new Set<number>()
  const kept: NameHit[] = []
  for (const list of lists)
    for (const h of list) {
      let free = true
      for (let i = h.first; i <= h.last && free; i++) if (taken.has(i)) free = false
      if (!free) continue
      for (let i = h.first; i <= h.last; i++) taken.add(i)
      kept.push(h)
    }
  return kept.sort((a, b) => a.first - b.first)
}

export const nameClusterDetector: Detector<'name-cluster'> = {
  kind: 'name-cluster',
  compile(rules) {
    const active = rules.filter((r) => r.enabled)
    return { rules: active.length, run: (doc, ctx) => active.flatMap((r) => runCluster(doc, ctx, r)) }
  },
}

function runCluster(doc: Doc, ctx: AuditContext, rule: RuleOf<'name-cluster'>): RawFinding[] {
  const out: RawFinding[] = []
  for (const list of buckets(formsOf(doc, ctx, rule.minLength))) {
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x] as (typeof list)[number]
        const b = list[y] as (typeof list)[number]
        const weight = sameName(ctx, a, b, rule.similarity)
        if (!weight) continue
        const minority = minorityOf(ctx, a, b)
        const other = minority === a ? b : a
        for (const i of minority.occurrences) {
          const t = doc.tokens[i] as Token
          out.push(
            report(doc, rule, {
              start: t.start,
              end: t.end,
              weight,
              message: `“${t.text}” is also written “${other.text}” in this article`,
              suggestion: other.text,
            }),
          )
        }
      }
  }
  ctx.nameSpans.push(...out.map((f) => ({ start: f.start, end: f.end })))
  return out
}
