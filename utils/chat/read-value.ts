import type { ValueSelector } from '../profiles/types';

/** Collapses runs of whitespace, which consoles sprinkle through their markup. */
export function cleanText(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Reads a profile value from the page: attribute or text (without `strip` parts), then `pattern`. */
export function readValue(root: ParentNode, spec: ValueSelector | undefined): string | null {
  if (!spec) return null;
  let el: Element | null;
  try {
    el = root.querySelector(spec.selector);
  } catch {
    return null; // a broken selector from a team pack must not break the page
  }
  if (!el) return null;
  let value: string | null;
  if (spec.attribute) {
    value = el.getAttribute(spec.attribute);
  } else if (spec.strip?.length) {
    const copy = el.cloneNode(true) as Element;
    for (const s of spec.strip) copy.querySelectorAll(s).forEach((n) => n.remove());
    value = copy.textContent;
  } else {
    value = el.textContent;
  }
  value = cleanText(value);
  if (value && spec.pattern) {
    const m = new RegExp(spec.pattern).exec(value);
    value = m ? (m[1] ?? m[0]) : null;
  }
  return value || null;
}
