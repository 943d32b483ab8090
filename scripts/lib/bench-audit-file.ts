// Stand-in for the audit CLI while scripts/audit-cli.ts does not exist: one process that
// loads the default rule set, audits the file named on the command line and prints the
// report as JSON, as the CLI would.
import { readFileSync } from 'node:fs'
import { audit } from '../../src/engine/audit.ts'
import { loadCompiled } from './engine.ts'

const file = process.argv[2]
if (!file) {
  process.stderr.write('usage: node scripts/lib/bench-audit-file.ts <file>\n')
  process.exit(2)
}
const report = audit(readFileSync(file, 'utf8'), loadCompiled())
process.stdout.write(`${JSON.stringify(report)}\n`)
