/**
 * Puts the caret where inserted text should go: where the agent left it inside `el`, or at
 * the end when the selection is elsewhere (e.g. the agent clicked in the side panel first).
 */
export function placeCaretInEditable(el: HTMLElement): void {
  const doc = el.ownerDocument;
  const sel = doc.getSelection();
  const saved = sel && sel.rangeCount > 0 && el.contains(sel.getRangeAt(0).commonAncestorContainer)
    ? sel.getRangeAt(0).cloneRange()
    : null;
  el.focus();
  if (!sel) return;
  sel.removeAllRanges();
  if (saved) {
    sel.addRange(saved);
  } else {
    const range = doc.createRange();
    range.selectNodeContents(el);
    range.collapse(false);
    sel.addRange(range);
  }
}

/** Caret span of a text field: the agent's selection when the field has focus, else the end. */
export function fieldInsertionSpan(el: HTMLTextAreaElement | HTMLInputElement): [number, number] {
  const focused = el.ownerDocument.activeElement === el;
  const end = el.value.length;
  if (!focused || el.selectionStart === null || el.selectionEnd === null) return [end, end];
  return [el.selectionStart, el.selectionEnd];
}
