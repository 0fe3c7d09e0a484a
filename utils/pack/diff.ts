import { asWritten, canonicalJson } from './canonical';
import { FORBIDDEN_CATEGORY_NAMES } from './limits';
import type { Pack } from './schema';

export const DIFF_SECTIONS = ['shops', 'replies', 'sizeCharts', 'rules', 'forbiddenWords', 'profiles'] as const;
export type DiffSection = (typeof DIFF_SECTIONS)[number];

export const SECTION_LABELS: Record<DiffSection, string> = {
  shops: '店铺', replies: '话术', sizeCharts: '尺码表', rules: '规则', forbiddenWords: '违规词', profiles: '平台配置',
};

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface EntryRef {
  /** The entry's id; for forbiddenWords, its category. */
  id: string;
  /** What a person recognises it by: a reply's title, a shop's name. */
  label: string;
}

export interface SectionDiff {
  added: EntryRef[];
  removed: EntryRef[];
  changed: Array<EntryRef & { fields: string[]; changes: FieldChange[] }>;
}

export interface PackDiff {
  /** Pack-level fields that differ (id, version, title, publisher, publishedAt, formatVersion). */
  meta: FieldChange[];
  sections: Record<DiffSection, SectionDiff>;
  /** True when the content is the same: only the signature, version or publishedAt differ. */
  same: boolean;
}

const META_FIELDS = ['id', 'version', 'formatVersion', 'title', 'publisher', 'publishedAt'] as const;
type Entry = Record<string, unknown>;

const keyOf = (section: DiffSection, e: Entry): string => String(section === 'forbiddenWords' ? e.category : e.id);

function labelOf(section: DiffSection, e: Entry): string {
  if (section === 'forbiddenWords') return FORBIDDEN_CATEGORY_NAMES[e.category as keyof typeof FORBIDDEN_CATEGORY_NAMES] ?? '';
  const label = section === 'replies' || section === 'rules' ? e.title : e.name;
  return typeof label === 'string' ? label : '';
}

/** Key order and Infinity-versus-null (open size ranges) make no difference, as in the file. */
const same = (a: unknown, b: unknown) => canonicalJson(asWritten(a)) === canonicalJson(asWritten(b));

/** A list left out (`questions`, `allow`) says the same as an empty one. */
const orEmpty = (x: unknown, other: unknown) => (x === undefined && Array.isArray(other) ? [] : x);

function fieldChanges(before: Entry, after: Entry, fields: readonly string[]): FieldChange[] {
  return fields
    .filter((f) => !same(orEmpty(before[f], after[f]), orEmpty(after[f], before[f])))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

/** Entries are matched by id (forbidden words by category); within an entry, field by field. */
function diffSection(section: DiffSection, before: Entry[], after: Entry[]): SectionDiff {
  const old = new Map(before.map((e) => [keyOf(section, e), e]));
  const now = new Map(after.map((e) => [keyOf(section, e), e]));
  const ref = (e: Entry): EntryRef => ({ id: keyOf(section, e), label: labelOf(section, e) });
  const diff: SectionDiff = { added: [], removed: [], changed: [] };
  for (const e of after) {
    const prev = old.get(keyOf(section, e));
    if (!prev) {
      diff.added.push(ref(e));
      continue;
    }
    // Field names in the new entry's order, then fields only the old one had.
    const fields = [...new Set([...Object.keys(e), ...Object.keys(prev)])].filter((f) => f !== 'id');
    const changes = fieldChanges(prev, e, fields);
    if (changes.length) diff.changed.push({ ...ref(e), fields: changes.map((c) => c.field), changes });
  }
  for (const e of before) if (!now.has(keyOf(section, e))) diff.removed.push(ref(e));
  return diff;
}

export function diffPacks(before: Pack, after: Pack): PackDiff {
  const meta = fieldChanges(before as Entry, after as Entry, META_FIELDS);
  const sections = Object.fromEntries(
    DIFF_SECTIONS.map((s) => [s, diffSection(s, before[s] as Entry[], after[s] as Entry[])]),
  ) as Record<DiffSection, SectionDiff>;
  const empty = (d: SectionDiff) => !d.added.length && !d.removed.length && !d.changed.length;
  // publishedAt and version always move on a rebuild: content sameness ignores them.
  const contentMeta = meta.filter((m) => m.field !== 'publishedAt' && m.field !== 'version');
  return { meta, sections, same: contentMeta.length === 0 && DIFF_SECTIONS.every((s) => empty(sections[s])) };
}
