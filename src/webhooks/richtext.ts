// Structured rich text to plain text, one paragraph per block with a blank line between:
// Contentful's rich-text document, Sanity's Portable Text and Strapi 5's blocks. Embedded
// entries, assets and images carry no article text and are skipped.
import { isObject } from './types.ts'

/** Contentful nodes whose text stands as its own paragraph. */
const CONTENTFUL_BLOCKS =
  /^(paragraph|heading-[1-6]|list-item|blockquote|table-cell|table-header-cell|ordered-list|unordered-list|table|table-row|document)$/
const CONTENTFUL_SKIPPED = /^(embedded-entry-block|embedded-asset-block|embedded-resource-block|hr)$/

export function isContentfulDocument(v: unknown): boolean {
  return isObject(v) && v.nodeType === 'document' && Array.isArray(v.content)
}

export function contentfulRichText(doc: unknown): string {
  const paragraphs: string[] = []
  const inline = (node: unknown): string => {
    if (!isObject(node)) return ''
    if (node.nodeType === 'text') return typeof node.value === 'string' ? node.value : ''
    if (typeof node.nodeType === 'string' && /^embedded-/.test(node.nodeType)) return ''
    return Array.isArray(node.content) ? node.content.map(inline).join('') : ''
  }
  const block = (node: unknown): void => {
    if (!isObject(node) || typeof node.nodeType !== 'string') return
    if (CONTENTFUL_SKIPPED.test(node.nodeType)) return
    const children = Array.isArray(node.content) ? node.content : []
    // a block holding blocks (lists, quotes, tables) recurses; one holding inlines is a paragraph
    const nested = children.some(
      (c) => isObject(c) && typeof c.nodeType === 'string' && CONTENTFUL_BLOCKS.test(c.nodeType),
    )
    if (nested) for (const c of children) block(c)
    else if (CONTENTFUL_BLOCKS.test(node.nodeType)) {
      const text = children.map(inline).join('').trim()
      if (text) paragraphs.push(text)
    }
  }
  block(doc)
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
  const inline = (n: unknown): string => {
    if (!isObject(n)) return ''
    if (n.type === 'text') return typeof n.text === 'string' ? n.text : ''
    return Array.isArray(n.children) ? n.children.map(inline).join('') : ''
  }
  const block = (n: unknown): void => {
    if (!isObject(n) || n.type === 'image' || n.type === 'code') return
    const children = Array.isArray(n.children) ? n.children : []
    if (n.type === 'list' || children.some((c) => isObject(c) && c.type === 'list-item')) {
      for (const c of children) block(c)
      return
    }
    const text = children.map(inline).join('').trim()
    if (text) paragraphs.push(text)
  }
  if (Array.isArray(blocks)) for (const b of blocks) block(b)
  return paragraphs.join('\n\n')
}
