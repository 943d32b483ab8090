// Sanity (manage → API → GROQ-powered webhooks, with a secret; projection default = the
// whole document). `sanity-webhook-signature: t=<ms>,v1=<base64url HMAC-SHA256 of "t.body">`
// (@sanity/webhook). Bodies are Portable Text; `idempotency-key` names the delivery.
import { concat, fromBase64, utf8 } from '../sign.ts'
import { type Adapter, isObject, str } from '../types.ts'
import { assertAnyHmac, assertFresh, parsePairs, requireHeader, SignatureError } from '../verify.ts'
import { findBody, findTitle } from './common.ts'

export const sanity: Adapter = {
  name: 'sanity',
  async verify(d) {
    const pairs = parsePairs(requireHeader(d.headers, 'sanity-webhook-signature'))
    const t = pairs.find(([k]) => k === 't')?.[1]
    const sigs = pairs.filter(([k]) => k === 'v1').map(([, v]) => fromBase64(v))
    if (sigs.length === 0) throw new SignatureError('sanity-webhook-signature has no v1= value')
    assertFresh(t, d.now)
    await assertAnyHmac(d.secret, concat(utf8(`${t}.`), d.body), sigs)
  },
  extract(payload, d) {
    if (d.headers.get('sanity-operation') === 'delete') return { ignored: 'Deletions are not audited' }
    if (!isObject(payload)) return { ignored: 'No document in the payload' }
    const get = (name: string) => payload[name]
    const body = findBody(get, d.source.fields?.body)
    if (!body) return { ignored: 'No text field found in the document (set fields.body on the source)' }
    return {
      article: {
        documentId: str(payload._id) ?? d.headers.get('sanity-document-id') ?? undefined,
        revision: str(payload._rev),
        deliveryId: d.headers.get('idempotency-key') ?? undefined,
        title: findTitle(get, d.source.fields?.title),
        ...body,
      },
    }
  },
}
