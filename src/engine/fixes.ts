// Applying suggestions to a text, as the editor page does (textlint's applyFixesToText is the
// model): pure, so it is tested apart from the page. Replacing [start, end) shifts the findings
// after it, stretches a finding around it (whose own suggestion, computed for the old text, is
// dropped) and drops the findings it overlaps, since the text they pointed at is gone.
// A suggestion may offer alternatives, "depending on / based on": one is applied (the first
// unless the editor picks another), as the engine's example runner does.
import type { Span } from './types.ts'

export interface Editable extends Span {
  id: number
  suggestion?: string
}

export interface Edited<F extends Editable> {
  text: string
  findings: F[]
}

export const hasSuggestion = (f: Editable): f is Editable & { suggestion: string } => typeof f.suggestion === 'string'

/** The alternatives a suggestion offers, separated by " / " in rule data. */
export const alternatives = (suggestion: string): string[] => suggestion.split(' / ')

/**
 * Replaces the text of `target` with its suggestion (alternative `choice`, the first by
 * default) and moves the other findings with the text.
 */
export function applySuggestion<F extends Editable>(
  text: string,
  findings: readonly F[],
  target: F,
  choice = 0,
): Edited<F> {
  if (!hasSuggestion(target)) return { text, findings: [...findings] }
  const { start, end } = target
  const options = alternatives(target.suggestion)
  const replacement = options[choice] ?? (options[0] as string)
  const delta = replacement.length - (end - start)
  const out: F[] = []
  for (const g of findings) {
    if (g.id === target.id) continue
    if (g.end <= start) out.push(g)
    else if (g.start >= end) out.push({ ...g, start: g.start + delta, end: g.end + delta })
    else if (g.start <= start && g.end >= end && !(g.start === start && g.end === end)) {
      const stretched = { ...g, end: g.end + delta }
      delete stretched.suggestion
      out.push(stretched)
    }
  }
  return { text: text.slice(0, start) + replacement + text.slice(end), findings: out }
}

/**
 * Applies the suggestions (first alternatives) of the chosen findings, last in the text first,
 * so that each one is applied where it stands; one that an earlier replacement dropped or
 * stretched is skipped.
 */
export function applyAll<F extends Editable>(
  text: string,
  findings: readonly F[],
  chosen: (f: F) => boolean,
): Edited<F> & { applied: number } {
  const todo = findings
    .filter((f) => chosen(f) && hasSuggestion(f))
    .sort((a, b) => b.start - a.start || b.end - a.end)
    .map((f) => f.id)
  let state: Edited<F> = { text, findings: [...findings] }
  let applied = 0
  for (const id of todo) {
    const current = state.findings.find((f) => f.id === id)
    if (!current || !hasSuggestion(current)) continue
    state = applySuggestion(state.text, state.findings, current)
    applied++
  }
  return { ...state, applied }
}
