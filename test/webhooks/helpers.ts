// Test side of the webhook contract: signatures computed here, independently of
// src/webhooks/sign.ts, the way each CMS computes them; deliveries go through the Worker's
// fetch handler with the real KV and Queue bindings (the queue wrapped only to count sends).
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import worker from '../../src/index.ts'
import type { AuditJob } from '../../src/queue/job.ts'

export const SECRETS = {
  WEBHOOK_SECRET_GHOST: 'ghost-secret-0f9e8d7c6b5a',
  WEBHOOK_SECRET_WP: 'wp-secret-a1b2c3',
  WEBHOOK_SECRET_CONTENTFUL: 'contentful-signing-secret-64-chars-long-0123456789abcdef01234567',
  WEBHOOK_SECRET_SANITY: 'sanity-secret-x9y8',
  WEBHOOK_SECRET_STRAPI: 'strapi-shared-secret-42',
  WEBHOOK_SECRET_GENERIC: 'generic-secret-7',
} as const

export const SOURCES = {
  ghost: { adapter: 'ghost', secret: 'WEBHOOK_SECRET_GHOST' },
  wp: { adapter: 'wordpress', secret: 'WEBHOOK_SECRET_WP' },
  contentful: { adapter: 'contentful', secret: 'WEBHOOK_SECRET_CONTENTFUL', locale: 'en-US' },
  sanity: { adapter: 'sanity', secret: 'WEBHOOK_SECRET_SANITY' },
  strapi: { adapter: 'strapi', secret: 'WEBHOOK_SECRET_STRAPI' },
  generic: { adapter: 'generic', secret: 'WEBHOOK_SECRET_GENERIC' },
} as const

export async function putSources(extra: Record<string, unknown> = {}): Promise<void> {
  for (const [id, s] of Object.entries({ ...SOURCES, ...extra })) await env.RULES.put(`source:${id}`, JSON.stringify(s))
}

/** KV storage lives as long as the test file: every test starts with an empty REPORTS. */
export async function clearReports(): Promise<void> {
  let cursor: string | undefined
  do {
    const page = await env.REPORTS.list({ cursor })
    await Promise.all(page.keys.map((k) => env.REPORTS.delete(k.name)))
    cursor = page.list_complete ? undefined : page.cursor
  } while (cursor)
}

const enc = new TextEncoder()
async function hmac(secret: string, data: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ])
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, enc.encode(data)))
}
const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('')
const b64 = (b: Uint8Array) => btoa(String.fromCharCode(...b))
const b64url = (b: Uint8Array) => b64(b).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

/** Ghost's webhook-trigger: sha256 of `${body}${ts}`. */
export async function ghostHeaders(secret: string, body: string, t = Date.now()) {
  return { 'x-ghost-signature': `sha256=${hex(await hmac(secret, `${body}${t}`))}, t=${t}` }
}
/** WP Webhooks: base64_encode(hash_hmac('sha256', $body, $secret, true)). */
export async function wpHeaders(secret: string, body: string) {
  return {
    'x-wp-webhook-signature': b64(await hmac(secret, body)),
    'x-wp-webhook-name': 'auditor',
    'x-wp-webhook-source': 'https://news.example/',
  }
}
/** Contentful request verification (node-apps-toolkit signRequest). */
export async function contentfulHeaders(secret: string, path: string, body: string, t = Date.now()) {
  const headers: Record<string, string> = {
    'content-type': 'application/vnd.contentful.management.v1+json',
    'x-contentful-topic': 'ContentManagement.Entry.publish',
    'x-contentful-webhook-name': 'Auditor',
    'x-contentful-timestamp': String(t),
  }
  const names = [...Object.keys(headers), 'x-contentful-signed-headers'].sort()
  headers['x-contentful-signed-headers'] = names.join(',')
  const canonical = ['POST', path, names.map((n) => `${n}:${headers[n]}`).join(';'), body].join('\n')
  return { ...headers, 'x-contentful-signature': hex(await hmac(secret, canonical)) }
}
/** @sanity/webhook encodeSignatureHeader. */
export async function sanityHeaders(secret: string, body: string, t = Date.now()) {
  return {
    'sanity-webhook-signature': `t=${t},v1=${b64url(await hmac(secret, `${t}.${body}`))}`,
    'sanity-operation': 'update',
    'sanity-document-id': 'a1c0e5b2-6f0e-4c3a-9d2b-7f1e2a3b4c5d',
    'idempotency-key': 'idem-1',
  }
}
export function strapiHeaders(secret: string) {
  return { authorization: `Bearer ${secret}` }
}
export async function genericHeaders(secret: string, body: string, t = Date.now()) {
  return { 'x-auditor-signature': `t=${t},v1=${b64url(await hmac(secret, `${t}.${body}`))}` }
}
export { b64url, hex, hmac }

export interface Harness {
  sent: AuditJob[]
  deliver(source: string, body: BodyInit, headers: Record<string, string>): Promise<Response>
  fetch(path: string, init?: RequestInit): Promise<Response>
}

/**
 * The Worker with the test's secrets; AUDIT_QUEUE forwards to the real queue binding and
 * records what was sent.
 */
export function harness(): Harness {
  const sent: AuditJob[] = []
  const queue = env.AUDIT_QUEUE
  const recording = {
    send: async (body: AuditJob, options?: QueueSendOptions) => {
      sent.push(body)
      return queue.send(body, options)
    },
    sendBatch: async (messages: Iterable<MessageSendRequest<AuditJob>>, options?: QueueSendBatchOptions) => {
      for (const m of messages) sent.push(m.body)
      return queue.sendBatch(messages, options)
    },
  }
  const testEnv = { ...env, ...SECRETS, AUDIT_QUEUE: recording } as unknown as Env
  const fetch = async (path: string, init?: RequestInit) => {
    const ctx = createExecutionContext()
    const res = await worker.fetch(new Request(`http://auditor.test${path}`, init), testEnv, ctx)
    await waitOnExecutionContext(ctx)
    return res
  }
  return {
    sent,
    fetch,
    deliver: (source, body, headers) =>
      fetch(`/v1/webhooks/${source}`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', ...headers },
      }),
  }
}

export async function expectProblemStatus(res: Response, status: number): Promise<{ detail?: string }> {
  const body = (await res.json()) as { status: number; detail?: string }
  if (res.status !== status || body.status !== status)
    throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(body)}`)
  if (!/^application\/problem\+json/.test(res.headers.get('content-type') ?? ''))
    throw new Error(`not problem+json: ${res.headers.get('content-type')}`)
  return body
}
