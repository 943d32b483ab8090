// What an adapter is: verify a delivery from the raw bytes, then pull the article out of
// the parsed payload. Adapters know one CMS each; the route does everything else.
import type { AdapterName, Source } from './source.ts'

export interface Delivery {
  method: string
  url: URL
  headers: Headers
  /** The body exactly as received: signatures are computed over these bytes. */
  body: Uint8Array
  text: string
  secret: string
  now: number
  source: Source
}

export interface Article {
  /** The CMS's id for the document and for this revision: together the dedupe key. */
  documentId?: string
  revision?: string
  /** The sender's id for this delivery (Sanity's idempotency-key), when it has one. */
  deliveryId?: string
  title?: string
  text?: string
  html?: string
  ruleset?: string
  sourceLanguage?: string
}

export type Extracted = { article: Article } | { ignored: string }

export interface Adapter {
  name: AdapterName
  /** Throws SignatureError when the delivery is not authentic or too old. */
  verify(d: Delivery): Promise<void>
  extract(payload: unknown, d: Delivery): Extracted
}

/** Payload problems the sender can fix (answered 422). */
export class PayloadError extends Error {}

export type Json = Record<string, unknown>

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
export const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined
