// Sources are configuration, not code: `source:{id}` in the RULES namespace says which
// adapter parses a sender's deliveries, which Worker secret signs them, which rule set audits
// them and where the finished report is posted. Secrets are named, never stored in KV.
import { z } from '@hono/zod-openapi'

export const ADAPTERS = ['ghost', 'wordpress', 'contentful', 'sanity', 'strapi', 'generic'] as const
export type AdapterName = (typeof ADAPTERS)[number]

export const SOURCE_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/
export const sourceKey = (id: string) => `source:${id}`
/** Only secrets with this prefix can be named, so a source cannot borrow ADMIN_TOKEN as its key. */
export const SECRET_PREFIX = 'WEBHOOK_SECRET_'

const secretName = z.string().regex(/^WEBHOOK_SECRET_[A-Z0-9_]{1,64}$/, `a Worker secret named ${SECRET_PREFIX}…`)

export const sourceSchema = z
  .object({
    adapter: z.enum(ADAPTERS),
    secret: secretName,
    ruleset: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/)
      .optional(),
    callbackUrl: z
      .string()
      .url()
      .refine((u) => /^https?:\/\//.test(u), 'an http(s) URL')
      .optional(),
    /** Secret that signs callbacks (generic scheme); the delivery secret when absent. */
    callbackSecret: secretName.optional(),
    sourceLanguage: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .optional(),
    /** Contentful / Strapi: which locale of a localized field to audit (first one otherwise). */
    locale: z.string().max(35).optional(),
    /** Field names holding the title and the body, for CMSs whose content model is free-form. */
    fields: z
      .object({ title: z.string().max(64).optional(), body: z.string().max(64).optional() })
      .strict()
      .optional(),
    /** Strapi: header carrying the shared secret (default `authorization`, as `Bearer <secret>`). */
    header: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/)
      .optional(),
  })
  .strict()

export type Source = z.infer<typeof sourceSchema>

export class SourceInvalid extends Error {
  constructor(
    readonly id: string,
    readonly problems: { path: string; message: string }[],
  ) {
    super(`Source "${id}" is misconfigured`)
  }
}

export async function loadSource(kv: KVNamespace, id: string): Promise<Source | null> {
  if (!SOURCE_ID.test(id)) return null
  const text = await kv.get(sourceKey(id), 'text')
  if (text === null) return null
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    throw new SourceInvalid(id, [{ path: '', message: `not JSON: ${e instanceof Error ? e.message : String(e)}` }])
  }
  const parsed = sourceSchema.safeParse(raw)
  if (!parsed.success)
    throw new SourceInvalid(
      id,
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    )
  return parsed.data
}

/** The value of a named Worker secret, or null when it is not set. */
export function secretValue(env: Env, name: string): string | null {
  const v = (env as unknown as Record<string, unknown>)[name]
  return typeof v === 'string' && v.length > 0 ? v : null
}
