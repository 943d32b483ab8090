// HMAC-SHA256 over Web Crypto and the signature encodings the CMSs use (hex, base64,
// base64url). Shared by the Worker (verifying deliveries, signing callbacks) and by
// scripts/sign-webhook.ts on Node, so it imports nothing and uses only erasable TypeScript.

const encoder = new TextEncoder()

export type Bytes = Uint8Array<ArrayBuffer>

export function utf8(s: string): Bytes {
  return encoder.encode(s) as Bytes
}

export function concat(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.byteLength
  }
  return out
}

export function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage])
}

export async function hmacSha256(secret: string, data: Uint8Array): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), data as Bytes))
}

export function toHex(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) s += b.toString(16).padStart(2, '0')
  return s
}

export function toBase64(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) s += String.fromCharCode(b)
  return btoa(s)
}

export function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** Decoders return null for malformed input, so a garbled header is just a bad signature. */
export function fromHex(s: string): Bytes | null {
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(s)) return null
  const out = new Uint8Array(s.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(s.slice(2 * i, 2 * i + 2), 16)
  return out
}

export function fromBase64(s: string): Bytes | null {
  const std = s.replace(/-/g, '+').replace(/_/g, '/')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(std)) return null
  try {
    const bin = atob(std.padEnd(Math.ceil(std.length / 4) * 4, '='))
    const out = new Uint8Array(bin.length)
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
    return out
  } catch {
    return null
  }
}

/** The generic scheme (also used for callbacks): `t=<ms>,v1=<base64url HMAC-SHA256 of "t.body">`. */
export async function signGeneric(secret: string, body: Uint8Array | string, t: number): Promise<string> {
  const bytes = typeof body === 'string' ? utf8(body) : body
  return `t=${t},v1=${toBase64Url(await hmacSha256(secret, concat(utf8(`${t}.`), bytes)))}`
}

/** Ghost: `sha256=<hex HMAC of body + t>, t=<ms>`. */
export async function signGhost(secret: string, body: Uint8Array | string, t: number): Promise<string> {
  const bytes = typeof body === 'string' ? utf8(body) : body
  return `sha256=${toHex(await hmacSha256(secret, concat(bytes, utf8(String(t)))))}, t=${t}`
}

/** WP Webhooks: base64 HMAC of the body. */
export async function signWordPress(secret: string, body: Uint8Array | string): Promise<string> {
  return toBase64(await hmacSha256(secret, typeof body === 'string' ? utf8(body) : body))
}

/** Sanity (`@sanity/webhook`): `t=<ms>,v1=<base64url HMAC of "t.body">`, the same shape as the generic scheme. */
export const signSanity = signGeneric

/**
 * Contentful request verification: hex HMAC of `METHOD\npath\nheaders\nbody`, where
 * headers are the signed ones (lower-cased, trimmed, sorted, `name:value` joined by `;`).
 */
export function contentfulCanonical(method: string, path: string, signed: [string, string][], body: string): string {
  const headers = signed
    .map(([k, v]) => [k.toLowerCase().trim(), v.trim()] as [string, string])
    .sort(([a], [b]) => (a > b ? 1 : -1))
    .map(([k, v]) => `${k}:${v}`)
    .join(';')
  return [method.toUpperCase(), contentfulPath(path), headers, body].join('\n')
}

/** Contentful's normalisation of the request path (pathname plus escaped query, then encodeURI). */
export function contentfulPath(pathAndQuery: string): string {
  const q = pathAndQuery.indexOf('?')
  if (q < 0) return encodeURI(pathAndQuery)
  const search = pathAndQuery.slice(q + 1)
  return encodeURI(search ? `${pathAndQuery.slice(0, q)}?${encodeURIComponent(search)}` : pathAndQuery.slice(0, q))
}

/** Headers a Contentful sender adds: signature, timestamp and the list of signed headers. */
export async function signContentful(
  secret: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body: string,
  t: number,
): Promise<Record<string, string>> {
  const all: Record<string, string> = {}
  for (const [k, v] of Object.entries(headers)) all[k.toLowerCase().trim()] = v.trim()
  all['x-contentful-timestamp'] = String(t)
  const names = Object.keys(all)
  if (!names.includes('x-contentful-signed-headers')) names.push('x-contentful-signed-headers')
  const signedHeaders = names.sort().join(',')
  all['x-contentful-signed-headers'] = signedHeaders
  const canonical = contentfulCanonical(method, path, Object.entries(all), body)
  return {
    'x-contentful-signature': toHex(await hmacSha256(secret, utf8(canonical))),
    'x-contentful-timestamp': String(t),
    'x-contentful-signed-headers': signedHeaders,
  }
}
