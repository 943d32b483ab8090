// Rule sets in Workers KV (DESIGN §4): immutable `ruleset:{id}:v{n}` values plus one small
// pointer `ruleset:{id}:current`, because KV propagates in up to 60 s and allows one write
// per second per key. Compiled rule sets are cached per isolate, keyed by id, version and
// the versions of the rule sets they extend. This module reads; every write goes through
// the one writer (src/rules/writer.ts), which uses the KV primitives at the end.
import { RULESET_ID } from '../api/schemas.ts'
import { type CompiledRuleSet, compileData, compileRuleset, type RawData } from '../engine/compile.ts'
import type { NameData } from '../engine/data.ts'
import type { RuleData } from '../engine/detector.ts'
import { BUNDLED_DATA, BUNDLED_RULESET } from './bundled.ts'
import { costProblems } from './cost.ts'
import {
  inherit,
  type RuleProblem,
  type RuleSet,
  type StoredRuleSet,
  validateRuleset,
  validateStored,
} from './schema.ts'

export const rulesetKey = (id: string, version: number) => `ruleset:${id}:v${version}`
export const pointerKey = (id: string) => `ruleset:${id}:current`
export const DEFAULT_RULESET_ID = 'default'
/** The name of the one RulesetWriter Durable Object every rule-set write goes through. */
export const WRITER_NAME = 'rulesets'
/** Longest chain of `extends`; deeper chains are refused (and cycles caught). */
export const MAX_INHERITANCE_DEPTH = 4
/** Each isolate keeps a handful of compiled rule sets; past that the oldest goes (memory is 128 MB). */
const MAX_CACHED = 8

const compiledCache = new Map<string, CompiledRuleSet>()
/** Parsed and validated versions by "id@version": versions are immutable, so parse each once. */
const storedCache = new Map<string, Versioned>()
/** Resolved rule sets by their chain of versions. */
const resolvedCache = new Map<string, RuleSet>()

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_CACHED * 4) cache.delete(cache.keys().next().value as string)
  cache.set(key, value)
  return value
}
const dataCache = new Map<string, Promise<RuleData>>()

/** An id as echoed in messages: whatever a caller sent, at most 80 characters of it. */
export const clipId = (id: string) => (id.length > 80 ? `${id.slice(0, 80)}…` : id)

export class RulesetNotFound extends Error {
  readonly id: string
  constructor(
    id: string,
    readonly version?: number,
  ) {
    const shown = clipId(id)
    super(version === undefined ? `No rule set "${shown}"` : `Rule set "${shown}" has no version ${version}`)
    this.id = shown
  }
}

export class RulesetInvalid extends Error {
  constructor(
    readonly id: string,
    readonly problems: RuleProblem[],
  ) {
    super(`Rule set "${id}" is invalid`)
  }
}

export interface Pointer {
  version: number
  /** Highest version ever written (a rollback moves `version` back, never `latest`). */
  latest: number
  updatedAt?: string
}

/** A stored rule set with the version it was read at and where it came from. */
export interface Versioned {
  stored: StoredRuleSet
  version: number
  source: 'kv' | 'bundled'
}

function bundledStored(): StoredRuleSet {
  const v = validateStored(BUNDLED_RULESET, { patterns: false }) // checked by the seed build
  if (!v.ok) throw new RulesetInvalid(DEFAULT_RULESET_ID, v.problems)
  return v.value
}
const bundledVersion = () => bundledStored().version ?? 1

export async function readPointer(kv: KVNamespace, id: string): Promise<Pointer | null> {
  if (!RULESET_ID.test(id)) return null
  const p = await kv.get<Partial<Pointer>>(pointerKey(id), 'json')
  if (!p || typeof p.version !== 'number') return null
  return { version: p.version, latest: Math.max(p.latest ?? p.version, p.version), updatedAt: p.updatedAt }
}

/** A given version, or the current one; the bundled default answers for `default` when KV has none. */
export async function readStored(kv: KVNamespace, id: string, version?: number): Promise<Versioned> {
  // Every entry (query, header, body, path, a queued job, a stored `extends`) ends here: an id
  // that cannot exist is not looked up (KV refuses keys over 512 bytes with an error).
  if (!RULESET_ID.test(id)) throw new RulesetNotFound(id, version)
  const pointer = version === undefined ? await readPointer(kv, id) : null
  const want = version ?? pointer?.version
  if (want !== undefined) {
    const hit = storedCache.get(`${id}@${want}`)
    if (hit) return hit
    const raw = await kv.get(rulesetKey(id, want), 'json')
    if (raw) {
      const v = validateStored(raw, { patterns: false }) // checked when it was written
      if (!v.ok) throw new RulesetInvalid(id, v.problems)
      return remember(storedCache, `${id}@${want}`, { stored: v.value, version: want, source: 'kv' })
    }
  }
  if (id === DEFAULT_RULESET_ID && (want === undefined || want === bundledVersion())) {
    const key = `${id}@bundled`
    return (
      storedCache.get(key) ??
      remember(storedCache, key, { stored: bundledStored(), version: bundledVersion(), source: 'bundled' })
    )
  }
  throw new RulesetNotFound(id, version)
}

/** Resolves inheritance into a complete rule set; `chain` names every version involved. */
export async function resolve(
  kv: KVNamespace,
  start: Versioned,
  depth = 0,
  seen: string[] = [],
  /** False for a candidate not yet stored (PUT, validate): its version number is not its identity. */
  cache = true,
): Promise<{ ruleset: RuleSet; chain: string[] }> {
  const { stored, version } = start
  if (seen.includes(stored.id))
    throw new RulesetInvalid(stored.id, [
      { path: 'extends', message: `inheritance cycle: ${[...seen, stored.id].join(' → ')}` },
    ])
  if (depth > MAX_INHERITANCE_DEPTH)
    throw new RulesetInvalid(stored.id, [
      { path: 'extends', message: `extends more than ${MAX_INHERITANCE_DEPTH} levels deep` },
    ])
  let raw: unknown = { ...stored, version }
  let chain = [`${stored.id}@${version}${start.source === 'bundled' ? 'b' : ''}`]
  let parent: RuleSet | undefined
  if (stored.extends) {
    const p = await resolve(kv, await readStored(kv, stored.extends), depth + 1, [...seen, stored.id])
    parent = p.ruleset
    chain = [...chain, ...p.chain]
  }
  const key = chain.join('<')
  const hit = cache ? resolvedCache.get(key) : undefined
  if (hit) return { ruleset: hit, chain }
  if (parent) raw = inherit(parent, stored, version)
  // Every pattern was checked on RE2 when its version was written, and a candidate's own
  // rules when the route validated it: the merged rule set is checked for what only the
  // whole can break, its cost (recompiling the default's 228 patterns took ~140 ms a PUT).
  const v = validateRuleset(raw, { patterns: false })
  if (!v.ok) throw new RulesetInvalid(stored.id, v.problems)
  if (!cache) {
    const over = costProblems(v.value.rules)
    if (over.length) throw new RulesetInvalid(stored.id, over)
  }
  return { ruleset: cache ? remember(resolvedCache, key, v.value) : v.value, chain }
}

export async function loadRuleset(kv: KVNamespace, id: string): Promise<RuleSet> {
  return (await resolve(kv, await readStored(kv, id))).ruleset
}

async function readData(kv: KVNamespace, key: string, kind: 'text' | 'json'): Promise<unknown> {
  const stored = kind === 'text' ? await kv.get(key, 'text') : await kv.get(key, 'json')
  if (stored !== null) return stored
  const bundled = BUNDLED_DATA[key]
  if (bundled === undefined) throw new Error(`Data "${key}" is neither in KV nor bundled`)
  return bundled
}

async function loadData(kv: KVNamespace, rs: RuleSet): Promise<RuleData> {
  const keys = [
    ...Object.entries(rs.data.lexicons).map(([l, k]) => `${l}=${k}`),
    rs.data.stopwords,
    rs.data.names,
  ].join('|')
  let p = dataCache.get(keys)
  if (!p) {
    p = (async () => {
      const lexicons: Record<string, string> = {}
      await Promise.all(
        Object.entries(rs.data.lexicons).map(async ([lang, key]) => {
          lexicons[lang] = (await readData(kv, key, 'text')) as string
        }),
      )
      const raw: RawData = {
        lexicons,
        stopwords: rs.data.stopwords
          ? ((await readData(kv, rs.data.stopwords, 'json')) as Record<string, string[]>)
          : {},
        names: rs.data.names ? ((await readData(kv, rs.data.names, 'json')) as NameData) : { entries: [] },
      }
      return compileData(raw)
    })()
    p.catch(() => dataCache.delete(keys))
    dataCache.set(keys, p)
    if (dataCache.size > MAX_CACHED) dataCache.delete(dataCache.keys().next().value as string)
  }
  return p
}

/** Compiles a resolved rule set (with its data), for audits and for dry-run validation. */
export async function compileResolved(kv: KVNamespace, rs: RuleSet): Promise<CompiledRuleSet> {
  return compileRuleset(rs, await loadData(kv, rs))
}

/** The compiled current version of rule set `id`, from the isolate cache when it is there. */
export async function getCompiled(kv: KVNamespace, id: string): Promise<CompiledRuleSet> {
  const { ruleset, chain } = await resolve(kv, await readStored(kv, id))
  const cacheKey = chain.join('<')
  const hit = compiledCache.get(cacheKey)
  if (hit) return hit
  const compiled = await compileResolved(kv, ruleset)
  if (compiledCache.size >= MAX_CACHED) compiledCache.delete(compiledCache.keys().next().value as string)
  compiledCache.set(cacheKey, compiled)
  return compiled
}

/** Writes one immutable version (the writer picks its number). */
export async function writeVersion(kv: KVNamespace, stored: StoredRuleSet, version: number): Promise<void> {
  await kv.put(rulesetKey(stored.id, version), JSON.stringify({ ...stored, version }))
}

/** Moves the pointer: the one key that changes, and what switches audits to a version. */
export async function writePointer(kv: KVNamespace, id: string, pointer: Pointer): Promise<void> {
  await kv.put(pointerKey(id), JSON.stringify(pointer))
}

/** The bundled default as a stored version (written to KV before the first change to it, so a rollback finds it). */
export function bundledDefault(): { stored: StoredRuleSet; version: number } {
  return { stored: bundledStored(), version: bundledVersion() }
}

export async function listVersions(kv: KVNamespace, id: string): Promise<number[]> {
  const versions: number[] = []
  let cursor: string | undefined
  do {
    const page = await kv.list({ prefix: `ruleset:${id}:v`, cursor })
    for (const k of page.keys) {
      const m = /:v(\d+)$/.exec(k.name)
      if (m) versions.push(Number(m[1]))
    }
    cursor = page.list_complete ? undefined : page.cursor
  } while (cursor)
  if (id === DEFAULT_RULESET_ID && !versions.includes(bundledVersion())) versions.push(bundledVersion())
  return versions.sort((a, b) => a - b)
}

/** Ids of every rule set with a pointer, plus the bundled default. */
export async function listIds(kv: KVNamespace): Promise<string[]> {
  const ids = new Set<string>([DEFAULT_RULESET_ID])
  let cursor: string | undefined
  do {
    const page = await kv.list({ prefix: 'ruleset:', cursor })
    for (const k of page.keys) {
      const m = /^ruleset:([^:]+):current$/.exec(k.name)
      // A key written behind the API's back with an impossible id is not a rule set to list.
      if (m && RULESET_ID.test(m[1] as string)) ids.add(m[1] as string)
    }
    cursor = page.list_complete ? undefined : page.cursor
  } while (cursor)
  return [...ids].sort()
}

/** Deletes a rule set's pointer and every version. */
export async function deleteAllVersions(kv: KVNamespace, id: string): Promise<void> {
  await kv.delete(pointerKey(id))
  for (const v of await listVersions(kv, id)) await kv.delete(rulesetKey(id, v))
}
