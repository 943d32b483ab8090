// Word order and syntax carried over from verb-final and verb-second sources (de, nl, tr,
// ja, ko): "The club will the title lose.", "that the club the title lost has.", "was by the
// parliament approved.", "I want him also thank", "theirs region", "The minister he said".
// Each check is a short lexical pattern English does not produce; verb forms come from the
// English word list (verbs.ts), not from a tagger.
import { isCapitalised, isLowerWord } from '../../document.ts'
import type { Doc, Token } from '../../types.ts'
import { wordAt } from '../../words.ts'
import { type TokenCheck, wordIn } from '../checks.ts'
import { type GarbledEnv, wordToken } from './env.ts'
import { isBaseVerb, isParticiple } from './verbs.ts'

const MODALS = new Set(['will', 'would', 'can', 'could', 'must', 'should', 'shall', 'might'])
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
])
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'be', 'been', 'will', 'would'])
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been'])
/** Questions, conditionals and comparisons put an auxiliary before its subject in English too. */
const INVERTING = new Set([
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'why',
  'how',
  'if',
  'whether',
  'as',
  'than',
  'so',
  'nor',
  'neither',
  'only',
])
/** Particles and adverbs that end a clause after a verb-like word ("as it would the other way round"). */
const PARTICLES = new Set([
  'round',
  'back',
  'out',
  'up',
  'down',
  'away',
  'off',
  'over',
  'ago',
  'again',
  'too',
  'well',
  'instead',
  'home',
  'in',
  'on',
  'around',
  'now',
  'there',
  'here',
  'alone',
  'together',
  'apart',
  'forward',
  'ahead',
  'through',
])

const word = (doc: Doc, k: number, t: Token): Token | undefined => {
  const u = doc.tokens[k]
  return u?.kind === 'word' && u.sentence === t.sentence ? u : undefined
}
/** The clause ends after token `k`: a comma, full stop, colon, semicolon, or the line end. */
const clauseEndsAfter = (doc: Doc, k: number): boolean => {
  const u = doc.tokens[k] as Token
  const next = doc.tokens[k + 1]
  return !next || next.line !== u.line || (next.kind === 'punct' && /^[.,;:!]$/.test(next.text))
}
/** Some word before token `i` in its sentence inverts order legitimately, or the sentence asks. */
function inverted(doc: Doc, i: number): boolean {
  const t = doc.tokens[i] as Token
  const s = doc.sentences[t.sentence]
  if (!s || s.text.trimEnd().endsWith('?')) return true
  if (s.firstToken === i) return true
  for (let k = s.firstToken; k < i; k++) if (INVERTING.has((doc.tokens[k] as Token).lower)) return true
  return false
}

/** "The club will the title lose.": a modal, then its object, then the bare verb ending the clause. */
export const verbFinal: TokenCheck<GarbledEnv> = {
  name: 'verb-final',
  gate: wordIn(MODALS),
  token(doc, i, env) {
    const t = wordToken(doc, i, env)
    if (!t || !MODALS.has(t.lower) || !DETERMINERS.has(word(doc, i + 1, t)?.lower ?? '') || inverted(doc, i)) return
    for (let k = i + 3; k <= i + 5; k++) {
      const v = word(doc, k, t)
      if (!v) return
      const between = word(doc, k - 1, t) as Token
      if (env.fn.has(between.lower) && k - 1 > i + 1) return
      if (!isLowerWord(v.text) || PARTICLES.has(v.lower) || !clauseEndsAfter(doc, k)) continue
      if (!isBaseVerb(v.lower, env.en)) return
      return {
        start: t.start,
        end: v.end,
        weight: 0.7,
        message: `“${v.text}” ends the clause: verb-final word order of the source`,
      }
    }
  },
}

/** "that the club the title lost has.", "was by the parliament approved.": a participle, then the auxiliary, ending the clause. */
export const auxiliaryFinal: TokenCheck<GarbledEnv> = {
  name: 'auxiliary-final',
  option: 'verb-final',
  gate: (t) => t.kind === 'word' && isLowerWord(t.text),
  token(doc, i, env) {
    const t = wordToken(doc, i, env)
    if (!t || !isLowerWord(t.text)) return
    // "… lost has.": participle, auxiliary, end of clause.
    const aux = word(doc, i + 1, t)
    if (
      aux &&
      AUXILIARIES.has(aux.lower) &&
      clauseEndsAfter(doc, i + 1) &&
      isParticiple(t.lower, env.en) &&
      !inverted(doc, i)
    )
      return {
        start: t.start,
        end: aux.end,
        weight: 0.7,
        message: `“${aux.text}” ends the clause after its participle: verb-final word order of the source`,
      }
    // "was by the parliament approved.": passive with the agent before the participle.
    if (!BE.has(t.lower) || word(doc, i + 1, t)?.lower !== 'by' || !DETERMINERS.has(word(doc, i + 2, t)?.lower ?? ''))
      return
    for (let k = i + 4; k <= i + 6; k++) {
      const v = word(doc, k, t)
      if (!v) return
      if (isLowerWord(v.text) && clauseEndsAfter(doc, k) && isParticiple(v.lower, env.en))
        return {
          start: t.start,
          end: v.end,
          weight: 0.7,
          message: `“${v.text}” ends the clause after its agent: verb-final word order of the source`,
        }
    }
  },
}

/** Verbs that take an object and a to-infinitive, never a bare one ("want him to thank"). */
const TO_VERBS = new Set(
  'want wants wanted wanting expect expects expected urge urges urged encourage encourages encouraged persuade persuaded force forces forced invite invites invited'.split(
    ' ',
  ),
)
const OBJECTS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it'])
const ADVERBS = new Set([
  'also',
  'again',
  'still',
  'now',
  'too',
  'just',
  'only',
  'first',
  'once',
  'finally',
  'personally',
])

/** "I want him also thank": the to-infinitive's "to" missing, the source's verb order kept. */
export const bareInfinitive: TokenCheck<GarbledEnv> = {
  name: 'bare-infinitive',
  gate: wordIn(TO_VERBS),
  token(doc, i, env) {
    const t = wordToken(doc, i, env)
    if (!t || !TO_VERBS.has(t.lower) || !OBJECTS.has(word(doc, i + 1, t)?.lower ?? '')) return
    let k = i + 2
    if (ADVERBS.has(word(doc, k, t)?.lower ?? '')) k++
    const v = word(doc, k, t)
    if (!v || !isLowerWord(v.text) || PARTICLES.has(v.lower) || !isBaseVerb(v.lower, env.en)) return
    return { start: t.start, end: v.end, weight: 0.7, message: `“${v.text}” needs “to”: “${t.text} … to ${v.text}”` }
  },
}

const INDEPENDENT_POSSESSIVES = new Set(['theirs', 'ours', 'yours', 'hers'])
const NOT_NOUNS = new Set([
  ...ADVERBS,
  ...PARTICLES,
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'do',
  'does',
  'did',
  'remain',
  'remains',
  'either',
  'anyway',
  'entirely',
  'alone',
])

/** "theirs region": an independent possessive where the determiner ("their") belongs. */
export const possessivePronoun: TokenCheck<GarbledEnv> = {
  name: 'possessive-pronoun',
  gate: wordIn(INDEPENDENT_POSSESSIVES),
  token(doc, i, env) {
    const t = wordToken(doc, i, env)
    if (!t || !INDEPENDENT_POSSESSIVES.has(t.lower)) return
    const n = word(doc, i + 1, t)
    if (!n || !isLowerWord(n.text) || doc.tokens[i + 1] !== n) return
    if (env.fn.has(n.lower) || NOT_NOUNS.has(n.lower) || n.lower.endsWith('ly') || wordAt(doc, i + 1)?.en === undefined)
      return
    if (isBaseVerb(n.lower, env.en) || isParticiple(n.lower, env.en)) return
    return {
      start: t.start,
      end: n.end,
      weight: 0.75,
      message: `“${t.text}” before a noun: “${t.lower.replace(/s$/, '')} ${n.text}”`,
      suggestion: `${t.text.replace(/s$/, '')} ${n.text}`,
    }
  },
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we'])
const SPEECH = new Set(
  'said says told added stated declared explained announced stressed noted insisted warned recalled assured confirmed claimed argued admitted acknowledged replied answered commented emphasised emphasized underlined reiterated specified'.split(
    ' ',
  ),
)
const OPENERS = new Set(['the', 'this', 'that', 'our', 'my', 'his', 'her', 'their', 'its'])

/** "The minister he said that …": the subject doubled by a pronoun, as spoken Romance and Slavic sources allow. */
export const doubledSubject: TokenCheck<GarbledEnv> = {
  name: 'doubled-subject',
  gate: wordIn(SUBJECT_PRONOUNS),
  token(doc, i, env) {
    const t = wordToken(doc, i, env)
    if (!t || !SUBJECT_PRONOUNS.has(t.lower) || !SPEECH.has(word(doc, i + 1, t)?.lower ?? '')) return
    const s = doc.sentences[t.sentence]
    if (!s) return
    // The sentence opens with a noun phrase of one or two words (after "The …" or a capitalised name) right before the pronoun.
    const first = doc.tokens[s.firstToken] as Token
    const head = i - s.firstToken
    const opener = OPENERS.has(first.lower) && isCapitalised(first.text)
    if (opener ? head < 2 || head > 3 : head < 1 || head > 2) return
    for (let k = s.firstToken + (opener ? 1 : 0); k < i; k++) {
      const u = doc.tokens[k] as Token
      if (u.kind !== 'word' || env.fn.has(u.lower) || (!opener && !isCapitalised(u.text))) return
    }
    const after = doc.tokens[i + 2]
    if (after && !(after.lower === 'that' || /^[,:“"]$/.test(after.text))) return
    return {
      start: first.start,
      end: (doc.tokens[i + 1] as Token).end,
      weight: 0.7,
      message: `“${t.text}” repeats the subject`,
      suggestion: undefined,
    }
  },
}
