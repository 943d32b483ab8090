// The shape of a name check: a pure function of the per-document NameDoc that returns hits
// over token ranges. The detector merges the hits of every check (one finding per word, the
// earlier check in its table winning) and makes each finding with report().
import type { NameDoc } from './context.ts'

export interface NameHit {
  /** First and last token of the finding. */
  first: number
  last: number
  /** Strength of the evidence in (0, 1], scaled by the rule's confidence. */
  weight: number
  message: string
  suggestion?: string
  /** Weaker evidence: one severity step below the rule's. */
  demote?: boolean
  /** A source-language form: evidence that the article was translated from a language holding it. */
  sourceForm?: string
}

export interface NameCheck {
  id: string
  run(nd: NameDoc): NameHit[]
}

/** Text of the document between two tokens, inclusive. */
export function textOf(nd: NameDoc, first: number, last: number): string {
  const a = nd.doc.tokens[first]
  const b = nd.doc.tokens[last]
  return a && b ? nd.doc.text.slice(a.start, b.end) : ''
}
