// Worker entry: the HTTP app (the queue consumer joins here with the webhooks issue).
import { app } from './app.ts'

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>
