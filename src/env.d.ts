// Secrets are not in wrangler.toml, so `wrangler types` cannot see them; declared here.
declare namespace Cloudflare {
  interface Env {
    /** Bearer token for the /v1/rulesets admin API (`wrangler secret put ADMIN_TOKEN`). */
    ADMIN_TOKEN?: string
    /** When set, POST /v1/audit requires this bearer token. */
    AUDIT_TOKEN?: string
  }
}
