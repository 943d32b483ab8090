// Names in a form the gazetteer lists as wrong for English: the source language's form
// ("Londres", "Moscou"), another language's form derived from maintained data ("Kharkov" for
// Kharkiv, "Niemcy" for Germany: weaker, one severity lower), or a word-for-word translation
// of a name that is also a common word ("Peter Stone" for Pedro Piedra). Longest form first.
import { isCapitalised } from '../../../document.ts'
import { startsWrongForm } from '../../../gazetteer.ts'
import type { Token } from '../../../types.ts'
import { type NameCheck, type NameHit, textOf } from '../check.ts'
import { COMMON_ENGLISH, type NameDoc } from '../context.ts'

const WEIGHT = { foreign: 0.9, literal: 0.85, exonym: 0.75 } as const

export const wrongForm: NameCheck = {
  id: 'wrong-form',
  run(nd) {
    const { doc, words } = nd
    const out: NameHit[] = []
    for (let w = 0; w < words.length; w++) {
      const firstIndex = words[w] as number
      const first = doc.tokens[firstIndex] as Token
      if (!isCapitalised(first.text)) continue
      const found = longestWrongForm(nd, w)
      if (!found) continue
      const lastIndex = words[found.end] as number
      const { entry, kind, form } = found.hit
      const single = found.end === w
      // A one-word form that is also a common English word is too weak ("Marine", "Chile" at a start).
      const en = nd.en(firstIndex)
      if (single && en !== undefined && en < COMMON_ENGLISH) continue
      // "Agência Brasil": a one-word form inside a longer name belongs to that name; for the
      // weaker exonyms, so does one after "of" ("the Battle of Kharkov" is a name of its own).
      if (single && (capitalisedNeighbour(nd, firstIndex, -1) || capitalisedNeighbour(nd, firstIndex, 1))) continue
      if (kind === 'exonym' && afterNameOf(nd, firstIndex)) continue
      // Inside a run of source-language words ("citoyen UE/EEE/Suisse") the name belongs to a
      // quoted title or a left-over phrase, which the foreign-words rule reports as a whole.
      if (kind !== 'literal' && (nd.foreignContext(firstIndex) || nd.foreignContext(lastIndex))) continue
      // A translation is made of everyday words. Mid-sentence its capital says it is a name
      // ("her album Blue garden", titles keep the source's sentence case); at a sentence start
      // it must be capitalised as the name is ("The country has…" is a phrase). Either way it
      // must not run on into a longer name ("The World Cup").
      if (
        kind === 'literal' &&
        ((nd.sentenceInitial(firstIndex) && !capitalisedAsForm(nd, w, found.end, form)) ||
          capitalisedNeighbour(nd, lastIndex, 1))
      )
        continue
      const text = textOf(nd, firstIndex, lastIndex)
      out.push({
        first: firstIndex,
        last: lastIndex,
        weight: WEIGHT[kind],
        demote: kind === 'exonym',
        message:
          kind === 'literal'
            ? `“${text}” translates the name ${entry.name} word for word`
            : kind === 'exonym'
              ? `“${text}” is another language’s form of ${entry.name}`
              : `“${text}” is the source-language form of ${entry.name}`,
        suggestion: suggestionFor(form, entry),
        ...(kind === 'foreign' ? { sourceForm: form } : {}),
      })
      w = found.end
    }
    return out
  },
}

/** The longest wrong form starting at word `w` (index into nd.words), on one line. */
function longestWrongForm(nd: NameDoc, w: number) {
  const { doc, g, words } = nd
  const line = (doc.tokens[words[w] as number] as Token).line
  let key = ''
  let found: { end: number; hit: NonNullable<ReturnType<typeof g.wrongForms.get>> } | null = null
  for (let k = w; k < words.length && k - w < g.maxWrongWords; k++) {
    const i = words[k] as number
    if ((doc.tokens[i] as Token).line !== line) break
    key = key ? `${key} ${nd.key(i)}` : nd.key(i)
    if (!startsWrongForm(g, key)) break // no wrong form goes on from here
    const hit = g.wrongForms.get(key)
    if (hit) found = { end: k, hit }
  }
  return found
}

/** Every word the form capitalises is capitalised in the text (words w..end of nd.words). */
function capitalisedAsForm(nd: NameDoc, w: number, end: number, form: string): boolean {
  const formWords = form.match(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu) ?? []
  for (let k = w; k <= end; k++) {
    const f = formWords[k - w]
    const t = nd.doc.tokens[nd.words[k] as number] as Token
    if (f && isCapitalised(f) && !isCapitalised(t.text)) return false
  }
  return true
}

/** "Battle of X", "Siege of X": the token follows "of" that follows a capitalised word. */
function afterNameOf(nd: NameDoc, i: number): boolean {
  const of = nd.doc.tokens[i - 1]
  return !!of && of.lower === 'of' && capitalisedNeighbour(nd, i - 1, -1)
}

function capitalisedNeighbour(nd: NameDoc, i: number, step: -1 | 1): boolean {
  const t = nd.doc.tokens[i] as Token
  const u = nd.doc.tokens[i + step]
  return !!u && u.kind === 'word' && u.line === t.line && isCapitalised(u.text)
}

export function suggestionFor(form: string, entry: { name: string; type: string }): string {
  // A one-word foreign form of a person ("Merkelová") stands for the surname.
  if (entry.type === 'person' && !form.trim().includes(' ')) return entry.name.split(/\s+/).pop() ?? entry.name
  return entry.name
}
