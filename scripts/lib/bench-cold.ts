// Run in a fresh process by scripts/bench.ts: how long a cold process takes to import the
// engine and to load and compile the default rule set with its lexicons and gazetteer.
export {}

const t0 = performance.now()
const { loadCompiled } = await import('./engine.ts')
const { audit } = await import('../../src/engine/audit.ts')
const t1 = performance.now()
const compiled = loadCompiled()
const t2 = performance.now()
audit('Valdimir Putin spoke on ThursdayThe day.', compiled)
const t3 = performance.now()
process.stdout.write(
  `${JSON.stringify({ importMs: t1 - t0, compileMs: t2 - t1, firstAuditMs: t3 - t2, rssMB: process.memoryUsage().rss / 2 ** 20 })}\n`,
)
