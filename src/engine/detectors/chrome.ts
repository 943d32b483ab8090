// `chrome` rules: site chrome recognised by layout rather than wording: spam author bios
// (a run of tiny self-descriptions) and the byline above them, agency and photo credits in
// parentheses, tag lists as bullets, and short link-like lines trailing after the body.
import type { RuleOf } from '../../rules/schema.ts'
import { type Detector, report } from '../detector.ts'
import { isCapitalised } from '../document.ts'
import type { Doc, Line, RawFinding, Token } from '../types.ts'

type ChromeRule = RuleOf<'chrome'>

export const chromeDetector: Detector<'chrome'> = {
  kind: 'chrome',
  compile(rules) {
    const active = rules.filter((r) => r.enabled)
    return { rules: active.length, run: (doc) => active.flatMap((r) => runRule(doc, r)) }
  },
}

const wordCount = (doc: Doc, l: Line) => {
  let n = 0
  for (let k = l.firstToken; k < l.endToken; k++) if ((doc.tokens[k] as Token).kind !== 'punct') n++
  return n
}

/** A body line: a real paragraph of prose. */
const isBody = (doc: Doc, l: Line) => wordCount(doc, l) >= 15 && /[.!?"”»)]$/.test(l.text)

/** "Freddie Dawson": two or three capitalised words and nothing else. */
function isPersonName(doc: Doc, l: Line): boolean {
  const toks = doc.tokens.slice(l.firstToken, l.endToken)
  return (
    toks.length >= 2 &&
    toks.length <= 4 &&
    toks.every((t) => t.kind === 'word' && isCapitalised(t.text) && t.text.length > 1)
  )
}

function runRule(doc: Doc, rule: ChromeRule): RawFinding[] {
  const out: RawFinding[] = []
  const add = (start: number, end: number, weight: number, message: string) =>
    out.push(report(doc, rule, { start, end, weight, message }))
  const checks = new Set(rule.checks)
  const lines = doc.lines

  if (checks.has('author-bio')) {
    lines.forEach((l, i) => {
      // Four or more fragments of at most four words each, most ending in a full stop.
      const parts = l.text.replace(/^["“]|["”]$/g, '').split(/(?<=\.)\s+/)
      if (parts.length < 4) return
      const tiny = parts.filter((p) => /\.$/.test(p) && p.split(/\s+/).length <= 4).length
      if (tiny / parts.length < 0.8) return
      add(l.start, l.end, 0.85, 'Author bio from the source site')
      const prev = lines[i - 1]
      if (prev && isPersonName(doc, prev)) add(prev.start, prev.end, 0.75, 'Byline of the source site')
    })
  }

  if (checks.has('credit-line')) {
    // "(EFE / EPA / MIKHAIL METZEL / SPUTNIK)": slash-separated, mostly upper-case credits in parentheses.
    const re = /\(([^()\n]{3,160})\)/g
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const inner = m[1] as string
      const parts = inner.split(/\s*\/\s*/)
      const letters = inner.replace(/[^\p{L}]/gu, '')
      const upper = inner.replace(/[^\p{Lu}]/gu, '')
      if (parts.length >= 2 && letters.length && upper.length / letters.length >= 0.7)
        add(m.index, m.index + m[0].length, 0.85, 'Photo or agency credit left in the text')
    }
  }

  if (checks.has('bullet-list')) {
    // "• Economy" lines: the site's tag or category list.
    const bullets = lines.filter((l) => /^[•·▪■►]\s*\S/.test(l.text) && wordCount(doc, l) <= 4)
    if (bullets.length >= 2) for (const l of bullets) add(l.start, l.end, 0.8, 'Tag list from the source site')
  }

  if (checks.has('trailing-lines')) {
    // Short lines after the last paragraph of prose: links, widgets, section names.
    let lastBody = -1
    lines.forEach((l, i) => {
      if (isBody(doc, l)) lastBody = i
    })
    if (lastBody >= 0 && lastBody < lines.length - 1) {
      for (let i = lastBody + 1; i < lines.length; i++) {
        const l = lines[i] as Line
        const n = wordCount(doc, l)
        if (n === 0 || n > 6) continue
        add(l.start, l.end, 0.6, 'Short line after the end of the article (site chrome)')
      }
    }
  }
  return out
}
