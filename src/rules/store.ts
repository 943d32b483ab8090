// Rule sets in Workers KV (DESIGN §4): immutable `ruleset:{id}:v{n}` values plus one small
// pointer `ruleset:{id}:current`, because KV propagates in up to 60 s and allows one write
// per second per key. Compiled rule sets are cached per isolate, keyed by id and version.
import { type CompiledRuleSet, compileData, compileRuleset, type RawData } from '../engine/compile.ts'
import type { NameData } from '../engine/data.ts'
import type { RuleData } from '../engine/detector.ts'
import { BUNDLED_DATA, BUNDLED_RULESET } from './bundled.ts'
import { type RuleSet, validateRuleset } from './schema.ts'

export const rulesetKey = (id: string, version: number) => `ruleset:${id}:v${version}`
export const pointerKey = (id: string) => `ruleset:${id}:current`

/** Compiled rule sets by "id@version"; data (lexicons, gazetteer) by the joined data keys. */
const compiledCache = new Map<string, CompiledRuleSet>()
const dataCache = new Map<string, Promise<RuleData>>()
/** Each isolate keeps a handful of rule sets; past that the oldest goes (memory is 128 MB). */
const MAX_CACHED = 8

export class RulesetNotFound extends Error {
  constructor(readonly id: string) {
    super(`No rule set "${id}"`)
  }
}

export class RulesetInvalid extends Error {
  constructor(
    readonly id: string,
    readonly problems: { ruleId?: string; path: string; message: string }[],
  ) {
    super(`Rule set "${id}" is invalid`)
  }
}

export interface Pointer {
  version: number
  updatedAt?: string
}

function bundledDefault(): RuleSet {
  const v = validateRuleset(BUNDLED_RULESET)
  if (!v.ok) throw new RulesetInvalid('default', v.problems)
  return v.value
}

/** Reads the current version of a rule set: KV first, the bundled default when KV has none. */
export async function loadRuleset(kv: KVNamespace, id: string): Promise<RuleSet> {
  const pointer = await kv.get<Pointer>(pointerKey(id), 'json')
  if (pointer) {
    const raw = await kv.get(rulesetKey(id, pointer.version), 'json')
    if (raw) {
      const v = validateRuleset(raw)
      if (!v.ok) throw new RulesetInvalid(id, v.problems)
      return v.value
    }
  }
  if (id === 'default') return bundledDefault()
  throw new RulesetNotFound(id)
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
  }
  return p
}

/** The compiled current version of rule set `id`, from the isolate cache when it is there. */
export async function getCompiled(kv: KVNamespace, id: string): Promise<CompiledRuleSet> {
  const rs = await loadRuleset(kv, id)
  const cacheKey = `${rs.id}@${rs.version}`
  const hit = compiledCache.get(cacheKey)
  if (hit) return hit
  const compiled = compileRuleset(rs, await loadData(kv, rs))
  if (compiledCache.size >= MAX_CACHED) compiledCache.delete(compiledCache.keys().next().value as string)
  compiledCache.set(cacheKey, compiled)
  return compiled
}
