// The gazetteer is built from data files (seeds/gazetteer) plus maintained packages: the committed
// seeds/data/names.json must be what the build makes of them, and an entry added to a data file
// must reach the output.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT } from './e2e/worker.ts'

const build = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', 'build-gazetteer.mjs'), ...args], { encoding: 'utf8' })

describe('gazetteer build', () => {
  it('seeds/data/names.json is up to date with seeds/gazetteer', () => {
    const r = build(ROOT, '--check')
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  })

  it('derives exonyms, known names and mangled forms from maintained data', () => {
    const names = JSON.parse(readFileSync(join(ROOT, 'seeds', 'data', 'names.json'), 'utf8'))
    const entry = (n: string) => names.entries.find((e: { name: string }) => e.name === n)
    // GeoNames: the Russian form of a Ukrainian city; i18n-iso-countries: Polish and Turkish names.
    expect(entry('Kharkiv').exonyms).toContain('Kharkov')
    expect(entry('Germany').exonyms).toEqual(expect.arrayContaining(['Niemcy', 'Almanya']))
    const known = new Set(names.known.split('\n'))
    // GeoNames places and given names of other languages; sorted for bisection.
    for (const k of ['goteborg', 'gdynia', 'agnieszka', 'mehmet']) expect(known.has(k), k).toBe(true)
    expect([...known].sort()).toEqual([...known])
    const mangled = names.mangled.split('\n')
    expect(mangled).toContain('gdask\tGdańsk')
    expect(mangled.map((l: string) => l.split('\t')[0])).toEqual(mangled.map((l: string) => l.split('\t')[0]).sort())
  })

  describe('in a copy of the data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'))
    cpSync(join(ROOT, 'scripts', 'build-gazetteer.mjs'), join(dir, 'scripts', 'build-gazetteer.mjs'))
    cpSync(join(ROOT, 'scripts', 'lib', 'gazetteer-sources.mjs'), join(dir, 'scripts', 'lib', 'gazetteer-sources.mjs'))
    cpSync(join(ROOT, 'seeds', 'lexicons'), join(dir, 'seeds', 'lexicons'), { recursive: true })
    cpSync(join(ROOT, 'seeds', 'gazetteer'), join(dir, 'seeds', 'gazetteer'), { recursive: true })
    cpSync(join(ROOT, 'seeds', 'data', 'names.json'), join(dir, 'seeds', 'data', 'names.json'))
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it('a new line in a data file is a new entry, and --check notices until rebuilt', () => {
      writeFileSync(
        join(dir, 'seeds', 'gazetteer', 'person', 'zz-test.txt'),
        '# test entries\nZdeněk Testovací|test person|Zdenek Testovaci|Zdeněk Testovacího|Zdenek the Tester\n',
      )
      expect(build(dir, '--check').status).toBe(1)
      expect(build(dir).status).toBe(0)
      const names = JSON.parse(readFileSync(join(dir, 'seeds', 'data', 'names.json'), 'utf8'))
      expect(names.entries).toContainEqual({
        name: 'Zdeněk Testovací',
        type: 'person',
        variants: ['Zdenek Testovaci'],
        foreign: ['Zdeněk Testovacího'],
        literal: ['Zdenek the Tester'],
        role: 'test person',
      })
      expect(build(dir, '--check').status).toBe(0)
    })

    it('countries.json corrects world-countries', () => {
      const file = join(dir, 'seeds', 'gazetteer', 'countries.json')
      const overrides = JSON.parse(readFileSync(file, 'utf8'))
      overrides.countries.TR.name = 'Türkiye'
      overrides.capitals['City of Victoria'] = { name: 'Victoria City' }
      writeFileSync(file, JSON.stringify(overrides))
      expect(build(dir).status).toBe(0)
      const names = JSON.parse(readFileSync(join(dir, 'seeds', 'data', 'names.json'), 'utf8'))
      const byName = (n: string) => names.entries.filter((e: { name: string }) => e.name === n)
      expect(byName('Türkiye')).toHaveLength(1)
      expect(byName('Turkey')).toHaveLength(0)
      expect(byName('Victoria City').map((e: { role: string }) => e.role)).toEqual(['capital of Hong Kong'])
    })
  })
})
