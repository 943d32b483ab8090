// HTML to the text an editor sees, with an offset map back into the HTML: scripts, styles,
// figures and other media dropped, entities decoded, block elements turned into line breaks
// (a blank line between paragraphs). Findings point into this text, which the report
// returns as `text`; `toHtmlRange` takes a finding back to the markup it came from.
//
// Lexing is htmlparser2's Tokenizer: the HTML5 tokenizer states (raw text in script and
// style, RCDATA in title and textarea, comments, CDATA, bogus markup) and every HTML5 named
// entity through `entities`, with the source offsets of each token. Its tree builder
// (`Parser`) is not used: it keeps open elements with Array#unshift and searches them on
// every end tag, which is quadratic on deep or unbalanced markup (200,000 unclosed `<div>`
// take 8 s). All this module needs of the tree is which dropped elements are open, kept
// here with push / pop and a count per name, so the whole conversion is linear.
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2'

/** Elements whose content is never text the reader sees. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'video',
  'audio',
  'picture',
  'canvas',
  'figure',
  'head',
  'title',
])
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'blockquote',
  'figcaption',
  'tr',
  'table',
  'hr',
  'pre',
  'aside',
  'nav',
  'address',
  'details',
  'summary',
])
/** Cells separate their neighbours by a space, not a line. */
const SPACED = new Set(['td', 'th'])
/** How far past an end tag's name its `>` is looked for (attributes on end tags are rare junk). */
const END_TAG_SLACK = 256

/** Text extracted from HTML and, for every character of it, the HTML range it came from. */
export interface MappedText {
  text: string
  /** `starts[i]`..`ends[i]` is the HTML that produced `text[i]` (an entity, a tag for a line break). */
  starts: Uint32Array
  ends: Uint32Array
}

/** JavaScript's `\s`: ASCII and Unicode white space, the no-break space included. */
const isSpace = (code: number) =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  (code >= 0xa0 &&
    (code === 0xa0 ||
      code === 0x1680 ||
      (code >= 0x2000 && code <= 0x200a) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0x202f ||
      code === 0x205f ||
      code === 0x3000 ||
      code === 0xfeff))

/** The text of `html` with its offset map, in one pass. */
export function htmlToMappedText(html: string): MappedText {
  const chars: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  // Whitespace and line breaks are held back until the next visible character, so lines
  // come out trimmed, runs collapse to one space and at most one blank line separates blocks.
  let pendingSpace = -1
  let pendingSpaceEnd = 0
  let newlines = 0
  let newlineAt = 0
  let newlineEnd = 0

  const flush = () => {
    if (chars.length > 0) {
      if (newlines > 0) {
        for (let k = 0; k < Math.min(newlines, 2); k++) {
          chars.push('\n')
          starts.push(newlineAt)
          ends.push(newlineEnd)
        }
      } else if (pendingSpace >= 0) {
        chars.push(' ')
        starts.push(pendingSpace)
        ends.push(pendingSpaceEnd)
      }
    }
    newlines = 0
    pendingSpace = -1
  }
  const space = (at: number, end = at + 1) => {
    if (pendingSpace < 0 && newlines === 0) {
      pendingSpace = at
      pendingSpaceEnd = end
    }
  }
  const lineBreak = (start: number, end: number) => {
    if (newlines === 0) {
      newlineAt = start
      newlineEnd = end
    }
    newlines++
    pendingSpace = -1
  }

  // Open dropped elements (innermost last) and how many of each name are open.
  const dropped: { name: string; start: number }[] = []
  const openDropped = new Map<string, number>()
  let tagName = ''
  let tagStart = 0

  const openTag = (end: number, selfClosing: boolean) => {
    const name = tagName
    if (dropped.length > 0) {
      // Inside dropped content only nested dropped elements matter (to find the right end tag).
      if (DROPPED.has(name) && !selfClosing) pushDropped(name, tagStart)
      return
    }
    if (DROPPED.has(name)) {
      if (selfClosing) closeDropped(name, tagStart, end)
      else pushDropped(name, tagStart)
      return
    }
    if (BLOCK.has(name)) lineBreak(tagStart, end)
    else if (SPACED.has(name)) space(tagStart)
  }
  const pushDropped = (name: string, start: number) => {
    dropped.push({ name, start })
    openDropped.set(name, (openDropped.get(name) ?? 0) + 1)
  }
  /** The dropped content ends: a figure still separates what is around it. */
  const closeDropped = (name: string, start: number, end: number) => {
    if (name === 'figure') lineBreak(start, end)
    else space(start)
  }
  const endTag = (name: string, start: number, end: number) => {
    if (dropped.length > 0) {
      if (!openDropped.get(name)) return
      // Close every element up to the innermost open one of this name (each is popped once).
      for (;;) {
        const top = dropped.pop() as { name: string; start: number }
        openDropped.set(top.name, (openDropped.get(top.name) as number) - 1)
        if (top.name === name) {
          if (dropped.length === 0) closeDropped(name, top.start, end)
          return
        }
      }
    }
    if (BLOCK.has(name)) lineBreak(start, end)
    else if (SPACED.has(name)) space(start)
  }

  const emitText = (start: number, end: number) => {
    if (dropped.length > 0) return
    for (let i = start; i < end; i++) {
      const code = html.charCodeAt(i)
      if (isSpace(code)) {
        space(i)
        continue
      }
      flush()
      // one entry per UTF-16 unit, so the map lines up with JavaScript string indices
      chars.push(html[i] as string)
      starts.push(i)
      ends.push(i + 1)
    }
  }
  const emitEntity = (codePoint: number, end: number) => {
    if (dropped.length > 0) return
    const start = html.lastIndexOf('&', end - 1)
    if (codePoint === 0xad) return // soft hyphen: invisible
    if (isSpace(codePoint)) {
      space(start, end)
      return
    }
    flush()
    const s = String.fromCodePoint(codePoint)
    for (let u = 0; u < s.length; u++) {
      chars.push(s[u] as string)
      starts.push(start)
      ends.push(end)
    }
  }

  const cbs: TokenizerCallbacks = {
    ontext: emitText,
    ontextentity: emitEntity,
    onopentagname(start, end) {
      tagName = html.slice(start, end).toLowerCase()
      tagStart = start - 1
    },
    onopentagend(end) {
      openTag(end + 1, false)
    },
    onselfclosingtag(end) {
      openTag(end + 1, true)
    },
    onclosetag(start, end) {
      let close = end
      const limit = Math.min(html.length, end + END_TAG_SLACK)
      while (close < limit && html[close] !== '>') close++
      endTag(html.slice(start, end).toLowerCase(), start - 2, close < limit ? close + 1 : end)
    },
    onattribdata() {},
    onattribentity() {},
    onattribend() {},
    onattribname() {},
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {},
  }
  const tokenizer = new Tokenizer({ decodeEntities: true }, cbs)
  tokenizer.write(html)
  tokenizer.end()
  return { text: chars.join(''), starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) }
}

export function htmlToText(html: string): string {
  return htmlToMappedText(html).text
}

/** The HTML range that produced `text.slice(start, end)`. */
export function toHtmlRange(mapped: MappedText, start: number, end: number): [number, number] {
  if (end <= start || start >= mapped.text.length) {
    const at = start < mapped.starts.length ? (mapped.starts[start] as number) : (mapped.ends.at(-1) ?? 0)
    return [at, at]
  }
  return [mapped.starts[start] as number, mapped.ends[Math.min(end, mapped.text.length) - 1] as number]
}
