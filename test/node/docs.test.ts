// The docs say what the code does (issue 11.8): the limits in seeds/README.md are the ones
// src/rules/schema.ts and src/rules/cost.ts enforce, and the WP Webhooks setup says how the
// signing secret really reaches the plugin (3.x has no per-URL secret field).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { COST_BUDGET_MS } from '../../src/rules/cost.ts'
import { LIMITS } from '../../src/rules/schema.ts'

const ROOT = join(import.meta.dirname, '..', '..')
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8')

describe('seeds/README.md limits', () => {
  const limits = read('seeds/README.md').split('## Limits')[1] ?? ''
  /** The number written just before `(name` in the limits list. */
  const stated = (name: string) => {
    const m = new RegExp(`([\\d ,.]+)\\s*(MiB\\s*)?[^(\\d]*\\(\`${name}\``).exec(limits)
    return m ? Number((m[1] as string).replace(/[ ,]/g, '')) * (m[2] ? 1024 * 1024 : 1) : Number.NaN
  }

  it.each(Object.entries(LIMITS))('%s is the value the schema enforces', (name, value) => {
    expect(stated(name)).toBe(value)
  })

  it('states the cost budget the validation enforces', () => {
    expect(stated('COST_BUDGET_MS')).toBe(COST_BUDGET_MS)
  })
})

describe('README: WordPress (WP Webhooks)', () => {
  const section = read('README.md').split('### WordPress (WP Webhooks)')[1]?.split('\n### ')[0] ?? ''

  it('says where the secret comes from, not a settings field the plugin lacks', () => {
    expect(section).not.toMatch(/set a secret in the URL's settings/i)
    expect(section).toContain('wpwhpro/admin/webhooks/secret_key')
    expect(section).toMatch(/fresh install signs nothing/)
  })
})
