/** Alt+1…Alt+9 (by physical key, so layouts and macOS Option characters do not matter). */
export function altDigit(e: KeyboardEvent): number | null {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(e.code);
  return m ? Number(m[1]) : null;
}

/** Listens for Alt+N in the page (capture phase, before the console's own editor handlers). */
export function listenForAltDigits(target: Window, onPick: (n: number) => void): () => void {
  const handler = (e: KeyboardEvent) => {
    const n = altDigit(e);
    if (n === null) return;
    e.preventDefault();
    e.stopPropagation();
    onPick(n);
  };
  target.addEventListener('keydown', handler, true);
  return () => target.removeEventListener('keydown', handler, true);
}
