// Helpers shared by the adapters: body fields that may be HTML, Markdown-ish text or
// structured rich text, and the usual field names of article content models.
import {
  contentfulRichText,
  isContentfulDocument,
  isPortableText,
  isStrapiBlocks,
  portableText,
  strapiBlocks,
} from '../richtext.ts'
import type { Article } from '../types.ts'

export const TITLE_FIELDS = ['title', 'headline', 'name']
export const BODY_FIELDS = ['body', 'content', 'text', 'articleBody', 'html', 'blocks']

// `[^<>]*`, not `[^>]*`: each attempt stops at the next `<`, so a body of many unclosed
// `<p` is scanned once, not once per `<p` (quadratic).
const LOOKS_LIKE_HTML = /<(p|div|h[1-6]|br|ul|ol|li|blockquote|figure|section|article|span|a|strong|em)\b[^<>]*>/i

/** A body value as the article's `text` or `html`, whatever shape the CMS stored it in. */
export function bodyOf(v: unknown): Pick<Article, 'text' | 'html'> | null {
  if (typeof v === 'string') return LOOKS_LIKE_HTML.test(v) ? { html: v } : { text: v }
  if (isContentfulDocument(v)) return { text: contentfulRichText(v) }
  if (isPortableText(v)) return { text: portableText(v) }
  if (isStrapiBlocks(v)) return { text: strapiBlocks(v) }
  return null
}

/** The first of `names` (or the configured one) that `get` finds a usable body in. */
export function findBody(
  get: (name: string) => unknown,
  configured: string | undefined,
): Pick<Article, 'text' | 'html'> | null {
  for (const name of configured ? [configured] : BODY_FIELDS) {
    const b = bodyOf(get(name))
    if (b) return b
  }
  return null
}

export function findTitle(get: (name: string) => unknown, configured: string | undefined): string | undefined {
  for (const name of configured ? [configured] : TITLE_FIELDS) {
    const v = get(name)
    if (typeof v === 'string' && v.trim()) return v.trim()
  }
  return undefined
}
