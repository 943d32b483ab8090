// Ghost (Settings → Integrations → custom integration → webhook with a secret).
// `X-Ghost-Signature: sha256=<hex HMAC-SHA256 of body + t>, t=<ms>`; the payload is
// `{post: {current, previous}}` (or `page`), `current.html` rendered from the editor.
// Ghost waits two seconds for an answer.
import { concat, fromHex, utf8 } from '../sign.ts'
import { type Adapter, isObject, str } from '../types.ts'
import { assertAnyHmac, assertFresh, parsePairs, requireHeader, SignatureError } from '../verify.ts'

export const ghost: Adapter = {
  name: 'ghost',
  async verify(d) {
    const pairs = parsePairs(requireHeader(d.headers, 'x-ghost-signature'))
    const t = pairs.find(([k]) => k === 't')?.[1]
    const sigs = pairs.filter(([k]) => k === 'sha256').map(([, v]) => fromHex(v))
    if (sigs.length === 0) throw new SignatureError('X-Ghost-Signature has no sha256= value')
    assertFresh(t, d.now)
    await assertAnyHmac(d.secret, concat(d.body, utf8(t as string)), sigs)
  },
  extract(payload) {
    const wrapper = isObject(payload) ? (payload.post ?? payload.page) : undefined
    const current = isObject(wrapper) ? wrapper.current : undefined
    if (!isObject(current) || Object.keys(current).length === 0)
      return { ignored: 'No current post in the payload (a deletion, or not a post/page event)' }
    const html = str(current.html)
    const plaintext = str(current.plaintext)
    if (!html?.trim() && !plaintext?.trim()) return { ignored: 'The post has no content' }
    return {
      article: {
        documentId: str(current.id) ?? str(current.uuid),
        revision: str(current.updated_at),
        title: str(current.title),
        ...(html?.trim() ? { html } : { text: plaintext }),
      },
    }
  },
}
