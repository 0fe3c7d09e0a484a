/**
 * The default word lists (data/*.json) and how team packs extend them. Lists are data so that a team lead
 * can add a banned word, a trap word or a pattern without a release.
 */
import absolute from './data/absolute.json';
import inducement from './data/inducement.json';
import negative from './data/negative.json';
import offplatform from './data/offplatform.json';
import promise from './data/promise.json';
import tone from './data/tone.json';
import vocab from './data/vocab.json';
import {
  CATEGORIES,
  type CategoryLists,
  type ComplianceExtra,
  type ComplianceLists,
  type RuleGroup,
  type ToneCue,
  type ToneLists,
} from './types';

export const DEFAULT_LISTS: ComplianceLists = {
  vocab,
  categories: {
    absolute: absolute as CategoryLists,
    offplatform: offplatform as CategoryLists,
    inducement: inducement as CategoryLists,
    promise: promise as CategoryLists,
    negative: negative as CategoryLists,
  },
  tone: tone as ToneLists,
};

const concat = (a: readonly string[] = [], b: readonly string[] = []) => [...new Set([...a, ...b])];

/**
 * A new lists object: `base` plus what `extra` adds. Vocabulary words are appended (so every pattern using
 * `{NAME}` picks them up), groups with an existing id gain terms/patterns, other groups are added, and
 * category-level `terms`/`patterns` become one group `<category>:team` with the category's rule and advice.
 * Neither argument is modified; merging never removes anything.
 */
export function mergeLists(base: ComplianceLists, extra: ComplianceExtra): ComplianceLists {
  const mergedVocab: Record<string, string[]> = { ...base.vocab };
  for (const [name, words] of Object.entries(extra.vocab ?? {})) mergedVocab[name] = concat(base.vocab[name], words);

  const categories = { ...base.categories };
  for (const c of CATEGORIES) {
    const add = extra.categories?.[c];
    if (!add) continue;
    const from = base.categories[c];
    const groups: RuleGroup[] = from.groups.map((g) => ({ ...g }));
    const team: RuleGroup[] = [...(add.groups ?? [])];
    if (add.terms?.length || add.patterns?.length) team.push({ id: `${c}:team`, terms: add.terms, patterns: add.patterns });
    for (const g of team) {
      const same = groups.find((h) => h.id === g.id);
      if (same) {
        same.terms = concat(same.terms, g.terms);
        same.patterns = concat(same.patterns, g.patterns);
      } else groups.push({ ...g });
    }
    categories[c] = {
      ...from,
      groups,
      allow: concat(from.allow, add.allow),
      allowPatterns: concat(from.allowPatterns, add.allowPatterns),
      negators: concat(from.negators, add.negators),
      postNegators: concat(from.postNegators, add.postNegators),
      replacements: { ...from.replacements, ...add.replacements },
    };
  }
  return { vocab: mergedVocab, categories, tone: mergeTone(base.tone, extra.tone) };
}

/** Cue families with an existing id gain patterns; new ids are added. */
function mergeCues(base: readonly ToneCue[], extra: readonly ToneCue[] = []): ToneCue[] {
  const out = base.map((c) => ({ ...c }));
  for (const c of extra) {
    const same = out.find((o) => o.id === c.id);
    if (same) same.patterns = concat(same.patterns, c.patterns);
    else out.push({ ...c, patterns: [...c.patterns] });
  }
  return out;
}

function mergeTone(base: ToneLists | undefined, extra: ComplianceExtra['tone']): ToneLists | undefined {
  if (!base || !extra) return base;
  return {
    ...base,
    allow: concat(base.allow, extra.allow),
    cues: mergeCues(base.cues, extra.cues),
    cleaners: mergeCues(base.cleaners, extra.cleaners),
  };
}
