/** True when a key press belongs to a text field or a menu rather than to the page's shortcuts. */
export function isTyping(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  if (!t || e.ctrlKey || e.metaKey || e.altKey) return true;
  return t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName);
}

/** True when the target handles Space itself (buttons, links, disclosure summaries). */
export function ownsSpace(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return !!t && ['BUTTON', 'A', 'SUMMARY'].includes(t.tagName);
}
