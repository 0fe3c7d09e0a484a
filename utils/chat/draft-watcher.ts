import type { PlatformProfile } from '../profiles/types';

/** The text of the console's input box (textarea value or editor text). */
export function draftText(el: Element): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  return (el as HTMLElement).innerText ?? el.textContent ?? '';
}

function inputOf(target: EventTarget | null, selector: string): Element | null {
  if (!(target instanceof Element)) return null;
  try {
    return target.closest(selector);
  } catch {
    return null; // a broken selector from a team pack
  }
}

/**
 * Calls `onDraft` with the input box's text shortly after the agent stops typing (and after
 * Kuaida inserts text, which fires `input` too). Listens on the document in the capture phase,
 * so it works even when the console re-renders its editor.
 */
export function watchDraft(
  doc: Document,
  profile: PlatformProfile,
  onDraft: (text: string, input: Element) => void,
  debounceMs = 60,
): () => void {
  if (!profile.input) return () => undefined;
  const selector = profile.input;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: string | null = null;
  const handler = (e: Event) => {
    const input = inputOf(e.target, selector);
    if (!input) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const text = draftText(input);
      if (text === last) return;
      last = text;
      onDraft(text, input);
    }, debounceMs);
  };
  doc.addEventListener('input', handler, true);
  return () => {
    clearTimeout(timer);
    doc.removeEventListener('input', handler, true);
  };
}
