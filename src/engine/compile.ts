// Compiles a validated rule set plus its data into the detectors that run per request.
// Done once per rule-set version per isolate; the result is immutable and shared.
import type { Rule, RuleKind, RuleOf, RuleSet, Scoring } from '../rules/schema.ts'
import { type Lexicons, parseLexicon, type RankedLexicon } from './data.ts'
import type { CompiledDetector, RuleData } from './detector.ts'
import { DETECTORS } from './detectors/index.ts'
import { compileGazetteer, type NameData } from './gazetteer.ts'

export interface RawData {
  /** Word lists by language code, as text (one word per line). */
  lexicons: Record<string, string>
  /** stopwords.json: language → words. */
  stopwords: Record<string, string[]>
  names: NameData
}

export interface CompiledRuleSet {
  id: string
  version: number
  scoring: Scoring
  data: RuleData
  detectors: { kind: RuleKind; detector: CompiledDetector }[]
  ruleCounts: Partial<Record<RuleKind, number>>
}

export function compileData(raw: RawData): RuleData {
  const sources = new Map<string, RankedLexicon>()
  let en: RankedLexicon = parseLexicon('')
  for (const [lang, text] of Object.entries(raw.lexicons)) {
    if (lang === 'en') en = parseLexicon(text)
    else sources.set(lang, parseLexicon(text))
  }
  const stopwords = new Map(Object.entries(raw.stopwords).map(([l, ws]) => [l, new Set(ws)] as const))
  const lexicons: Lexicons = { en, sources, stopwords }
  return { lexicons, gazetteer: compileGazetteer(raw.names) }
}

export function compileRuleset(rs: RuleSet, data: RuleData): CompiledRuleSet {
  const byKind = new Map<RuleKind, Rule[]>()
  for (const r of rs.rules) {
    if (!r.enabled) continue
    const list = byKind.get(r.kind)
    if (list) list.push(r)
    else byKind.set(r.kind, [r])
  }
  const detectors: CompiledRuleSet['detectors'] = []
  const ruleCounts: CompiledRuleSet['ruleCounts'] = {}
  for (const kind of Object.keys(DETECTORS) as RuleKind[]) {
    const rules = byKind.get(kind)
    if (!rules?.length) continue
    const detector = (DETECTORS[kind] as { compile(r: RuleOf<typeof kind>[], d: RuleData): CompiledDetector }).compile(
      rules as RuleOf<typeof kind>[],
      data,
    )
    detectors.push({ kind, detector })
    ruleCounts[kind] = detector.rules
  }
  return { id: rs.id, version: rs.version, scoring: rs.scoring, data, detectors, ruleCounts }
}
