// HTML to the text an editor sees: scripts, styles and figures' media dropped, entities
// decoded, block elements turned into line breaks. Findings then point into this text,
// which the report returns as `text`.
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  euro: '€',
}
const BLOCK =
  /^(p|div|br|h[1-6]|li|ul|ol|section|article|header|footer|blockquote|figcaption|tr|table|hr|pre|aside|nav)$/i

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m
    }
    return NAMED[e.toLowerCase()] ?? m
  })
}

export function htmlToText(html: string): string {
  const withoutDead = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|svg|iframe|video|audio|picture)\b[\s\S]*?<\/\1\s*>/gi, '')
  let out = ''
  const re = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g
  let last = 0
  for (let m = re.exec(withoutDead); m; m = re.exec(withoutDead)) {
    out += withoutDead.slice(last, m.index).replace(/\s+/g, ' ')
    if (BLOCK.test(m[1] as string)) out += '\n'
    last = m.index + m[0].length
  }
  out += withoutDead.slice(last).replace(/\s+/g, ' ')
  return decodeEntities(out)
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
