// The engine runs the same in Node (CLI, benchmarks) as in the Worker.
import { describe, expect, it } from 'vitest'
import { loadCompiled } from '../../scripts/lib/engine.ts'
import { audit } from '../../src/engine/audit.ts'

describe('engine in Node', () => {
  it('loads the seeded rule set from files and audits', () => {
    const r = audit('Officials said the the talks in Ginebra would resume.', loadCompiled())
    expect(r.ruleset.id).toBe('default')
    expect(r.findings.map((f) => f.excerpt)).toEqual(expect.arrayContaining(['the the', 'Ginebra']))
  })
})
