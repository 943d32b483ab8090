// `phrase` rules: word sequences (site chrome, calques, …) found with one trie walk over the
// document's word tokens. Case and punctuation between words are ignored.
import type { RuleOf } from '../../rules/schema.ts'
import type { Detector, Hit as ReportHit } from '../detector.ts'
import { extendSpan, report } from '../detector.ts'
import { normalizeWord } from '../document.ts'
import type { Doc, RawFinding, Token } from '../types.ts'

type PhraseRule = RuleOf<'phrase'>

interface Hit {
  rule: PhraseRule
  text: string
  /** What the finding says (the same for every place the phrase is found). */
  message: string
  suggestion?: string
  /** The entry's own confidence, which replaces the rule's. */
  confidence?: number
}

interface Node {
  next: Map<string, Node>
  hits: Hit[]
}

const WORDS = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu
const newNode = (): Node => ({ next: new Map(), hits: [] })

export const phraseDetector: Detector<'phrase'> = {
  kind: 'phrase',
  compile(rules) {
    const root = newNode()
    let count = 0
    for (const rule of rules) {
      if (!rule.enabled) continue
      count++
      for (const entry of rule.phrases) {
        const e = typeof entry === 'string' ? { text: entry } : entry
        const words = e.text.match(WORDS)
        if (!words) continue
        let node = root
        for (const w of words) {
          const key = rule.caseSensitive ? w : normalizeWord(w)
          let child = node.next.get(key)
          if (!child) {
            child = newNode()
            node.next.set(key, child)
          }
          node = child
        }
        node.hits.push({
          rule,
          text: e.text,
          message: `“${e.text}” matches rule ${rule.id}`,
          suggestion: e.suggestion,
          confidence: e.confidence,
        })
      }
    }
    return { rules: count, run: (doc) => runTrie(doc, root) }
  },
}

/**
 * Trie nodes reached by the words so far, and how: exactly as written, or lower-cased.
 * Parallel lists, reused for every walk of a document (a walk starts at most words).
 */
interface Steps {
  nodes: Node[]
  exact: boolean[]
  lower: boolean[]
  n: number
}

const newSteps = (): Steps => ({ nodes: [], exact: [], lower: [], n: 0 })

/**
 * Walks the trie from every word. Case-insensitive keys are lower case and case-sensitive
 * keys as written, so a path is followed both ways at once: a case-sensitive phrase still
 * matches when a case-insensitive phrase begins with the same word.
 */
function runTrie(doc: Doc, root: Node): RawFinding[] {
  const out: RawFinding[] = []
  const words: number[] = []
  doc.tokens.forEach((t, i) => {
    if (t.kind !== 'punct') words.push(i)
  })
  let steps = newSteps()
  let next = newSteps()
  for (let w = 0; w < words.length; w++) {
    const first = doc.tokens[words[w] as number] as Token
    // Most words begin no phrase: nothing to walk from them.
    if (!root.next.has(first.lower) && !root.next.has(first.text)) continue
    steps.n = 0
    addStep(steps, root, true, true)
    for (let k = w; k < words.length && steps.n; k++) {
      const tok = doc.tokens[words[k] as number] as Token
      if (tok.line !== first.line) break
      advance(steps, tok, next)
      ;[steps, next] = [next, steps]
      for (let s = 0; s < steps.n; s++) {
        const node = steps.nodes[s] as Node
        for (const hit of node.hits) {
          if (hit.rule.caseSensitive ? !steps.exact[s] : !steps.lower[s]) continue
          const f = place(doc, hit, words[w] as number, words[k] as number)
          if (f) out.push(f)
        }
      }
    }
  }
  return out
}

/** Adds a step, or widens the step already at `node`. */
function addStep(steps: Steps, node: Node | undefined, exact: boolean, lower: boolean): void {
  if (!node) return
  for (let s = 0; s < steps.n; s++) {
    if (steps.nodes[s] !== node) continue
    steps.exact[s] ||= exact
    steps.lower[s] ||= lower
    return
  }
  steps.nodes[steps.n] = node
  steps.exact[steps.n] = exact
  steps.lower[steps.n] = lower
  steps.n++
}

/** The steps after `tok`, written into `into`. */
function advance(steps: Steps, tok: Token, into: Steps): void {
  into.n = 0
  const asWritten = tok.text === tok.lower
  for (let s = 0; s < steps.n; s++) {
    const node = steps.nodes[s] as Node
    if (steps.lower[s]) addStep(into, node.next.get(tok.lower), (steps.exact[s] as boolean) && asWritten, true)
    if (steps.exact[s] && !asWritten) addStep(into, node.next.get(tok.text), true, false)
  }
}

function place(doc: Doc, hit: Hit, firstTok: number, lastTok: number): RawFinding | null {
  const a = doc.tokens[firstTok] as Token
  const b = doc.tokens[lastTok] as Token
  const line = doc.lines[a.line]
  if (!line) return null
  const { rule } = hit
  if (rule.scope !== 'anywhere') {
    // Only punctuation (bullets, dashes, quotes) may stand before the phrase on its line.
    for (let i = line.firstToken; i < firstTok; i++) if ((doc.tokens[i] as Token).kind !== 'punct') return null
    if (rule.scope === 'line') {
      for (let i = lastTok + 1; i < line.endToken; i++) if ((doc.tokens[i] as Token).kind !== 'punct') return null
    }
  }
  const span = extendSpan(doc, { start: a.start, end: b.end }, rule.extend, firstTok)
  const h: ReportHit = { start: span.start, end: span.end, message: hit.message, suggestion: hit.suggestion }
  if (hit.confidence !== undefined) h.confidence = hit.confidence
  return report(doc, rule, h)
}
