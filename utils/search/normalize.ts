/**
 * Folds what does not change meaning: full-width forms, letter case, whitespace, punctuation,
 * emoji and platform emoticon codes such as [微笑].
 */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\[[\u4e00-\u9fa5a-z]{1,6}\]/g, '')
    .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
}

/** Overlapping character pairs: the unit of Chinese matching when words are not segmented. */
export function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}
