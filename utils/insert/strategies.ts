import type { InsertionStrategy } from '../profiles/types';
import { fieldInsertionSpan, placeCaretInEditable } from './caret';

/** A way of putting text into an input box. Returns false when the page did not take the text. */
export type Inserter = (el: HTMLElement, text: string) => boolean;

function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof el.ownerDocument.defaultView!.HTMLTextAreaElement ||
    el instanceof el.ownerDocument.defaultView!.HTMLInputElement;
}

function contentOf(el: HTMLElement): string {
  return isTextField(el) ? el.value : el.innerText ?? el.textContent ?? '';
}

/** Contenteditable editors (JD's pell, Quill): the browser's own editing command fires `input`. */
export const insertWithExecCommand: Inserter = (el, text) => {
  const before = contentOf(el);
  if (isTextField(el)) {
    el.focus();
    const [start, end] = fieldInsertionSpan(el);
    el.setSelectionRange(start, end);
  } else {
    placeCaretInEditable(el);
  }
  const done = el.ownerDocument.execCommand('insertText', false, text);
  return done && contentOf(el) !== before;
};

/**
 * Framework-controlled text fields (Vue v-model, React): set the value through the native
 * prototype setter, which frameworks do not intercept, then fire a bubbling `input` event.
 */
export const insertWithNativeSetter: Inserter = (el, text) => {
  if (!isTextField(el)) return false;
  const [start, end] = fieldInsertionSpan(el);
  const value = el.value.slice(0, start) + text + el.value.slice(end);
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (!setter) return false;
  el.focus();
  setter.call(el, value);
  el.setSelectionRange(start + text.length, start + text.length);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  return el.value === value;
};

/** Editors that take text from paste events (Draft.js, some Quill setups). */
export const insertWithPaste: Inserter = (el, text) => {
  const before = contentOf(el);
  if (isTextField(el)) el.focus();
  else placeCaretInEditable(el);
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  el.dispatchEvent(event);
  return contentOf(el) !== before;
};

export const INSERTERS: Record<InsertionStrategy, Inserter> = {
  execCommand: insertWithExecCommand,
  nativeSetter: insertWithNativeSetter,
  paste: insertWithPaste,
};

/** Fallback order after the profile's own strategy fails. */
export const FALLBACKS: InsertionStrategy[] = ['execCommand', 'nativeSetter', 'paste'];
