// HTML to the text an editor sees, with an offset map back into the HTML: scripts, styles,
// figures and other media dropped, entities decoded, block elements turned into line breaks
// (a blank line between paragraphs). Findings point into this text, which the report
// returns as `text`; `toHtmlRange` takes a finding back to the markup it came from.
//
// One pass, no DOM: Workers have no DOMParser, and CMS bodies are well-formed enough
// (Ghost, WordPress and Contentful all render their own HTML).
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  sbquo: '‚',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  deg: '°',
  middot: '·',
  bull: '•',
  shy: '\u00ad',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
}

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
/** Elements whose content is raw text up to the closing tag (a `<` inside does not open a tag). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template'])
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

const ENTITY = /^&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/
const TAG_NAME = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/

/** Text extracted from HTML and, for every character of it, the HTML range it came from. */
export interface MappedText {
  text: string
  /** `starts[i]`..`ends[i]` is the HTML that produced `text[i]` (an entity, a tag for a line break). */
  starts: Uint32Array
  ends: Uint32Array
}

export function decodeEntity(entity: string): string | null {
  const e = entity.slice(1, -1)
  if (e[0] === '#') {
    const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10)
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      ? String.fromCodePoint(code)
      : null
  }
  return NAMED[e] ?? NAMED[e.toLowerCase()] ?? null
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});/gi, (m) => decodeEntity(m) ?? m)
}

/** End of the tag starting at `at` (index after `>`), honouring quoted attribute values. */
function tagEnd(html: string, at: number): number {
  let quote = ''
  for (let i = at + 1; i < html.length; i++) {
    const ch = html[i]
    if (quote) {
      if (ch === quote) quote = ''
    } else if (ch === '"' || ch === "'") quote = ch
    else if (ch === '>') return i + 1
  }
  return html.length
}

/** Index after the element `name` that opens before `from`, counting nested elements of the same name. */
function skipElement(html: string, name: string, from: number): number {
  const lower = html.toLowerCase()
  if (RAW_TEXT.has(name)) {
    const close = lower.indexOf(`</${name}`, from)
    return close < 0 ? html.length : tagEnd(html, close)
  }
  const re = new RegExp(`<(/?)${name}(?=[\\s/>])`, 'g')
  re.lastIndex = from
  let depth = 1
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const end = tagEnd(html, m.index)
    if (m[1]) depth--
    else if (html[end - 2] !== '/') depth++
    if (depth === 0) return end
    re.lastIndex = end
  }
  return html.length
}

/** The text of `html` with its offset map. */
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

  const emit = (s: string, start: number, end: number) => {
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
    for (const ch of s) {
      // one entry per UTF-16 unit, so the map lines up with JavaScript string indices
      for (let u = 0; u < ch.length; u++) {
        chars.push(ch[u] as string)
        starts.push(start)
        ends.push(end)
      }
    }
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

  let i = 0
  while (i < html.length) {
    const ch = html[i] as string
    if (ch === '<') {
      if (html.startsWith('<!--', i)) {
        const close = html.indexOf('-->', i + 4)
        i = close < 0 ? html.length : close + 3
        continue
      }
      if (html.startsWith('<![CDATA[', i)) {
        const close = html.indexOf(']]>', i + 9)
        i = close < 0 ? html.length : close + 3
        continue
      }
      if (html[i + 1] === '!' || html[i + 1] === '?') {
        i = tagEnd(html, i)
        continue
      }
      const m = TAG_NAME.exec(html.slice(i, i + 64))
      if (m) {
        const name = (m[1] as string).toLowerCase()
        const closing = html[i + 1] === '/'
        const end = tagEnd(html, i)
        if (!closing && DROPPED.has(name)) {
          const after = html[end - 2] === '/' ? end : skipElement(html, name, end)
          // a dropped figure still separates what is around it
          if (name === 'figure') lineBreak(i, after)
          else space(i)
          i = after
          continue
        }
        if (BLOCK.has(name)) lineBreak(i, end)
        else if (SPACED.has(name)) space(i)
        i = end
        continue
      }
    } else if (ch === '&') {
      const m = ENTITY.exec(html.slice(i, i + 40))
      const decoded = m ? decodeEntity(m[0]) : null
      if (m && decoded !== null) {
        const end = i + m[0].length
        if (decoded === '\u00a0' || /^\s$/.test(decoded)) space(i, end)
        else if (decoded !== '\u00ad') emit(decoded, i, end)
        i = end
        continue
      }
    } else if (/\s/.test(ch)) {
      space(i)
      i++
      continue
    }
    emit(ch, i, i + 1)
    i++
  }
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
