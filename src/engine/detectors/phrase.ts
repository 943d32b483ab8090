// `phrase` rules: word sequences (site chrome, calques, …) found with one trie walk over the
// document's word tokens. Case and punctuation between words are ignored.
import type { RuleOf } from '../../rules/schema.ts'
import type { Detector } from '../detector.ts'
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

/** A trie node reached by the words so far, and how: exactly as written, or lower-cased. */
interface Step {
  node: Node
  exact: boolean
  lower: boolean
}

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
  for (let w = 0; w < words.length; w++) {
    const first = doc.tokens[words[w] as number] as Token
    // Most words begin no phrase: nothing to walk (or allocate) from them.
    if (!root.next.has(first.lower) && !root.next.has(first.text)) continue
    let steps: Step[] = [{ node: root, exact: true, lower: true }]
    for (let k = w; k < words.length && steps.length; k++) {
      const tok = doc.tokens[words[k] as number] as Token
      if (tok.line !== first.line) break
      steps = advance(steps, tok)
      for (const { node, exact, lower } of steps)
        for (const hit of node.hits) {
          if (hit.rule.caseSensitive ? !exact : !lower) continue
          const f = place(doc, hit, words[w] as number, words[k] as number)
          if (f) out.push(f)
        }
    }
  }
  return out
}

function advance(steps: Step[], tok: Token): Step[] {
  const next: Step[] = []
  const add = (node: Node | undefined, exact: boolean, lower: boolean) => {
    if (!node) return
    const same = next.find((s) => s.node === node)
    if (same) {
      same.exact ||= exact
      same.lower ||= lower
    } else next.push({ node, exact, lower })
  }
  const asWritten = tok.text === tok.lower
  for (const s of steps) {
    if (s.lower) add(s.node.next.get(tok.lower), s.exact && asWritten, true)
    if (s.exact && !asWritten) add(s.node.next.get(tok.text), true, false)
  }
  return next
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
  return report(doc, rule, {
    ...span,
    message: hit.message,
    suggestion: hit.suggestion,
    ...(hit.confidence !== undefined ? { confidence: hit.confidence } : {}),
  })
}
