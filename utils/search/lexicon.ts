import lexicon from './data/lexicon.json';

interface TrieNode {
  /** Children by UTF-16 code unit (no string allocation while scanning). */
  next: Map<number, TrieNode>;
  /** Canonical form when a variant ends here. */
  canonical?: string;
  protect?: boolean;
}

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map() };
  const add = (word: string, value: Partial<TrieNode>) => {
    let node = root;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map() }));
      node = child;
    }
    Object.assign(node, value);
  };
  for (const word of lexicon.protect) add(word, { protect: true });
  for (const [canonical, ...variants] of lexicon.groups as string[][]) {
    for (const word of [canonical!, ...variants]) add(word.toLowerCase(), { canonical, protect: false });
  }
  return root;
}

let trie: TrieNode | null = null;
const FILLERS = new Set(lexicon.fillers.map((f) => f.charCodeAt(0)));
/** Per code unit: 1 when a lexicon word starts with it or it is a filler (most characters are neither). */
let stops: Uint8Array | null = null;

function buildStops(root: TrieNode): Uint8Array {
  const out = new Uint8Array(65536);
  for (const code of root.next.keys()) out[code] = 1;
  for (const code of FILLERS) out[code] = 1;
  return out;
}

const FUNCTION_WORDS = new Set(lexicon.function);
const SOCIAL = new Set(lexicon.social);

export interface Canonical {
  /** Text with colloquial variants replaced by canonical words and filler particles dropped. */
  text: string;
  /** Canonical words found, in order (lexicon concepts the text talks about), without function words. */
  concepts: string[];
  /** Greetings and thanks found: the whole point of a short message, noise in a long one. */
  social: string[];
  /** The original words that were replaced, so that their own characters still match. */
  replaced: string[];
}

/**
 * Rewrites normalised text to the lexicon's canonical words (longest match first: 啥时候 →
 * 什么时候, 退钱 → 退款, 邮费 → 运费) and drops filler particles (亲, 呢, 哦 …) outside words.
 */
export function canonicalize(normalized: string): Canonical {
  trie ??= buildTrie();
  stops ??= buildStops(trie);
  const chars = normalized;
  let text = '';
  const concepts: string[] = [];
  const social: string[] = [];
  const replaced: string[] = [];
  let i = 0;
  while (i < chars.length) {
    let node: TrieNode | undefined = trie;
    let matchEnd = -1;
    let match: TrieNode | undefined;
    for (let j = i; j < chars.length && node; j++) {
      node = node.next.get(chars.charCodeAt(j));
      if (node && (node.canonical !== undefined || node.protect)) {
        matchEnd = j + 1;
        match = node;
      }
    }
    if (match && matchEnd > i) {
      if (match.canonical !== undefined) {
        text += match.canonical;
        const surface = chars.slice(i, matchEnd);
        if (surface !== match.canonical) replaced.push(surface);
        if (SOCIAL.has(match.canonical)) social.push(match.canonical);
        else if (!FUNCTION_WORDS.has(match.canonical)) concepts.push(match.canonical);
      } else {
        text += chars.slice(i, matchEnd);
      }
      i = matchEnd;
    } else {
      // Copy the run up to the next possible lexicon start or filler in one go.
      let j = i;
      while (j < chars.length && stops[chars.charCodeAt(j)] === 0) j++;
      if (j > i) {
        text += chars.slice(i, j);
        i = j;
      } else {
        if (!FILLERS.has(chars.charCodeAt(i))) text += chars[i];
        i++;
      }
    }
  }
  for (const concept of splitConcepts(text)) if (!concepts.includes(concept)) concepts.push(concept);
  return { text, concepts, social, replaced };
}

/** How far apart a split verb and object may be by default (钱要大概什么时候才可以退: 11 characters). */
const SPLIT_WINDOW = 12;

/** Concepts said with the verb apart from its object, within one clause (a space ends a clause). */
function splitConcepts(text: string): string[] {
  const out: string[] = [];
  for (const [concept, first, later, window = SPLIT_WINDOW] of lexicon.split.pairs as Array<[string, string, string, number?]>) {
    const at = text.indexOf(first);
    if (at < 0) continue;
    const from = at + first.length;
    const found = text.indexOf(later, from);
    if (found >= 0 && found - from <= window && !text.slice(from, found).includes(' ')) out.push(concept);
  }
  return out;
}

export const LEXICON_GROUPS = lexicon.groups.length;
