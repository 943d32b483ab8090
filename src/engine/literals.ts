// One pass for many literals (Aho-Corasick): every literal the pattern prefilters need is
// found in a single walk over the text, case-folded, instead of one regular-expression test
// per pattern and line. ASCII transitions are a dense table (one array read per character);
// other characters follow the trie's failure links.

/**
 * Case folding that never misses a case-insensitive match: upper, then lower case, one code
 * unit at a time ("ſ" → "s", "K" (Kelvin) → "k", "É" → "é"). It may fold more than RE2 does
 * ("ı" → "i"); a prefilter may only over-approximate, so that is safe.
 */
const FOLD_CACHE = new Map<number, number>()
export function foldCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c
  let f = FOLD_CACHE.get(c)
  if (f === undefined) {
    const ch = String.fromCharCode(c)
    const up = ch.toUpperCase()
    const low = up.length === 1 ? up.toLowerCase() : ch.toLowerCase()
    f = low.length === 1 ? low.charCodeAt(0) : c
    FOLD_CACHE.set(c, f)
  }
  return f
}

export const foldString = (s: string) => {
  let out = ''
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldCode(s.charCodeAt(i)))
  return out
}

export interface LiteralScanner {
  readonly literals: readonly string[]
  /** Calls `hit(id, start)` for every occurrence of every literal (overlapping ones too). */
  scan(text: string, hit: (id: number, start: number) => void): void
}

const ASCII = 128

export function literalScanner(literals: readonly string[]): LiteralScanner {
  const folded = literals.map(foldString)
  // The trie: transitions per state, output literal ids per state.
  const next: Map<number, number>[] = [new Map()]
  const out: number[][] = [[]]
  folded.forEach((lit, id) => {
    if (!lit) return
    let s = 0
    for (let i = 0; i < lit.length; i++) {
      const c = lit.charCodeAt(i)
      let t = (next[s] as Map<number, number>).get(c)
      if (t === undefined) {
        t = next.length
        next.push(new Map())
        out.push([])
        ;(next[s] as Map<number, number>).set(c, t)
      }
      s = t
    }
    ;(out[s] as number[]).push(id)
  })
  const n = next.length
  const fail = new Int32Array(n)
  // Dense ASCII transitions of the full automaton (goto completed through failure links).
  const delta = n < 65536 ? new Uint16Array(n * ASCII) : new Uint32Array(n * ASCII)
  const order: number[] = [0]
  for (let q = 0; q < order.length; q++) {
    const s = order[q] as number
    const row = s * ASCII
    const fr = (fail[s] as number) * ASCII
    for (let c = 0; c < ASCII; c++) {
      const t = (next[s] as Map<number, number>).get(c)
      if (t === undefined) delta[row + c] = s === 0 ? 0 : (delta[fr + c] as number)
    }
    for (const [c, t] of next[s] as Map<number, number>) {
      if (c < ASCII) delta[row + c] = t
      fail[t] = s === 0 ? 0 : step(fail[s] as number, c)
      const inherited = out[fail[t] as number] as number[]
      if (inherited.length) out[t] = [...(out[t] as number[]), ...inherited]
      order.push(t)
    }
  }
  function step(s: number, c: number): number {
    if (c < ASCII) return delta[s * ASCII + c] as number
    for (;;) {
      const t = (next[s] as Map<number, number>).get(c)
      if (t !== undefined) return t
      if (s === 0) return 0
      s = fail[s] as number
    }
  }
  const lengths = folded.map((l) => l.length)
  return {
    literals,
    scan(text, hit) {
      let s = 0
      for (let i = 0; i < text.length; i++) {
        const c = foldCode(text.charCodeAt(i))
        s = c < ASCII ? (delta[s * ASCII + c] as number) : step(s, c)
        const ids = out[s] as number[]
        if (ids.length) for (const id of ids) hit(id, i + 1 - (lengths[id] as number))
      }
    },
  }
}
