// The default rule set and its data as shipped in the bundle, so a fresh checkout (or an
// empty KV namespace) audits at once. The same files are what `npm run seed:*` writes to KV.

import names from '../../seeds/data/names.json'
import ca from '../../seeds/lexicons/ca.txt'
import cs from '../../seeds/lexicons/cs.txt'
import da from '../../seeds/lexicons/da.txt'
import de from '../../seeds/lexicons/de.txt'
import en from '../../seeds/lexicons/en.txt'
import es from '../../seeds/lexicons/es.txt'
import fi from '../../seeds/lexicons/fi.txt'
import fr from '../../seeds/lexicons/fr.txt'
import hu from '../../seeds/lexicons/hu.txt'
import id_ from '../../seeds/lexicons/id.txt'
import it from '../../seeds/lexicons/it.txt'
import nl from '../../seeds/lexicons/nl.txt'
import no_ from '../../seeds/lexicons/no.txt'
import pl from '../../seeds/lexicons/pl.txt'
import pt from '../../seeds/lexicons/pt.txt'
import ro from '../../seeds/lexicons/ro.txt'
import sk from '../../seeds/lexicons/sk.txt'
import sl from '../../seeds/lexicons/sl.txt'
import sr from '../../seeds/lexicons/sr.txt'
import stopwords from '../../seeds/lexicons/stopwords.json'
import sv from '../../seeds/lexicons/sv.txt'
import tr from '../../seeds/lexicons/tr.txt'
import defaultRuleset from '../../seeds/rulesets/default.json'
import type { RawData } from '../engine/compile.ts'
import type { NameData } from '../engine/data.ts'

export const BUNDLED_RULESET: unknown = defaultRuleset

/** Bundled data by the KV key the default rule set names for it. */
export const BUNDLED_DATA: Record<string, string | object> = {
  'lexicon:en:v2': en,
  'lexicon:es:v2': es,
  'lexicon:pt:v2': pt,
  'lexicon:fr:v2': fr,
  'lexicon:it:v2': it,
  'lexicon:de:v2': de,
  'lexicon:cs:v2': cs,
  'lexicon:nl:v1': nl,
  'lexicon:pl:v1': pl,
  'lexicon:tr:v1': tr,
  'lexicon:sv:v1': sv,
  'lexicon:hu:v1': hu,
  'lexicon:ro:v1': ro,
  'lexicon:da:v1': da,
  'lexicon:no:v1': no_,
  'lexicon:fi:v1': fi,
  'lexicon:ca:v1': ca,
  'lexicon:sr:v1': sr,
  'lexicon:sk:v1': sk,
  'lexicon:sl:v1': sl,
  'lexicon:id:v1': id_,
  'stopwords:v2': stopwords,
  'names:v3': names,
}

export function bundledRawData(): RawData {
  return {
    lexicons: { en, es, pt, fr, it, de, cs, nl, pl, tr, sv, hu, ro, da, no: no_, fi, ca, sr, sk, sl, id: id_ },
    stopwords: stopwords as Record<string, string[]>,
    names: names as NameData,
  }
}
