// Structured rich text to plain text, one paragraph per block with a blank line between:
// Contentful's rich-text document, Sanity's Portable Text and Strapi 5's blocks. Embedded
// entries, assets and images carry no article text and are skipped.
//
// Trees are walked with an explicit stack, never by recursion: a signed delivery nested
// 100,000 levels deep overflowed the call stack (500, which the CMS retries for ever).
// Nesting past MAX_RICH_TEXT_DEPTH is refused as a payload problem (422).
import { isObject, type Json, PayloadError } from './types.ts'

/** Deepest nesting read; real documents (lists in lists in quotes) stay far below it. */
export const MAX_RICH_TEXT_DEPTH = 64

function tooDeep(): never {
  throw new PayloadError(`Rich text is nested more than ${MAX_RICH_TEXT_DEPTH} levels deep`)
}

/**
 * Depth-first, in document order, without recursion: `visit` returns the children to walk
 * next (or none). Throws PayloadError past the depth limit.
 */
function walk(root: unknown, depth: number, visit: (node: unknown, depth: number) => unknown[] | undefined): void {
  const stack: [unknown, number][] = [[root, depth]]
  while (stack.length > 0) {
    const [node, d] = stack.pop() as [unknown, number]
    if (d > MAX_RICH_TEXT_DEPTH) tooDeep()
    const children = visit(node, d)
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], d + 1])
  }
}

/** The text of an inline subtree: `text` gives a leaf's text, `children` an inner node's children. */
function inlineText(
  node: unknown,
  depth: number,
  text: (n: Json) => string | undefined,
  children: (n: Json) => unknown[] | undefined,
): string {
  const parts: string[] = []
  walk(node, depth, (n) => {
    if (!isObject(n)) return undefined
    const t = text(n)
    if (t !== undefined) {
      parts.push(t)
      return undefined
    }
    return children(n)
  })
  return parts.join('')
}

/** Contentful nodes whose text stands as its own paragraph. */
const CONTENTFUL_BLOCKS =
  /^(paragraph|heading-[1-6]|list-item|blockquote|table-cell|table-header-cell|ordered-list|unordered-list|table|table-row|document)$/
const CONTENTFUL_SKIPPED = /^(embedded-entry-block|embedded-asset-block|embedded-resource-block|hr)$/

export function isContentfulDocument(v: unknown): boolean {
  return isObject(v) && v.nodeType === 'document' && Array.isArray(v.content)
}

export function contentfulRichText(doc: unknown): string {
  const paragraphs: string[] = []
  const text = (n: Json) => (n.nodeType === 'text' ? (typeof n.value === 'string' ? n.value : '') : undefined)
  const inlineChildren = (n: Json) =>
    typeof n.nodeType === 'string' && n.nodeType.startsWith('embedded-')
      ? undefined
      : Array.isArray(n.content)
        ? n.content
        : undefined
  const isBlock = (c: unknown) => isObject(c) && typeof c.nodeType === 'string' && CONTENTFUL_BLOCKS.test(c.nodeType)
  walk(doc, 0, (node, depth) => {
    if (!isObject(node) || typeof node.nodeType !== 'string') return undefined
    if (CONTENTFUL_SKIPPED.test(node.nodeType)) return undefined
    const children = Array.isArray(node.content) ? node.content : []
    // a block holding blocks (lists, quotes, tables) is walked into; one holding inlines is a paragraph
    if (children.some(isBlock)) return children
    if (CONTENTFUL_BLOCKS.test(node.nodeType)) {
      const t = children
        .map((c) => inlineText(c, depth + 1, text, inlineChildren))
        .join('')
        .trim()
      if (t) paragraphs.push(t)
    }
    return undefined
  })
  return paragraphs.join('\n\n')
}

/** Sanity Portable Text: an array of blocks (`_type: 'block'`) whose children are spans. */
export function isPortableText(v: unknown): boolean {
  return Array.isArray(v) && v.some((b) => isObject(b) && b._type === 'block')
}

export function portableText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return ''
  return blocks
    .filter((b) => isObject(b) && b._type === 'block' && Array.isArray(b.children))
    .map((b) =>
      ((b as { children: unknown[] }).children ?? [])
        .map((c) => (isObject(c) && typeof c.text === 'string' ? c.text : ''))
        .join('')
        .trim(),
    )
    .filter(Boolean)
    .join('\n\n')
}

/** Strapi 5 blocks: `{type: 'paragraph' | 'heading' | 'list' | 'quote' | …, children}`, text nodes `{type: 'text', text}`. */
export function isStrapiBlocks(v: unknown): boolean {
  return Array.isArray(v) && v.some((b) => isObject(b) && typeof b.type === 'string' && Array.isArray(b.children))
}

export function strapiBlocks(blocks: unknown): string {
  const paragraphs: string[] = []
  const text = (n: Json) => (n.type === 'text' ? (typeof n.text === 'string' ? n.text : '') : undefined)
  const inlineChildren = (n: Json) => (Array.isArray(n.children) ? n.children : undefined)
  walk(Array.isArray(blocks) ? { type: 'list', children: blocks } : null, 0, (n, depth) => {
    if (!isObject(n) || n.type === 'image' || n.type === 'code') return undefined
    const children = Array.isArray(n.children) ? n.children : []
    if (n.type === 'list' || children.some((c) => isObject(c) && c.type === 'list-item')) return children
    const t = children
      .map((c) => inlineText(c, depth + 1, text, inlineChildren))
      .join('')
      .trim()
    if (t) paragraphs.push(t)
    return undefined
  })
  return paragraphs.join('\n\n')
}
