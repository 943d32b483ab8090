// Worker entry: the HTTP app and the audit queue's consumer (webhook deliveries, DESIGN §1).
import { app } from './app.ts'
import { consume } from './queue/consumer.ts'
import type { AuditJob } from './queue/job.ts'

export default {
  fetch: app.fetch,
  queue: (batch, env, _ctx) => consume(batch, env),
} satisfies ExportedHandler<Env, AuditJob>
