// DOM helpers of the editor script. Nodes are built with textContent, never innerHTML, so
// article text and rule messages cannot inject markup.

/** The element with this id; the page (src/ui/page.tsx) always has it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id)
  if (!e) throw new Error(`editor page: #${id} is missing`)
  return e as T
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls?: string | null,
  text?: string | number,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag)
  if (cls) e.className = cls
  if (text !== undefined) e.textContent = String(text)
  return e
}

/** Says something to screen readers through the page's polite live region. */
export function announce(message: string): void {
  const status = byId('status')
  status.textContent = ''
  setTimeout(() => {
    status.textContent = message
  }, 30)
}

/** The closest highlight mark around an event target, if any. */
export function markOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('mark.f') : null
}
