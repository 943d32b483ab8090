// WordPress with the WP Webhooks plugin ("Send Data" on post_create / post_update).
// `X-WP-Webhook-Signature: <base64 HMAC-SHA256 of the body>`, no timestamp: replays are
// caught by the dedupe on post ID + post_modified_gmt. `post.post_content` is HTML (block
// comments included), or classic-editor text whose paragraphs are blank lines.
import { fromBase64 } from '../sign.ts'
import { type Adapter, isObject, str } from '../types.ts'
import { assertAnyHmac, requireHeader } from '../verify.ts'

const IGNORED_STATUS = new Set(['trash', 'auto-draft', 'inherit'])

/** wpautop in brief: classic-editor content separates paragraphs with blank lines, not <p>. */
function autop(content: string): string {
  if (/<p[\s>]/i.test(content) || !/\n\s*\n/.test(content)) return content
  return content
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('\n')
}

export const wordpress: Adapter = {
  name: 'wordpress',
  async verify(d) {
    const sig = requireHeader(d.headers, 'x-wp-webhook-signature').trim()
    await assertAnyHmac(d.secret, d.body, [fromBase64(sig)])
  },
  extract(payload) {
    const post = isObject(payload) ? payload.post : undefined
    if (!isObject(post)) return { ignored: 'No post in the payload' }
    const status = str(post.post_status)
    if (status && IGNORED_STATUS.has(status)) return { ignored: `Post status "${status}" is not audited` }
    const content = str(post.post_content)
    if (!content?.trim()) return { ignored: 'The post has no content' }
    return {
      article: {
        documentId: str(post.ID) ?? str((payload as { post_id?: unknown }).post_id),
        revision: str(post.post_modified_gmt) ?? str(post.post_modified),
        title: str(post.post_title),
        html: autop(content),
      },
    }
  },
}
