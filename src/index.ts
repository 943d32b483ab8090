// Worker entry: the HTTP app, the audit queue's consumer (webhook deliveries, DESIGN §1) and
// the Durable Object every rule-set write goes through (DESIGN §4).
import { app } from './app.ts'
import { consume } from './queue/consumer.ts'
import type { AuditJob } from './queue/job.ts'

export { RulesetWriter } from './rules/writer.ts'

export default {
  fetch: app.fetch,
  queue: (batch, env, _ctx) => consume(batch, env),
} satisfies ExportedHandler<Env, AuditJob>
