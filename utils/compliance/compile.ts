/**
 * Turns the data lists into regular expressions once per lists object (a WeakMap cache), so the checker
 * that runs on every keystroke only executes prepared expressions.
 */
import { textView } from './normalize';
import {
  CATEGORIES,
  type Category,
  type CategoryLists,
  type ComplianceLists,
  type RuleGroup,
  type ToneCue,
  type ToneLists,
} from './types';

export interface CompiledGroup {
  group: RuleGroup;
  re: RegExp;
  unless: RegExp | null;
}

export interface CompiledCategory {
  category: Category;
  lists: CategoryLists;
  groups: CompiledGroup[];
  allow: RegExp | null;
  /** Tested against the clause text before a match; anchored at its end. */
  negator: RegExp | null;
  /** Tested against the clause text after a match; anchored at its start. */
  postNegator: RegExp | null;
  /** Replacement keys, longest first, normalised like the text. */
  replacements: Array<[string, string]>;
}

export interface CompiledCue {
  cue: ToneCue;
  /** One global expression per pattern (patterns may hold back-references, so they are not joined). */
  res: RegExp[];
}

export interface CompiledTone {
  lists: ToneLists;
  cues: CompiledCue[];
  cleaners: CompiledCue[];
  /** Tone allow patterns plus the negative category's trap words and patterns. */
  allow: RegExp | null;
}

export interface Compiled {
  categories: CompiledCategory[];
  tone: CompiledTone | null;
  /** Patterns that failed to compile (a bad team pack); those rules are skipped, the rest still run. */
  errors: string[];
}

const MACRO = /\{([A-Z][A-Z0-9_]*)\}/g;
const MAX_DEPTH = 4;
const cache = new WeakMap<ComplianceLists, Compiled>();

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Terms are written as people type them; fold them exactly like the draft so "Ｖ信" and "v信" are one term. */
const normTerm = (s: string) => textView(s).text;

function expander(vocab: Record<string, string[]>) {
  const done = new Map<string, string>();
  const expand = (source: string, depth: number): string =>
    source.replace(MACRO, (_, name: string) => {
      const hit = done.get(name);
      if (hit !== undefined) return hit;
      const alts = vocab[name];
      if (!alts) throw new Error(`未定义的词表 {${name}} (unknown vocabulary)`);
      if (depth >= MAX_DEPTH) throw new Error(`词表 {${name}} 嵌套过深 (macro nesting too deep)`);
      const body = `(?:${alts.map((a) => expand(a, depth + 1)).join('|')})`;
      done.set(name, body);
      return body;
    });
  return (source: string) => expand(source, 0);
}

/**
 * Patterns first (they carry context), then terms longest first so the longest phrase is reported.
 * Each pattern is checked on its own so that one bad entry in a team pack costs only that entry.
 */
function alternation(
  terms: string[],
  patterns: string[],
  expand: (s: string) => string,
  onError: (source: string, e: Error) => void,
): string | null {
  const words = [...new Set(terms.map(normTerm).filter(Boolean))].sort((a, b) => b.length - a.length);
  const good: string[] = [];
  for (const p of patterns) {
    try {
      const source = expand(p);
      new RegExp(source);
      good.push(source);
    } catch (e) {
      onError(p, e as Error);
    }
  }
  const parts = [...good, ...words.map(escapeRe)];
  return parts.length ? parts.map((p) => `(?:${p})`).join('|') : null;
}

function compileCategory(category: Category, lists: CategoryLists, expand: (s: string) => string, errors: string[]): CompiledCategory {
  const safe = <T>(what: string, make: () => T): T | null => {
    try {
      return make();
    } catch (e) {
      errors.push(`${category}/${what}: ${(e as Error).message}`);
      return null;
    }
  };
  const groups: CompiledGroup[] = [];
  const report = (where: string) => (source: string, e: Error) => errors.push(`${category}/${where}: ${source}: ${e.message}`);
  for (const group of lists.groups) {
    const compiled = safe(group.id, () => {
      const source = alternation(group.terms ?? [], group.patterns ?? [], expand, report(group.id));
      if (!source) return null;
      const unless = group.unless?.length ? new RegExp(group.unless.map(expand).join('|')) : null;
      return { group, re: new RegExp(source, 'g'), unless };
    });
    if (compiled) groups.push(compiled);
  }
  const allowSource = alternation(lists.allow, lists.allowPatterns, expand, report('allow'));
  const negSource = lists.negators.length ? safe('negators', () => lists.negators.map(expand).join('|')) : null;
  const postSource = lists.postNegators?.length ? safe('postNegators', () => lists.postNegators!.map(expand).join('|')) : null;
  const postGap = lists.postNegatorGap ?? 6;
  return {
    category,
    lists,
    groups,
    allow: allowSource ? new RegExp(allowSource, 'g') : null,
    negator: negSource ? new RegExp(`(?:${negSource})[^,。!?;~…\\n]{0,${lists.negatorGap}}$`) : null,
    postNegator: postSource ? new RegExp(`^[^,。!?;~…\\n]{0,${postGap}}?(?:${postSource})`) : null,
    replacements: Object.entries(lists.replacements)
      .map(([k, v]): [string, string] => [normTerm(k), v])
      .sort((a, b) => b[0].length - a[0].length),
  };
}

function compileTone(lists: ComplianceLists, expand: (s: string) => string, errors: string[]): CompiledTone | null {
  const tone = lists.tone;
  if (!tone) return null;
  const family = (where: string) => (cue: ToneCue): CompiledCue => {
    const res: RegExp[] = [];
    for (const p of cue.patterns) {
      try {
        res.push(new RegExp(expand(p), 'g'));
      } catch (e) {
        errors.push(`tone/${where}/${cue.id}: ${p}: ${(e as Error).message}`);
      }
    }
    return { cue, res };
  };
  const neg = lists.categories.negative;
  const allowSource = alternation(
    neg?.allow ?? [],
    [...tone.allow, ...(neg?.allowPatterns ?? [])],
    expand,
    (source, e) => errors.push(`tone/allow: ${source}: ${e.message}`),
  );
  return {
    lists: tone,
    cues: tone.cues.map(family('cues')).filter((c) => c.res.length),
    cleaners: tone.cleaners.map(family('cleaners')).filter((c) => c.res.length),
    allow: allowSource ? new RegExp(allowSource, 'g') : null,
  };
}

export function compile(lists: ComplianceLists): Compiled {
  const hit = cache.get(lists);
  if (hit) return hit;
  const errors: string[] = [];
  const expand = expander(lists.vocab);
  const categories = CATEGORIES.filter((c) => lists.categories[c]).map((c) =>
    compileCategory(c, lists.categories[c], expand, errors),
  );
  const tone = compileTone(lists, expand, errors);
  const compiled = { categories, tone, errors };
  cache.set(lists, compiled);
  return compiled;
}

/** Errors in a lists object (e.g. a team pack's bad pattern); empty when every rule compiles. */
export function validateLists(lists: ComplianceLists): string[] {
  return compile(lists).errors;
}
