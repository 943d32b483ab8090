// Regular expressions supplied as data, in RE2 syntax: how they compile and why one is
// refused. A leaf module (no engine imports) so that the rule-set schema and the pattern
// detector both depend on it, and the layers point one way.
import { RE2JS } from 're2js'

export function compilePattern(re: string, flags: string): RE2JS {
  let f = 0
  if (flags.includes('i')) f |= RE2JS.CASE_INSENSITIVE
  if (flags.includes('m')) f |= RE2JS.MULTILINE
  if (flags.includes('s')) f |= RE2JS.DOTALL
  return RE2JS.compile(re, f)
}

/** Why RE2 refuses a pattern, or null when it compiles. */
export function patternProblem(re: string, flags = ''): string | null {
  try {
    compilePattern(re, flags)
    return null
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e)
    const hint = /\\[1-9]/.test(re)
      ? ' (back-references are not supported: patterns run on a linear-time engine)'
      : /\(\?<?[=!]/.test(re)
        ? ' (look-ahead and look-behind are not supported: patterns run on a linear-time engine)'
        : ''
    return `${msg}${hint}`
  }
}

/** True when every match must begin where the text (a line) begins: "^…" with no top-level "|". */
export function startAnchored(re: string): boolean {
  if (!re.startsWith('^')) return false
  let depth = 0
  for (let i = 0; i < re.length; i++) {
    const c = re[i]
    if (c === '\\') i++
    else if (c === '[') {
      i++
      if (re[i] === '^') i++
      if (re[i] === ']') i++
      while (i < re.length && re[i] !== ']') i += re[i] === '\\' ? 2 : 1
    } else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) return false
  }
  return true
}
