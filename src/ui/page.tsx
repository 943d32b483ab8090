// The editor page (GET /): server-rendered markup that works as a form even before the
// script runs; the editor script (src/ui/client/, a static asset) brings it to life.
// Configuration the script needs (categories, size limit) travels in a JSON script element,
// not inline code.
import type { Child } from 'hono/jsx'
import { CATEGORIES } from '../engine/types.ts'
import { CATEGORY_STYLE } from './categories.ts'
import type { EditorConfig } from './config.ts'

export interface Assets {
  css: string
  js: string
}

export function Layout(props: { title: string; assets: Assets; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={props.assets.css} />
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="top">
          <h1>
            translation-auditor <span>· machine-translation QA</span>
          </h1>
          <nav aria-label="Site">
            <a href="/">Editor</a>
            <a href="/docs">API docs</a>
            <a href="/openapi.json">OpenAPI</a>
          </nav>
        </header>
        {props.children}
      </body>
    </html>
  )
}

export function EditorPage(props: { assets: Assets; maxBytes: number; defaultRuleset: string }) {
  const config: EditorConfig = {
    maxBytes: props.maxBytes,
    categories: CATEGORIES.map((id) => ({ id, label: CATEGORY_STYLE[id].label, help: CATEGORY_STYLE[id].help })),
  }
  // `<` escaped so the JSON cannot close the script element.
  const json = JSON.stringify(config).replace(/</g, '\\u003c')
  return (
    <Layout title="Editor · translation-auditor" assets={props.assets}>
      <main id="main" class="layout">
        <section class="panel" aria-labelledby="input-h">
          <h2 id="input-h">Article</h2>
          <form id="audit-form">
            <div class="drop" id="drop">
              <label for="article">Paste the article (text or HTML), or drop a .txt or .html file here</label>
              <textarea
                id="article"
                name="text"
                rows={14}
                spellcheck={false}
                placeholder="Paste a machine-translated article…"
                aria-describedby="input-info kbd-hint"
              />
            </div>
            <div class="row">
              <label>
                Format
                <select id="format" name="format">
                  <option value="auto">Detect</option>
                  <option value="text">Plain text</option>
                  <option value="html">HTML</option>
                </select>
              </label>
              <label>
                Rule set
                <input
                  id="ruleset"
                  name="ruleset"
                  type="text"
                  list="rulesets"
                  value={props.defaultRuleset}
                  autocomplete="off"
                  spellcheck={false}
                  inputmode="text"
                />
              </label>
              <datalist id="rulesets">
                <option value={props.defaultRuleset} />
              </datalist>
              <span class="file-btn">
                <input
                  id="file"
                  type="file"
                  accept=".txt,.html,.htm,text/plain,text/html"
                  aria-label="Open a .txt or .html file"
                />
                <span aria-hidden="true">Open file…</span>
              </span>
            </div>
            <details>
              <summary>Access token</summary>
              <label>
                Bearer token (only when this auditor requires one; kept in this tab only)
                <input id="token" type="password" autocomplete="off" />
              </label>
            </details>
            <div class="row">
              <button type="submit" id="audit-btn" class="primary">
                Audit
              </button>
              <span id="input-info" aria-live="off" />
            </div>
            <p id="kbd-hint" class="hint">
              Ctrl+Enter audits. In the report: Tab moves between highlights, Enter applies a suggestion, ←/→ jump, Esc
              closes.
            </p>
          </form>
          <noscript>
            <p class="error">
              The editor needs JavaScript. Without it, POST the article to /v1/audit (see the{' '}
              <a href="/docs">API docs</a>).
            </p>
          </noscript>
          <div id="error" class="error" role="alert" hidden />
        </section>
        <section class="panel" id="results" aria-labelledby="results-h" hidden>
          <h2 id="results-h" tabindex={-1}>
            Report
          </h2>
          <div class="summary">
            <div>
              <span class="score-label">Score</span>
              <span id="score" class="score" />
            </div>
            <span id="verdict" class="verdict" />
            <p id="meta" />
            <ul id="notes" />
          </div>
          <fieldset id="filters" />
          <div class="toolbar">
            <button type="button" id="apply-all">
              Apply all suggestions
            </button>
            <button type="button" id="undo" disabled>
              Undo
            </button>
            <span id="counts" />
          </div>
          <h3 id="doc-h">Article with findings</h3>
          <div class="doc-wrap">
            <section id="doc" class="doc" tabindex={-1} aria-labelledby="doc-h" />
            <div id="tip" class="tip" role="tooltip" hidden />
          </div>
          <section id="corrected-panel" aria-labelledby="corrected-h" hidden>
            <h3 id="corrected-h">Corrected text</h3>
            <textarea id="corrected" rows={10} readonly aria-labelledby="corrected-h" />
            <div class="toolbar">
              <button type="button" id="copy" class="primary">
                Copy
              </button>
              <button type="button" id="reaudit">
                Audit the corrected text
              </button>
            </div>
          </section>
          <h3>Findings</h3>
          <ol id="findings" />
        </section>
        <div id="status" class="visually-hidden" role="status" aria-live="polite" />
      </main>
      <script id="config" type="application/json" dangerouslySetInnerHTML={{ __html: json }} />
      <script src={props.assets.js} defer />
    </Layout>
  )
}
