// Reads a request body with a byte limit enforced while the stream is read: an oversized
// body is refused as soon as it crosses the limit, never buffered whole.
import { HttpProblem } from './problem.ts'

export async function readBodyLimited(req: Request, limit: number): Promise<Uint8Array> {
  const declared = req.headers.get('content-length')
  if (declared !== null) {
    const n = Number(declared)
    if (Number.isFinite(n) && n > limit)
      throw new HttpProblem(413, `Body of ${n} bytes is over the limit of ${limit} bytes`, { limit })
  }
  if (!req.body) return new Uint8Array()
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel().catch(() => {})
      throw new HttpProblem(413, `Body is over the limit of ${limit} bytes`, { limit })
    }
    chunks.push(value)
  }
  const out = new Uint8Array(total)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new HttpProblem(400, 'Body is not valid UTF-8')
  }
}
