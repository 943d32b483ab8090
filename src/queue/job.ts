// The audit job a webhook enqueues and the report record the consumer fills in, with
// their REPORTS KV keys (DESIGN §4):
//   report:{id}            ReportRecord, expires after REPORT_TTL_SECONDS
//   seen:{source}:{hash}   {reportId}: dedupe of deliveries, same lifetime as the report
//   job:{id}               article text too large for a queue message, JOB_TTL_SECONDS
import type { Report } from '../api/schemas.ts'

/** Reports are kept 30 days (issue 5). */
export const REPORT_TTL_SECONDS = 30 * 24 * 60 * 60
/** A repeated delivery maps to its report for as long as the report exists. */
export const SEEN_TTL_SECONDS = REPORT_TTL_SECONDS
/** Oversize article text outlives the queue's default retention (4 days) plus retries. */
export const JOB_TTL_SECONDS = 7 * 24 * 60 * 60
/**
 * Queue messages are limited to 128 KB; past this many bytes of JSON the article text goes
 * to KV and the message carries its key (the rest of the message is small).
 */
export const MAX_INLINE_JOB_BYTES = 96 * 1024

export const reportKey = (id: string) => `report:${id}`
export const jobKey = (id: string) => `job:${id}`
export const seenKey = (source: string, hash: string) => `seen:${source}:${hash}`

export interface AuditJob {
  v: 1
  reportId: string
  source: string
  ruleset: string
  documentId?: string
  revision?: string
  title?: string
  /** The text to audit (title, blank line, body), or… */
  text?: string
  /** …the REPORTS key holding it, when it is too large for a message. */
  textKey?: string
  fromHtml: boolean
  sourceLanguage?: string
  callbackUrl?: string
  /** Name of the Worker secret that signs the callback (never the secret itself). */
  callbackSecret?: string
  receivedAt: string
}

export interface CallbackState {
  url: string
  status: 'pending' | 'delivered' | 'failed'
  attempts: number
  httpStatus?: number
  error?: string
  deliveredAt?: string
}

interface Meta {
  reportId: string
  source: string
  documentId?: string
  revision?: string
  title?: string
  receivedAt: string
  attempts?: number
  lastError?: string
}

export type ReportRecord =
  | (Meta & { status: 'queued' })
  | (Meta & { status: 'done'; completedAt: string; report: Report; callback?: CallbackState })
  | (Meta & { status: 'failed'; failedAt: string; error: string })

export function metaOf(job: AuditJob): Meta {
  return {
    reportId: job.reportId,
    source: job.source,
    documentId: job.documentId,
    revision: job.revision,
    title: job.title,
    receivedAt: job.receivedAt,
  }
}

export function getRecord(kv: KVNamespace, id: string): Promise<ReportRecord | null> {
  return kv.get<ReportRecord>(reportKey(id), 'json')
}

export function putRecord(kv: KVNamespace, record: ReportRecord): Promise<void> {
  return kv.put(reportKey(record.reportId), JSON.stringify(record), { expirationTtl: REPORT_TTL_SECONDS })
}

export function isAuditJob(v: unknown): v is AuditJob {
  if (typeof v !== 'object' || v === null) return false
  const j = v as Partial<AuditJob>
  return (
    j.v === 1 &&
    typeof j.reportId === 'string' &&
    typeof j.source === 'string' &&
    typeof j.ruleset === 'string' &&
    (typeof j.text === 'string' || typeof j.textKey === 'string')
  )
}
