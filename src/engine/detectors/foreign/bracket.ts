// Bracketed leftovers: "[sindicatos]", the translator's note that kept the source words.
import { isCapitalised } from '../../document.ts'
import type { Token } from '../../types.ts'
import { wordAt } from '../../words.ts'
import type { TokenCheck } from '../checks.ts'
import { type ForeignEnv, type ForeignHit, leadingLanguage } from './env.ts'

/** Brackets holding at most this many tokens. */
const MAX_INSIDE = 10

export const bracketed: TokenCheck<ForeignEnv> = {
  name: 'bracket',
  gate: (t) => t.text === '[',
  token(doc, i, env) {
    const t = doc.tokens[i] as Token
    if (t.text !== '[') return
    let j = i + 1
    while (j < doc.tokens.length && j - i <= MAX_INSIDE) {
      const u = doc.tokens[j] as Token
      if (u.text === ']' || u.line !== t.line) break
      j++
    }
    const close = doc.tokens[j]
    if (close?.text !== ']' || j === i + 1) return
    let hit = false
    const langs = new Set<string>()
    for (let k = i + 1; k < j; k++) {
      const u = doc.tokens[k] as Token
      if (u.kind !== 'word') continue
      const v = env.verdictOf(k)
      if (v.strong && !isCapitalised(u.text)) {
        hit = true
        for (const l of v.langs) langs.add(l)
      } else if (!v.langs.length && wordAt(doc, k)?.en !== undefined && u.lower.length > 3) return // English inside
    }
    if (!hit || !langs.size) return
    const lead = leadingLanguage(doc, i + 1, j - 1, env)
    const hitOut: ForeignHit = {
      start: t.start,
      end: close.end,
      weight: 0.95,
      message: `Bracketed words left in the source language: ${doc.text.slice(t.start + 1, close.end - 1)}`,
      evidence: lead ? [[lead, 1]] : [],
      lang: lead,
    }
    return hitOut
  },
}
