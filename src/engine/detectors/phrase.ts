// `phrase` rules: word sequences (site chrome, calques, …) found with one trie walk over the
// document's word tokens. Case and punctuation between words are ignored.
import type { RuleOf } from '../../rules/schema.ts'
import type { Detector } from '../detector.ts'
import { extendSpan } from '../detector.ts'
import { normalizeWord } from '../document.ts'
import type { Doc, RawFinding, Token } from '../types.ts'

type PhraseRule = RuleOf<'phrase'>

interface Hit {
  rule: PhraseRule
  text: string
  suggestion?: string
  confidence: number
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
        node.hits.push({ rule, text: e.text, suggestion: e.suggestion, confidence: e.confidence ?? rule.confidence })
      }
    }
    return { rules: count, run: (doc) => runTrie(doc, root) }
  },
}

function runTrie(doc: Doc, root: Node): RawFinding[] {
  const out: RawFinding[] = []
  const words: number[] = []
  doc.tokens.forEach((t, i) => {
    if (t.kind !== 'punct') words.push(i)
  })
  for (let w = 0; w < words.length; w++) {
    let node: Node | undefined = root
    for (let k = w; k < words.length && node; k++) {
      const tok = doc.tokens[words[k] as number] as Token
      const first = doc.tokens[words[w] as number] as Token
      if (tok.line !== first.line) break
      const lowerNode: Node | undefined = node.next.get(tok.lower)
      const exactNode: Node | undefined = node.next.get(tok.text)
      for (const n of [lowerNode, exactNode]) {
        if (!n) continue
        for (const hit of n.hits) {
          if (hit.rule.caseSensitive && n !== exactNode) continue
          if (!hit.rule.caseSensitive && n !== lowerNode) continue
          const f = place(doc, hit, words[w] as number, words[k] as number)
          if (f) out.push(f)
        }
      }
      node = lowerNode ?? exactNode
    }
  }
  return out
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
  return {
    ...span,
    ruleId: rule.id,
    ...(rule.lang !== 'any' ? { lang: rule.lang } : {}),
    category: rule.category,
    severity: rule.severity,
    confidence: hit.confidence,
    message: rule.message ?? `“${hit.text}” matches rule ${rule.id}`,
    ...(hit.suggestion ? { suggestion: hit.suggestion } : {}),
  }
}
