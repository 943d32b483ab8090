// Rule sets live in KV: writing a new version and moving the pointer changes the next
// audit, with no redeploy.
import { env, SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { BUNDLED_RULESET } from '../../src/rules/bundled.ts'

const V = (BUNDLED_RULESET as { version: number }).version
const text =
  'The ministers agreed on a new plan. Subscribe to the Gazette for the full story.\n\nThe talks will resume next week in the capital.'

async function auditText(): Promise<{
  ruleset: { id: string; version: number }
  findings: { excerpt: string; ruleId: string }[]
}> {
  const res = await SELF.fetch('http://auditor.test/v1/audit', {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: text,
  })
  expect(res.status).toBe(200)
  return res.json()
}

describe('rule sets in KV', () => {
  it('serves the bundled default while KV is empty', async () => {
    expect(await env.RULES.get('ruleset:default:current')).toBeNull()
    const r = await auditText()
    expect(r.ruleset).toEqual({ id: 'default', version: V })
    expect(r.findings.some((f) => f.ruleId === 'kv.added')).toBe(false)
  })

  it('uses a new version as soon as the pointer moves', async () => {
    const base = BUNDLED_RULESET as { rules: unknown[] }
    const next = V + 1
    const v7 = {
      ...base,
      version: next,
      rules: [
        ...base.rules,
        {
          id: 'kv.added',
          kind: 'phrase',
          category: 'boilerplate',
          severity: 'major',
          phrases: ['Subscribe to the Gazette'],
          extend: 'sentence',
        },
      ],
    }
    await env.RULES.put(`ruleset:default:v${next}`, JSON.stringify(v7))
    await env.RULES.put('ruleset:default:current', JSON.stringify({ version: next }))
    const r = await auditText()
    expect(r.ruleset).toEqual({ id: 'default', version: next })
    const added = r.findings.find((f) => f.ruleId === 'kv.added')
    expect(added?.excerpt).toBe('Subscribe to the Gazette for the full story.')

    // Moving the pointer back (a rollback) removes the finding again.
    await env.RULES.put(`ruleset:default:v${V}`, JSON.stringify(base))
    await env.RULES.put('ruleset:default:current', JSON.stringify({ version: V }))
    const back = await auditText()
    expect(back.ruleset.version).toBe(V)
    expect(back.findings.some((f) => f.ruleId === 'kv.added')).toBe(false)
  })

  it('serves another rule set stored in KV by id', async () => {
    const base = BUNDLED_RULESET as { rules: unknown[] }
    await env.RULES.put(
      'ruleset:strict:v1',
      JSON.stringify({ ...base, id: 'strict', version: 1, rules: base.rules.slice(0, 1) }),
    )
    await env.RULES.put('ruleset:strict:current', JSON.stringify({ version: 1 }))
    const res = await SELF.fetch('http://auditor.test/v1/audit?ruleset=strict', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: text,
    })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { ruleset: unknown }).ruleset).toEqual({ id: 'strict', version: 1 })
  })

  it('reports a stored rule set that does not validate as a server problem naming the rule', async () => {
    await env.RULES.put(
      'ruleset:broken:v1',
      JSON.stringify({
        id: 'broken',
        rules: [{ id: 'bad.rule', kind: 'phrase', category: 'nonsense', phrases: ['x'] }],
      }),
    )
    await env.RULES.put('ruleset:broken:current', JSON.stringify({ version: 1 }))
    const res = await SELF.fetch('http://auditor.test/v1/audit', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, ruleset: 'broken' }),
    })
    expect(res.status).toBe(500)
    const body = (await res.json()) as { problems: { ruleId?: string; path: string }[] }
    expect(body.problems[0]?.ruleId).toBe('bad.rule')
    expect(body.problems[0]?.path).toContain('category')
  })
})

describe('a pattern RE2 refuses, written to KV behind the API’s back', () => {
  it('is skipped at run time instead of failing the audit', async () => {
    const base = BUNDLED_RULESET as { rules: unknown[] }
    await env.RULES.put(
      'ruleset:sneaky:v1',
      JSON.stringify({
        ...base,
        id: 'sneaky',
        version: 1,
        rules: [
          ...base.rules,
          { id: 'bad.lookahead', kind: 'pattern', category: 'garbled', patterns: [{ re: 'the(?= ministers)' }] },
        ],
      }),
    )
    await env.RULES.put('ruleset:sneaky:current', JSON.stringify({ version: 1 }))
    const res = await SELF.fetch('http://auditor.test/v1/audit?ruleset=sneaky', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: text,
    })
    expect(res.status).toBe(200)
    const r = (await res.json()) as { findings: { ruleId: string }[] }
    expect(r.findings.some((f) => f.ruleId === 'bad.lookahead')).toBe(false)
  })
})
