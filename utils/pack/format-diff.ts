import { DIFF_SECTIONS, SECTION_LABELS, type EntryRef, type FieldChange, type PackDiff } from './diff';

export interface FormatDiffOptions {
  /** Entries listed per kind of change and section; the rest are counted. */
  maxEntries?: number;
  /** Characters of a changed text shown before and after. */
  maxText?: number;
}

const isStringList = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** One line per changed field, showing what a reviewer needs: the words that came and went. */
function describe(c: FieldChange, maxText: number): string {
  const { before, after } = c;
  if ((typeof before === 'string' || before === undefined) && (typeof after === 'string' || after === undefined)) {
    return `${c.field}：「${clip(before ?? '', maxText)}」→「${clip(after ?? '', maxText)}」`;
  }
  if ((typeof before === 'number' || typeof after === 'number') && typeof before !== 'object' && typeof after !== 'object') {
    return `${c.field}：${String(before ?? '（无）')} → ${String(after ?? '（无）')}`;
  }
  if ((isStringList(before) || before === undefined) && (isStringList(after) || after === undefined)) {
    const was = new Set(before ?? []);
    const now = new Set(after ?? []);
    const plus = [...now].filter((s) => !was.has(s)).map((s) => `+${clip(s, maxText)}`);
    const minus = [...was].filter((s) => !now.has(s)).map((s) => `-${clip(s, maxText)}`);
    return `${c.field}：${[...plus, ...minus].join(' ') || '顺序改变'}`;
  }
  return `${c.field}：已修改`;
}

const name = (e: EntryRef) => (e.label ? `${e.id}「${e.label}」` : e.id);

function listed<T>(items: T[], max: number, line: (item: T) => string[]): string[] {
  const out = items.slice(0, max).flatMap(line);
  if (items.length > max) out.push(`    …还有 ${items.length - max} 条`);
  return out;
}

/**
 * The diff as a lead reviews it before publishing: pack fields first, then per section what was
 * added (+), removed (-) and changed (~) with the changed fields and their old and new values.
 */
export function formatDiff(diff: PackDiff, { maxEntries = 200, maxText = 40 }: FormatDiffOptions = {}): string {
  const lines: string[] = [];
  if (diff.meta.length) {
    lines.push('数据包信息 (pack):');
    for (const m of diff.meta) lines.push(`  ${describe(m, maxText)}`);
  }
  for (const section of DIFF_SECTIONS) {
    const d = diff.sections[section];
    const head = `${SECTION_LABELS[section]} (${section})：`;
    if (!d.added.length && !d.removed.length && !d.changed.length) {
      lines.push(`${head}无变化`);
      continue;
    }
    lines.push(`${head}新增 ${d.added.length}，删除 ${d.removed.length}，修改 ${d.changed.length}`);
    lines.push(...listed(d.added, maxEntries, (e) => [`  + ${name(e)}`]));
    lines.push(...listed(d.removed, maxEntries, (e) => [`  - ${name(e)}`]));
    lines.push(...listed(d.changed, maxEntries, (e) => [
      `  ~ ${name(e)}：${e.fields.join(', ')}`,
      ...e.changes.map((c) => `      ${describe(c, maxText)}`),
    ]));
  }
  lines.push(diff.same ? '内容相同（只有版本号、发布时间或签名不同）。' : '');
  return lines.join('\n').trimEnd();
}
