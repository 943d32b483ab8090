// `chrome` rules: site chrome recognised by layout rather than wording: spam author bios
// (a run of tiny self-descriptions) and the byline above them, agency and photo credits in
// parentheses, tag lists as bullets, and short link-like lines trailing after the body.
// Each check is a small pure function over the document; a rule's `checks` list turns them on.

import type { RankedLexicon } from '../data.ts'
import type { Hit } from '../detector.ts'
import { type Detector, report } from '../detector.ts'
import { isCapitalised } from '../document.ts'
import type { Doc, Line, RawFinding, Token } from '../types.ts'
import { wordAt } from '../words.ts'
import { type Check, type DocCheck, enabledChecks, runChecks } from './checks.ts'
import { isEnglishForm } from './foreign/english-form.ts'

/** What chrome checks read besides the document: the English word list, the rule's interface words. */
export interface ChromeEnv {
  en: RankedLexicon
  vocabulary: Set<string>
}

export const wordCount = (doc: Doc, l: Line) => {
  let n = 0
  for (let k = l.firstToken; k < l.endToken; k++) if ((doc.tokens[k] as Token).kind !== 'punct') n++
  return n
}

/** A body line: a real paragraph of prose. */
export const isBody = (doc: Doc, l: Line) => wordCount(doc, l) >= 15 && /[.!?"”»)]$/.test(l.text)

/** "Freddie Dawson": two or three capitalised words and nothing else. */
function isPersonName(doc: Doc, l: Line): boolean {
  const toks = doc.tokens.slice(l.firstToken, l.endToken)
  return (
    toks.length >= 2 &&
    toks.length <= 4 &&
    toks.every((t) => t.kind === 'word' && isCapitalised(t.text) && t.text.length > 1)
  )
}

/** Four or more fragments of at most four words each, most ending in a full stop; and the byline above. */
export const authorBio: DocCheck<ChromeEnv> = {
  name: 'author-bio',
  doc(doc) {
    const out: Hit[] = []
    doc.lines.forEach((l, i) => {
      // Four parts need three full stops: most lines have fewer (and are not split at all).
      let stops = 0
      for (let k = l.text.indexOf('.'); k >= 0 && stops < 3; k = l.text.indexOf('.', k + 1)) stops++
      if (stops < 3) return
      const parts = l.text.replace(/^["“]|["”]$/g, '').split(/(?<=\.)\s+/)
      if (parts.length < 4) return
      const tiny = parts.filter((p) => /\.$/.test(p) && p.split(/\s+/).length <= 4).length
      if (tiny / parts.length < 0.8) return
      // Prose that ends in short quoted sentences ("Oh no. They’ve taken our parking.") is no bio.
      if (parts.some((p) => p.split(/\s+/).length > 8)) return
      out.push({ start: l.start, end: l.end, weight: 0.85, message: 'Author bio from the source site' })
      const prev = doc.lines[i - 1]
      if (prev && isPersonName(doc, prev))
        out.push({ start: prev.start, end: prev.end, weight: 0.75, message: 'Byline of the source site' })
    })
    return out
  },
}

/** "(EFE / EPA / MIKHAIL METZEL / SPUTNIK)": slash-separated, mostly upper-case credits in parentheses. */
export const creditLine: DocCheck<ChromeEnv> = {
  name: 'credit-line',
  doc(doc) {
    const out: Hit[] = []
    const re = /\(([^()\n]{3,160})\)/g
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const inner = m[1] as string
      const parts = inner.split(/\s*\/\s*/)
      const letters = inner.replace(/[^\p{L}]/gu, '')
      const upper = inner.replace(/[^\p{Lu}]/gu, '')
      if (parts.length >= 2 && letters.length && upper.length / letters.length >= 0.7)
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          weight: 0.85,
          message: 'Photo or agency credit left in the text',
        })
    }
    return out
  },
}

/** "• Economy" lines: the site's tag or category list. */
export const bulletList: DocCheck<ChromeEnv> = {
  name: 'bullet-list',
  doc(doc) {
    const bullets = doc.lines.filter((l) => /^[•·▪■►]\s*\S/.test(l.text) && wordCount(doc, l) <= 4)
    if (bullets.length < 2) return []
    return bullets.map((l) => ({ start: l.start, end: l.end, weight: 0.8, message: 'Tag list from the source site' }))
  },
}

/** The lines after the last paragraph of prose (none when the article has no prose). */
function linesAfterBody(doc: Doc): Line[] {
  let lastBody = -1
  doc.lines.forEach((l, i) => {
    if (isBody(doc, l)) lastBody = i
  })
  return lastBody < 0 ? [] : doc.lines.slice(lastBody + 1)
}

/** Short lines after the last paragraph of prose: links, widgets, section names. */
export const trailingLines: DocCheck<ChromeEnv> = {
  name: 'trailing-lines',
  doc(doc) {
    return linesAfterBody(doc)
      .filter((l) => {
        const n = wordCount(doc, l)
        return n > 0 && n <= 6
      })
      .map((l) => ({
        start: l.start,
        end: l.end,
        weight: 0.6,
        message: 'Short line after the end of the article (site chrome)',
      }))
  },
}

/** Headlines of other articles are at most this long. */
const HEADLINE_WORDS = 20

/**
 * Lines shaped like headlines after the last paragraph of prose: the site's related-post
 * list ("Inflation hits a new record in May", "Fans protest outside the stadium").
 */
export const trailingHeadlines: DocCheck<ChromeEnv> = {
  name: 'trailing-headlines',
  option: 'trailing-lines',
  doc(doc) {
    return linesAfterBody(doc)
      .filter((l) => {
        const n = wordCount(doc, l)
        return n > 6 && n <= HEADLINE_WORDS && !/[.!?…]["”»’)]?$/.test(l.text) && /^\p{Lu}/u.test(l.text)
      })
      .map((l) => ({
        start: l.start,
        end: l.end,
        weight: 0.6,
        message: 'Headline of another article after the end of this one (site chrome)',
      }))
  },
}

/** A standalone line this short is a label, a button or a menu entry, not prose. */
const LABEL_WORDS = 5

/**
 * "Udostępnij", "Kopiuj link", "Lees ook", "Citește și": a short standalone line in another
 * language is the source site's chrome (share and copy-link buttons, "read also", menus),
 * whatever the language: no word of it is English or a known name, and one at least is a word
 * of a source list, of another script, or a lower-case word of no language at all.
 */
/** A lower-case word of six letters or more (a capitalised unknown word is as likely a name: "Glyndebourne"). */
const lowerCase = (doc: Doc, k: number) => /^\p{Ll}{6,40}$/u.test((doc.tokens[k] as Token).text)

export const foreignLine: DocCheck<ChromeEnv> = {
  name: 'foreign-line',
  doc(doc, env) {
    const out: Hit[] = []
    for (const l of doc.lines) {
      let words = 0
      let foreign = 0
      let english = false
      for (let k = l.firstToken; k < l.endToken && !english; k++) {
        const w = wordAt(doc, k)
        if (!w) continue
        words++
        if (w.script !== 'latin') foreign++
        else if (w.en !== undefined || w.name) english = true
        else if (w.sources.some((r) => r !== undefined) || (lowerCase(doc, k) && !isEnglishForm(w.lower, env.en)))
          foreign++
      }
      if (english || !foreign || words > LABEL_WORDS || (words >= 3 && /[.!?]$/.test(l.text))) continue
      out.push({ start: l.start, end: l.end, weight: 0.75, message: 'Site chrome left in the source language' })
    }
    return out
  },
}

/** Lines longer than this are prose, not a caption. */
const CAPTION_WORDS = 40
/** "… in Warsaw. JAN NOWAK/PAP", "… | Reuters/John Smith": a credit of 1-4 capitalised words either side of a slash ending the line. */
const TRAILING_CREDIT =
  /(?:^|[.!?”"’:|–—-]\s*)(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s*\/\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u

/** A photo caption: a line that ends with the photographer and agency ("NAME/AGENCY"). */
export const captionCredit: DocCheck<ChromeEnv> = {
  name: 'caption-credit',
  doc(doc) {
    const out: Hit[] = []
    for (const l of doc.lines)
      if (wordCount(doc, l) <= CAPTION_WORDS && TRAILING_CREDIT.test(l.text))
        out.push({ start: l.start, end: l.end, weight: 0.8, message: 'Photo caption with its credit (site chrome)' })
    return out
  },
}

/** Function words, neutral in an interface line ("Follow us on Instagram", "Back to the top"). */
const NEUTRAL = new Set(
  'a an the to of on in at for with by from and or as our us your you we it its this that these here all per via up'.split(
    ' ',
  ),
)
/** An interface line is at most this many words; a label before a colon at most LABEL_PREFIX. */
const INTERFACE_WORDS = 8
const LABEL_PREFIX = 3
/** "Home > Sport > Football", "News | World | Europe": menu paths. */
const BREADCRUMB = /^[^>»|/\n]{1,30}(?:\s[>»|/]\s[^>»|/\n]{1,30}){2,}$/u

/**
 * "Open the gallery (14 photos)", "Enter the discussion (23 comments)", "Listen to the
 * article", "Print the article", "Cookies settings", "Home > Sport > Football": a short
 * standalone line whose every word (function words and numbers aside) is a
 * word of site interfaces, in whatever words a translation chose for the source site's
 * buttons; a label of such words before a colon heads a link ("VIDEO: See how the fire
 * spread"). A line ending a sentence is prose.
 */
export const interfaceLine: DocCheck<ChromeEnv> = {
  name: 'interface-line',
  doc(doc, env) {
    if (!env.vocabulary.size) return []
    const out: Hit[] = []
    for (const l of doc.lines) {
      const n = wordCount(doc, l)
      if (!n || /[.!?…]["”»’]?$/.test(l.text)) continue
      if (
        n <= 12 &&
        BREADCRUMB.test(l.text) &&
        wordsOf(doc, l).every((k) => isCapitalised((doc.tokens[k] as Token).text))
      ) {
        out.push({ start: l.start, end: l.end, weight: 0.7, message: 'Menu path of the source site (site chrome)' })
        continue
      }
      const label = labelOf(doc, l, env)
      if ((n <= INTERFACE_WORDS && interfaceWords(doc, l, l.endToken, env)) || (label && n <= HEADLINE_WORDS))
        out.push({
          start: l.start,
          end: l.end,
          weight: 0.7,
          message: 'Interface text of the source site (site chrome)',
        })
    }
    return out
  },
}

/** Token indexes of the words of a line. */
function wordsOf(doc: Doc, l: Line): number[] {
  const out: number[] = []
  for (let k = l.firstToken; k < l.endToken; k++) if ((doc.tokens[k] as Token).kind === 'word') out.push(k)
  return out
}

/** Every word of the line up to token `end` is an interface word or neutral, and one at least is an interface word. */
function interfaceWords(doc: Doc, l: Line, end: number, env: ChromeEnv): boolean {
  let ui = 0
  for (let k = l.firstToken; k < end; k++) {
    const t = doc.tokens[k] as Token
    if (t.kind !== 'word' || /^\d/.test(t.text)) continue
    if (env.vocabulary.has(t.lower)) ui++
    else if (!NEUTRAL.has(t.lower)) return false
  }
  return ui > 0
}

/** "PHOTO:", "Photo gallery:": one to three interface words, then a colon, then a headline. */
function labelOf(doc: Doc, l: Line, env: ChromeEnv): boolean {
  const colon = l.text.indexOf(':')
  if (colon < 0) return false
  let end = l.firstToken
  while (end < l.endToken && (doc.tokens[end] as Token).start < l.start + colon) end++
  const words = wordsOf(doc, l).filter((k) => k < end).length
  return words >= 1 && words <= LABEL_PREFIX && end < l.endToken - 1 && interfaceWords(doc, l, end, env)
}

/** "“Quote”: Someone on something": a quotation, a colon, a short descriptor. */
const TEASER = /^[“"„«‘'»][^”"“»«’\n]{3,90}[”"“»«’]\s*:\s*\S[^\n]{2,140}$/u
const TEASER_WORDS = 22

/**
 * "“Aerosols are everywhere”: A researcher on the risk", "»Wir geben nicht auf«: Minister
 * on the crisis": a link to another article in the quote-and-speaker form of German, Czech
 * and Polish news sites, standing alone between paragraphs. The first line is the article's
 * own headline and may have that form too.
 */
export const teaserLine: DocCheck<ChromeEnv> = {
  name: 'teaser-line',
  doc(doc) {
    const out: Hit[] = []
    const first = doc.lines.findIndex((l) => l.text.trim().length > 0)
    doc.lines.forEach((l, i) => {
      if (i <= first || wordCount(doc, l) > TEASER_WORDS || !TEASER.test(l.text)) return
      out.push({ start: l.start, end: l.end, weight: 0.75, message: 'Link to another article (site chrome)' })
    })
    return out
  },
}

/** Every chrome check, in the order their findings are listed. */
export const CHROME_TABLE: readonly Check<ChromeEnv>[] = [
  authorBio,
  creditLine,
  bulletList,
  trailingLines,
  trailingHeadlines,
  foreignLine,
  captionCredit,
  interfaceLine,
  teaserLine,
]

export const chromeDetector: Detector<'chrome'> = {
  kind: 'chrome',
  compile(rules, data) {
    const active = rules
      .filter((r) => r.enabled)
      .map((rule) => ({
        rule,
        checks: enabledChecks(CHROME_TABLE, rule.checks),
        env: {
          en: data.lexicons.en,
          vocabulary: new Set((rule.vocabulary ?? []).map((w) => w.toLowerCase())),
        } satisfies ChromeEnv,
      }))
    return {
      rules: active.length,
      run: (doc) => {
        const out: RawFinding[] = []
        for (const { rule, checks, env } of active)
          for (const h of runChecks(doc, checks, env)) out.push(report(doc, rule, h))
        return out
      },
    }
  },
}
