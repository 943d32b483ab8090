// The auditor's own contract, for CMSs that sign nothing (Directus, Payload, scripts):
// `x-auditor-signature: t=<ms>,v1=<base64url HMAC-SHA256 of "t.body">` over a JSON body
// `{id?, revision?, title?, text | html, ruleset?, sourceLanguage?}`. Callbacks are signed
// the same way.
import { z } from '@hono/zod-openapi'
import { RulesetIdSchema, SourceLanguageSchema } from '../../api/schemas.ts'
import { concat, fromBase64, utf8 } from '../sign.ts'
import { type Adapter, PayloadError } from '../types.ts'
import { assertAnyHmac, assertFresh, parsePairs, requireHeader, SignatureError } from '../verify.ts'

export const GENERIC_HEADER = 'x-auditor-signature'

export const genericPayload = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    revision: z.union([z.string(), z.number()]).optional(),
    title: z.string().max(1000).optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    ruleset: RulesetIdSchema.optional(),
    sourceLanguage: SourceLanguageSchema.optional(),
  })
  .openapi('GenericWebhook')

export const generic: Adapter = {
  name: 'generic',
  async verify(d) {
    const pairs = parsePairs(requireHeader(d.headers, GENERIC_HEADER))
    const t = pairs.find(([k]) => k === 't')?.[1]
    const sigs = pairs.filter(([k]) => k === 'v1').map(([, v]) => fromBase64(v))
    if (sigs.length === 0) throw new SignatureError(`${GENERIC_HEADER} has no v1= value`)
    assertFresh(t, d.now)
    await assertAnyHmac(d.secret, concat(utf8(`${t}.`), d.body), sigs)
  },
  extract(payload) {
    const parsed = genericPayload.safeParse(payload)
    if (!parsed.success)
      throw new PayloadError(parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; '))
    const p = parsed.data
    if (p.text !== undefined && p.html !== undefined) throw new PayloadError('Send either "text" or "html", not both')
    if (p.text === undefined && p.html === undefined) throw new PayloadError('The body has no "text" or "html"')
    return {
      article: {
        documentId: p.id === undefined ? undefined : String(p.id),
        revision: p.revision === undefined ? undefined : String(p.revision),
        title: p.title,
        text: p.text,
        html: p.html,
        ruleset: p.ruleset,
        sourceLanguage: p.sourceLanguage,
      },
    }
  },
}
