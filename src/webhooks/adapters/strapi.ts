// Strapi (Settings → Webhooks): Strapi does not sign deliveries, so the webhook is given a
// header carrying a shared secret, `Authorization: Bearer <secret>` by default (the
// source's `header` names another). No timestamp: replays are caught by the dedupe on
// documentId + updatedAt. Payload `{event, model, uid, entry}`.
import { type Adapter, isObject, str } from '../types.ts'
import { assertSharedSecret, requireHeader, SignatureError } from '../verify.ts'
import { findBody, findTitle } from './common.ts'

const AUDITED_EVENTS = new Set(['entry.create', 'entry.update', 'entry.publish'])

export const strapi: Adapter = {
  name: 'strapi',
  async verify(d) {
    const header = d.source.header ?? 'authorization'
    const raw = requireHeader(d.headers, header).trim()
    let given = raw
    if (header === 'authorization') {
      const m = /^Bearer\s+(\S+)$/i.exec(raw)
      if (!m) throw new SignatureError('Authorization must be "Bearer <secret>"')
      given = m[1] as string
    }
    await assertSharedSecret(given, d.secret)
  },
  extract(payload, d) {
    if (!isObject(payload)) return { ignored: 'Not a Strapi event' }
    const event = str(payload.event) ?? ''
    if (!AUDITED_EVENTS.has(event)) return { ignored: `Event "${event}" is not audited` }
    const entry = payload.entry
    if (!isObject(entry)) return { ignored: 'No entry in the payload' }
    if (d.source.locale && entry.locale && entry.locale !== d.source.locale)
      return { ignored: `Locale ${String(entry.locale)} is not audited` }
    const get = (name: string) => entry[name]
    const body = findBody(get, d.source.fields?.body)
    if (!body) return { ignored: 'No text field found in the entry (set fields.body on the source)' }
    return {
      article: {
        documentId: [str(payload.uid) ?? str(payload.model), str(entry.documentId) ?? str(entry.id)]
          .filter(Boolean)
          .join(':'),
        revision: str(entry.updatedAt),
        title: findTitle(get, d.source.fields?.title),
        ...body,
      },
    }
  },
}
