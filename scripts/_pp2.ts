import { readdirSync, readFileSync } from 'node:fs'
import { analyse } from '../src/engine/words.ts'
import { loadCompiled } from './lib/engine.ts'

const c = loadCompiled()
const dir = '/work/shared/corpus/dev'
const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => analyse(readFileSync(dir + '/' + f, 'utf8'), c.data))
const kinds = process.argv.slice(2)
for (const { kind, detector } of c.detectors) {
  if (kinds.length && !kinds.includes(kind)) continue
  for (let k = 0; k < 5; k++)
    for (const d of docs) detector.run(d, { ...c.data, nameSpans: [], languageEvidence: new Map() })
  let best = Infinity
  for (let r = 0; r < 15; r++) {
    const t = performance.now()
    for (let k = 0; k < 2; k++)
      for (const d of docs) detector.run(d, { ...c.data, nameSpans: [], languageEvidence: new Map() })
    best = Math.min(best, (performance.now() - t) / 2)
  }
  console.log(kind, 'min ms per pass', best.toFixed(2))
}
