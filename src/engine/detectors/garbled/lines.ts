// Lines cut off mid-sentence.

import type { Hit } from '../../detector.ts'
import { isCapitalised, isLowerWord } from '../../document.ts'
import type { Doc, Line, Token } from '../../types.ts'
import type { DocCheck } from '../checks.ts'
import type { GarbledEnv } from './env.ts'

const wordsIn = (doc: Doc, l: Line) => {
  let n = 0
  for (let k = l.firstToken; k < l.endToken; k++) if ((doc.tokens[k] as Token).kind === 'word') n++
  return n
}

/** A line of six words or more that stops on a function word with no closing punctuation. */
export const cutOff: DocCheck<GarbledEnv> = {
  name: 'cut-off',
  doc(doc, env) {
    const out: Hit[] = []
    doc.lines.forEach((line, li) => {
      const last = doc.tokens[line.endToken - 1] as Token
      if (wordsIn(doc, line) < 6 || last.kind !== 'word' || !isLowerWord(last.text) || !env.fn.has(last.lower)) return
      // "…to the investiture of" + a line holding only "Pere Aragonès": a link split off the
      // sentence, which goes on; not a cut-off.
      const nextLine = doc.lines[li + 1]
      if (nextLine && wordsIn(doc, nextLine) <= 4 && isCapitalised(nextLine.text)) return
      const tail = doc.tokens[Math.max(line.firstToken, line.endToken - 4)] as Token
      out.push({ start: tail.start, end: last.end, weight: 0.7, message: 'Line stops mid-sentence' })
    })
    return out
  },
}
