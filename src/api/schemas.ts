// Request and response shapes of the public API as zod schemas: the routes validate with
// them, /openapi.json is generated from them and the API's TypeScript types are inferred
// from them (DESIGN §3). The engine's own Report must stay assignable to `Report` here,
// which src/api/report.ts checks at compile time.
import { z } from '@hono/zod-openapi'
import { CATEGORIES, SEVERITIES } from '../engine/types.ts'

/** What a rule-set id may be, wherever it comes from (body, query, header, path, KV). */
export const RULESET_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/
export const RULESET_ID_RULE = '1 to 64 lower-case letters, digits, "_" or "-", starting with a letter or digit'

/** A rule-set id as a request may name it (body, query, header or path). */
export const RulesetIdSchema = z
  .string()
  .max(64, `a rule-set id is ${RULESET_ID_RULE}`)
  .regex(RULESET_ID, `a rule-set id is ${RULESET_ID_RULE}`)
  .openapi({ example: 'default' })
/** The article's source language when the caller knows it (ISO 639-1 or -3). */
export const SourceLanguageSchema = z.string().regex(/^[a-z]{2,3}$/)

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'https://translation-auditor.dev/problems/content-too-large' }),
    title: z.string().openapi({ example: 'Content Too Large' }),
    status: z.number().int().openapi({ example: 413 }),
    detail: z.string().optional(),
  })
  .catchall(z.unknown())
  .openapi('Problem')

export const FindingSchema = z
  .object({
    ruleId: z.string().openapi({ example: 'names.gazetteer' }),
    category: z.enum(CATEGORIES),
    severity: z.enum(SEVERITIES),
    confidence: z.number().min(0).max(1),
    start: z.number().int().openapi({ description: 'UTF-16 index into the audited text' }),
    end: z.number().int(),
    excerpt: z.string().openapi({ example: 'Vladmir' }),
    message: z.string(),
    suggestion: z.string().optional().openapi({ example: 'Vladimir' }),
    line: z.number().int(),
    column: z.number().int(),
  })
  .openapi('Finding')

export const ReportSchema = z
  .object({
    id: z.string(),
    score: z.number().min(0).max(100),
    verdict: z.enum(['pass', 'review', 'fail']),
    language: z.object({
      detected: z.string(),
      source: z.object({ language: z.string(), confidence: z.number(), evidence: z.array(z.string()) }).nullable(),
    }),
    ruleset: z.object({ id: z.string(), version: z.number().int() }),
    stats: z.object({
      characters: z.number().int(),
      words: z.number().int(),
      durationMs: z.number(),
      penalty: z.number(),
      npt: z.number(),
    }),
    summary: z.object({
      byCategory: z.partialRecord(z.enum(CATEGORIES), z.number().int()),
      bySeverity: z.partialRecord(z.enum(SEVERITIES), z.number().int()),
    }),
    notes: z.array(z.string()),
    findings: z.array(FindingSchema),
    truncated: z.boolean().optional().openapi({
      description:
        'Present (true) when the findings list was cut to the most severe ones; the summary still counts every finding',
    }),
    text: z.string().optional().openapi({ description: 'The extracted text, for HTML input' }),
  })
  .openapi('Report')

export type Report = z.infer<typeof ReportSchema>
export type Finding = z.infer<typeof FindingSchema>

/** Standard problem responses, for route definitions. */
export const problems = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: PROBLEM_TEXT[s] ?? 'Problem', content: { 'application/problem+json': { schema: ProblemSchema } } },
    ]),
  )

const PROBLEM_TEXT: Record<number, string> = {
  400: 'Malformed request (bad JSON, no text)',
  401: 'Missing credentials',
  403: 'Wrong credentials',
  404: 'Not found',
  405: 'Method not allowed (the Allow header lists the methods)',
  409: 'Conflict',
  412: 'The If-Match version is not the current one',
  413: 'Body over the size limit',
  415: 'Unsupported content type',
  422: 'Request does not match the schema',
  429: 'Too many requests',
  500: 'Server error',
}
