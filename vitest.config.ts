import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

// Two projects: `workers` runs inside workerd with the bindings of wrangler.toml (real KV,
// isolated per test file); `node` runs what only exists in Node (the CLI, the browser test
// that drives Chromium against the Worker started through miniflare).
export default defineConfig({
  test: {
    // Builds dist/ (editor assets, CLI bundle) from the current sources first.
    globalSetup: ['./test/build.setup.ts'],
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            // Secrets the tests authenticate with (in production: `wrangler secret put`).
            miniflare: { bindings: { ADMIN_TOKEN: 'test-admin-token' } },
          }),
        ],
        test: {
          name: 'workers',
          include: ['test/**/*.test.ts'],
          exclude: ['test/node/**', 'node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/node/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
