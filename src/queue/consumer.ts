// queue(): audits each job with its source's rule set, stores the report in REPORTS for 30
// days, posts it to the source's callback URL signed with the generic scheme, and retries
// transient failures (KV, the callback answering 408/429/5xx or not at all) with
// exponential backoff. After max_retries (wrangler.toml) a message lands on the dead-letter
// queue, whose consumer marks the report failed: nothing is dropped silently. Failures no
// retry can fix (an unknown rule set, expired text) are recorded at once.
import { auditReport, hasWords } from '../api/report.ts'
import { getCompiled, RulesetInvalid, RulesetNotFound } from '../rules/store.ts'
import { signGeneric, utf8 } from '../webhooks/sign.ts'
import { secretValue } from '../webhooks/source.ts'
import {
  type AuditJob,
  type CallbackState,
  getRecord,
  isAuditJob,
  metaOf,
  putRecord,
  type ReportRecord,
} from './job.ts'

/** First retry after 10 s, doubling up to 10 minutes: 10, 20, 40, 80, 160 s for max_retries = 5. */
export const BACKOFF_BASE_SECONDS = 10
export const BACKOFF_MAX_SECONDS = 600
/** A callback that does not answer within this long counts as a transient failure. */
export const CALLBACK_TIMEOUT_MS = 10_000
/** The dead-letter queue is named after the main queue with this suffix (wrangler.toml). */
export const DEAD_LETTER_SUFFIX = '-dlq'

export const backoffSeconds = (attempts: number) =>
  Math.min(BACKOFF_BASE_SECONDS * 2 ** Math.max(0, attempts - 1), BACKOFF_MAX_SECONDS)

/** A failure that retrying cannot fix. */
export class PermanentFailure extends Error {}

export async function consume(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const deadLetters = batch.queue.endsWith(DEAD_LETTER_SUFFIX)
  for (const msg of batch.messages) {
    const job = msg.body
    if (!isAuditJob(job)) {
      // No report id to record it under: log the body so it can be replayed by hand.
      console.error(`queue ${batch.queue}: malformed message ${msg.id}, acknowledged`, JSON.stringify(job))
      msg.ack()
      continue
    }
    try {
      if (deadLetters) await giveUp(env, job)
      else await runJob(env, job)
      msg.ack()
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e)
      if (e instanceof PermanentFailure) {
        console.error(`report ${job.reportId}: ${reason}`)
        await markFailed(env, job, reason).catch(() => {})
        msg.ack()
        continue
      }
      console.warn(`report ${job.reportId}: attempt ${msg.attempts} failed (${reason}), retrying`)
      await noteAttempt(env, job, msg.attempts, reason).catch(() => {})
      msg.retry({ delaySeconds: backoffSeconds(msg.attempts) })
    }
  }
}

/** Audits (unless an earlier attempt already did) and delivers the callback. */
export async function runJob(env: Env, job: AuditJob): Promise<ReportRecord> {
  let record = await getRecord(env.REPORTS, job.reportId)
  if (record?.status !== 'done') {
    const text = job.text ?? (job.textKey ? await env.REPORTS.get(job.textKey) : null)
    if (text === null || text === undefined)
      throw new PermanentFailure(`The article text (${job.textKey}) has expired or was never stored`)
    if (!hasWords(text)) throw new PermanentFailure('The article has no words to audit')
    let compiled: Awaited<ReturnType<typeof getCompiled>>
    try {
      compiled = await getCompiled(env.RULES, job.ruleset)
    } catch (e) {
      if (e instanceof RulesetNotFound || e instanceof RulesetInvalid)
        throw new PermanentFailure(
          `${e.message}${e instanceof RulesetInvalid ? `: ${JSON.stringify(e.problems)}` : ''}`,
        )
      throw e
    }
    // Capped like POST /v1/audit: the record must stay far below KV's 25 MiB per value.
    const report = auditReport(text, compiled, { id: job.reportId, sourceLanguage: job.sourceLanguage })
    report.text = text
    record = {
      ...metaOf(job),
      status: 'done',
      completedAt: new Date().toISOString(),
      report,
      ...(job.callbackUrl ? { callback: { url: job.callbackUrl, status: 'pending', attempts: 0 } } : {}),
    }
    await putRecord(env.REPORTS, record)
    if (job.textKey) await env.REPORTS.delete(job.textKey)
  }
  if (record.callback?.status === 'pending') {
    const callback = await deliverCallback(env, job, record)
    record = { ...record, callback }
    await putRecord(env.REPORTS, record)
    if (callback.status === 'pending') throw new Error(callback.error ?? 'callback failed')
  }
  return record
}

/** One callback attempt; `pending` afterwards means try again later. */
async function deliverCallback(
  env: Env,
  job: AuditJob,
  record: ReportRecord & { status: 'done' },
): Promise<CallbackState> {
  const state = record.callback as CallbackState
  const attempts = state.attempts + 1
  const secretName = job.callbackSecret
  const secret = secretName ? secretValue(env, secretName) : null
  if (!secret)
    return { ...state, attempts, status: 'failed', error: `Callback secret ${secretName ?? '(none)'} is not set` }
  const body = JSON.stringify({
    event: 'audit.completed',
    reportId: job.reportId,
    source: job.source,
    documentId: job.documentId,
    revision: job.revision,
    report: record.report,
  })
  let res: Response
  try {
    res = await fetch(state.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-auditor-signature': await signGeneric(secret, utf8(body), Date.now()),
        'x-auditor-report-id': job.reportId,
        'idempotency-key': job.reportId,
      },
      body,
      signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS),
    })
    await res.body?.cancel()
  } catch (e) {
    return { ...state, attempts, status: 'pending', error: `Callback unreachable: ${(e as Error).message}` }
  }
  if (res.ok)
    return { ...state, attempts, status: 'delivered', httpStatus: res.status, deliveredAt: new Date().toISOString() }
  const transient = res.status === 408 || res.status === 429 || res.status >= 500
  return {
    ...state,
    attempts,
    status: transient ? 'pending' : 'failed',
    httpStatus: res.status,
    error: `Callback answered ${res.status}`,
  }
}

/** The record of a transient failure, so the dead-letter consumer can say what went wrong. */
async function noteAttempt(env: Env, job: AuditJob, attempts: number, reason: string): Promise<void> {
  const record = await getRecord(env.REPORTS, job.reportId)
  if (record?.status === 'done') return // the callback state already says it
  await putRecord(env.REPORTS, { ...metaOf(job), status: 'queued', attempts, lastError: reason })
}

async function markFailed(env: Env, job: AuditJob, error: string): Promise<void> {
  const record = await getRecord(env.REPORTS, job.reportId)
  if (record?.status === 'done') {
    // The report exists; only the callback gave up.
    if (record.callback && record.callback.status !== 'delivered')
      await putRecord(env.REPORTS, { ...record, callback: { ...record.callback, status: 'failed', error } })
    return
  }
  await putRecord(env.REPORTS, {
    ...metaOf(job),
    status: 'failed',
    failedAt: new Date().toISOString(),
    error,
    attempts: record?.attempts,
    lastError: record?.lastError,
  })
}

/** A message on the dead-letter queue: every retry failed. */
async function giveUp(env: Env, job: AuditJob): Promise<void> {
  const record = await getRecord(env.REPORTS, job.reportId)
  const last = record?.lastError ? `: ${record.lastError}` : ''
  console.error(`report ${job.reportId}: dead-lettered after ${record?.attempts ?? '?'} attempts${last}`)
  await markFailed(env, job, `Gave up after ${record?.attempts ?? 'all'} attempts${last}`)
}
