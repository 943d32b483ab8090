// One valid/invalid table per check (textlint-tester style): each check runs alone on
// sentences written for the test; `valid` texts give nothing, `invalid` texts give exactly
// these excerpts (and suggestions, when given). A check without both kinds of example fails.
import { describe, expect, it } from 'vitest'
import { type Check, runChecks } from '../../../src/engine/detectors/checks.ts'
import type { Doc } from '../../../src/engine/types.ts'
import { analyse } from '../../../src/engine/words.ts'
import { bundledData } from '../../helpers.ts'

export interface Invalid {
  text: string
  excerpts: string[]
  suggestions?: (string | undefined)[]
}
export interface Cases {
  valid: string[]
  invalid: Invalid[]
}

/** Excerpts one check finds in `text`. */
export function runOne<E>(check: Check<E>, text: string, envOf: (doc: Doc) => E) {
  const doc = analyse(text, bundledData())
  return runChecks(doc, [check], envOf(doc)).map((h) => ({ ...h, excerpt: text.slice(h.start, h.end) }))
}

export function checkTables<E>(
  label: string,
  table: readonly Check<E>[],
  envOf: (doc: Doc) => E,
  cases: Record<string, Cases>,
): void {
  describe(label, () => {
    it('every check has valid and invalid examples', () => {
      for (const c of table) {
        expect(cases[c.name]?.valid.length, `${c.name}: valid examples`).toBeGreaterThan(0)
        expect(cases[c.name]?.invalid.length, `${c.name}: invalid examples`).toBeGreaterThan(0)
      }
    })
    for (const [name, { valid, invalid }] of Object.entries(cases)) {
      const check = table.find((c) => c.name === name)
      describe(name, () => {
        it('is in the table', () => expect(check).toBeDefined())
        if (!check) return
        for (const text of valid)
          it(`valid: ${text.slice(0, 70)}`, () => expect(runOne(check, text, envOf).map((h) => h.excerpt)).toEqual([]))
        for (const c of invalid)
          it(`invalid: ${c.text.slice(0, 70)}`, () => {
            const found = runOne(check, c.text, envOf)
            expect(found.map((h) => h.excerpt)).toEqual(c.excerpts)
            if (c.suggestions) expect(found.map((h) => h.suggestion)).toEqual(c.suggestions)
          })
      })
    }
  })
}
