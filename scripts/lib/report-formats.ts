// Output formats of the audit CLI: text lines for terminals and editors' problem matchers,
// JSON, SARIF 2.1.0 for code-scanning tools, and a standalone HTML report. Each takes the
// audited files (path, the text the offsets point into, the report) and returns a string.
import { CATEGORIES, type Finding, type Report, type Severity } from '../../src/engine/types.ts'
import { CATEGORY_STYLE } from '../../src/ui/categories.ts'
import { escapeHtml, highlightHtml } from '../../src/ui/highlight.ts'
import { APP_CSS } from '../../src/ui/styles.ts'

export interface Audited {
  /** As given on the command line (`<stdin>` for standard input). */
  path: string
  /** The text the report's offsets point into (for HTML input: the extracted text). */
  text: string
  /** True when the input was HTML: line and column refer to the extracted text. */
  fromHtml: boolean
  report: Report
}

export const FORMATS = ['text', 'json', 'sarif', 'html'] as const
export type Format = (typeof FORMATS)[number]

const RANK: Record<Severity, number> = { minor: 0, major: 1, critical: 2 }
export const reaches = (f: Pick<Finding, 'severity'>, threshold: Severity) => RANK[f.severity] >= RANK[threshold]

/** `path:line:col severity category message (→ suggestion)`, then one summary line per file. */
export function formatText(files: Audited[]): string {
  const out: string[] = []
  for (const { path, report } of files) {
    for (const f of report.findings)
      out.push(
        `${path}:${f.line}:${f.column} ${f.severity} ${f.category} ${f.message}${
          f.suggestion !== undefined ? ` (→ ${f.suggestion === '' ? 'delete' : f.suggestion})` : ''
        }`,
      )
    const n = report.findings.length
    out.push(
      `${path}: score ${report.score.toFixed(1)}/100, ${report.verdict}, ${n} finding${n === 1 ? '' : 's'} in ${report.stats.words} words (rule set ${report.ruleset.id} v${report.ruleset.version})`,
    )
  }
  return out.length ? `${out.join('\n')}\n` : ''
}

export function formatJson(files: Audited[], failOn?: Severity): string {
  return `${JSON.stringify(
    {
      files: files.map(({ path, fromHtml, report, text }) => ({
        path,
        ...(fromHtml ? { text } : {}),
        report,
      })),
      ...(failOn ? { failOn, failed: files.some((f) => f.report.findings.some((x) => reaches(x, failOn))) } : {}),
    },
    null,
    2,
  )}\n`
}

/** 1-based line and UTF-16 column of an offset (SARIF's default columnKind is utf16CodeUnits). */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

const LEVEL: Record<Severity, 'note' | 'warning' | 'error'> = { minor: 'note', major: 'warning', critical: 'error' }

/** SARIF 2.1.0: one run, rules from the rule ids seen, one result per finding with a fix when suggested. */
export function formatSarif(files: Audited[], tool: { version: string }): string {
  const rules: { id: string; category: string }[] = []
  const ruleIndex = new Map<string, number>()
  for (const { report } of files)
    for (const f of report.findings)
      if (!ruleIndex.has(f.ruleId)) {
        ruleIndex.set(f.ruleId, rules.length)
        rules.push({ id: f.ruleId, category: f.category })
      }
  const uri = (path: string) => (path === '<stdin>' ? 'stdin' : path.split('\\').join('/'))
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'translation-auditor',
            version: tool.version,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')),
              shortDescription: {
                text: `${CATEGORY_STYLE[r.category as Finding['category']]?.label ?? r.category}: ${r.id}`,
              },
              fullDescription: { text: CATEGORY_STYLE[r.category as Finding['category']]?.help ?? r.category },
              properties: { category: r.category, tags: ['translation', r.category] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        artifacts: files.map((f) => ({
          location: { uri: uri(f.path) },
          ...(f.fromHtml ? { description: { text: 'HTML input: regions refer to the extracted text' } } : {}),
        })),
        results: files.flatMap((file, artifactIndex) =>
          file.report.findings.map((f) => {
            const end = position(file.text, f.end)
            const region = {
              startLine: f.line,
              startColumn: f.column,
              endLine: end.line,
              endColumn: end.column,
              charOffset: f.start,
              charLength: f.end - f.start,
              snippet: { text: f.excerpt },
            }
            const location = { uri: uri(file.path), index: artifactIndex }
            return {
              ruleId: f.ruleId,
              ruleIndex: ruleIndex.get(f.ruleId),
              level: LEVEL[f.severity],
              message: { text: f.suggestion !== undefined ? `${f.message} (→ ${f.suggestion})` : f.message },
              locations: [{ physicalLocation: { artifactLocation: location, region } }],
              ...(f.suggestion !== undefined && !file.fromHtml
                ? {
                    fixes: [
                      {
                        description: { text: `Replace with “${f.suggestion}”` },
                        artifactChanges: [
                          {
                            artifactLocation: location,
                            replacements: [{ deletedRegion: region, insertedContent: { text: f.suggestion } }],
                          },
                        ],
                      },
                    ],
                  }
                : {}),
              partialFingerprints: { 'findingHash/v1': fingerprint(`${f.ruleId}\u0000${f.excerpt}\u0000${f.line}`) },
              properties: { category: f.category, severity: f.severity, confidence: f.confidence },
            }
          }),
        ),
        properties: {
          reports: files.map((f) => ({
            path: f.path,
            score: f.report.score,
            verdict: f.report.verdict,
            ruleset: f.report.ruleset,
          })),
        },
      },
    ],
  }
  return `${JSON.stringify(sarif, null, 2)}\n`
}

/** FNV-1a 32-bit, hex: a stable fingerprint so code-scanning tools can track a result. */
function fingerprint(s: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

/** One self-contained page: styles inline, no script, every finding highlighted with a hover title. */
export function formatHtml(files: Audited[]): string {
  const sections = files.map((file, i) => {
    const r = file.report
    const counts = CATEGORIES.filter((c) => r.summary.byCategory[c])
      .map(
        (c) =>
          `<span class="filter cat-${c}"><span class="swatch"></span>${escapeHtml(CATEGORY_STYLE[c].label)} <span class="count">${r.summary.byCategory[c]}</span></span>`,
      )
      .join(' ')
    const rows = r.findings
      .map(
        (f) =>
          `<li class="finding cat-${f.category}"><div class="finding-head"><span class="swatch"></span><span class="finding-cat">${escapeHtml(
            CATEGORY_STYLE[f.category].label,
          )}</span><span class="sev sev-${f.severity}">${f.severity}</span><span class="where">line ${f.line}, col ${f.column}</span></div><q class="excerpt">${escapeHtml(
            f.excerpt.length > 160 ? `${f.excerpt.slice(0, 157)}…` : f.excerpt,
          )}</q><p class="message">${escapeHtml(f.message)}</p>${
            f.suggestion !== undefined
              ? `<span class="suggestion">Suggestion: <kbd>${escapeHtml(f.suggestion || '(delete)')}</kbd></span>`
              : ''
          }</li>`,
      )
      .join('\n')
    return `<section class="panel" id="file-${i + 1}" aria-labelledby="file-${i + 1}-h">
<h2 id="file-${i + 1}-h">${escapeHtml(file.path)}</h2>
<div class="summary"><div><span class="score-label">Score</span><span class="score">${r.score.toFixed(1)}</span></div>
<span class="verdict verdict-${r.verdict}">${r.verdict}</span>
<p id="meta">${r.findings.length} findings · ${r.stats.words} words · rule set ${escapeHtml(r.ruleset.id)} v${r.ruleset.version}${
      file.fromHtml ? ' · HTML input, shown as extracted text' : ''
    }</p>
${r.notes.length ? `<ul id="notes">${r.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : ''}</div>
<p>${counts || 'No findings.'}</p>
<h3>Article with findings</h3>
<div class="doc report-doc">${highlightHtml(file.text, r.findings)}</div>
<h3>Findings</h3>
<ol id="findings">${rows}</ol>
</section>`
  })
  const toc =
    files.length > 1
      ? `<nav class="panel"><h2>Files</h2><ol>${files
          .map(
            (f, i) =>
              `<li><a href="#file-${i + 1}">${escapeHtml(f.path)}</a> — ${f.report.score.toFixed(1)} (${f.report.verdict}), ${f.report.findings.length} findings</li>`,
          )
          .join('')}</ol></nav>`
      : ''
  const legend = CATEGORIES.map(
    (c) =>
      `<span class="filter cat-${c}" title="${escapeHtml(CATEGORY_STYLE[c].help)}"><span class="swatch"></span>${escapeHtml(CATEGORY_STYLE[c].label)}</span>`,
  ).join(' ')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Translation audit: ${escapeHtml(files.map((f) => f.path).join(', ') || 'no files')}</title>
<style>${APP_CSS}
.report-doc{max-height:none}main{display:grid;gap:1rem}
</style></head>
<body><header class="top"><h1>translation-auditor <span>· audit report</span></h1></header>
<main id="main"><p>${legend}</p><p class="hint">Hover a highlight for the message and suggestion.</p>${toc}
${sections.join('\n')}
</main></body></html>
`
}
