// A word beside a name it belongs to, spelt differently from that name: "Emmanuel Macrone",
// "Olaf Schultz", "Keir Starmar" (given name and surname pin one person), "Bogot",
// "Luiz Incio" (a word of a name with its accented letters deleted, any kind of name).
import { allowedEdits, editDistance, jaroWinkler, type NameEntry, type NameWord, nameKey } from '../../../gazetteer.ts'
import type { Token } from '../../../types.ts'
import type { NameCheck, NameHit } from '../check.ts'
import { type NameDoc, PARTICLES, type WordMatch } from '../context.ts'
import { dropAccented, undouble } from '../forms.ts'

interface Pin {
  nw: NameWord
  side: -1 | 1
  /** The neighbour is itself a near miss, not an exact word of the entry. */
  viaNear: boolean
}

export const pairSlip: NameCheck = {
  id: 'pair-slip',
  run(nd) {
    const out: NameHit[] = []
    for (const run of nd.runs) {
      if (run.length < 2) continue
      const matches = run.map((i) => nd.match(i))
      matches.forEach((cur, m) => {
        const pins = [matches[m - 1], matches[m + 1]]
          .filter((x): x is WordMatch => !!x)
          .flatMap((x) =>
            (x.exact ?? [])
              .concat(x.near ? [x.near.nw] : [])
              .map((nw): Pin => ({ nw, side: x.i < cur.i ? -1 : 1, viaNear: !x.exact })),
          )
        const hit = slipOf(nd, cur, pins)
        if (hit) out.push(hit)
      })
    }
    return out
  },
}

function slipOf(nd: NameDoc, cur: WordMatch, pins: Pin[]): NameHit | null {
  const t = nd.doc.tokens[cur.i] as Token
  let found: { word: string; entry: NameEntry; weight: number } | null = null
  for (const { nw, side, viaNear } of pins) {
    if (nw.of < 2) continue
    const wantIndex = nw.index - side
    if (wantIndex < 0 || wantIndex >= nw.of) continue
    const words = nw.entry.name.split(/\s+/).filter((x) => !PARTICLES.has(x.toLowerCase()))
    const target = words[Math.min(wantIndex, words.length - 1)]
    if (!target) continue
    const tk = nameKey(target)
    if (tk === cur.key) return null
    // The pair already spells some entry exactly: not a slip.
    if (cur.exact?.some((e) => pins.some((p) => p.nw.entry === e.entry))) return null
    const budget = Math.max(1, allowedEdits(Math.max(tk.length, cur.key.length)))
    // "Bogot", "Incio": the accented letters dropped rather than folded (any kind of name).
    const lost = dropAccented(target)
    const mangled = lost === t.text.toLowerCase() && lost !== target.toLowerCase()
    // Otherwise given-name / surname pairs: people only ("German Chancellor" is no misspelt "German Chancellery").
    if (!mangled && nw.entry.type !== 'person') continue
    const close = undouble(tk) === undouble(cur.key) || editDistance(tk, cur.key, budget) <= budget
    const anchorIsSurname = nw.index === nw.of - 1
    if (mangled) found = { word: target, entry: nw.entry, weight: 0.9 }
    else if (close && jaroWinkler(tk, cur.key) >= 0.85 && !viaNear)
      found = { word: target, entry: nw.entry, weight: anchorIsSurname ? 0.9 : 0.75 }
    else if (close && viaNear) found = { word: target, entry: nw.entry, weight: 0.75 }
  }
  if (!found) return null
  return {
    first: cur.i,
    last: cur.i,
    weight: found.weight,
    message: `“${t.text}” looks like a misspelling of “${found.word}” (${found.entry.name})`,
    suggestion: found.word,
  }
}
