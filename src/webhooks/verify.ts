// Verifying webhook deliveries: HMAC-SHA256 checked by Web Crypto's `verify` (a constant-time
// comparison inside the runtime), timestamps within five minutes of now, shared secrets
// compared through hashes. Every failure is a `SignatureError`, answered 401.
import { tokensEqual } from '../http/auth.ts'
import { hmacKey } from './sign.ts'

/** Deliveries signed more than this long ago (or ahead) are refused: replay protection. */
export const MAX_SIGNATURE_AGE_MS = 5 * 60 * 1000
/** Signed timestamps are milliseconds; anything before 2021 is a seconds value or garbage. */
const MIN_TIMESTAMP_MS = 1_609_459_200_000

export class SignatureError extends Error {}

/** True when `signature` is the HMAC-SHA256 of `data` under `secret`. */
export async function verifyHmac(secret: string, data: Uint8Array, signature: Uint8Array | null): Promise<boolean> {
  if (!signature || signature.byteLength === 0) return false
  return crypto.subtle.verify(
    'HMAC',
    await hmacKey(secret, 'verify'),
    signature as Uint8Array<ArrayBuffer>,
    data as Uint8Array<ArrayBuffer>,
  )
}

/** Throws unless at least one signature matches. */
export async function assertAnyHmac(
  secret: string,
  data: Uint8Array,
  signatures: (Uint8Array | null)[],
): Promise<void> {
  for (const s of signatures) if (await verifyHmac(secret, data, s)) return
  throw new SignatureError('Signature does not match')
}

/** Parses a millisecond timestamp and refuses one outside ±5 minutes of `now`. */
export function assertFresh(raw: string | undefined | null, now: number): number {
  if (!raw || !/^\d{1,16}$/.test(raw)) throw new SignatureError('Missing or malformed signature timestamp')
  const t = Number(raw)
  if (t < MIN_TIMESTAMP_MS) throw new SignatureError('Signature timestamp must be in milliseconds')
  if (Math.abs(now - t) > MAX_SIGNATURE_AGE_MS)
    throw new SignatureError(
      `Signature timestamp is ${Math.round(Math.abs(now - t) / 1000)} s away from now (limit ${MAX_SIGNATURE_AGE_MS / 1000} s)`,
    )
  return t
}

/** `k=v` pairs of a signature header such as `t=1,v1=abc` or `sha256=abc, t=1`; repeated keys kept. */
export function parsePairs(header: string): [string, string][] {
  return header
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((part) => {
      const eq = part.indexOf('=')
      return eq < 0 ? ([part, ''] as [string, string]) : ([part.slice(0, eq), part.slice(eq + 1)] as [string, string])
    })
}

export function requireHeader(headers: Headers, name: string): string {
  const v = headers.get(name)
  if (!v) throw new SignatureError(`Missing ${name} header`)
  return v
}

/** Shared-secret headers (Strapi): compared through SHA-256 digests, in constant time. */
export async function assertSharedSecret(given: string, expected: string): Promise<void> {
  if (!(await tokensEqual(given, expected))) throw new SignatureError('Shared secret does not match')
}
