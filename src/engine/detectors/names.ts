// `gazetteer` and `name-cluster` rules: names spelt the source language's way, translated
// as common words, or misspelt (fuzzy match against the gazetteer, given-name / surname
// pairs), and one name written two ways in the same article.
import type { RuleOf } from '../../rules/schema.ts'
import { UNRANKED } from '../data.ts'
import { type AuditContext, type Detector, report } from '../detector.ts'
import { isAllCaps, isCapitalised } from '../document.ts'
import {
  allowedEdits,
  editDistance,
  type Gazetteer,
  jaroWinkler,
  type NameWord,
  nameKey,
  nameWordsOf,
  phoneticKey,
  startsWrongForm,
  wrongFormsNear,
} from '../gazetteer.ts'
import type { Doc, RawFinding, Token } from '../types.ts'

/** English words this common are not taken for misspelt names on their own ("Bell", "Park"). */
const COMMON_ENGLISH = 30000
/** Mid-sentence, only words this common are (rank in SUBTLEX). */
const NAME_SAFE_RANK = 8000
const PARTICLES = new Set([
  'da',
  'de',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'du',
  'y',
  'e',
  'al',
  'bin',
  'ben',
])

/** Lower case with every non-ASCII letter removed: what a broken encoding leaves of "São". */
const dropAccented = (w: string) => w.toLowerCase().replace(/[^ -~]/g, '')

/** Collapses doubled letters: "tebbett" → "tebet" (doubling is the commonest name slip). */
const undouble = (s: string) => s.replace(/(.)\1+/g, '$1')

interface Run {
  /** Token indexes of the capitalised words of the run (particles skipped). */
  words: number[]
}

/** Maximal runs of capitalised words on one line, joined by name particles. */
export function nameRuns(doc: Doc): Run[] {
  const runs: Run[] = []
  let cur: number[] = []
  const flush = () => {
    if (cur.length) runs.push({ words: cur })
    cur = []
  }
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i] as Token
    const prev = doc.tokens[i - 1]
    if (prev && (prev.line !== t.line || prev.sentence !== t.sentence)) flush()
    if (t.kind === 'word' && isCapitalised(t.text) && !isAllCaps(t.text)) {
      cur.push(i)
      continue
    }
    const next = doc.tokens[i + 1]
    if (
      cur.length &&
      t.kind === 'word' &&
      PARTICLES.has(t.lower) &&
      next &&
      next.kind === 'word' &&
      isCapitalised(next.text)
    )
      continue
    flush()
  }
  flush()
  return runs
}

function isSentenceInitial(doc: Doc, i: number): boolean {
  const t = doc.tokens[i] as Token
  const s = doc.sentences[t.sentence]
  if (!s) return false
  for (let k = s.firstToken; k < i; k++) if ((doc.tokens[k] as Token).kind !== 'punct') return false
  return true
}

interface Match {
  nw: NameWord
  distance: number
  similarity: number
}

/** "Lombards" / "Lombardy", "Ligurian" / "Liguria": a demonym or plural, not a misspelling. */
const DEMONYM = /^(?:s|n|an|ans|ian|ians|ese|ish|i|ic|ics|ean|eans|ite|ites|er|ers)$/
function isDerivation(a: string, b: string): boolean {
  let p = 0
  while (p < a.length && p < b.length && a[p] === b[p]) p++
  return p >= Math.max(a.length, b.length) - 3 && p >= 4 && (DEMONYM.test(a.slice(p)) || DEMONYM.test(b.slice(p)))
}

/**
 * Best canonical name word close to `key` (same initial, length-aware edit budget). Places
 * are only considered for a word standing alone: in a run of names it is a person's name.
 */
function nearest(g: Gazetteer, key: string, minSimilarity: number, standalone: boolean): Match | null {
  // The answer depends only on these arguments: kept per gazetteer across requests (bounded).
  let cache = nearestCache.get(g)
  if (!cache) {
    cache = new Map()
    nearestCache.set(g, cache)
  }
  const k = `${minSimilarity}|${standalone ? 1 : 0}|${key}`
  const hit = cache.get(k)
  if (hit !== undefined) return hit
  if (cache.size >= 50_000) cache.clear()
  const found = nearestUncached(g, key, minSimilarity, standalone)
  cache.set(k, found)
  return found
}
const nearestCache = new WeakMap<Gazetteer, Map<string, Match | null>>()

function nearestUncached(g: Gazetteer, key: string, minSimilarity: number, standalone: boolean): Match | null {
  let best: Match | null = null
  const budget = allowedEdits(key.length)
  if (!budget) return null
  const ku = undouble(key)
  const kp = phoneticKey(key)
  // Undoubling can shorten a name by more than the edit budget ("tebbett" → "tebet").
  for (let len = Math.min(key.length, ku.length) - budget; len <= key.length + budget; len++) {
    for (const nw of nameWordsOf(g, len, key[0])) {
      if (nw.key[0] !== key[0] || nw.key === key) continue
      if (!standalone && nw.entry.type === 'place') continue
      // One word of a longer name ("Brazil" of "Central Bank of Brazil") is no evidence on its
      // own; a person's surname is.
      if (nw.of > 1 && !(nw.entry.type === 'person' && nw.index === nw.of - 1)) continue
      if (isDerivation(key, nw.key)) continue
      const d =
        undouble(nw.key) === ku || (nw.phonetic ?? phoneticKey(nw.key)) === kp ? 1 : editDistance(key, nw.key, budget)
      if (d > budget) continue
      const sim = jaroWinkler(key, nw.key)
      if (sim < minSimilarity) continue
      if (!best || d < best.distance || (d === best.distance && sim > best.similarity))
        best = { nw, distance: d, similarity: sim }
    }
  }
  return best
}

function suggestionFor(form: string, entry: { name: string; type: string }): string {
  // A one-word foreign form of a person ("Merkelová") stands for the surname.
  if (entry.type === 'person' && !form.trim().includes(' ')) return entry.name.split(/\s+/).pop() ?? entry.name
  return entry.name
}

export const gazetteerDetector: Detector<'gazetteer'> = {
  kind: 'gazetteer',
  compile(rules) {
    const active = rules.filter((r) => r.enabled)
    return { rules: active.length, run: (doc, ctx) => active.flatMap((r) => runGazetteer(doc, ctx, r)) }
  },
}

function runGazetteer(doc: Doc, ctx: AuditContext, rule: RuleOf<'gazetteer'>): RawFinding[] {
  const g = ctx.gazetteer
  const out: RawFinding[] = []
  const flagged = new Set<number>()
  const finding = (a: Token, b: Token, weight: number, message: string, suggestion: string): RawFinding =>
    report(doc, rule, { start: a.start, end: b.end, weight, message, suggestion })
  const words: number[] = []
  doc.tokens.forEach((t, i) => {
    if (t.kind === 'word') words.push(i)
  })
  // Built on first use: only a near miss asks whether the article also has the right spelling.
  let docKeys: Set<string> | undefined
  const docHasKey = (key: string) => {
    docKeys ??= new Set(words.map((i) => nameKey((doc.tokens[i] as Token).text)))
    return docKeys.has(key)
  }

  // 1. Foreign and literal forms ("Merkelová", "Ginebra", "Giorgia Melons"), longest first.
  for (let w = 0; w < words.length; w++) {
    const first = doc.tokens[words[w] as number] as Token
    if (!isCapitalised(first.text) || flagged.has(words[w] as number)) continue
    let key = ''
    let found: { end: number; hit: NonNullable<ReturnType<Gazetteer['wrongForms']['get']>> } | null = null
    for (let k = w; k < words.length && k - w < g.maxWrongWords; k++) {
      const t = doc.tokens[words[k] as number] as Token
      if (t.line !== first.line) break
      key = key ? `${key} ${nameKey(t.text)}` : nameKey(t.text)
      if (!startsWrongForm(g, key)) break // no wrong form goes on from here (perf)
      const hit = g.wrongForms.get(key)
      if (hit) found = { end: k, hit }
    }
    if (!found) continue
    const last = doc.tokens[words[found.end] as number] as Token
    // A one-word foreign form that is also a common English word at a sentence start is too weak.
    const en = ctx.lexicons.en.get(first.lower)
    if (found.end === w && en !== undefined && en < COMMON_ENGLISH) continue
    // "Agência Brasil": a one-word form inside a longer name belongs to that name.
    if (found.end === w) {
      const before = doc.tokens[(words[w] as number) - 1]
      const after = doc.tokens[(words[w] as number) + 1]
      const capNeighbour = (u: Token | undefined) =>
        !!u && u.kind === 'word' && u.line === first.line && isCapitalised(u.text)
      if (capNeighbour(after) || capNeighbour(before)) continue
    }
    for (let k = w; k <= found.end; k++) flagged.add(words[k] as number)
    const { entry, kind, form } = found.hit
    // A foreign form is evidence of its language: whichever source lexicons hold its words.
    if (kind === 'foreign')
      for (const [lang, lex] of ctx.lexicons.sources)
        if (form.split(/\s+/).some((x) => lex.has(x.toLowerCase())))
          ctx.languageEvidence.set(lang, (ctx.languageEvidence.get(lang) ?? 0) + 1)
    out.push(
      finding(
        first,
        last,
        kind === 'literal' ? 0.85 : 0.9,
        kind === 'literal'
          ? `“${doc.text.slice(first.start, last.end)}” translates the name ${entry.name} word for word`
          : `“${doc.text.slice(first.start, last.end)}” is the source-language form of ${entry.name}`,
        suggestionFor(form, entry),
      ),
    )
  }

  // 2. Near misses of gazetteer names, with given-name / surname pair checks.
  for (const run of nameRuns(doc)) {
    const matches = run.words.map((i) => {
      const t = doc.tokens[i] as Token
      const key = nameKey(t.text)
      if (flagged.has(i) || key.length < 3) return { i, key, exact: g.byKey.get(key), near: null as Match | null }
      const exact = g.byKey.get(key)
      let near: Match | null = null
      const en = ctx.lexicons.en.get(t.lower)
      // Capitalised mid-sentence, only an everyday word ("Bell", "Park") is taken for a word;
      // slang spellings deep in the frequency list ("blinkin") are names there.
      const commonWord = en !== undefined && en < (isSentenceInitial(doc, i) ? COMMON_ENGLISH : NAME_SAFE_RANK)
      if (!exact && key.length >= rule.minLength && !commonWord) {
        near = nearest(g, key, rule.similarity, run.words.length === 1)
        // Also near a foreign form ("Genebre" ~ "Genebra" → Geneva).
        if (!near) {
          for (const [form, wf] of wrongFormsNear(g, key)) {
            if (form.includes(' ') || form[0] !== key[0] || Math.abs(form.length - key.length) > 1) continue
            if (isDerivation(key, form) || (run.words.length > 1 && wf.entry.type === 'place')) continue
            if (editDistance(key, form, 1) <= 1 && jaroWinkler(key, form) >= rule.similarity - 0.05) {
              const word = wf.entry.name.split(/\s+/).pop() ?? wf.entry.name
              near = {
                nw: { word, key: nameKey(word), entry: wf.entry, index: 0, of: 1 },
                distance: 1,
                similarity: 0.9,
              }
              break
            }
          }
        }
      }
      return { i, key, exact, near }
    })
    for (let m = 0; m < matches.length; m++) {
      const cur = matches[m] as (typeof matches)[number]
      const t = doc.tokens[cur.i] as Token
      if (flagged.has(cur.i)) continue
      // Pair check: a neighbour pins the entry; this word is a near miss of that entry's word.
      const pinned = [matches[m - 1], matches[m + 1]]
        .filter((x): x is (typeof matches)[number] => !!x)
        .flatMap((x) =>
          (x.exact ?? [])
            .concat(x.near ? [x.near.nw] : [])
            .map((nw) => ({ nw, side: x.i < cur.i ? -1 : 1, viaNear: !x.exact })),
        )
      let pairHit: { word: string; entry: NameWord['entry']; anchorIsSurname: boolean } | null = null
      for (const { nw, side, viaNear } of pinned) {
        if (nw.of < 2) continue
        const wantIndex = nw.index - side
        if (wantIndex < 0 || wantIndex >= nw.of) continue
        const words = nw.entry.name.split(/\s+/).filter((x) => !PARTICLES.has(x.toLowerCase()))
        const target = words[Math.min(wantIndex, words.length - 1)]
        if (!target) continue
        const tk = nameKey(target)
        if (tk === cur.key) {
          pairHit = null
          break
        }
        // The pair already spells some entry exactly: not a slip.
        if (cur.exact?.some((e) => pinned.some((p) => p.nw.entry === e.entry))) break
        const budget = Math.max(1, allowedEdits(Math.max(tk.length, cur.key.length)))
        // "So Paulo", "Incio": the accented letters dropped rather than folded (any kind of name).
        const mangled = dropAccented(target) === t.text.toLowerCase() && dropAccented(target) !== target.toLowerCase()
        // Otherwise given-name / surname pairs: people only ("German Chancellor" is no misspelt "German Chancellery").
        if (!mangled && nw.entry.type !== 'person') continue
        const close = undouble(tk) === undouble(cur.key) || editDistance(tk, cur.key, budget) <= budget
        if (mangled) pairHit = { word: target, entry: nw.entry, anchorIsSurname: true }
        else if (close && jaroWinkler(tk, cur.key) >= 0.85 && !viaNear)
          pairHit = { word: target, entry: nw.entry, anchorIsSurname: nw.index === nw.of - 1 }
        else if (close && viaNear) pairHit = { word: target, entry: nw.entry, anchorIsSurname: false }
      }
      if (pairHit) {
        flagged.add(cur.i)
        out.push(
          finding(
            t,
            t,
            pairHit.anchorIsSurname ? 0.9 : 0.75,
            `“${t.text}” looks like a misspelling of “${pairHit.word}” (${pairHit.entry.name})`,
            pairHit.word,
          ),
        )
        continue
      }
      if (cur.near && !cur.exact) {
        const { nw, distance, similarity } = cur.near
        const initial = isSentenceInitial(doc, cur.i)
        const en = ctx.lexicons.en.get(t.lower)
        if (initial && en !== undefined && en !== UNRANKED) continue
        // Stronger when the article also has the right spelling; short words need that.
        const corroborated = docHasKey(nw.key)
        if (cur.key.length < 7 && !corroborated) continue
        flagged.add(cur.i)
        out.push(
          finding(
            t,
            t,
            Math.min(0.95, (corroborated ? 0.85 : 0.65) + (similarity - 0.9) - (distance - 1) * 0.1),
            `“${t.text}” looks like a misspelling of “${nw.word}” (${nw.entry.name})`,
            nw.word,
          ),
        )
      }
    }
  }
  ctx.nameSpans.push(...out.map((f) => ({ start: f.start, end: f.end })))
  return out
}

export const nameClusterDetector: Detector<'name-cluster'> = {
  kind: 'name-cluster',
  compile(rules) {
    const active = rules.filter((r) => r.enabled)
    return { rules: active.length, run: (doc, ctx) => active.flatMap((r) => runCluster(doc, ctx, r)) }
  },
}

/** Endings that make a different word, not a different spelling (Russia / Russian). */
const DERIVATIONS = /^(s|n|an|ian|ns|ese|ish|i|es|'s|ans|ians|ist|ists|ism)$/

function runCluster(doc: Doc, ctx: AuditContext, rule: RuleOf<'name-cluster'>): RawFinding[] {
  const forms = new Map<string, { key: string; occurrences: number[] }>()
  doc.tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !isCapitalised(t.text) || isAllCaps(t.text) || t.text.length < rule.minLength) return
    const en = ctx.lexicons.en.get(t.lower)
    if (en !== undefined && en < COMMON_ENGLISH) return
    const form = t.text.replace(/['’]s?$/, '')
    const f = forms.get(form)
    if (f) f.occurrences.push(i)
    else forms.set(form, { key: nameKey(form), occurrences: [i] })
  })
  // Bucket by folded initial two letters so only plausible pairs are compared.
  const buckets = new Map<string, string[]>()
  for (const [form, f] of forms) {
    const b = f.key.slice(0, 2)
    const list = buckets.get(b)
    if (list) list.push(form)
    else buckets.set(b, [form])
  }
  const out: RawFinding[] = []
  const g = ctx.gazetteer
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > 200) continue
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x] as string
        const b = list[y] as string
        const fa = forms.get(a) as { key: string; occurrences: number[] }
        const fb = forms.get(b) as { key: string; occurrences: number[] }
        const [short, long] = fa.key.length <= fb.key.length ? [fa.key, fb.key] : [fb.key, fa.key]
        if (long.startsWith(short) && DERIVATIONS.test(long.slice(short.length))) continue
        const sameFolded = fa.key === fb.key // "Aragonès" / "Aragones"
        const budget = allowedEdits(long.length)
        if (!sameFolded) {
          if (!budget || editDistance(fa.key, fb.key, budget) > budget) continue
          if (jaroWinkler(fa.key, fb.key) < rule.similarity) continue
          // Two different gazetteer names (Austria / Australia) are not one name spelt twice.
          const ga = g.byKey.get(fa.key)
          const gb = g.byKey.get(fb.key)
          if (ga && gb && !ga.some((p) => gb.some((q) => q.entry === p.entry))) continue
        }
        // Flag the minority form; on a tie the one the gazetteer lacks, else the later one.
        let minority =
          fa.occurrences.length < fb.occurrences.length ? a : fb.occurrences.length < fa.occurrences.length ? b : null
        if (!minority) {
          const ina = g.accepted.has(fa.key)
          const inb = g.accepted.has(fb.key)
          minority =
            ina && !inb ? b : inb && !ina ? a : (fa.occurrences[0] as number) > (fb.occurrences[0] as number) ? a : b
        }
        const other = minority === a ? b : a
        for (const i of (forms.get(minority) as { occurrences: number[] }).occurrences) {
          const t = doc.tokens[i] as Token
          out.push(
            report(doc, rule, {
              start: t.start,
              end: t.end,
              weight: sameFolded ? 0.8 : 0.7,
              message: `“${t.text}” is also written “${other}” in this article`,
              suggestion: other,
            }),
          )
        }
      }
    }
  }
  ctx.nameSpans.push(...out.map((f) => ({ start: f.start, end: f.end })))
  return out
}
