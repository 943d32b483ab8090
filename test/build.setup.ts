// Vitest global setup: the editor's assets and the CLI bundle are built from the current
// sources before any test runs, so a test never meets a stale dist/ (npm test builds too;
// this covers `npx vitest` run alone).
import { buildCli, buildUi } from '../scripts/build.ts'

export default async function setup(): Promise<void> {
  await Promise.all([buildUi(), buildCli()])
}
