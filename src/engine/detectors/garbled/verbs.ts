// Just enough English verb morphology for word-order checks, from the English word list
// and the closed class of irregular verbs: is a word a bare infinitive ("lose", "thank") or a
// past participle ("lost", "approved")? No tagger: these checks look at a handful of words
// each, in patterns where the answer is rarely ambiguous.
import type { RankedLexicon } from '../../data.ts'

/** Irregular verbs: base, past participle. */
const IRREGULAR: [string, string][] = (
  'arise arisen,awake awoken,be been,bear borne,beat beaten,become become,begin begun,bend bent,bet bet,bind bound,' +
  'bite bitten,bleed bled,blow blown,break broken,bring brought,build built,burn burnt,burst burst,buy bought,' +
  'catch caught,choose chosen,come come,cost cost,creep crept,cut cut,deal dealt,dig dug,do done,draw drawn,' +
  'dream dreamt,drink drunk,drive driven,eat eaten,fall fallen,feed fed,feel felt,fight fought,find found,flee fled,' +
  'fly flown,forbid forbidden,forget forgotten,forgive forgiven,freeze frozen,get got,get gotten,give given,go gone,' +
  'grind ground,grow grown,hang hung,have had,hear heard,hide hidden,hit hit,hold held,hurt hurt,keep kept,' +
  'kneel knelt,know known,lay laid,lead led,lean leant,leap leapt,learn learnt,leave left,lend lent,let let,lie lain,' +
  'light lit,lose lost,make made,mean meant,meet met,pay paid,prove proven,put put,quit quit,read read,ride ridden,' +
  'ring rung,rise risen,run run,say said,see seen,seek sought,sell sold,send sent,set set,shake shaken,shed shed,' +
  'shine shone,shoot shot,show shown,shrink shrunk,shut shut,sing sung,sink sunk,sit sat,sleep slept,slide slid,' +
  'speak spoken,speed sped,spend spent,spin spun,split split,spread spread,spring sprung,stand stood,steal stolen,' +
  'stick stuck,sting stung,strike struck,strive striven,swear sworn,sweep swept,swim swum,swing swung,take taken,' +
  'teach taught,tear torn,tell told,think thought,throw thrown,thrust thrust,understand understood,undertake undertaken,' +
  'uphold upheld,upset upset,wake woken,wear worn,weep wept,win won,wind wound,withdraw withdrawn,withhold withheld,' +
  'withstand withstood,write written,overcome overcome,override overridden,overtake overtaken,overthrow overthrown,' +
  'mislead misled,mistake mistaken,outrun outrun,rebuild rebuilt,redo redone,rewrite rewritten,undergo undergone'
)
  .split(',')
  .map((p) => p.split(' ') as [string, string])
const IRREGULAR_BASE = new Set(IRREGULAR.map(([b]) => b))
const IRREGULAR_PARTICIPLE = new Set(IRREGULAR.map(([, p]) => p))

/** A bare infinitive: an irregular base, or a word English also writes with -ed and -ing. */
export function isBaseVerb(w: string, en: RankedLexicon): boolean {
  if (IRREGULAR_BASE.has(w)) return true
  if (w.length < 3 || /(?:ed|ing|s)$/.test(w)) return false
  const stem = w.endsWith('e') ? w.slice(0, -1) : w
  const doubled = /[bdgklmnprt]$/.test(w) && /[aeiou][bdgklmnprt]$/.test(w) ? w + w.slice(-1) : w
  const past = en.has(`${stem}ed`) || en.has(`${doubled}ed`) || (w.endsWith('y') && en.has(`${w.slice(0, -1)}ied`))
  const gerund = en.has(`${stem}ing`) || en.has(`${doubled}ing`)
  return past && gerund
}

/** A past participle: irregular, or an -ed form of a verb English has. */
export function isParticiple(w: string, en: RankedLexicon): boolean {
  if (IRREGULAR_PARTICIPLE.has(w)) return true
  if (!w.endsWith('ed') || w.length < 5 || !en.has(w)) return false
  const stem = w.slice(0, -2)
  return (
    en.has(stem) ||
    en.has(`${stem}e`) ||
    en.has(stem.slice(0, -1)) ||
    (stem.endsWith('i') && en.has(`${stem.slice(0, -1)}y`))
  )
}
