import type { WordTable } from './words.ts'

// Shapes shared by the engine, the API and the CLI. The report is the public contract
// (DESIGN §3): clients and scoring tools depend on these names.

export const CATEGORIES = [
  'foreign-token',
  'name-misspelling',
  'name-inconsistency',
  'boilerplate',
  'duplicate',
  'garbled',
  'calque',
] as const
export type Category = (typeof CATEGORIES)[number]

export const SEVERITIES = ['minor', 'major', 'critical'] as const
export type Severity = (typeof SEVERITIES)[number]

/** A half-open range [start, end) of UTF-16 code units into the audited text. */
export interface Span {
  start: number
  end: number
}

export interface Token extends Span {
  text: string
  /** Lower case, apostrophes normalised. */
  lower: string
  kind: 'word' | 'number' | 'punct'
  /** Index of the line and sentence holding the token. */
  line: number
  sentence: number
}

export interface Line extends Span {
  /** Text of the line without surrounding whitespace; start/end cover that trimmed text. */
  text: string
  /** Indexes into Doc.tokens: [firstToken, endToken). */
  firstToken: number
  endToken: number
  /** True when a blank line or the start of text comes before it. */
  paragraphStart: boolean
}

export interface Sentence extends Span {
  text: string
  line: number
  firstToken: number
  endToken: number
}

export interface Doc {
  text: string
  lines: Line[]
  sentences: Sentence[]
  tokens: Token[]
  words: number
  /** Every distinct word looked up once (empty when segmented without data). */
  table: WordTable
}

/** What a detector reports, before the engine adds line/column and the excerpt. */
export interface RawFinding extends Span {
  ruleId: string
  category: Category
  severity: Severity
  confidence: number
  message: string
  suggestion?: string
  /** Source language the rule belongs to (calque and phrase families); not part of the report. */
  lang?: string
  /** Kept only when the article's source language is `lang` (rule option `sourceOnly`); not part of the report. */
  sourceOnly?: boolean
}

export interface Finding extends Omit<RawFinding, 'lang' | 'sourceOnly'> {
  excerpt: string
  line: number
  column: number
}

export type Verdict = 'pass' | 'review' | 'fail'

export interface Report {
  id: string
  score: number
  verdict: Verdict
  language: {
    detected: string
    source: { language: string; confidence: number; evidence: string[] } | null
  }
  ruleset: { id: string; version: number }
  stats: { characters: number; words: number; durationMs: number; penalty: number; npt: number }
  summary: {
    byCategory: Partial<Record<Category, number>>
    bySeverity: Partial<Record<Severity, number>>
  }
  notes: string[]
  findings: Finding[]
  /** Present (true) when `findings` lists only the most severe (AuditOptions.maxFindings). */
  truncated?: boolean
  text?: string
}
