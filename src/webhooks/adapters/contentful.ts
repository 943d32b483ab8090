// Contentful (Settings → Webhooks, with a signing secret: "request verification").
// `x-contentful-signature` is the hex HMAC-SHA256 of the canonical request
// `METHOD\npath\nsigned headers\nbody`; `x-contentful-signed-headers` lists the headers in
// it and `x-contentful-timestamp` (ms) is one of them. Entries arrive in the management
// format: every field localized (`fields.title["en-US"]`), rich text as a JSON document.
import { contentfulCanonical, fromHex, utf8 } from '../sign.ts'
import { type Adapter, isObject, str } from '../types.ts'
import { assertAnyHmac, assertFresh, requireHeader, SignatureError } from '../verify.ts'
import { findBody, findTitle } from './common.ts'

const IGNORED_ACTIONS = /\.(unpublish|delete|archive|unarchive)$/

export const contentful: Adapter = {
  name: 'contentful',
  async verify(d) {
    const signature = requireHeader(d.headers, 'x-contentful-signature')
    const names = requireHeader(d.headers, 'x-contentful-signed-headers')
      .split(',')
      .map((n) => n.trim().toLowerCase())
      .filter(Boolean)
    if (!names.includes('x-contentful-timestamp'))
      throw new SignatureError('x-contentful-timestamp is not among the signed headers')
    assertFresh(d.headers.get('x-contentful-timestamp'), d.now)
    const signed: [string, string][] = names.map((n) => {
      const v = d.headers.get(n)
      if (v === null) throw new SignatureError(`Signed header ${n} is missing`)
      return [n, v]
    })
    const canonical = contentfulCanonical(d.method, d.url.pathname + d.url.search, signed, d.text)
    await assertAnyHmac(d.secret, utf8(canonical), [fromHex(signature.trim())])
  },
  extract(payload, d) {
    const topic = d.headers.get('x-contentful-topic') ?? ''
    if (IGNORED_ACTIONS.test(topic)) return { ignored: `Topic ${topic} is not audited` }
    if (!isObject(payload) || !isObject(payload.sys)) return { ignored: 'No entity in the payload' }
    const sys = payload.sys
    if (sys.type !== 'Entry') return { ignored: `Only entries are audited, not ${String(sys.type)}` }
    const fields = isObject(payload.fields) ? payload.fields : {}
    const locale = d.source.locale
    const get = (name: string): unknown => {
      const f = fields[name]
      if (!isObject(f) || f.nodeType !== undefined) return f
      if (locale) return f[locale]
      return Object.values(f)[0]
    }
    const body = findBody(get, d.source.fields?.body)
    if (!body) return { ignored: 'No text field found in the entry (set fields.body on the source)' }
    return {
      article: {
        documentId: str(sys.id),
        revision: str(sys.version) ?? str(sys.revision),
        title: findTitle(get, d.source.fields?.title),
        ...body,
      },
    }
  },
}
