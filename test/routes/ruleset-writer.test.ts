// One writer per rule set (issue 11.2): real concurrent writers against the Worker, whose
// writes all pass through the RulesetWriter Durable Object in workerd. KV alone cannot do
// this (no compare-and-set): two PUTs with the same If-Match both won, two PUTs stored an
// `extends` cycle, deleting a parent broke its children.
import { env, SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { base, call } from './admin.ts'

const child = (parent: string, description = '') => ({ extends: parent, description, rules: [] })

async function auditWith(ruleset: string) {
  return SELF.fetch(`${base}/v1/audit?ruleset=${ruleset}`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: 'The council approved the budget on Monday after a long debate about schools.',
  })
}

describe('concurrent writers', () => {
  it('of writes based on the same version exactly one wins, every round, and nothing is overwritten', async () => {
    expect((await call('PUT', '/v1/rulesets/race', child('default', 'start'))).status).toBe(201)
    for (let round = 0; round < 5; round++) {
      const current = Number(((await (await call('GET', '/v1/rulesets/race')).json()) as { version: number }).version)
      const writers = Array.from({ length: 6 }, (_, w) =>
        call('PUT', '/v1/rulesets/race', child('default', `round ${round} writer ${w}`), {
          'if-match': `"${current}"`,
        }),
      )
      const answers = await Promise.all(writers)
      const statuses = answers.map((r) => r.status).sort()
      expect(statuses, `round ${round}`).toEqual([201, 412, 412, 412, 412, 412])
      const winner = answers.findIndex((r) => r.status === 201)
      expect(await answers[winner]?.json()).toEqual({ id: 'race', version: current + 1 })
      const loser = answers.find((r) => r.status === 412) as Response
      expect(loser.headers.get('content-type')).toMatch(/problem\+json/)
      expect(((await loser.json()) as { current: number }).current).toBe(current + 1)
      // The winner's document is the one stored under its version; no other write replaced it.
      const stored = (await env.RULES.get(`ruleset:race:v${current + 1}`, 'json')) as { description: string }
      expect(stored.description).toBe(`round ${round} writer ${winner}`)
      expect(await env.RULES.get(`ruleset:race:v${current + 2}`)).toBeNull()
    }
  })

  it('without If-Match every write lands, each under its own version', async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, w) => call('PUT', '/v1/rulesets/many', child('default', `w${w}`))),
    )
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201, 201, 201])
    const versions = await Promise.all(answers.map(async (r) => ((await r.json()) as { version: number }).version))
    expect([...versions].sort()).toEqual([1, 2, 3, 4, 5])
    const listed = (await (await call('GET', '/v1/rulesets/many/versions')).json()) as { versions: number[] }
    expect(listed.versions).toEqual([1, 2, 3, 4, 5])
  })

  it('two writes that would make an extends cycle: one is refused, and audits keep answering', async () => {
    expect((await call('PUT', '/v1/rulesets/left', child('default'))).status).toBe(201)
    expect((await call('PUT', '/v1/rulesets/right', child('default'))).status).toBe(201)
    const [l, r] = await Promise.all([
      call('PUT', '/v1/rulesets/left', child('right')),
      call('PUT', '/v1/rulesets/right', child('left')),
    ])
    expect([l.status, r.status].sort()).toEqual([201, 422])
    const refused = (await (l.status === 422 ? l : r).json()) as { problems: { path: string; message: string }[] }
    expect(refused.problems[0]?.path).toBe('extends')
    expect(refused.problems[0]?.message).toMatch(/cycle/)
    expect((await auditWith('left')).status).toBe(200)
    expect((await auditWith('right')).status).toBe(200)
  })

  it('deleting a parent while a child is written against it: never both', async () => {
    for (let round = 0; round < 3; round++) {
      const parent = `parent-${round}`
      expect((await call('PUT', `/v1/rulesets/${parent}`, child('default'))).status).toBe(201)
      const [del, put] = await Promise.all([
        call('DELETE', `/v1/rulesets/${parent}`),
        call('PUT', `/v1/rulesets/kid-${round}`, child(parent)),
      ])
      const outcome = [del.status, put.status]
      expect([JSON.stringify([204, 422]), JSON.stringify([409, 201])], `round ${round}`).toContain(
        JSON.stringify(outcome),
      )
      if (put.status === 201) expect((await auditWith(`kid-${round}`)).status).toBe(200)
      else expect((await call('GET', `/v1/rulesets/${parent}`)).status).toBe(404)
    }
  })
})

describe('the writer checks in the same step as it writes', () => {
  it('refuses to delete a rule set others extend, naming them', async () => {
    await call('PUT', '/v1/rulesets/base-a', child('default'))
    await call('PUT', '/v1/rulesets/site-a1', child('base-a'))
    await call('PUT', '/v1/rulesets/site-a2', child('base-a'))
    const res = await call('DELETE', '/v1/rulesets/base-a')
    expect(res.status).toBe(409)
    expect(((await res.json()) as { children: string[] }).children).toEqual(['site-a1', 'site-a2'])
    expect((await auditWith('site-a1')).status).toBe(200)
  })

  it('refuses a rollback to a version that would close a cycle', async () => {
    await call('PUT', '/v1/rulesets/up', child('default'))
    await call('PUT', '/v1/rulesets/down', child('default'))
    expect((await call('PUT', '/v1/rulesets/up', child('down'))).status).toBe(201) // up v2 extends down
    expect((await call('PUT', '/v1/rulesets/up', child('default'))).status).toBe(201) // up v3
    expect((await call('PUT', '/v1/rulesets/down', child('up'))).status).toBe(201) // down extends up
    const res = await call('POST', '/v1/rulesets/up/rollback', { version: 2 })
    expect(res.status).toBe(422)
    expect(((await res.json()) as { detail: string }).detail).toMatch(/cycle/)
    expect((await auditWith('up')).status).toBe(200)
  })

  it('honours If-Match on rollback and delete', async () => {
    await call('PUT', '/v1/rulesets/guarded', child('default'))
    await call('PUT', '/v1/rulesets/guarded', child('default', 'v2'))
    expect((await call('POST', '/v1/rulesets/guarded/rollback', { version: 1 }, { 'if-match': '"1"' })).status).toBe(
      412,
    )
    expect((await call('POST', '/v1/rulesets/guarded/rollback', { version: 1 }, { 'if-match': '"2"' })).status).toBe(
      200,
    )
    expect((await call('DELETE', '/v1/rulesets/guarded', undefined, { 'if-match': '"2"' })).status).toBe(412)
    expect((await call('DELETE', '/v1/rulesets/guarded', undefined, { 'if-match': '"1"' })).status).toBe(204)
  })

  it('never reuses a version number after a delete', async () => {
    await call('PUT', '/v1/rulesets/phoenix', child('default', 'first life'))
    await call('PUT', '/v1/rulesets/phoenix', child('default', 'first life, v2'))
    expect((await call('DELETE', '/v1/rulesets/phoenix')).status).toBe(204)
    const again = await call('PUT', '/v1/rulesets/phoenix', child('default', 'second life'))
    expect(await again.json()).toEqual({ id: 'phoenix', version: 3 })
  })

  it('adopts a pointer the seed script moved forward behind its back', async () => {
    await call('PUT', '/v1/rulesets/seeded', child('default', 'api v1'))
    // What `npm run seed` does: a higher version and the pointer, straight into KV.
    await env.RULES.put('ruleset:seeded:v7', JSON.stringify({ id: 'seeded', version: 7, ...child('default') }))
    await env.RULES.put('ruleset:seeded:current', JSON.stringify({ version: 7, latest: 7 }))
    expect((await call('PUT', '/v1/rulesets/seeded', child('default'), { 'if-match': '"1"' })).status).toBe(412)
    const next = await call('PUT', '/v1/rulesets/seeded', child('default'), { 'if-match': '"7"' })
    expect(await next.json()).toEqual({ id: 'seeded', version: 8 })
  })
})
