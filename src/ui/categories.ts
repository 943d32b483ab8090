// Labels and colours of the finding categories, shared by the editor page, the API docs and
// the CLI's HTML report, so a category looks the same wherever an editor meets it. Colours
// are light fills (dark text stays readable on them, WCAG AA) with a stronger underline.
import { CATEGORIES, type Category } from '../engine/types.ts'

export interface CategoryStyle {
  label: string
  /** Highlight fill behind the text. */
  fill: string
  /** Underline and swatch border: distinguishes categories without relying on the fill alone. */
  line: string
  /** What the category means, for legends and tooltips. */
  help: string
}

export const CATEGORY_STYLE: Record<Category, CategoryStyle> = {
  'foreign-token': {
    label: 'Foreign word',
    fill: '#ffe0b8',
    line: '#c25e00',
    help: 'Words left in the source language',
  },
  'name-misspelling': {
    label: 'Misspelt name',
    fill: '#ffd0d0',
    line: '#c92a2a',
    help: 'A name spelt wrongly or in its foreign form',
  },
  'name-inconsistency': {
    label: 'Inconsistent name',
    fill: '#f3d4fa',
    line: '#9c36b5',
    help: 'One name spelt two ways in the article',
  },
  boilerplate: {
    label: 'Boilerplate',
    fill: '#d6ecff',
    line: '#1c64b5',
    help: 'Site chrome pasted into the body: “See also”, comment forms, credits',
  },
  duplicate: {
    label: 'Duplicate',
    fill: '#cdf5e8',
    line: '#0b7a5c',
    help: 'Repeated lines, captions or truncated repeats',
  },
  garbled: {
    label: 'Garbled',
    fill: '#fff1b0',
    line: '#a37800',
    help: 'Run-together words, stray capitals, broken punctuation',
  },
  calque: {
    label: 'Calque',
    fill: '#d8f5d0',
    line: '#2b8a3e',
    help: 'A literal translation where English says it differently',
  },
}

/** CSS custom properties and classes `.cat-<category>` for highlights and swatches. */
export function categoryCss(): string {
  return CATEGORIES.map((c) => {
    const s = CATEGORY_STYLE[c]
    return `.cat-${c}{--fill:${s.fill};--line:${s.line}}`
  }).join('\n')
}
