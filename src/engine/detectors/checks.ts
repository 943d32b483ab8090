// Checks (DESIGN §2): small pure functions over the shared document, registered in a table
// per detector. A check proposes findings (`Hit`s); the detector turns them into findings
// with `report()`. What one check needs of another is computed once per document (the
// detector's environment) or decided here, when proposals meet:
// - token checks look at one token each; one pass over the tokens asks every token check
//   of a table in turn and keeps the first that fires (table order is priority);
// - document checks look at sentences, lines or the whole text and return any number of hits.
import type { Hit } from '../detector.ts'
import type { Doc } from '../types.ts'

/** A token check's proposal; `skip` tokens after it are not looked at again ("..", "the the"). */
export interface TokenHit extends Hit {
  skip?: number
}

interface Named {
  /** Unique within its table; tests address a check by it. */
  name: string
  /** The rule option (`checks: [...]`) that turns it on, when not `name` itself. */
  option?: string
}

export interface TokenCheck<E> extends Named {
  token(doc: Doc, i: number, env: E): TokenHit | undefined
}

export interface DocCheck<E> extends Named {
  doc(doc: Doc, env: E): Hit[]
}

export type Check<E> = TokenCheck<E> | DocCheck<E>

const isTokenCheck = <E>(c: Check<E>): c is TokenCheck<E> => 'token' in c

/**
 * Runs `checks` over `doc`: token checks as one pass would (first hit per token wins, a hit's
 * `skip` tokens are not looked at), then document checks. Each token check runs over the whole
 * document in turn, leaving out tokens an earlier check hit (that hit wins there), and the pass
 * is replayed over the hits; checks are pure, so this finds the same. A loop per check runs
 * faster than asking 30 checks at each token (about 15% on 200,000 tokens).
 */
export function runChecks<E>(doc: Doc, checks: readonly Check<E>[], env: E): Hit[] {
  const tokenChecks = checks.filter(isTokenCheck)
  const out: Hit[] = []
  if (tokenChecks.length) {
    const n = doc.tokens.length
    const first: (TokenHit | undefined)[] = new Array(n)
    for (const c of tokenChecks)
      for (let i = 0; i < n; i++) {
        if (first[i]) continue
        const h = c.token(doc, i, env)
        if (h) first[i] = h
      }
    for (let i = 0; i < n; i++) {
      const h = first[i]
      if (!h) continue
      out.push(h)
      i += h.skip ?? 0
    }
  }
  for (const c of checks) if (!isTokenCheck(c)) for (const h of c.doc(doc, env)) out.push(h)
  return out
}

/** The checks of `table` a rule turns on, in table order. */
export function enabledChecks<E>(table: readonly Check<E>[], names: Iterable<string>): Check<E>[] {
  const on = new Set(names)
  return table.filter((c) => on.has(c.option ?? c.name))
}
