import { readdirSync, readFileSync } from 'node:fs'
import { analyse } from '../src/engine/words.ts'
import { loadCompiled } from './lib/engine.ts'

const c = loadCompiled()
const dir = '/work/shared/corpus/dev'
const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => analyse(readFileSync(dir + '/' + f, 'utf8'), c.data))
const det = c.detectors.find((d) => d.kind === 'pattern')!.detector
for (let k = 0; k < 5; k++) for (const d of docs) det.run(d, {} as any)
;(globalThis as any).__T = new Map()
for (let k = 0; k < 10; k++) for (const d of docs) det.run(d, {} as any)
const T = [...(globalThis as any).__T].sort((a: any, b: any) => b[1] - a[1])
console.log('sum', (T.reduce((s: number, x: any) => s + x[1], 0) / 10).toFixed(2))
for (const [k, v] of T.slice(0, 20)) console.log((v / 10).toFixed(2), k)
