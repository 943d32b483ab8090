import { readdirSync, readFileSync } from 'node:fs'
import { analyse } from '../src/engine/words.ts'
import { loadCompiled } from './lib/engine.ts'

const c = loadCompiled()
const dir = '/work/shared/corpus/dev'
const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => analyse(readFileSync(dir + '/' + f, 'utf8'), c.data))
const det = c.detectors.find((d) => d.kind === 'pattern')!.detector
for (let k = 0; k < 30; k++) for (const d of docs) det.run(d, {} as any)
