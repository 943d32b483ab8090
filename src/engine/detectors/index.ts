// Registry: one detector per rule kind. Adding a kind is one file plus one line here.
import type { RuleKind } from '../../rules/schema.ts'
import type { Detector } from '../detector.ts'
import { chromeDetector } from './chrome.ts'
import { duplicateDetector } from './duplicate.ts'
import { foreignDetector } from './foreign.ts'
import { garbledDetector } from './garbled.ts'
import { gazetteerDetector, nameClusterDetector } from './names.ts'
import { patternDetector } from './pattern.ts'
import { phraseDetector } from './phrase.ts'

/** In run order: names first, so later detectors can leave name spans alone. */
export const DETECTORS: { [K in RuleKind]: Detector<K> } = {
  gazetteer: gazetteerDetector,
  'name-cluster': nameClusterDetector,
  'foreign-words': foreignDetector,
  phrase: phraseDetector,
  pattern: patternDetector,
  duplicate: duplicateDetector,
  garbled: garbledDetector,
  chrome: chromeDetector,
}
