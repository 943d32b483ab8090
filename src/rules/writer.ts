// One writer for rule sets (DESIGN §4, issue 11.2). KV has no compare-and-set, so two PUTs
// with the same If-Match both won, two PUTs could store an `extends` cycle and deleting a
// parent left its children broken. Every write (PUT, rollback, delete) is therefore one call
// into this Durable Object, which runs it alone (blockConcurrencyWhile): it checks If-Match,
// the parent and the absence of a cycle, or the children, against its own strongly
// consistent storage, and only then writes the immutable version and the pointer to KV.
// Audits never come here: KV stays the read path.
//
// Cycles and children span rule sets, so a single object serialises the whole namespace
// (`RULESET_WRITER.getByName(WRITER_NAME)`); writes are an editor's occasional action, far
// below what one object handles. The object learns what exists from KV the first time it
// sees a rule set, and adopts a KV pointer that is ahead of it (the seed script, which only
// ever moves pointers forward); it never reads its own writes back from KV.
import { DurableObject } from 'cloudflare:workers'
import type { StoredRuleSet } from './schema.ts'
import {
  bundledDefault,
  DEFAULT_RULESET_ID,
  deleteAllVersions,
  listIds,
  listVersions,
  MAX_INHERITANCE_DEPTH,
  type Pointer,
  readPointer,
  rulesetKey,
  writePointer,
  writeVersion,
} from './store.ts'

/** What the writer knows of one rule set. `deleted` keeps the numbering going after a delete. */
interface State {
  version: number
  latest: number
  extends: string | null
  deleted?: true
}

export type WriteResult =
  | { ok: true; id: string; version: number }
  | { ok: false; status: 404 | 409 | 412 | 422; detail: string; extensions?: Record<string, unknown> }

const fail = (
  status: 404 | 409 | 412 | 422,
  detail: string,
  extensions?: Record<string, unknown>,
): WriteResult & { ok: false } => ({ ok: false, status, detail, extensions })

const stateKey = (id: string) => `rs:${id}`

export class RulesetWriter extends DurableObject<Env> {
  /** Writes a new version of `stored.id` and makes it current. */
  put(stored: StoredRuleSet, ifMatch?: number): Promise<WriteResult> {
    return this.alone(async () => {
      const id = stored.id
      const state = await this.current(id)
      const conflict = this.checkIfMatch(id, state, ifMatch)
      if (conflict) return conflict
      const problem = await this.checkParent(id, stored.extends ?? null)
      if (problem) return problem
      let latest = state?.latest ?? 0
      if (id === DEFAULT_RULESET_ID && state?.latest === 0) {
        // The bundled default becomes a stored version first, so a rollback can return to it.
        const bundled = bundledDefault()
        await writeVersion(this.env.RULES, bundled.stored, bundled.version)
        latest = Math.max(latest, bundled.version)
      }
      // Versions may also have been written by the seed script: never reuse a number.
      const version = Math.max(latest, ...(await listVersions(this.env.RULES, id))) + 1
      await writeVersion(this.env.RULES, stored, version)
      await this.move(id, { version, latest: version, extends: stored.extends ?? null })
      return { ok: true, id, version }
    })
  }

  /** Makes an existing version current again. */
  rollback(id: string, version: number, ifMatch?: number): Promise<WriteResult> {
    return this.alone(async () => {
      const state = await this.current(id)
      if (!state?.version) return fail(404, `No rule set "${id}"`)
      const conflict = this.checkIfMatch(id, state, ifMatch)
      if (conflict) return conflict
      const target =
        (await this.env.RULES.get<StoredRuleSet>(rulesetKey(id, version), 'json')) ??
        (id === DEFAULT_RULESET_ID && version === bundledDefault().version ? bundledDefault().stored : null)
      if (!target) return fail(404, `Rule set "${id}" has no version ${version}`)
      const problem = await this.checkParent(id, target.extends ?? null)
      if (problem) return problem
      await this.move(id, { version, latest: Math.max(state.latest, version), extends: target.extends ?? null })
      return { ok: true, id, version }
    })
  }

  /** Deletes a rule set and its versions, unless another rule set extends it. */
  remove(id: string, ifMatch?: number): Promise<WriteResult> {
    return this.alone(async () => {
      if (id === DEFAULT_RULESET_ID) return fail(409, 'The default rule set cannot be deleted')
      const state = await this.current(id)
      if (!state?.version) return fail(404, `No rule set "${id}"`)
      const conflict = this.checkIfMatch(id, state, ifMatch)
      if (conflict) return conflict
      const children = await this.childrenOf(id)
      if (children.length)
        return fail(409, `Rule set "${id}" is extended by ${children.map((c) => `"${c}"`).join(', ')}`, {
          children,
        })
      await this.ctx.storage.put<State>(stateKey(id), { ...state, version: 0, extends: null, deleted: true })
      await deleteAllVersions(this.env.RULES, id)
      return { ok: true, id, version: 0 }
    })
  }

  /** Runs one write with no other event delivered to this object until it is done. */
  private alone(write: () => Promise<WriteResult>): Promise<WriteResult> {
    // A callback that throws would reset the object: failures travel back as values.
    return this.ctx
      .blockConcurrencyWhile(async () => {
        try {
          return { result: await write() }
        } catch (e) {
          return { error: e instanceof Error ? e.message : String(e) }
        }
      })
      .then((r) => {
        if ('error' in r) throw new Error(`Rule-set writer: ${r.error}`)
        return r.result
      })
  }

  private checkIfMatch(id: string, state: State | null, ifMatch: number | undefined): WriteResult | null {
    const current = state?.version ?? 0
    if (ifMatch !== undefined && ifMatch !== current)
      return fail(412, `Rule set "${id}" is at version ${current}; re-read it and retry with If-Match: "${current}"`, {
        current,
      })
    return null
  }

  /** The parent must exist, and following `extends` from it must not come back to `id`. */
  private async checkParent(id: string, parent: string | null): Promise<WriteResult | null> {
    const chain = [id]
    for (let at = parent; at !== null; ) {
      if (at === id)
        return fail(422, `Inheritance cycle: ${[...chain, id].join(' → ')}`, {
          problems: [{ path: 'extends', message: `inheritance cycle: ${[...chain, id].join(' → ')}` }],
        })
      const state = await this.current(at)
      if (!state?.version)
        return fail(422, `It extends "${at}", which does not exist`, {
          problems: [{ path: 'extends', message: `No rule set "${at}"` }],
        })
      chain.push(at)
      if (chain.length > MAX_INHERITANCE_DEPTH + 1)
        return fail(422, `extends more than ${MAX_INHERITANCE_DEPTH} levels deep`, {
          problems: [{ path: 'extends', message: `extends more than ${MAX_INHERITANCE_DEPTH} levels deep` }],
        })
      at = state.extends
    }
    return null
  }

  private async childrenOf(id: string): Promise<string[]> {
    const known = [...(await this.ctx.storage.list<State>({ prefix: 'rs:' })).keys()].map((k) => k.slice(3))
    const ids = new Set([...known, ...(await listIds(this.env.RULES))])
    const children: string[] = []
    for (const other of ids) {
      if (other === id) continue
      const state = await this.current(other)
      if (state?.version && state.extends === id) children.push(other)
    }
    return children.sort()
  }

  private async move(id: string, state: State): Promise<void> {
    // The object's own record first: if the KV write fails, the next write repeats it.
    await this.ctx.storage.put<State>(stateKey(id), state)
    await writePointer(this.env.RULES, id, {
      version: state.version,
      latest: state.latest,
      updatedAt: new Date().toISOString(),
    })
  }

  /**
   * What exists now: this object's record, or what KV says for a rule set it has not written
   * (seeded, or written before this object existed), or KV's pointer when the seed script
   * has moved it past the record. A null or version-0 state is a rule set that does not exist.
   */
  private async current(id: string): Promise<State | null> {
    const known = (await this.ctx.storage.get<State>(stateKey(id))) ?? null
    const pointer = await readPointer(this.env.RULES, id)
    if (pointer && (!known || pointer.latest > known.latest)) {
      const adopted = await this.fromKv(id, pointer)
      if (adopted) {
        await this.ctx.storage.put(stateKey(id), adopted)
        return adopted
      }
    }
    if (known) return known
    if (id === DEFAULT_RULESET_ID) {
      // Served from the bundle, not yet in KV (latest 0 says so).
      const bundled = bundledDefault()
      return { version: bundled.version, latest: 0, extends: bundled.stored.extends ?? null }
    }
    return null
  }

  private async fromKv(id: string, pointer: Pointer): Promise<State | null> {
    const stored = await this.env.RULES.get<StoredRuleSet>(rulesetKey(id, pointer.version), 'json')
    if (!stored && !(id === DEFAULT_RULESET_ID && pointer.version === bundledDefault().version)) return null
    return { version: pointer.version, latest: pointer.latest, extends: stored?.extends ?? null }
  }
}
