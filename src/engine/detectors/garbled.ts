// `garbled` rules: machine-translation debris found by the shape of the text: words and
// sentences run together, capitals in the wrong place, doubled words and punctuation, stray
// letters, quotes glued to words, and lines cut off mid-sentence. Each check is a small pure
// function in ./garbled/; a rule's `checks` list turns them on.
import type { RuleOf } from '../../rules/schema.ts'
import { type Detector, report } from '../detector.ts'
import { normalizeWord } from '../document.ts'
import { type Gazetteer, isKnownName, nameKey } from '../gazetteer.ts'
import type { RawFinding } from '../types.ts'
import { type Check, enabledChecks, runChecks } from './checks.ts'
import { capitalisedWord, lowerProper, lowerStart, midCapital, shoutedFunctionWord } from './garbled/capitals.ts'
import { caseCounts, type GarbledEnv, namedTokens } from './garbled/env.ts'
import {
  camelJoin,
  nameGlue,
  numberGlue,
  numberJoin,
  periodJoin,
  punctuationJoin,
  quoteSpacing,
  runTogether,
  splitWord,
} from './garbled/joins.ts'
import { cutOff } from './garbled/lines.ts'
import { auxiliaryFinal, bareInfinitive, doubledSubject, possessivePronoun, verbFinal } from './garbled/order.ts'
import { aAn, doubledPair, doubledPunctuation, doubledWord, strayLetter } from './garbled/repeats.ts'
import {
  decimalComma,
  dialogueDash,
  foreignQuotes,
  spaceAfterQuote,
  spaceBeforePunctuation,
} from './garbled/typography.ts'

/** Every garbled check, in priority order: on one token, the first that fires is the finding. */
export const GARBLED_TABLE: readonly Check<GarbledEnv>[] = [
  camelJoin,
  numberJoin,
  runTogether,
  nameGlue,
  splitWord,
  shoutedFunctionWord,
  midCapital,
  capitalisedWord,
  lowerProper,
  numberGlue,
  strayLetter,
  aAn,
  doubledWord,
  doubledPair,
  periodJoin,
  punctuationJoin,
  doubledPunctuation,
  quoteSpacing,
  foreignQuotes,
  dialogueDash,
  spaceBeforePunctuation,
  spaceAfterQuote,
  decimalComma,
  verbFinal,
  auxiliaryFinal,
  bareInfinitive,
  possessivePronoun,
  doubledSubject,
  lowerStart,
  cutOff,
]

export const garbledDetector: Detector<'garbled'> = {
  kind: 'garbled',
  compile(rules, data) {
    const active = rules
      .filter((r) => r.enabled)
      .map((rule) => ({
        rule,
        checks: enabledChecks(GARBLED_TABLE, rule.checks),
        base: garbledEnvBase(rule, data),
      }))
    return {
      rules: active.length,
      run: (doc, ctx) => {
        const named = namedTokens(doc, ctx.nameSpans)
        const cased = caseCounts(doc)
        const out: RawFinding[] = []
        for (const { rule, checks, base } of active)
          for (const hit of runChecks(doc, checks, { ...base, named, cased })) out.push(report(doc, rule, hit))
        return out
      },
    }
  },
}

/** The parts of a garbled check's environment that depend only on the rule and the data. */
export function garbledEnvBase(
  rule: RuleOf<'garbled'>,
  data: { lexicons: { en: GarbledEnv['en'] }; gazetteer: Gazetteer },
): Omit<GarbledEnv, 'named' | 'cased'> {
  return {
    en: data.lexicons.en,
    names: data.gazetteer.accepted,
    knownName: (lower) => isKnownName(data.gazetteer, nameKey(lower)),
    camel: new Set(rule.camelCaseWords.map((w) => w.toLowerCase())),
    fn: new Set(rule.functionWords.map(normalizeWord)),
    repeatable: new Set(rule.repeatableWords.map(normalizeWord)),
    agencies: new Set(rule.agencies.map((w) => w.toLowerCase())),
  }
}
