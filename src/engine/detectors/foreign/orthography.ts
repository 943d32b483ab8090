// Letters only some languages write: the names and leftovers of an article keep them, so they
// say where it was translated from ("Łukasz" Polish, "Şahin" Turkish, "Győr" Hungarian).
// Weak evidence each (a native article about Poland has Polish names too), counted once per
// distinct word and capped, for the source-language inference.
import type { Doc } from '../../types.ts'

/** Letters distinctive of one language, or of a small group, in the order they are tested. */
const LETTERS: [RegExp, string][] = [
  [/[łśźżńąę]/, 'pl'],
  [/[şğı]/, 'tr'],
  [/[őű]/, 'hu'],
  [/[ășț]/, 'ro'],
  [/[řěů]/, 'cs'],
  [/[ľĺŕô]/, 'sk'],
  [/[øæ]/, 'da'],
  [/[đ]/, 'hr'],
  [/ß/, 'de'],
  [/ñ/, 'es'],
  [/[ãõ]/, 'pt'],
  [/[œë]/, 'fr'],
  [/[åä]/, 'sv'],
]
/** Evidence per distinct word, and the most one language can gather this way. */
const PER_WORD = 0.5
const CAP = 2

export function orthographyEvidence(doc: Doc): [string, number][] {
  const counts = new Map<string, number>()
  for (const w of doc.table.words) {
    if (w.script !== 'latin') continue
    const hit = LETTERS.find(([re]) => re.test(w.lower))
    if (hit) counts.set(hit[1], (counts.get(hit[1]) ?? 0) + 1)
  }
  return [...counts].map(([l, n]) => [l, Math.min(CAP, n * PER_WORD)])
}
