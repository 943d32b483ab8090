// What the editor page tells its script (a JSON script element, since the page's CSP forbids
// inline code): written by src/ui/page.tsx, read by src/ui/client/main.ts.
import type { Category } from '../engine/types.ts'

export interface EditorConfig {
  /** Largest article the Worker accepts, in bytes (AUDIT_MAX_BYTES). */
  maxBytes: number
  categories: { id: Category; label: string; help: string }[]
}
