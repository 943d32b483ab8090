// A capitalised word one or two edits from a gazetteer name ("Merkle", "Zelenskky"), that no
// list knows and that is no regular English form of a name. Unknown is not misspelt: the finding
// is full-strength only when the article also spells the name right; otherwise it is weaker
// (one severity lower), and only for a long word standing alone with plain ASCII letters.
import type { Token } from '../../../types.ts'
import type { NameCheck, NameHit } from '../check.ts'
import { hasDiacritics, UNRANKED } from '../context.ts'

/** Without the right spelling in the article, words shorter than this are too often other names. */
const MIN_UNCORROBORATED = 7

export const nearMiss: NameCheck = {
  id: 'near-miss',
  run(nd) {
    const out: NameHit[] = []
    for (const run of nd.runs) {
      for (const i of run) {
        const m = nd.match(i)
        if (!m.near || m.exact) continue
        const t = nd.doc.tokens[i] as Token
        const en = nd.en(i)
        if (nd.sentenceInitial(i) && en !== undefined && en !== UNRANKED) continue
        const { nw, distance, similarity } = m.near
        const corroborated = nd.keys.has(nw.key)
        if (!corroborated) {
          // In a run of names the neighbours say whose name it is (pair-slip); alone, only a
          // long plain word is taken for a slip.
          if (run.length > 1 || m.key.length < MIN_UNCORROBORATED || hasDiacritics(t.text)) continue
        }
        const base = corroborated ? 0.85 : 0.6
        out.push({
          first: i,
          last: i,
          weight: Math.max(0.3, Math.min(0.95, base + (similarity - 0.9) - (distance - 1) * 0.1)),
          demote: !corroborated,
          message: `“${t.text}” looks like a misspelling of “${nw.word}” (${nw.entry.name})`,
          suggestion: nw.word,
        })
      }
    }
    return out
  },
}
