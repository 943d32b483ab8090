// The default rule set and its data as shipped in the bundle, so a fresh checkout (or an
// empty KV namespace) audits at once. The same files are what `npm run seed:*` writes to KV.

import names from '../../seeds/data/names.json'
import cs from '../../seeds/lexicons/cs.txt'
import de from '../../seeds/lexicons/de.txt'
import en from '../../seeds/lexicons/en.txt'
import es from '../../seeds/lexicons/es.txt'
import fr from '../../seeds/lexicons/fr.txt'
import it from '../../seeds/lexicons/it.txt'
import pt from '../../seeds/lexicons/pt.txt'
import stopwords from '../../seeds/lexicons/stopwords.json'
import defaultRuleset from '../../seeds/rulesets/default.json'
import type { RawData } from '../engine/compile.ts'
import type { NameData } from '../engine/data.ts'

export const BUNDLED_RULESET: unknown = defaultRuleset

/** Bundled data by the KV key the default rule set names for it. */
export const BUNDLED_DATA: Record<string, string | object> = {
  'lexicon:en:v1': en,
  'lexicon:es:v1': es,
  'lexicon:pt:v1': pt,
  'lexicon:fr:v1': fr,
  'lexicon:it:v1': it,
  'lexicon:de:v1': de,
  'lexicon:cs:v1': cs,
  'stopwords:v1': stopwords,
  'names:v1': names,
}

export function bundledRawData(): RawData {
  return {
    lexicons: { en, es, pt, fr, it, de, cs },
    stopwords: stopwords as Record<string, string[]>,
    names: names as NameData,
  }
}
