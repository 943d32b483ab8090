// The one schema of a rule set (DESIGN §2). The Worker, the seed builder, the CLI and the
// tests all validate through it, so a rule set that passes here compiles everywhere.
import { z } from 'zod'
import { CATEGORIES, SEVERITIES } from '../engine/types.ts'
import { costProblems } from './cost.ts'
import { firstCharClass, nativePlan } from './native.ts'
import { patternProblem, startAnchored } from './patterns.ts'
import { selectiveClauses } from './prefilter.ts'

/** Limits, each with its reason. */
export const LIMITS = {
  /** KV values are capped at 25 MiB; a rule set is read on every cold isolate, so keep it far smaller. */
  rulesetBytes: 5 * 1024 * 1024,
  /** Compiled rules are run on every request; beyond this a request risks Workers' CPU limit. */
  rules: 2000,
  /** Phrases across all phrase rules: each is a trie path compiled once per isolate. */
  phrasesPerRule: 20000,
  /** Patterns run on re2js (linear time) but each is still one pass over the text. */
  patternsPerRule: 200,
  /** Long alternations of phrase variants are fine on a linear-time engine; this bounds compile cost. */
  patternLength: 5000,
} as const

const category = z.enum(CATEGORIES)
const severity = z.enum(SEVERITIES)
const lang = z.string().regex(/^(any|[a-z]{2,3})$/, 'a language code such as "es", or "any"')

/**
 * Texts a rule must flag (with the text its suggestions make of them) and texts it must leave
 * alone: run on the rule alone by the validate endpoint and by one generic test
 * (LanguageTool's <example correction>, Harper's tests beside each linter).
 */
export const examples = z.object({
  valid: z.array(z.string().min(1).max(2000)).max(20).default([]),
  invalid: z
    .array(z.object({ text: z.string().min(1).max(2000), output: z.string().max(2000) }))
    .max(20)
    .default([]),
})

const base = {
  examples: examples.optional(),
  id: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[a-z0-9][a-z0-9._-]*$/i, 'letters, digits, ".", "_" and "-"'),
  severity: severity.default('minor'),
  confidence: z.number().min(0).max(1).default(0.8),
  message: z.string().max(500).optional(),
  description: z.string().max(2000).optional(),
  enabled: z.boolean().default(true),
  lang: lang.default('any'),
}

/**
 * Kinds whose checks weigh their own evidence: a finding's confidence is the rule's times the
 * check's weight, so 1 (the default) reports the checks' own figures and 0.5 halves them.
 */
const codeBacked = {
  confidence: z.number().min(0).max(1).default(1),
}

const phraseEntry = z.union([
  z.string().min(1).max(300),
  z.object({
    text: z.string().min(1).max(300),
    suggestion: z.string().max(300).optional(),
    note: z.string().max(500).optional(),
    confidence: z.number().min(0).max(1).optional(),
  }),
])

/**
 * For families ordinary English also uses ("He sold the farm"): their findings stay only when the
 * article's source language, given by the caller or inferred from the other findings, is the
 * rule's `lang` (with enough confidence to discount other languages' findings); nor do they count
 * as evidence of it. Needs a `lang` other than "any".
 */
const sourceGate = { sourceOnly: z.boolean().default(false) }

/** Word sequences matched case-insensitively on word boundaries, punctuation ignored. */
export const phraseRule = z.object({
  ...base,
  ...sourceGate,
  kind: z.literal('phrase'),
  category,
  scope: z.enum(['anywhere', 'line-start', 'line']).default('anywhere'),
  extend: z.enum(['match', 'line', 'sentence']).default('match'),
  caseSensitive: z.boolean().default(false),
  phrases: z.array(phraseEntry).min(1).max(LIMITS.phrasesPerRule),
})

/** Regular expressions in RE2 syntax, run on a linear-time engine. */
export const patternRule = z.object({
  ...base,
  ...sourceGate,
  kind: z.literal('pattern'),
  category,
  scope: z.enum(['anywhere', 'line-start', 'line']).default('anywhere'),
  extend: z.enum(['match', 'line', 'sentence']).default('match'),
  patterns: z
    .array(
      z.object({
        re: z.string().min(1).max(LIMITS.patternLength),
        flags: z
          .string()
          // u is accepted for familiarity: RE2 is Unicode-aware anyway.
          .regex(/^[imsu]*$/, 'only the flags i, m, s and u')
          .default(''),
        suggestion: z.string().max(300).nullable().optional(),
        /**
         * Set by validation when the rule set is written, never taken from the caller: the
         * pattern in JavaScript syntax and the longest line V8's own engine may search with it
         * in bounded time (src/rules/native.ts). Without it the pattern runs on re2js.
         */
        native: z
          .object({
            source: z.string().max(LIMITS.patternLength * 8),
            flags: z.string().regex(/^[is]*$/),
            maxLine: z.number().int().min(0),
          })
          .optional(),
        /** Set by validation: the literals a line must hold for the pattern to match there (prefilter.ts). */
        clauses: z
          .array(z.array(z.string().max(LIMITS.patternLength)))
          .nullable()
          .optional(),
        /** Set by validation for anchored patterns: a class of the characters a match can begin with. */
        first: z
          .string()
          .max(LIMITS.patternLength * 8)
          .nullable()
          .optional(),
      }),
    )
    .min(1)
    .max(LIMITS.patternsPerRule),
})

export const FOREIGN_CHECKS = [
  'script',
  'sentence',
  'bracket',
  'false-friend',
  'partisan-label',
  'words',
  'unknown',
] as const

/** Words of a source-language lexicon that are not English, bracketed leftovers, foreign sentences. */
export const foreignWordsRule = z.object({
  ...base,
  ...codeBacked,
  kind: z.literal('foreign-words'),
  category: z.literal('foreign-token').default('foreign-token'),
  languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
  /** Shortest lower-case word flagged on its own (shorter ones need a foreign neighbour). */
  minLength: z.number().int().min(1).max(20).default(4),
  /** Only the N most frequent words of each source lexicon count as evidence. */
  topWords: z.number().int().min(100).max(100000).default(10000),
  /** Sentences with at least this many words go to franc when the word lists make them suspicious. */
  sentenceMinWords: z.number().int().min(3).max(100).default(6),
  /** Share of a sentence's words that must be foreign-lexicon words before franc is asked. */
  sentenceForeignShare: z.number().min(0).max(1).default(0.35),
  /**
   * False friends: an English word rarer than this rank (or absent) whose Romance cognate is a
   * common source-language word ("protagonism" ~ protagonismo) is reported as a calque. 0 turns it off.
   */
  falseFriendRank: z.number().int().min(0).max(1_000_000).default(25000),
  /**
   * Words and phrases English borrows as they are ("maillot jaune", "pastel de nata",
   * "joie de vivre"): a finding that lies inside one is dropped.
   */
  loanwords: z.array(z.string().min(2).max(60)).max(5000).default([]),
  /** Which checks run (default: all): other scripts, sentences, brackets, false friends, partisan labels, listed words, unknown words. */
  checks: z
    .array(z.enum(FOREIGN_CHECKS))
    .min(1)
    .default([...FOREIGN_CHECKS]),
})

/** Fuzzy matching of capitalised words against the name gazetteer. */
export const gazetteerRule = z.object({
  ...base,
  ...codeBacked,
  kind: z.literal('gazetteer'),
  category: z.literal('name-misspelling').default('name-misspelling'),
  /** Shortest word compared by edit distance (shorter names match too many words). */
  minLength: z.number().int().min(3).max(20).default(5),
  /** Minimum Jaro-Winkler similarity for a near miss. */
  similarity: z.number().min(0.5).max(1).default(0.9),
})

/** One person or place written two ways in one article. */
export const nameClusterRule = z.object({
  ...base,
  ...codeBacked,
  kind: z.literal('name-cluster'),
  category: z.literal('name-inconsistency').default('name-inconsistency'),
  minLength: z.number().int().min(3).max(20).default(5),
  similarity: z.number().min(0.5).max(1).default(0.9),
})

/** Repeated sentences, lines, captions and headlines, including truncated repeats. */
export const duplicateRule = z.object({
  ...base,
  ...codeBacked,
  kind: z.literal('duplicate'),
  category: z.literal('duplicate').default('duplicate'),
  minWords: z.number().int().min(2).max(100).default(6),
})

export const GARBLED_CHECKS = [
  'camel-join',
  'period-join',
  'run-together',
  'mid-capital',
  'lower-start',
  'doubled-punctuation',
  'doubled-word',
  'quote-spacing',
  'a-an',
  'lower-proper',
  'number-glue',
  'stray-letter',
  'cut-off',
  'punctuation-join',
  'name-glue',
  'split-word',
  'foreign-quotes',
  'dialogue-dash',
  'space-before-punctuation',
  'space-after-quote',
  'decimal-comma',
  'capitalised-word',
  'verb-final',
  'bare-infinitive',
  'possessive-pronoun',
  'doubled-subject',
] as const

/** Machine-translation debris found by the shape of the text. */
export const garbledRule = z.object({
  ...base,
  ...codeBacked,
  kind: z.literal('garbled'),
  category: z.literal('garbled').default('garbled'),
  checks: z.array(z.enum(GARBLED_CHECKS)).min(1),
  /** Words written in mixed case on purpose (iPhone, McDonald, YouTube). */
  camelCaseWords: z.array(z.string()).default([]),
  /** English function words: capitalised mid-sentence, glued to a word, or cutting a line off. */
  functionWords: z.array(z.string()).default([]),
  /** Words that legitimately repeat ("had had", "that that"). */
  repeatableWords: z.array(z.string()).default([]),
  /** News agencies whose names a page glues to a dateline or byline ("SmithAFP"). */
  agencies: z.array(z.string()).default([]),
})

export const CHROME_CHECKS = [
  'author-bio',
  'credit-line',
  'trailing-lines',
  'bullet-list',
  'foreign-line',
  'caption-credit',
  'interface-line',
  'teaser-line',
] as const

/** Site chrome found by the layout of the article rather than by its words. */
export const chromeRule = z.object({
  ...base,
  ...codeBacked,
  kind: z.literal('chrome'),
  category: z.literal('boilerplate').default('boilerplate'),
  checks: z.array(z.enum(CHROME_CHECKS)).min(1),
  /**
   * Words of site interfaces as machine translation renders them ("share", "gallery",
   * "comments"), lower case: the `interface-line` check takes a short line made of these for a
   * widget, a menu or a label.
   */
  vocabulary: z.array(z.string().min(1).max(40)).max(2000).optional(),
})

export const rule = z.discriminatedUnion('kind', [
  phraseRule,
  patternRule,
  foreignWordsRule,
  gazetteerRule,
  nameClusterRule,
  duplicateRule,
  garbledRule,
  chromeRule,
])

const weights = z.partialRecord(category, z.number().min(0).max(100))

export const scoring = z.object({
  severityWeights: z
    .object({ minor: z.number().min(0), major: z.number().min(0), critical: z.number().min(0) })
    .default({ minor: 1, major: 5, critical: 25 }),
  categoryWeights: weights.default({}),
  /** Scaling factor: score = 100 − NPT × SF. */
  scalingFactor: z.number().min(0).max(100).default(1),
  passThreshold: z.number().min(0).max(100).default(90),
  failThreshold: z.number().min(0).max(100).default(60),
  /** A critical finding at least this confident fails the article whatever its score. */
  criticalConfidence: z.number().min(0).max(1).default(0.8),
  /** Below this many words the report warns that the score is less reliable. */
  shortTextWords: z.number().int().min(0).default(150),
})

const dataKey = z.string().regex(/^[a-z0-9:._-]+$/i)
const rulesetId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'lower-case letters, digits, "_" and "-"')

const dataRefs = z.object({
  lexicons: z.record(z.string().regex(/^[a-z]{2}$/), dataKey).default({}),
  stopwords: dataKey.optional(),
  names: dataKey.optional(),
})

const checkUniqueIds = (rules: { id: string }[], ctx: z.RefinementCtx) => {
  const seen = new Map<string, number>()
  rules.forEach((r, i) => {
    const prev = seen.get(r.id)
    if (prev !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['rules', i, 'id'],
        message: `duplicate rule id "${r.id}" (also rule ${prev})`,
      })
    seen.set(r.id, i)
  })
}

/** A rule gated on the source language must name one: with "any" it would never report. */
const checkSourceGates = (rules: { lang: string; sourceOnly?: boolean }[], ctx: z.RefinementCtx) => {
  rules.forEach((r, i) => {
    if (r.sourceOnly && r.lang === 'any')
      ctx.addIssue({
        code: 'custom',
        path: ['rules', i, 'sourceOnly'],
        message: 'sourceOnly needs a lang other than "any"',
      })
  })
}

/** A complete rule set, as the engine compiles it (inheritance already resolved). */
export const ruleset = z
  .object({
    id: rulesetId,
    version: z.number().int().min(1).default(1),
    description: z.string().max(2000).default(''),
    scoring: scoring.default(scoring.parse({})),
    /** KV keys of the large data the detectors use. */
    data: dataRefs.default({ lexicons: {} }),
    rules: z.array(rule).max(LIMITS.rules),
  })
  .superRefine((rs, ctx) => {
    checkUniqueIds(rs.rules, ctx)
    checkSourceGates(rs.rules, ctx)
  })

/**
 * A rule set as stored and edited: it may extend another one, override its rules by id,
 * disable rules or whole categories, and change weights and thresholds.
 */
export const storedRuleset = z
  .object({
    id: rulesetId,
    version: z.number().int().min(1).optional(),
    description: z.string().max(2000).optional(),
    extends: rulesetId.optional(),
    /** Rule ids of the parent to switch off. */
    disable: z.array(z.string().max(120)).max(LIMITS.rules).default([]),
    /** Categories of the parent to switch off entirely. */
    disableCategories: z.array(category).default([]),
    scoring: z
      .object({
        severityWeights: z
          .object({ minor: z.number().min(0), major: z.number().min(0), critical: z.number().min(0) })
          .partial()
          .optional(),
        categoryWeights: weights.optional(),
        scalingFactor: z.number().min(0).max(100).optional(),
        passThreshold: z.number().min(0).max(100).optional(),
        failThreshold: z.number().min(0).max(100).optional(),
        criticalConfidence: z.number().min(0).max(1).optional(),
        shortTextWords: z.number().int().min(0).optional(),
      })
      .optional(),
    data: dataRefs.partial().optional(),
    rules: z.array(rule).max(LIMITS.rules).default([]),
  })
  .superRefine((rs, ctx) => {
    checkUniqueIds(rs.rules, ctx)
    checkSourceGates(rs.rules, ctx)
    if (rs.extends === rs.id)
      ctx.addIssue({ code: 'custom', path: ['extends'], message: 'a rule set cannot extend itself' })
  })

export type StoredRuleSet = z.infer<typeof storedRuleset>

/** Applies a stored child rule set on top of its resolved parent. */
export function inherit(parent: RuleSet, child: StoredRuleSet, version: number): unknown {
  const disabled = new Set(child.disable)
  const categories = new Set(child.disableCategories)
  const overrides = new Map(child.rules.map((r) => [r.id, r]))
  const rules = parent.rules
    .filter((r) => !disabled.has(r.id) && !categories.has(r.category))
    .map((r) => overrides.get(r.id) ?? r)
  const inherited = new Set(rules.map((r) => r.id))
  rules.push(...child.rules.filter((r) => !inherited.has(r.id) && !categories.has(r.category)))
  const sc = child.scoring ?? {}
  return {
    id: child.id,
    version,
    description: child.description ?? parent.description,
    scoring: {
      ...parent.scoring,
      ...sc,
      severityWeights: { ...parent.scoring.severityWeights, ...sc.severityWeights },
      categoryWeights: { ...parent.scoring.categoryWeights, ...sc.categoryWeights },
    },
    data: { ...parent.data, ...child.data, lexicons: { ...parent.data.lexicons, ...child.data?.lexicons } },
    rules,
  }
}

export type RuleSet = z.infer<typeof ruleset>
export type RuleSetInput = z.input<typeof ruleset>
export type Rule = z.infer<typeof rule>
export type RuleKind = Rule['kind']
export type RuleOf<K extends RuleKind> = Extract<Rule, { kind: K }>
export type Scoring = z.infer<typeof scoring>

export interface RuleProblem {
  ruleId?: string
  path: string
  message: string
}

export type Validation<T> = { ok: true; value: T } | { ok: false; problems: RuleProblem[] }

/**
 * How much to check. Writes (the admin API, the seed build, the rules CLI) check that every
 * pattern compiles on RE2; loads of a version that was checked when it was written skip
 * that (it is most of a cold start), and a pattern that still fails is skipped at run time.
 */
export interface ValidateOptions {
  patterns?: boolean
}

/** Validates a complete rule set; every problem names the rule id (when inside a rule) and the field. */
export function validateRuleset(input: unknown, options: ValidateOptions = {}): Validation<RuleSet> {
  return validateWith(ruleset, input, options)
}

/** Validates a rule set as stored and edited (it may extend another). */
export function validateStored(input: unknown, options: ValidateOptions = {}): Validation<StoredRuleSet> {
  return validateWith(storedRuleset, input, options)
}

/**
 * Plans each pattern of a rule set being written, so that loading it later parses nothing:
 * whether V8 may run it and on which lines, the literals its lines must hold, and for anchored
 * patterns the characters a match can begin with. What a caller sent in these fields is replaced.
 */
function planPatterns(rules: Rule[]): void {
  for (const r of rules) {
    if (r.kind !== 'pattern') continue
    for (const p of r.patterns) {
      const anchored = r.scope !== 'anywhere' || startAnchored(p.re)
      const plan = nativePlan(p.re, p.flags, anchored)
      if (plan) p.native = { source: plan.source, flags: plan.flags, maxLine: plan.maxLine }
      else delete p.native
      p.clauses = selectiveClauses(p.re, p.flags.includes('i'))
      p.first = anchored ? firstCharClass(p.re, p.flags) : null
    }
  }
}

/** Patterns RE2 refuses (back-references, look-around, bad syntax), as problems. */
export function patternProblems(rules: Rule[]): RuleProblem[] {
  const problems: RuleProblem[] = []
  rules.forEach((r, i) => {
    if (r.kind !== 'pattern') return
    r.patterns.forEach((p, k) => {
      const problem = patternProblem(p.re, p.flags)
      if (problem)
        problems.push({ ruleId: r.id, path: `rules.${i}.patterns.${k}.re`, message: `pattern refused: ${problem}` })
    })
  })
  return problems
}

function validateWith<T extends { rules: Rule[] }>(
  schema: z.ZodType<T, unknown>,
  input: unknown,
  options: ValidateOptions,
): Validation<T> {
  const parsed = schema.safeParse(input)
  if (parsed.success) {
    if (options.patterns === false) return { ok: true, value: parsed.data }
    // Writes also bound the rule set's cost (src/rules/cost.ts); over it, its patterns are not even compiled.
    const over = costProblems(parsed.data.rules)
    if (over.length) return { ok: false, problems: over }
    const problems = patternProblems(parsed.data.rules)
    if (problems.length) return { ok: false, problems }
    planPatterns(parsed.data.rules)
    return { ok: true, value: parsed.data }
  }
  const rules = (input as { rules?: unknown[] } | null)?.rules
  const problems = parsed.error.issues.map((issue) => {
    const path = issue.path.map(String)
    let ruleId: string | undefined
    if (path[0] === 'rules' && Array.isArray(rules)) {
      const r = rules[Number(path[1])] as { id?: unknown } | undefined
      if (typeof r?.id === 'string') ruleId = r.id
    }
    return { ruleId, path: path.join('.'), message: issue.message }
  })
  // Report refused patterns too, so one answer lists every problem.
  if (options.patterns !== false && Array.isArray(rules))
    rules.forEach((r, i) => {
      const rule = r as { id?: unknown; kind?: unknown; patterns?: unknown }
      if (rule?.kind !== 'pattern' || !Array.isArray(rule.patterns)) return
      rule.patterns.forEach((pat, k) => {
        const { re, flags } = (pat ?? {}) as { re?: unknown; flags?: unknown }
        if (typeof re !== 'string') return
        const problem = patternProblem(re, typeof flags === 'string' ? flags : '')
        if (problem)
          problems.push({
            ruleId: typeof rule.id === 'string' ? rule.id : undefined,
            path: `rules.${i}.patterns.${k}.re`,
            message: `pattern refused: ${problem}`,
          })
      })
    })
  return { ok: false, problems }
}
