// Checks (DESIGN §2): small pure functions over the shared document, registered in a table
// per detector. A check proposes findings (`Hit`s); the detector turns them into findings
// with `report()`. What one check needs of another is computed once per document (the
// detector's environment) or decided here, when proposals meet:
// - token checks look at one token each; one pass over the tokens asks every token check
//   of a table in turn and keeps the first that fires (table order is priority);
// - document checks look at sentences, lines or the whole text and return any number of hits.
import type { Hit } from '../detector.ts'
import type { Doc, Token } from '../types.ts'

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
  /**
   * What the token's own text (and so its kind) must be for `token` to fire anywhere: asked
   * once per distinct text, and `token` is not called where it says no. A word repeated
   * 100,000 times is one question, not 100,000 calls.
   */
  gate?(t: Token, env: E): boolean
  token(doc: Doc, i: number, env: E): TokenHit | undefined
}

export interface DocCheck<E> extends Named {
  doc(doc: Doc, env: E): Hit[]
}

export type Check<E> = TokenCheck<E> | DocCheck<E>

const isTokenCheck = <E>(c: Check<E>): c is TokenCheck<E> => 'token' in c

/**
 * Runs `checks` over `doc`: one pass over the tokens asks each token the token checks its
 * text lets through (their gates, asked once per distinct text), in table order; the first hit
 * wins and its `skip` tokens are not looked at. Then document checks. A token meets only the
 * few checks that can fire on it, not all 30.
 */
export function runChecks<E>(doc: Doc, checks: readonly Check<E>[], env: E): Hit[] {
  const tokenChecks = checks.filter(isTokenCheck)
  const out: Hit[] = []
  if (tokenChecks.length) {
    const texts = textsOf(doc)
    // Per distinct text, the checks its gates let through (made on the text's first token).
    const open: (TokenCheck<E>[] | undefined)[] = new Array(texts.count)
    for (let i = 0; i < doc.tokens.length; i++) {
      const id = texts.of[i] as number
      let list = open[id]
      if (!list) {
        const t = doc.tokens[i] as Token
        list = tokenChecks.filter((c) => !c.gate || c.gate(t, env))
        open[id] = list
      }
      for (let k = 0; k < list.length; k++) {
        const h = (list[k] as TokenCheck<E>).token(doc, i, env)
        if (h) {
          out.push(h)
          i += h.skip ?? 0
          break
        }
      }
    }
  }
  for (const c of checks) if (!isTokenCheck(c)) for (const h of c.doc(doc, env)) out.push(h)
  return out
}

/** Each token's index among the document's distinct token texts (worked out once per document). */
interface Texts {
  of: Int32Array
  count: number
}
const textsByDoc = new WeakMap<Doc, Texts>()

function textsOf(doc: Doc): Texts {
  let t = textsByDoc.get(doc)
  if (!t) {
    const index = new Map<string, number>()
    const of = new Int32Array(doc.tokens.length)
    for (let i = 0; i < of.length; i++) {
      const text = (doc.tokens[i] as Token).text
      let k = index.get(text)
      if (k === undefined) {
        k = index.size
        index.set(text, k)
      }
      of[i] = k
    }
    t = { of, count: index.size }
    textsByDoc.set(doc, t)
  }
  return t
}

/** Gate of a check that looks at word tokens only. */
export const isWord = (t: Token): boolean => t.kind === 'word'
/** Gate of a check that looks at punctuation only. */
export const isPunct = (t: Token): boolean => t.kind === 'punct'
/** Gate of a check that looks at numbers only. */
export const isNumber = (t: Token): boolean => t.kind === 'number'
/** Gate of a check that fires only at a word whose lower case is in `words`. */
export const wordIn =
  (words: ReadonlySet<string>) =>
  (t: Token): boolean =>
    t.kind === 'word' && words.has(t.lower)

/** The checks of `table` a rule turns on, in table order. */
export function enabledChecks<E>(table: readonly Check<E>[], names: Iterable<string>): Check<E>[] {
  const on = new Set(names)
  return table.filter((c) => on.has(c.option ?? c.name))
}
